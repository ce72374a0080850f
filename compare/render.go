package compare

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/minutes-tool/minutes/schema"
)

// RenderOptions tune the text, Markdown and HTML reports. The zero value
// works: no colour, unchanged elements counted but not listed.
type RenderOptions struct {
	// Color marks insertions and deletions with ANSI colours in text
	// output instead of [-deleted-] and {+inserted+}.
	Color bool
	// All lists unchanged elements too, and the figures only one meeting
	// gives (see figureNote).
	All bool
}

// group is the changes that share a heading in a report.
type group struct {
	Key     string
	Title   string
	Changes []Change
}

// groupOrder puts what a committee most needs to see first: promises
// that moved, then those kept or dropped, then figures, decisions, items.
var groupOrder = []struct{ key, title string }{
	{keyOverdue, "Overdue commitments"},
	{"commitment/slipped", "Slipped commitments"},
	{"commitment/brought_forward", "Commitments brought forward"},
	{"commitment/done", "Commitments reported done"},
	{"commitment/changed", "Changed commitments"},
	{"commitment/vanished", "Commitments no longer mentioned"},
	{"commitment/new", "New commitments"},
	{"commitment/restated", "Commitments restated"},
	{keyNextMeeting, "Next meeting"},
	{"figure/changed", "Figures that moved"},
	{"figure/removed", "Figures no longer given"},
	{"figure/added", "New figures"},
	{"figure/unchanged", "Figures unchanged"},
	{"decision/changed", "Decisions changed"},
	{"decision/removed", "Decisions with no counterpart"},
	{"decision/added", "New decisions"},
	{"decision/unchanged", "Decisions repeated"},
	{"item/changed", "Agenda items retitled"},
	{"item/removed", "Agenda items dropped"},
	{"item/added", "New agenda items"},
	{"item/unchanged", "Agenda items on both agendas"},
}

// Groups of commitments that are not a status: those past their due date
// at the newer meeting with no report of them done or moved, and the date
// of the next meeting, which is the body's calendar, not a promise to
// chase.
const (
	keyOverdue     = "commitment/overdue"
	keyNextMeeting = "commitment/next_meeting"
)

// A figure with no partner in the other meeting is only given, or no
// longer given: it says nothing a committee must act on, and minutes are
// full of counts and time boxes, so these are listed with All only.
const (
	keyFigureGiven = KindFigure + "/" + Added
	keyFigureGone  = KindFigure + "/" + Removed
)

// figureNote says how many figures the report leaves out without All:
// "12 figures no longer given and 5 new ones are not listed."; "" when
// none are left out.
func (r *Result) figureNote(all bool) string {
	if all {
		return ""
	}
	gone, given := 0, 0
	for _, c := range r.Changes {
		if c.Kind == KindFigure && c.Change == Removed {
			gone++
		} else if c.Kind == KindFigure && c.Change == Added {
			given++
		}
	}
	plural := func(n int, one, many string) string {
		if n == 1 {
			return one
		}
		return fmt.Sprintf(many, n)
	}
	switch {
	case gone > 0 && given > 0:
		return fmt.Sprintf("Not listed: %s and %s, with no counterpart to compare.",
			plural(gone, "1 figure no longer given", "%d figures no longer given"), plural(given, "1 new figure", "%d new figures"))
	case gone > 0:
		return fmt.Sprintf("Not listed: %s, with no counterpart to compare.", plural(gone, "1 figure no longer given", "%d figures no longer given"))
	case given > 0:
		return fmt.Sprintf("Not listed: %s, with no counterpart to compare.", plural(given, "1 new figure", "%d new figures"))
	}
	return ""
}

// groupKey is the heading a change goes under; newDate is the newer
// meeting's date (ISO), "" when unknown.
func groupKey(c Change, newDate string) string {
	if c.Kind != KindCommitment {
		return c.Kind + "/" + c.Change
	}
	if nextMeeting(c) {
		return keyNextMeeting
	}
	if overdue(c, newDate) {
		return keyOverdue
	}
	return c.Kind + "/" + c.Status
}

// overdue says whether an old commitment's due date had passed by the
// newer meeting while it was only restated or not mentioned at all.
func overdue(c Change, newDate string) bool {
	oc, ok := c.Old.(*schema.Commitment)
	if !ok || oc == nil || oc.Due == nil || newDate == "" {
		return false
	}
	if c.Status != StatusVanished && c.Status != StatusRestated {
		return false
	}
	return oc.Due.End < newDate // ISO dates compare as strings
}

// nextMeeting says whether a commitment is the date of the body's next
// meeting: its words or its topic say so.
func nextMeeting(c Change) bool {
	var text string
	if oc, ok := c.Old.(*schema.Commitment); ok && oc != nil {
		text = oc.Text
	} else if nc, ok := c.New.(*schema.Commitment); ok && nc != nil {
		text = nc.Text
	}
	if c.Topic == topicNextMeeting {
		return true // see nextMeetingChange
	}
	return announcesNextMeeting(text)
}

