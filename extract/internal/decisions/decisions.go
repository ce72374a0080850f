package decisions

import (
	"slices"
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/dispositions"
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/extract/internal/phrase"
	"github.com/minutes-tool/minutes/schema"
)

// Find finds what the body resolved, agreed, approved, noted ...
// One decision per sentence: the sentence's text, the kind its verb
// gives, and the vote, mover and seconder when the minutes record them.
// US agenda dispositions ("(Ordinance) (Y-5) 184350", "PLACED ON FILE")
// are decisions too. Spans are bytes; resolve sets Item. us and disp are
// the document's units and dispositions (their own stages), read only.
func Find(d *doc.Document, units []doc.Unit, disp []dispositions.Disposition) []schema.Decision {
	var out []schema.Decision
	us := readUnits(units)
	for _, p := range disp {
		// A motion split from the vote after it, or a disposition of a
		// known kind.
		if p.Motion || p.Kind != "" {
			out = append(out, dispositionDecision(d.Text, p))
		}
	}
	// The scan and the candidate are made once and reused for every unit:
	// the rules reach them through a table, which would put a unit's own
	// on the heap.
	sc, c := &phraseScan{}, &candidate{}
	frames := findFrames(d.Text, us)
	inFrame := map[int]bool{}
	for _, f := range frames {
		for _, j := range f.parts {
			inFrame[j] = true
		}
	}
	after := 0 // the unit after the last decision
	for i := 0; i < len(us); i++ {
		u := &us[i]
		if dispositions.OverlapsDisposition(disp, u.Start, u.End) || inFrame[i] {
			continue
		}
		if f := frames[i]; f != nil {
			if dec, ok := frameDecision(d.Text, us, f); ok {
				if dec.Vote == nil {
					dec.Vote = rollCallAfter(us, i) // a motion, then its roll call
				}
				out = append(out, dec)
			}
			continue
		}
		unitDecision(us, i, sc, c)
		if !c.ok {
			continue
		}
		first := i
		i = c.last
		start, end := c.start, c.end
		if start == u.Start && end == u.End {
			start, end = doc.Narrow(u.Toks, c.cue)
		}
		start, end = doc.TrimSpan(d.Text, start, end)
		if end <= start {
			continue
		}
		toks := d.TokensIn(start, end)
		dec := newDecision(d.Text, start, end, c.kind, toks)
		moversAfter(d.Text, us[first+1:i+1], &dec) // "Cart for President." / "Proposed by: Cart"
		if dec.Vote == nil {
			dec.Vote = rollCallVote(us, first, c.cue, after)
		}
		if dec.Vote == nil && dec.Mover != nil {
			dec.Vote = rollCallAfter(us, i) // a motion, then its roll call
		}
		votesAfter(d.Text, us, i, dec.Vote, toks)
		out = append(out, dec)
		after = i + 1
	}
	votesAfterMotions(d.Text, out)
	return out
}

// moversAfter gives a decision the mover and seconder its later units
// name, when its own words name none: the labelled lines of a motion's
// record under the proposal.
func moversAfter(text string, later []unit, dec *schema.Decision) {
	for k := range later {
		m, s := moverSeconder(text, later[k].Toks)
		if dec.Mover == nil {
			dec.Mover = m
		}
		if dec.Seconder == nil {
			dec.Seconder = s
		}
	}
}

// votesAfterMotions gives a motion with no vote the tally of the
// disposition written right after it: "Moved by Commissioner Fish and
// seconded by Commissioner Fritz.  (Y-5)  SUBSTITUTE PASSED".
func votesAfterMotions(text string, decs []schema.Decision) {
	for i := range decs {
		m := &decs[i]
		if m.Mover == nil || m.Vote != nil {
			continue
		}
		for j := range decs {
			v := decs[j].Vote
			gap := decs[j].Span.Start - m.Span.End
			if v != nil && v.For != nil && gap >= 0 && gap <= 8 && strings.Trim(text[m.Span.End:decs[j].Span.Start], " .\t\n") == "" {
				m.Vote = &schema.Vote{For: v.For, Against: v.Against, Abstain: v.Abstain, Outcome: v.Outcome}
				break
			}
		}
	}
}

