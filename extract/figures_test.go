package extract

import (
	"github.com/minutes-tool/minutes/extract/internal/dates"
	"github.com/minutes-tool/minutes/extract/internal/figures"
	"github.com/minutes-tool/minutes/extract/internal/input"
	"github.com/minutes-tool/minutes/extract/internal/numbers"
)

import (
	"fmt"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/google/go-cmp/cmp"
)

// fig is the part of a figure the tests compare.
type fig struct {
	Kind   string
	Text   string
	Value  float64
	Unit   string
	Approx bool
	Bound  string
}

func figuresOf(t testing.TB, text string) []fig {
	t.Helper()
	d := input.TextDocument(text)
	var out []fig
	for _, f := range figures.Find(d) {
		g := fig{Kind: f.Kind, Text: f.Text, Value: f.Value, Approx: f.Approximate}
		if f.Unit != nil {
			g.Unit = *f.Unit
		}
		if f.Bound != nil {
			g.Bound = *f.Bound
		}
		out = append(out, g)
	}
	return out
}

func cash(text string, v float64, unit string) fig  { return fig{"money", text, v, unit, false, ""} }
func count(text string, v float64, unit string) fig { return fig{"count", text, v, unit, false, ""} }
func dur(text string, v float64, unit string) fig   { return fig{"duration", text, v, unit, false, ""} }
func pct(text string, v float64) fig                { return fig{"percent", text, v, "%", false, ""} }
func approx(f fig) fig                              { f.Approx = true; return f }
func bound(b string, f fig) fig                     { f.Bound = b; return f }

