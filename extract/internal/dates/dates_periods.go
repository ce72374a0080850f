package dates

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

import (
	"strconv"
	"strings"
)

// season reads "spring", "the autumn this year", "spring and summer of
// 2018", "Spring 2019", "early summer".
func (s *dateScanner) season(i int, out *doc.DateMention) (int, bool) {
	if s.tok(i).Kind != doc.Word {
		return 0, false // a part or a season word starts it
	}
	j, part := s.seasonPart(i)
	t := s.tok(j)
	se, ok := lex.SeasonNamesTable.Lookup(t.Lower)
	if !ok || t.Kind != doc.Word {
		return 0, false
	}
	m := doc.DateMention{Grain: doc.GrainSeason, Season: se}
	m.Season2, j = s.secondSeason(j + 1)
	if next, ok := s.seasonYear(j, &m); ok {
		*out = m
		return next, true
	}
	if fallVerb(t) || s.lowerCaseSeason(i, t, part) || s.seasonModifier(j) {
		return 0, false
	}
	s.relYearBefore(i, &m)
	*out = m
	return j, true
}

// seasonPart reads "early", "late" or "mid" before a season ("early
// summer", "mid-winter"), which the mention covers but does not keep. It
// returns where the season name should be.
func (s *dateScanner) seasonPart(i int) (int, bool) {
	switch s.tok(i).Lower {
	case "early", "late", "mid":
		i++
		if s.is(i, "-") {
			i++
		}
		return i, true
	}
	return i, false
}

// secondSeason reads a second season at j: "spring and summer", "autumn/
// winter". It returns 0 and j when none is there.
func (s *dateScanner) secondSeason(j int) (int, int) {
	if s.is(j, "and") || s.is(j, "/") || s.is(j, "-") || s.is(j, "to") {
		if x, ok := lex.SeasonNamesTable.Lookup(s.tok(j + 1).Lower); ok {
			return x, j + 2
		}
	}
	return 0, j
}

// seasonYear reads the year of a season at j: "2019", "of 2018", "this
// year", "next year".
func (s *dateScanner) seasonYear(j int, m *doc.DateMention) (int, bool) {
	k := j
	if s.is(k, "of") {
		k++
	}
	if y, next, ok := s.year(k); ok {
		m.Y1 = y
		return next, true
	}
	if (s.is(j, "this") || s.is(j, "next")) && s.is(j+1, "year") {
		m.HasRelYear = true
		if s.is(j, "next") {
			m.RelYear = 1
		}
		return j + 2, true
	}
	return 0, false
}

// relYearBefore reads "this" or "next" before a season with no year:
// "next spring".
func (s *dateScanner) relYearBefore(start int, m *doc.DateMention) {
	switch s.tok(start - 1).Lower {
	case "this":
		m.HasRelYear = true
	case "next":
		m.HasRelYear, m.RelYear = true, 1
	}
}

// Vetoes of a season with no year.

// fallVerb: "fall" in lower case is the verb ("it may fall in price").
func fallVerb(t *doc.Token) bool { return t.Lower == "fall" && !capitalised(t) }

// lowerCaseSeason: a season in lower case reads as a time only after a
// preposition, an article, "this" or "next" ("in the spring", "by
// autumn"), or a part of the year ("early summer").
func (s *dateScanner) lowerCaseSeason(start int, t *doc.Token, part bool) bool {
	prev := s.tok(start - 1)
	timeWord := lex.PrepositionsTable.Get(prev.Lower) || prev.Lower == "the" || prev.Lower == "this" || prev.Lower == "next"
	return !capitalised(t) && !timeWord && !part
}

// seasonModifier: "summer holidays", "spring clean": a season before a
// lower-case word (not a preposition, "and", "when" or "once") modifies
// a noun and is not a time.
func (s *dateScanner) seasonModifier(j int) bool {
	nx := s.tok(j)
	return nx.Kind == doc.Word && !lex.PrepositionsTable.Get(nx.Lower) && nx.Lower != "and" && nx.Lower != "when" && nx.Lower != "once" && !capitalised(nx)
}

