package commitments

import (
	"strings"
	"unicode/utf8"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/extract/internal/numbers"
)

// Action items: "Clerk to ask the county council to ...", "Action 3: MW to
// circulate the paper", and the items under an "Actions" heading. Old
// actions being reviewed are not new commitments.

// ReviewMarks in a line about actions say the actions below are old ones
// being reviewed ("Update on action points at last meeting", "Actions
// from meetings prior to 13 December"): done or not, they are not new.
var ReviewMarks = []string{"last meeting", "previous meeting", "prior to", "from meetings",
	"from the last", "from previous", "matters arising"}

// review is whether earlier actions are being reviewed, and the block
// whose words began the review.
type review struct {
	on    bool
	block int
}

// read reads a sentence of the review's block or a later one.
func (r *review) read(s string, u doc.Unit) {
	was := r.on
	r.on = reviewsActions(s, u, r.on)
	if r.on && !was {
		r.block = u.Block
	}
}

// enter ends a review at a block that starts a new part: a heading, or a
// list item beside the list item that began it ("• Review of outstanding
// actions" ... "• Technical Board nominations").
func (r *review) enter(d *doc.Document, bi int) {
	if !r.on || bi == r.block {
		return
	}
	b, start := d.Blocks[bi], d.Blocks[r.block]
	if b.Kind == doc.Heading || b.Kind == doc.ListItem && start.Kind == doc.ListItem && b.Level <= start.Level {
		r.on = false
	}
}

// reviewsActions tells whether the sentence starts (or continues) a
// review of earlier actions; a new numbered heading ends it.
func reviewsActions(s string, u doc.Unit, was bool) bool {
	toks := u.Toks
	if len(toks) < 16 && ContainsLower(s, "action") {
		for _, m := range ReviewMarks {
			if ContainsLower(s, m) {
				return true
			}
		}
	}
	if u.Numbered && (len(toks) == 2 || doc.IsCapitalised(toks[2])) {
		return false // "3. Police.uk": a new numbered item
	}
	return was
}

// actionList tells whether block bi is an item of an action list: it
// follows a heading such as "Actions" and keeps going while the blocks
// are numbered or bulleted items. m remembers the last block asked
// about, which is the one before bi when the blocks are walked in order.
func actionList(d *doc.Document, bi int, was bool, m *headingMemo) bool {
	cur := IsActionHeading(d.BlockText(bi))
	known, prevIs := m.after == bi, m.is // m holds block bi-1
	m.after, m.is = bi+1, cur
	if cur {
		return false // the heading itself; the items follow
	}
	if bi > 0 && (known && prevIs || !known && IsActionHeading(d.BlockText(bi-1))) {
		return true
	}
	if !was {
		return false
	}
	toks := d.Tokens(bi)
	return d.Blocks[bi].Kind == doc.ListItem || (len(toks) > 0 && toks[0].Kind == doc.Number)
}

// headingMemo remembers whether block after-1 is an action heading; the
// zero value remembers none.
type headingMemo struct {
	after int
	is    bool
}

// firstWord is the index of the first word of a sentence, after any item
// number or bullet.
func firstWord(toks []doc.Token) int {
	for i, t := range toks {
		if t.Kind == doc.Word {
			return i
		}
	}
	return 0
}

// startsWithVerb tells whether an action item opens with a capitalised
// word that is not a name followed by "to" (that form is caught anyway):
// "Agree letter to health boards".
func startsWithVerb(toks []doc.Token) bool {
	i := firstWord(toks)
	return i < len(toks) && doc.IsCapitalised(toks[i]) && len(toks)-i >= 3
}

// actionItem recognises "Clerk to follow up", "MW to create ...",
// "Action 3: MW to circulate the paper", "Cllr. O. Williams and the Clerk
// to review": a short subject of names and roles, then "to" and a verb,
// with no verb of its own before. It returns the index of "to".
func actionItem(toks []doc.Token) (int, bool) {
	i := actionSubjectStart(toks)
	if i >= len(toks) || !doc.IsCapitalised(toks[i]) || toks[i].Lower == "to" || !toWithinReach(toks, i) {
		return 0, false // "To arrange a meeting to agree": an infinitive, no subject
	}
	if w := toks[i].Lower; w == "let's" || w == "let’s" || w == "let" {
		return 0, false // "Let's put an item to check": an imperative, no subject
	}
	gerund := false
	for k := i; k < len(toks) && k <= i+14; k++ {
		if toks[k].Lower == "to" && k > i {
			if actionSubject(toks[i:k], gerund) && actionVerbAt(toks, k+1) {
				return k, true
			}
			return 0, false
		}
		switch subjectWord(toks, k) {
		case notSubject:
			return 0, false
		case gerundWord:
			gerund = true // "HMT financial reporting policy team", but "Looking to move"
		}
	}
	return 0, false
}

