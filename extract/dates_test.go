package extract

import (
	"fmt"
	"slices"
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/dates"
	"github.com/minutes-tool/minutes/extract/internal/input"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/extract/internal/meeting"
)

// dateCase: a sentence, the meeting day it is read against (empty: none
// known), and the dates it must give as "text|start|end|grain".
type dateCase struct {
	in      string
	meeting string
	mdy     bool
	want    []string
}

var dateCases = []dateCase{
	// Days, day first.
	{in: "The Board met on 14 August 2017.", want: []string{"14 August 2017|2017-08-14|2017-08-14|day"}},
	{in: "held on the 10th June 2020.", want: []string{"10th June 2020|2020-06-10|2020-06-10|day"}},
	{in: "ANNUAL RETURN FOR YEAR ENDING 31ST MARCH 2020", want: []string{"31ST MARCH 2020|2020-03-31|2020-03-31|day"}},
	{in: "WAS HELD THIS 12TH DAY OF JANUARY, 2011 AT 9:30 A.M.", want: []string{"12TH DAY OF JANUARY, 2011|2011-01-12|2011-01-12|day"}},
	{in: "on Tuesday 13 March 2018.", want: []string{"Tuesday 13 March 2018|2018-03-13|2018-03-13|day"}},
	{in: "Minutes of meeting held on TUESDAY 8TH DECEMBER 2015 1pm", want: []string{"TUESDAY 8TH DECEMBER 2015|2015-12-08|2015-12-08|day"}},
	{in: "on 3 Sept 2019 and 4 Sep. 2019", want: []string{"3 Sept 2019|2019-09-03|2019-09-03|day", "4 Sep. 2019|2019-09-04|2019-09-04|day"}},
	// Days, month first.
	{in: "January 12, 2011", want: []string{"January 12, 2011|2011-01-12|2011-01-12|day"}},
	{in: "PASSED TO SECOND READING JANUARY 19, 2011 AT 9:30 AM", want: []string{"JANUARY 19, 2011|2011-01-19|2011-01-19|day"}},
	{in: "on January 12th, 2011 we met", want: []string{"January 12th, 2011|2011-01-12|2011-01-12|day"}},
	{in: "come back march 1st.", meeting: "2011-01-12", want: []string{"march 1st|2011-03-01|2011-03-01|day"}},
	// Missing years, from the meeting day and the weekday.
	{in: "met on Monday 5 March.", meeting: "2018-03-05", want: []string{"Monday 5 March|2018-03-05|2018-03-05|day"}},
	{in: "launched on Friday 2 February.", meeting: "2018-02-05", want: []string{"Friday 2 February|2018-02-02|2018-02-02|day"}},
	{in: "until midnight on Friday 13 April.", meeting: "2018-02-05", want: []string{"Friday 13 April|2018-04-13|2018-04-13|day"}},
	{in: "Actions from meetings prior to 13 December:", meeting: "2012-03-13", want: []string{"13 December|2011-12-13|2011-12-13|day"}},
	{in: "request for financial support. Feb", meeting: "2020-11-11", want: []string{"Feb|2021-02-01|2021-02-28|month"}},
	{in: "The first meeting is likely to be in September.", meeting: "2017-08-14", want: []string{"September|2017-09-01|2017-09-30|month"}},
	{in: "the AGM would be held remotely on Wednesday 8th July", meeting: "2020-06-10", want: []string{"Wednesday 8th July|2020-07-08|2020-07-08|day"}},
	// Numeric.
	{in: "dated 23/11/2017", want: []string{"23/11/2017|2017-11-23|2017-11-23|day"}},
	{in: "dated 23.11.2017", want: []string{"23.11.2017|2017-11-23|2017-11-23|day"}},
	{in: "dated 2017-11-23", want: []string{"2017-11-23|2017-11-23|2017-11-23|day"}},
	{in: "dated 11/23/2017", want: []string{"11/23/2017|2017-11-23|2017-11-23|day"}},
	{in: "dated 03/04/2018", want: []string{"03/04/2018|2018-04-03|2018-04-03|day"}},
	{in: "dated 03/04/2018", mdy: true, want: []string{"03/04/2018|2018-03-04|2018-03-04|day"}},
	{in: "dated 23/11/17", want: []string{"23/11/17|2017-11-23|2017-11-23|day"}},
	// Months and ranges.
	{in: "published in June/ July 2018.", want: []string{"June/ July 2018|2018-06-01|2018-07-31|month"}},
	{in: "at meetings during January and February 2018.", want: []string{"January and February 2018|2018-01-01|2018-02-28|month"}},
	{in: "lighting April 2019 – March 2020, Chq", want: []string{"April 2019 – March 2020|2019-04-01|2020-03-31|month"}},
	{in: "from April 2018.", want: []string{"April 2018|2018-04-01|2018-04-30|month"}},
	{in: "pre-May 2010 data", want: []string{"May 2010|2010-05-01|2010-05-31|month"}},
	{in: "proclaim january, 2011 to be", want: []string{"january, 2011|2011-01-01|2011-01-31|month"}},
	{in: "on 2–4 March 2018", want: []string{"2–4 March 2018|2018-03-02|2018-03-04|day"}},
	// Seasons, parts of years, quarters, years.
	{in: "hoped to take place in early 2018.", want: []string{"early 2018|2018-01-01|2018-04-30|part_of_year"}},
	{in: "by mid-2019", want: []string{"mid-2019|2019-05-01|2019-08-31|part_of_year"}},
	{in: "in late 2020", want: []string{"late 2020|2020-09-01|2020-12-31|part_of_year"}},
	{in: "made in the autumn this year.", meeting: "2018-02-05", want: []string{"autumn this year|2018-09-01|2018-11-30|season"}},
	{in: "anticipated in the spring and summer of 2018.", want: []string{"spring and summer of 2018|2018-03-01|2018-08-31|season"}},
	{in: "expected from NHS England later in the spring", meeting: "2018-03-05", want: []string{"spring|2018-03-01|2018-05-31|season"}},
	{in: "expected in the Spring.", meeting: "2018-02-05", want: []string{"Spring|2018-03-01|2018-05-31|season"}},
	{in: "in winter 2018", want: []string{"winter 2018|2018-12-01|2019-02-28|season"}},
	{in: "in Q3 2018", want: []string{"Q3 2018|2018-07-01|2018-09-30|quarter"}},
	{in: "the third quarter of 2019", want: []string{"third quarter of 2019|2019-07-01|2019-09-30|quarter"}},
	{in: "saving £190m by 2021 through", want: []string{"2021|2021-01-01|2021-12-31|year"}},
	{in: "provided in the 2017 Budget", want: []string{"2017|2017-01-01|2017-12-31|year"}},
	{in: "between 2005-2010", want: []string{"2005-2010|2005-01-01|2010-12-31|year"}},
	// Financial years.
	{in: "STP planning and budget 2018/19", want: []string{"2018/19|2018-04-01|2019-03-31|financial_year"}},
	{in: "budgets for the 18/19 period", want: []string{"18/19|2018-04-01|2019-03-31|financial_year"}},
	{in: "The Risk Assessment for 2020/21 was approved", want: []string{"2020/21|2020-04-01|2021-03-31|financial_year"}},
	{in: "in FY2019 the council", want: []string{"FY2019|2018-04-01|2019-03-31|financial_year"}},
	{in: "Metro Waste Reduction Challenge Funds of $261,397 and $509,141 for the Recycle at Work Program in FY \n10-11  (Ordinance)", mdy: true, want: []string{"FY\n10-11|2010-07-01|2011-06-30|financial_year"}},
	{in: "in 2018-19 we", want: []string{"2018-19|2018-04-01|2019-03-31|financial_year"}},
	// Not dates.
	{in: "Members may wish to march on.", want: nil},
	{in: "The Chair said the May meeting", meeting: "2018-03-01", want: []string{"May|2018-05-01|2018-05-31|month"}},
	{in: "Theresa May said", meeting: "2018-03-01", want: nil},
	{in: "Mrs April Jones said", meeting: "2018-03-01", want: nil},
	{in: "the spring clean of the office", meeting: "2018-03-01", want: nil},
	{in: "it may fall in price", meeting: "2018-03-01", want: nil},
	{in: "Page 1 of 18\nJanuary", meeting: "2018-03-01", want: []string{"January|2018-01-01|2018-01-31|month"}},
	{in: "Cou/285/07-08 Present", want: nil},
	{in: "costs rose 12% to 2019 levels", want: []string{"2019|2019-01-01|2019-12-31|year"}},
	{in: "Cheque No 2018 for £40", want: nil},
	{in: "in the coming months", want: nil},
	{in: "a 2,000 seat hall", want: nil},
}

