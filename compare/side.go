package compare

import (
	"fmt"
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

// itemAt is the title of the innermost item whose span holds p.
func (s *side) itemAt(p int) string {
	best, size := "", -1
	for _, it := range s.rec.Items {
		if it.Span.Start <= p && p < it.Span.End && (size < 0 || it.Span.End-it.Span.Start < size) {
			best, size = it.Title, it.Span.End-it.Span.Start
		}
	}
	return best
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

// datesIn returns the record's dates that lie inside [start, end).
func (s *side) datesIn(start, end int) []schema.Date {
	var out []schema.Date
	for _, d := range s.rec.Dates {
		if d.Span.Start >= start && d.Span.End <= end {
			out = append(out, d)
		}
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
	if s.Source.Name != "" {
		return s.Source.Name
	}
	return "undated meeting"
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
		s.sentTerms[k] = append(terms(se.text), terms(s.itemAt(se.start))...)
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
