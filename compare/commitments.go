package compare

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/minutes-tool/minutes/schema"
)

// Statuses of a commitment of the old meeting in the new one (and "new"
// for one the new meeting brings).
const (
	// StatusDone: the new meeting reports it in the past tense.
	StatusDone = "done"
	// StatusRestated: still planned, with the same due date (or none).
	StatusRestated = "restated"
	// StatusSlipped: its due date moved later; Change.SlipDays says by how
	// many days, start to start.
	StatusSlipped = "slipped"
	// StatusBroughtForward: its due date moved earlier.
	StatusBroughtForward = "brought_forward"
	// StatusChanged: its owner, action or figures changed, or a due date
	// was set or dropped.
	StatusChanged = "changed"
	// StatusVanished: the new meeting says nothing about it.
	StatusVanished = "vanished"
	// StatusNew: a commitment of the new meeting with no partner in the old.
	StatusNew = "new"
)

// commitRef is a commitment with what matching needs to know of it.
type commitRef struct {
	c     *schema.Commitment
	title string
	v     vector
	// act is the bag of its words without its owner's: a sentence that
	// shares only the owner ("Present: the Clerk", "Respectfully
	// submitted, the Clerk") says nothing of the action.
	act vector
	// part: a part of a list-heading row (see listParents), or a
	// commitment written again in the same words (see repeats): not
	// followed on its own.
	part bool
	// closed: the older meeting's log closed it already (see
	// closedAtOld).
	closed bool
}

// followed is what became of one old commitment in the new meeting.
type followed struct {
	j       int      // index of the new commitment it pairs with, or -1
	mention *Mention // else the sentence that speaks of it, or nil
	score   float64
}

// oneMentionEach leaves an action log's marked row in the new meeting as
// the mention of the old commitment it matches best only: the row reports
// its own action, not also another that shares a few of its
// words ("Share the poll with the community - done" is not "the post
// should be shared with the participants"). Ties go to the earlier
// commitment.
func oneMentionEach(out []followed) {
	best := map[int]int{} // a mention's start: the index in out holding it
	for i := range out {
		mt := out[i].mention
		if mt == nil {
			continue
		}
		if _, mk := markIn(mt.Text); mk == "" {
			continue // a sentence may report two things done
		}
		k, seen := best[mt.Span.Start]
		switch {
		case !seen:
			best[mt.Span.Start] = i
		case out[i].score > out[k].score:
			out[k].mention = nil
			best[mt.Span.Start] = i
		default:
			out[i].mention = nil
		}
	}
}

// doneShare is how close to the best match a past-tense report must come
// to be preferred to it.
const doneShare = 0.7

// doneFactor lowers the threshold for a past-tense report of the thing:
// the tense is evidence of its own, and over a long series common words
// ("consultation") weigh less, so a true report scored 0.22 in a track of
// four meetings where the same pair scored 0.27 in a diff of two.
const doneFactor = 0.85

// mentionFactor raises the threshold for a sentence that is not a report
// of the thing done: with real records, sentences sharing only the body's
// name and a common noun scored 0.25–0.3, true restatements above 0.35.
const mentionFactor = 1.4

