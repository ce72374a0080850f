package figures

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/extract/internal/numbers"
)

import (
	"slices"
	"strings"

	"github.com/minutes-tool/minutes/schema"
)

// findFigures finds every quantity in the document: money, counts,
// percentages, durations and other numbers that measure something. Spans
// are bytes; resolve drops figures inside dates and item numbers and sets
// Item.
//
// Each block is tokenized once and scanned left to right. At a number
// (digits or words) the scanner asks, in order: is it not a quantity at
// all (figures_exclude.go)? is it money, a percentage, a duration or a
// count (money.go, measures.go)? is it the first half of a range whose
// second half carries the unit ("3-5 years", "£2–3m")? The words before
// it say whether it is approximate or a bound (qualifiers.go).
func Find(d *doc.Document) []schema.Figure {
	s := figureScanner{text: d.Text}
	// Minutes hold a figure per 500 to 2,000 bytes (a quarter of the
	// bundled documents hold more); emit grows the slice by the density
	// it meets.
	s.out = make([]schema.Figure, 0, len(d.Text)/500+4)
	for bi := range d.Blocks {
		s.toks = d.Tokens(bi)
		s.penceCur = ""
		for i := 0; i < len(s.toks); {
			next := s.at(i)
			if next <= i {
				next = i + 1
			}
			i = next
		}
	}
	return s.out
}

// figureScanner holds one block's tokens and the figures found so far.
type figureScanner struct {
	text     string
	currency string // for bare amounts such as "100.00" in a payments table: docCurrency
	toks     []doc.Token
	out      []schema.Figure
	strs     []string // arena for units and bounds (see intern)
	// penceCur is the currency of an amount with its pence after a
	// hyphen ("£1030-92") met earlier in the block: the bare amounts
	// listed after it ("1839-20") are in it too.
	penceCur string
}

// candidate is a figure before it is written out, with token bounds.
type candidate struct {
	kind       string
	value      float64
	unit       string
	start, end int // tokens [start, end) of the figure's own words
	scaled     bool
	approx     bool // vague by its own words: "c300", "tens of thousands"
	// cut, when above 0, is the byte where the figure ends inside its
	// last token: "0.625mm" in "0.625mm-below".
	cut int
}

// RangeJoiners join the two ends of a range: "3-5 years", "£2–3m",
// "three or four cars", "$8.25 to $10".
var RangeJoiners = map[string]bool{"-": true, "–": true, "—": true, "to": true, "or": true}

// at looks for a figure starting at token i and returns where scanning
// goes on.
func (s *figureScanner) at(i int) int {
	t := &s.toks[i]
	if t.Kind == doc.Punct {
		return i + 1
	}
	if t.Kind == doc.Word {
		if t.Lower == "a" || t.Lower == "an" {
			if next, ok := s.articleDuration(i); ok {
				return next
			}
		}
		if !numbers.CanStart(t) {
			return i + 1 // most words: parseNumber would turn them away
		}
	}
	n, ok := numbers.ParseNumber(s.toks, i)
	if !ok {
		return i + 1
	}
	if to, ok := s.hyphenPence(&n); ok {
		return to
	}
	if to, skip := excluded(s.toks, &n); skip {
		return to
	}
	c, ok := s.classify(&n, "")
	next := n.End
	if ok {
		next = c.end
	}
	if to, isRange := s.rangeFrom(&n, c, ok, next); isRange {
		return to
	}
	if !ok {
		c, ok = s.fallback(&n)
	}
	if !ok || s.notQuantity(&n, c) {
		return n.End
	}
	s.emit(c, c.start)
	return c.end
}

// spanWords before "a week" make it a length of time: "leave this open
// for a week", "within a month". Elsewhere "a week" is a rate ("once a
// week") or a point in time ("in a week's time").
var spanWords = map[string]bool{"for": true, "within": true}

// articleDuration reads a duration with no number, "a decade", "a
// fortnight", at the article i, and "a week" after a spanWords word.
func (s *figureScanner) articleDuration(i int) (int, bool) {
	if i+1 >= len(s.toks) {
		return 0, false
	}
	span := i > 0 && spanWords[s.toks[i-1].Lower]
	if u, ok := DurationUnitsTable.Lookup(s.toks[i+1].Lower); ok && (u.mult > 1 || span) {
		s.emit(candidate{kind: "duration", value: u.mult, unit: u.unit, start: i, end: i + 2}, i)
		return i + 2, true
	}
	return 0, false
}

