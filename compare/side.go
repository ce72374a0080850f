package compare

import (
	"cmp"
	"container/heap"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/minutes-tool/minutes/schema"
)

// side is one record made ready for comparison: its text as code points,
// its sentences and its item titles.
type side struct {
	rec    *schema.Record
	rs     []rune
	sents  []sentence
	titles map[string]string
	// sentTerms caches each sentence's terms with its item's title: the
	// IDF documents and the candidates of every commitment search.
	sentTerms [][]string
	// memo caches terms by text: each element's bag is wanted for the IDF
	// documents, for pairing and for its topic.
	memo map[string][]string
	// items are the stretches of text by innermost item (itemAt).
	items []itemSeg
	// dates are the indices of the record's dates by start (datesIn), and
	// oddDates those whose span ends before it starts.
	dates, oddDates []int
	// people are the terms of the names of those at either meeting
	// (see Diff): who moved and who seconded is no part of an action.
	people map[string]bool
}

func newSide(r *schema.Record) *side {
	s := &side{rec: r, rs: []rune(r.Text), titles: map[string]string{}}
	s.sents = splitSentences(r.Text)
	for _, it := range r.Items {
		s.titles[it.ID] = it.Title
	}
	return s
}

// title is the title of the item an element sits in, "" outside items.
func (s *side) title(item *string) string {
	if item == nil {
		return ""
	}
	return s.titles[*item]
}

// itemAt is the title of the innermost item whose span holds p: of the
// smallest such span, the first in the record.
func (s *side) itemAt(p int) string {
	if s.items == nil {
		s.items = itemSegments(s.rec.Items)
	}
	k := sort.Search(len(s.items), func(k int) bool { return s.items[k].start > p }) - 1
	if k < 0 {
		return ""
	}
	return s.items[k].title
}

// itemSeg is a stretch of the text, from start to the next segment's,
// whose innermost item has the title given ("" for none).
type itemSeg struct {
	start int
	title string
}

// itemSegments cuts the text where items start and end, and names each
// stretch's innermost item, in one sweep: asking every item about every
// sentence made a long record's comparison quadratic.
func itemSegments(items []schema.Item) []itemSeg {
	var bounds []int
	var byStart []int
	for i, it := range items {
		if it.Span.Start < it.Span.End {
			bounds = append(bounds, it.Span.Start, it.Span.End)
			byStart = append(byStart, i)
		}
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)
	slices.SortStableFunc(byStart, func(a, b int) int { return cmp.Compare(items[a].Span.Start, items[b].Span.Start) })
	size := func(i int) int { return items[i].Span.End - items[i].Span.Start }
	// open holds the items begun, smallest first, then first in the
	// record; those that ended are dropped when they come to the top.
	open := &itemHeap{less: func(a, b int) bool {
		if size(a) != size(b) {
			return size(a) < size(b)
		}
		return a < b
	}}
	segs := make([]itemSeg, 0, len(bounds)+1)
	segs = append(segs, itemSeg{start: math.MinInt})
	next := 0
	for _, b := range bounds {
		for next < len(byStart) && items[byStart[next]].Span.Start <= b {
			heap.Push(open, byStart[next])
			next++
		}
		for open.Len() > 0 && items[open.ids[0]].Span.End <= b {
			heap.Pop(open)
		}
		title := ""
		if open.Len() > 0 {
			title = items[open.ids[0]].Title
		}
		segs = append(segs, itemSeg{start: b, title: title})
	}
	return segs
}

// itemHeap is a heap of item indices.
type itemHeap struct {
	ids  []int
	less func(a, b int) bool
}

func (h *itemHeap) Len() int           { return len(h.ids) }
func (h *itemHeap) Less(a, b int) bool { return h.less(h.ids[a], h.ids[b]) }
func (h *itemHeap) Swap(a, b int)      { h.ids[a], h.ids[b] = h.ids[b], h.ids[a] }
func (h *itemHeap) Push(x any)         { h.ids = append(h.ids, x.(int)) }
func (h *itemHeap) Pop() any {
	x := h.ids[len(h.ids)-1]
	h.ids = h.ids[:len(h.ids)-1]
	return x
}

