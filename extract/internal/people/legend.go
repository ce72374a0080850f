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

// legendAt adds to key the code that toks[i] defines, when it opens a
// key entry: a capital letter, "=", and a word that names a status. key
// is made on first use; later entries for a code win.
func legendAt(toks []doc.Token, i int, key map[string]string) map[string]string {
	if i+2 >= len(toks) || toks[i+1].Text != "=" || !isInitial(toks[i]) {
		return key
	}
	if st := lex.StatusWords[toks[i+2].Lower]; st != "" {
		if key == nil {
			key = map[string]string{}
		}
		key[toks[i].Text] = st
	}
	return key
}

// legendOf is the key of attendance codes that legendAt gathered over
// the document, nil when too few codes make it one.
func legendOf(key map[string]string) map[string]string {
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
