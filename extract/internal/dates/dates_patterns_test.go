package dates

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/input"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// named runs the date finder over text and gives each mention as
// "pattern: text".
func named(text string, mdy bool) []string {
	d := input.TextDocument(input.NormaliseText(text))
	var got []string
	find(d, mdy, func(p *pattern, m *doc.DateMention) {
		got = append(got, p.name+": "+d.Text[m.Start:m.End])
	})
	return got
}

// patternCases: example sentences and the mentions found in them, each
// as "pattern: text".
var patternCases = []struct {
	in   string
	mdy  bool
	want []string
}{
	{in: "met on 5 March 2018.", want: []string{"dayFirst: 5 March 2018"}},
	{in: "held on the 10th June 2020", want: []string{"dayFirst: 10th June 2020"}},
	{in: "THIS 12TH DAY OF JANUARY, 2011 AT", want: []string{"dayFirst: 12TH DAY OF JANUARY, 2011"}},
	{in: "on 2–4 March 2018", want: []string{"dayFirst: 2–4 March 2018"}},
	{in: "on Tuesday 13 March 2018.", want: []string{"dayFirst: Tuesday 13 March 2018"}},
	{in: "on March 5, 2018 we", want: []string{"monthDay: March 5, 2018"}},
	{in: "Settling on May 4-5th, and", want: []string{"monthDay: May 4-5th"}},
	{in: "from April 2018.", want: []string{"monthYear: April 2018"}},
	{in: "in June/ July 2018.", want: []string{"monthRange: June/ July 2018"}},
	{in: "lighting April 2019 – March 2020, Chq", want: []string{"monthRange: April 2019 – March 2020"}},
	{in: "likely to be in September.", want: []string{"monthAlone: September"}},
	{in: "come back march 1st.", want: []string{"monthDay: march 1st"}},
	{in: "Meeting held on Jun, 11, 2016 at our", want: []string{"monthDay: Jun, 11, 2016"}},
	{in: "In June, 11 members came.", want: []string{"monthAlone: June"}},
	{in: "Tue Jul 28 18:02:43 BST 2009", want: []string{"monthDay: Tue Jul 28 18:02:43 BST 2009"}},
	{in: "on Jul 28 18:02 2009 the", want: []string{"monthDay: Jul 28 18:02 2009"}},
	{in: "during January and February 2018.", want: []string{"monthRange: January and February 2018"}},
	{in: "proclaim january, 2011 to be", want: []string{"monthYear: january, 2011"}},
	{in: "in June 2012 and January 2011", want: []string{"monthYear: June 2012", "monthYear: January 2011"}},
	{in: "support. Feb", want: []string{"monthAlone: Feb"}},
	{in: "The Chair said the May meeting", want: []string{"monthAlone: May"}},
	{in: "Tuesday March", want: []string{"monthAlone: Tuesday March"}},
	{in: "dated 23/11/2017", want: []string{"numeric: 23/11/2017"}},
	{in: "dated 2017-11-23", want: []string{"numeric: 2017-11-23"}},
	{in: "dated 23.11.2017", want: []string{"numeric: 23.11.2017"}},
	{in: "dated 11/23/17", mdy: true, want: []string{"numeric: 11/23/17"}},
	{in: "expected in spring 2019", want: []string{"season: spring 2019"}},
	{in: "in the spring and summer of 2018.", want: []string{"season: spring and summer of 2018"}},
	{in: "made in the autumn this year.", want: []string{"season: autumn this year"}},
	{in: "in early summer", want: []string{"season: early summer"}},
	{in: "by mid-winter 2019", want: []string{"season: mid-winter 2019"}},
	{in: "by next spring", want: []string{"season: spring"}},
	{in: "in the autumn/winter next year", want: []string{"season: autumn/winter next year"}},
	{in: "before Winter starts", want: nil}, // "Winter starts": a modifier
	{in: "take place in early 2018.", want: []string{"partOfYear: early 2018"}},
	{in: "by mid-2019", want: []string{"partOfYear: mid-2019"}},
	{in: "at the end of 2018", want: []string{"partOfYear: end of 2018"}},
	{in: "in early April", want: []string{"partOfYear: early April"}},
	{in: "in Q3 2021", want: []string{"quarterQ: Q3 2021"}},
	{in: "by Q4", want: []string{"quarterQ: Q4"}},
	{in: "the third quarter of 2019", want: []string{"quarterOrdinal: third quarter of 2019"}},
	{in: "the 3rd quarter of 2019", want: []string{"quarterNumbered: 3rd quarter of 2019"}},
	{in: "in quarter 2 2019", want: []string{"quarterWord: quarter 2 2019"}},
	{in: "in FY 2024-25", want: []string{"fyWord: FY 2024-25"}},
	{in: "in FY2019 the", want: []string{"fyGlued: FY2019"}},
	{in: "in FY19 the", want: []string{"fyGlued: FY19"}},
	{in: "in FY2024-25 the", want: []string{"fyGlued: FY2024-25"}},
	{in: "in FY 2019 the", want: []string{"fyWord: FY 2019"}},
	{in: "budget 2022/23", want: []string{"yearPair: 2022/23"}},
	{in: "budgets for the 18/19 period", want: []string{"yearPair: 18/19"}},
	{in: "between 2005-2010", want: []string{"yearPair: 2005-2010"}},
	{in: "in 2018-19 we", want: []string{"yearPair: 2018-19"}},
	{in: "in 2018/2019 we", want: []string{"yearPair: 2018/2019"}},
	{in: "Balance of salary 2003/4 paid", want: []string{"yearPair: 2003/4"}},
	{in: "The review is due in H2 2023.", want: []string{"halfYear: H2 2023"}},
	{in: "Use an H2 heading.", want: nil},
	{in: "Refunding of Series 2010A Bonds", want: nil},
	{in: "8. 2019-008 : Resolution", want: nil},
	{in: "Next meeting: 2017-03-23 2000 UTC", want: []string{"numeric: 2017-03-23"}},
	{in: "Challenge Funds of $261,397 and $509,141 for the Recycle at Work Program in FY \n10-11  (Ordinance)", mdy: true, want: []string{"fyWord: FY\n10-11"}},
	{in: "from 2019–2020 on", want: []string{"yearPair: 2019–2020"}},
	{in: "in quarter 3, the", want: []string{"quarterWord: quarter 3"}},
	{in: "the third quarter was", want: nil},
	{in: "Q5 2018", want: []string{"yearAlone: 2018"}},
	{in: "saving £190m by 2021 through", want: []string{"yearAlone: 2021"}},
	{in: "in the 2017 Budget", want: []string{"yearAlone: 2017"}},
	// Vetoes.
	{in: "Theresa May said", want: nil},
	{in: "Mrs April Jones said", want: nil},
	{in: "May I add", want: nil},
	{in: "Members may wish to march on.", want: nil},
	{in: "see Dec and", want: nil},
	{in: "(copied from https://wiki.example.org/TeamReports/09/July)", want: nil},
	{in: "shall occur on the first Tuesday of June or within ten days", want: nil},
	{in: "on the last Friday in January each year", want: nil},
	{in: "in June/ July 2018 and June/July", want: []string{"monthRange: June/ July 2018", "monthRange: June/July"}},
	{in: "the spring clean", want: nil},
	{in: "a good spring", want: nil},
	{in: "before Winter, when", want: []string{"season: Winter"}},
	{in: "it may fall in price", want: nil},
	{in: "Cheque No 2018 for £40", want: nil},
	{in: "cost £2018 in", want: nil},
	{in: "at 1900 hours", want: nil},
	{in: "rose 2018% in", want: nil},
	{in: "Cou/285/07-08 Present", want: nil},
	{in: "a 2,000 seat hall", want: nil},
	{in: "rose 18-19% on", want: nil},
	{in: "in 10-11 we", want: nil},
	// Spans of financial years and named days.
	{in: "The plan covers 2022/23 – 2024/25.", want: []string{"fySpan: 2022/23 – 2024/25"}},
	{in: "from 2019/20 to 2021/22 we", want: []string{"fySpan: 2019/20 to 2021/22"}},
	{in: "2024/25 – 2022/23 backwards", want: []string{"yearPair: 2024/25", "yearPair: 2022/23"}},
	{in: "the 2022/23-2024/25 plan", want: []string{"fySpan: 2022/23-2024/25"}},
	{in: "closed on Good Friday and Easter Monday", want: []string{"feast: Good Friday", "feast: Easter Monday"}},
	{in: "by Ash Wednesday 2024", want: []string{"feast: Ash Wednesday 2024"}},
	{in: "on Shrove Tuesday, Ascension Day, Whit Monday and Pentecost", want: []string{"feast: Shrove Tuesday", "feast: Ascension Day", "feast: Whit Monday", "feast: Pentecost"}},
	{in: "shut on Christmas Day, Boxing Day and New Year’s Day", want: []string{"feast: Christmas Day", "feast: Boxing Day", "feast: New Year’s Day"}},
	{in: "over the Easter holidays and in the New Year", want: nil},
	{in: "a good friday for it", want: nil},
	{in: "since the Good Friday Agreement was signed", want: nil},
}