// figureCases are many spellings of each kind of figure, and the numbers
// that are not figures at all (want nil).
var figureCases = []struct {
	in   string
	want []fig
}{
	// Money: symbols, codes, multipliers, pence, ranges.
	{"The workstream must save £190m by then.", []fig{cash("£190m", 190e6, "GBP")}},
	{"£190 million would need to be saved.", []fig{cash("£190 million", 190e6, "GBP")}},
	{"An extra £345m of capital was provided.", []fig{cash("£345m", 345e6, "GBP")}},
	{"Funding of £17 million was agreed.", []fig{cash("£17 million", 17e6, "GBP")}},
	{"A grant of £1.2m was made.", []fig{cash("£1.2m", 1.2e6, "GBP")}},
	{"A budget of £1.2bn was set.", []fig{cash("£1.2bn", 1.2e9, "GBP")}},
	{"A fund of £500k was set up.", []fig{cash("£500k", 5e5, "GBP")}},
	{"The bid is GBP 27 million in all.", []fig{cash("GBP 27 million", 27e6, "GBP")}},
	{"The bid is 27 million GBP in all.", []fig{cash("27 million GBP", 27e6, "GBP")}},
	{"It costs $2.5 billion over time.", []fig{cash("$2.5 billion", 2.5e9, "USD")}},
	{"A $285,000 grant agreement.", []fig{cash("$285,000", 285000, "USD")}},
	{"Add $40,000 for transition.", []fig{cash("$40,000", 40000, "USD")}},
	{"It cost €3,000 to run.", []fig{cash("€3,000", 3000, "EUR")}},
	{"A cheque for £1,035.34 was signed.", []fig{cash("£1,035.34", 1035.34, "GBP")}},
	{"The balance was £13,511.78 at the end.", []fig{cash("£13,511.78", 13511.78, "GBP")}},
	{"Payment of £5,000 was agreed.", []fig{cash("£5,000", 5000, "GBP")}},
	{"Stamps cost 50p each.", []fig{cash("50p", 0.5, "GBP")}},
	{"About a million dollars a year.", []fig{approx(cash("a million dollars", 1e6, "USD"))}},
	{"Nearly a quarter of a million dollars.", []fig{approx(cash("a quarter of a million dollars", 250000, "USD"))}},
	{"Funds of over three-quarters of a million for recycling.", []fig{bound("min", cash("three-quarters of a million", 750000, "GBP"))}},
	{"The cost is £2–3m in total.", []fig{cash("£2", 2e6, "GBP"), cash("3m", 3e6, "GBP")}},
	{"Wages rise from $8.25 to $10 an hour.", []fig{cash("$8.25", 8.25, "USD"), cash("$10", 10, "USD")}},
	{"Revenues of over $66,000,000 are expected.", []fig{bound("min", cash("$66,000,000", 66e6, "USD"))}},
	{"Items below £25,000 were published.", []fig{bound("max", cash("£25,000", 25000, "GBP"))}},
	{"Approximately $10,000 a year.", []fig{approx(cash("$10,000", 10000, "USD"))}},
	{"Poppy Appeal, Cheque No 1381 100.00", []fig{cash("100.00", 100, "GBP")}},

	// Counts in digits and in words, with the counted noun.
	{"The Board assessed how the ten workstreams are progressing.", []fig{count("ten", 10, "workstreams")}},
	{"Three workstreams were considered.", []fig{count("Three", 3, "workstreams")}},
	{"The board has met three times.", []fig{count("three", 3, "times")}},
	{"Work is taking place across the eight CCGs.", []fig{count("eight", 8, "CCGs")}},
	{"The workstream has 10 areas of focus.", []fig{count("10", 10, "areas")}},
	{"There were 1,366 responses.", []fig{count("1,366", 1366, "responses")}},
	{"There were twenty-five responses.", []fig{count("twenty-five", 25, "responses")}},
	{"There were twenty five responses.", []fig{count("twenty five", 25, "responses")}},
	{"There were one hundred and twenty responses.", []fig{count("one hundred and twenty", 120, "responses")}},
	{"A dozen residents attended.", []fig{count("A dozen", 12, "residents")}},
	{"It monitors three dozen contracts.", []fig{count("three dozen", 36, "contracts")}},
	{"from seven units to three highly-specialist units", []fig{count("seven", 7, "units"), count("three", 3, "units")}},
	{"the existing provision of seven general acute stroke units", []fig{count("seven", 7, "units")}},
	{"The three-stage process of evaluation is underway.", []fig{count("three-stage", 3, "stages")}},
	{"Ratings on a four-point scale.", []fig{count("four-point", 4, "points")}},
	{"A four-person selection committee.", []fig{count("four-person", 4, "persons")}},
	{"A two-tiered approach.", []fig{count("two-tiered", 2, "tiers")}},
	{"Six of the eight CCGs have agreed the proposal.", []fig{count("Six", 6, "CCGs"), count("eight", 8, "CCGs")}},
	{"7 out of the 24 main departments were reporting.", []fig{count("7", 7, "departments"), count("24", 24, "departments")}},
	{"A team with one accountable officer.", []fig{count("one", 1, "accountable officer")}},
	{"NO OBJECTIONS BUT ONE COMMENT : care needed.", []fig{count("ONE", 1, "COMMENT")}},
	{"One cheque had not been presented.", []fig{count("One", 1, "cheque")}},
	{"If there's three or four cars in a lane.", []fig{count("three", 3, "cars"), count("four", 4, "cars")}},
	{"There were c300 attendees.", []fig{approx(count("c300", 300, "attendees"))}},
	{"There were c.300 attendees.", []fig{approx(count("c.300", 300, "attendees"))}},
	{"There were circa 300 attendees.", []fig{approx(count("300", 300, "attendees"))}},
	{"There were about 300 attendees.", []fig{approx(count("300", 300, "attendees"))}},
	{"There were around 300 attendees.", []fig{approx(count("300", 300, "attendees"))}},
	{"There were approximately 300 attendees.", []fig{approx(count("300", 300, "attendees"))}},
	{"There were some 300 attendees.", []fig{approx(count("300", 300, "attendees"))}},
	{"Visited by tens of thousands of visitors.", []fig{approx(count("tens of thousands", 10000, "visitors"))}},
	{"Data on over 2 million persons.", []fig{bound("min", count("2 million", 2e6, "persons"))}},
	{"Just over 1100 new contracts had been awarded.", []fig{bound("min", count("1100", 1100, "contracts"))}},
	{"At least 5 members must attend.", []fig{bound("min", count("5", 5, "members"))}},
	{"A minimum of 5 members must attend.", []fig{bound("min", count("5", 5, "members"))}},
	{"More than 5 members attended.", []fig{bound("min", count("5", 5, "members"))}},
	{"No more than 5 members may speak.", []fig{bound("max", count("5", 5, "members"))}},
	{"Up to 5 members may speak.", []fig{bound("max", count("5", 5, "members"))}},
	{"It would be more than 400, I would say.", []fig{bound("min", count("400", 400, ""))}},
	{"400 to 500, if we count all payors.", []fig{count("400", 400, ""), count("500", 500, "")}},
	{"Members of the Public: 6", []fig{count("6", 6, "members of the public")}},
	{"Present 6 Members of the Public.", []fig{count("6", 6, "Members")}},

	// Percentages.
	{"About 12% of crimes.", []fig{approx(pct("12%", 12))}},
	{"Rates rose by 12 per cent this year.", []fig{pct("12 per cent", 12)}},
	{"Rates rose by twelve percent this year.", []fig{pct("twelve percent", 12)}},
	{"Rates rose by 2.5% this year.", []fig{pct("2.5%", 2.5)}},
	{"Rates rose by 12 % this year.", []fig{pct("12 %", 12)}},

	// Durations.
	{"The consultation runs for ten weeks.", []fig{dur("ten weeks", 10, "week")}},
	{"It would be for a maximum of 12 weeks.", []fig{bound("max", dur("12 weeks", 12, "week"))}},
	{"The STP set out a 5 year plan.", []fig{dur("5 year", 5, "year")}},
	{"It was a five year plan.", []fig{dur("five year", 5, "year")}},
	{"A five-year contract term.", []fig{dur("five-year", 5, "year")}},
	{"A three-month trial.", []fig{dur("three-month", 3, "month")}},
	{"It lasts 18 months.", []fig{dur("18 months", 18, "month")}},
	{"A six month review.", []fig{dur("six month", 6, "month")}},
	{"Over the last two months the vision was shared.", []fig{dur("two months", 2, "month")}},
	{"After one year of work.", []fig{dur("one year", 1, "year")}},
	{"Someone is available 24 hours a day.", []fig{dur("24 hours", 24, "hour")}},
	{"Any space other than a 15-minute space.", []fig{dur("15-minute", 15, "minute")}},
	{"Council gets 90-day notice.", []fig{dur("90-day", 90, "day")}},
	{"Renewed for two additional years.", []fig{dur("two additional years", 2, "year")}},
	{"The benefits will show up in a decade.", []fig{dur("a decade", 10, "year")}},
	{"Plans run for 3-5 years.", []fig{dur("3", 3, "year"), dur("5 years", 5, "year")}},
	{"For the four or five years they've managed it.", []fig{dur("four", 4, "year"), dur("five years", 5, "year")}},
	{"Between 5 and 10 years.", []fig{dur("5", 5, "year"), dur("10 years", 10, "year")}},
	{"Defendants under 18 years of age.", []fig{bound("max", dur("18 years", 18, "year"))}},

	// Not figures: times of day.
	{"The meeting opened at 7.30pm in the hall.", nil},
	{"The session ran 14:00-17:00 in the hall.", nil},
	{"Commissioner Leonard arrived at 9:30 a.m. today.", nil},
	{"Open from 2:00 to 4:00 in the building.", nil},
	{"The meeting closed at 9.45 and members left.", nil},
	// Item, minute, paragraph, page and reference numbers.
	{"Please read the title for item number 47.", nil},
	{"Item Nos. 47 and 51 were pulled for discussion.", nil},
	{"Cheque Chq No 1361 was signed.", nil},
	{"Planning application E/40554 was noted.", nil},
	{"Ordinance 184349 was passed.", nil},
	{"Passed as (Y-5) 184350 today.", nil},
	{"Amend Contract No. 32000289 today.", nil},
	{"Page 1 of 19", nil},
	{"January notes 2 of 18 follow.", nil},
	{"Amend Code Section 16.40.030 today.", nil},
	{"See paragraph 4 below.", nil},
	// Vote tallies.
	{"Motion carried 6-0 without debate.", nil},
	{"Motion carried 5–0.", nil},
	// Ordinal labels.
	{"Kent and Medway was rated in category three.", nil},
	{"The first meeting is in the hall.", nil},
	{"Held on the 1st of the month.", nil},
	{"The 10th annual mentoring month.", nil},
	{"We approved years one through three.", nil},
	{"And number two, when I told her.", nil},
	// "one" the pronoun or determiner.
	{"A merger is one potential option for the longer term.", nil},
	{"One of the guiding principles is this.", nil},
	{"No one signed up to speak.", nil},
	{"On a scale with one being best.", nil},
	{"Two were found, one in East Kent and one in Medway.", nil},
	{"It is creating one-to-one relationships.", nil},
	// Numbers inside names.
	{"The NHS Five Year Forward View document.", nil},
	{"The STP ‘One Year On’ conference.", nil},
	{"The effect of Covid 19 on services.", nil},
	{"The Board met in Room 8 at the offices.", nil},
	{"Offices at 102 Petty France, London.", nil},
	{"Postcode SA19 7TE for the hall.", nil},
	{"It is staffed 24/7 by the team.", nil},
}

