package dates

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// dateScanner finds dates in one run of tokens.
type dateScanner struct {
	text string
	toks []doc.Token
	mdy  bool // numeric dates are month first (American)
	// m is the mention the patterns write: a pattern called through the
	// table cannot write to the stack of its caller.
	m doc.DateMention
	// trace, when set (by tests), is told the pattern of each mention.
	trace func(p *pattern, m *doc.DateMention)
}

// Find scans every block of d for calendar expressions; mdy says
// numeric dates are month first.
func Find(d *doc.Document, mdy bool) []doc.DateMention { return find(d, mdy, nil) }

func find(d *doc.Document, mdy bool, trace func(*pattern, *doc.DateMention)) []doc.DateMention {
	var out []doc.DateMention
	// One scanner for every block, from a pool: the patterns are called
	// through the table, so it is on the heap, and MostlyDate asks for
	// one per line.
	s := scanners.Get().(*dateScanner)
	*s = dateScanner{text: d.Text, mdy: mdy, trace: trace}
	defer func() {
		*s = dateScanner{}
		scanners.Put(s)
	}()
	for i := range d.Blocks {
		toks := d.Tokens(i)
		if b := d.Blocks[i]; strings.IndexByte(d.Text[b.Start:b.End], '-') >= 0 {
			toks = splitHyphenatedMonths(toks) // only a hyphen can join a month to a word
		}
		s.toks = toks
		out = s.scan(out)
	}
	return dropMinuteNumbers(d.Text, joinDayRanges(d.Text, out))
}

// dropMinuteNumbers removes the numbers of minutes that read as dates:
// "12/25/01 – Welcome", "12/25/02 – Declarations", "12/25/03 – Board
// Minutes" number a year's 25th meeting's items, not Christmas Days. A
// run of three or more numeric days opening their lines, the same in
// their first two fields and counting up by one in the last, is a list
// of item numbers, whatever dates the items' text holds between them.
func dropMinuteNumbers(text string, ms []doc.DateMention) []doc.DateMention {
	var drop []int // indexes into ms, in order
	var run []int  // the run being read
	flush := func() {
		if len(run) >= 3 {
			drop = append(drop, run...)
		}
	}
	for k := range ms {
		if !lineOpens(text, ms[k].Start) || ms[k].Grain != doc.GrainDay || ms[k].Order != 0 {
			continue
		}
		if len(run) > 0 && !nextMinuteNumber(text, ms[run[len(run)-1]], ms[k]) {
			flush()
			run = run[:0]
		}
		run = append(run, k)
	}
	flush()
	if len(drop) == 0 {
		return ms
	}
	out := ms[:0]
	for k, m := range ms {
		if len(drop) > 0 && drop[0] == k {
			drop = drop[1:]
			continue
		}
		out = append(out, m)
	}
	return out
}

// nextMinuteNumber tells whether b follows a in a list of item numbers
// read as numeric dates: written in digits alone, they differ only in
// the last field, which a day-first or month-first date reads as its
// year, and b's is a's plus one. Consecutive days ("2019-01-01",
// "2019-01-02") are a diary, not item numbers.
func nextMinuteNumber(text string, a, b doc.DateMention) bool {
	return a.D1 == b.D1 && a.M1 == b.M1 && b.Y1 == a.Y1+1 && a.M2 == 0 && b.M2 == 0 &&
		digitsOnly(text[a.Start:a.End]) && digitsOnly(text[b.Start:b.End]) &&
		shortLast(text[a.Start:a.End]) && shortLast(text[b.Start:b.End])
}

// shortLast tells whether a numeric date's last field has two digits, as
// an item number's running count has ("12/25/01"); a year in full
// ("01/04/2019 AGM held", "01/04/2020 ...") is a real date that recurs.
func shortLast(s string) bool {
	i := strings.LastIndexAny(s, "/.-")
	return i >= 0 && len(s)-i-1 == 2
}

// digitsOnly tells whether a date is written in digits and separators.
func digitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isDigit(c) && c != '/' && c != '.' && c != '-' {
			return false
		}
	}
	return s != ""
}

// lineOpens tells whether only spaces stand between the line's start and
// byte i.
func lineOpens(text string, i int) bool {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	return i == 0 || text[i-1] == '\n'
}

