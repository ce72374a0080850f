package people

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// A comma run is a list of people written as one run of names split by
// commas and "and", under a label or after it: "Damian Tolan, Ollie
// Hough, Jo Housley"; "Council: Carol, Mark, Eric Holk". Every piece is a
// name, so the pieces need no other evidence; a piece may be one word (a
// first name, a surname, a nick) and, in a run of full names, wrap over
// a line end ("Steve\nEubanks"). A run may go on over lines that end in
// a comma.

// minRun is the fewest entries that make a run of names even when no
// name in it is known. With fewer, "Jane Smith, Kent Council" is a
// person and an organisation.
const minRun = 3

// maxPieceWords bounds one name in a run.
const maxPieceWords = 5

// runReader is the state of reading one comma run.
type runReader struct {
	text string
	toks []doc.Token
	end  int // the end of the line being read
	out  []listed
	full bool // every piece so far has two words or more
}

// commaRun reads a comma run from toks[i], the first line ending at
// end. It returns the people, where the run ends, and whether it is one:
// every piece a name, at least minRun of them.
func commaRun(text string, toks []doc.Token, i, end int, status string) ([]listed, int, bool) {
	r := runReader{text: text, toks: toks, end: end, full: true}
	for i < r.end {
		p, next, ok := r.piece(i, status)
		if !ok {
			return nil, i, false
		}
		r.out = append(r.out, p)
		i = r.separator(next)
	}
	return r.out, i, len(r.out) >= minRun
}

// separator steps over the separators after a piece from toks[i], onto
// the next line when this one ends in a comma, and returns where the
// next piece starts.
func (r *runReader) separator(i int) int {
	for i < r.end && (entrySeparators[r.toks[i].Lower] || r.toks[i].Text == ".") {
		i++
	}
	if i == r.end && i < len(r.toks) && r.toks[i-1].Text == "," && r.wrapsTo(i) {
		r.end = lineEnd(r.toks, i)
	}
	return i
}

// wrapsTo tells whether the run may carry on at toks[i], the start of
// the next line: a capitalised word that starts no label.
func (r *runReader) wrapsTo(i int) bool {
	if _, ok := headerAt(r.text, r.toks, i); ok {
		return false
	}
	t := r.toks[i]
	return t.Kind == doc.Word && startsUpper(t.Text)
}

// piece reads one name of the run from toks[i], with its bracketed
// notes, and returns where it ends.
func (r *runReader) piece(i int, status string) (listed, int, bool) {
	words, next := r.words(i)
	n := len(words)
	if n == 0 || (n == 1 && lex.RoleWords[r.toks[words[0]].Lower]) {
		return listed{}, i, false
	}
	last := r.toks[words[n-1]]
	nf := nameFound{first: i, last: words[n-1], start: r.toks[i].Start, end: last.End, surname: last.Text}
	for _, k := range words[:n-1] {
		if !nameParticles[r.toks[k].Lower] {
			nf.given = append(nf.given, r.toks[k].Text)
		}
	}
	p := listed{nf: nf, name: nameText(r.text, nf), status: status}
	next = tailNotes(r.text, r.toks, next, r.end, &p)
	if next < r.end && !entrySeparators[r.toks[next].Lower] && !fullStop(r.toks, next) {
		return listed{}, i, false
	}
	r.full = r.full && n > 1
	return p, next, true
}

// words reads the words of one name from toks[i] and returns their
// indices and the index after them.
func (r *runReader) words(i int) ([]int, int) {
	var words []int
	j := i
	for len(words) < maxPieceWords {
		if j == r.end && len(words) == 1 && r.full && len(r.out) >= minRun-1 && r.end < len(r.toks) && r.wrapsTo(j) {
			r.end = lineEnd(r.toks, j) // "Steve\nEubanks"
		}
		if j >= r.end {
			break
		}
		next, ok := runWord(r.toks, j, len(words))
		if !ok {
			break
		}
		words = append(words, j)
		j = next
	}
	return words, j
}

// runWord tells whether toks[j] may be word k of a name in a run, and
// returns the index after it.
func runWord(toks []doc.Token, j, k int) (int, bool) {
	t := toks[j]
	switch {
	case t.Kind != doc.Word:
		return j, false
	case isInitial(t):
		return skipDot(toks, j+1), true
	case isNameWord(t):
		return j + 1, true
	case k == 0:
		return j + 1, isAlias(t.Text) // "TC"
	case nameParticles[t.Lower]:
		return j + 1, true
	case lastWord(toks, j):
		return j + 1, true // "Tai-Shrae Parish", "Nicholas May"
	}
	return j, false
}

// lastWord tells whether toks[j] is a capitalised word that ends a piece
// of a run: in a run of names a surname may be a word that elsewhere
// names a thing, a month or a day.
func lastWord(toks []doc.Token, j int) bool {
	t := toks[j]
	if !startsUpper(t.Text) || isAllCaps(t.Text) || lex.RoleWords[t.Lower] {
		return false
	}
	return j+1 == len(toks) || toks[j+1].LineStart || entrySeparators[toks[j+1].Lower] || toks[j+1].Text == "("
}