// sentence returns the sentence holding span's start, or the span's own
// text when the span falls outside every sentence.
func (s *side) sentence(sp schema.Span) string {
	if i := sentenceAt(s.sents, sp.Start); i >= 0 {
		return s.sents[i].text
	}
	return slice(s.rs, sp.Start, sp.End)
}

// figureContext is the text a figure is about: its sentence, and the one
// before when its own is too short to name a subject ("It has eight
// projects:" leans on "The workstream has been tasked with ...").
func (s *side) figureContext(f *schema.Figure) string {
	i := sentenceAt(s.sents, f.Span.Start)
	if i < 0 {
		return slice(s.rs, f.Span.Start, f.Span.End)
	}
	ctx := s.sents[i].text
	// A short sentence, or one whose subject is a pronoun ("It has eight
	// projects"), takes its subject from the sentences before it.
	back := 0
	if len(s.terms(ctx)) < 4 {
		back = 1
	}
	if startsWithPronoun(ctx) {
		back = 2
	}
	for k := 1; k <= back && i-k >= 0; k++ {
		ctx = s.sents[i-k].text + " " + ctx
	}
	// What a count is made of often follows it: a list after a colon ("It
	// has eight projects:" and its bullets), or a sentence naming the same
	// thing ("10 areas of focus. The non-clinical areas are: ...").
	// Those words say what is counted better than the sentence itself.
	cur := strings.TrimSpace(s.sents[i].text)
	unit := strings.ToLower(unitOf(f))
	if strings.HasSuffix(cur, ":") {
		// The list after the colon, and no further: its bullets.
		for k := i + 1; k < len(s.sents) && k <= i+listLookahead; k++ {
			if !s.bulleted(k) {
				break
			}
			ctx += " " + s.sents[k].text
		}
	} else if i+1 < len(s.sents) && f.Kind == "count" && unit != "" && strings.Contains(strings.ToLower(s.sents[i+1].text), unit) {
		ctx += " " + s.sents[i+1].text
	}
	return ctx
}

// docs lists the term bags of every element and sentence of the record,
// the documents IDF is counted over.
func (s *side) docs() [][]string {
	var d [][]string
	for _, it := range s.rec.Items {
		d = append(d, s.terms(it.Title))
	}
	for _, c := range s.rec.Commitments {
		d = append(d, s.terms(c.Text+" "+s.title(c.Item)))
	}
	for _, x := range s.rec.Decisions {
		d = append(d, s.terms(x.Text+" "+s.title(x.Item)))
	}
	for i := range s.rec.Figures {
		f := &s.rec.Figures[i]
		d = append(d, s.terms(s.figureContext(f)+" "+unitOf(f)+" "+s.title(f.Item)))
	}
	for k := range s.sents {
		d = append(d, s.sentenceTerms(k))
	}
	return d
}

// datesIn returns the record's dates that lie inside [start, end), in
// the record's order.
func (s *side) datesIn(start, end int) []schema.Date {
	if s.dates == nil {
		s.dates = make([]int, 0, len(s.rec.Dates))
		for i, d := range s.rec.Dates {
			if d.Span.Start <= d.Span.End {
				s.dates = append(s.dates, i)
			} else {
				s.oddDates = append(s.oddDates, i)
			}
		}
		slices.SortStableFunc(s.dates, func(a, b int) int {
			return cmp.Compare(s.rec.Dates[a].Span.Start, s.rec.Dates[b].Span.Start)
		})
	}
	var idx []int
	// A date inside the range starts at or after start and, as it ends
	// no earlier than it starts, at or before end.
	k, _ := slices.BinarySearchFunc(s.dates, start, func(i, start int) int { return cmp.Compare(s.rec.Dates[i].Span.Start, start) })
	for ; k < len(s.dates) && s.rec.Dates[s.dates[k]].Span.Start <= end; k++ {
		if s.rec.Dates[s.dates[k]].Span.End <= end {
			idx = append(idx, s.dates[k])
		}
	}
	for _, i := range s.oddDates { // a hand-edited record's backward spans
		if d := s.rec.Dates[i]; d.Span.Start >= start && d.Span.End <= end {
			idx = append(idx, i)
		}
	}
	slices.Sort(idx)
	var out []schema.Date
	for _, i := range idx {
		out = append(out, s.rec.Dates[i])
	}
	return out
}

