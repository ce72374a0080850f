package sentence

import (
	"slices"
	"testing"
)

// Each case names the rule of Each that decides it: where a
// sentence ends, or the veto that keeps one going.
func TestSentenceRules(t *testing.T) {
	for _, c := range []struct {
		rule string
		text string
		want []string
	}{
		{"line break ends a sentence", "Present\nCllr Smith", []string{"Present", "Cllr Smith"}},
		{"full stop before a capital", "Noted. The Board agreed.", []string{"Noted.", "The Board agreed."}},
		{"question mark before a capital", "Why? Because.", []string{"Why?", "Because."}},
		{"exclamation mark before a capital", "Yes! All agreed.", []string{"Yes!", "All agreed."}},
		{"stop before a digit", "Item 4 was noted. 5 members voted.", []string{"Item 4 was noted.", "5 members voted."}},
		{"stop before an opening quote", "He spoke. “We agree,” he said.", []string{"He spoke.", "“We agree,” he said."}},
		{"stop before a list bullet", "Agreed. • Next item", []string{"Agreed.", "• Next item"}},
		{"stop before an opening bracket", "Agreed. (Unanimous.)", []string{"Agreed.", "(Unanimous.)"}},
		{"closing quote stays with its sentence", `He said "Yes." Then left.`, []string{`He said "Yes."`, "Then left."}},
		{"closing bracket stays with its sentence", "(See above.) Noted.", []string{"(See above.)", "Noted."}},
		{"veto: no space after the stop", "It cost 2.5m. Noted.", []string{"It cost 2.5m.", "Noted."}},
		{"veto: small letter after the stop", "the cost etc. of the works. Noted.", []string{"the cost etc. of the works.", "Noted."}},
		{"veto: abbreviation", "Cllr. Smith spoke. Mr. Jones agreed.", []string{"Cllr. Smith spoke.", "Mr. Jones agreed."}},
		{"veto: abbreviation with inner stops", "See e.g. The Plan. Done.", []string{"See e.g. The Plan.", "Done."}},
		{"veto: abbreviation in capitals", "Apply to DEPT. Finance. Done.", []string{"Apply to DEPT. Finance.", "Done."}},
		{"veto: initial", "J. Smith spoke. Done.", []string{"J. Smith spoke.", "Done."}},
		{"small letter is not an initial", "Option a. The rest.", []string{"Option a.", "The rest."}},
		{"abbreviation veto is for full stops only", "Mr! Smith", []string{"Mr!", "Smith"}},
		{"stop at the block's end", "Noted.  ", []string{"Noted."}},
		{"stop then only closers", `He said "No."`, []string{`He said "No."`}},
		{"stop then line break", "Noted.\nAgreed", []string{"Noted.", "Agreed"}},
		{"blank lines give no sentence", "a\n\n\nb", []string{"a", "b"}},
	} {
		var got []string
		for _, sp := range Spans(c.text) {
			got = append(got, c.text[sp[0]:sp[1]])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q split into %q, want %q", c.rule, c.text, got, c.want)
		}
	}
}

// The small rules, each on its own.
func TestSentenceRuleFunctions(t *testing.T) {
	for _, c := range []struct {
		rule string
		got  bool
		want bool
	}{
		{"initial: one capital", isInitial("J"), true},
		{"initial: not a small letter", isInitial("a"), false},
		{"initial: not two letters", isInitial("Jo"), false},
		{"initial: a capital beyond ASCII", isInitial("É"), true},
		{"abbreviation word: listed", isAbbreviationWord("Cllr"), true},
		{"abbreviation word: inner stops", isAbbreviationWord("i.e"), true},
		{"abbreviation word: one letter is never one", isAbbreviationWord("v"), false},
		{"abbreviation word: not listed", isAbbreviationWord("item"), false},
		{"abbreviation: word before the stop", isAbbreviation("said Mr"), true},
		{"abbreviation: nothing before the stop", isAbbreviation("4"), false},
		{"opener: capital", opensSentence("The"), true},
		{"opener: digit", opensSentence("5"), true},
		{"opener: bullet", opensSentence("• x"), true},
		{"opener: curly quote", opensSentence("‘x"), true},
		{"opener: not a small letter", opensSentence("the"), false},
		{"closer: curly quote", isCloser('”'), true},
		{"closer: not an opening bracket", isCloser('('), false},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %v, want %v", c.rule, c.got, c.want)
		}
	}
	if w := wordBeforeStop("see e.g"); w != "e.g" {
		t.Errorf("wordBeforeStop(%q) = %q, want e.g", "see e.g", w)
	}
}
