package extract

import (
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/schema"
)

// ownersFromAttendees gives a commitment with no owner the attendee who
// opens it as its subject: chat and IRC minutes write handles in lower
// case ("rbasak will send out the emails"), which the commitment
// recogniser cannot tell from any other word, but the attendance list
// names them. Only a whole attendee name, or the first name of one, right
// before a modal or "to" counts.
func ownersFromAttendees(rec *schema.Record) {
	names := map[string]string{}
	for _, a := range rec.Attendees {
		if a.Name == nil || *a.Name == "" {
			continue
		}
		n := strings.ToLower(*a.Name)
		names[n] = *a.Name
		if first, _, ok := strings.Cut(n, " "); ok && names[first] == "" {
			names[first] = strings.Fields(*a.Name)[0]
		}
	}
	if len(names) == 0 {
		return
	}
	for i := range rec.Commitments {
		c := &rec.Commitments[i]
		if c.Owner != nil {
			continue
		}
		words := strings.Fields(c.Text)
		k := 0
		for k < len(words) && isLead(words[k]) {
			k++ // "1.", "•", "ACTION:"
		}
		if k+1 >= len(words) {
			continue
		}
		name, ok := names[strings.ToLower(words[k])]
		next := strings.ToLower(words[k+1])
		if ok && (next == "to" || lex.FutureModals[next]) {
			c.Owner = &name
		}
	}
}

// isLead tells whether a word opens a line without being its words: a
// bullet, a list number, or a label ending in a colon.
func isLead(w string) bool {
	switch {
	case w == "•" || w == "-" || w == "*":
		return true
	case strings.HasSuffix(w, ":"):
		return true
	case strings.TrimRight(w, ".)") != w && strings.Trim(strings.TrimRight(w, ".)"), "0123456789") == "":
		return true
	}
	return false
}
