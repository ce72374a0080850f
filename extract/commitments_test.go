package extract

import (
	"testing"
)

func TestCommitments(t *testing.T) {
	tests := []struct {
		in    string
		want  bool
		owner string
	}{
		{"The first meeting of the joint committee is likely to be in September.", true, ""},
		{"A further meeting of the JHOSC was due to take place on 22 January.", true, ""},
		{"The length of the public consultation had not yet been determined but would be for a maximum of 12 weeks.", true, ""},
		{"The bid needs to be submitted to HEFCE by 23 November 2017.", true, ""},
		{"A full evaluation and report on the conference is forthcoming.", true, ""},
		{"Clerk to ask the county council to repair the fence.", true, "Clerk"},
		{"Action 3: MW to circulate the paper.", true, "MW"},
		{"Andrew will get a quote.", true, "Andrew"},
		{"Cllr. O. Williams would send a letter to the Welsh Government.", true, "O. Williams"},
		{"New estates planning guidance is expected from NHS England later in the spring.", true, ""},
		{"The next meeting is planned for November 2011.", true, ""},
		{"It was suggested that a tree overhanging the monument should be cut down.", true, ""},
		{"Simon will provide the data with these minutes.", true, "Simon"},
		// Not commitments.
		{"Changing to three sites would improve the service.", false, ""},
		{"It will help improve services for patients.", false, ""},
		{"A proposal to merge would require all the CCGs to seek support.", false, ""},
		{"He said that cloud should not be encouraged for the wrong reasons.", false, ""},
		{"He said he thought Wales should go for FHIR.", false, ""},
		{"Work continues to establish a joint committee.", false, ""},
		{"MW asked what would be the best assistance the Board would lend.", false, ""},
		{"Will Perrin was concerned about the data.", false, ""},
		{"It would be helpful to have an Open Data manual.", false, ""},
		{"Making decisions across CCGs will provide consistency.", false, ""},
	}
	for _, tc := range tests {
		d := mustParse(t, tc.in)
		got := findCommitments(d)
		if !tc.want {
			if len(got) != 0 {
				t.Errorf("%q: got commitment %q, want none", tc.in, got[0].Text)
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("%q: got %d commitments, want 1", tc.in, len(got))
			continue
		}
		owner := ""
		if got[0].Owner != nil {
			owner = *got[0].Owner
		}
		if tc.owner != "" && owner != tc.owner {
			t.Errorf("%q: owner %q, want %q", tc.in, owner, tc.owner)
		}
	}
}

func TestCommitmentDueLine(t *testing.T) {
	d := mustParse(t, "Action: The Transparency Director will present at a future Board.\nDue: September\n")
	got := findCommitments(d)
	if len(got) != 1 {
		t.Fatalf("got %d commitments, want 1", len(got))
	}
	if want := "Action: The Transparency Director will present at a future Board.\nDue: September"; got[0].Text != want {
		t.Errorf("text %q, want %q", got[0].Text, want)
	}
}

func TestOldActionsAreNotCommitments(t *testing.T) {
	d := mustParse(t, "2. Update on action points at last meeting\nAction 1: Simon Denison to investigate best practice.\n\n3. Police.uk\nAction: Adam Thompson to examine the possibility of a lessons learned exercise.\n")
	got := findCommitments(d)
	if len(got) != 1 || got[0].Owner == nil || *got[0].Owner != "Adam Thompson" {
		t.Errorf("got %+v, want only Adam Thompson's action", got)
	}
}

// FuzzCommitments checks that the commitment recogniser never panics and
// that every span lies inside the text and equals the commitment's text.
func FuzzCommitments(f *testing.F) {
	for _, s := range []string{
		"Clerk to follow up.",
		"Action: X will do it.\nDue: June",
		"Actions\n\n1.\tAgree letter at next meeting.",
		"the bid needs to be submitted by 23 November 2017",
		"to be",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s, FormatText)
		if err != nil {
			return
		}
		for _, c := range findCommitments(d) {
			if c.Span.Start < 0 || c.Span.End > len(d.Text) || c.Span.Start > c.Span.End {
				t.Fatalf("span %v outside text of %d", c.Span, len(d.Text))
			}
			if d.Text[c.Span.Start:c.Span.End] != c.Text {
				t.Fatalf("text %q != span text %q", c.Text, d.Text[c.Span.Start:c.Span.End])
			}
		}
	})
}