// partOfYear reads "early 2018", "mid-2019", "late 2020", "the end of
// 2018"; "early April" is the month (grain month).
func (s *dateScanner) partOfYear(i int, out *doc.DateMention) (int, bool) {
	w := s.tok(i).Lower
	if s.tok(i).Kind != doc.Word {
		return 0, false
	}
	p, ok := lex.PartNamesTable.Lookup(w)
	if !ok {
		return 0, false
	}
	j := i + 1
	if w == "end" || w == "beginning" || w == "start" || w == "middle" {
		if !s.is(j, "of") {
			return 0, false
		}
		j++
	} else if s.is(j, "-") && s.glued(j) {
		j++
	}
	if mo, k, ok := s.month(j); ok {
		y, k2 := s.optYear(k)
		if y == 0 && !capitalised(s.tok(j)) {
			return 0, false
		}
		*out = doc.DateMention{Grain: doc.GrainMonth, Y1: y, M1: mo}
		return k2, true
	}
	y, k, ok := s.year(j)
	if !ok {
		return 0, false
	}
	*out = doc.DateMention{Grain: doc.GrainPartOfYear, Part: p, Y1: y}
	return k, true
}

// quarterQ reads "Q3 2018" and "Q3", which may stand alone.
func (s *dateScanner) quarterQ(i int, out *doc.DateMention) (int, bool) {
	t := s.tok(i)
	if t.Kind != doc.Word || len(t.Lower) != 2 || t.Lower[0] != 'q' || t.Lower[1] < '1' || t.Lower[1] > '4' {
		return 0, false
	}
	return s.quarterYear(int(t.Lower[1]-'0'), i+1, true, out)
}

// halfYear reads a half of a year: "H2 2023", "H1 of 2024". The year is
// needed: "H2" alone names too much else (a heading level, a gas).
func (s *dateScanner) halfYear(i int, out *doc.DateMention) (int, bool) {
	t := s.tok(i)
	if t.Kind != doc.Word || len(t.Lower) != 2 || t.Lower[0] != 'h' || (t.Lower[1] != '1' && t.Lower[1] != '2') {
		return 0, false
	}
	k := i + 1
	if s.is(k, "of") {
		k++
	}
	y, next, ok := s.year(k)
	if !ok {
		return 0, false
	}
	*out = doc.DateMention{Grain: doc.GrainHalfYear, Quarter: int(t.Lower[1] - '0'), Y1: y}
	return next, true
}

// quarterOrdinal reads "the third quarter of 2019", "first quarter 2020".
func (s *dateScanner) quarterOrdinal(i int, out *doc.DateMention) (int, bool) {
	t := s.tok(i)
	q := lex.OrdinalWordsTable.Get(t.Lower)
	if t.Kind != doc.Word || q == 0 || !s.is(i+1, "quarter") {
		return 0, false
	}
	return s.quarterYear(q, i+2, false, out)
}

// quarterNumbered reads "3rd quarter of 2019", the number and its suffix
// apart.
func (s *dateScanner) quarterNumbered(i int, out *doc.DateMention) (int, bool) {
	t := s.tok(i)
	if t.Kind != doc.Number || len(t.Text) != 1 || !s.is(i+1, "st", "nd", "rd", "th") || !s.is(i+2, "quarter") {
		return 0, false
	}
	q, _ := strconv.Atoi(t.Text)
	return s.quarterYear(q, i+3, false, out)
}

// quarterWord reads "quarter 2 2019" and "quarter 2", which may stand
// alone.
func (s *dateScanner) quarterWord(i int, out *doc.DateMention) (int, bool) {
	if n := s.tok(i + 1); s.tok(i).Lower != "quarter" || n.Kind != doc.Number || len(n.Text) != 1 {
		return 0, false
	}
	q, _ := strconv.Atoi(s.tok(i + 1).Text)
	return s.quarterYear(q, i+2, true, out)
}

// quarterYear reads the year of quarter q at j ("2018", "of 2018");
// alone says the quarter may do without one ("third quarter" alone is too
// vague).
func (s *dateScanner) quarterYear(q, j int, alone bool, out *doc.DateMention) (int, bool) {
	if q < 1 || q > 4 {
		return 0, false
	}
	k := j
	if s.is(k, "of") {
		k++
	}
	m := doc.DateMention{Grain: doc.GrainQuarter, Quarter: q}
	if y, next, ok := s.year(k); ok {
		m.Y1, j = y, next
	} else if !alone {
		return 0, false
	}
	*out = m
	return j, true
}

// fyGlued reads "FY2019", "FY19": the financial year that ends in the
// year written.
func (s *dateScanner) fyGlued(i int, out *doc.DateMention) (int, bool) {
	t := s.tok(i)
	if t.Kind != doc.Word || len(t.Lower) <= 2 || t.Lower[:2] != "fy" || !isDigits(t.Lower[2:]) {
		return 0, false
	}
	n, _ := strconv.Atoi(t.Lower[2:])
	if len(t.Lower) == 4 {
		n += 2000
	}
	if n < 1900 || n > 2099 {
		return 0, false
	}
	if len(t.Lower) == 6 && s.joinedNumbers(i) {
		// "FY2024-25" is the financial year 2024-25, as "FY 2024-25" is.
		y, _ := strconv.Atoi(s.tok(i + 2).Text)
		if m, ok := fourDigitPair(n, y, len(s.tok(i+2).Text), s.tok(i+1).Text); ok && m.Grain == doc.GrainFinancialYear {
			*out = m
			return i + 3, true
		}
	}
	*out = doc.DateMention{Grain: doc.GrainFinancialYear, Fy: n - 1}
	return i + 1, true
}