// joinDayRanges makes one range of two days a range word joins: "3/02/2022
// through 4/15/2022", "1 March 2023 to 30 April 2023". Both must give
// their year, or neither, and the second may not come first.
func joinDayRanges(text string, ms []doc.DateMention) []doc.DateMention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if i+1 < len(ms) && a.Grain == doc.GrainDay && a.M2 == 0 && !a.Moveable && !ms[i+1].Moveable && ms[i+1].Grain == doc.GrainDay &&
			ms[i+1].Start >= a.End && ms[i+1].Start-a.End <= maxRangeGap {
			b := ms[i+1]
			between := strings.ToLower(strings.TrimSpace(text[a.End:b.Start]))
			if b.M2 == 0 && rangeWords[between] &&
				(a.Y1 > 0) == (b.Y1 > 0) && (a.Y1 < b.Y1 || a.Y1 == b.Y1 && (a.M1 < b.M1 || a.M1 == b.M1 && a.D1 < b.D1)) {
				a.M2, a.D2, a.End = b.M1, b.D1, b.End
				if b.Y1 != a.Y1 {
					a.Y2 = b.Y1
				}
				i++
			}
		}
		out = append(out, a)
	}
	return out
}

// maxRangeGap bounds the bytes between a range's two days: a range word
// and its spaces.
const maxRangeGap = 12

// rangeWords join the two ends of a range of days.
var rangeWords = map[string]bool{"through": true, "thru": true, "to": true, "until": true, "till": true, "–": true, "—": true, "-": true}

var scanners = sync.Pool{New: func() any { return new(dateScanner) }}

// splitHyphenatedMonths cuts "pre-May" and "mid-March" into their words,
// so that the month inside is seen.
func splitHyphenatedMonths(toks []doc.Token) []doc.Token {
	copied := false // the input is the Document's shared slice: copy before changing it
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		// The shortest that can hold a month is a letter, a dash and "may";
		// and it ends as a month or season name does.
		if t.Kind != doc.Word || len(t.Text) < 5 || monthSeasonFilter.Last[t.Lower[len(t.Lower)-1]] == 0 {
			continue
		}
		h := strings.LastIndexByte(t.Text, '-')
		if h <= 0 || h == len(t.Text)-1 {
			continue
		}
		tail := t.Lower[h+1:]
		if _, ok := lex.MonthNamesTable.Lookup(tail); !ok {
			if _, ok := lex.SeasonNamesTable.Lookup(tail); !ok {
				continue
			}
		}
		head := doc.Token{Kind: doc.Word, Start: t.Start, End: t.Start + h, Text: t.Text[:h], Lower: t.Lower[:h], SpaceBefore: t.SpaceBefore, NewlineBefore: t.NewlineBefore}
		dash := doc.Token{Kind: doc.Punct, Start: t.Start + h, End: t.Start + h + 1, Text: "-", Lower: "-"}
		month := doc.Token{Kind: doc.Word, Start: t.Start + h + 1, End: t.End, Text: t.Text[h+1:], Lower: tail}
		if !copied {
			toks = append([]doc.Token(nil), toks...)
			copied = true
		}
		toks = append(toks[:i], append([]doc.Token{head, dash, month}, toks[i+1:]...)...)
		i += 2
	}
	return toks
}

// monthSeasonFilter holds the month and season names.
var monthSeasonFilter = func() *lex.WordFilter {
	f := lex.FilterOf(lex.MonthNames)
	for w := range lex.SeasonNames {
		f.Add(w)
	}
	return f
}()

func (s *dateScanner) scan(out []doc.DateMention) []doc.DateMention {
	for i := 0; i < len(s.toks); {
		if !canStart(&s.toks[i]) {
			i++
			continue
		}
		next, p := s.at(i, &s.m)
		if p == nil {
			i++
			continue
		}
		m := s.m
		if i > 0 && lex.PrepositionsTable.Get(s.toks[i-1].Lower) {
			m.Prep = s.toks[i-1].Lower
		}
		if len(out) == cap(out) {
			out = slices.Grow(out, doc.RoomFor(len(out), m.End, len(s.text)))
		}
		out = append(out, m)
		if s.trace != nil {
			s.trace(p, &out[len(out)-1])
		}
		i = next
	}
	return out
}