// TestPatternNames: which pattern reads each form of date.
func TestPatternNames(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range patternCases {
		got := named(c.in, c.mdy)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q:\n got  %q\n want %q", c.in, got, c.want)
		}
		for _, g := range got {
			seen[g[:strings.IndexByte(g, ':')]] = true
		}
	}
	for _, p := range patterns {
		if !seen[p.name] {
			t.Errorf("no example of pattern %s", p.name)
		}
	}
}

// FuzzPatterns starts from the lines of patternCases: every mention lies
// inside the text and ends after it starts, and its days are real ones
// once placed in a year.
func FuzzPatterns(f *testing.F) {
	for _, c := range patternCases {
		f.Add(c.in, c.mdy)
	}
	f.Fuzz(func(t *testing.T, s string, mdy bool) {
		d := input.TextDocument(input.NormaliseText(s))
		ms := Find(d, mdy)
		for _, m := range ms {
			if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End {
				t.Fatalf("mention %d..%d outside text of %d bytes", m.Start, m.End, len(d.Text))
			}
		}
		rs, _ := ResolveDates(ms, lex.Civil{Y: 2018, M: 3, D: 5}, true, mdy)
		for _, r := range rs {
			if !r.From.Valid() || !r.To.Valid() || r.To.Before(r.From) {
				t.Fatalf("%q resolves to %v..%v", d.Text[r.Start:r.End], r.From, r.To)
			}
		}
	})
}