func TestFindFigures(t *testing.T) {
	for _, c := range figureCases {
		got := figuresOf(t, c.in)
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q: figures differ (-want +got):\n%s", c.in, diff)
		}
	}
}

// TestFigureSpans checks the contract: a figure's text is its span.
func TestFigureSpans(t *testing.T) {
	for _, c := range figureCases {
		d := input.TextDocument(c.in)
		for _, f := range figures.Find(d) {
			if f.Span.Start < 0 || f.Span.End > len(d.Text) || d.Text[f.Span.Start:f.Span.End] != f.Text {
				t.Errorf("%q: span %v does not give %q", c.in, f.Span, f.Text)
			}
		}
	}
}

func FuzzFigures(f *testing.F) {
	for _, c := range figureCases {
		f.Add(c.in)
	}
	f.Add("£2–£3m and c. and a quarter of a and 1,2,3 and 9:")
	f.Fuzz(func(t *testing.T, s string) {
		d := input.TextDocument(s)
		for _, fg := range figures.Find(d) {
			if fg.Span.Start < 0 || fg.Span.End > len(d.Text) || fg.Span.Start >= fg.Span.End {
				t.Fatalf("span %v outside text of %d bytes", fg.Span, len(d.Text))
			}
			if d.Text[fg.Span.Start:fg.Span.End] != fg.Text {
				t.Fatalf("text %q != span text %q", fg.Text, d.Text[fg.Span.Start:fg.Span.End])
			}
		}
	})
}

