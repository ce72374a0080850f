package people

import "github.com/minutes-tool/minutes/extract/internal/doc"

// A line that opens with two plain capitalised words and a comma is a
// person when its shape says so, without a known given name: an office
// follows in commas and then a transcript colon ("Winston Sandino,
// Capitol Project Manager, Bureau of Transportation:"), or a line next
// to it opens the same way with a name the narrative knows (a roster of
// "Name, Organisation" lines: "Paul Clarke, Honestlyreal" over "Emer
// Coleman, Greater London Authority").

// shapedLineRule reads a name that opens a line and a comma, vouched for
// by an office label after it or by a neighbouring line of that shape.
func shapedLineRule(s *mentionScan, i int) (int, bool) {
	toks := s.toks
	if !lineOpener(toks, i) && !labelStart(s.text, toks, i, s.gaps) {
		return i, false
	}
	nf, next, ok := parseName(s.text, toks, i, len(toks), listName)
	if !ok || nf.hon != "" || !punctAt(toks, next, ",") {
		return i, false
	}
	rule, role := participation(s.text, toks, i, next, s.gaps)
	office := rule == "office label" || rule == "office, place label"
	if !office && (hasNumber(toks, i) || !rosterNeighbour(s.text, toks, i)) {
		return i, false
	}
	s.emit(mention{nf: nf, name: nameText(s.text, nf), role: role, start: nf.start, end: nf.end, participant: rule != ""})
	return next, true
}

// hasNumber tells whether the line from toks[i] holds a number: a line
// of payments ("Zurich Municipal, Council Insurance, Chq No 1369
// £277.10"), not of people.
func hasNumber(toks []doc.Token, i int) bool {
	for end := lineEnd(toks, i); i < end; i++ {
		if toks[i].Kind == doc.Number {
			return true
		}
	}
	return false
}

// rosterNeighbour tells whether the line before or after the one that
// starts at toks[i] opens with a name the narrative knows and a comma.
func rosterNeighbour(text string, toks []doc.Token, i int) bool {
	if j := prevLineStart(toks, i); j >= 0 && rosterLine(text, toks, j) {
		return true
	}
	j := lineEnd(toks, i)
	return j < len(toks) && rosterLine(text, toks, j)
}

// rosterLine tells whether the line at toks[j] opens, after bullets,
// with a name by the narrative's evidence and then a comma.
func rosterLine(text string, toks []doc.Token, j int) bool {
	j = skipBullets(toks, j, lineEnd(toks, j))
	_, next, ok := parseName(text, toks, j, len(toks), strictName)
	return ok && punctAt(toks, next, ",") && !hasNumber(toks, j)
}

// prevLineStart returns the first token of the line before the one that
// starts at toks[i], or -1.
func prevLineStart(toks []doc.Token, i int) int {
	if i == 0 {
		return -1
	}
	j := i - 1
	for j > 0 && !toks[j].LineStart {
		j--
	}
	return j
}
