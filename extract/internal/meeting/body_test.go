package meeting

import (
	"regexp"
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/input"
)

// dateLine stands in for the date recogniser: a line that is a date alone.
var dateLine = regexp.MustCompile(`^[A-Z][a-z]+ [0-9]{1,2}, [0-9]{4}$`)

// Each case names the rule that finds (or refuses) the meeting's body.
func TestBody(t *testing.T) {
	for _, c := range []struct {
		rule     string
		markdown bool
		src      string
		want     string
	}{
		{"a letterhead writes the board under its organisation", false,
			"1660 Blake Street\nDenver, CO 80202\n\nRegional Transportation District\nBoard of Directors\nChair – Doug Tisdale, District H\nKate Williams, District A\nBOARD OF DIRECTORS MEETING\nMarch 26, 2019\n",
			"Regional Transportation District Board of Directors"},
		{"a bare board with no letterhead stays as it is", false,
			"BOARD OF DIRECTORS MEETING\nMarch 26, 2019\n\nThe meeting opened.\n",
			"BOARD OF DIRECTORS"},
		{"the first heading names a committee", true,
			"## I. Financial Administration and Audit Committee\n\nChaired by Ken Mihalik\n\n### A. Call to Order\n\nOpened.\n",
			"Financial Administration and Audit Committee"},
		{"a first heading that is an item names no body", true,
			"## 1. Call to Order\n\nOpened.\n",
			""},
		{"capitals run into the text by a viewer", false,
			"Page content transcription\nCONFIRMED MINUTES – GENERAL MEETING, 17 MAY 2017 ETHERIDGE SHIRE COUNCIL MINUTES OF THE GENERAL MEETING HELD AT GEORGETOWN ON WEDNESDAY 17 MAY 2017 ATTENDANCE Crs W Devlin\n",
			"ETHERIDGE SHIRE COUNCIL"},
		{"a township is a body", true,
			"# Springfield Township\n\nRegular Meeting March 9, 2021\n\nThe meeting was called to order.\n",
			"Springfield Township"},
		{"the body before 'held', the title wrapped", false,
			"Minutes of the Ashby Trust Board\nheld on 5 May 2021\n\n1. Apologies\nNone were received.\n",
			"Ashby Trust Board"},
		{"the body before 'meeting held'", false,
			"Minutes of the Parish Council meeting held on 5 May 2021\n\nPresent: Cllr Smith\n",
			"Parish Council"},
		{"a plain-text document's first line names the body", false,
			"HARLOW TOWN COUNCIL\n\nA meeting of the planning panel took place on 5 May 2021.\n\n1. Apologies\nNone.\n",
			"HARLOW TOWN COUNCIL"},
		{"a first line with a number or an agenda's word names no body", false,
			"AGENDA ITEM 5 PLANNING COMMITTEE\n\nThe report was noted by members.\n",
			""},
		{"a first line that is a sentence names no body", false,
			"The council will meet again in June.\n\n1. Apologies\nNone.\n",
			""},
		{"a topic of the meeting names no body", true,
			"## Attendees\n\n- Rob Swain\n\n## Signing of meeting minutes\n\nAgreed.\n",
			""},
	} {
		var d *doc.Document
		if c.markdown {
			d = input.MarkdownDocument(c.src)
		} else {
			d = input.TextDocument(input.NormaliseText(c.src))
		}
		mf := Find(d, nil, dateLine.MatchString, Front{})
		if mf.Body != c.want {
			t.Errorf("%s: body %q, want %q", c.rule, mf.Body, c.want)
		}
	}
}