// candidate is the decision a unit records, before its span is trimmed.
type candidate struct {
	ok         bool
	kind       string
	cue        int // the token the decision was read at, -1 for none
	start, end int // bytes
	last       int // the last unit it takes: a motion takes its outcome's
}

// unitDecision sets c to the decision unit us[i] records, if any: its own
// kind, and the first join rule that holds, which may join it to the unit
// before or after it.
func unitDecision(us []unit, i int, sc *phraseScan, c *candidate) {
	u := &us[i]
	kind, cue, ok := decisionKind(*u, sc)
	*c = candidate{ok: ok, kind: kind, cue: cue, start: u.Start, end: u.End, last: i}
	if ok && cue > 0 && labelsClause(u.Toks, cue) {
		c.start, c.cue = u.Toks[cue+2].Start, -1 // the heading before the label is none of it
	}
	for _, r := range joinRules {
		if r.join(us, i, c) {
			return
		}
	}
}

// labelsClause tells whether toks[i] is a resolution's label in
// capitals before its clause: "RESOLUTION: That ...".
func labelsClause(toks []doc.Token, i int) bool {
	return doc.IsUpperWord(toks[i]) && (toks[i].Lower == "resolution" || toks[i].Lower == "resolved") &&
		doc.LowerAt(toks, i+1) == ":" && doc.LowerAt(toks, i+2) == "that"
}

// joinRules, in the order they are tried: the first that holds changes
// the candidate, and no other is tried. Each reports whether it held.
var joinRules = []struct {
	name string
	join func(us []unit, i int, c *candidate) bool
}{
	{"bare-noted", bareNotedJoin},
	{"trailing-noted", trailingNotedJoin},
	{"motion", motionJoin},
	{"tally-after", tallyAfterJoin},
	{"motion-record-after", motionRecordJoin},
	{"consent", consentJoin},
	{"approved-proposal", approvedJoin},
	{"resolution-clause", resolutionJoin},
	{"resolution-list", resolutionListJoin},
}

// bareNotedJoin: "... giving an actual figure of £13,461.78.\nNoted":
// the note belongs to the sentence before it.
func bareNotedJoin(us []unit, i int, c *candidate) bool {
	u := &us[i]
	if i == 0 || u.cues&cueVerb == 0 || !isBareNoted(u.Toks) { // "noted" is a decision verb
		return false
	}
	c.kind, c.ok, c.start, c.cue = "noted", true, us[i-1].Start, -1
	return true
}

// trailingNotedJoin: a short line ending in "Noted" notes the sentence
// before it in the same block too.
func trailingNotedJoin(us []unit, i int, c *candidate) bool {
	u := &us[i]
	if !c.ok || c.kind != "noted" || !trailingNoted(u.Toks) || len(u.Toks) >= 8 || i == 0 || us[i-1].Block != u.Block {
		return false
	}
	c.start = us[i-1].Start
	return true
}

// motionJoin: a sentence moving a motion is a decision, and a motion and
// its outcome in the next sentence are one ("Motion by Smith, second by
// Jones, to approve. Motion carried 5-0.").
func motionJoin(us []unit, i int, c *candidate) bool {
	u := &us[i]
	if c.ok || u.cues&cueMotion == 0 || !isMotion(u.Toks) || wordsIn(u.Toks) <= 2 {
		return false // "Motion:" alone labels what follows
	}
	c.kind, c.ok = "agreed", true
	if i+1 >= len(us) {
		return true
	}
	if kind, ok := motionFate(us[i+1].Toks); ok {
		// "Motion to adopt the plan. TABLED.": put off, or withdrawn
		// and no decision at all.
		c.kind, c.ok, c.end, c.last = kind, kind != "", us[i+1].End, i+1
		return true
	}
	if us[i+1].cues&cueVote != 0 && isOutcomeOnly(us[i+1].Toks) {
		c.end, c.last = us[i+1].End, i+1
	}
	return true
}

// motionFates are what may become of a motion short of a vote, and the
// kind of decision each makes ("" for none): "TABLED", "The motion was
// withdrawn".
var motionFates = map[string]string{
	"tabled": "deferred", "postponed": "deferred", "deferred": "deferred", "withdrawn": "",
}