// bareAction recognises an action item minuted without "to": a
// person's name, initials or role opening the sentence and a verb in its
// base form after it ("Clerk inform the tenants", "MW circulate the
// paper"), with words after the verb. A verb in the past or the third
// person ("Members noted the report", "Chair thanks") reports what was
// done. It returns the verb's index.
func bareAction(toks []doc.Token) (int, bool) {
	i := firstWord(toks)
	if i >= len(toks) || !personWord(toks[i]) || toks[i].Text == "Will" {
		return 0, false
	}
	e := i + 1
	for e < len(toks) && e-i < 4 && (doc.IsCapitalised(toks[e]) || toks[e].Lower == "and" || toks[e].Text == "/") {
		e++
	}
	if e+1 >= len(toks) || !objectStart(toks[e+1]) {
		return 0, false // "Members present:", "Team repo management": no verb and object
	}
	return e, baseVerb(toks[e])
}

// objectStart tells whether t may open the object of an imperative: a
// determiner or object pronoun ("inform the tenants", "chase them"), a
// name ("contact Highways"), or a particle or preposition of a phrasal
// verb ("follow up", "liaise with").
func objectStart(t doc.Token) bool {
	if t.Kind != doc.Word {
		return false
	}
	return doc.IsCapitalised(t) && !lex.NotNameWords[t.Lower] || objectWords[t.Lower] || objectPronouns[t.Lower]
}

// objectWords open an imperative's object or complete a phrasal verb.
var objectWords = lex.WordSet(`the a an this that these those all any each his her their its our
my your some both every up out back with to about on into for`)

// baseVerb tells whether t may be a verb in its base form, as an
// imperative is: a lower-case word that is no past form ("noted",
// "gave"), no third person ("thanks"), no participle in -ing, no adverb,
// function word or adjective.
func baseVerb(t doc.Token) bool {
	w := t.Text
	if t.Kind != doc.Word || w != t.Lower || len(w) < 3 || strings.ContainsAny(w, "'’") {
		return false
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") ||
		strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false
	}
	return !irregularPast[w] && !lex.SpeechVerbs[w] && !lex.IrregularParticiples[w] && !lex.Adverbs[w] &&
		!subjectStop[w] && !commonNonVerbs[w] && !joiningWords[w] && !lex.PredicateAdjectives[w] &&
		!objectPrepositions[w]
}

// irregularPast are past forms without -ed that minutes report with:
// "Cllr Jones left the meeting", "The Chair took the item".
var irregularPast = lex.WordSet(`left gave took went came told spoke met read brought thought felt
found kept led paid put set ran saw knew wrote got became began rose stood won sat sent made held
heard lost chose drew bought sought taught caught fell forgot understood withdrew overtook undertook
spent lent built`)

// toWithinReach tells whether a "to" follows the subject starting at
// toks[i] closely enough to make an action item: only then is the
// subject read.
func toWithinReach(toks []doc.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+14; k++ {
		if toks[k].Lower == "to" {
			return true
		}
	}
	return false
}

// subjectKind is what a token before "to" makes of an action item's
// subject.
type subjectKind int

const (
	subjectPart subjectKind = iota // a name, a role, a joining word
	gerundWord                     // a lower-case word in -ing
	notSubject                     // a verb, a function word, a clause's punctuation
)

// subjectWord reads toks[k] as part of an action item's subject.
func subjectWord(toks []doc.Token, k int) subjectKind {
	t := toks[k]
	if t.Text == "Will" && k+1 < len(toks) && doc.IsCapitalised(toks[k+1]) {
		return subjectPart // "Will Perrin to highlight"
	}
	if t.Kind == doc.Word && !doc.IsCapitalised(t) && len(t.Lower) > 3 && strings.HasSuffix(t.Lower, "ing") {
		return gerundWord
	}
	if t.Kind == doc.Word && (subjectStop[t.Lower] || contraction(t.Lower) || lowerVerbForm(t)) {
		return notSubject
	}
	if t.Kind == doc.Punct && !subjectPunct(t.Text) {
		return notSubject
	}
	return subjectPart
}

// lowerVerbForm tells whether a lower-case word ends as a past tense or
// an adverb does ("agreed", "quickly"): no part of a subject.
func lowerVerbForm(t doc.Token) bool {
	return !doc.IsCapitalised(t) && len(t.Lower) > 3 && (strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "ly"))
}

// subjectPunct tells whether a punctuation mark may stand inside an
// action item's subject: "Cllr. O. Williams", "MW/JH", "O’Hara",
// "Finance & Audit".
func subjectPunct(p string) bool {
	switch p {
	case ".", "/", ",", "’", "'", "&":
		return true
	}
	return false
}

