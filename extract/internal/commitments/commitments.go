package commitments

import (
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/dispositions"
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/schema"
)

// Find finds what the minutes say will or should happen after
// the meeting, one per sentence: plans, deadlines, expected events,
// action items and the next meeting. Spans are bytes and cover the
// sentence (and a "Due:" line after it), so that resolve can set Due from
// the dates inside; resolve sets Item. us and disp are the document's
// units and dispositions (their own stages), read only.
func Find(d *doc.Document, us []doc.Unit, disp []dispositions.Disposition) []schema.Commitment {
	return find(d, us, disp, cueRules)
}

// find is Find with the commitment cues of rs.
func find(d *doc.Document, us []doc.Unit, disp []dispositions.Disposition, rs *ruleSet) []schema.Commitment {
	var out []schema.Commitment
	for _, p := range disp {
		if p.Later {
			s, e := doc.TrimSpan(d.Text, p.LaterStart, p.End)
			out = append(out, schema.Commitment{Text: d.Text[s:e], Action: d.Text[s:e], Span: schema.Span{Start: s, End: e}})
		}
	}
	inActions := false
	var rv review
	lastBlock := -1
	var headings headingMemo
	s := new(scan) // one for the document: a scan per sentence would be allocated each time
	log := actionLog(d)
	leads := false // the last block that is no list item introduces a list with a trigger
	var lo leadOwner
	for i, u := range us {
		if u.Block != lastBlock {
			inActions = actionList(d, u.Block, inActions, &headings)
			rv.enter(d, u.Block)
			s.lead, leads = listLead(d, u.Block, leads)
			lo.enter(d, u.Block)
			lastBlock = u.Block
		}
		rv.read(d.Text[u.Start:u.End], u)
		if e, ok := log[u.Block]; ok {
			out = rs.emitEntry(d, us[i:], e, log, disp, s, out)
			continue
		}
		reviewing := rv.on
		if dispositions.OverlapsDisposition(disp, u.Start, u.End) {
			continue
		}
		lead := s.lead
		// A proposal approved alone is a plan, as one an "agreed that"
		// introduces ("The board should publish the notes." /
		// "Unanimously approved.").
		s.lead = lead || doc.ApprovalAfter(us, i) >= 0
		m, ok := rs.cue(u, !reviewing, s)
		s.lead = lead
		if ok && m.rule == eventLineRule && !eventAfter(us, i) {
			continue // an event the minutes report, not one to come
		}
		cue, verb, trailing := m.cue, m.verb, -1
		if !ok {
			cue, verb, trailing, ok = uncuedAction(u.Toks, inActions, reviewing)
		}
		if !ok && lo.active && !reviewing {
			cue, verb, ok = firstWord(u.Toks), firstWord(u.Toks), true // "Mozart will:" / "- ask Neal for a CV"
		}
		if leadsList(u.Toks) {
			lo.set(leadsOwner(d.Text, u.Toks))
			continue
		}
		if !ok {
			continue
		}
		if parts := letteredParts(u.Toks); len(parts) > 1 {
			out = append(out, rs.partCommitments(d.Text, u, parts, s)...)
			continue
		}
		if c, ok := sentenceCommitment(d.Text, us, i, cue, verb, trailing); ok {
			if c.Owner == nil {
				c.Owner = lo.owner
			}
			out = append(out, c)
		}
	}
	return out
}

// partCommitments are the commitments of a plan written as a list of
// lettered parts in one sentence ("(a) Returns to be submitted by 30th
// June; (b) Declarations by 15th May"): one a part, each with its own
// due date. A part without a cue of its own ("Declarations by 15th May")
// takes the plan of the first, and names no owner.
func (rs *ruleSet) partCommitments(text string, u doc.Unit, parts [][2]int, s *scan) []schema.Commitment {
	var out []schema.Commitment
	for _, p := range parts {
		toks := u.Toks[p[0]:p[1]]
		part := doc.Unit{Start: toks[0].Start, End: toks[len(toks)-1].End, Block: u.Block, Toks: toks}
		if m, ok := rs.cue(part, true, s); ok {
			if c, ok := sentenceCommitment(text, []doc.Unit{part}, 0, m.cue, m.verb, -1); ok {
				out = append(out, c)
			}
			continue
		}
		st, e := doc.TrimSpan(text, part.Start, part.End)
		if e > st {
			out = append(out, schema.Commitment{Text: text[st:e], Action: text[st:e], Span: schema.Span{Start: st, End: e}})
		}
	}
	return out
}

