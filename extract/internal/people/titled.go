package people

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// US minutes give people by office and surname: "Director Folska made
// the motion", "Committee Chair Mihalik declared the motion PASSED",
// "Finance Director Ortiz reported". An office word right before one or
// two name words that then speak (a speech verb, "made", or a
// transcript colon) names a person taking part, with that office.

// maxTitledWords bounds the name after an office: "Director Folska",
// "Director Shontel Lewis".
const maxTitledWords = 2

// titledVerbs speak for a titled person besides the speech verbs.
var titledVerbs = lex.WordSet(`made participated arrived left joined`)

// titledRule reads an office and the name after it, when the name then
// speaks: "Director Folska made the motion".
func titledRule(s *mentionScan, i int) (int, bool) {
	toks := s.toks
	t := toks[i]
	if !lex.RoleWords[t.Lower] || !startsUpper(t.Text) || isAllCaps(t.Text) {
		return i, false
	}
	j := i + 1
	for j < len(toks) && j <= i+maxTitledWords && isNameWord(toks[j]) && !toks[j].LineStart && !lex.RoleWords[toks[j].Lower] {
		j++
	}
	if j == i+1 || !titledSpeaks(s.text, toks, i+1, j, s.gaps) {
		return i, false
	}
	first, last := toks[i+1], toks[j-1]
	nf := nameFound{first: i + 1, last: j - 1, start: first.Start, end: last.End, surname: last.Text}
	for _, w := range toks[i+1 : j-1] {
		nf.given = append(nf.given, w.Text)
	}
	s.emit(mention{nf: nf, name: nameText(s.text, nf), role: t.Text, start: nf.start, end: nf.end, participant: true})
	return j, true
}

// titledSpeaks tells whether the name in toks[i:j] after an office
// speaks: a verb after it, or a transcript colon.
func titledSpeaks(text string, toks []doc.Token, i, j int, gaps bool) bool {
	if j < len(toks) && titledVerbs[toks[j].Lower] {
		return true
	}
	return verbAt(toks, j) || (punctAt(toks, j, ":") && labelStart(text, toks, i-1, gaps))
}