// tok returns token i, or an empty punctuation token past either end. It
// points into the shared tokens: callers read it and never write it.
func (s *dateScanner) tok(i int) *doc.Token {
	if i < 0 || i >= len(s.toks) {
		return &noToken
	}
	return &s.toks[i]
}

// noToken stands for the tokens past a block's ends.
var noToken = doc.Token{Kind: doc.Punct}

// is reports whether token i is one of the words (lower case) given.
func (s *dateScanner) is(i int, words ...string) bool {
	t := s.tok(i)
	for _, w := range words {
		if t.Lower == w && t.Text != "" {
			return true
		}
	}
	return false
}

// glued reports whether token i follows i-1 with no space between.
func (s *dateScanner) glued(i int) bool { return i < len(s.toks) && !s.toks[i].SpaceBefore }

// day reads a day of the month: "5", "5th", "31ST".
func (s *dateScanner) day(i int) (int, int, bool) {
	t := s.tok(i)
	if t.Kind != doc.Number || len(t.Text) > 2 {
		return 0, 0, false
	}
	n, _ := strconv.Atoi(t.Text)
	if n < 1 || n > 31 {
		return 0, 0, false
	}
	i++
	if lex.OrdinalSuffix[s.tok(i).Lower] && s.glued(i) {
		i++
	}
	return n, i, true
}

// month reads a month name; capital says whether it must be capitalised
// to count (a lone "may" or "march" is a verb).
func (s *dateScanner) month(i int) (int, int, bool) {
	t := s.tok(i)
	if t.Kind != doc.Word {
		return 0, 0, false
	}
	m, ok := lex.MonthNamesTable.Lookup(t.Lower)
	if !ok {
		return 0, 0, false
	}
	i++
	if len(t.Text) <= 4 && s.is(i, ".") && s.glued(i) && t.Lower != "may" && t.Lower != "june" && t.Lower != "july" {
		i++
	}
	return m, i, true
}

// year reads a four-digit year from 1900 to 2099.
func (s *dateScanner) year(i int) (int, int, bool) {
	t := s.tok(i)
	if t.Kind != doc.Number || len(t.Text) != 4 {
		return 0, 0, false
	}
	y, _ := strconv.Atoi(t.Text)
	if y < 1900 || y > 2099 {
		return 0, 0, false
	}
	// "2018/19" and "2018-19" are financial years, not the year 2018.
	if (s.is(i+1, "/") || s.is(i+1, "-")) && s.glued(i+1) && s.tok(i+2).Kind == doc.Number && s.glued(i+2) {
		return 0, 0, false
	}
	return y, i + 1, true
}

// optYear reads ", 2018", "2018" or "of 2018" after a day or month.
func (s *dateScanner) optYear(i int) (int, int) {
	j := i
	if s.is(j, ",") {
		j++
	}
	if y, next, ok := s.year(j); ok {
		return y, next
	}
	return 0, i
}

func isRangeWord(t *doc.Token) bool {
	return t.Text == "-" || t.Text == "–" || t.Text == "—" || t.Lower == "to" || t.Lower == "and" || t.Text == "/" || t.Lower == "until" || t.Lower == "&"
}

// dayFirst reads "14 August 2017", "10th June", "12TH DAY OF JANUARY,
// 2011", "2–4 March 2018", "2 and 3 March".
func (s *dateScanner) dayFirst(i int, out *doc.DateMention) (int, bool) {
	d1, j, ok := s.day(i)
	if !ok {
		return 0, false
	}
	d2 := 0
	if isRangeWord(s.tok(j)) {
		if dd, k, ok := s.day(j + 1); ok {
			if _, _, ok := s.month(k); ok && dd > d1 {
				d2, j = dd, k
			}
		}
	}
	if s.is(j, "day") && s.is(j+1, "of") {
		j += 2
	} else if s.is(j, "of") {
		j++
	}
	if s.tok(j).NewlineBefore {
		return 0, false // "1 of 18 / January 12": a page footer, then a date
	}
	mo, j, ok := s.month(j)
	if !ok {
		return 0, false
	}
	y, j := s.optYear(j)
	m := doc.DateMention{Grain: doc.GrainDay, Y1: y, M1: mo, D1: d1, Order: 'd'}
	if d2 > 0 {
		m.M2, m.D2 = mo, d2
	}
	if y > 0 && !(lex.Civil{Y: y, M: mo, D: d1}).Valid() {
		return 0, false
	}
	*out = m
	return j, true
}

