package compare

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// RenderOptions tune the text, Markdown and HTML reports. The zero value
// works: no colour, unchanged elements counted but not listed.
type RenderOptions struct {
	// Color marks insertions and deletions with ANSI colours in text
	// output instead of [-deleted-] and {+inserted+}.
	Color bool
	// All lists unchanged elements too.
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
	{"commitment/slipped", "Slipped commitments"},
	{"commitment/brought_forward", "Commitments brought forward"},
	{"commitment/changed", "Changed commitments"},
	{"commitment/done", "Commitments reported done"},
	{"commitment/vanished", "Commitments no longer mentioned"},
	{"commitment/new", "New commitments"},
	{"commitment/restated", "Commitments restated"},
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

func groupKey(c Change) string {
	if c.Kind == KindCommitment {
		return c.Kind + "/" + c.Status
	}
	return c.Kind + "/" + c.Change
}

// groups sorts the changes under their headings, leaving out unchanged
// ones unless all is set.
func (r *Result) groups(all bool) []group {
	by := map[string][]Change{}
	for _, c := range r.Changes {
		if c.Change == Unchanged && !all {
			continue
		}
		by[groupKey(c)] = append(by[groupKey(c)], c)
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