// motionFate tells whether a short sentence only says what became of the
// motion before it, and the kind that makes: "TABLED.", "Motion
// withdrawn.", "The motion was tabled until May." A UK paper "tabled at
// the meeting" is put forward, not put off: the word counts only after a
// motion.
func motionFate(toks []doc.Token) (string, bool) {
	words, fate, found := 0, "", false
	for k, t := range toks {
		if t.Kind != doc.Word {
			continue
		}
		words++
		if f, ok := motionFates[t.Lower]; ok && !found && (k == entryStart(toks) || lex.PassiveAux[doc.LowerAt(toks, k-1)] || doc.LowerAt(toks, k-1) == "motion") {
			fate, found = f, true
		}
	}
	return fate, found && words <= 8
}

// tallyAfterJoin: a decision with no vote of its own and a line that
// only tallies a vote after it are one ("The budget was approved.
// Result: 4 for, 1 against.", "... Motion carried 5-0.").
func tallyAfterJoin(us []unit, i int, c *candidate) bool {
	if !c.ok || i+1 >= len(us) || us[i+1].cues&cueVote == 0 || !isTallyOnly(us[i+1].Toks) || VoteOf(us[i].Toks) != nil {
		return false
	}
	c.end, c.last = us[i+1].End, i+1
	return true
}

// motionRecordJoin: a resolution and the line after it recording who
// moved and seconded it and how the vote went are one ("RESOLUTION:
// That the Minutes be confirmed." / "MOVED: Cr Barnes SECONDED: Cr
// Bethel CARRIED 5/0").
func motionRecordJoin(us []unit, i int, c *candidate) bool {
	if !c.ok || i+1 >= len(us) || VoteOf(us[i].Toks) != nil || !recordsMotion(us[i+1].Toks) {
		return false
	}
	c.end, c.last = us[i+1].End, i+1
	return true
}

// recordsMotion tells whether a sentence opens on who moved a motion and
// seconds it, with no words of its own: "MOVED: Cr Barnes SECONDED: Cr
// Bethel CARRIED", "Moved by Cllr Webb, seconded by Cllr Diaz".
func recordsMotion(toks []doc.Token) bool {
	k := entryStart(toks)
	if w := doc.LowerAt(toks, k+1); doc.LowerAt(toks, k) != "moved" || w != ":" && w != "by" {
		return false
	}
	for j := k + 2; j < len(toks); j++ {
		if w := toks[j].Lower; (w == "seconded" || w == "second") && (doc.LowerAt(toks, j+1) == ":" || doc.LowerAt(toks, j+1) == "by") {
			return true
		}
	}
	return false
}

// tallyLabels are the words besides a vote's own that a line only
// tallying it holds: "Result:", "Motion carried", "Vote was 4 in favour".
var tallyLabels = lex.Words("result", "results", "vote", "votes", "voting", "motion", "in", "favour", "favor", "opposed", "was", "by", "with", "and", "nem", "con")

// isTallyOnly tells whether a sentence is a vote's tally and nothing
// else: its words are vote words and labels, and it counts a side.
func isTallyOnly(toks []doc.Token) bool {
	for _, t := range toks {
		if t.Kind != doc.Word {
			continue
		}
		_, outcome := lex.Outcomes[t.Lower]
		if !outcome && lex.VoteCount[t.Lower] == "" && !slices.Contains(tallyLabels, t.Lower) && !slices.Contains(unanimousWords, t.Lower) {
			return false
		}
	}
	v := VoteOf(toks)
	return v != nil && v.For != nil
}

// consentJoin: a proposal or question answered by consent in the next
// line is one decision with it ("Decision to delegate the tracking to
// the team?" / "No objections, decided."): what was consented to is the
// proposal's words.
func consentJoin(us []unit, i int, c *candidate) bool {
	if i+1 >= len(us) || !opensConsent(us[i+1].Toks) || !(c.ok || proposes(us[i])) {
		return false
	}
	if !c.ok {
		// The consent's own kind ("No objection, so referred"), else
		// agreement.
		c.kind, c.ok = "agreed", true
		if kind, _, ok := decisionKind(us[i+1], &phraseScan{}); ok {
			c.kind = kind
		}
	}
	c.end, c.last = us[i+1].End, i+1
	return true
}