// monthDay reads a month and then a day: "November 23, 2017", "January
// 12th, 2011", "march 1st".
func (s *dateScanner) monthDay(i int, out *doc.DateMention) (int, bool) {
	mo, j, ok := s.month(i)
	if !ok {
		return 0, false
	}
	comma := s.is(j, ",") // "Jun, 11, 2016": the year must follow
	if comma {
		j++
	}
	// "May 5" but not "March 2018", nor "March 5%".
	d, k, ok := s.day(j)
	if !ok || s.is(k, "%") {
		return 0, false
	}
	d2 := 0 // "May 4-5th", "March 2–4, 2018"
	if isRangeWord(s.tok(k)) {
		if dd, k2, ok := s.day(k + 1); ok && dd > d {
			d2, k = dd, k2
		}
	}
	if t, ok := s.clockZone(k); ok {
		if y, next, ok := s.year(t); ok { // "Tue Jul 28 18:02:43 BST 2009"
			*out = doc.DateMention{Grain: doc.GrainDay, Y1: y, M1: mo, D1: d, Order: 'm'}
			return next, (lex.Civil{Y: y, M: mo, D: d}).Valid()
		}
	}
	y, next := s.optYear(k)
	if comma && y == 0 {
		return 0, false // "June, 11 members"
	}
	// "June 10 500" is no date; "January 12, 2011  2 of 18" is.
	if y == 0 && s.tok(next).Kind == doc.Number && !s.is(next, ",") {
		return 0, false
	}
	if y > 0 && !(lex.Civil{Y: y, M: mo, D: d}).Valid() {
		return 0, false
	}
	*out = doc.DateMention{Grain: doc.GrainDay, Y1: y, M1: mo, D1: d, Order: 'm'}
	if d2 > 0 {
		out.M2, out.D2 = mo, d2
	}
	return next, true
}

// clockZone reads a time of day and a time zone between a day and its
// year, as a mail header or the date command writes them: "18:02:43 BST"
// in "Tue Jul 28 18:02:43 BST 2009". The zone is a word in capitals and
// may be left out. It returns the token after them.
func (s *dateScanner) clockZone(k int) (int, bool) {
	if s.tok(k).Kind != doc.Number || !s.is(k+1, ":") || !s.glued(k+1) || s.tok(k+2).Kind != doc.Number || !s.glued(k+2) {
		return 0, false
	}
	k += 3
	if s.is(k, ":") && s.glued(k) && s.tok(k+1).Kind == doc.Number && s.glued(k+1) {
		k += 2 // the seconds
	}
	if t := s.tok(k); t.Kind == doc.Word && len(t.Text) <= 5 && strings.ToUpper(t.Text) == t.Text {
		k++
	}
	return k, true
}

// monthRange reads two months, the year after either or both: "June/
// July 2018", "January and February 2018", "April 2019 – March 2020".
func (s *dateScanner) monthRange(i int, out *doc.DateMention) (int, bool) {
	mo, j, ok := s.month(i)
	if !ok {
		return 0, false
	}
	y, k := s.optYear(j)
	if !isRangeWord(s.tok(k)) {
		return 0, false
	}
	mo2, k2, ok := s.month(k + 1)
	if !ok || !capitalised(s.tok(k+1)) {
		return 0, false
	}
	y2, next := s.optYear(k2)
	// "June 2012 and January 2011" is a list of two months; a range runs
	// forward ("April 2019 – March 2020"). A year after the first month
	// needs one after the second.
	list := y > 0 && y2 > 0 && (s.is(k, "and") || y2*12+mo2 <= y*12+mo)
	if list || y > 0 && y2 == 0 {
		return 0, false
	}
	m := doc.DateMention{Grain: doc.GrainMonth, Y1: y, M1: mo, M2: mo2, Y2: y2}
	if y == 0 {
		m.Y1 = y2
		if mo2 < mo && y2 > 0 {
			m.Y1 = y2 - 1 // "December and January 2019"
		}
	}
	*out = m
	return next, true
}

