package people

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
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
	onlyLink    bool // a given name, surname or alias alone: counts only for someone known
}

// findMentions scans the narrative outside the attendance lists, in text
// order, and hands each mention to emit as it is found: a page names
// people tens of thousands of times, and most of those mentions (a lone
// capitalised word) are dropped at once, so they are not collected first.
// skip holds the lists' byte ranges, in order and apart, as findListed
// returns them.
func findMentions(text string, toks []doc.Token, skip [][2]int, emit func(mention)) {
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
		if t.Lower == "the" {
			if ms, next := roleOnly(text, toks, i); len(ms) > 0 {
				emitAll(emit, ms)
				i = next - 1
			}
			continue
		}
		if !startsUpper(t.Text) {
			continue
		}
		// A name does not start inside a run of capitals that is not one
		// ("Canterbury Christ Church"), but may after a capitalised verb
		// ("Appoint Alison Stoll").
		if i > 0 && !toks[i].NewlineBefore && (isInitial(toks[i-1]) ||
			(i > 1 && toks[i-1].Text == "." && !toks[i].SpaceBefore && isInitial(toks[i-2]))) {
			continue // inside "C.C.C." or "P Batty"
		}
		if ms, next, ok := coordinatedInitials(text, toks, i); ok {
			emitAll(emit, ms)
			i = next - 1
			continue
		}
		if nf, next, ok := parseName(text, toks, i, len(toks), strictName); ok {
			m := mention{nf: nf, name: nameText(text, nf), start: nf.start, end: nf.end}
			m.participant, m.role = takesPart(text, toks, i, next)
			emit(m)
			i = next - 1
			continue
		}
		// One word alone: initials, a given name or a surname; these only
		// add places for people known otherwise, except initials that
		// speak ("RJ said").
		if isAlias(t.Text) && !lex.AliasStop[t.Lower] {
			m := mention{alias: t.Text, start: t.Start, end: t.End, onlyLink: true}
			part, _ := takesPart(text, toks, i, i+1)
			prevOK := i == 0 || toks[i].NewlineBefore || toks[i-1].Text == "," || toks[i-1].Lower == "and" ||
				toks[i-1].Text == ":" || toks[i-1].Text == "." || toks[i-1].Text == "•"
			if part && prevOK {
				m.participant, m.onlyLink, m.name = true, false, t.Text
			}
			emit(m)
			continue
		}
		if isNameWord(t) && (i+1 >= len(toks) || !isNameWord(toks[i+1]) || toks[i+1].NewlineBefore) {
			m := mention{name: t.Text, start: t.Start, end: t.End, onlyLink: true}
			m.nf = nameFound{first: i, last: i, start: t.Start, end: t.End, surname: t.Text}
			m.participant, _ = takesPart(text, toks, i, i+1)
			emit(m)
		}
	}
}

// takesPart tells whether the name in toks[i:next] is said to speak,
// present or chair, and reads an office written in commas after it.
func takesPart(text string, toks []doc.Token, i, next int) (bool, string) {
	// "proposed by Cllr P Harries", "chaired by Dr Smith".
	if i >= 2 && toks[i-1].Lower == "by" && lex.ByVerbs[toks[i-2].Lower] {
		return true, ""
	}
	j := next
	// A transcript label: "Al Sigala:", "Winston Sandino, Project Manager:".
	if j < len(toks) && toks[j].Text == ":" && (i == 0 || toks[i].NewlineBefore || gapBefore(text, toks, i)) {
		return true, ""
	}
	if j < len(toks) && toks[j].Text == "," {
		// An office in commas: "Glenn Douglas, STP Chief Executive and
		// Chair of the Programme Board, led ...".
		k := j + 1
		for k < len(toks) && k < j+30 && toks[k].Text != "," && toks[k].Text != ":" && !fullStop(toks, k) {
			k++
		}
		if k < len(toks) && k > j+1 {
			after := k + 1
			if toks[k].Text == ":" && (i == 0 || toks[i].NewlineBefore || gapBefore(text, toks, i)) {
				return true, strings.TrimSpace(text[toks[j+1].Start:toks[k-1].End])
			}
			if toks[k].Text == "," && verbAt(toks, after) {
				return true, strings.TrimSpace(text[toks[j+1].Start:toks[k-1].End])
			}
			// "Winston Sandino, Capitol Project Manager, Bureau of Transportation:"
			if toks[k].Text == "," && (i == 0 || toks[i].NewlineBefore || gapBefore(text, toks, i)) {
				m := after
				for m < len(toks) && m < after+15 && toks[m].Text != ":" && !fullStop(toks, m) && !toks[m].NewlineBefore {
					m++
				}
				if m < len(toks) && toks[m].Text == ":" {
					return true, strings.TrimSpace(text[toks[j+1].Start:toks[m-1].End])
				}
			}
		}
		return false, ""
	}
	return verbAt(toks, j), ""
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
func coordinatedInitials(text string, toks []doc.Token, i int) ([]mention, int, bool) {
	j := i
	for j < len(toks) && isInitial(toks[j]) && (j == i || !toks[j].NewlineBefore) {
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
	m1.participant, _ = takesPart(text, toks, i, next)
	m2.participant = m1.participant
	return []mention{m1, m2}, next, true
}

// roleOnly reads an office named as a participant without a name: "The
// Project Director of the Kent and Medway ... introduced the update";
// "The Project Director and the Accountable Officer highlighted".
func roleOnly(text string, toks []doc.Token, i int) ([]mention, int) {
	var spans [][2]int // token ranges of the roles
	j := i
	for {
		if j >= len(toks) || toks[j].Lower != "the" {
			return nil, i + 1
		}
		k := j + 1
		lastCap := -1
		for k < len(toks) && k < j+25 {
			t := toks[k]
			if t.NewlineBefore {
				break
			}
			if t.Kind == doc.Word && startsUpper(t.Text) {
				lastCap = k
				k++
				continue
			}
			if t.Lower == "of" || t.Lower == "the" || t.Lower == "for" || t.Lower == "and" || t.Text == "&" || t.Text == "," {
				// "and the" starts a second office.
				if t.Lower == "and" && k+1 < len(toks) && toks[k+1].Lower == "the" {
					break
				}
				k++
				continue
			}
			break
		}
		if lastCap < 0 {
			return nil, i + 1
		}
		spans = append(spans, [2]int{j + 1, lastCap})
		k = lastCap + 1
		if k < len(toks) && toks[k].Text == "," {
			k++
		}
		if k+1 < len(toks) && toks[k].Lower == "and" && toks[k+1].Lower == "the" {
			j = k + 1
			continue
		}
		if !verbAt(toks, k) {
			return nil, i + 1
		}
		var out []mention
		for _, s := range spans {
			hasHead := false
			for m := s[0]; m <= s[1]; m++ {
				if lex.RoleHeads[toks[m].Lower] {
					hasHead = true
				}
			}
			if !hasHead || !startsUpper(toks[s[0]].Text) {
				continue
			}
			out = append(out, mention{role: text[toks[s[0]].Start:toks[s[1]].End], start: toks[s[0]].Start,
				end: toks[s[1]].End, participant: true})
		}
		return out, k
	}
}

func emitAll(emit func(mention), ms []mention) {
	for _, m := range ms {
		emit(m)
	}
}
