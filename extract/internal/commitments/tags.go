package commitments

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/minutes-tool/minutes/internal/status"
)

// Tags and status words of action log entries: "[NM] Create a discussion
// document", "... [new for Damian Tolan]", "... - done", "(deferred)".

// parsed is an entry read from its words.
type parsed struct {
	logEntry
	ownerTag  bool // the owner came from a leading tag
	reference bool // a pointer to a document ("See ..."), not an action
	bracketed bool // the status came from a tag in square brackets
}

// parseEntry reads the entry text[s:e]: a leading owner's tag, a trailing
// status tag or clause, a status on a nested line of its own.
func parseEntry(text string, s, e int) parsed {
	p := parsed{logEntry: logEntry{start: s, end: e, action: [2]int{s, e}}}
	p.leadingTag(text)
	p.trailingTag(text)
	if p.status == "" {
		p.statusClause(text)
	}
	if p.status == "" {
		p.statusLine(text)
	}
	a := strings.TrimSpace(text[p.action[0]:p.action[1]])
	first, _, _ := strings.Cut(a, " ")
	p.reference = strings.EqualFold(first, "see") || strings.EqualFold(first, "refer")
	return p
}

// leadingTag reads "[NM]", "[HP, NL]", "[All]" before the action: who is
// to do it.
func (p *parsed) leadingTag(text string) {
	s := p.action[0]
	if s < len(text) && text[s] == '\\' {
		s++
	}
	if s >= p.action[1] || text[s] != '[' {
		return
	}
	k := strings.IndexByte(text[s:p.action[1]], ']')
	if k < 0 || k > 60 {
		return
	}
	tag := text[s+1 : s+k]
	if st, ok := statusOf(tag); ok {
		p.status, p.statusText = st, text[s:s+k+1]
	} else if !ownerNames(tag) {
		return
	} else {
		p.owner, p.ownerTag = strings.TrimSpace(tag), true
	}
	a := s + k + 1
	for a < p.action[1] && (text[a] == ' ' || text[a] == '\t') {
		a++
	}
	p.action[0] = a
}

// trailingTag reads a bracketed status at the end of the entry's first
// line: "[Closed]", "[new for Damian Tolan/SIG PMs]", "(done)". An owner
// after "for" is who is to do it.
func (p *parsed) trailingTag(text string) {
	end := lineEnd(text, p.action[0], p.action[1])
	t := strings.TrimRight(text[p.action[0]:end], " .\t")
	if !strings.HasSuffix(t, "]") && !strings.HasSuffix(t, ")") {
		return
	}
	open := "["
	if strings.HasSuffix(t, ")") {
		open = "("
	}
	k := strings.LastIndex(t, open)
	if k < 0 {
		return
	}
	inner := t[k+1 : len(t)-1]
	st, ok := statusOf(inner)
	if !ok {
		return
	}
	tagStart := p.action[0] + k
	if k > 0 && t[k-1] == '\\' {
		tagStart--
	}
	p.status, p.statusText = st, strings.TrimSpace(text[p.action[0]+k:p.action[0]+len(t)])
	p.bracketed = open == "["
	if _, who, found := strings.Cut(inner, " for "); found && ownerNames(who) && p.owner == "" {
		p.owner = strings.TrimSpace(who)
	}
	p.action[1] = trimEnd(text, p.action[0], tagStart)
}

// statusClause reads a status after a dash or colon at the end of the
// entry's first line: "... online events.- done", "Update website: done",
// "- deferred to 2021".
func (p *parsed) statusClause(text string) {
	end := lineEnd(text, p.action[0], p.action[1])
	line := text[p.action[0]:end]
	for _, sep := range []string{"- ", "– ", ": "} {
		k := strings.LastIndex(line, sep)
		if k <= 0 {
			continue
		}
		rest := strings.TrimRight(strings.TrimSpace(line[k+len(sep):]), ".")
		if st, ok := statusOf(rest); ok && len(strings.Fields(rest)) <= 6 {
			p.status, p.statusText = st, rest
			p.action[1] = trimEnd(text, p.action[0], p.action[0]+k)
			return
		}
	}
}