// follow finds each old commitment in the new meeting: first one-to-one
// among the new meeting's commitments, then, for those left over, the best
// sentence of the new text at or above the threshold. Sentences that hold a
// paired commitment are not offered twice. It returns, too, which new
// commitments were taken.
func follow(m *model, olds []commitRef, n *side, th float64) ([]followed, []bool) {
	news := make([]vector, len(n.rec.Commitments))
	for j := range n.rec.Commitments {
		c := &n.rec.Commitments[j]
		news[j] = m.vector(n.terms(c.Text + " " + n.title(c.Item)))
	}
	ov := make([]vector, len(olds))
	for i := range olds {
		if !olds[i].part {
			ov[i] = olds[i].v
		}
	}
	out := make([]followed, len(olds))
	for i := range out {
		out[i].j = -1
	}
	taken := make([]bool, len(news))
	usedSent := map[int]bool{}
	commitSent := map[int]bool{}
	for j := range n.rec.Commitments {
		if k := sentenceAt(n.sents, n.rec.Commitments[j].Span.Start); k >= 0 {
			commitSent[k] = true
		}
	}
	pieces := buildPieces(m, n)
	// Pieces are found through an inverted index of their topic words: a
	// piece must share minShared of them to count (see maxCandidates). The
	// done pieces have an index of their own, so that the many pieces that
	// report nothing done cannot crowd them out of a search.
	vs := make([]vector, len(pieces))
	var donePieces []int
	var doneVs []vector
	for p, pc := range pieces {
		vs[p] = pc.v
		if pc.done {
			donePieces = append(donePieces, p)
			doneVs = append(doneVs, pc.v)
		}
	}
	strong := func(e entry) bool { return !weakTerms[e.term] }
	all, dones := newIndex(vs, strong), newIndex(doneVs, strong)
	// A report that the thing was done beats a new commitment on the same
	// topic when it matches better: "the consultation was launched on 2
	// February" answers "a consultation in early 2018", and "it runs until
	// 13 April" is a new undertaking, not the old one slipping.
	doneBest := make([]float64, len(olds))
	for i := range olds {
		notCommit := func(d int) bool { return !commitSent[pieces[donePieces[d]].k] }
		for _, d := range dones.candidates(ov[i], strong, notCommit) {
			p := pieces[donePieces[d]]
			if s := cosine(ov[i], p.v); s > doneBest[i] && shared(ov[i], p.v) >= minShared {
				doneBest[i] = s
			}
		}
	}
	better := func(i, j int, s float64) (float64, bool) {
		if olds[i].closed && !sameRow(olds[i].c.Text, n.rec.Commitments[j].Text) {
			// A row closed at the older meeting is followed only to its
			// own repeat, so that the log's repeated row is not counted
			// new; it must not take another action's row.
			return s, false
		}
		return s, s > doneBest[i] && shared(ov[i], news[j]) >= minShared &&
			sameRowCode(olds[i].c.Text, n.rec.Commitments[j].Text) &&
			actionsMeet(olds[i].c, &n.rec.Commitments[j])
	}
	for _, p := range assign(ov, news, th, better) {
		out[p.i] = followed{j: p.j, score: p.score}
		taken[p.j] = true
		if k := sentenceAt(n.sents, n.rec.Commitments[p.j].Span.Start); k >= 0 {
			usedSent[k] = true
		}
	}
	for i := range out {
		if out[i].j < 0 {
			continue
		}
		if k := markedTwin(n, out[i].j, taken); k >= 0 {
			out[i].j = k
			taken[k] = true
			if s := sentenceAt(n.sents, n.rec.Commitments[k].Span.Start); s >= 0 {
				usedSent[s] = true
			}
		}
	}
	var cands []int
	for i := range olds {
		if out[i].j >= 0 || olds[i].part || olds[i].closed {
			continue
		}
		unused := func(p int) bool { return !usedSent[pieces[p].k] }
		// In text order, so that ties go to the earlier piece.
		cands = append(cands[:0], all.candidates(ov[i], strong, unused)...)
		for _, d := range dones.candidates(ov[i], strong, func(d int) bool { return unused(donePieces[d]) }) {
			cands = append(cands, donePieces[d])
		}
		slices.Sort(cands)
		cands = slices.Compact(cands)
		best, bestScore, bestDone, bestDoneScore := scanPieces(pieces, cands, olds[i], n, th)
		if best < 0 && bestDone < 0 {
			continue
		}
		// A report that the thing happened answers the commitment even when
		// another sentence shares a few more words with it: "the location
		// ... will be determined by a consultation hoped for early 2018" is
		// answered by "the consultation was launched on 2 February", not by
		// "the consultation is on: ... the location of those units".
		if bestDone >= 0 && (best < 0 || bestDoneScore >= doneShare*bestScore) {
			best, bestScore = bestDone, bestDoneScore
		} else if bestScore < th*mentionFactor {
			// A sentence that is no report of the thing done must match
			// more closely to count as speaking of it: a few shared words
			// ("the Programme Board", "CCGs") are not a restatement.
			continue
		}
		mt := mentionOf(n, pieces[best])
		// A piece that reports something done but failed the tests of a
		// report of this action done (its verb, its time) restates it at
		// most.
		mt.Done = mt.Done && best == bestDone
		out[i] = followed{j: -1, mention: mt, score: bestScore}
	}
	oneMentionEach(out)
	inheritFromRows(out, olds, news, n, m, th)
	return out, taken
}