// monthYear reads a month and its year: "April 2018", "january, 2011".
func (s *dateScanner) monthYear(i int, out *doc.DateMention) (int, bool) {
	mo, j, ok := s.month(i)
	if !ok {
		return 0, false
	}
	y, next := s.optYear(j)
	if y == 0 {
		return 0, false
	}
	*out = doc.DateMention{Grain: doc.GrainMonth, Y1: y, M1: mo}
	return next, true
}

// monthAlone reads a month name with no day or year (tried after
// monthYear, so none follows): "in September", "Feb" ending a line. It
// must look like one, which the vetoes say it does not.
func (s *dateScanner) monthAlone(i int, out *doc.DateMention) (int, bool) {
	mo, j, ok := s.month(i)
	if !ok {
		return 0, false
	}
	if s.lowerCaseMonth(i) || s.abbreviationAlone(i) || s.verbMonth(i) || s.surnameMay(i) || s.afterHonorific(i) ||
		s.inPath(i) || s.everyYear(i) {
		return 0, false
	}
	*out = doc.DateMention{Grain: doc.GrainMonth, M1: mo}
	return j, true
}

// Vetoes of a month alone: each says that the month name at i is
// something else.

// lowerCaseMonth: a month alone in lower case is a month only after a
// preposition ("in march"), and "may" and "march" never are: the modal
// and the verb.
func (s *dateScanner) lowerCaseMonth(i int) bool {
	t := s.tok(i)
	return !capitalised(t) && !(lex.PrepositionsTable.Get(s.tok(i-1).Lower) && t.Lower != "may" && t.Lower != "march")
}

// abbreviationAlone: "Dec" alone is too often something else; it counts
// after a preposition or standing at the end of a line.
func (s *dateScanner) abbreviationAlone(i int) bool {
	t := s.tok(i)
	if len(t.Text) > 3 || t.Lower == "may" {
		return false
	}
	atLineEnd := i+1 >= len(s.toks) || s.tok(i+1).NewlineBefore
	return !lex.PrepositionsTable.Get(s.tok(i-1).Lower) && !atLineEnd
}

// verbMonth: "May I ...", "March on ...": the modal or the verb opening
// a sentence, a word other than a preposition after it.
func (s *dateScanner) verbMonth(i int) bool {
	t, nx := s.tok(i), s.tok(i+1)
	return (t.Lower == "may" || t.Lower == "march") && s.sentenceStart(i) && nx.Kind == doc.Word && !lex.PrepositionsTable.Get(nx.Lower)
}

// surnameMay: "Theresa May": "May" after a capitalised word that could
// be a given name, inside a sentence.
func (s *dateScanner) surnameMay(i int) bool {
	if s.tok(i).Lower != "may" || s.sentenceStart(i) || s.glued(i) {
		return false
	}
	prev := s.tok(i - 1)
	possessive := strings.HasSuffix(prev.Lower, "'s") || strings.HasSuffix(prev.Lower, "’s")
	return prev.Kind == doc.Word && capitalised(prev) && !lex.PrepositionsTable.Get(prev.Lower) &&
		!partWord(prev.Lower) && prev.Lower != "the" && !possessive
}

// inPath: "TeamReports/09/July": a month glued after a slash that is
// glued to what comes before it is part of an address or a file's path.
func (s *dateScanner) inPath(i int) bool {
	return i >= 2 && s.is(i-1, "/") && s.glued(i) && s.glued(i-1)
}

// everyYear: "the first Tuesday of June", "the third Tuesday in January":
// an ordinal weekday of a month with no year is a standing rule that
// falls every year (a constitution's annual meeting), not a date.
func (s *dateScanner) everyYear(i int) bool {
	if !s.is(i-1, "of", "in") {
		return false
	}
	if _, wd := lex.WeekdayNamesTable.Lookup(s.tok(i - 2).Lower); !wd {
		return false
	}
	p := s.tok(i - 3).Lower
	_, ord := lex.OrdinalWordsTable.Lookup(p)
	return ord || p == "last"
}

// afterHonorific: "Mrs April Jones".
func (s *dateScanner) afterHonorific(i int) bool {
	return lex.Honorifics[strings.TrimSuffix(s.tok(i-1).Lower, ".")]
}

// sentenceStart reports whether token i opens a line or a sentence.
func (s *dateScanner) sentenceStart(i int) bool {
	prev := s.tok(i - 1)
	return i == 0 || s.tok(i).NewlineBefore || prev.Text == "." || prev.Text == ":" || prev.Text == "•"
}

