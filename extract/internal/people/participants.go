package people

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/genre"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

import "strings"

// In the narrative a person shows up as a name before a speech verb
// ("Hazel Smith updated on ..."), a name with an office in commas
// ("Glenn Douglas, STP Chief Executive ..., led"), initials defined in the
// attendance list ("MW said"), a transcript label ("Al Sigala: Thank
// you"), an office alone ("The Project Director ... introduced the
// update"), or a name in passing ("Jim Lusby is leading on this").

// mention is one place the narrative names someone.
type mention struct {
	nf          nameFound
	name        string // "" for a role-only mention
	role        string
	alias       string // initials used as the name: "MW"
	start, end  int
	participant bool
	status      string // from a code after the name in an attendance table
	onlyLink    bool   // a given name, surname or alias alone: counts only for someone known
}

// findMentions scans the narrative outside the attendance lists, in text
// order, and hands each mention to emit as it is found: a page names
// people tens of thousands of times, and most of those mentions (a lone
// capitalised word) are dropped at once, so they are not collected first.
// skip holds the lists' byte ranges, in order and apart, as findLists
// returns them; g is the document's genre.
func findMentions(text string, toks []doc.Token, skip [][2]int, g string, emit func(mention)) {
	scanMentions(text, toks, skip, g, func(_ string, m mention) { emit(m) })
}

// mentionScan is the state of one pass of the mention rules: the text,
// and where a rule hands what it reads, named by the rule.
type mentionScan struct {
	text string
	toks []doc.Token
	rule string // the rule being tried, for emit
	out  func(rule string, m mention)
	// speakers are the line-opening labels that name people here.
	speakers map[string]bool
	// legend is the key of attendance codes, nil for none.
	legend map[string]string
	// outline are the letters that open lines as an outline does.
	outline map[byte]bool
	// chat is set in a chat meeting's record, where turns are by nick.
	chat bool
	// gaps is set in a transcript, whose turns may follow a wide gap
	// where a page flattened from PDF ran them into one line.
	gaps bool
}

// emit hands m on under the name of the rule that read it.
func (s *mentionScan) emit(m mention) { s.out(s.rule, m) }

// mentionRule reads a mention starting at toks[i], emits what it reads
// and returns the index after it; ok is false when it reads nothing.
type mentionRule struct {
	name  string
	match func(s *mentionScan, i int) (next int, ok bool)
}

// chatTurnRule is tried first in a chat meeting's record: a turn by
// nick, "dbooth: yes", "<ivan> so we agreed".
var chatTurnRule = mentionRule{"chat turn", chatTurn}

// theRule is tried, alone, at "the": an office without a name.
var theRule = mentionRule{"role only", roleOnlyRule}

// capitalRules are tried in order at a capitalised word; the first that
// reads something wins.
var capitalRules = []mentionRule{
	{"speaker label", speakerRule},                    // "Ryan: Initial proposal"
	{"titled surname", titledRule},                    // "Director Folska made"
	{"coordinated initials", coordinatedInitialsRule}, // "G and L Davies"
	{"name", nameRule},                                // "Hazel Smith updated", "Cllr P Harries"
	{"shaped line", shapedLineRule},                   // "Winston Sandino, Capitol Project Manager, ...:"
	{"initials", initialsRule},                        // "MW said", "RJ"
	{"lone name word", loneNameWordRule},              // "Hazel asked", "Smith"
}

// scanMentions is findMentions with the name of the rule that read each
// mention, for tests.
func scanMentions(text string, toks []doc.Token, skip [][2]int, g string, emit func(rule string, m mention)) {
	s := &mentionScan{text: text, toks: toks, out: emit, chat: chatGenre(g), gaps: g == genre.Transcript}
	s.readKeys()
	k := 0 // the first range that does not end at or before the token
	inSkip := func(pos int) bool {
		for k < len(skip) && skip[k][1] <= pos {
			k++
		}
		return k < len(skip) && pos >= skip[k][0]
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != doc.Word || inSkip(t.Start) {
			continue
		}
		if next, ok := s.mentionAt(i); ok {
			i = next - 1
		}
	}
}

// readKeys reads what the rules ask of the whole document before the
// scan: the speaker labels, the key of attendance codes and the outline
// letters. One pass over the tokens reads all three: on a long page each
// pass of its own streamed the whole token slice from memory again, and
// once the slice outgrew the caches those passes cost more per token the
// longer the page (2.4 to 3 times the time for twice a page of 4 MB).
func (s *mentionScan) readKeys() {
	speakers := newSpeakerTally()
	var legend map[string]string
	for i := range s.toks {
		speakers.add(s.toks, i)
		legend = legendAt(s.toks, i, legend)
		s.outline = outlineLetterAt(s.toks, i, s.outline)
	}
	s.speakers, s.legend = speakers.labels(), legendOf(legend)
}