// piece is a sentence of the new meeting, or a clause of one (cut at
// commas, colons and dashes): each is offered on its own, and a sentence
// scores as its best piece.
type piece struct {
	k    int
	span sentence
	v    vector
	own  vector // its own words, without its item's title
	done bool
}

// buildPieces cuts the new meeting into pieces. A clause is done when its
// sentence reports a thing done: the verb often sits in another clause
// than the subject ("A joint committee of the eight CCGs, ..., has been
// established"). A log's mark on the line after a sentence is read with it.
func buildPieces(m *model, n *side) []piece {
	var pieces []piece
	for k, se := range n.sents {
		title := n.terms(n.itemAt(se.start))
		if tail := n.markAfter(k); tail != "" {
			se.text += " " + tail
		}
		done := sentenceDone(se.text)
		pieces = append(pieces, piece{k, se, m.vector(n.sentenceTerms(k)), m.vector(terms(se.text)), done})
		for _, cl := range clauses(n.rs, se) {
			pieces = append(pieces, piece{k, cl, m.vector(append(terms(cl.text), title...)), m.vector(terms(cl.text)), done})
		}
	}
	return pieces
}

// scanPieces finds, among the candidate pieces, the best match for an old
// commitment and the best report of it done (-1 when none). A piece must
// share minShared terms with the commitment, and one at least of its own
// words with its action without its owner and item ("Present: Cllr
// Brown" is not Cllr Brown's action, nor a heading that repeats the
// item's title a report of it); a report of it done must be plausible in time and report the
// action's own verb or a log's mark. Ties go to the earlier piece: pieces
// are in text order.
func scanPieces(pieces []piece, cands []int, old commitRef, n *side, th float64) (int, float64, int, float64) {
	best, bestScore := -1, th
	bestDone, bestDoneScore := -1, th*doneFactor
	for _, p := range cands {
		pc := pieces[p]
		if shared(old.v, pc.v) < minShared || shared(old.act, pc.own) < 1 || !sameRowCode(old.c.Text, n.sents[pc.k].text) {
			continue
		}
		s := cosine(old.v, pc.v)
		if (s > bestScore || (s == bestScore && best < 0)) && namesAction(old.c, n.sents[pc.k].text, n.people) {
			best, bestScore = p, s
		}
		if pc.done && (s > bestDoneScore || (s == bestDoneScore && bestDone < 0)) &&
			plausiblyDone(old.c, n, pc.span, n.sents[pc.k]) && evidenceOfDone(old, n.sents[pc.k].text, n.people) {
			bestDone, bestDoneScore = p, s
		}
	}
	return best, bestScore, bestDone, bestDoneScore
}

// mentionOf is the sentence of a piece as a mention, with the mark on the
// line after it and the piece's date. The last date of a piece is the one
// its main clause is about more often than the first: "following a
// meeting on 31 January, the consultation was launched on Friday 2
// February".
func mentionOf(n *side, pc piece) *Mention {
	se := n.sents[pc.k]
	if tail := n.markAfter(pc.k); tail != "" {
		se.text += " " + tail
	}
	mt := &Mention{Text: se.text, Span: schema.Span{Start: se.start, End: se.end}, Done: pc.done}
	ds := n.datesIn(pc.span.start, pc.span.end)
	if len(ds) == 0 {
		ds = n.datesIn(se.start, se.end)
	}
	if len(ds) > 0 {
		d := ds[len(ds)-1]
		mt.Date = &d
	}
	return mt
}