// rangeFrom reads a range whose first end is n, with c its figure when
// ok, and whose joiner is token j: "3-5 years", "£2–3m", "between 5 and
// 10", "400 to 500". The second end may carry the unit for both. It
// emits both ends and returns where scanning goes on, or reports false
// when there is no range.
func (s *figureScanner) rangeFrom(n *numbers.Number, c candidate, ok bool, j int) (int, bool) {
	n2, cur, ok2 := s.secondEnd(n, j)
	if !ok2 {
		return 0, false
	}
	toks := s.toks
	dashed := toks[j].Kind == doc.Punct
	inherit := cur
	if inherit == "" && ok && c.kind == "money" {
		inherit = c.unit
	}
	c2, ok2 := s.classify(&n2, inherit)
	if !ok2 && !ok && n.Digits && n2.Digits {
		if dashed {
			return n2.End, true // a tally or a score: "carried 6-0"
		}
		if toks[j].Lower == "to" {
			c, c2 = plainRange(n, &n2)
			ok, ok2 = true, true
		}
	}
	if !ok2 {
		return 0, false
	}
	if cur != "" {
		c2.start = n2.First - 1
	}
	c = s.share(n, c, ok, c2)
	if c.kind != "" {
		s.emit(c, c.start)
	}
	s.emit(c2, c2.start)
	return c2.end, true
}

// secondEnd reads the second end of a range whose first end is n and
// whose joiner may be token j, with the currency symbol it starts with
// ("£2–£3m"). A lone "one" ("two or one") or a number that is not a
// quantity ends no range, unless both ends are digits joined by a dash:
// a score or a span of times, "6-0", "14:00-17:00".
func (s *figureScanner) secondEnd(n *numbers.Number, j int) (n2 numbers.Number, cur string, ok bool) {
	toks := s.toks
	if j+1 >= len(toks) || !s.joinsRange(n, j) {
		return n2, "", false
	}
	cur, k := s.currencyAt(j + 1)
	n2, ok = numbers.ParseNumber(toks, k)
	if !ok || n2.Lone {
		return n2, "", false
	}
	if _, skip := excluded(toks, &n2); skip && !(toks[j].Kind == doc.Punct && n2.Digits && n.Digits) {
		return n2, "", false
	}
	return n2, cur, true
}

// joinsRange tells whether token j joins two ends of a range: a dash,
// "to", "or", or "and" after "between".
func (s *figureScanner) joinsRange(n *numbers.Number, j int) bool {
	l := s.toks[j].Lower
	return RangeJoinersTable.Get(l) || l == "and" && s.between(n)
}

// currencyAt reads a currency symbol at token k that a range's second
// end starts with ("£2–£3m"), and returns it and the token after it; ""
// and k when there is none.
func (s *figureScanner) currencyAt(k int) (string, int) {
	if u, isSym := lex.CurrencySymbolsTable.Lookup(s.toks[k].Text); isSym && k+1 < len(s.toks) {
		return u, k + 1
	}
	return "", k
}

// plainRange makes the two ends of "400 to 500", a range of plain numbers
// with no unit, into counts.
func plainRange(n, n2 *numbers.Number) (candidate, candidate) {
	return candidate{kind: "count", value: n.Value, start: n.First, end: n.End},
		candidate{kind: "count", value: n2.Value, start: n2.First, end: n2.End}
}

// between tells whether "between" stands before n, so that "and" joins a
// range: "between 5 and 10 years".
func (s *figureScanner) between(n *numbers.Number) bool {
	k := n.First - 1
	if k >= 0 && lex.CurrencySymbolsTable.Get(s.toks[k].Text) != "" {
		k--
	}
	return k >= 0 && s.toks[k].Lower == "between"
}

// classify decides what number n measures from the words around it.
// inherit is the currency of a range's first end ("£2–3m").
func (s *figureScanner) classify(n *numbers.Number, inherit string) (candidate, bool) {
	c, ok := s.measure(n, inherit)
	c.approx = n.Approx
	return c, ok
}

