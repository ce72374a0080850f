package dates

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

import "time"

// pattern is one form of date expression in minutes. It declares the
// words it can start from beside its code; the scanner tries, at each
// token, the patterns that can start there, in the order of patterns.
type pattern struct {
	name   string
	starts lex.Starts
	// day: the pattern reads a day (or a month), which a weekday may
	// stand before: "Tuesday 13 March 2018".
	day   bool
	match func(s *dateScanner, i int, out *doc.DateMention) (int, bool)
}

// Start words that stand for a class of tokens rather than one word.
const (
	// anyNumber starts a pattern at every number token: "14", "2018/19".
	anyNumber = "#"
	// A start word ending in '#' stands for that word followed by
	// digits: "fy#" is "FY2019", "FY19".
	digitsMark = '#'
)

// The starts shared by several patterns.
var (
	numbers = lex.Words(anyNumber)
	months  = lex.Keys(lex.MonthNames)
)

// patterns are the date expressions, tried in this order at each token:
// longest first, the day patterns before the periods.
var patterns = []pattern{
	{name: "dayFirst", starts: numbers, day: true, match: (*dateScanner).dayFirst},
	{name: "monthDay", starts: months, day: true, match: (*dateScanner).monthDay},
	{name: "monthRange", starts: months, day: true, match: (*dateScanner).monthRange},
	{name: "monthYear", starts: months, day: true, match: (*dateScanner).monthYear},
	{name: "monthAlone", starts: months, day: true, match: (*dateScanner).monthAlone},
	{name: "numeric", starts: numbers, day: true, match: (*dateScanner).numeric},
	{name: "season", starts: lex.Keys(lex.SeasonNames).Plus(lex.Words("early", "late", "mid")), match: (*dateScanner).season},
	{name: "partOfYear", starts: lex.Keys(lex.PartNames), match: (*dateScanner).partOfYear},
	{name: "quarterQ", starts: lex.Words("q#"), match: (*dateScanner).quarterQ},
	{name: "halfYear", starts: lex.Words("h#"), match: (*dateScanner).halfYear},
	{name: "quarterOrdinal", starts: lex.Keys(lex.OrdinalWords), match: (*dateScanner).quarterOrdinal},
	{name: "quarterNumbered", starts: numbers, match: (*dateScanner).quarterNumbered},
	{name: "quarterWord", starts: lex.Words("quarter"), match: (*dateScanner).quarterWord},
	{name: "feast", starts: lex.FeastStarts, match: (*dateScanner).feast},
	{name: "fySpan", starts: numbers, match: (*dateScanner).fySpan},
	{name: "fyGlued", starts: lex.Words("fy#"), match: (*dateScanner).fyGlued},
	{name: "fyWord", starts: lex.Words("fy"), match: (*dateScanner).fyWord},
	{name: "yearPair", starts: numbers, match: (*dateScanner).yearPair},
	{name: "yearAlone", starts: numbers, match: (*dateScanner).yearAlone},
}

// leadWords may stand before a date without being part of a pattern: a
// weekday and an article (see lead).
var leadWords = lex.Keys(lex.WeekdayNames).Plus(lex.Words("the"))

var (
	// dateIndex gives the patterns that can start at a token's startKey,
	// built from their declared starts.
	dateIndex = lex.NewIndex(patternStarts()...)
	// digitStarts maps the head of a start word with digits ("fy" of
	// "fy#") to the start word.
	digitStarts = lex.TableOf(digitHeads(patternStarts()))
)

func patternStarts() []lex.Starts {
	out := make([]lex.Starts, len(patterns))
	for i := range patterns {
		out[i] = patterns[i].starts
	}
	return out
}