// earlyLimit is how long before its due date a thing may be reported done
// and still be taken for the same thing: a report dated years before the
// due date speaks of something else.
const earlyLimit = 183 // days

// plausiblyDone reports whether a past-tense piece of the new meeting can
// be the old commitment done: when both carry dates, the report is not
// more than earlyLimit days before the due date.
func plausiblyDone(old *schema.Commitment, n *side, piece, se sentence) bool {
	if old.Due == nil {
		return true
	}
	ds := n.datesIn(piece.start, piece.end)
	if len(ds) == 0 {
		ds = n.datesIn(se.start, se.end)
	}
	if len(ds) == 0 {
		return true
	}
	d := ds[len(ds)-1]
	days, ok := daysBetween(old.Due.Start, &schema.Due{Start: d.Start})
	return !ok || days >= -earlyLimit
}

// verdict is a commitment's status with the sentences that explain it.
type verdict struct {
	status  string
	slip    *int
	details []string
}

// judge decides what became of old in the new meeting, given either the
// new commitment it pairs with or a mention.
//
// newWhen names the newer meeting after "at" ("the meeting of 5 February
// 2018", see Side.at); newDate is its date, "" when it has none.
func judge(old *schema.Commitment, nc *schema.Commitment, mt *Mention, newWhen, newDate string) verdict {
	due, text := evidenceOf(nc, mt)
	if nc == nil && mt == nil {
		return vanished(old, newWhen, newDate)
	}
	if v, ok := markedVerdict(old, nc, text, due, newWhen); ok {
		return v
	}
	if v, ok := doneVerdict(old, nc, mt, text, due, newWhen); ok {
		return v
	}
	v := dueVerdict(old, due, nc != nil)
	v = ownerVerdict(v, old, nc, text)
	if nc != nil {
		v = partnerVerdict(v, old, nc)
	}
	if v.status == "" {
		v.status = StatusRestated
		v.details = append(v.details, restatedDetail(old, nc, mt, due, newWhen, newDate))
	}
	return v
}

// evidenceOf is the new meeting's due date and words for a commitment:
// its partner's, or the mention's.
func evidenceOf(nc *schema.Commitment, mt *Mention) (*schema.Due, string) {
	switch {
	case nc != nil:
		return nc.Due, nc.Text
	case mt != nil:
		if mt.Date != nil {
			return &schema.Due{Text: mt.Date.Text, Start: mt.Date.Start, End: mt.Date.End, Relation: "on"}, mt.Text
		}
		return nil, mt.Text
	}
	return nil, ""
}

// vanished is the verdict on a commitment the new meeting says nothing of.
func vanished(old *schema.Commitment, newWhen, newDate string) verdict {
	d := fmt.Sprintf("Not mentioned at %s.", newWhen)
	if old.Due != nil {
		d = fmt.Sprintf("Not mentioned at %s; it was due %s.", newWhen, dueText(old.Due))
		if newDate != "" && old.Due.End < newDate {
			// ISO dates compare as strings. A deadline that passed
			// before the meeting with no word of it is what a scrutiny
			// committee asks about first.
			d = fmt.Sprintf("Not mentioned at %s, although it was due %s, before that meeting.", newWhen, dueText(old.Due))
		}
	}
	return verdict{status: StatusVanished, details: []string{d}}
}