// TestResolveFormats: the days a financial-year span and a named day
// cover, placed by the meeting's day when the text gives no year.
func TestResolveFormats(t *testing.T) {
	for _, c := range []struct {
		rule, in, meeting string
		us                bool
		want              []string // "text start end"
	}{
		{"a span of financial years runs from the first's start to the last's end", "The plan covers 2022/23 – 2024/25.", "2022-06-01", false,
			[]string{"2022/23 – 2024/25 2022-04-01 2025-03-31"}},
		{"a US span of financial years runs July to June", "Budget 2022/23 – 2024/25 adopted.", "2022-06-01", true,
			[]string{"2022/23 – 2024/25 2022-07-01 2025-06-30"}},
		{"a moveable feast with its year is that year's", "Closed on Good Friday 2024.", "2023-11-06", false,
			[]string{"Good Friday 2024 2024-03-29 2024-03-29"}},
		{"moveable feasts without a year fall in the year nearest the meeting", "Shrove Tuesday, Ash Wednesday, Easter Sunday, Easter Monday, Ascension Day, Pentecost, Whit Monday.", "2025-03-10", false,
			[]string{"Shrove Tuesday 2025-03-04 2025-03-04", "Ash Wednesday 2025-03-05 2025-03-05", "Easter Sunday 2025-04-20 2025-04-20",
				"Easter Monday 2025-04-21 2025-04-21", "Ascension Day 2025-05-29 2025-05-29", "Pentecost 2025-06-08 2025-06-08", "Whit Monday 2025-06-09 2025-06-09"}},
		{"the next Easter after a winter meeting", "The hall shuts on Good Friday.", "2017-11-06", false,
			[]string{"Good Friday 2018-03-30 2018-03-30"}},
		{"fixed feasts are days like any other", "Shut on Christmas Day, Boxing Day and New Year's Day.", "2017-11-06", false,
			[]string{"Christmas Day 2017-12-25 2017-12-25", "Boxing Day 2017-12-26 2017-12-26", "New Year's Day 2018-01-01 2018-01-01"}},
	} {
		meeting, _ := lex.ParseCivil(c.meeting)
		d := input.TextDocument(input.NormaliseText(c.in))
		rs, _ := ResolveDates(Find(d, c.us), meeting, true, c.us)
		var got []string
		for _, r := range rs {
			got = append(got, d.Text[r.Start:r.End]+" "+r.From.String()+" "+r.To.String())
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q:\n got  %q\n want %q", c.rule, c.in, got, c.want)
		}
	}
}

