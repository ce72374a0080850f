package people

import "testing"

// TestSpeakerVetoes are line-opening labels that the speaker rule must
// not read as people: field labels and a label used once.
func TestSpeakerVetoes(t *testing.T) {
	cases := []struct{ veto, text string }{
		{"label used in lower case", "Goal: Align on it.\nGoal: Decide.\nThe goal is set."},
		{"office label", "Facilitator: Ryo volunteering\nFacilitator: Ryo again"},
		{"decision label", "Resolved: That the minutes be approved.\nResolved: That it be noted."},
		{"date after the label", "Due: September\nDue: June"},
		{"number after the label", "Total: 12\nTotal: 14"},
		{"label over a block", "Ryo:\nsome notes\nRyo:\nmore notes"},
		{"label used once", "Ryo: Initial proposal of 1/week"},
		{"label inside a line", "so Ryo: yes and Ryo: no"},
	}
	for _, c := range cases {
		t.Run(c.veto, func(t *testing.T) {
			scanMentions(c.text, tokens(c.text), nil, "", func(rule string, m mention) {
				if rule == "speaker label" {
					t.Errorf("%q: speaker label read %q", c.text, mentionText(m))
				}
			})
		})
	}
}

// TestSpeakerLabels names the way each label is read as a speaker.
func TestSpeakerLabels(t *testing.T) {
	cases := []struct{ rule, text, want string }{
		{"used twice", "Ryo: Initial proposal.\nRyo: Agreed.", "Ryo"},
		{"given name used once", "Carol: Do we need video?", "Carol"},
		{"given name and surname", "Eric Huss: Yes.\nEric Huss: Done.", "Eric Huss"},
	}
	for _, c := range cases {
		got := speakerLabels(tokens(c.text))
		if !got[c.want] {
			t.Errorf("%s: %q gives speakers %v, want %q", c.rule, c.text, got, c.want)
		}
	}
}

// FuzzSpeakerLabels checks that finding speakers never panics and only
// reads labels that open a line, seeded from the table above.
func FuzzSpeakerLabels(f *testing.F) {
	for _, s := range []string{"- Ryo: Initial proposal\n- Ryo: Again", "Goal: x\nGoal: y", "Ryo:", ":", "• Eda Volk: A\n• Eda Volk: B"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokens(s)
		for label := range speakerLabels(toks) {
			if label == "" {
				t.Fatalf("%q: empty speaker label", s)
			}
		}
	})
}

// TestTitledVetoes are offices before capitalised words that name no one
// taking part.
func TestTitledVetoes(t *testing.T) {
	cases := []struct{ veto, text string }{
		{"no verb after the name", "We thanked Director Folska for the work."},
		{"an office, not a name", "The Chair Report was noted."},
		{"office before an office", "Deputy Chief Executive said it was fine."},
	}
	for _, c := range cases {
		t.Run(c.veto, func(t *testing.T) {
			scanMentions(c.text, tokens(c.text), nil, "", func(rule string, m mention) {
				if rule == "titled surname" {
					t.Errorf("%q: titled surname read %q", c.text, mentionText(m))
				}
			})
		})
	}
}

// TestShapedLineVetoes are lines that open with two capitalised words
// and a comma but name no one.
func TestShapedLineVetoes(t *testing.T) {
	cases := []struct{ veto, text string }{
		{"a payment beside a person", "Mrs Jane Davies, Salary, Chq No 1368 £450.00\nZorla Municipal, Council Insurance, Chq No 1369 £277.10"},
		{"no neighbour and no office", "Orlo Quist, Greater London Authority\nThe meeting closed."},
	}
	for _, c := range cases {
		t.Run(c.veto, func(t *testing.T) {
			scanMentions(c.text, tokens(c.text), nil, "", func(rule string, m mention) {
				if rule == "shaped line" {
					t.Errorf("%q: shaped line read %q", c.text, mentionText(m))
				}
			})
		})
	}
}

// TestOutlineLetters: letters that open lines in sequence are an
// outline, not initials; a lone lettered line is still a name.
func TestOutlineLetters(t *testing.T) {
	cases := []struct {
		name, text, read string
		want             bool
	}{
		{"outline", "A. Call to Order\nB. Recommended Actions\nE. Next Meeting", "A. Call", false},
		{"a name at a line start", "J. Smith said that it was fine.\nThe meeting closed.", "J. Smith", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := false
			scanMentions(c.text, tokens(c.text), nil, "", func(rule string, m mention) {
				got = got || mentionText(m) == c.read
			})
			if got != c.want {
				t.Errorf("%q: read %q = %v, want %v", c.text, c.read, got, c.want)
			}
		})
	}
}