// doneVerdict reports the commitment done when the new words report it
// in the past and carry no log's mark of their own.
func doneVerdict(old, nc *schema.Commitment, mt *Mention, text string, due *schema.Due, newWhen string) (verdict, bool) {
	done := sentenceDone(text)
	if mt != nil && nc == nil {
		done = mt.Done // judged on the clause that matched, not the whole sentence
	}
	if _, mk := markIn(text); mk != "" {
		// A log's mark that is not this action's (markedVerdict passed it
		// over) speaks for the sentence's tense too.
		done = false
	}
	if !done || reportsDone(old.Text) {
		return verdict{}, false
	}
	d := "Reported as done at " + newWhen
	if due != nil {
		d = "Reported as done on " + dueText(due)
	}
	if old.Due != nil {
		d += fmt.Sprintf("; it was due %s", dueText(old.Due))
		d += timeliness(old.Due, due)
	}
	return verdict{status: StatusDone, details: []string{d + "."}}, true
}

// dueVerdict compares the due dates: later is slipped, earlier brought
// forward; a partner that sets or drops one changes the commitment.
func dueVerdict(old *schema.Commitment, due *schema.Due, partner bool) verdict {
	var v verdict
	switch {
	case old.Due != nil && due != nil:
		days, ok := daysBetween(old.Due.Start, due)
		switch {
		case ok && days > 0:
			v.status, v.slip = StatusSlipped, &days
			v.details = append(v.details, fmt.Sprintf("Due moved from %s to %s (slipped %d days).", dueText(old.Due), dueText(due), days))
		case ok && days < 0:
			v.status = StatusBroughtForward
			v.details = append(v.details, fmt.Sprintf("Due moved from %s to %s (brought forward %d days).", dueText(old.Due), dueText(due), -days))
		}
	case old.Due == nil && due != nil && partner:
		v.status = StatusChanged
		v.details = append(v.details, fmt.Sprintf("A due date was set: %s.", dueText(due)))
	case old.Due != nil && due == nil && partner:
		v.status = StatusChanged
		v.details = append(v.details, fmt.Sprintf("The due date of %s was dropped.", dueText(old.Due)))
	}
	return v
}

// ownerVerdict notes a new owner: the tags of an action log ("[MS, NM]"
// to "[NM]") or, without tags, the extracted owners of two partners.
func ownerVerdict(v verdict, old, nc *schema.Commitment, text string) verdict {
	a, b := ownersOf(old.Text), ownersOf(text)
	if a == "" && b == "" && nc != nil {
		a, b = strOr(old.Owner, ""), strOr(nc.Owner, "")
		if strings.EqualFold(a, b) {
			return v
		}
	} else if a == "" || b == "" || a == b {
		return v
	}
	v.details = append(v.details, ownerChange(a, b))
	if v.status == "" {
		v.status = StatusChanged
	}
	return v
}

// partnerVerdict notes changed figures or a changed action between two
// paired commitments.
func partnerVerdict(v verdict, old, nc *schema.Commitment) verdict {
	if a, b := figuresOf(old), figuresOf(nc); a != b {
		v.details = append(v.details, fmt.Sprintf("The figures changed from %s to %s.", a, b))
		if v.status == "" {
			v.status = StatusChanged
		}
	}
	if actionChanged(unmarked(old.Action), unmarked(nc.Action)) {
		v.details = append(v.details, fmt.Sprintf("The action changed from %q to %q.", old.Action, nc.Action))
		if v.status == "" {
			v.status = StatusChanged
		}
	}
	return v
}

// restatedDetail says how a restated commitment was spoken of.
func restatedDetail(old, nc *schema.Commitment, mt *Mention, due *schema.Due, newWhen, newDate string) string {
	switch {
	case mt != nil && nc == nil && due == nil:
		// Spoken of again, but with no date: do not claim the old due
		// date still stands.
		return fmt.Sprintf("Mentioned again at %s, with no date.", newWhen)
	case old.Due != nil && newDate != "" && old.Due.End < newDate:
		// ISO dates compare as strings: a date that had passed, written
		// again, is overdue, not "still due".
		return fmt.Sprintf("Restated at %s, although it was due %s, before that meeting; not reported done.", newWhen, dueText(old.Due))
	case old.Due != nil:
		return fmt.Sprintf("Restated, still due %s.", dueText(old.Due))
	case mt != nil:
		return fmt.Sprintf("Mentioned again at %s, with no date.", newWhen)
	}
	return "Restated, with no due date in either meeting."
}