// statusLine reads a status on a nested line of the entry's own: "• in
// progress", "• done. Not possible under current website deployment."
func (p *parsed) statusLine(text string) {
	t := text[p.action[0]:p.action[1]]
	for _, line := range strings.Split(t, "\n")[1:] {
		l := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "•"))
		words, _, _ := strings.Cut(l, ".")
		if st, ok := statusOf(words); ok && len(strings.Fields(words)) <= 4 {
			p.status, p.statusText = st, strings.TrimSpace(words)
			return
		}
	}
}

// lineEnd is the end of the first line of text[s:e].
func lineEnd(text string, s, e int) int {
	if k := strings.IndexByte(text[s:e], '\n'); k >= 0 {
		return s + k
	}
	return e
}

// trimEnd moves e back over spaces, stops, dashes and a backslash.
func trimEnd(text string, s, e int) int {
	for e > s && strings.IndexByte(" \t.-\\:", text[e-1]) >= 0 {
		e--
	}
	return e
}

// statusOf reads a status from words that start with a status phrase:
// "Closed", "new for X", "On Hold until protocols prioritised", "done".
func statusOf(words string) (string, bool) { return status.Of(words) }

// ownerNames tells whether a tag names who is to act: names, initials or
// roles ("NM", "HP, NL", "Damian Tolan/SIG PMs", "All"), each part short
// and capitalised, and not a placeholder ("TBA").
func ownerNames(tag string) bool {
	tag = strings.TrimSpace(tag)
	if tag == "" || len(tag) > 60 {
		return false
	}
	for _, part := range strings.FieldsFunc(tag, func(r rune) bool { return r == ',' || r == '/' || r == '&' || r == ';' }) {
		for _, q := range strings.Split(part, " and ") {
			if !ownerPart(strings.TrimSpace(q)) {
				return false
			}
		}
	}
	return true
}

// ownerPart tells whether one part of a tag is a name, initials or a role.
func ownerPart(q string) bool {
	f := strings.Fields(q)
	if len(f) == 0 || len(f) > 4 || placeholders[strings.ToLower(q)] || utf8.RuneCountInString(q) < 2 {
		return false // "[X]" is a tick, not a person
	}
	r, _ := utf8.DecodeRuneInString(f[0])
	if _, ok := statusOf(q); ok {
		return false
	}
	return unicode.IsUpper(r)
}

// placeholders stand where an owner will be named later.
var placeholders = map[string]bool{"tba": true, "tbc": true, "tbd": true, "n/a": true, "na": true, "none": true, "unassigned": true}

// hasLowerWord tells whether s has a lower-case word of three letters or
// more: an action, where a name list has none.
func hasLowerWord(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		r, _ := utf8.DecodeRuneInString(w)
		if len(w) >= 3 && unicode.IsLower(r) && w != "and" && w != "the" {
			return true
		}
	}
	return false
}

// logHeadingWords may stand in an action log's heading beside "action" or
// "actions": "Action log", "Outstanding actions - updates", "Summary of
// actions agreed".
var logHeadingWords = map[string]bool{
	"action": true, "actions": true, "items": true, "item": true, "points": true, "point": true,
	"log": true, "list": true, "tracker": true, "register": true, "arising": true, "agreed": true,
	"summary": true, "of": true, "outstanding": true, "review": true, "new": true, "previous": true,
	"last": true, "meeting": true, "from": true, "the": true, "updates": true, "update": true,
	"and": true, "decisions": true, "open": true, "carried": true, "forward": true, "ongoing": true,
	"status": true, "key": true, "on": true, "hold": true,
}

// isLogHeading tells whether a heading or label introduces an action
// log: "Actions", "Action items", "3. Outstanding Actions - updates".
func isLogHeading(t string) bool {
	if IsActionHeading(t) {
		return true
	}
	if len(t) > 80 || !ContainsLower(t, "action") {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 || len(words) > 7 {
		return false
	}
	action := false
	for _, w := range words {
		if !logHeadingWords[w] {
			if _, ok := statusOf(w); !ok {
				return false
			}
		}
		action = action || w == "action" || w == "actions"
	}
	return action
}

// trailingStatus is a status a heading gives the entries under it, after
// a dash: "Deliverables - on hold".
func trailingStatus(t string) (string, string) {
	for _, sep := range []string{" - ", " – ", ": "} {
		if _, rest, ok := strings.Cut(t, sep); ok {
			rest = strings.TrimRight(strings.TrimSpace(rest), ".")
			if st, ok := statusOf(rest); ok {
				return st, rest
			}
		}
	}
	return "", ""
}