// actionVerbAt tells whether toks[k], after an action item's "to", is
// its verb: a lower-case word that is not an article, a number or an
// object pronoun ("to it"), and no modal follows it ("A proposal to
// merge would require") unless a question word comes first ("to discuss
// ... whether the contract could be released").
func actionVerbAt(toks []doc.Token, k int) bool {
	if k >= len(toks) || toks[k].Kind != doc.Word || doc.IsCapitalised(toks[k]) {
		return false
	}
	n := toks[k].Lower
	if commonNonVerbs[n] || numbers.IsNumberWord(n) || objectPronouns[n] {
		return false
	}
	for _, r := range toks[k:] {
		if r.Lower == "whether" || r.Lower == "if" || r.Lower == "how" || r.Lower == "what" || r.Lower == "that" {
			return true
		}
		if lex.FutureModals[r.Lower] || r.Lower == "could" || r.Lower == "should" {
			return false
		}
	}
	return true
}

// subjectStop are words that cannot sit in an action item's subject: a
// verb or a function word shows the sentence is something else.
var subjectStop = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "said": true, "asked": true, "agreed": true, "need": true,
	"needs": true, "went": true, "used": true, "want": true, "wanted": true, "due": true,
	"able": true, "going": true, "how": true, "what": true, "if": true, "be": true, "been": true,
	"continue": true, "continues": true, "back": true, "up": true, "welcome": true, "thanks": true,
	"it": true, "there": true, "in": true, "on": true, "for": true, "with": true, "from": true,
	"we": true, "i": true, "you": true, "they": true, "he": true, "she": true, "not": true,
	"likely": true, "unable": true, "access": true, "right": true, "order": true, "according": true,
	"prior": true, "due-to": true, "related": true, "next": true, "close": true, "similar": true,
	"compared": true, "contribution": true, "response": true, "addition": true, "relation": true,
	"should": true, "must": true, "can": true, "could": true, "may": true, "might": true,
	"shall": true, "that": true, "which": true, "who": true, "looks": true, "seems": true,
}

// actionSubject tells whether the words before "to" name who is to act:
// names and roles ("Cllr. O. Williams and the Clerk", "Transparency team
// officials", "HMT financial reporting policy team"). The last word must
// be a name or a role, so "Two events help to sustain", "Set a date to
// stop" and "A formal proposal to establish" are not action items; a
// capitalised name may carry only joining words and roles with it ("This
// report invites the Committee to consider" is a sentence); and a lone
// word that is a feeling is not a person ("Pleased to vote aye").
func actionSubject(subj []doc.Token, gerund bool) bool {
	last := len(subj) - 1
	for last >= 0 && subj[last].Kind == doc.Punct {
		last--
	}
	if last < 0 {
		return false
	}
	lw := subj[last].Lower
	if !doc.IsCapitalised(subj[last]) {
		return actionRoles[lw] || lex.BodyNouns[lw] && !pronoun[lw]
	}
	if gerund {
		return false
	}
	words := 0
	for _, t := range subj {
		if t.Kind != doc.Word {
			continue
		}
		words++
		if !doc.IsCapitalised(t) && !joiningWords[t.Lower] && !actionRoles[t.Lower] && !lex.BodyNouns[t.Lower] {
			return false
		}
	}
	return !(words == 1 && (lex.PredicateAdjectives[lw] || notPeople[lw] || pastForm(lw)))
}

// pastForm tells whether a one-word subject is a verb's past form, which
// opens a report, not an action item: "Voted to accept the policy",
// "Agreed to meet". Names ending so ("Ted", "Fred") are short.
func pastForm(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !lex.GivenNames[w]
}

// actionRoles end an action item's subject as a role: "Panel members",
// "Transparency team officials", "the Clerk".
var actionRoles = map[string]bool{
	"team": true, "teams": true, "officials": true, "official": true, "officer": true,
	"officers": true, "staff": true, "member": true, "clerk": true, "secretariat": true,
	"secretary": true, "lead": true, "leads": true, "colleagues": true, "department": true,
	"directorate": true, "everyone": true, "all": true, "manager": true, "managers": true,
	"director": true, "partners": true, "representative": true, "representatives": true,
	"office": true, "unit": true, "service": true, "services": true, "treasurer": true,
	"chairs": true, "organisations": true, "organizations": true, "administrator": true,
	"coordinator": true, "co-ordinator": true, "lawyers": true, "solicitor": true,
}

// joiningWords may join names and roles in an action item's subject.
var joiningWords = map[string]bool{"and": true, "of": true, "the": true, "for": true, "&": true, "with": true}

