package people

import (
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/doc"
)

// tokens tokenizes a test text as the pipeline does.
// tokens are text's tokens as WithAllTokens hands them to Find: LineStart
// as NewlineBefore.
func tokens(text string) []doc.Token {
	toks := doc.Tokenize(text, 0, len(text))
	for i := range toks {
		toks[i].LineStart = toks[i].NewlineBefore
	}
	return toks
}

// tokenAt is the index of the token starting at the first occurrence of
// sub in text.
func tokenAt(t *testing.T, text string, toks []doc.Token, sub string) int {
	t.Helper()
	off := strings.Index(text, sub)
	for i, tk := range toks {
		if tk.Start == off {
			return i
		}
	}
	t.Fatalf("no token starts %q in %q", sub, text)
	return -1
}

// mentionText is what a mention reads: the office, the name or the
// initials.
func mentionText(m mention) string {
	switch {
	case m.role != "" && m.name == "":
		return m.role
	case m.name != "":
		return m.name
	}
	return m.alias
}

// TestMentionRules names the rule that reads each mention in the
// narrative.
func TestMentionRules(t *testing.T) {
	cases := []struct {
		rule, text, want string
	}{
		{"role only", "The Project Director introduced the update.", "Project Director"},
		{"role only", "The Project Director and the Accountable Officer highlighted the risks.", "Accountable Officer"},
		{"coordinated initials", "It was seconded by G and L Davies.", "G Davies"},
		{"coordinated initials", "It was seconded by G and L Davies.", "L Davies"},
		{"name", "Hazel Smith updated on the plan.", "Hazel Smith"},
		{"name", "The motion was proposed by Cllr P Harries.", "P Harries"},
		{"initials", "MW said that it was fine.", "MW"},
		{"lone name word", "It was agreed that Hazel would write.", "Hazel"},
		{"shaped line", "Wendo Sandor, Capitol Project Manager, Bureau of Transportation: Thank you.", "Wendo Sandor"},
		{"shaped line", "Paul Clarke, Honestlyreal\nOrlo Quist, Greater London Authority\n", "Orlo Quist"},
		{"titled surname", "Director Folska made the motion to approve.", "Folska"},
		{"titled surname", "Committee Chair Mihalik declared the motion PASSED.", "Mihalik"},
		{"speaker label", "- Ryo: Initial proposal of 1/week\n- Ryo: Let's time-limit it.", "Ryo"},
		{"speaker label", "- Eda Volk: A private channel.\n- Eda Volk: Agreed with Eda.", "Eda Volk"},
	}
	for _, c := range cases {
		t.Run(c.rule+"/"+c.want, func(t *testing.T) {
			var got []string
			scanMentions(c.text, tokens(c.text), nil, "", func(rule string, m mention) {
				got = append(got, rule+": "+mentionText(m))
			})
			want := c.rule + ": " + c.want
			for _, g := range got {
				if g == want {
					return
				}
			}
			t.Errorf("%q: want %q among %q", c.text, want, got)
		})
	}
}

// TestMentionVetoes are places no mention rule may read.
func TestMentionVetoes(t *testing.T) {
	cases := []struct{ veto, text, none string }{
		// An office spoken of, not one speaking: no verb after it.
		{"role without a verb", "We thanked the Project Director for the update.", "Project Director"},
		// An office must hold a word that heads one.
		{"role without a head", "The Kent Health Partnership introduced the update.", "Kent Health Partnership"},
		// "The" never starts a name.
		{"the", "The Smith report was noted.", "The Smith"},
	}
	for _, c := range cases {
		t.Run(c.veto, func(t *testing.T) {
			scanMentions(c.text, tokens(c.text), nil, "", func(rule string, m mention) {
				if mentionText(m) == c.none {
					t.Errorf("%q: rule %q read %q", c.text, rule, c.none)
				}
			})
		})
	}
}

// TestInsideInitials is the veto on a name starting inside a run of
// initials.
func TestInsideInitials(t *testing.T) {
	cases := []struct {
		text string
		at   int // token index
		want bool
	}{
		{"P Batty said", 1, true},
		{"C.C.C. Christmas Toybox", 2, true},  // the second C
		{"C.C.C. Christmas Toybox", 6, false}, // left to parseName's acronym veto
		{"item P\nBatty said", 2, false},
		{"Appoint Alison Stoll", 1, false},
	}
	for _, c := range cases {
		if got := insideInitials(tokens(c.text), c.at); got != c.want {
			t.Errorf("insideInitials(%q at %d) = %v, want %v", c.text, c.at, got, c.want)
		}
	}
}