func ownerChange(o, n string) string {
	switch {
	case o == "":
		return fmt.Sprintf("An owner was named: %s.", n)
	case n == "":
		return fmt.Sprintf("No owner is named any more (was %s).", o)
	}
	return fmt.Sprintf("The owner changed from %s to %s.", o, n)
}

// actionsMeet says whether two commitments' actions share a word, when
// both have a few: sentences that share only their frame ("It was
// proposed by Cllr. Davies, seconded by Cllr. Jones and unanimously
// agreed that …") are two undertakings, however alike the rest.
func actionsMeet(a, b *schema.Commitment) bool {
	ta := terms(unmarked(a.Action))
	tb := terms(unmarked(b.Action))
	if len(ta) < 2 || len(tb) < 2 {
		return true // a fragment ("be contacted") is no action to compare
	}
	in := map[string]bool{}
	for _, t := range ta {
		in[t] = true
	}
	for _, t := range tb {
		if in[t] {
			return true
		}
	}
	return false
}

// actionChanged says whether two actions differ in substance: under half
// of their content terms in common (Jaccard). Rewording alone ("will be
// submitted" for "is to be submitted") is not a change.
func actionChanged(a, b string) bool {
	j, ok := termJaccard(a, b)
	return ok && j < 0.5
}

// termJaccard is the share of content terms two texts have in common of
// all they use (Jaccard); ok is false when either has none.
func termJaccard(a, b string) (float64, bool) {
	ta, tb := map[string]bool{}, map[string]bool{}
	for _, t := range terms(a) {
		ta[t] = true
	}
	for _, t := range terms(b) {
		tb[t] = true
	}
	if len(ta) == 0 || len(tb) == 0 {
		return 0, false
	}
	inter := 0
	for t := range ta {
		if tb[t] {
			inter++
		}
	}
	return float64(inter) / float64(len(ta)+len(tb)-inter), true
}

func strOr(p *string, def string) string {
	if p == nil {
		return def
	}
	return *p
}

// changeOf maps a commitment's status onto the contract's change values.
func changeOf(status string) string {
	switch status {
	case StatusRestated:
		return Unchanged
	case StatusVanished:
		return Removed
	case StatusNew:
		return Added
	}
	return Changed
}