func TestDates(t *testing.T) {
	for _, tc := range dateCases {
		t.Run(tc.in, func(t *testing.T) {
			d := input.TextDocument(input.NormaliseText(tc.in))
			ms := dates.Find(d, tc.mdy)
			day, has := lex.Civil{}, false
			if tc.meeting != "" {
				day, has = lex.ParseCivil(tc.meeting)
			}
			rs, _ := dates.ResolveDates(ms, day, has, tc.mdy)
			var got []string
			for _, r := range rs {
				got = append(got, fmt.Sprintf("%s|%s|%s|%s", d.Text[r.Start:r.End], r.From, r.To, r.Grain))
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("\n got  %q\n want %q", got, tc.want)
			}
		})
	}
}

// TestMeetingYear: a meeting day written without a year takes it from the
// document's other dates, checked against the weekday.
func TestMeetingYear(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The Board met on Monday 5 March.\n\nThe conference took place on Tuesday 13 March 2018.", "2018-03-05"},
		{"The Board met on Monday 5 February.\n\nThe JCCCG met on 31 January 2018.", "2018-02-05"},
		{"Minutes of the meeting held on 8 June at the Cabinet Office:\n\nData for May 2010, June 2012 and January 2011.", "2011-06-08"},
		{"The Board met on 6 November 2017.", "2017-11-06"},
		{"The draft plan was published on 23 November 2016.", ""},
		{"A REGULAR MEETING OF THE COUNCIL OF THE CITY OF PORTLAND, OREGON WAS HELD THIS 12TH DAY OF JANUARY, 2011 AT 9:30 A.M.", "2011-01-12"},
		{"Welsh Technical Standards Board\n\nMinutes of the meeting\nThursday 28 March 2019 – 14:00-17:00\n", "2019-03-28"},
	}
	for _, tt := range tests {
		rec := build(input.TextDocument(input.NormaliseText(tt.text)), meeting.Front{}, Options{})
		got := ""
		if rec.Meeting.Date != nil {
			got = *rec.Meeting.Date
		}
		if got != tt.want {
			t.Errorf("%q: meeting date %q, want %q", tt.text, got, tt.want)
		}
	}
}

