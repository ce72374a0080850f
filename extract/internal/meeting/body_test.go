package meeting

import (
	"regexp"
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
