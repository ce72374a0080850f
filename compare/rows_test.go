package compare

import (
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/schema"
)

func TestRowCode(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"[JB]  \tD5 (Meetings): re-draft and outline steps to advance", "D5"},
		{"- A-12: circulate the paper", "A12"},
		{"AP3.1 Review the budget", "AP3.1"},
		{"1. To circulate an email", ""},
		{"Draft a post for the website", ""},
		{"2020 conference to be held online", ""},
	} {
		if got := rowCode(tc.text); got != tc.want {
			t.Errorf("rowCode(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestRowRules: an action log's rows are followed by their code, and the
// repetitions of one action (in discussion and in the log, or in two
// lists of one meeting) are read as one.
func TestRowRules(t *testing.T) {
	type commit struct{ sentence, action string }
	tests := []struct {
		rule     string
		old      string
		olds     []commit
		new      string
		news     []commit
		want     []string // the status of each old commitment
		evidence []string // a piece of the new sentence each must quote ("" for none)
		noNew    bool     // every new commitment answers an old one
	}{
		{"a row's code is its identity: D7 is never answered by D1",
			"- [NL] D7 (Survey): re-draft and outline steps to advance.\n",
			[]commit{{"[NL] D7 (Survey): re-draft and outline steps to advance.", "re-draft and outline steps to advance"}},
			"- [DC] D1 (Survey): re-draft and outline steps to advance. - done\n",
			[]commit{{"[DC] D1 (Survey): re-draft and outline steps to advance. - done", "re-draft and outline steps to advance"}},
			[]string{StatusVanished}, []string{""}, false},
		{"an action agreed in discussion and restated as a log row shares the row's fate",
			"To start the discussion, NM to create a document for the committee to share ideas about online events.\n\nActions\n- [NM] Create a discussion document for online events.\n",
			[]commit{
				{"To start the discussion, NM to create a document for the committee to share ideas about online events.", "create a document for the committee to share ideas about online events"},
				{"[NM] Create a discussion document for online events.", "Create a discussion document for online events"}},
			"Actions reviewed\n- [NM] Create a discussion document for online events. - done\n",
			[]commit{{"[NM] Create a discussion document for online events. - done", "Create a discussion document for online events"}},
			[]string{StatusDone, StatusDone}, []string{"- done", "- done"}, true},
		{"two rows of one log are two actions: one row's fate is not another's",
			"Actions\n- [NM] Create a discussion document for online events.\n- [NL] Create a post about online events for the website.\n",
			[]commit{
				{"[NM] Create a discussion document for online events.", "Create a discussion document for online events"},
				{"[NL] Create a post about online events for the website.", "Create a post about online events for the website"}},
			"Actions reviewed\n- [NM] Create a discussion document for online events. - done\n",
			[]commit{{"[NM] Create a discussion document for online events. - done", "Create a discussion document for online events"}},
			[]string{StatusDone, StatusVanished}, []string{"- done", ""}, true},
		{"a row written twice in the newer minutes: the writing with a mark is the log's word",
			"- [JB] D5 (Meetings): re-draft and outline steps to advance.\n",
			[]commit{{"[JB] D5 (Meetings): re-draft and outline steps to advance.", "re-draft and outline steps to advance"}},
			"Actions reviewed\n- [JB] D5 (Meetings): re-draft and outline steps to advance. - deferred to 2021\n\nActions\n- [JB] D5 (Meetings): re-draft and outline steps to advance.\n",
			[]commit{
				{"[JB] D5 (Meetings): re-draft and outline steps to advance. - deferred to 2021", "re-draft and outline steps to advance"},
				{"[JB] D5 (Meetings): re-draft and outline steps to advance.\n", "re-draft and outline steps to advance"}},
			[]string{StatusSlipped}, []string{"deferred to 2021"}, true},
	}
	for _, tt := range tests {
		ob := rec("old.txt", "2020-04-28", tt.old)
		for _, c := range tt.olds {
			ob.commit(c.sentence, c.action, "", "", "")
		}
		nb := rec("new.txt", "2020-05-26", tt.new)
		for _, c := range tt.news {
			nb.commit(c.sentence, c.action, "", "", "")
		}
		r := Diff(ob.done(), nb.done(), Options{})
		var got []Change
		for _, c := range r.Changes {
			if c.Kind == KindCommitment && c.Old != nil {
				got = append(got, c)
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s: %d old commitments followed, want %d", tt.rule, len(got), len(tt.want))
			continue
		}
		for k, c := range got {
			if c.Status != tt.want[k] {
				t.Errorf("%s: commitment %d is %s, want %s (%v)", tt.rule, k, c.Status, tt.want[k], c.Details)
			}
			if ev := tt.evidence[k]; ev != "" && !strings.Contains(c.NewSentence, ev) {
				t.Errorf("%s: commitment %d quotes %q, want it to show %q", tt.rule, k, c.NewSentence, ev)
			}
		}
		for _, c := range r.Changes {
			if tt.noNew && c.Kind == KindCommitment && c.Status == StatusNew {
				t.Errorf("%s: %q counted new, though it repeats a row followed", tt.rule, c.NewSentence)
			}
		}
	}
}

// A mark inside a row closes the words before it: the rest of the row
// is still to do, and is followed.
func TestMarkInsideRowLeavesRestOpen(t *testing.T) {
	for _, tc := range []struct {
		rule, row string
		followed  bool
	}{
		{"a mark that ends the row closes it", "[HP] Gather content from the workshop (**done**)", false},
		{"a mark inside the row closes only the words before it", "[HP] Gather content from the workshop (**done**) and create a post from the content", true},
	} {
		old := rec("old.txt", "2020-06-23", tc.row+"\n").commit(tc.row, strings.TrimPrefix(tc.row, "[HP] "), "HP", "", "").done()
		nw := rec("new.txt", "2020-08-04", "[HP] Create a post from the workshop content.\n").commit("[HP] Create a post from the workshop content.", "Create a post from the workshop content", "HP", "", "").done()
		followed := false
		for _, c := range Diff(old, nw, Options{}).Changes {
			if c.Kind == KindCommitment && c.Old != nil {
				followed = true
			}
		}
		if followed != tc.followed {
			t.Errorf("%s: followed %v, want %v", tc.rule, followed, tc.followed)
		}
	}
}

// TestListParts: a row that ends in a colon heads a list; the bulleted
// rows under it that name no owner are its parts, followed and reported
// with it, not apart.
func TestListParts(t *testing.T) {
	const old = "Actions\n• [NM] Update website:\n• Add approved minutes.\n• Add posts when available.\n• [HP] Oversee the workshop post.\n"
	const nw = "Actions reviewed\n• [NM] Update website: **done**\n• Add approved minutes.\n• Add posts when available.\n• [HP] Oversee the workshop post.\n"
	build := func(name, date, text, head string) *schema.Record {
		return rec(name, date, text).
			commit(head, "Update website", "NM", "", "").
			commit("Add approved minutes", "Add approved minutes", "", "", "").
			commit("Add posts when available", "Add posts when available", "", "", "").
			commit("[HP] Oversee the workshop post", "Oversee the workshop post", "HP", "", "").done()
	}
	r := Diff(build("old.txt", "2020-06-23", old, "[NM] Update website"), build("new.txt", "2020-08-04", nw, "[NM] Update website: **done**"), Options{})
	var got []string
	for _, c := range r.Changes {
		if c.Kind == KindCommitment {
			got = append(got, c.Status+": "+c.OldSentence)
		}
	}
	want := []string{
		"done: [NM] Update website (Add approved minutes; Add posts when available)",
		"restated: [HP] Oversee the workshop post",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A row the older meeting closed already is followed only to its own
// repeat: it must not take another action's row from the newer meeting
// (here the marked writing of the website row, which is that row's word).
func TestClosedRowTakesNoOtherRow(t *testing.T) {
	const old = "• [NM] Share website logo details with NL. - done\n• [NM] Update website logo.\n"
	const nw = "Reviewed\n• [NM] Update website logo: done\n\nActions\n• [NM] Update website logo.\n"
	o := rec("old.txt", "2020-06-23", old).
		commit("[NM] Share website logo details with NL. - done", "Share website logo details with NL", "NM", "", "").
		commit("[NM] Update website logo.", "Update website logo", "NM", "", "").done()
	n := rec("new.txt", "2020-08-04", nw).
		commit("[NM] Update website logo: done", "Update website logo", "NM", "", "").
		commit("[NM] Update website logo.\n", "Update website logo", "NM", "", "").done()
	for _, c := range Diff(o, n, Options{}).Changes {
		if c.Kind == KindCommitment && c.Old != nil && c.Status != StatusDone {
			t.Errorf("%q: %s, want done (%v)", c.OldSentence, c.Status, c.Details)
		}
	}
}

// TestRepeatedWordsAreOneCommitment: minutes that copy their agenda into
// their notes give one undertaking twice; it is followed once, and new
// once.
func TestRepeatedWordsAreOneCommitment(t *testing.T) {
	const old = "Agenda\n• Ryan will own the team repo merge\nNotes\nRyan will own the team repo merge\n"
	const nw = "Agenda\n• Mara will write the blog post\nNotes\nMara will write the blog post\n"
	o := rec("old.txt", "2023-06-15", old).
		commit("• Ryan will own the team repo merge", "own the team repo merge", "Ryan", "", "").
		commit("Ryan will own the team repo merge\n", "own the team repo merge", "Ryan", "", "").done()
	o.Commitments[1].Text = "Ryan will own the team repo merge"
	n := rec("new.txt", "2023-06-22", nw).
		commit("• Mara will write the blog post", "write the blog post", "Mara", "", "").
		commit("Mara will write the blog post\n", "write the blog post", "Mara", "", "").done()
	n.Commitments[1].Text = "Mara will write the blog post"
	count := map[string]int{}
	for _, c := range Diff(o, n, Options{}).Changes {
		if c.Kind == KindCommitment {
			count[c.Status]++
		}
	}
	if count[StatusVanished] != 1 || count[StatusNew] != 1 {
		t.Errorf("got %v, want one vanished and one new", count)
	}
}