// diffCommitments follows every commitment of o into n.
func diffCommitments(m *model, o, n *side, th float64) []Change {
	olds := make([]commitRef, len(o.rec.Commitments))
	for i := range o.rec.Commitments {
		c := &o.rec.Commitments[i]
		olds[i] = commitRef{c: c, title: o.title(c.Item), v: m.vector(o.terms(c.Text + " " + o.title(c.Item))),
			act: m.vector(terms(withoutOwner(c)))}
	}
	oParts, nParts := o.listParents(), n.listParents()
	oRep, nRep := o.repeats(), n.repeats()
	for i := range olds {
		olds[i].part = oParts[i] >= 0 || oRep[i] >= 0
		olds[i].closed = closedAtOld(olds[i].c)
	}
	fs, taken := follow(m, olds, n, th)
	newWhen := Side{Source: n.rec.Source, Meeting: n.rec.Meeting}.When()
	var out []Change
	for i, f := range fs {
		oc := olds[i].c
		if olds[i].part {
			// A part of a list-heading row, or the same words written
			// again: the row, or the first writing, speaks for it.
			continue
		}
		if olds[i].closed {
			// Closed at the older meeting already: no longer a promise
			// to follow. Its partner, if any, is still taken, so that the
			// log's repeated row is not counted new.
			continue
		}
		if isNextMeeting(o, oc) {
			// The announced next meeting, as extraction found it: the
			// newer meeting's own date tells whether it was kept.
			if ch, ok := nextMeetingChange(oc, n, newWhen); ok {
				ch.order = [2]int{i, -1}
				out = append(out, ch)
				continue
			}
		}
		ch := Change{Kind: KindCommitment, Old: oc, OldSentence: withParts(oc, o.rec.Commitments, oParts, i), order: [2]int{i, -1}, Similarity: round3(f.score)}
		var nc *schema.Commitment
		if f.j >= 0 {
			nc = &n.rec.Commitments[f.j]
			ch.New, ch.NewSentence, ch.order[1] = nc, withParts(nc, n.rec.Commitments, nParts, f.j), f.j
		} else if f.mention != nil {
			ch.Mention, ch.NewSentence = f.mention, f.mention.Text
		}
		v := judge(oc, nc, f.mention, Side{Source: n.rec.Source, Meeting: n.rec.Meeting}.at(), strOr(n.rec.Meeting.Date, ""))
		ch.Status, ch.SlipDays, ch.Details, ch.Change = v.status, v.slip, v.details, changeOf(v.status)
		nv := vector(nil)
		if ch.NewSentence != "" {
			nv = m.vector(n.terms(ch.NewSentence))
			ch.Words = wordDiff(ch.OldSentence, ch.NewSentence)
		}
		ch.Topic = commitTopic(oc, olds[i].v, nv)
		out = append(out, ch)
	}
	if nm, ok := nextMeetingOf(o); ok {
		if ch, ok := nextMeetingChange(&nm, n, newWhen); ok {
			out = append(out, ch)
		}
	}
	// A commitment the new meeting writes twice is new once, and not at
	// all when either writing answers an old one.
	for j := range n.rec.Commitments {
		if r := nRep[j]; r >= 0 && taken[j] {
			taken[r] = true
		}
	}
	for j := range n.rec.Commitments {
		if taken[j] || nParts[j] >= 0 || nRep[j] >= 0 {
			continue
		}
		nc := &n.rec.Commitments[j]
		d := "New commitment, with no due date."
		if nc.Due != nil {
			d = fmt.Sprintf("New commitment, due %s.", dueText(nc.Due))
		}
		topic := commitTopic(nc, m.vector(n.terms(nc.Text+" "+n.title(nc.Item))), nil)
		if isNextMeeting(n, nc) {
			// The body's next meeting, as the newer minutes announce it:
			// its calendar, not a promise (see nextMeetingLine).
			topic, d = topicNextMeeting, fmt.Sprintf("Next meeting announced for %s.", dueText(nc.Due))
		}
		out = append(out, Change{
			Kind: KindCommitment, Change: Added, Status: StatusNew, New: nc,
			NewSentence: withParts(nc, n.rec.Commitments, nParts, j), Details: []string{d}, order: [2]int{-1, j},
			Topic: topic,
		})
	}
	return out
}

func round3(x float64) float64 {
	return float64(int(x*1000+0.5)) / 1000
}

// timeliness says whether a thing done on due was done in the period it
// was due in, or how many days early or late.
func timeliness(was *schema.Due, done *schema.Due) string {
	if done == nil {
		return ""
	}
	if late, ok := daysBetween(was.End, done); ok && late > 0 {
		return fmt.Sprintf(", %d days late", late)
	}
	if early, ok := daysBetween(was.Start, done); ok && early < 0 {
		return fmt.Sprintf(", %d days early", -early)
	}
	return ", on time"
}

