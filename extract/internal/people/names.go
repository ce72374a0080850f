package people

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/internal/sentence"
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
	// entryName is for a line of a list under an attendance label, where
	// the line is the person: as listName, and a surname may be a word
	// that is otherwise a month or a weekday ("Nicholas May").
	entryName
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
	"aldermen": true, "mayors": true, "members": true, "crs": true,
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
	if sentence.IsAbbreviation(lw) {
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
	nf, next, rule := readName(toks, i, limit, mode)
	return nf, next, rule != ""
}

// readName is parseName naming the evidence that vouched for the name,
// "" when there is no name.
func readName(toks []doc.Token, i, limit int, mode nameMode) (nameFound, int, string) {
	var nf nameFound
	if limit > len(toks) {
		limit = len(toks)
	}
	nf.first = readHonorifics(toks[:limit], i, &nf)
	var buf [5]doc.Token
	words, j := nameWords(toks[:limit], nf.first, buf[:0], mode == entryName)
	words = dropTrailingInitials(words)
	if len(words) == 0 {
		return nf, i, ""
	}
	next := placeName(toks, &nf, words, j)
	rule := evidence(toks, nf, words, mode, next)
	if rule == "" {
		return nf, i, ""
	}
	return nf, next, rule
}

// readHonorifics reads up to three honorifics from toks[i] into nf
// ("County Councillor Dr") and returns where the name starts. toks ends
// at the limit of the name.
func readHonorifics(toks []doc.Token, i int, nf *nameFound) int {
	j := i
	for k := 0; k < 3 && j < len(toks); k++ {
		hon, next, ok := honorificAt(toks, j)
		// "Mayor" before a verb or a comma is the office, not a title.
		if !ok || next >= len(toks) || !(couldStartName(toks[next]) || compactInitials(toks, next)) {
			break
		}
		nf.hon, nf.plural = hon, isPluralHonorific(hon)
		j = next
	}
	return j
}

// isPluralHonorific tells whether hon carries over a list: "Cllrs.",
// "Council Members".
func isPluralHonorific(hon string) bool {
	return pluralHonorifics[hon] || strings.HasSuffix(hon, " members") || strings.HasSuffix(hon, " councillors")
}

// nameWords appends to words the words of a name from toks[j], at most
// five, and returns them and the index after them. toks ends at the
// limit of the name.
func nameWords(toks []doc.Token, j int, words []doc.Token, entry bool) ([]doc.Token, int) {
	for j < len(toks) && len(words) < 5 {
		next, ok := nameWordAt(toks, j, len(words) > 0)
		if !ok && entry && len(words) > 0 {
			next, ok = calendarSurname(toks, j)
		}
		if !ok {
			break
		}
		words = append(words, toks[j])
		j = next
	}
	return words, j
}

// nameWordAt tells whether toks[j] carries on a name (started: after
// its first word) and returns the index after it.
func nameWordAt(toks []doc.Token, j int, started bool) (int, bool) {
	t := toks[j]
	switch {
	case t.Kind != doc.Word, started && t.LineStart:
		return j, false
	case isInitial(t): // "P Batty", "O. Williams"
		return skipDot(toks, j+1), true
	case !started && compactInitials(toks, j): // "JB Adams"
		return j + 1, true
	case started && nameParticles[t.Lower] && j+1 < len(toks) && isNameWord(toks[j+1]): // "Ludwig van Beethoven"
		return j + 1, true
	case isNameWord(t):
		return underscoreJoin(toks, j+1), true
	}
	return j, false
}

// compactInitials tells whether toks[j] is two or three initials run
// together before a surname on its line: "JB Adams", "Mr AC Rickards".
func compactInitials(toks []doc.Token, j int) bool {
	t := toks[j]
	if len(t.Text) < 2 || len(t.Text) > 3 || !isAllCaps(t.Text) || lex.AliasStop[t.Lower] {
		return false
	}
	return j+1 < len(toks) && !toks[j+1].LineStart && isNameWord(toks[j+1])
}

