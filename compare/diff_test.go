package compare

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/minutes-tool/minutes/schema"
)

// pairs are the hand-built successive meetings the golden files cover.
var pairs = []struct {
	name     string
	old, new func() *schema.Record
}{
	{"002-004", meeting002, meeting004},
	{"000-002", meeting000, meeting002},
	{"004-003", meeting004, meeting003},
}

func TestDiffGolden(t *testing.T) {
	for _, p := range pairs {
		t.Run(p.name, func(t *testing.T) {
			r := Diff(p.old(), p.new(), Options{})
			var txt, js, md, html bytes.Buffer
			if err := r.WriteText(&txt, RenderOptions{}); err != nil {
				t.Fatal(err)
			}
			if err := r.WriteJSON(&js); err != nil {
				t.Fatal(err)
			}
			if err := r.WriteMarkdown(&md, RenderOptions{}); err != nil {
				t.Fatal(err)
			}
			if err := r.WriteHTML(&html, RenderOptions{}); err != nil {
				t.Fatal(err)
			}
			golden(t, "golden/"+p.name+".txt", txt.Bytes())
			golden(t, "golden/"+p.name+".json", js.Bytes())
			golden(t, "golden/"+p.name+".md", md.Bytes())
			golden(t, "golden/"+p.name+".html", html.Bytes())
		})
	}
}

// The story of the seeds, checked change by change so that a regression
// says which promise it lost.
func TestDiffStory(t *testing.T) {
	find := func(r *Result, kind, oldWords string) *Change {
		for i := range r.Changes {
			c := &r.Changes[i]
			if c.Kind == kind && bytes.Contains([]byte(c.OldSentence), []byte(oldWords)) {
				return c
			}
		}
		return nil
	}
	r := Diff(meeting002(), meeting004(), Options{})
	tests := []struct {
		kind, words, status, change string
		slip                        int
	}{
		{KindCommitment, "formal public consultation which is hoped", StatusDone, Changed, 0},
		{KindCommitment, "go-live’ of the integrated system on 1 February", StatusSlipped, Changed, 59},
		{KindCommitment, "Canterbury Christ Church", StatusVanished, Removed, 0},
		{KindCommitment, "saving £190m", StatusChanged, Changed, 0},
		{KindFigure, "saving £190m", "", Changed, 0},
	}
	for _, tt := range tests {
		c := find(r, tt.kind, tt.words)
		if c == nil {
			t.Errorf("%s %q: not in the diff", tt.kind, tt.words)
			continue
		}
		if c.Status != tt.status || c.Change != tt.change {
			t.Errorf("%s %q: status %q change %q, want %q %q (%v)", tt.kind, tt.words, c.Status, c.Change, tt.status, tt.change, c.Details)
		}
		if tt.slip != 0 && (c.SlipDays == nil || *c.SlipDays != tt.slip) {
			t.Errorf("%s %q: slip_days %v, want %d", tt.kind, tt.words, c.SlipDays, tt.slip)
		}
	}
	// 000 → 002: "10 areas of focus" became "eight projects".
	r = Diff(meeting000(), meeting002(), Options{})
	c := find(r, KindFigure, "10 areas of focus")
	if c == nil || c.Change != Changed || c.New == nil || c.New.(*schema.Figure).Text != "eight" {
		t.Errorf("10 areas of focus: got %+v, want changed to eight projects", c)
	}
}

func TestDiffSelf(t *testing.T) {
	for _, mk := range []func() *schema.Record{meeting000, meeting002, meeting003, meeting004} {
		rec := mk()
		r := Diff(rec, mk(), Options{})
		if r.HasChanges() {
			t.Errorf("%s diffed with itself has changes: %+v", rec.Source.Name, r.Summary)
		}
		for _, c := range r.Changes {
			if c.Change != Unchanged {
				t.Errorf("%s: %s %q is %s (%s)", rec.Source.Name, c.Kind, c.Topic, c.Change, c.Status)
			}
		}
		n := len(rec.Items) + len(rec.Figures) + len(rec.Decisions) + len(rec.Commitments)
		if len(r.Changes) != n {
			t.Errorf("%s: %d changes, want one per element (%d)", rec.Source.Name, len(r.Changes), n)
		}
	}
}

// Swapping the meetings mirrors the diff: added for removed, slipped for
// brought forward, on elements that pair directly.
func TestDiffMirror(t *testing.T) {
	mirror := map[string]string{Added: Removed, Removed: Added, Changed: Changed, Unchanged: Unchanged,
		StatusSlipped: StatusBroughtForward, StatusBroughtForward: StatusSlipped}
	key := func(c Change, swap bool) string {
		o, n := c.OldSentence, c.NewSentence
		if swap {
			o, n = n, o
		}
		return c.Kind + "|" + o + "|" + n
	}
	for _, p := range pairs {
		fwd := Diff(p.old(), p.new(), Options{})
		back := Diff(p.new(), p.old(), Options{})
		bk := map[string]Change{}
		for _, c := range back.Changes {
			bk[key(c, true)] = c
		}
		for _, c := range fwd.Changes {
			if c.Kind == KindCommitment && (c.Mention != nil || c.Status == StatusNew || c.Status == StatusVanished) {
				continue // followed into the text: one-way by design
			}
			b, ok := bk[key(c, false)]
			if !ok {
				t.Errorf("%s: %s %q has no mirror", p.name, c.Kind, c.Topic)
				continue
			}
			if b.Change != mirror[c.Change] {
				t.Errorf("%s: %s %q is %s forward, %s back", p.name, c.Kind, c.Topic, c.Change, b.Change)
			}
			if s, ok := mirror[c.Status]; ok && b.Status != s {
				t.Errorf("%s: %s %q is %s forward, %s back", p.name, c.Kind, c.Topic, c.Status, b.Status)
			}
		}
		if fwd.Summary.Added+fwd.Summary.Removed == 0 {
			continue
		}
	}
}

// The JSON output keeps the contract's names.
func TestDiffJSONContract(t *testing.T) {
	var buf bytes.Buffer
	if err := Diff(meeting002(), meeting004(), Options{}).WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var v struct {
		Old     map[string]json.RawMessage   `json:"old"`
		New     map[string]json.RawMessage   `json:"new"`
		Changes []map[string]json.RawMessage `json:"changes"`
		Summary map[string]json.RawMessage   `json:"summary"`
	}
	if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	for _, side := range []map[string]json.RawMessage{v.Old, v.New} {
		for _, k := range []string{"source", "meeting"} {
			if _, ok := side[k]; !ok {
				t.Errorf("side lacks %q", k)
			}
		}
	}
	for _, c := range v.Changes {
		for _, k := range []string{"kind", "change", "topic", "old", "new", "details"} {
			if _, ok := c[k]; !ok {
				t.Errorf("change lacks %q: %s", k, c["topic"])
			}
		}
		if string(c["kind"]) == `"commitment"` {
			if _, ok := c["status"]; !ok {
				t.Errorf("commitment lacks status: %s", c["topic"])
			}
			if string(c["status"]) == `"slipped"` {
				if _, ok := c["slip_days"]; !ok {
					t.Errorf("slipped commitment lacks slip_days: %s", c["topic"])
				}
			}
		}
	}
	for _, k := range []string{"added", "removed", "changed", "unchanged"} {
		if _, ok := v.Summary[k]; !ok {
			t.Errorf("summary lacks %q", k)
		}
	}
}