// mentionAt tries the rules that may start at toks[i], a word.
func (s *mentionScan) mentionAt(i int) (int, bool) {
	t := s.toks[i]
	if s.chat {
		// A turn by nick may be in lower case, which no other rule reads.
		if next, ok := s.try(chatTurnRule, i); ok {
			return next, true
		}
	}
	if t.Lower == "the" {
		// "The" starts an office or nothing: never a name.
		return s.try(theRule, i)
	}
	if !startsUpper(t.Text) || (insideInitials(s.toks, i) && !lex.Honorifics[t.Lower]) || outlineAt(s.toks, i, s.outline) {
		return i, false
	}
	for _, r := range capitalRules {
		if next, ok := s.try(r, i); ok {
			return next, true
		}
	}
	return i, false
}

// try runs one rule at toks[i].
func (s *mentionScan) try(r mentionRule, i int) (int, bool) {
	s.rule = r.name
	return r.match(s, i)
}

// insideInitials vetoes a name starting inside a run of capitals that is
// not one ("C.C.C.", "P Batty" at "Batty"). A name may still start at a
// line start or after a capitalised verb ("Appoint Alison Stoll").
func insideInitials(toks []doc.Token, i int) bool {
	if i == 0 || toks[i].LineStart {
		return false
	}
	return isInitial(toks[i-1]) ||
		(i > 1 && toks[i-1].Text == "." && !toks[i].SpaceBefore && isInitial(toks[i-2]))
}

// roleOnlyRule reads offices standing for people: "The Project Director
// ... introduced the update".
func roleOnlyRule(s *mentionScan, i int) (int, bool) {
	ms, next := roleOnly(s.text, s.toks, i)
	if len(ms) == 0 {
		return i, false
	}
	for _, m := range ms {
		s.emit(m)
	}
	return next, true
}

// coordinatedInitialsRule reads two people sharing a surname: "G and L
// Davies".
func coordinatedInitialsRule(s *mentionScan, i int) (int, bool) {
	ms, next, ok := coordinatedInitials(s.text, s.toks, i, s.gaps)
	if !ok {
		return i, false
	}
	for _, m := range ms {
		s.emit(m)
	}
	return next, true
}

// nameRule reads a name that has the evidence of the narrative (an
// honorific, a known given name, an initial), with what it says the
// person does: "Glenn Douglas, STP Chief Executive ..., led".
func nameRule(s *mentionScan, i int) (int, bool) {
	nf, next, ok := parseName(s.text, s.toks, i, len(s.toks), strictName)
	if !ok {
		return i, false
	}
	m := mention{nf: nf, name: nameText(s.text, nf), start: nf.start, end: nf.end}
	m.participant, m.role = takesPart(s.text, s.toks, i, next, s.gaps)
	m.status = legendAfter(s.toks, next, s.legend)
	s.emit(m)
	return next, true
}

// initialsRule reads initials used as a name ("MW", "AWa"). They only
// add places for people known otherwise, unless they speak at the start
// of a clause: "RJ said", "... and MW explained".
func initialsRule(s *mentionScan, i int) (int, bool) {
	t := s.toks[i]
	if !isAlias(t.Text) || lex.AliasStop[t.Lower] {
		return i, false
	}
	m := mention{alias: t.Text, start: t.Start, end: t.End, onlyLink: true}
	if part, _ := takesPart(s.text, s.toks, i, i+1, s.gaps); part && clauseStart(s.toks, i) {
		m.participant, m.onlyLink, m.name = true, false, t.Text
	}
	s.emit(m)
	return i + 1, true
}

// clauseOpeners are the tokens after which initials start a clause.
var clauseOpeners = lex.WordSet(`, and : . •`)

// clauseStart tells whether toks[i] starts a line or follows a clause
// opener.
func clauseStart(toks []doc.Token, i int) bool {
	return i == 0 || toks[i].LineStart || clauseOpeners[toks[i-1].Lower]
}

// loneNameWordRule reads a given name or surname alone ("Hazel asked"),
// which only adds places for people known otherwise. A word followed by
// another name word on its line is not alone.
func loneNameWordRule(s *mentionScan, i int) (int, bool) {
	toks := s.toks
	t := toks[i]
	if !isNameWord(t) || (i+1 < len(toks) && isNameWord(toks[i+1]) && !toks[i+1].LineStart) {
		return i, false
	}
	m := mention{name: t.Text, start: t.Start, end: t.End, onlyLink: true}
	m.nf = nameFound{first: i, last: i, start: t.Start, end: t.End, surname: t.Text}
	m.participant, _ = takesPart(s.text, toks, i, i+1, s.gaps)
	s.emit(m)
	return i + 1, true
}