// letteredParts are the token ranges of the parts of a sentence that
// letters in brackets run through ("(a) ...; (b) ...", "(i) ... (ii)"),
// each after its letter and without the punctuation that ends it; none
// unless the letters open the sentence and count up from "a" or "i".
func letteredParts(toks []doc.Token) [][2]int {
	var marks []int
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].Text == "(" && toks[k+2].Text == ")" && toks[k+1].Kind == doc.Word && partLetter(toks[k+1].Lower, len(marks)) {
			marks = append(marks, k)
		}
	}
	if len(marks) < 2 || marks[0] > 1 {
		return nil
	}
	var parts [][2]int
	for n, m := range marks {
		end := len(toks)
		if n+1 < len(marks) {
			end = marks[n+1]
		}
		for end > m+3 && (toks[end-1].Kind == doc.Punct || toks[end-1].Lower == "and" || toks[end-1].Lower == "or") {
			end--
		}
		if end <= m+3 {
			return nil
		}
		parts = append(parts, [2]int{m + 3, end})
	}
	return parts
}

// partRomans are the numerals of a plan's parts, in order: "(i)", "(ii)".
var partRomans = []string{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii"}

// partLetter tells whether w is the letter of the part n of a list: "a",
// "b", "c" ... or "i", "ii", "iii" ...
func partLetter(w string, n int) bool {
	return n < len(partRomans) && (len(w) == 1 && w[0] == byte('a'+n) || w == partRomans[n])
}

// sentenceCommitment is the commitment of us[i] read at its token cue,
// with the action from verb; trailing is where a closing action item's
// clause starts, or -1. It reports false for a span that trims away.
func sentenceCommitment(text string, us []doc.Unit, i, cue, verb, trailing int) (schema.Commitment, bool) {
	u := &us[i]
	start, end := doc.Narrow(u.Toks, cue)
	// "Action: ... \nDue: September" — the due line belongs to it.
	if i+1 < len(us) && doc.LowerAt(us[i+1].Toks, 0) == "due" && doc.LowerAt(us[i+1].Toks, 1) == ":" {
		end = us[i+1].End
	}
	start, end = doc.TrimSpan(text, start, end)
	if end <= start {
		return schema.Commitment{}, false
	}
	c := schema.Commitment{Text: text[start:end], Span: schema.Span{Start: start, End: end}}
	c.Action = actionText(text, u.Toks, verb, end)
	c.Owner = OwnerOf(text, u.Toks, cue)
	if trailing >= 0 {
		c.Owner = OwnerOf(text, u.Toks[trailing:], cue-trailing)
	}
	if c.Owner == nil {
		c.Owner = impliedOwner(text, us, i, cue)
	}
	return c, true
}

// emitEntry adds the commitment of the action log entry e, whose
// block's units start us, unless it was added or makes none; it marks
// e emitted in log, with the owner it was given for the entries under
// it.
func (rs *ruleSet) emitEntry(d *doc.Document, us []doc.Unit, e logEntry, log map[int]logEntry, disp []dispositions.Disposition, s *scan, out []schema.Commitment) []schema.Commitment {
	if !e.emitted && e.rule != ruleReference && !dispositions.OverlapsDisposition(disp, e.start, e.end) {
		c := rs.entryCommitment(d, us, e, s)
		if p, ok := log[e.parent]; ok && c.Owner == nil && p.owner != "" {
			c.Owner = &p.owner // "Mozart will:" ... "• amend the policy"
		}
		e.owner = ownerText(c.Owner)
		if !leadsList(us[0].Toks) {
			out = append(out, c) // "Matt will:" only gives its entries an owner
		}
	}
	e.emitted = true // one commitment per entry
	log[us[0].Block] = e
	return out
}

// uncuedAction reads an action that no cue marks: an imperative in an
// action list ("Agree letter to health boards"), a line under an action
// label ("AI: Dana check the boiler quote"), or an action item closing a
// sentence (", HC to look at this"). trailing is where that last one's
// clause starts, or -1.
func uncuedAction(toks []doc.Token, inActions, reviewing bool) (cue, verb, trailing int, ok bool) {
	if inActions && startsWithVerb(toks) {
		return firstWord(toks), firstWord(toks), -1, true
	}
	if reviewing {
		return 0, 0, -1, false
	}
	if k := labelledAction(toks); k >= 0 {
		return k, k, -1, true
	}
	if st, to, found := trailingActionItem(toks); found {
		return to, to + 1, st, true
	}
	return 0, 0, -1, false
}

// entryCommitment is the commitment of an action log's entry e, whose
// block's units start us: the owner its tag or columns give, or else
// the one its words name ("MW to produce blog post"), and the action
// from its verb.
func (rs *ruleSet) entryCommitment(d *doc.Document, us []doc.Unit, e logEntry, s *scan) schema.Commitment {
	c := schema.Commitment{Text: d.Text[e.start:e.end], Span: schema.Span{Start: e.start, End: e.end}}
	as, ae := doc.TrimSpan(d.Text, e.action[0], e.action[1])
	if ae <= as {
		as, ae = e.start, e.end
	}
	if u, m, ok := rs.entryCue(us, s); ok && e.rule != ruleNext {
		if e.owner == "" {
			c.Owner = OwnerOf(d.Text, u.Toks, m.cue)
		}
		if m.rule == actionItemRule && m.verb < len(u.Toks) && u.Toks[m.verb].Start > as && u.Toks[m.verb].Start < ae {
			as = u.Toks[m.verb].Start
		}
	}
	if c.Owner == nil && leadsList(us[0].Toks) {
		c.Owner = leadsOwner(d.Text, us[0].Toks) // "Mozart will:"
	}
	if c.Owner == nil && e.rule != ruleNext {
		toks := doc.Tokenize(d.Text, as, ae)
		if c.Owner = speakerOwner(d.Text, toks); c.Owner == nil {
			c.Owner = bareSubjectOwner(d.Text, toks, firstWord(toks))
		}
	}
	c.Action = d.Text[as:ae]
	if e.owner != "" {
		o := e.owner
		c.Owner = &o
	}
	if e.status != "" && e.statusText != "" {
		st, txt := e.status, e.statusText
		c.Status, c.StatusText = &st, &txt
	}
	return c
}

// impliedOwner is the owner the words before the cue of us[i] leave
// unnamed: a pronoun's person, or the speaker of a labelled line.
func impliedOwner(text string, us []doc.Unit, i, cue int) *string {
	toks := us[i].Toks
	if o := pronounOwner(text, us, i, cue); o != nil {
		return o
	}
	if o := coordinatedOwner(text, toks, cue); o != nil {
		return o
	}
	if o := theyOwner(text, us, i, cue); o != nil {
		return o
	}
	if o := joinedActionOwner(text, toks); o != nil {
		return o
	}
	if o := agreedByOwner(text, toks, cue); o != nil {
		return o
	}
	if k := labelledAction(toks); k >= 0 {
		if o := bareSubjectOwner(text, toks, k); o != nil {
			return o
		}
		return speakerOwner(text, toks[k:]) // "AI: Shane: follow up with PMC"
	}
	if o := turnOwner(text, us, i); o != nil {
		return o
	}
	return subjectOwner(text, toks, cue)
}

// subjectOwner is the name that opens the cue's clause as its subject,
// with verbs between it and the cue: "HO and MoJ are also developing a
// plan which includes ... that will be provided", "Jonathan seems likely
// to be there". A thing in lower case ("The report will be published")
// or a pronoun is no one.
func subjectOwner(text string, toks []doc.Token, cue int) *string {
	s := clauseStart(toks, cue)
	if s >= cue {
		return nil
	}
	o := clauseSubject(text, toks, s, cue)
	if o == nil {
		return nil
	}
	if w := doc.LowerAt(toks, s); w == "the" || w == "a" || w == "an" {
		s++
	}
	// Only a name: a given name or initials open it ("Jonathan", "HO and
	// MoJ"); a capitalised common word ("Increased investment", "Other
	// topics") is a thing.
	if !lex.GivenNames[toks[s].Lower] && !(doc.IsUpperWord(toks[s]) && len(toks[s].Text) <= maxInitials) {
		return nil
	}
	for k := s + 1; k < cue; k++ {
		if lex.SpeechVerbs[toks[k].Lower] || lex.ViewVerbs[toks[k].Lower] {
			return nil // "KC says people need to talk": the speaker, not who acts
		}
	}
	v := cue + 1
	for v < len(toks) && lex.Adverbs[toks[v].Lower] {
		v++
	}
	if doc.LowerAt(toks, v) == "be" {
		return nil // "GP practices would also be encouraged": acted on
	}
	return o
}

// maxInitials bounds the letters of initials that name a person or body.
const maxInitials = 5

// listLead tells whether block bi is a list item under a paragraph that
// ends by introducing it with a trigger ("it was agreed that:"), and
// whether the blocks after it are; leads is whether the blocks before it
// were.
func listLead(d *doc.Document, bi int, leads bool) (lead, next bool) {
	if d.Blocks[bi].Kind == doc.ListItem {
		return leads, leads
	}
	t := strings.TrimSpace(d.BlockText(bi))
	if !strings.HasSuffix(t, ":") {
		return false, false
	}
	for _, w := range []string{"agreed", "resolved", "recommended", "decided", "consensus"} {
		if ContainsLower(t, w) {
			return false, true
		}
	}
	return false, false
}

// leadsList tells whether a line introduces the commitments of the list
// after it: a short one with a modal ("Matt will:", "Mozart will
// implement the decisions to:") or one ending "that:" ("It was agreed
// that:").
func leadsList(toks []doc.Token) bool {
	n := len(toks)
	if toks[n-1].Text != ":" {
		return false
	}
	if n > 1 && toks[n-2].Lower == "that" {
		return true // "Furthermore, it was agreed that:"
	}
	words, modal := 0, false
	for _, t := range toks {
		if t.Kind == doc.Word {
			words++
			modal = modal || futureModals.Get(t.Lower)
		}
	}
	return modal && words <= 6 // "[NM] Update website:" is an action of its own
}

// leadsOwner is who acts in a line that leads a list: the names before
// its modal ("Mozart will:"), or none.
func leadsOwner(text string, toks []doc.Token) *string {
	for k, t := range toks {
		if futureModals.Get(t.Lower) {
			return OwnerOf(text, toks, k)
		}
	}
	return nil
}

// ownerText is the owner's name, or "" for none.
func ownerText(o *string) string {
	if o == nil {
		return ""
	}
	return *o
}

// entryCue is the first cue of the units of an entry's block, which us
// start.
func (rs *ruleSet) entryCue(us []doc.Unit, s *scan) (doc.Unit, cueMatch, bool) {
	for _, u := range us {
		if u.Block != us[0].Block {
			break
		}
		if m, ok := rs.cue(u, true, s); ok {
			return u, m, true
		}
	}
	return doc.Unit{}, cueMatch{}, false
}

// cueMatch is a commitment cue found: the cue's token, the action's
// first token, and the rule that read it.
type cueMatch struct {
	cue, verb int
	rule      string
}

// cue finds the cue of a unit. The words are read in order, each by the
// rules that can start at it, until one makes a commitment. Before the
// first such word is read, the sentence is read as a whole: an action
// item ("Clerk to write") is its cue, counted only when actions are not
// being reviewed; the chair disposing of an item or a pointer to a later
// item makes none. A question makes none either. Words before an
// opinion ("He said he thought ...") count; those after it do not. s is
// the scan to use, whatever it held.
func (rs *ruleSet) cue(u doc.Unit, actions bool, s *scan) (cueMatch, bool) {
	toks := u.Toks
	if len(toks) == 0 || u.Question {
		return cueMatch{}, false
	}
	*s = scan{toks: toks, trigger: s.lead, lead: s.lead}
	body := doc.LazySubjectIsBody(toks)
	read := false // the sentence has been read as a whole
	for i := range toks {
		if toks[i].Kind != doc.Word {
			continue
		}
		if c := markWords.Get(toks[i].Lower); c != 0 {
			if c&markTrigger != 0 && triggers(toks, i, body) {
				s.trigger = true
			}
			if c&markOpinion != 0 && !body() {
				break // an opinion: no later word counts
			}
		}
		rules := rs.index.Rules(startWord(toks[i].Lower))
		if len(rules) == 0 {
			continue
		}
		if !read {
			read = true
			if m, ok, decided := wholeSentence(u, actions); decided {
				return m, ok
			}
		}
		if m, ok := rs.cueAt(s, i, rules); ok {
			return m, true
		}
	}
	if !read {
		m, ok, _ := wholeSentence(u, actions)
		return m, ok
	}
	return cueMatch{}, false
}

// wholeSentence reads the sentence as a whole, before its words: an
// action item (one of sentenceRules), or a sentence that is no
// commitment whatever its words say. decided tells whether it found
// either.
func wholeSentence(u doc.Unit, actions bool) (m cueMatch, ok, decided bool) {
	for _, r := range sentenceRules {
		if cue, ok := r.read(u.Toks); ok {
			return cueMatch{cue, cue + r.verb, r.name}, actions, true
		}
	}
	if chairsFormula(u.Toks) || withinMeeting(u.Toks) {
		return cueMatch{}, false, true
	}
	return cueMatch{}, false, false
}

// sentenceRule is a commitment read from the shape of a whole sentence,
// not from a cue word: an action item as minutes write one. It counts
// only when actions are not being reviewed.
type sentenceRule struct {
	name string
	// read tells whether the sentence has the shape, with the cue's
	// token; the action starts verb tokens after it.
	read     func(toks []doc.Token) (cue int, ok bool)
	verb     int
	examples []string
}

// sentenceRules are read in order, before any word of the sentence.
var sentenceRules = []sentenceRule{
	{
		name: actionItemRule,
		read: actionItemTo,
		verb: 1, // "Clerk to [ask]"
		examples: []string{
			"Clerk to ask the county council to repair the fence.",
			"Action 3: MW to circulate the paper.",
		},
	},
	{
		name: bareActionRule,
		read: bareAction,
		examples: []string{
			"Clerk inform the tenants.",
			"MW circulate the revised paper to members.",
		},
	},
	{
		name: eventLineRule,
		read: eventLine,
		examples: []string{
			"Harvest Supper – Village Hall, 12 October 2024",
			"Annual Parish Meeting - St Mary's Church Hall, Tuesday 14th May 2024",
		},
	},
}

// cueAt tries the rules that can start at toks[i], in their order, until
// one reads the word: its match, if it makes a commitment.
func (rs *ruleSet) cueAt(s *scan, i int, rules []int) (cueMatch, bool) {
	s.at(i)
	for _, r := range rules {
		verb, fired, ok := rs.rules[r].try(s)
		if fired {
			return cueMatch{i, verb, rs.rules[r].name}, ok
		}
	}
	return cueMatch{}, false
}

// Words that change how the rest of a sentence is read, found as cue
// reads it: an obligation trigger (lex.ObligationTriggers) turns a later
// "should" into a plan; after an opinion word (lex.OpinionWords) no word
// counts.
type mark uint8

const (
	markTrigger mark = 1 << iota
	markOpinion
)

// markWords gives each such word its marks.
var markWords = lex.TableOf(func() map[string]mark {
	m := map[string]mark{}
	for _, w := range trueKeys(lex.ObligationTriggers) {
		m[w] |= markTrigger
	}
	for _, w := range trueKeys(lex.OpinionWords) {
		m[w] |= markOpinion
	}
	return m
}())

// triggers tells whether the obligation trigger at toks[i] turns a later
// "should" into a plan: a body's ("The Board recommended"), a passive's
// ("It was agreed"), or a consensus, agreement, recommendation or
// resolution.
func triggers(toks []doc.Token, i int, body func() bool) bool {
	w := toks[i].Lower
	return body() || lex.PassiveAux[doc.LowerAt(toks, i-1)] || w == "consensus" || w == "agreed" || w == "recommended" || w == "resolved"
}

// commonNonVerbs after "to" show it is a preposition: "agreed to the
// proposal".
var commonNonVerbs = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true,
	"be": false, "date": true, "all": true, "agenda": true,
}