// measure finds the unit of number n: a currency, "%", a unit of time or
// a counted noun.
func (s *figureScanner) measure(n *numbers.Number, inherit string) (candidate, bool) {
	toks := s.toks
	if m, ok := moneyAround(toks, n, inherit); ok {
		return candidate{kind: "money", value: n.Value * m.scale, unit: m.unit, start: m.start, end: m.end,
			scaled: n.Scaled || m.scale > 1 || m.scale < -1}, true
	}
	if n.Fraction {
		// "one third of residents": a proportion, valued as a fraction.
		return candidate{kind: "number", value: n.Value, start: n.First, end: n.End}, true
	}
	if e, ok := thousandsAfter(toks, n); ok {
		return candidate{kind: "money", value: n.Value * 1e3, unit: s.docCurrency(), start: n.First, end: e, scaled: true}, true
	}
	if u, e, ok := measureUnitAfter(toks, n); ok {
		cut := toks[e-1].Start + strings.IndexByte(toks[e-1].Text+"-", '-')
		return candidate{kind: "number", value: n.Value, unit: u, start: n.First, end: e, cut: cut}, true
	}
	if e := percentAfter(toks, n); e > 0 {
		return candidate{kind: "percent", value: n.Value, unit: "%", start: n.First, end: e}, true
	}
	if u, e, ok := durationAfter(toks, n); ok {
		return candidate{kind: "duration", value: n.Value * u.mult, unit: u.unit, start: n.First, end: e}, true
	}
	if n.Suffix != "" {
		if BadSuffixesTable.Get(n.Suffix) || strings.ContainsAny(n.Suffix, "-'’") {
			return candidate{}, false
		}
		return candidate{kind: "count", value: n.Value, unit: compoundUnit(n.Suffix), start: n.First, end: n.End}, true
	}
	if unit, ok := s.ofTheNoun(n); ok {
		return candidate{kind: "count", value: n.Value, unit: unit, start: n.First, end: n.End}, true
	}
	j := n.End
	if n.Approx && !n.Digits && j+1 < len(toks) && toks[j].Lower == "of" {
		j++ // "tens of thousands of visitors"
	}
	if unit, ok := countNoun(s.text, toks, j, n); ok {
		return candidate{kind: "count", value: n.Value, unit: unit, start: n.First, end: n.End}, true
	}
	return candidate{}, false
}

// ofTheNoun reads the noun of "Six of the eight CCGs" and "7 out of the
// 24 main departments": the part takes the whole's noun.
func (s *figureScanner) ofTheNoun(n *numbers.Number) (string, bool) {
	toks := s.toks
	j := n.End
	if n.Lone || j >= len(toks) {
		return "", false
	}
	if toks[j].Lower == "out" {
		j++
	}
	if j+1 >= len(toks) || toks[j].Lower != "of" {
		return "", false
	}
	switch toks[j+1].Lower {
	case "the", "these", "those", "our", "their", "its":
	default:
		return "", false
	}
	j += 2
	if m, ok := numbers.ParseNumber(toks, j); ok {
		j = m.End
	}
	return countNoun(s.text, toks, j, n)
}

// share completes a range's first end from its second: "£2–3m" makes
// £2m, "3-5 years" makes 3 years, "three or four cars" three cars.
func (s *figureScanner) share(n *numbers.Number, c candidate, ok bool, c2 candidate) candidate {
	if ok && c.kind == c2.kind {
		if c.kind == "money" && !c.scaled && c2.scaled && n.Digits {
			c.value *= c2.value / s.baseValue(c2)
		}
		return c
	}
	if ok && c.kind != "count" {
		return c
	}
	return candidate{kind: c2.kind, value: n.Value * s.multOf(c2), unit: c2.unit, start: s.startOf(n), end: n.End}
}

// baseValue is the written number of a money candidate before its
// multiplier, so that its multiplier can be shared.
func (s *figureScanner) baseValue(c candidate) float64 {
	for k := c.start; k < c.end; k++ {
		if s.toks[k].Kind == doc.Number {
			if v, _, ok := numbers.DigitValue(s.toks[k].Text); ok && v != 0 {
				return v
			}
		}
	}
	return c.value
}

// multOf is what a range's second end multiplies its number by: the
// money multiplier, or ten for "decades".
func (s *figureScanner) multOf(c candidate) float64 {
	if c.kind == "money" {
		return c.value / s.baseValue(c)
	}
	if c.kind == "duration" {
		if u, ok := DurationUnitsTable.Lookup(s.toks[c.end-1].Lower); ok {
			return u.mult
		}
	}
	return 1
}

