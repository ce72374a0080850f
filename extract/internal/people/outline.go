package people

import "github.com/minutes-tool/minutes/extract/internal/doc"

// Minutes letter their items: "A. Call to Order", "B. Recommended
// Actions", "E. Next Meeting". A capital and a full stop opening a line
// reads like an initial ("A. Call"), but when the letter before or after
// it also opens a line with a full stop, the letters are an outline.

// outlineLetters are the capitals that open a line with a full stop.
func outlineLetters(toks []doc.Token) map[byte]bool {
	var out map[byte]bool
	for i := 0; i+1 < len(toks); i++ {
		if toks[i+1].Text == "." && isInitial(toks[i]) && len(toks[i].Text) == 1 && lineOpener(toks, i) {
			if out == nil {
				out = map[byte]bool{}
			}
			out[toks[i].Text[0]] = true
		}
	}
	return out
}

// outlineAt tells whether toks[i] is an outline letter: it opens a line
// with a full stop, and a neighbouring letter does too.
func outlineAt(toks []doc.Token, i int, letters map[byte]bool) bool {
	t := toks[i]
	if letters == nil || len(t.Text) != 1 || i+1 >= len(toks) || toks[i+1].Text != "." || !lineOpener(toks, i) {
		return false
	}
	c := t.Text[0]
	return letters[c-1] || letters[c+1]
}
