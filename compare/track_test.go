package compare

import (
	"bytes"
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/schema"
)

func series() []*schema.Record {
	// Out of order on purpose: Track sorts by meeting date.
	return []*schema.Record{meeting000(), meeting002(), meeting004(), meeting003()}
}

func TestTrackGolden(t *testing.T) {
	tr := Track(series(), Options{})
	var txt, js, md, html bytes.Buffer
	for _, f := range []func() error{
		func() error { return tr.WriteText(&txt, RenderOptions{}) },
		func() error { return tr.WriteJSON(&js) },
		func() error { return tr.WriteMarkdown(&md, RenderOptions{}) },
		func() error { return tr.WriteHTML(&html, RenderOptions{}) },
	} {
		if err := f(); err != nil {
			t.Fatal(err)
		}
	}
	golden(t, "golden/track.txt", txt.Bytes())
	golden(t, "golden/track.json", js.Bytes())
	golden(t, "golden/track.md", md.Bytes())
	golden(t, "golden/track.html", html.Bytes())
}

func TestTrackStory(t *testing.T) {
	tr := Track(series(), Options{})
	var dates []string
	for _, m := range tr.Meetings {
		dates = append(dates, *m.Meeting.Date)
	}
	if got := strings.Join(dates, " "); got != "2017-08-14 2017-11-06 2018-02-05 2018-03-05" {
		t.Errorf("meetings in order %s", got)
	}
	tests := []struct{ first, state string }{
		{"The location of those units", StateDone},
		{"The information systems of all the CCGs", StateVanished},
		{"The strategic commissioner will be established", StateOpen},
		{"Canterbury Christ Church", StateVanished},
	}
	for _, tt := range tests {
		var th *Thread
		for _, x := range tr.Threads {
			if strings.HasPrefix(x.Steps[0].Text, tt.first) {
				th = x
			}
		}
		if th == nil {
			t.Errorf("%q: no thread", tt.first)
			continue
		}
		if th.State != tt.state {
			t.Errorf("%q: state %s, want %s (%s)", tt.first, th.State, tt.state, th.Summary)
		}
	}
}

func TestTrackUndated(t *testing.T) {
	a, b, c := meeting002(), meeting000(), meeting004()
	b.Meeting.Date = nil
	tr := Track([]*schema.Record{a, b, c}, Options{})
	if len(tr.Warnings) != 1 || !strings.Contains(tr.Warnings[0], b.Source.Name) {
		t.Errorf("warnings %q, want one naming %s", tr.Warnings, b.Source.Name)
	}
	if got := tr.Meetings[2].Source.Name; got != b.Source.Name {
		t.Errorf("undated meeting placed at %v, want last", got)
	}
}

// TestTrackOneThreadPerUndertaking: as in a diff, a commitment written
// twice in one meeting's words and the parts of a list-heading row start
// no thread of their own.
func TestTrackOneThreadPerUndertaking(t *testing.T) {
	const text = "Agenda\n• Ryan will own the team repo merge\nNotes\nRyan will own the team repo merge\nActions\n• [NM] Update website:\n• Add approved minutes.\n"
	r := rec("a.txt", "2023-06-15", text).
		commit("• Ryan will own the team repo merge", "own the team repo merge", "Ryan", "", "").
		commit("Ryan will own the team repo merge\nActions", "own the team repo merge", "Ryan", "", "").
		commit("[NM] Update website", "Update website", "NM", "", "").
		commit("Add approved minutes", "Add approved minutes", "", "", "").done()
	r.Commitments[1].Text = "Ryan will own the team repo merge"
	tr := Track([]*schema.Record{r}, Options{})
	if len(tr.Threads) != 2 {
		var ts []string
		for _, th := range tr.Threads {
			ts = append(ts, th.Topic)
		}
		t.Errorf("%d threads (%s), want 2", len(tr.Threads), strings.Join(ts, "; "))
	}
}