// Each case names the rule that picks (or refuses) the meeting's date.
func TestMeetingDateRules(t *testing.T) {
	day := func(text, s string, y, m, dd int) doc.DateMention {
		i := strings.Index(text, s)
		return doc.DateMention{Start: i, End: i + len(s), Grain: doc.GrainDay, Y1: y, M1: m, D1: dd}
	}
	for _, c := range []struct {
		rule      string
		markdown  bool
		src       string
		mentions  func(string) []doc.DateMention
		front     string
		wantTitle string
		wantFront string
		wantDate  bool
	}{
		{"the page's date field outweighs a sentence about another meeting", true,
			"## Companies House\n\nMaterials required as a result of the General Meeting of 9 February 2019 were sent.\n",
			func(t string) []doc.DateMention { return []doc.DateMention{day(t, "9 February 2019", 2019, 2, 9)} },
			"2019-03-01  02:00 UTC", "", "2019-03-01", false},
		{"a sentence that agrees with the date field keeps its span", true,
			"## Notes\n\nThe meeting of 1 March 2019 was held online.\n",
			func(t string) []doc.DateMention { return []doc.DateMention{day(t, "1 March 2019", 2019, 3, 1)} },
			"2019-03-01", "", "", true},
		{"a heading led by its date dates the meeting", true,
			"---\n\n## 2025-04-13 Annual Meeting\n\n#### Date\n\n2024-04-13 @ 3:00pm\n",
			func(t string) []doc.DateMention {
				return []doc.DateMention{day(t, "2025-04-13", 2025, 4, 13), day(t, "2024-04-13", 2024, 4, 13)}
			},
			"", "", "", true},
		{"a topic that names a meeting is no title", true,
			"## Previous meeting action items\n\nAll done.\n",
			func(string) []doc.DateMention { return nil }, "", "", "", false},
	} {
		d := input.MarkdownDocument(c.src)
		ms := c.mentions(d.Text)
		mf := Find(d, ms, dateLine.MatchString, Front{Date: c.front})
		if mf.Title != c.wantTitle || mf.FrontDate != c.wantFront || (mf.Date >= 0) != c.wantDate {
			t.Errorf("%s: title %q front date %q date %d", c.rule, mf.Title, mf.FrontDate, mf.Date)
		}
		if c.wantDate && mf.Date != 0 {
			t.Errorf("%s: picked mention %d, want the first", c.rule, mf.Date)
		}
	}
}

// Each case names the rule that picks the meeting's date or place.
func TestOpeningRules(t *testing.T) {
	for _, c := range []struct {
		rule, src, date, loc string
	}{
		{"a time of day dates the opening's sentence", "HARLOW TOWN COUNCIL\n\nAt 7.15pm on Tuesday 14 May 2019 in the Council Chamber.\n", "14 May 2019", "Council Chamber"},
		{"a covering letter's line is no title", "Cover letter\n\nPlease find enclosed the minutes. 1 June 2021\n\nMINUTES OF THE MEETING OF THE PLANNING COMMITTEE HELD ON 20 MAY 2021\n", "20 MAY 2021", ""},
		{"held in a place", "Ashby Community Council\nMinutes of the meeting held in the Village Hall on 5 May 2021\n", "5 May 2021", "Village Hall"},
		{"a capital before a noun is no place", "Ashby Council\n\nThe first remote meeting to be held in the Councils history on 5 May 2021.\n", "5 May 2021", ""},
	} {
		d := input.TextDocument(input.NormaliseText(c.src))
		var ms []doc.DateMention
		for _, m := range dayText.FindAllStringIndex(d.Text, -1) {
			ms = append(ms, doc.DateMention{Start: m[0], End: m[1], Grain: doc.GrainDay, Y1: 2021, M1: 1, D1: 1})
		}
		mf := Find(d, ms, dateLine.MatchString, Front{})
		got := ""
		if mf.Date >= 0 {
			got = d.Text[ms[mf.Date].Start:ms[mf.Date].End]
		}
		if got != c.date || mf.Location != c.loc {
			t.Errorf("%s: date %q location %q, want %q %q", c.rule, got, mf.Location, c.date, c.loc)
		}
	}
}

// dayText stands in for the date recogniser in TestOpeningRules.
var dayText = regexp.MustCompile(`[0-9]{1,2} (?:May|MAY|June) 20[0-9]{2}`)