// benchPage is a page of minutes-like prose, about 10 KB: the size of a
// typical council or board minutes page, but packed with figures and
// dates, every sentence holding several.
func benchPage() string {
	paras := []string{
		"The Kent and Medway Programme Board met on 14 August 2017. The Board assessed a highlight report on how the ten workstreams are progressing. Three workstreams were considered in more detail.",
		"The workstream has been tasked with saving £190m by 2021 through joint working. It has eight projects and there were c300 attendees at the conference, about 12% more than last year.",
		"The consultation period runs for ten weeks until midnight on Friday 13 April. A decision will be made by the Joint Committee of the ten CCGs; six of the eight CCGs have agreed the proposal.",
		"Item Nos. 47 and 51 were pulled for discussion and on a Y-5 roll call the balance of the Consent Agenda was adopted. Authorize a $285,000 grant agreement for a one year period (Ordinance) 184350.",
		"The gross revenues are anticipated to be $66 million over the five-year contract term and operational expenses budgeted at $9,700,000, with net revenue at $55 million. The meeting closed at 9:45 a.m.",
	}
	var b strings.Builder
	for b.Len() < 10000 {
		for _, p := range paras {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func BenchmarkFigures(b *testing.B) {
	d := input.TextDocument(benchPage())
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		figures.Find(d)
	}
}

// BenchmarkFiguresGoquery is the yardstick the figures recogniser is held
// to: goquery's parse of the same page as HTML paragraphs. Finding the
// figures should cost less.
func BenchmarkFiguresGoquery(b *testing.B) {
	page := "<html><body><p>" + strings.ReplaceAll(benchPage(), "\n\n", "</p>\n<p>") + "</p></body></html>"
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := goquery.NewDocumentFromReader(strings.NewReader(page)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFiguresAndDates runs both recognisers over benchPage, whose
// tokens are already scanned (the Document scans them once for every
// recogniser). Compare with BenchmarkFiguresGoquery. The page is the worst
// case for the aim that figures and dates cost less than the parse: it
// holds about twenty figures and dates a KB, where the corpus's minutes
// hold two, and its markup is bare paragraphs, the cheapest goquery
// parses. BenchmarkPagesFiguresDates measures the aim on real pages.
func BenchmarkFiguresAndDates(b *testing.B) {
	d := input.TextDocument(benchPage())
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		figures.Find(d)
		dates.Find(d, false)
	}
}

// TestDigitValueShort holds digitValue's one-pass path to the parse it
// stands in for, over every string of up to seven digits, commas and
// points, and some long and decimal ones.
func TestDigitValueShort(t *testing.T) {
	check := func(s string) {
		v, dec, ok := numbers.DigitValue(s)
		wv, wdec, wok := numbers.DigitValueSlow(s)
		if ok != wok || ok && (v != wv || dec != wdec) {
			t.Fatalf("digitValue(%q) = %v, %d, %v; want %v, %d, %v", s, v, dec, ok, wv, wdec, wok)
		}
	}
	const alphabet = "019,."
	var gen func(prefix string, n int)
	gen = func(prefix string, n int) {
		check(prefix)
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			gen(prefix+string(c), n-1)
		}
	}
	gen("", 7)
	for _, s := range []string{"123456789012345", "1234567890123456", "12345678901234567890123", "0.1", "0.3",
		"2.675", "9,007,199,254,740,993", "999,999,999,999,999", "1.000000000000001", "3.14159265358979",
		"123,456.789", "1,366", "9,700,000", "16.40.030", "x", "1a", "1,23a"} {
		check(s)
	}
}

// TestTableRowLabels reads tables through the public API: a row whose
// first cell is a plural noun counts the number in its next cell, in a
// Markdown table with its header, a Markdown row with none, and HTML.
func TestTableRowLabels(t *testing.T) {
	for _, c := range []struct {
		rule, name, in string
		want           []string // "text value unit"
	}{
		{"a Markdown table's row label", "m.md",
			"# Parish Council\n\nMinutes of 6 November 2017\n\n| Measure | Count |\n|:---|---:|\n| Volunteers | 1,240 |\n| Total | 1,300 |\n",
			[]string{"1,240 1240 volunteers"}},
		{"a Markdown row with no header", "m.md",
			"# Parish Council\n\nMinutes of 6 November 2017\n\n| Volunteers | 1,240 |\n",
			[]string{"1,240 1240 volunteers"}},
		{"an HTML table's row label", "m.html",
			"<h1>Parish Council</h1><p>Minutes of 6 November 2017</p><table><tr><td>Volunteers</td><td>1,240</td></tr><tr><td>Total</td><td>1,300</td></tr></table>",
			[]string{"1,240 1240 volunteers"}},
	} {
		rec, err := ExtractBytes([]byte(c.in), c.name, Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.rule, err)
		}
		var got []string
		for _, f := range rec.Figures {
			u := ""
			if f.Unit != nil {
				u = *f.Unit
			}
			got = append(got, fmt.Sprintf("%s %v %s", f.Text, f.Value, u))
		}
		if !cmp.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", c.rule, got, c.want)
		}
	}
}
