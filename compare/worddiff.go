package compare

import (
	"strings"
	"unicode"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Segment is a run of a word-level difference: op is "equal", "delete"
// (only in the old text) or "insert" (only in the new).
type Segment struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// Segment ops.
const (
	OpEqual  = "equal"
	OpDelete = "delete"
	OpInsert = "insert"
)

// tokens cuts s into words and the runs of spaces and punctuation between
// them, so that joining the tokens gives s back.
func tokens(s string) []string {
	var out []string
	start := 0
	prev := -1 // 1 word, 0 other
	for i, r := range s {
		k := 0
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' {
			k = 1
		}
		if prev >= 0 && k != prev {
			out = append(out, s[start:i])
			start = i
		}
		prev = k
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// wordRune is the i-th distinct token's stand-in. It skips the surrogate
// range, which a Go string cannot hold, as go-diff converts back and forth.
func wordRune(i int) rune {
	r := rune(i + 1)
	if r >= 0xD800 {
		r += 0x800
	}
	return r
}

// wordDiff is the word-level difference of a and b, done the way
// DiffLinesToChars does lines: each distinct token becomes one rune, the
// rune strings are diffed, and the runes are mapped back. On minutes
// sentences this is several times faster than a character diff, and its
// runs fall on word boundaries, which is what a reader wants marked.
//
// When the texts share under a third of their words it returns nil: marks
// all over two different sentences hide more than they show (see
// worthMarking), and diffing them is the slowest case of the algorithm.
func wordDiff(a, b string) []Segment {
	if a == b {
		if a == "" {
			return nil
		}
		return []Segment{{Op: OpEqual, Text: a}}
	}
	if !shareEnough(a, b) {
		return nil
	}
	index := map[string]rune{}
	var table []string
	encode := func(s string) []rune {
		ts := tokens(s)
		out := make([]rune, len(ts))
		for i, t := range ts {
			r, ok := index[t]
			if !ok {
				r = wordRune(len(table))
				index[t] = r
				table = append(table, t)
			}
			out[i] = r
		}
		return out
	}
	ra, rb := encode(a), encode(b)
	back := make(map[rune]string, len(table))
	for t, r := range index {
		back[r] = t
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // minutes sentences are short; take the best diff
	diffs := dmp.DiffCleanupSemantic(dmp.DiffMainRunes(ra, rb, false))
	var out []Segment
	for _, d := range diffs {
		var sb strings.Builder
		for _, r := range d.Text {
			sb.WriteString(back[r])
		}
		op := OpEqual
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op = OpDelete
		case diffmatchpatch.DiffInsert:
			op = OpInsert
		}
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += sb.String()
			continue
		}
		out = append(out, Segment{Op: op, Text: sb.String()})
	}
	return out
}

// shareEnough is worthMarking's test done before the diff, on word
// multisets: at least a third of both texts' words in common.
func shareEnough(a, b string) bool {
	wa, wb := splitWords(a), splitWords(b)
	count := make(map[string]int, len(wa))
	for _, w := range wa {
		count[w]++
	}
	same := 0
	for _, w := range wb {
		if count[w] > 0 {
			count[w]--
			same += 2
		}
	}
	return same*3 >= len(wa)+len(wb)
}
