package compare

import (
	"strings"
	"testing"
)

// TestItemsAlignedByTitle: the two meetings' items pair by title first,
// whatever the title's words weigh, and a title a meeting gives twice (in
// its agenda and as a heading of its minutes) is one item. A new number
// or another case is no new title.
func TestItemsAlignedByTitle(t *testing.T) {
	old := rec("old.txt", "2020-04-28", "3. Casual Vacancies\nOne application.\nWebsite\nTo move to https.\nNext Meeting\nTuesday 26th May.\n").
		items("3. Casual Vacancies", "Website", "Next Meeting").done()
	nw := rec("new.txt", "2020-05-26", "Agenda: PV Timing; Casual vacancies\nPV Timings\nAll agreed.\nCasual vacancies\nOne position vacant.\nNext Meeting\nTuesday 23rd June.\n").
		items("PV Timing", "PV Timings", "Casual vacancies", "Next Meeting").done()
	var got []string
	for _, c := range Diff(old, nw, Options{}).Changes {
		if c.Kind == KindItem {
			got = append(got, c.Change+": "+c.OldSentence+" | "+c.NewSentence)
		}
	}
	want := []string{
		"unchanged: 3. Casual Vacancies | Casual vacancies",
		"removed: Website | ",
		"unchanged: Next Meeting | Next Meeting",
		"added:  | PV Timing",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