// notPeople are lone capitalised words that open a sentence as a stance,
// not a name: "Empowered to make a decision, ok".
var notPeople = map[string]bool{
	"empowered": true, "looking": true, "hoping": true, "trying": true, "seeking": true,
	"planning": true, "needing": true, "wanting": true, "set": true, "nice": true,
	"great": true, "sorry": true, "time": true, "ok": true, "okay": true, "yes": true, "no": true,
	"motion": true, "proposal": true, "decision": true, "proposed": true,
}

// objectPronouns after "to" make it a preposition: "sensitive to it".
var objectPronouns = map[string]bool{
	"it": true, "me": true, "us": true, "them": true, "him": true, "you": true, "whom": true,
}

// contraction tells whether a word is a pronoun with a verb run into it
// ("it's", "I'm", "we're", "i'll"): a clause, never an action's subject.
// Names with apostrophes ("O'Hara") are not.
func contraction(w string) bool {
	for _, sep := range []string{"'", "’"} {
		if p, _, ok := strings.Cut(w, sep); ok {
			return contracted[p]
		}
	}
	return false
}

// contracted pronouns and adverbs that take a verb after an apostrophe.
var contracted = map[string]bool{
	"i": true, "we": true, "you": true, "they": true, "it": true, "that": true, "there": true,
	"he": true, "she": true, "what": true, "here": true, "let": true, "who": true, "we've": true,
}

// actionItemTo is actionItem for the tokens with a "to" where an action
// item's can be, found before any other word is read.
func actionItemTo(toks []doc.Token) (int, bool) {
	i := actionSubjectStart(toks)
	for k := i + 1; k < len(toks) && k <= i+14; k++ {
		if toks[k].Lower == "to" {
			return actionItem(toks)
		}
	}
	return 0, false
}

// actionSubjectStart is the index of an action item's first word after a
// leading number, bullet or "Action 3:" label.
func actionSubjectStart(toks []doc.Token) int {
	i := 0
	for i < len(toks) && (toks[i].Kind != doc.Word || actionLabels[toks[i].Lower]) {
		if toks[i].Kind == doc.Word {
			i++
			for i < len(toks) && toks[i].Kind != doc.Word {
				i++
			}
			break
		}
		i++
	}
	return i
}

// lowerIsASCIIOnly tells whether strings.ToLower(s) lowers only s's ASCII
// letters into ASCII: every other rune but two lowers to a rune outside
// ASCII (checked over all of Unicode), and those two are İ (to i) and the
// Kelvin sign (to k).
func lowerIsASCIIOnly(s string) bool {
	// Their first bytes, 0xC4 and 0xE2, are rare but for 0xE2 in
	// typographic quotes and dashes: look for the runes only then.
	if strings.IndexByte(s, 0xC4) < 0 && strings.IndexByte(s, 0xE2) < 0 {
		return true
	}
	return !strings.Contains(s, "\u0130") && !strings.Contains(s, "\u212a")
}

// ContainsLower tells whether strings.ToLower(s) contains sub, which is
// lower-case ASCII, without lowering s. A match can only be a run of
// ASCII bytes of s, which lowering keeps in place.
func ContainsLower(s, sub string) bool {
	if !lowerIsASCIIOnly(s) {
		return strings.Contains(strings.ToLower(s), sub)
	}
	if len(sub) == 0 {
		return true
	}
	// A byte c is the lower-case letter l or its capital exactly when
	// c|0x20 == l: test the first letter so before comparing the rest.
	first := sub[0]
	letter := first >= 'a' && first <= 'z'
	for i := 0; i+len(sub) <= len(s); i++ {
		if letter && s[i]|0x20 != first {
			continue
		}
		k := 0
		for k < len(sub) {
			c := s[i+k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[k] {
				break
			}
			k++
		}
		if k == len(sub) {
			return true
		}
	}
	return false
}

// maxActionHeading is the length of the longest action heading.
var maxActionHeading = func() int {
	n := 0
	for h := range lex.ActionHeadings {
		n = max(n, len(h))
	}
	return n
}()

// IsActionHeading tells whether a block's text, less trailing colons and
// spaces, is an action heading in any case. The headings are ASCII, so
// text that lowers to anything else is not one: longer text (lowering
// maps each rune to one rune), or text with a rune outside ASCII that
// lowers outside it.
func IsActionHeading(text string) bool {
	t := strings.TrimSpace(strings.TrimRight(text, ": "))
	if len(t) > utf8.UTFMax*maxActionHeading {
		return false
	}
	if !lowerIsASCIIOnly(t) {
		return lex.ActionHeadings[strings.ToLower(t)]
	}
	// Lowering keeps ASCII text's length and any other rune outside ASCII.
	var buf [64]byte
	if len(t) > maxActionHeading || len(t) > len(buf) {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return lex.ActionHeadings[string(buf[:len(t)])]
}