// commitTopic labels a commitment by its action, which the extractor
// already cut down to what is to happen, else by its weightiest words.
func commitTopic(c *schema.Commitment, a, b vector) string {
	if act := strings.Fields(c.Action); readableAction(act) {
		if len(act) > topicWords {
			act = append(act[:topicWords:topicWords], "…")
		}
		return capitaliseWord(strings.Join(act, " "))
	}
	// The sentence from its subject reads better to a committee than the
	// extracted action fragment ("be determined by a …"): drop a bullet
	// and a reporting clause ("The Board heard that", "It is anticipated
	// that"), then keep the first words.
	if t := phraseOf(c.Text, 8, false); t != "" {
		return t
	}
	return topicOf(c.Text, a, b)
}

// phraseOf is a sentence as a label: without its bullet and a reporting
// clause ("The Board heard that", "It is anticipated that"; with toAlso,
// "the decision was made to", "All agreed to"), within its first lead
// words, capitalised and cut at topicWords. "" when nothing is left.
func phraseOf(text string, lead int, toAlso bool) string {
	ws := strings.Fields(strings.TrimLeft(text, "•·-* \t"))
	for k := 1; k < len(ws) && k < lead; k++ {
		w := strings.ToLower(ws[k])
		if (w == "that" || toAlso && w == "to") && reportingVerbs[strings.ToLower(strings.TrimRight(ws[k-1], ","))] {
			ws = ws[k+1:]
			break
		}
	}
	if len(ws) == 0 {
		return ""
	}
	if len(ws) > topicWords {
		ws = append(ws[:topicWords:topicWords], "…")
	}
	return capitaliseWord(strings.Join(ws, " "))
}

// capitaliseWord capitalises a label's first word, unless the word
// carries its own capitals after its first letter ("eResearch", "iOS").
func capitaliseWord(t string) string {
	first, _, _ := strings.Cut(t, " ")
	r, n := utf8.DecodeRuneInString(first)
	if strings.ToLower(first[n:]) != first[n:] {
		return t
	}
	return string(unicode.ToUpper(r)) + t[n:]
}

// readableAction reports whether an action reads as a label on its own:
// a few words led by a verb of doing ("go live with the integrated
// system"), not a fragment cut at the modal ("be determined by …",
// "submitted to …", "activated in November)").
func readableAction(ws []string) bool {
	if len(ws) < 3 {
		return false
	}
	first := strings.ToLower(ws[0])
	switch first {
	case "be", "been", "being", "to", "have", "has", "had", "is", "are", "was", "were":
		return false
	}
	switch first {
	case "the", "a", "an", "with", "for", "of", "in", "on", "by", "at", "from", "and", "that", "this", "it":
		return false // a phrase cut from the sentence, not a verb of doing
	}
	if strings.HasSuffix(first, "ed") || strings.HasSuffix(first, "s") && !strings.HasSuffix(first, "ss") {
		return false // "submitted to …", "runs for …": not the base form
	}
	joined := strings.Join(ws, " ")
	return strings.Count(joined, "(") == strings.Count(joined, ")")
}

// topicWords is how many words of a commitment make its label.
const topicWords = 10

// reportingVerbs end a clause that reports the commitment rather than
// stating it.
var reportingVerbs = map[string]bool{"heard": true, "anticipated": true, "expected": true, "agreed": true,
	"noted": true, "reported": true, "said": true, "hoped": true, "confirmed": true, "stated": true,
	"explained": true, "advised": true, "informed": true, "understood": true, "believed": true,
	// and the words that lead a decision into what was decided
	"decided": true, "resolved": true, "made": true, "recommended": true, "requested": true,
	"proposed": true, "suggested": true, "keen": true, "voted": true, "determined": true}

// figuresOf lists the money and percentages a commitment's sentence
// names, as written: "£190m". Counts and durations are left out, since
// they move with the wording ("three units", "ten weeks") far more often
// than with the promise.
func figuresOf(c *schema.Commitment) string {
	var out []string
	for _, w := range strings.Fields(c.Text) {
		w = strings.TrimRight(w, ".,;:)")
		if strings.ContainsAny(w, "£$€%") && strings.ContainsAny(w, "0123456789") {
			out = append(out, w)
		}
	}
	return strings.Join(out, ", ")
}
