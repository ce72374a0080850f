package people

import "github.com/minutes-tool/minutes/extract/internal/doc"

// Minutes letter their items: "A. Call to Order", "B. Recommended
// Actions", "E. Next Meeting". A capital and a full stop opening a line
// reads like an initial ("A. Call"), but when the letter before or after
// it also opens a line with a full stop, the letters are an outline.

// outlineLetterAt adds to letters the capital at toks[i] when it opens
// a line with a full stop. letters is made on first use.
func outlineLetterAt(toks []doc.Token, i int, letters map[byte]bool) map[byte]bool {
	if i+1 < len(toks) && toks[i+1].Text == "." && isInitial(toks[i]) && len(toks[i].Text) == 1 && lineOpener(toks, i) {
		if letters == nil {
			letters = map[byte]bool{}
		}
		letters[toks[i].Text[0]] = true
	}
	return letters
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