// announcesNextMeeting says whether a sentence is about the next meeting
// itself ("The next meeting will be held on 12 March", "Date of next
// meeting: …"), not an action due at it ("MW to update members on
// progress at the next meeting", "to do more work on the website before
// the next meeting"): a preposition before it makes the meeting a date.
func announcesNextMeeting(text string) bool {
	ws := splitWords(strings.ToLower(text))
	for k := 0; k+1 < len(ws); k++ {
		if ws[k] != "next" {
			continue
		}
		m := k + 1
		if ws[m] == "scheduled" && m+1 < len(ws) {
			m++
		}
		if ws[m] != "meeting" {
			continue
		}
		p := k - 1
		if p >= 0 && (ws[p] == "the" || ws[p] == "our" || ws[p] == "its" || ws[p] == "a") {
			p--
		}
		if p < 0 || !meetingPrepositions[ws[p]] {
			return true
		}
	}
	return false
}

// meetingPrepositions put an action at or before a meeting ("Date of
// next meeting" is the meeting's own date: "of" is not one of them).
var meetingPrepositions = map[string]bool{"at": true, "before": true, "to": true, "until": true,
	"by": true, "for": true, "in": true, "from": true, "after": true, "ahead": true, "till": true}

// groups sorts the changes under their headings, leaving out unchanged
// ones unless all is set.
func (r *Result) groups(all bool) []group {
	by := map[string][]Change{}
	newDate := strOr(r.New.Meeting.Date, "")
	for _, c := range r.Changes {
		k := groupKey(c, newDate)
		if c.Change == Unchanged && !all && k != keyOverdue && k != keyNextMeeting {
			continue
		}
		if !all && (k == keyFigureGiven || k == keyFigureGone) {
			continue // see figureNote
		}
		by[k] = append(by[k], c)
	}
	var out []group
	for _, g := range groupOrder {
		if cs := by[g.key]; len(cs) > 0 {
			out = append(out, group{Key: g.key, Title: g.title, Changes: cs})
		}
	}
	return out
}

// counts is the summary as a line: "4 changed, 6 added, 3 removed, 4
// unchanged".
func (s Summary) counts() string {
	return fmt.Sprintf("%d changed, %d added, %d removed, %d unchanged", s.Changed, s.Added, s.Removed, s.Unchanged)
}

// FateCount is how many commitments met one fate.
type FateCount struct {
	// Fate is a commitment's Status, or "overdue" for those past their
	// due date at the newer meeting with no report of them done or moved.
	Fate  string
	Count int
}

// CommitmentFates counts the commitments by fate in the order the
// reports list them, overdue first; the announced next meeting is the
// body's calendar and is counted with none (see nextMeetingLine).
func (r *Result) CommitmentFates() []FateCount {
	n := map[string]int{}
	newDate := strOr(r.New.Meeting.Date, "")
	for _, c := range r.Changes {
		if c.Kind == KindCommitment {
			n[groupKey(c, newDate)]++
		}
	}
	var out []FateCount
	for _, g := range groupOrder {
		k, ok := strings.CutPrefix(g.key, KindCommitment+"/")
		if !ok || n[g.key] == 0 || g.key == keyNextMeeting {
			continue
		}
		out = append(out, FateCount{Fate: k, Count: n[g.key]})
	}
	return out
}

// fateCounts is the commitments by fate, in the report's order:
// "Commitments: 1 overdue, 1 slipped, 1 done, 3 new"; "" when there are
// none. Without all, the restated ones are counted but not listed, and
// the line says so.
func (r *Result) fateCounts(all bool) string {
	var fates []string
	for _, f := range r.CommitmentFates() {
		s := fmt.Sprintf("%d %s", f.Count, strings.ReplaceAll(f.Fate, "_", " "))
		if f.Fate == StatusRestated && !all {
			s += " (not listed; --all lists them)"
		}
		fates = append(fates, s)
	}
	if len(fates) == 0 {
		return ""
	}
	return "Commitments: " + strings.Join(fates, ", ")
}

// sides splits a word diff into what each meeting said: the old text with
// its deletions, the new with its insertions.
func sides(ws []Segment) (old, new []Segment) {
	for _, s := range ws {
		switch s.Op {
		case OpEqual:
			old, new = append(old, s), append(new, s)
		case OpDelete:
			old = append(old, s)
		case OpInsert:
			new = append(new, s)
		}
	}
	return old, new
}

// quotes returns the old and new sentences of a change as segments,
// marked where a word diff exists, plain otherwise.
func (c Change) quotes() (old, new []Segment) {
	if len(c.Words) > 0 && worthMarking(c.Words) {
		return sides(c.Words)
	}
	if c.OldSentence != "" {
		old = []Segment{{Op: OpEqual, Text: c.OldSentence}}
	}
	if c.NewSentence != "" {
		new = []Segment{{Op: OpEqual, Text: c.NewSentence}}
	}
	return old, new
}

// WriteJSON writes the result in the contract's Diff (v1) shape.
func (r *Result) WriteJSON(w io.Writer) error {
	return writeJSON(w, r)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// oneLine folds a text's line breaks so that a quote stays one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// worthMarking says whether a word diff helps a reader: when the two texts
// share under a third of their words, marks everywhere hide more than
// they show, and the sentences are better read whole.
func worthMarking(ws []Segment) bool {
	same, all := 0, 0
	for _, s := range ws {
		n := len(splitWords(s.Text))
		if s.Op == OpEqual {
			n *= 2 // an equal run is in both texts
			same += n
		}
		all += n
	}
	return all > 0 && same*3 >= all
}