// hasMonth tells whether a sentence names a month.
func hasMonth(toks []doc.Token) bool {
	for i, t := range toks {
		if lex.MonthWords[t.Lower] && isMonthAt(toks, i) || isoDateAt(toks, i) || partMonth(t.Lower) {
			return true
		}
	}
	return false
}

// partMonth tells whether w is a part of a month written as one word:
// "mid-July", "early-June".
func partMonth(w string) bool {
	p, m, ok := strings.Cut(w, "-")
	return ok && lex.PartNames[p] > 0 && lex.MonthWords[m]
}

// isoDateAt tells whether an ISO date starts at toks[i]: "2017-03-23".
func isoDateAt(toks []doc.Token, i int) bool {
	if i+4 >= len(toks) || len(toks[i].Text) != 4 || toks[i].Kind != doc.Number {
		return false
	}
	for k := 1; k <= 3; k += 2 {
		if toks[i+k].Text != "-" || toks[i+k].SpaceBefore || toks[i+k+1].Kind != doc.Number || len(toks[i+k+1].Text) != 2 {
			return false
		}
	}
	return true
}

// isMonthAt tells whether the month word at toks[i] names a month: "may"
// and "march" are verbs too ("closer involvement may add value"), so
// they count in capitals inside a sentence ("in May") or next to a
// number ("march 1st").
func isMonthAt(toks []doc.Token, i int) bool {
	w := toks[i].Lower
	if w != "may" && w != "march" {
		return true
	}
	if i > 0 && toks[i-1].Kind == doc.Number || i+1 < len(toks) && toks[i+1].Kind == doc.Number {
		return true
	}
	return doc.IsCapitalised(toks[i]) && i > firstWord(toks)
}

