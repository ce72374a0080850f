package people

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// An attendance table flattened into text gives each member a code
// after the name ("Mr JB Adams P Mrs J Booth P Mr PJ Gregory A") and a
// key to the codes ("P = present, A = apology, N = non-attendance").
// Where the document holds such a key, a name followed by one of its
// codes has that status.

// minLegend is the fewest codes that make a key.
const minLegend = 2

// statusLegend reads the key of attendance codes in the document: a
// capital letter, "=", and a word that names a status.
func statusLegend(toks []doc.Token) map[string]string {
	var key map[string]string
	for i := 0; i+2 < len(toks); i++ {
		if toks[i+1].Text != "=" || !isInitial(toks[i]) {
			continue
		}
		if st := lex.StatusWords[toks[i+2].Lower]; st != "" {
			if key == nil {
				key = map[string]string{}
			}
			key[toks[i].Text] = st
		}
	}
	if len(key) < minLegend {
		return nil
	}
	return key
}

// legendAfter returns the status whose code follows the name ending
// before toks[j], past bracketed notes ("Mr AC Rickards (Chairman) A"),
// or "" when none does. The code must not start the next name.
func legendAfter(toks []doc.Token, j int, key map[string]string) string {
	if key == nil {
		return ""
	}
	for j < len(toks) && toks[j].Text == "(" {
		for j < len(toks) && toks[j].Text != ")" && !toks[j].LineStart {
			j++
		}
		j++
	}
	if j >= len(toks) || !isInitial(toks[j]) || key[toks[j].Text] == "" {
		return ""
	}
	if n := j + 1; n < len(toks) && isNameWord(toks[n]) && !isInitial(toks[n]) && !lex.Honorifics[toks[n].Lower] {
		return "" // "P Batty": an initial, not a code
	}
	return key[toks[j].Text]
}
