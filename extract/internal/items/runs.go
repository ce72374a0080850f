package items

import (
	"strings"
	"unicode"

	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// The runs a document's items make, read once they are all found: its
// numbering scheme, its agenda taken up again, its lists of one.

// minRun is how many numbered items make a document's numbering its
// scheme.
const minRun = 4

// numberedRun drops the unmarked titles of a document that numbers its
// items: where the minutes number every item ("I. Call to Order", "II.
// Pledge of Allegiance"), a short line set apart is a letterhead, a
// roster or a time, not an item.
func numberedRun(items []ItemFound) []ItemFound {
	n := 0
	for _, it := range items {
		if it.Numbered {
			n++
		}
	}
	if n < minRun {
		return items
	}
	kept := items[:0]
	for _, it := range items {
		if !it.Unmarked {
			kept = append(kept, it)
		}
	}
	return kept
}

// takenUp drops the list entries that a later item takes up again: an
// agenda listed at the top and then minuted under headings of the same
// names ("- CTC Audit" ... "## CT Audit"; "1. Adopt bylaws" ... "## Adopt
// Bylaws") is one set of items, and the heading, with the minute under
// it, is the item.
func takenUp(items []ItemFound, text string) []ItemFound {
	kept := items[:0]
	for i, it := range items {
		if it.listed && laterSame(items[i+1:], text, text[it.TitleStart:it.TitleEnd]) {
			continue
		}
		kept = append(kept, it)
	}
	return kept
}

// laterSame reports whether one of the items after a list, up to the next
// agenda (a file may hold several meetings, each with its agenda), has the
// same title as t.
func laterSame(items []ItemFound, text, t string) bool {
	past := false
	for _, it := range items {
		if it.agenda {
			if past {
				return false
			}
			continue
		}
		past = true
		if sameTitle(t, text[it.TitleStart:it.TitleEnd]) {
			return true
		}
	}
	return false
}

// sameTitle reports whether two titles name the same item: every main
// word of the shorter matches a word of the longer, the one word a prefix
// of the other ("CT"/"CTC", "Timing"/"Timings"), case aside. "Elect
// officers" and "Officers" are one item; "Finance" and "Planning" are not.
func sameTitle(a, b string) bool {
	wa, wb := mainWords(a), mainWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	for _, w := range wa {
		found := false
		for _, v := range wb {
			if strings.HasPrefix(w, v) || strings.HasPrefix(v, w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// mainWords are the lower-case words of a title of two letters or more,
// less the small words.
func mainWords(t string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) >= 2 && !lex.SmallWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// slashRuns drops the items numbered month/year/minute ("12/25/03 –
// Board Minutes") that no other item continues: such a number reads as a
// date too, and only a run of them (12/25/01, 12/25/02, ...) makes them
// the document's scheme.
func slashRuns(items []ItemFound) []ItemFound {
	prefix := func(n string) (string, bool) {
		if strings.Count(n, "/") != 2 || strings.IndexFunc(n, unicode.IsLetter) >= 0 {
			return "", false
		}
		return n[:strings.LastIndexByte(n, '/')], true
	}
	count := map[string]int{}
	for _, it := range items {
		if p, ok := prefix(it.Number); ok {
			count[p]++
		}
	}
	kept := items[:0]
	for _, it := range items {
		if p, ok := prefix(it.Number); ok && count[p] < 2 {
			continue
		}
		kept = append(kept, it)
	}
	return kept
}

// listOfOne drops an item numbered "1" that no "2" follows, in a document
// that numbers its items in a run of its own ("I.", "II.", ... "XII."):
// a list that starts and never goes on is a list of one under an item
// ("1. David Rothenburger" under "V. Public Participation"), not a
// numbering scheme.
func listOfOne(items []ItemFound) []ItemFound {
	ones, twos, numbered := 0, 0, 0
	for _, it := range items {
		if !it.Numbered {
			continue
		}
		numbered++
		switch it.Number {
		case "1":
			ones++
		case "2":
			twos++
		}
	}
	if ones == 0 || twos > 0 || numbered-ones < minRun {
		return items
	}
	kept := items[:0]
	for _, it := range items {
		if it.Numbered && it.Number == "1" {
			continue
		}
		kept = append(kept, it)
	}
	return kept
}