// actionText is what is to happen: the words from the action's verb to
// the end of the commitment.
func actionText(text string, toks []doc.Token, verb, end int) string {
	if verb < 0 || verb >= len(toks) || toks[verb].Start >= end {
		if len(toks) == 0 {
			return ""
		}
		return strings.TrimSpace(text[toks[0].Start:end])
	}
	s, e := doc.TrimSpan(text, toks[verb].Start, end)
	return text[s:e]
}

// leadOwner is what a line that leads a list gives the items under it
// ("Mozart will:" / "- discuss with Akhilesh ..." / "- ask Neal for a
// CV"): each is a commitment, and the lead's owner is theirs. Text loses
// a list's indent, so the items under the lead are the list items after
// it that open in lower case, as the lead's sentence goes on.
type leadOwner struct {
	active bool // the block is an item under the lead
	owner  *string
}

// set makes the line that leads a list give its owner o to the items
// under it.
func (l *leadOwner) set(o *string) {
	l.active, l.owner = true, o
}

// enter drops the lead at block bi unless it is an item under it.
func (l *leadOwner) enter(d *doc.Document, bi int) {
	if !l.active {
		return
	}
	b := d.Blocks[bi]
	toks := d.TokensIn(b.Start, b.End)
	if k := firstWord(toks); b.Kind != doc.ListItem || k >= len(toks) || doc.IsCapitalised(toks[k]) {
		l.active, l.owner = false, nil
	}
}