// TestEaster checks the computus against published dates of Easter Sunday.
func TestEaster(t *testing.T) {
	for y, want := range map[int]string{1818: "1818-03-22", 1943: "1943-04-25", 2000: "2000-04-23", 2008: "2008-03-23",
		2017: "2017-04-16", 2018: "2018-04-01", 2019: "2019-04-21", 2024: "2024-03-31", 2025: "2025-04-20", 2038: "2038-04-25"} {
		if got := lex.Easter(y).String(); got != want {
			t.Errorf("Easter %d: %s, want %s", y, got, want)
		}
	}
}

// TestIndexBypass runs the date finder over every document of testdata
// with the start index bypassed, every pattern tried at every token, and
// requires the same mentions as with it: a start word a pattern fails to
// declare would lose a date here.
func TestIndexBypass(t *testing.T) {
	var files []string
	for _, g := range []string{"../../../testdata/corpus/*.txt", "../../../testdata/corpus/*.html", "../../../testdata/seeds/*.txt"} {
		fs, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, fs...)
	}
	if len(files) < 10 {
		t.Fatalf("only %d documents found in testdata", len(files))
	}
	docs := []*doc.Document{testDocument(t, patternExamples, "examples.txt")}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, testDocument(t, string(data), f))
	}
	total := 0
	for i, d := range docs {
		for _, mdy := range []bool{false, true} {
			want := Find(d, mdy)
			dateIndex.Bypass = true
			got := Find(d, mdy)
			dateIndex.Bypass = false
			if !reflect.DeepEqual(got, want) {
				t.Errorf("document %d (mdy %v): %d mentions with the index bypassed, %d with it", i, mdy, len(got), len(want))
			}
			total += len(want)
		}
	}
	if total < 100 {
		t.Errorf("only %d mentions over testdata", total)
	}
}

// patternExamples has a date of every pattern, for the bypass test.
var patternExamples = strings.Join([]string{
	"5 March 2018; March 5, 2018; Tuesday, the 6th March; April 2018; June/ July 2018; September.",
	"23/11/2017 and 2017-11-23; spring 2019, the autumn this year, early summer, mid-winter, late autumn; early 2018, the end of 2018, early April.",
	"Q3 2021, the third quarter of 2019, the 3rd quarter, quarter 2 2019; FY 2024-25, FY2019, FY19, 2022/23, 18/19 and 2005-2010; by 2021.",
	"2022/23 – 2024/25; Good Friday, Ash Wednesday 2024, Christmas Day and New Year's Day.",
}, "\n")

