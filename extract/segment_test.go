package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/input"
	"github.com/minutes-tool/minutes/extract/internal/items"
	"github.com/minutes-tool/minutes/extract/internal/meeting"
)

// itemCase: a document (text, or HTML when it starts with "<") and the
// items it holds as "number|title" (number empty when unnumbered).
var itemCases = []struct {
	name string
	in   string
	want []string
}{
	{"title lines over prose", "The Board met on 14 August 2017.\n\nMedway Delivery Board\nThe MNWK Delivery Board has met three times and has an agreed terms of reference and workplan.\n\nHospital care\nThe Board received an update on the work on stroke services for Kent and Medway.\n",
		[]string{"|Medway Delivery Board", "|Hospital care"}},
	{"field labels are not items", "Agenda item\n\nKent and Medway STP Update\n\nThe draft plan was published on 23 November 2016 and discussed at length by all.\n\nMinutes:\n\nDiscussion\n\nThe Project Director introduced the update to the Committee at length.\n\nDecision\n\nThe Committee noted the update.\n\nSupporting documents:\n",
		[]string{"|Kent and Medway STP Update"}},
	{"numbered", "1. Apologies for absence\n\nApologies were received from Cllr Smith.\n\n2. Minutes of the last meeting\n\nThe minutes were agreed.\n\n2.1 Matters arising\n\nNone were raised.\n\n(a) Budget\n\nThe budget was noted.\n",
		[]string{"1|Apologies for absence", "2|Minutes of the last meeting", "2.1|Matters arising", "(a)|Budget"}},
	{"item and minute numbers", "Item 5: Planning applications\n\nThe committee considered two applications.\n\nMinute 45/24 Highways\n\nThe clerk reported on potholes.\n\n12/2024\tFinance\n\nAccounts were approved.\n",
		[]string{"5|Planning applications", "45/24|Highways", "12/2024|Finance"}},
	{"number alone on its line", "PRESENT:\nDr A Smith\nPART 1:\nINTRODUCTIONS & APOLOGIES\nIntroductions were made for the benefit of the members of the public\npresent.\n1.1\nDECLARATIONS OF INTEREST\nThere were no declarations of interest specific to the meeting.\n",
		[]string{"|INTRODUCTIONS & APOLOGIES", "1.1|DECLARATIONS OF INTEREST"}},
	{"numbered sentences are list entries", "Actions\n\n1.\tAgree letter to health boards and trusts at next WTSB meeting.\n2.\tMW to produce blog post on the positive impact of standards for the WTSB webpage.\n",
		nil},
	{"attendance headings over names", "Attendees:\nMark Wardle (MW) (Chair)\t\t-\tCardiff and Vale UHB\n\nApologies:\nAnn Wrightson (AW)\t\t-\tAneurin Bevan UHB\n\ne-Prescribing\n\nMW said that e-prescribing was a foundation to many things, but a possible quick win for the Board.\n",
		[]string{"|e-Prescribing"}},
	{"lines ending in a full stop", "Commissioner Leonard arrived at 9:36 a.m.\n\nThe council discussed the budget at great length and then moved on to other business.\n",
		nil},
	{"inline minute references", "Minutes of a Meeting of Groby Parish Council held at 7.00pm on Monday 4 February 2008 at the Parish Council Chamber, Leicester Road, Groby Cou/285/07-08 Present Members: Cllr P Batty (Chairman), Cllr J Batty Cou/286/07-08 Apologies for Absence Apologies for absence were received from Cllr Purves Cou/287/07-08 Declarations of Interest Cllr P Batty Cllr J Batty - Cllr Beck",
		[]string{"Cou/285/07-08|Present", "Cou/286/07-08|Apologies for Absence", "Cou/287/07-08|Declarations of Interest"}},
	{"US agenda entries", "Disposition: COMMUNICATIONS   38 Request of Joe Rastatter to address Council regarding fair wages at PGE Park  (Communication)  PLACED ON FILE  39 Request of Dixie Johnston to address Council regarding the Portland Plan  (Communication)  PLACED ON FILE  CONSENT AGENDA – NO DISCUSSION    Mayor Sam Adams    41 Appoint Alison Stoll to the Portland Plan Community Involvement Committee  (Report)  (Y-5) CONFIRMED *42 Accept a grant in the amount of $94,710 from Corporation for National Service  (Ordinance)  (Y-5) 184349 and more text to make this a long paragraph",
		[]string{"|COMMUNICATIONS", "38|Request of Joe Rastatter to address Council regarding fair wages at PGE Park", "39|Request of Dixie Johnston to address Council regarding the Portland Plan", "|CONSENT AGENDA – NO DISCUSSION", "41|Appoint Alison Stoll to the Portland Plan Community Involvement Committee", "*42|Accept a grant in the amount of $94,710 from Corporation for National Service"}},
	{"HTML headings and bold lines", `<p><strong>TRANSPARENCY BOARD</strong></p><p><strong>Minutes of the meeting held on 8 June 2011:</strong></p><p><strong>Presenters</strong></p><p>Rachel Fentem (Cabinet Office)</p><p><strong>1. Welcome and Introductions</strong></p><p>The Chair welcomed all attendees.</p><h4>WELCOME AND APOLOGIES</h4><p>Cllr. O. Williams took the Chair and welcomed everyone to the first remote meeting.</p><p>i) Lloyds Bank Statement dated 30th October 2020 <em>Noted</em></p><ul><li><p><strong>NO OBJECTIONS</strong></p></li></ul>`,
		[]string{"1|Welcome and Introductions", "|WELCOME AND APOLOGIES"}},
	{"ModernGov item page", `<html><body><div id="modgov"><div class="mgContent"><h2 class="mgSubTitleTxt">Agenda item</h2><h3>Kent and Medway Sustainability and Transformation Plan Update</h3><p>The draft plan was published on 23 November 2016, and an update was last presented to the Committee in August 2017.</p><h4>Minutes:</h4><p>The Project Director introduced the update.</p></div></div><div class="mgFooter">Copyright</div></body></html>`,
		[]string{"|Kent and Medway Sustainability and Transformation Plan Update"}},
}