// docCurrency is the document's currency, read from the text the first
// time a bare amount needs it: most pages have none.
func (s *figureScanner) docCurrency() string {
	if s.currency == "" {
		s.currency = documentCurrency(s.text)
	}
	return s.currency
}

// startOf is where a number's own words start, its currency included.
func (s *figureScanner) startOf(n *numbers.Number) int {
	if k := n.First - 1; k >= 0 && lex.CurrencySymbolsTable.Get(s.toks[k].Text) != "" {
		return k
	}
	return n.First
}

// fallback gives a figure to a number nothing else claimed: a bare amount
// with pence ("100.00"), a large sum in words ("three-quarters of a
// million"), or a qualified number with no noun ("about three dozen").
func (s *figureScanner) fallback(n *numbers.Number) (candidate, bool) {
	if n.Suffix != "" {
		return candidate{}, false
	}
	if n.Digits && n.Decimals == 2 && n.Value >= 1 && s.toks[n.First].Kind == doc.Number {
		return candidate{kind: "money", value: n.Value, unit: s.docCurrency(), start: n.First, end: n.End}, true
	}
	if !n.Digits && n.Scaled && n.Value >= 1e5 {
		return candidate{kind: "money", value: n.Value, unit: s.docCurrency(), start: n.First, end: n.End, scaled: true}, true
	}
	if unit, ok := s.tallyLine(n); ok {
		return candidate{kind: "count", value: n.Value, unit: unit, start: n.First, end: n.End}, true
	}
	if unit, ok := s.rowLabel(n); ok {
		return candidate{kind: "count", value: n.Value, unit: unit, start: n.First, end: n.End}, true
	}
	if unit, ok := s.elidedNoun(n); ok {
		return candidate{kind: "count", value: n.Value, unit: unit, start: n.First, end: n.End}, true
	}
	if n.Digits && n.Decimals >= 3 || n.Power {
		// "0.0045120": a measurement's precision, with no unit written;
		// "2^10": a power.
		return candidate{kind: "number", value: n.Value, start: n.First, end: n.End}, true
	}
	if _, _, _, q := qualifierBefore(s.toks, n.First); (q && !n.Lone) || n.Approx {
		return candidate{kind: "count", value: n.Value, start: n.First, end: n.End, approx: n.Approx}, true
	}
	return candidate{}, false
}

// tallyLine reads a short line that ends "Members of the Public: 6" or
// "Attendance: 12": the words before the colon name what is counted.
func (s *figureScanner) tallyLine(n *numbers.Number) (string, bool) {
	toks := s.toks
	k := n.First - 1
	if !n.Digits || n.Decimals > 0 || n.End != len(toks) || k < 1 || toks[k].Text != ":" || n.First > 6 {
		return "", false
	}
	for m := 0; m < k; m++ {
		if toks[m].Kind != doc.Word {
			return "", false
		}
	}
	if LabelWordsTable.Get(toks[k-1].Lower) {
		return "", false
	}
	label := s.text[toks[0].Start:toks[k-1].End]
	if strings.IndexByte(label, '\t') >= 0 {
		return "", false // "Treasurer\tTinker: 24": a table's row and a cell's tally, no label
	}
	return strings.ToLower(label), true
}

// rowLabel reads a number alone in a table's cell whose row is labelled
// by a plural noun in its first cell: "Volunteers | 1,240" counts
// volunteers. The label may be a few words ("New members"). The cells are
// split by tabs (a table read from HTML or Markdown) or by pipes, as a
// Markdown row with no header writes them ("| Volunteers | 1,240 |").
func (s *figureScanner) rowLabel(n *numbers.Number) (string, bool) {
	toks := s.toks
	if !n.Digits {
		return "", false
	}
	lo := n.First // the row's first token
	for lo > 0 && n.First-lo <= 5 && !toks[lo].NewlineBefore {
		lo--
	}
	if lo > 0 && !toks[lo].NewlineBefore {
		return "", false // a long row: no label
	}
	end := n.First // the label's tokens are [lo, end)
	if toks[lo].Text == "|" {
		lo++
		if end < 1 || toks[end-1].Text != "|" || n.End < len(toks) && toks[n.End].Text != "|" {
			return "", false
		}
		end--
	} else if n.First == 0 || !cellBreak(s.text, toks[n.First-1].End, toks[n.First].Start) ||
		n.End < len(toks) && !toks[n.End].NewlineBefore && !cellBreak(s.text, toks[n.End-1].End, toks[n.End].Start) {
		return "", false // not the first cell after the label, or more in the number's cell
	}
	if end <= lo || end-lo > 4 {
		return "", false
	}
	for k := lo; k < end; k++ {
		if toks[k].Kind != doc.Word || k > lo && cellBreak(s.text, toks[k-1].End, toks[k].Start) {
			return "", false
		}
	}
	if !plural(toks[end-1].Lower) {
		return "", false
	}
	return strings.ToLower(s.text[toks[lo].Start:toks[end-1].End]), true
}

