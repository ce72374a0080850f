package input

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// runesUpTo counts as utf8.RuneCountInString does, up to wrapWidth, and a
// block's count can be kept line by line: a line break never joins the
// bytes around it into one rune, valid or not.
func TestRunesUpTo(t *testing.T) {
	lines := []string{"", "a", "é", "\xff", "\xe2\x80", "漢字 and more", strings.Repeat("x", 59), strings.Repeat("é", 61), "\xc3", "tail\xe2"}
	for _, a := range lines {
		if got, want := runesUpTo(0, a), min(utf8.RuneCountInString(a), wrapWidth); got != want {
			t.Errorf("runesUpTo(0, %q) = %d, want %d", a, got, want)
		}
		for _, b := range lines {
			joined := a + "\n" + b
			kept := runesUpTo(runesUpTo(0, a), "\n"+b)
			if want := min(utf8.RuneCountInString(joined), wrapWidth); kept != want {
				t.Errorf("%q then %q: kept count %d, want %d", a, b, kept, want)
			}
		}
	}
}

// The wrap rules, each named: when a line runs on into the next.
func TestWrapsInto(t *testing.T) {
	long := strings.Repeat("word ", 13) + "and" // 68 runes, unfinished
	for _, c := range []struct {
		rule       string
		cur, next  string
		wantJoined bool
	}{
		{"next goes on in lower case", "The balance of the", "consent agenda was adopted.", true},
		{"lower case after a full stop is a new line", "Noted.", "then it was agreed", false},
		{"long unfinished line runs on", long, "More words", true},
		{"short line stands alone", "Present", "Cllr Smith", false},
		{"long finished line stands alone", long + ".", "More words", false},
		{"long line before a numbered item stands alone", long, "5. Next item", false},
		{"a bullet never joins the line before", long, "• item", false},
		{"a short bullet line takes no line after", "• item", "More words", false},
		{"a lettered sub-item starts its own line", "5. FINANCE", "a) Payments - the clerk listed them.", false},
		{"a bracketed sub-item starts its own line", "5. Finance", "(b) Bank balance", false},
		{"a lower-case word with a bracket runs on", "the items listed", "a) and b) were agreed", true},
	} {
		d := TextDocument(c.cur + "\n" + c.next)
		if joined := len(d.Blocks) == 1; joined != c.wantJoined {
			t.Errorf("%s: %q then %q joined %v, want %v", c.rule, c.cur, c.next, joined, c.wantJoined)
		}
	}
}