// approvedJoin: a proposal approved alone by a later line, past the lines
// naming its mover and seconder, is a decision of the approval's kind:
// "Cart shall open a bank account." / "Proposed by: Cart" / "Unanimously
// approved." A line of its own that is no sentence (a heading) is none.
func approvedJoin(us []unit, i int, c *candidate) bool {
	if c.ok || us[i].Question || wordsIn(us[i].Toks) == 0 {
		return false
	}
	j := doc.ApprovalAfterFunc(len(us), func(k int) []doc.Token { return us[k].Toks }, i)
	if j < 0 {
		return false
	}
	if (wordsIn(us[i].Toks) < 4 || us[i].cues&cueModal == 0) && j == i+1 {
		// With no modal, only a line its mover's label follows is a
		// proposal ("Cart for President." / "Proposed by: Cart" /
		// "Unanimously approved."); "Thanks to the Clerk. Agreed." is not.
		return false
	}
	c.kind, c.ok, c.last = "approved", true, j
	return true
}

// resolutionJoin: a label alone ("Resolved:", "RESOLUTION") over a
// clause that opens "That" is one decision, the clause: "Resolved:" /
// "That the minutes of the meeting be approved as a correct record."
func resolutionJoin(us []unit, i int, c *candidate) bool {
	if !resolutionLabel(us[i].Toks) {
		return false
	}
	j := clauseAt(us, i+1)
	if j >= len(us) || !opensThat(us[j].Toks) {
		return false
	}
	resolutionClause(us, j, c)
	return true
}

// resolutionListJoin: the later clauses of a numbered list under a
// resolution's label are decisions too: "RESOLVED:" / "1. That the
// accounts be approved." / "2. That the Clerk writes to the county."
func resolutionListJoin(us []unit, i int, c *candidate) bool {
	if !opensThat(us[i].Toks) || !underResolution(us, i) {
		return false
	}
	resolutionClause(us, i, c)
	return true
}

// resolutionClause makes the clause us[j] the candidate: the kind its own
// verb gives ("That the accounts be approved"), else resolved.
func resolutionClause(us []unit, j int, c *candidate) {
	kind, _, ok := decisionKind(us[j], &phraseScan{})
	if !ok || kind == "agreed" {
		kind = "resolved"
	}
	c.kind, c.ok, c.start, c.end, c.last, c.cue = kind, true, us[j].Start, us[j].End, j, -1
}

// maxResolutionList bounds how many units back a clause looks for the
// label of its list.
const maxResolutionList = 30

// underResolution tells whether the clause us[i] is a later entry of a
// list of clauses under a resolution's label: the units before it, past
// list numbers, are "That" clauses up to the label, one clause at least.
func underResolution(us []unit, i int) bool {
	clauses := 0
	for k := i - 1; k >= 0 && k >= i-maxResolutionList; k-- {
		switch toks := us[k].Toks; {
		case isListNumber(toks):
		case opensThat(toks):
			clauses++
		case resolutionLabel(toks):
			return clauses > 0
		default:
			return false
		}
	}
	return false
}

// clauseAt is the unit a list's clause starts at, j or past the list
// number the sentence splitter left alone before it ("1." / "That ...").
func clauseAt(us []unit, j int) int {
	if j < len(us) && isListNumber(us[j].Toks) {
		return j + 1
	}
	return j
}

// isListNumber tells whether a sentence is a list's number alone: "1.",
// "2)", "(a)".
func isListNumber(toks []doc.Token) bool {
	switch len(toks) {
	case 2:
		return (toks[0].Kind == doc.Number || len(toks[0].Text) == 1) && (toks[1].Text == "." || toks[1].Text == ")")
	case 3:
		return toks[0].Text == "(" && toks[2].Text == ")" && (toks[1].Kind == doc.Number || len(toks[1].Text) == 1)
	}
	return false
}

// opensThat tells whether a sentence opens on "That", past a list's
// number: a resolution's clause.
func opensThat(toks []doc.Token) bool {
	return doc.LowerAt(toks, entryStart(toks)) == "that"
}