// takesPart tells whether the name in toks[i:next] is said to speak,
// present or chair, and reads an office written in commas after it.
// gaps is set in a transcript, where a turn may follow a wide gap.
func takesPart(text string, toks []doc.Token, i, next int, gaps bool) (bool, string) {
	rule, role := participation(text, toks, i, next, gaps)
	return rule != "", role
}

// participation is takesPart naming the rule that found the person
// taking part, "" for none. The rules are tried in this order.
func participation(text string, toks []doc.Token, i, next int, gaps bool) (rule, role string) {
	switch {
	case chosenBy(toks, i):
		return "chosen by", ""
	case punctAt(toks, next, ":") && labelStart(text, toks, i, gaps):
		return "transcript label", ""
	case punctAt(toks, next, ","):
		// Whatever follows a comma is read as an office, or not at all.
		return officeInCommas(text, toks, i, next, gaps)
	case verbAt(toks, next):
		return "speech verb", ""
	}
	return "", ""
}

// chosenBy reads a name after a verb and "by": "proposed by Cllr P
// Harries", "chaired by Dr Smith".
func chosenBy(toks []doc.Token, i int) bool {
	return i >= 2 && toks[i-1].Lower == "by" && lex.ByVerbs[toks[i-2].Lower]
}

// punctAt tells whether toks[j] exists and is the mark p.
func punctAt(toks []doc.Token, j int, p string) bool {
	return j < len(toks) && toks[j].Text == p
}

// labelStart tells whether toks[i] starts a transcript label: at a line
// start, or, in a transcript (gaps), after a wide gap.
func labelStart(text string, toks []doc.Token, i int, gaps bool) bool {
	return i == 0 || toks[i].LineStart || gaps && gapBefore(text, toks, i)
}

// officeInCommas reads an office in commas after the name, the comma at
// toks[j]: "Glenn Douglas, STP Chief Executive and Chair of the Programme
// Board, led ..."; "Winston Sandino, Project Manager:"; "Winston Sandino,
// Capitol Project Manager, Bureau of Transportation:".
func officeInCommas(text string, toks []doc.Token, i, j int, gaps bool) (string, string) {
	k := officeEnd(toks, j+1)
	if k >= len(toks) || k == j+1 {
		return "", "" // no office, or one that runs off the text
	}
	office := func(last int) string { return strings.TrimSpace(text[toks[j+1].Start:toks[last].End]) }
	switch {
	case toks[k].Text == ":" && labelStart(text, toks, i, gaps):
		return "office label", office(k - 1)
	case toks[k].Text == "," && verbAt(toks, k+1):
		return "office then verb", office(k - 1)
	case toks[k].Text == "," && labelStart(text, toks, i, gaps):
		if m, ok := labelColon(toks, k+1); ok {
			return "office, place label", office(m - 1)
		}
	}
	return "", ""
}

// officeEnd returns the index of the comma, colon or full stop that ends
// an office starting at toks[j], looking at most 29 tokens on.
func officeEnd(toks []doc.Token, j int) int {
	k := j
	for k < len(toks) && k < j+29 && toks[k].Text != "," && toks[k].Text != ":" && !fullStop(toks, k) {
		k++
	}
	return k
}

// labelColon finds the colon ending a transcript label on this line
// within 15 tokens of toks[j], before any full stop.
func labelColon(toks []doc.Token, j int) (int, bool) {
	m := j
	for m < len(toks) && m < j+15 && toks[m].Text != ":" && !fullStop(toks, m) && !toks[m].LineStart {
		m++
	}
	return m, m < len(toks) && toks[m].Text == ":"
}

// verbAt tells whether a speech verb starts at toks[j], after adverbs.
func verbAt(toks []doc.Token, j int) bool {
	for j < len(toks) && lex.AdverbsBeforeVerb[toks[j].Lower] {
		j++
	}
	if j >= len(toks) || toks[j].Kind != doc.Word {
		return false
	}
	if lex.SpeechVerbs[toks[j].Lower] {
		return true
	}
	// "was invited to", "has asked", "had explained".
	if (toks[j].Lower == "was" || toks[j].Lower == "has" || toks[j].Lower == "had") && j+1 < len(toks) {
		w := toks[j+1].Lower
		return w == "invited" || (toks[j].Lower != "was" && lex.SpeechVerbs[w])
	}
	return false
}

