package people

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A person's name in the minutes is a short run of capitalised words and
// initials, often after an honorific: "Cllr. O. Williams", "Dr Kieron
// O’Hara", "Hazel Smith", "P Batty", "Commissioner Fish". Without a
// model, what tells a name from an organisation ("Canterbury Christ Church
// University") or a place ("Glangwili Hospital") is the honorific, a known
// given name, an initial, and words that never end or start a name.

// nameMode says how much evidence a name needs.
type nameMode int

const (
	// strictName is for the narrative: an honorific, a known given name
	// or an initial must vouch for the capitalised words.
	strictName nameMode = iota
	// listName is for attendance lists, where every entry is a person:
	// two plain capitalised words will do ("Gwenfyl Evans").
	listName
	// carryName is for a list after a plural honorific ("Commissioners
	// Fish, Fritz"): a lone surname will do.
	carryName
)

// nameFound is one name as written, without its honorific.
type nameFound struct {
	first, last int // token indices, inclusive
	start, end  int // bytes
	hon         string
	plural      bool     // the honorific was plural: "Cllrs.", "Commissioners"
	given       []string // given names or initials, without full stops
	surname     string
}

// multiHonorifics are two-word honorifics whose first word is not one on
// its own.
var multiHonorifics = map[string]map[string]bool{
	"county": {"councillor": true, "councillors": true}, "council": {"member": true, "members": true, "man": true, "woman": true},
	"town": {"councillor": true, "councillors": true}, "city": {"councillor": true, "councillors": true},
	"parish": {"councillor": true, "councillors": true}, "district": {"councillor": true, "councillors": true},
	"vice": {"mayor": true}, "deputy": {"mayor": true}, "board": {"member": true, "members": true},
	"committee": {"member": true, "members": true},
}

// pluralHonorifics carry over a list: "Cllrs. Kim Davies, Hubert Gwynne".
var pluralHonorifics = map[string]bool{
	"cllrs": true, "councillors": true, "commissioners": true, "messrs": true, "drs": true,
	"aldermen": true, "mayors": true, "members": true,
}

// nameParticles may sit inside a name: "Ludwig van Beethoven".
var nameParticles = map[string]bool{"van": true, "von": true, "de": true, "der": true, "den": true,
	"da": true, "di": true, "del": true, "della": true, "la": true, "le": true, "du": true, "ap": true}

// honorificAt tells whether toks[i] starts an honorific, and where the
// name after it begins.
func honorificAt(toks []doc.Token, i int) (hon string, next int, ok bool) {
	if i >= len(toks) || toks[i].Kind != doc.Word || !startsUpper(toks[i].Text) {
		return "", i, false
	}
	lw := toks[i].Lower
	if seconds, ok := multiHonorifics[lw]; ok && i+1 < len(toks) && seconds[toks[i+1].Lower] &&
		startsUpper(toks[i+1].Text) {
		return lw + " " + toks[i+1].Lower, i + 2, true
	}
	if !lex.Honorifics[lw] {
		return "", i, false
	}
	// Only abbreviations take a full stop: "Cllr.", but not "Sir. Please".
	if doc.Abbreviations[lw] {
		return lw, skipDot(toks, i+1), true
	}
	return lw, i + 1, true
}

// skipDot steps over an abbreviation's full stop.
func skipDot(toks []doc.Token, i int) int {
	if i < len(toks) && toks[i].Text == "." && !toks[i].SpaceBefore {
		return i + 1
	}
	return i
}

// parseName reads a name starting at toks[i], honorific included when
// there is one. It never reads past toks[limit-1].
func parseName(text string, toks []doc.Token, i, limit int, mode nameMode) (nameFound, int, bool) {
	var nf nameFound
	if limit > len(toks) {
		limit = len(toks)
	}
	j := i
	for k := 0; k < 3 && j < limit; k++ {
		hon, next, ok := honorificAt(toks[:limit], j)
		if !ok {
			break
		}
		// "Mayor" before a verb or a comma is the office, not a title.
		if next >= limit || !couldStartName(toks[next]) {
			break
		}
		nf.hon, nf.plural = hon, pluralHonorifics[hon] || strings.HasSuffix(hon, " members") || strings.HasSuffix(hon, " councillors")
		j = next
	}
	nf.first = j
	var words []doc.Token
	for j < limit && len(words) < 5 {
		t := toks[j]
		if len(words) > 0 && t.NewlineBefore {
			break
		}
		if t.Kind != doc.Word {
			break
		}
		if isInitial(t) {
			words = append(words, t)
			j = skipDot(toks[:limit], j+1)
			continue
		}
		if nameParticles[t.Lower] && len(words) > 0 && j+1 < limit && isNameWord(toks[j+1]) {
			words = append(words, t)
			j++
			continue
		}
		if !isNameWord(t) {
			break
		}
		words = append(words, t)
		j++
		// "Daniel_Peintner": an underscore joins the parts of a user name.
		if j+1 < limit && toks[j].Text == "_" && !toks[j].SpaceBefore && !toks[j+1].SpaceBefore && isNameWord(toks[j+1]) {
			j++
		}
	}
	// A name ends in a surname, not an initial.
	for len(words) > 0 && isInitial(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return nf, i, false
	}
	lastTok := words[len(words)-1]
	// "Will Perrin’s open court charter" names Will Perrin.
	if s := trimPossessive(lastTok.Text); s != lastTok.Text {
		lastTok.Text, lastTok.End = s, lastTok.Start+len(s)
		words[len(words)-1] = lastTok
	}
	// Find the token index of the last word (j may have run past a dot).
	for j > nf.first && toks[j-1].End > lastTok.End {
		j--
	}
	nf.last = j - 1
	nf.start, nf.end = toks[nf.first].Start, lastTok.End
	nf.surname = lastTok.Text
	for _, w := range words[:len(words)-1] {
		if !nameParticles[w.Lower] {
			nf.given = append(nf.given, w.Text)
		}
	}
	if !nameEvidence(toks, nf, words, mode, j) {
		return nf, i, false
	}
	return nf, j, true
}