// resolutionLabel tells whether a sentence is a resolution's label and
// nothing else: "Resolved:", "RESOLUTION", "It was resolved:".
func resolutionLabel(toks []doc.Token) bool {
	words := 0
	label := false
	for _, t := range toks {
		if t.Kind != doc.Word {
			continue
		}
		words++
		switch t.Lower {
		case "resolved", "resolution", "resolutions":
			label = true
		case "it", "was", "were", "and", "unanimously":
		default:
			return false
		}
	}
	return label && words <= 4
}

// proposalModals word a sentence as a proposal: "Cart shall open a bank
// account". A unit's cueModal says it holds one.
var proposalModals = lex.Words("shall", "should", "must", "will")

// opensConsent tells whether a sentence opens on consent: "No
// objections", past a bullet.
func opensConsent(toks []doc.Token) bool {
	i := 0
	if len(toks) > 1 && toks[0].Text == "•" {
		i = 1
	}
	return phrase.AnyAt(consentPhrases, toks, i) && notReceived(&phraseScan{toks: toks}, i)
}

// proposes tells whether a sentence puts something to the meeting: a
// question, or words that call for consent or name a proposal.
func proposes(u unit) bool {
	if u.Question {
		return true
	}
	for _, t := range u.Toks {
		if proposalWords[t.Lower] {
			return true
		}
	}
	return false
}

// proposalWords put something to a meeting for its consent.
var proposalWords = map[string]bool{
	"object": true, "objection": true, "objections": true, "opposition": true, "oppose": true,
	"consensus": true, "proposal": true, "propose": true, "proposed": true, "decision": true,
}

// newDecision fills a decision's vote, mover and seconder from its words,
// and lets a motion's verb or a failed vote settle its kind.
func newDecision(text string, start, end int, kind string, toks []doc.Token) schema.Decision {
	dec := schema.Decision{Text: text[start:end], Kind: kind, Span: schema.Span{Start: start, End: end}}
	dec.Vote = VoteOf(toks)
	dec.Mover, dec.Seconder = moverSeconder(text, toks)
	if dec.Mover != nil || dec.Vote != nil {
		if k := motionKind(toks); k != "" && (kind == "agreed" || kind == "other") {
			dec.Kind = k
		}
	}
	if dec.Vote != nil && dec.Vote.Outcome != nil && *dec.Vote.Outcome == "failed" {
		dec.Kind = "rejected"
	}
	return dec
}

// decisionKind tells whether a sentence records a decision and of which
// kind, and the token it was read at (-1 for the whole sentence): a
// phrase rule first, then a decision verb in a decision's frame, then a
// vote's outcome. Only the words a rule can start from are read. sc is
// the phrase rules' scan, reused from unit to unit.
func decisionKind(u unit, sc *phraseScan) (string, int, bool) {
	toks := u.Toks
	if len(toks) == 0 || u.Question {
		return "", -1, false
	}
	// A list entry's bullet is not its first word: "• Decision: ..."
	// opens with "Decision".
	off := 0
	if len(toks) > 1 && toks[0].Text == "•" {
		off = 1
	}
	sc.reset(toks[off:])
	if r, at := phraseRuleAt(sc, u.cues); r != nil {
		return r.kind, at + off, true
	}
	// Notes of who said what: the phrase opens past the speaker's label,
	// "• Ryan: Decision made to form it".
	if speakerLabel(toks, off) {
		sc.reset(toks[off+2:])
		if r, at := phraseRuleAt(sc, u.cues); r != nil {
			return r.kind, at + off + 2, true
		}
	}
	if u.cues&cueVerb != 0 {
		for i, t := range toks {
			if cueWords.Get(t.Lower)&cueVerb == 0 {
				continue
			}
			kind := lex.DecisionVerbs[t.Lower]
			if decisionFrame(toks, i) {
				return refineKind(toks, i, kind), i, true
			}
		}
	}
	if u.cues&cueVote != 0 && isVoteOutcome(toks) {
		return "agreed", -1, true
	}
	return "", -1, false
}