// testDocument builds the Document of a file as extract.ExtractBytes does.
func testDocument(t *testing.T, data, name string) *doc.Document {
	t.Helper()
	hint := doc.Format("")
	if strings.HasSuffix(name, ".html") {
		hint = doc.FormatHTML
	}
	dec, err := input.Decode(name, []byte(data), hint)
	if err != nil {
		t.Fatal(err)
	}
	if dec.Format == doc.FormatHTML {
		d, err := input.HtmlDocument(input.StripFrontMatter(strings.ReplaceAll(dec.Text, "\r\n", "\n")))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	return input.TextDocument(input.NormaliseText(dec.Text))
}

// TestStartCues: canStart lets through every word a pattern or a lead
// declares as a start word, which the scanner asks before it looks a word
// up; "fy#" is tried as "fy1".
func TestStartCues(t *testing.T) {
	for _, ws := range append(patternStarts(), leadWords) {
		for _, w := range ws {
			if w == anyNumber {
				continue
			}
			w = strings.ReplaceAll(w, string(rune(digitsMark)), "1")
			if !canStart(&doc.Token{Kind: doc.Word, Text: w, Lower: w}) {
				t.Errorf("%q starts a date but canStart turns it away", w)
			}
		}
	}
	for _, w := range []string{"minutes", "q", "fyx", "thee"} {
		if canStart(&doc.Token{Kind: doc.Word, Text: w, Lower: w}) {
			t.Errorf("%q starts no date but canStart lets it through", w)
		}
	}
}

// TestMinuteNumbers: a run of numeric "dates" opening their lines whose
// last field counts up by one numbers a meeting's items; two are not a run.
func TestMinuteNumbers(t *testing.T) {
	for _, c := range []struct {
		rule, in string
		want     []string
	}{
		{"three numbers counting up are item numbers", "12/25/01 – Welcome\n12/25/02 – Declarations\n12/25/03 – Board Minutes\n", nil},
		{"the items' own dates stand between", "12/25/01 – Welcome\n12/25/02 – Minutes\nof 26 November 2025.\n12/25/03 – Log\n", []string{"26 November 2025"}},
		{"consecutive days are a diary", "2019-01-01 Opened\n2019-01-02 Closed\n2019-01-03 Opened\n", []string{"2019-01-01", "2019-01-02", "2019-01-03"}},
		{"two are dates", "12/25/01 – Welcome\n12/25/02 – Declarations\n", []string{"12/25/01", "12/25/02"}},
		{"inside a line they are dates", "Met on 12/25/01, 12/25/02 and 12/25/03.", []string{"12/25/01", "12/25/02", "12/25/03"}},
		{"dates that do not count up", "01/02/2019 Budget\n01/02/2021 Audit\n01/02/2023 Plan\n", []string{"01/02/2019", "01/02/2021", "01/02/2023"}},
		{"a yearly date in full is a date", "01/04/2019 AGM held\n01/04/2020 AGM held\n01/04/2021 AGM held\n", []string{"01/04/2019", "01/04/2020", "01/04/2021"}},
	} {
		d := input.TextDocument(input.NormaliseText(c.in))
		var got []string
		for _, m := range Find(d, true) {
			got = append(got, d.Text[m.Start:m.End])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q gives %q, want %q", c.rule, c.in, got, c.want)
		}
	}
}

// TestJoinDayRanges: two days a range word joins are one range; a list
// of two days is not.
func TestJoinDayRanges(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"The survey ran 3/02/2022 through 4/15/2022.", []string{"3/02/2022 through 4/15/2022"}},
		{"From 1 March 2023 to 30 April 2023 the hall is shut.", []string{"1 March 2023 to 30 April 2023"}},
		{"Meetings on 1 March 2023 and 30 April 2023.", []string{"1 March 2023", "30 April 2023"}},
		{"The 30 April 2023 to 1 March 2023 order is odd.", []string{"30 April 2023", "1 March 2023"}},
	} {
		d := input.TextDocument(input.NormaliseText(c.in))
		var got []string
		for _, m := range Find(d, true) {
			got = append(got, d.Text[m.Start:m.End])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
}