func partWord(w string) bool { _, ok := lex.PartNamesTable.Lookup(w); return ok }

func capitalised(t *doc.Token) bool {
	return t.Kind == doc.Word && t.Text != "" && t.Text[0] >= 'A' && t.Text[0] <= 'Z'
}

// numeric reads "23/11/2017", "23.11.2017", "2017-11-23", "23/11/17".
func (s *dateScanner) numeric(i int, out *doc.DateMention) (int, bool) {
	t := s.tok(i)
	if t.Kind != doc.Number {
		return 0, false
	}
	if strings.Count(t.Text, ".") == 2 {
		p := strings.Split(t.Text, ".")
		return s.dmy(p[0], p[1], p[2], i+1, out)
	}
	sep := s.tok(i + 1).Text
	if (sep != "/" && sep != "-") || !s.glued(i+1) || s.tok(i+2).Kind != doc.Number || !s.glued(i+2) ||
		s.tok(i+3).Text != sep || !s.glued(i+3) || s.tok(i+4).Kind != doc.Number || !s.glued(i+4) {
		return 0, false
	}
	a, b, c := t.Text, s.tok(i+2).Text, s.tok(i+4).Text
	if len(a) == 4 && sep == "-" { // ISO 8601
		y, _ := strconv.Atoi(a)
		mo, _ := strconv.Atoi(b)
		d, _ := strconv.Atoi(c)
		if (lex.Civil{Y: y, M: mo, D: d}).Valid() {
			*out = doc.DateMention{Grain: doc.GrainDay, Y1: y, M1: mo, D1: d}
			return i + 5, true
		}
		return 0, false
	}
	return s.dmy(a, b, c, i+5, out)
}

func (s *dateScanner) dmy(a, b, c string, next int, out *doc.DateMention) (int, bool) {
	if len(a) > 2 || len(b) > 2 || (len(c) != 2 && len(c) != 4) {
		return 0, false
	}
	x, _ := strconv.Atoi(a)
	z, _ := strconv.Atoi(b)
	y, _ := strconv.Atoi(c)
	if len(c) == 2 {
		// Two-digit years pivot at 70, as POSIX strptime does: fixed, so
		// the same input always gives the same record.
		y += 2000
		if y >= 2070 {
			y -= 100
		}
	}
	d, mo := x, z
	if s.mdy && z <= 31 && x <= 12 || x <= 12 && z > 12 {
		d, mo = z, x
	}
	if !(lex.Civil{Y: y, M: mo, D: d}).Valid() {
		return 0, false
	}
	*out = doc.DateMention{Grain: doc.GrainDay, Y1: y, M1: mo, D1: d}
	return next, true
}

// MostlyDate reports whether a line is a date and little else.
func MostlyDate(t string) bool {
	if len(t) > 200 {
		return false // a date line is short; do not scan a page for one
	}
	line := &doc.Document{Text: t, Blocks: []doc.Block{{Start: 0, End: len(t)}}}
	ms := Find(line, false)
	if len(ms) == 0 {
		return false
	}
	inside, outside := 0, 0
	pos := 0
	for _, m := range ms {
		outside += doc.CountLetters(t[pos:m.Start])
		inside += doc.CountLetters(t[m.Start:m.End])
		pos = m.End
	}
	outside += doc.CountLetters(t[pos:])
	// "Thursday 28 March 2019 – 14:00-17:00", "Date: 5 March 2018"; not
	// "Budget 2018/19".
	return outside <= 4 || outside*3 <= inside
}

// DayIn is the first whole day (day, month and year) written in a short
// line such as a page's title ("Crime and Justice Transparency minutes
// from 3rd August 2011"), as YYYY-MM-DD, or "".
func DayIn(t string) string {
	if t == "" || len(t) > 200 {
		return ""
	}
	line := &doc.Document{Text: t, Blocks: []doc.Block{{Start: 0, End: len(t)}}}
	for _, m := range Find(line, false) {
		if m.Grain != doc.GrainDay || m.Y1 == 0 || m.M2 != 0 {
			continue
		}
		if c := (lex.Civil{Y: m.Y1, M: m.M1, D: m.D1}); c.Valid() {
			return c.String()
		}
	}
	return ""
}