// speakerLabel tells whether a sentence opens at toks[i] on a speaker's
// name and a colon, with words after it: "Ryan: ...".
func speakerLabel(toks []doc.Token, i int) bool {
	return speakerLabelAt(toks, i) && i+2 < len(toks) && toks[i+2].Kind == doc.Word &&
		cueWords.Get(toks[i].Lower)&cuePhrase == 0 // "Decision: ..." is the label rules' own
}

// refineKind turns "agreed to approve" and "agreed that the Return be
// approved" into approvals.
func refineKind(toks []doc.Token, i int, kind string) string {
	if kind != "agreed" && kind != "resolved" {
		return kind
	}
	for k := i + 1; k < len(toks) && k <= i+12; k++ {
		if lex.ApproveWords[toks[k].Lower] {
			if kind == "agreed" {
				return "approved"
			}
			return kind
		}
	}
	return kind
}

// isBareNoted tells whether a sentence is the single word "Noted".
func isBareNoted(toks []doc.Token) bool {
	words := 0
	for _, t := range toks {
		if t.Kind == doc.Word {
			words++
			if t.Lower != "noted" {
				return false
			}
		}
	}
	return words == 1
}

// trailingNoted tells whether "Noted" ends the sentence.
func trailingNoted(toks []doc.Token) bool {
	k := len(toks) - 1
	for k >= 0 && toks[k].Kind == doc.Punct {
		k--
	}
	return k >= 1 && toks[k].Text == "Noted"
}

// movedPhrase moves a motion: "Moved by", "Motion to", "Proposed:". Its
// start words are cueMotion, which Find reads off a unit before asking
// isMotion.
var movedPhrase = phrase.Parse("moved|motion|proposed by|to|:")[0]

// secondedPhrase seconds it: "seconded by", "second by".
var secondedPhrase = phrase.Parse("seconded|second by")[0]

// isMotion tells whether a sentence moves or seconds a motion: "Motion by
// A, second by B, to approve", "Moved by Commissioner Fish and seconded by
// Commissioner Fritz".
func isMotion(toks []doc.Token) bool {
	m, s := false, false
	for i := range toks {
		m = m || movedPhrase.MatchAt(toks, i)
		s = s || secondedPhrase.MatchAt(toks, i)
	}
	return m && (s || doc.LowerAt(toks, 0) == "motion")
}

// hasOutcomeWord tells whether a sentence says how a vote went.
func hasOutcomeWord(toks []doc.Token) bool {
	for _, t := range toks {
		if _, ok := lex.Outcomes[t.Lower]; ok {
			return true
		}
		if t.Lower == "ayes" || t.Lower == "nays" || t.Lower == "noes" {
			return true
		}
	}
	return false
}

// isVoteOutcome tells whether a sentence records how a vote went: an
// outcome word after "motion" (or opening the sentence, or before a
// tally), or tallies for and against. "Workers lost ground" is no vote.
func isVoteOutcome(toks []doc.Token) bool {
	v := VoteOf(toks)
	if v == nil {
		return false
	}
	if v.For != nil && (v.Against != nil || v.Abstain != nil || hasOutcomeWord(toks)) {
		return true
	}
	for i, t := range toks {
		if _, ok := lex.Outcomes[t.Lower]; !ok {
			continue
		}
		p := doc.LowerAt(toks, i-1)
		if i == 0 || p == "motion" || p == "amendment" || p == "resolution" || p == "proposal" || p == "was" || toks[i-1].Kind == doc.Punct {
			return true
		}
		if n := doc.LowerAt(toks, i+1); n == "unanimously" || n == "nem" {
			return true
		}
	}
	return false
}

// isOutcomeOnly tells whether a sentence only reports a vote ("Motion
// carried 5-0.", "Ayes: 4 Nays: 1").
func isOutcomeOnly(toks []doc.Token) bool {
	return len(toks) <= 16 && isVoteOutcome(toks)
}

// dispositionDecision is the decision a disposition records.
func dispositionDecision(text string, p dispositions.Disposition) schema.Decision {
	return newDecision(text, p.Start, p.End, p.Kind, p.Toks)
}

// wordsIn counts a sentence's words.
func wordsIn(toks []doc.Token) int {
	n := 0
	for _, t := range toks {
		if t.Kind == doc.Word {
			n++
		}
	}
	return n
}