func TestItems(t *testing.T) {
	for _, tc := range itemCases {
		t.Run(tc.name, func(t *testing.T) {
			f := doc.FormatText
			if strings.HasPrefix(tc.in, "<") {
				f = doc.FormatHTML
			}
			d, err := parseAs(tc.in, f)
			if err != nil {
				t.Fatal(err)
			}
			rec := build(d, meeting.Front{}, Options{})
			var got []string
			for _, it := range rec.Items {
				n := ""
				if it.Number != nil {
					n = *it.Number
				}
				got = append(got, n+"|"+it.Title)
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("\n got  %q\n want %q\ntext:\n%s", got, tc.want, d.Text)
			}
		})
	}
}

func TestMeetingBody(t *testing.T) {
	tests := []struct{ in, body string }{
		{"The Kent and Medway Sustainability and Transformation Partnership Programme Board met on 14 August 2017.", "Kent and Medway Sustainability and Transformation Partnership Programme Board"},
		{"Minutes of a Meeting of Groby Parish Council held at 7.00pm on Monday 4 February 2008", "Groby Parish Council"},
		{"Manordeilo and Salem Community Council held their meeting remotely via Zoom at 7.30pm on the 10th June 2020.", "Manordeilo and Salem Community Council"},
		{"A REGULAR MEETING OF THE COUNCIL OF THE CITY OF PORTLAND, OREGON WAS HELD THIS 12TH DAY OF JANUARY, 2011", "COUNCIL OF THE CITY OF PORTLAND, OREGON"},
		{"Welsh Technical Standards Board\n\nMinutes of the meeting\nThursday 28 March 2019 – 14:00-17:00", "Welsh Technical Standards Board"},
		{"advertisement\nNHS LIVERPOOL CLINICAL COMMISSIONING GROUP\nGOVERNING BODY\nMinutes of meeting held on TUESDAY 8TH DECEMBER 2015 1pm", "NHS LIVERPOOL CLINICAL COMMISSIONING GROUP GOVERNING BODY"},
		{"Present:\nDr Kieron O’Hara – CHAIR\nProf. Allan Brimicombe, University of East London", ""},
		{"The draft plan was published on 23 November 2016. The Committee discussed it.", ""},
	}
	for _, tt := range tests {
		rec := build(input.TextDocument(input.NormaliseText(tt.in)), meeting.Front{}, Options{})
		got := ""
		if rec.Meeting.Body != nil {
			got = *rec.Meeting.Body
		}
		if got != tt.body {
			t.Errorf("%q:\n body %q, want %q", tt.in, got, tt.body)
		}
	}
}

func TestHasSentenceBreak(t *testing.T) {
	re := regexp.MustCompile(`[a-z]{3,}[.!?] +[A-Z]`)
	for _, s := range []string{"", "abc. D", "ab. D", "Mr. Smith", "the end.  Next", "the end.Next", "end? Yes", "end!  x",
		"Item 5. Budget", "approved. The", "e.g. The", "x abc.", "abc. ", "abc.  ", "ABC. D", "déf. G", "and so on. É",
		"one. two. Three", "aaa! B"} {
		if got, want := items.HasSentenceBreak(s), re.MatchString(s); got != want {
			t.Errorf("hasSentenceBreak(%q) = %v, want %v as the pattern", s, got, want)
		}
	}
	// And every line of the bundled documents.
	files, _ := filepath.Glob("../testdata/*/*.*")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range strings.Split(string(data), "\n") {
			if got, want := items.HasSentenceBreak(s), re.MatchString(s); got != want {
				t.Errorf("%s: hasSentenceBreak(%q) = %v, want %v as the pattern", f, s, got, want)
			}
		}
	}
}