// gapBefore tells whether a wide gap (two spaces or a tab) comes before
// toks[i], as in transcripts flattened from PDF.
func gapBefore(text string, toks []doc.Token, i int) bool {
	if i == 0 {
		return true
	}
	gap := text[toks[i-1].End:toks[i].Start]
	return strings.Contains(gap, "  ") || strings.Contains(gap, "\t")
}

// coordinatedInitials reads "G and L Davies" and "H.L. and A.W. Gwynne":
// two people sharing a surname.
func coordinatedInitials(text string, toks []doc.Token, i int, gaps bool) ([]mention, int, bool) {
	j := i
	for j < len(toks) && isInitial(toks[j]) && (j == i || !toks[j].LineStart) {
		j = skipDot(toks, j+1)
	}
	if j == i || j >= len(toks) || toks[j].Lower != "and" {
		return nil, i, false
	}
	nf2, next, ok := parseName(text, toks, j+1, len(toks), strictName)
	if !ok || nf2.hon != "" || len(nf2.given) == 0 || !isInitial(toks[j+1]) {
		return nil, i, false
	}
	first := nameFound{first: i, last: nf2.last, start: toks[i].Start, end: nf2.end, surname: nf2.surname}
	for k := i; k < j; k++ {
		if toks[k].Kind == doc.Word {
			first.given = append(first.given, toks[k].Text)
		}
	}
	initials := strings.TrimSpace(text[toks[i].Start:toks[j-1].End])
	m1 := mention{nf: first, name: initials + " " + nf2.surname, start: toks[i].Start, end: nf2.end}
	m2 := mention{nf: nf2, name: nameText(text, nf2), start: nf2.start, end: nf2.end}
	m1.participant, _ = takesPart(text, toks, i, next, gaps)
	m2.participant = m1.participant
	return []mention{m1, m2}, next, true
}

// roleOnly reads an office named as a participant without a name: "The
// Project Director of the Kent and Medway ... introduced the update";
// "The Project Director and the Accountable Officer highlighted". It
// returns the offices and the index after them, or nothing and i+1.
func roleOnly(text string, toks []doc.Token, i int) ([]mention, int) {
	var spans [][2]int // token ranges of the offices
	j := i
	for j < len(toks) && toks[j].Lower == "the" {
		lastCap := officeWords(toks, j+1)
		if lastCap < 0 {
			return nil, i + 1
		}
		spans = append(spans, [2]int{j + 1, lastCap})
		k := lastCap + 1
		if k < len(toks) && toks[k].Text == "," {
			k++
		}
		if k+1 < len(toks) && toks[k].Lower == "and" && toks[k+1].Lower == "the" {
			j = k + 1 // "and the" names a second office
			continue
		}
		if !verbAt(toks, k) {
			return nil, i + 1 // an office spoken of, not one speaking
		}
		return officeMentions(text, toks, spans), k
	}
	return nil, i + 1
}

// officeJoiners may sit between the capitalised words of an office:
// "Director of the Kent and Medway STP", "Health & Care".
var officeJoiners = lex.WordSet(`of the for and & ,`)

// officeWords reads the capitalised words of an office from toks[j],
// on one line and at most 24 tokens, and returns the index of the last
// capitalised one, or -1.
func officeWords(toks []doc.Token, j int) int {
	lastCap := -1
	for k := j; k < len(toks) && k < j+24 && !toks[k].LineStart; k++ {
		t := toks[k]
		switch {
		case t.Kind == doc.Word && startsUpper(t.Text):
			lastCap = k
		case t.Lower == "and" && k+1 < len(toks) && toks[k+1].Lower == "the":
			return lastCap // "and the" starts a second office
		case !officeJoiners[t.Lower]:
			return lastCap
		}
	}
	return lastCap
}

// officeMentions are the offices of spans that start with a capital and
// hold a word that heads an office ("Director", "Officer").
func officeMentions(text string, toks []doc.Token, spans [][2]int) []mention {
	var out []mention
	for _, s := range spans {
		if !startsUpper(toks[s[0]].Text) || !hasRoleHead(toks[s[0]:s[1]+1]) {
			continue
		}
		out = append(out, mention{role: text[toks[s[0]].Start:toks[s[1]].End], start: toks[s[0]].Start,
			end: toks[s[1]].End, participant: true})
	}
	return out
}

// hasRoleHead tells whether one of toks heads an office.
func hasRoleHead(toks []doc.Token) bool {
	for _, t := range toks {
		if lex.RoleHeads[t.Lower] {
			return true
		}
	}
	return false
}