// fyWord reads "FY 2018/19", "FY 10-11", and "FY 2019" (the financial
// year that ends in 2019); the word belongs to the mention.
func (s *dateScanner) fyWord(i int, out *doc.DateMention) (int, bool) {
	if t := s.tok(i); t.Kind != doc.Word || t.Lower != "fy" {
		return 0, false
	}
	a := s.tok(i + 1)
	if !yearLike(a) {
		return 0, false
	}
	if !s.joinedNumbers(i + 1) {
		if len(a.Text) != 4 {
			return 0, false
		}
		x, _ := strconv.Atoi(a.Text)
		*out = doc.DateMention{Grain: doc.GrainFinancialYear, Fy: x - 1}
		return i + 2, true
	}
	return s.pairOfYears(i+1, true, out)
}

// fySpan reads a span of financial years, "2022/23 – 2024/25": two
// financial years a dash or "to" joins, spaced alike on both sides, the
// second after the first. It is one mention from the start of the first to the end of the
// second; Y2 holds the second's first year.
func (s *dateScanner) fySpan(i int, out *doc.DateMention) (int, bool) {
	var a, b doc.DateMention
	j, ok := s.yearPair(i, &a)
	if !ok || a.Grain != doc.GrainFinancialYear {
		return 0, false
	}
	if t := s.tok(j); t.Text != "–" && t.Text != "—" && t.Text != "-" && t.Lower != "to" {
		return 0, false
	}
	if !yearLike(s.tok(j+1)) || !s.joinedNumbers(j+1) || s.glued(j) != s.glued(j+1) {
		return 0, false // "2022/23 –2024/25" is no span
	}
	next, ok := s.pairOfYears(j+1, false, &b)
	if !ok || b.Grain != doc.GrainFinancialYear || b.Fy <= a.Fy {
		return 0, false
	}
	a.Y2 = b.Fy
	*out = a
	return next, true
}

// yearPair reads two years joined: "2018/19", "2018-19", "2018/2019",
// "18/19" (financial years), and "2005-2010" (a range of years).
func (s *dateScanner) yearPair(i int, out *doc.DateMention) (int, bool) {
	if !yearLike(s.tok(i)) || !s.joinedNumbers(i) {
		return 0, false
	}
	if i > 0 && s.glued(i) {
		return 0, false // inside a reference: "Cou/285/07-08"
	}
	return s.pairOfYears(i, false, out)
}

// yearLike reports whether t is a number of two or four digits.
func yearLike(t *doc.Token) bool {
	return t.Kind == doc.Number && (len(t.Text) == 2 || len(t.Text) == 4)
}

// joinedNumbers reports whether the number at i is joined to a second
// by "/" or "-" with no space, or by "–".
func (s *dateScanner) joinedNumbers(i int) bool {
	sep := s.tok(i + 1).Text
	return (sep == "/" || sep == "-" || sep == "–") && s.glued(i+1) && s.tok(i+2).Kind == doc.Number && (s.glued(i+2) || sep == "–")
}

// pairOfYears reads the joined numbers at i as a financial year or a
// range of years; fy says the word "FY" stands before them.
func (s *dateScanner) pairOfYears(i int, fy bool, out *doc.DateMention) (int, bool) {
	a, sep, b := s.tok(i), s.tok(i+1).Text, s.tok(i+2)
	if s.tok(i+3).Text == "/" && s.glued(i+3) || s.tok(i+3).Text == "%" {
		return 0, false // a numeric date, or a percentage
	}
	x, _ := strconv.Atoi(a.Text)
	y, _ := strconv.Atoi(b.Text)
	if len(a.Text) == 4 {
		m, ok := fourDigitPair(x, y, len(b.Text), sep)
		if !ok {
			return 0, false
		}
		*out = m
		return i + 3, true
	}
	// Two two-digit years a year apart: "18/19", "FY 10-11".
	if len(b.Text) == 2 && y == (x+1)%100 && (fy || sep == "/") {
		*out = doc.DateMention{Grain: doc.GrainFinancialYear, Fy: 2000 + x}
		return i + 3, true
	}
	return 0, false
}