// When names a meeting for a reader: its date written out, or its source
// name when it has no date.
func (s Side) When() string {
	if s.Meeting.Date != nil {
		if t, err := time.Parse("2006-01-02", *s.Meeting.Date); err == nil {
			return t.Format("2 January 2006")
		}
		return *s.Meeting.Date
	}
	// An undated meeting is named by its title and source: the file name
	// alone reads as a date to nobody.
	if t := strOr(s.Meeting.Title, ""); t != "" {
		if s.Source.Name != "" {
			return fmt.Sprintf("%s (%s)", t, s.Source.Name)
		}
		return t
	}
	if s.Source.Name != "" {
		return "undated meeting (" + s.Source.Name + ")"
	}
	return "undated meeting"
}

// at names the meeting after "at" in a sentence: "the meeting of 5
// February 2018"; an undated one by its title and source, "the meeting
// “Annual Parish Meeting” (notes.txt)", or its source alone, "the undated
// meeting of notes.txt".
func (s Side) at() string {
	switch {
	case s.Meeting.Date != nil:
		return "the meeting of " + s.When()
	case strOr(s.Meeting.Title, "") != "" && s.Source.Name != "":
		return fmt.Sprintf("the meeting “%s” (%s)", *s.Meeting.Title, s.Source.Name)
	case strOr(s.Meeting.Title, "") != "":
		return fmt.Sprintf("the meeting “%s”", *s.Meeting.Title)
	case s.Source.Name != "":
		return "the undated meeting of " + s.Source.Name
	}
	return "the undated meeting"
}

// Label names a meeting by source and date: "004.txt (5 February 2018)".
func (s Side) Label() string {
	if s.Meeting.Date == nil {
		return s.When()
	}
	if s.Source.Name == "" {
		return s.When()
	}
	return fmt.Sprintf("%s (%s)", s.Source.Name, s.When())
}

// terms is the package's terms, memoised for this side.
func (s *side) terms(text string) []string {
	if t, ok := s.memo[text]; ok {
		return t
	}
	if s.memo == nil {
		s.memo = map[string][]string{}
	}
	t := terms(text)
	s.memo[text] = t
	return t
}

func (s *side) sentenceTerms(k int) []string {
	if s.sentTerms == nil {
		s.sentTerms = make([][]string, len(s.sents))
	}
	if s.sentTerms[k] == nil {
		se := s.sents[k]
		s.sentTerms[k] = append(terms(se.text), s.terms(s.itemAt(se.start))...)
	}
	return s.sentTerms[k]
}

// bulleted reports whether sentence k is a list item: a bullet stands
// before it on its line (splitSentences leaves bullets out of the text).
func (s *side) bulleted(k int) bool {
	for p := s.sents[k].start - 1; p >= 0; p-- {
		switch r := s.rs[p]; {
		case r == '•' || r == '*' || r == '-' || r == '·':
			return true
		case r == ' ' || r == '\t':
			continue
		}
		return false
	}
	return false
}

// listLookahead bounds how many following sentences a figure's context
// takes when they list what it counts.
const listLookahead = 10

// startsWithPronoun reports whether a sentence opens with a pronoun that
// points back to an earlier subject.
func startsWithPronoun(s string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	switch strings.ToLower(first) {
	case "it", "they", "this", "these", "its", "their", "those":
		return true
	}
	return false
}

// peopleOf is the terms of the attendees' names of the records given.
func peopleOf(rs ...*schema.Record) map[string]bool {
	m := map[string]bool{}
	for _, r := range rs {
		for _, a := range r.Attendees {
			for _, t := range terms(strOr(a.Name, "")) {
				m[t] = true
			}
		}
	}
	return m
}