// digitHeads finds the start words that end in digitsMark; it panics on
// a plain start word ending in a digit, which startKey would never look up.
func digitHeads(starts []lex.Starts) map[string]string {
	m := map[string]string{}
	for _, s := range starts {
		for _, w := range s {
			switch n := len(w); {
			case w == anyNumber:
			case w[n-1] == digitsMark:
				m[w[:n-1]] = w
			case isDigit(w[n-1]):
				panic("date start word ends in a digit: " + w)
			}
		}
	}
	return m
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// startKey is the start word a pattern beginning at t declares: anyNumber
// for a number, "fy#" for "FY2019", else the word in lower case.
func startKey(t *doc.Token) string {
	switch t.Kind {
	case doc.Number:
		return anyNumber
	case doc.Word:
		w := t.Lower
		n := len(w)
		if n == 0 || !isDigit(w[n-1]) {
			return w
		}
		for n > 0 && isDigit(w[n-1]) {
			n--
		}
		return digitStarts.Get(w[:n])
	}
	return ""
}

// canStart reports whether a date can begin at token t: a number, a
// word some pattern declares as a start word (startKey), or a lead word.
// Most tokens of a page cannot, and this spares them every pattern.
func canStart(t *doc.Token) bool {
	switch {
	case t.Kind == doc.Number || dateIndex.Bypass:
		return true
	case t.Kind != doc.Word:
		return false
	}
	w := t.Lower
	if n := len(w); n > 0 && isDigit(w[n-1]) {
		return startKey(t) != ""
	}
	return starters.Get(w)
}

// starters are the words canStart lets through: every start word the
// patterns declare, but those standing for numbers or words with digits,
// and the lead words.
var starters = lex.TableOf(func() map[string]bool {
	m := map[string]bool{}
	for _, ws := range append(patternStarts(), leadWords) {
		for _, w := range ws {
			if w != anyNumber && w[len(w)-1] != digitsMark {
				m[w] = true
			}
		}
	}
	return m
}())

// lead reads what may stand before a date at token i: a weekday
// ("Tuesday 13 March 2018", "Friday, the 2nd") or an article before a day
// ("the 10th June", which leaves the article out of the mention). It
// returns where the mention starts and where its pattern starts; ok is
// false for an article with no day after it ("the autumn" is read from
// "autumn").
func (s *dateScanner) lead(i int) (start, j int, wd time.Weekday, hasWD, ok bool) {
	if t := s.tok(i); t.Kind == doc.Word && len(t.Text) >= 3 {
		if w, isWeekday := lex.WeekdayNamesTable.Lookup(t.Lower); isWeekday {
			j = i + 1
			if s.is(j, ",") {
				j++
			}
			if s.is(j, "the") {
				j++
			}
			return i, j, w, true, true
		}
	}
	if s.is(i, "the") {
		if _, _, ok := s.day(i + 1); !ok {
			return 0, 0, 0, false, false
		}
		return i + 1, i + 1, 0, false, true
	}
	return i, i, 0, false, true
}

// at tries the patterns that can start at token i, after any lead, in
// their order. On a match it fills *out and returns the index of the
// token after the mention and the pattern. Every pattern works so: it
// writes *out only when it matches, since a mention is big and most tries
// fail.
func (s *dateScanner) at(i int, out *doc.DateMention) (int, *pattern) {
	start, j, wd, hasWD, ok := s.lead(i)
	if !ok {
		return 0, nil
	}
	for _, r := range dateIndex.Rules(startKey(s.tok(j))) {
		p := &patterns[r]
		if hasWD && !p.day {
			continue // "Monday spring" is no date
		}
		if next, ok := p.match(s, j, out); ok {
			s.finish(out, start, next, wd, hasWD)
			return next, p
		}
	}
	return 0, nil
}

// finish gives the mention its span, from the lead to the token before
// next, and the weekday read before a day.
func (s *dateScanner) finish(out *doc.DateMention, start, next int, wd time.Weekday, hasWD bool) {
	out.Start = s.toks[start].Start
	out.End = s.toks[next-1].End
	if hasWD && out.Grain == doc.GrainDay {
		out.Weekday, out.HasWeekday = wd, true
	}
}