// subjectVerbs are the verbs a bare number may be the subject of, its
// noun left out: "140 have come back", "twelve were approved".
var subjectVerbs = map[string]bool{
	"have": true, "has": true, "had": true, "are": true, "were": true, "was": true, "is": true,
	"will": true, "would": true, "could": true, "can": true, "did": true, "do": true, "remain": true,
}

// elidedNoun reads the noun of a bare number that is the subject of a
// verb, its noun left out because the sentence has just named it: "212
// forms were sent out, 140 have come back" counts forms twice. The noun
// is that of the nearest count before it in the same sentence.
func (s *figureScanner) elidedNoun(n *numbers.Number) (string, bool) {
	toks := s.toks
	if n.Lone || n.End >= len(toks) || !subjectVerbs[toks[n.End].Lower] || len(s.out) == 0 {
		return "", false
	}
	last := &s.out[len(s.out)-1]
	if last.Kind != "count" || last.Unit == nil || !plural(strings.ToLower(*last.Unit)) || last.Span.End < toks[0].Start {
		return "", false
	}
	if between := s.text[last.Span.End:toks[n.First].Start]; strings.ContainsAny(between, "\n;:!?") ||
		strings.Contains(between, ". ") {
		return "", false // another sentence
	}
	return *last.Unit, true
}

// notQuantity drops what classify let through but a clerk would not
// quote: years ("2017 Budget") and long reference numbers ("184350"),
// unless they are money or a percentage.
func (s *figureScanner) notQuantity(n *numbers.Number, c candidate) bool {
	if c.kind == "money" || c.kind == "percent" || !n.Digits || n.Decimals > 0 {
		return false
	}
	t := s.toks[n.First].Text
	if strings.Contains(t, ",") {
		return false
	}
	return len(t) >= 5 || (len(t) == 4 && n.Value >= 1800 && n.Value <= 2100)
}

// emit writes a candidate out as a figure, with the qualifier before it.
func (s *figureScanner) emit(c candidate, first int) {
	if c.start < 0 || c.end > len(s.toks) || c.start >= c.end {
		return
	}
	q, qFirst, glued, _ := qualifierBefore(s.toks, first)
	start := c.start
	if glued {
		start = qFirst
	}
	f := schema.Figure{
		Kind:        c.kind,
		Value:       c.value,
		Approximate: q.approx,
		Span:        schema.Span{Start: s.toks[start].Start, End: s.toks[c.end-1].End},
	}
	if c.cut > f.Span.Start && c.cut < f.Span.End {
		f.Span.End = c.cut
	}
	f.Text = s.text[f.Span.Start:f.Span.End]
	if c.unit != "" {
		f.Unit = s.intern(c.unit)
	}
	if q.bound != "" {
		f.Bound = s.intern(q.bound)
	}
	f.Approximate = f.Approximate || c.approx
	if len(s.out) == cap(s.out) {
		s.out = slices.Grow(s.out, doc.RoomFor(len(s.out), f.Span.End, len(s.text)))
	}
	s.out = append(s.out, f)
}

// intern stores u in the scanner's string arena and returns a pointer to
// it: one allocation for a page of units instead of one per figure. A
// pointer into an outgrown arena stays valid, as Go keeps the old array.
func (s *figureScanner) intern(u string) *string {
	if len(s.strs) == cap(s.strs) {
		s.strs = make([]string, 0, 2*cap(s.strs)+16)
	}
	s.strs = append(s.strs, u)
	return &s.strs[len(s.strs)-1]
}