// TestParticipation names the rule that says a named person takes part,
// and the office it reads.
func TestParticipation(t *testing.T) {
	cases := []struct {
		rule, text, name, role string
		transcript             bool
	}{
		{"chosen by", "The motion was proposed by Cllr P Harries and agreed.", "Cllr P Harries", "", false},
		{"transcript label", "Al Sigala: Thank you.", "Al Sigala", "", false},
		{"transcript label", "Thank you.  Al Sigala: Thank you.", "Al Sigala", "", true},
		{"", "Thank you.  Al Sigala: Thank you.", "Al Sigala", "", false}, // a wide gap opens a turn only in a transcript
		{"office label", "David Jones, Project Manager: Thank you.", "David Jones", "Project Manager", false},
		{"office then verb", "Glenn Douglas, STP Chief Executive, led the discussion.", "Glenn Douglas", "STP Chief Executive", false},
		{"office, place label", "David Jones, Capitol Project Manager, Bureau of Transportation: Thanks.", "David Jones",
			"Capitol Project Manager, Bureau of Transportation", false},
		{"speech verb", "Hazel Smith updated on the plan.", "Hazel Smith", "", false},
		{"speech verb", "Hazel Smith has asked for a report.", "Hazel Smith", "", false},
		{"", "Hazel Smith was late.", "Hazel Smith", "", false},
		{"", "in a letter to David Jones, Project Manager: see below.", "David Jones", "", false},
	}
	for _, c := range cases {
		t.Run(c.rule+"/"+c.text, func(t *testing.T) {
			toks := tokens(c.text)
			i := tokenAt(t, c.text, toks, c.name)
			_, next, ok := parseName(c.text, toks, i, len(toks), strictName)
			if !ok {
				t.Fatalf("no name at %q", c.name)
			}
			rule, role := participation(c.text, toks, i, next, c.transcript)
			if rule != c.rule || role != c.role {
				t.Errorf("participation = %q, %q; want %q, %q", rule, role, c.rule, c.role)
			}
		})
	}
}

// TestNameEvidence names the evidence that vouches for a name, "" for a
// run of capitals that is not one.
func TestNameEvidence(t *testing.T) {
	cases := []struct {
		rule string
		mode nameMode
		text string
		name string
	}{
		{"honorific", strictName, "Cllr Hollick arrived", "Hollick"},
		{"honorific", strictName, "County Councillor Joseph Davies", "Joseph Davies"},
		{"carried surname", carryName, "Fritz, Leonard and Saltzman", "Fritz"},
		{"given name", strictName, "Hazel Smith updated", "Hazel Smith"},
		{"dotted initial", strictName, "O. Williams took the Chair", "O. Williams"},
		{"initial", strictName, "P Batty said", "P Batty"},
		{"two words in a list", listName, "Gwenfyl Evans", "Gwenfyl Evans"},
		{"given name", strictName, "Will Perrin’s open court charter", "Will Perrin"},
		{"honorific", strictName, "Dr Ludwig van Beethoven wrote", "Ludwig van Beethoven"},
		// Vetoes.
		{"", strictName, "Gwenfyl Evans", ""},
		{"", listName, "Fritz, Leonard", ""},
		{"", strictName, "C.C.C. Christmas Toybox", ""},
		{"", strictName, "N Burgard Road", ""},
		{"", strictName, "Healthy Liverpool Programme", ""},
		{"", strictName, "Mayor said", ""},
	}
	for _, c := range cases {
		t.Run(c.rule+"/"+c.text, func(t *testing.T) {
			toks := tokens(c.text)
			nf, _, rule := readName(toks, 0, len(toks), c.mode)
			name := ""
			if rule != "" {
				name = nameText(c.text, nf)
			}
			if rule != c.rule || name != c.name {
				t.Errorf("readName(%q) = %q by %q; want %q by %q", c.text, name, rule, c.name, c.rule)
			}
		})
	}
}

// TestInlineRules shows the rules of an inline list: a plural honorific
// carried over surnames, a semicolon ending it, an office after a comma.
func TestInlineRules(t *testing.T) {
	cases := []struct {
		rule, text string
		want       []string // name | role
	}{
		{"plural honorific carries", "Commissioners Fish, Fritz and Saltzman.",
			[]string{"Fish|", "Fritz|", "Saltzman|"}},
		{"semicolon ends the carry", "Mayor Adams, Presiding; Commissioners Fish, Fritz; Leonard.",
			[]string{"Adams|Presiding", "Fish|", "Fritz|"}},
		{"office after a comma", "Karla Moore-Love, Clerk of the Council; Ben Walters, Chief Deputy City Attorney.",
			[]string{"Karla Moore-Love|Clerk of the Council", "Ben Walters|Chief Deputy City Attorney"}},
		{"office before the name", "City Manager Tom Ellis and Cllr Jane Smith (Chair).",
			[]string{"Tom Ellis|City Manager", "Jane Smith|Chair"}},
		{"initials in brackets are no office", "Mark Wardle (MW), Cheryl Way (CW).",
			[]string{"Mark Wardle|", "Cheryl Way|"}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			ppl, _ := inlineList(c.text, tokens(c.text), 0, "present")
			var got []string
			for _, p := range ppl {
				got = append(got, p.name+"|"+p.role)
			}
			if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
				t.Errorf("inlineList(%q) = %q, want %q", c.text, got, c.want)
			}
		})
	}
}

// TestCompassPlace: a given name after a compass word names a place.
func TestCompassPlace(t *testing.T) {
	text := "South Kent Coast CCG met"
	toks := tokens(text)
	if _, _, rule := readName(toks, 1, len(toks), strictName); rule != "" {
		t.Errorf("%q read as a name by %q", text, rule)
	}
}