func FuzzDates(f *testing.F) {
	for _, tc := range dateCases {
		f.Add(tc.in, tc.mdy)
	}
	f.Fuzz(func(t *testing.T, s string, mdy bool) {
		d := input.TextDocument(input.NormaliseText(s))
		ms := dates.Find(d, mdy)
		rs, _ := dates.ResolveDates(ms, lex.Civil{Y: 2018, M: 3, D: 5}, true, mdy)
		for _, r := range rs {
			if r.Start < 0 || r.End > len(d.Text) || r.Start > r.End {
				t.Fatalf("span %d..%d outside %d", r.Start, r.End, len(d.Text))
			}
			if r.To.Before(r.From) || !r.From.Valid() || !r.To.Valid() {
				t.Fatalf("bad range %v..%v for %q", r.From, r.To, d.Text[r.Start:r.End])
			}
		}
	})
}

// TestMoveableFeasts: a feast whose year comes from the document is a
// date to every reader: the meeting's date, and a range's ends kept apart.
func TestMoveableFeasts(t *testing.T) {
	rec, err := ExtractBytes([]byte("Parish Council\nMinutes of the meeting held on Easter Monday\n\nThe hall is closed from Good Friday to Easter Monday.\nThe accounts for 2025 were approved.\n"), "feasts.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rec.Meeting.Date == nil || *rec.Meeting.Date != "2025-04-21" {
		t.Errorf("meeting date %v, want 2025-04-21 (Easter Monday of the document's year)", rec.Meeting.Date)
	}
	var got []string
	for _, d := range rec.Dates {
		got = append(got, d.Text+" "+d.Start+".."+d.End)
	}
	want := []string{"Easter Monday 2025-04-21..2025-04-21", "Good Friday 2025-04-18..2025-04-18", "Easter Monday 2025-04-21..2025-04-21", "2025 2025-01-01..2025-12-31"}
	if !slices.Equal(got, want) {
		t.Errorf("dates %q, want %q", got, want)
	}
}