// nameEvidence tells whether the words found are enough to call a person.
func nameEvidence(toks []doc.Token, nf nameFound, words []doc.Token, mode nameMode, next int) bool {
	if nf.hon != "" {
		return true
	}
	// Where the words run on into more capitals ("Healthy Liverpool
	// Programme", "N Burgard Road") they name a thing, not a person.
	boundary := next >= len(toks) || toks[next].NewlineBefore || !startsUpper(toks[next].Text)
	if len(words) == 1 {
		return mode == carryName && boundary
	}
	first := words[0]
	if lex.GivenNames[first.Lower] {
		return true
	}
	if isInitial(first) {
		// "C.C.C. Christmas Toybox": three initials are an acronym.
		if len(words) > 3 && isInitial(words[1]) && isInitial(words[2]) && mode == strictName {
			return false
		}
		dotted := nf.first+1 < len(toks) && toks[nf.first+1].Text == "."
		if dotted {
			return true
		}
		// "A Member", "I think", "N Burgard Road": a lone A or I is a
		// word, and N, S, E, W point the way in addresses.
		return boundary && !strings.Contains("AINSEW", first.Text)
	}
	// Two plain capitalised words are a name only in a list of people.
	return mode != strictName && len(words) == 2 && boundary
}

// trimPossessive drops a possessive ending: "Perrin’s" → "Perrin".
func trimPossessive(s string) string {
	for _, suf := range []string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf)+1 {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

// couldStartName tells whether a token may begin a name after an
// honorific.
func couldStartName(t doc.Token) bool {
	return t.Kind == doc.Word && (isInitial(t) || isNameWord(t))
}

// isInitial is a single capital letter: "P" in "P Batty".
func isInitial(t doc.Token) bool {
	if t.Kind != doc.Word {
		return false
	}
	r, n := utf8.DecodeRuneInString(t.Text)
	return n == len(t.Text) && unicode.IsUpper(r)
}

// isNameWord is a capitalised word that could be part of a name: not
// all capitals (those are headings and acronyms), not a word that names
// things rather than people.
func isNameWord(t doc.Token) bool {
	if t.Kind != doc.Word || !startsUpper(t.Text) || isAllCaps(t.Text) {
		return false
	}
	return !NotNamesTable.Get(t.Lower)
}

// NotNames are the words isNameWord turns away, one table for the four it
// asks: notNameWords, honorifics, months and weekdays.
var NotNames = func() map[string]bool {
	m := map[string]bool{}
	for w := range lex.NotNameWords {
		m[w] = true
	}
	for w := range lex.Honorifics {
		m[w] = true
	}
	for w := range lex.MonthNames {
		m[w] = true
	}
	for w := range lex.WeekdayNames {
		m[w] = true
	}
	return m
}()

var NotNamesTable = lex.TableOf(NotNames)

// startsUpper tells whether s begins with a capital letter.
func startsUpper(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return s[0] >= 'A' && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isAllCaps tells whether s has two or more letters, all capitals.
func isAllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// nameText is the name as the document writes it, spaces collapsed and
// user-name underscores made spaces.
func nameText(text string, nf nameFound) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(text[nf.start:nf.end], "_", " ")), " ")
}

// isAlias is a person's initials as minutes use them: "MW", "AWa".
func isAlias(s string) bool {
	n, lowerTail := 0, 0
	for i, r := range s {
		switch {
		case unicode.IsUpper(r) && lowerTail == 0:
			n++
		case unicode.IsLower(r) && i > 0:
			lowerTail++
		default:
			return false
		}
	}
	return n >= 2 && n <= 3 && lowerTail <= 1
}