// calendarSurname reads a surname that is also a month or weekday name
// ("Nicholas May"), which only an entry of a list may have.
func calendarSurname(toks []doc.Token, j int) (int, bool) {
	t := toks[j]
	if t.Kind != doc.Word || t.LineStart || !startsUpper(t.Text) || isAllCaps(t.Text) {
		return j, false
	}
	_, month := lex.MonthNames[t.Lower]
	_, day := lex.WeekdayNames[t.Lower]
	return j + 1, month || day
}

// underscoreJoin steps over an underscore joining the parts of a user
// name, "Daniel_Peintner", at toks[j].
func underscoreJoin(toks []doc.Token, j int) int {
	if j+1 < len(toks) && toks[j].Text == "_" && !toks[j].SpaceBefore && !toks[j+1].SpaceBefore && isNameWord(toks[j+1]) {
		return j + 1
	}
	return j
}

// dropTrailingInitials drops initials at the end: a name ends in a
// surname, not an initial.
func dropTrailingInitials(words []doc.Token) []doc.Token {
	for len(words) > 0 && isInitial(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	return words
}

// placeName fills nf's place and parts from the words of the name and
// returns the index after its last word (j, the index after the words
// read, may have run past a dot).
func placeName(toks []doc.Token, nf *nameFound, words []doc.Token, j int) int {
	last := &words[len(words)-1]
	// "Will Perrin’s open court charter" names Will Perrin.
	if s := trimPossessive(last.Text); s != last.Text {
		last.Text, last.End = s, last.Start+len(s)
	}
	for j > nf.first && toks[j-1].End > last.End {
		j--
	}
	nf.last = j - 1
	nf.start, nf.end = toks[nf.first].Start, last.End
	nf.surname = last.Text
	for _, w := range words[:len(words)-1] {
		if !nameParticles[w.Lower] {
			nf.given = append(nf.given, w.Text)
		}
	}
	return j
}

// evidence names what vouches for the words found being a person's
// name, or "" when nothing does. The rules are tried in this order.
func evidence(toks []doc.Token, nf nameFound, words []doc.Token, mode nameMode, next int) string {
	if nf.hon != "" {
		return "honorific" // "Cllr Hollick"
	}
	// Where the words run on into more capitals ("Healthy Liverpool
	// Programme", "N Burgard Road") they name a thing, not a person.
	boundary := next >= len(toks) || toks[next].LineStart || !startsUpper(toks[next].Text) || isAllCaps(toks[next].Text)
	switch {
	case len(words) == 1:
		if mode == carryName && boundary {
			return "carried surname" // "Commissioners Fish, Fritz"
		}
		return ""
	case lex.GivenNames[words[0].Lower] && !afterCompass(toks, nf.first):
		return "given name" // "Hazel Smith", not "South Kent Coast CCG"
	case isAlias(words[0].Text):
		// "JB Adams": initials run together need a list or an honorific.
		if mode != strictName && boundary {
			return "compact initials"
		}
		return ""
	case isInitial(words[0]):
		return initialEvidence(toks, nf, words, mode, boundary)
	case mode != strictName && len(words) == 2 && boundary:
		// Two plain capitalised words are a name only in a list of people.
		return "two words in a list" // "Gwenfyl Evans"
	}
	return ""
}

// afterCompass tells whether a compass word stands just before toks[i]:
// "South Kent Coast", "East Devon" name places, not people.
func afterCompass(toks []doc.Token, i int) bool {
	switch doc.LowerAt(toks, i-1) {
	case "north", "south", "east", "west", "mid", "central", "greater", "upper", "lower":
		return doc.IsCapitalised(toks[i-1])
	}
	return false
}

// initialEvidence names what vouches for a name that starts with an
// initial, or "".
func initialEvidence(toks []doc.Token, nf nameFound, words []doc.Token, mode nameMode, boundary bool) string {
	// "C.C.C. Christmas Toybox": three initials are an acronym.
	if len(words) > 3 && isInitial(words[1]) && isInitial(words[2]) && mode == strictName {
		return ""
	}
	if nf.first+1 < len(toks) && toks[nf.first+1].Text == "." {
		return "dotted initial" // "O. Williams"
	}
	// "A Member", "I think", "N Burgard Road": a lone A or I is a
	// word, and N, S, E, W point the way in addresses.
	if boundary && (mode != strictName || !strings.Contains("AINSEW", words[0].Text)) {
		return "initial" // "P Batty"
	}
	return ""
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