// fourDigitPair reads a four-digit year x joined by sep to y of digits
// digits: "2018/19" and "2018/2019" are financial years, "2005-2010" the
// years from one to the other.
func fourDigitPair(x, y, digits int, sep string) (doc.DateMention, bool) {
	switch {
	case x < 1900 || x > 2099:
		return doc.DateMention{}, false
	case digits == 2 && y == (x+1)%100:
		return doc.DateMention{Grain: doc.GrainFinancialYear, Fy: x}, true
	case digits == 1 && y == (x+1)%10 && sep == "/": // "2003/4"
		return doc.DateMention{Grain: doc.GrainFinancialYear, Fy: x}, true
	case digits == 4 && y == x+1 && sep == "/":
		return doc.DateMention{Grain: doc.GrainFinancialYear, Fy: x}, true
	case digits == 4 && y > x && y-x <= 50:
		return doc.DateMention{Grain: doc.GrainYear, Y1: x, Y2: y}, true
	}
	return doc.DateMention{}, false
}

// yearAlone reads a year standing by itself: "by 2021", "the 2017 Budget".
func (s *dateScanner) yearAlone(i int, out *doc.DateMention) (int, bool) {
	y, j, ok := s.year(i)
	if !ok || s.numberLabel(i) || s.partOfNumber(j) || countNoun(s.tok(j).Lower) {
		return 0, false
	}
	*out = doc.DateMention{Grain: doc.GrainYear, Y1: y}
	return j, true
}

// Vetoes of a year alone: a four-digit number that is not a year.

// numberLabel: "£2018", "No 2018", "page 2018", or glued to the
// punctuation before it.
func (s *dateScanner) numberLabel(i int) bool {
	prev := s.tok(i - 1)
	if i > 0 && s.glued(i) && prev.Kind != doc.Word {
		return true
	}
	switch prev.Text {
	case "£", "$", "€":
		return true
	}
	switch prev.Lower {
	case "no", "number", "page", "nos":
		return true
	}
	return false
}

// partOfNumber: "2018%", "2018,50", "2018.5": the number goes on past
// the year at j.
func (s *dateScanner) partOfNumber(j int) bool {
	next := s.tok(j)
	switch {
	case next.Text == "%":
		return true
	case !s.glued(j):
		return false
	case next.Text == "," || next.Text == ".":
		return s.tok(j+1).Kind == doc.Number
	case next.Kind == doc.Word:
		return true // a series or code: "Series 2010A Bonds"
	case next.Text == "-" || next.Text == "/":
		return s.tok(j+1).Kind == doc.Number && len(s.tok(j+1).Text) >= 3 // a reference: "2019-008"
	}
	return false
}

// countNoun: "2018 hours", "1900 pm", "2000 people", "2000 UTC": a count
// or a time.
func countNoun(w string) bool {
	switch w {
	case "hours", "hrs", "pm", "am", "people", "members", "utc", "gmt", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "cst", "cdt", "z":
		return true
	}
	return false
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// feast reads a named day of the year, its words capitalised as a name
// is: "Christmas Day", "New Year's Day", "Good Friday", "Easter Monday
// 2024". A fixed day is a day like any other; a moveable feast with its
// year is computed from Easter at once, and one without is kept as its
// distance from Easter (M1 0, D1 the days after Easter Sunday) for
// ResolveDates to place in the year the context gives.
func (s *dateScanner) feast(i int, out *doc.DateMention) (int, bool) {
	var key strings.Builder
	for n := 0; n < 3; n++ {
		t := s.tok(i + n)
		if t.Kind != doc.Word || !capitalised(t) || n > 0 && !t.SpaceBefore {
			return 0, false
		}
		if n > 0 {
			key.WriteByte(' ')
		}
		key.WriteString(strings.ReplaceAll(t.Lower, "’", "'"))
		f, ok := lex.Feasts[key.String()]
		if !ok {
			continue
		}
		if nx := s.tok(i + n + 1); capitalised(nx) && !nx.NewlineBefore {
			return 0, false // part of a name: "the Good Friday Agreement"
		}
		y, next := s.optYear(i + n + 1)
		m := doc.DateMention{Grain: doc.GrainDay, Y1: y, M1: f.M, D1: f.D}
		switch {
		case f.Moveable && y > 0:
			c := f.Day(y)
			m.M1, m.D1 = c.M, c.D
		case f.Moveable:
			m.Moveable, m.FromEaster = true, f.Easter
		}
		*out = m
		return next, true
	}
	return 0, false
}
