package compare

import (
	"regexp"
	"strings"

	"github.com/minutes-tool/minutes/schema"
)

// Rows of an action log. A log names its rows by a code of their own
// ("D5 (Meetings): re-draft …", "A12 …"), kept from meeting to meeting
// while the words around it change; it repeats a row in two lists of one
// meeting (the review of last time's actions with their marks, then the
// actions carried forward); and it restates as a row the action a
// discussion agreed a few lines before. These rules follow a row by its
// code and read its repetitions as one action.

// rowCodeRe is a row's code at the head of its line, after any bullet
// and owner tag: letters then digits ("D5", "A-12", "AP3.1"), before a
// space, a colon, a parenthesis or a full stop.
var rowCodeRe = regexp.MustCompile(`^([A-Z]{1,3}-?\d{1,4}(?:\.\d{1,3})?)(?:[\s:().]|$)`)

// rowCode is the code a log row opens with, "" when it has none. A
// plain number ("1.", "2)") is not a code: lists renumber their rows
// every meeting.
func rowCode(text string) string {
	t := strings.TrimLeft(text, "•·*-–— \t")
	t = strings.TrimLeft(ownerTagRe.ReplaceAllString(t, ""), " \t")
	if m := rowCodeRe.FindStringSubmatch(t); m != nil {
		return strings.ReplaceAll(m[1], "-", "")
	}
	return ""
}

// sameRowCode says whether two texts may be the same row: not when both
// carry codes and the codes differ ("D7" is never "D1", however alike
// their words).
func sameRowCode(a, b string) bool {
	ca, cb := rowCode(a), rowCode(b)
	return ca == "" || cb == "" || ca == cb
}

// isLogRow says whether a commitment is a row of an action log: it names
// its owner in a tag ("[NM] Create …"), carries a row code, or the log
// gives it a status.
func isLogRow(c *schema.Commitment) bool {
	if ownersOf(c.Text) != "" || rowCode(c.Text) != "" {
		return true
	}
	fate, _ := statusFate(c)
	return fate != "" || (c.Status != nil && *c.Status != "")
}

// sameRowShare is the least share of content words (Jaccard) two rows'
// words, without owner tags and marks, must have in common to be one row
// written twice.
const sameRowShare = 0.8

// sameRow says whether two log rows are one action written twice: the
// same words but for owner tags and marks, and no codes that differ.
func sameRow(a, b string) bool {
	if !sameRowCode(a, b) {
		return false
	}
	j, ok := termJaccard(unmarked(a), unmarked(b))
	return ok && j >= sameRowShare
}

// markedTwin is the new meeting's other writing of row j that carries a
// log's mark when j carries none ("- [JB] D5 … - deferred to 2021" in the
// review of actions, "- [JB] D5 …" in the list carried forward): the mark
// is the log's word on the row. -1 when there is none.
func markedTwin(n *side, j int, taken []bool) int {
	nc := &n.rec.Commitments[j]
	if fate, _ := statusFate(nc); fate != "" {
		return -1
	}
	for k := range n.rec.Commitments {
		if k == j || taken[k] {
			continue
		}
		c := &n.rec.Commitments[k]
		if fate, _ := statusFate(c); fate != "" && sameRow(nc.Text, c.Text) {
			return k
		}
	}
	return -1
}

// inheritFromRows gives an old commitment the new meeting said nothing
// of the evidence of its twin: a row of the old meeting's action log
// that restates it (the discussion's "NM to create a document for the
// committee" and the log's "[NM] Create a discussion document"), or the
// same row written twice. The twin must be as close to it as a sentence
// that restates it would be (a few shared words, "share" and "the
// community", are two actions), its evidence must match it too, and a
// row may inherit only from the same row written again: two rows of one
// log are two actions.
func inheritFromRows(out []followed, olds []commitRef, news []vector, n *side, m *model, th float64) {
	found := make([]followed, len(out))
	copy(found, out)
	for i := range out {
		if out[i].j >= 0 || out[i].mention != nil || olds[i].part {
			continue
		}
		bestK, bestS := -1, th*mentionFactor
		for k := range olds {
			f := found[k]
			if k == i || (f.j < 0 && f.mention == nil) || !isLogRow(olds[k].c) || olds[k].closed {
				continue
			}
			if isLogRow(olds[i].c) && !sameRow(olds[i].c.Text, olds[k].c.Text) {
				continue
			}
			s := cosine(olds[i].v, olds[k].v)
			if s < bestS || shared(olds[i].v, olds[k].v) < minShared {
				continue
			}
			var ev vector
			var evText string
			if f.j >= 0 {
				ev, evText = news[f.j], n.rec.Commitments[f.j].Text
			} else {
				ev, evText = m.vector(n.terms(f.mention.Text+" "+n.itemAt(f.mention.Span.Start))), f.mention.Text
			}
			if cosine(olds[i].v, ev) < th || shared(olds[i].v, ev) < minShared || !sameRowCode(olds[i].c.Text, evText) {
				continue
			}
			if s > bestS || bestK < 0 {
				bestK, bestS = k, s
			}
		}
		if bestK >= 0 {
			out[i] = found[bestK]
		}
	}
}

// listParents tells, for each commitment of a side, the row it is a part
// of, or -1. A row whose line ends in a colon ("[NM] Update website:",
// with or without a mark after it) heads a list; the bulleted rows right
// under it that name no owner of their own ("• Add approved minutes.")
// are the parts of its action, not actions apart. The list ends at a
// blank line, a line that is no bullet, or a row that names its owner
// ("• [NM] Create google docs"): an action of its own.
func (s *side) listParents() []int {
	cs := s.rec.Commitments
	parent := make([]int, len(cs))
	for i := range parent {
		parent[i] = -1
	}
	for p := 0; p < len(cs); p++ {
		if !headsList(s.rs, cs[p].Span) {
			continue
		}
		_, end := lineAround(s.rs, cs[p].Span.Start)
		for q := p + 1; q < len(cs); q++ {
			if ownersOf(cs[q].Text) != "" || !bulletsBetween(s.rs, end, cs[q].Span.Start) {
				break
			}
			parent[q] = p
			_, end = lineAround(s.rs, cs[q].Span.Start)
		}
	}
	return parent
}

// bulletsBetween says whether the text from the end of one line up to p
// is only bulleted lines, the last of them holding p: no blank line, no
// line of prose.
func bulletsBetween(rs []rune, end, p int) bool {
	if end < 0 || p <= end || p > len(rs) {
		return false
	}
	for ls := end + 1; ls <= p; {
		_, le := lineAround(rs, ls)
		line := strings.TrimLeft(string(rs[ls:le]), " \t")
		if line == "" || !strings.ContainsRune("•·*-–", []rune(line)[0]) {
			return false
		}
		if le >= p {
			return true
		}
		ls = le + 1
	}
	return false
}

// headsList says whether the line a commitment starts on ends with a
// colon, before any mark of the log's.
func headsList(rs []rune, sp schema.Span) bool {
	if sp.Start < 0 || sp.Start > len(rs) {
		return false // a hand-made record's span outside its text
	}
	ls, le := lineAround(rs, sp.Start)
	if ls < 0 || le > len(rs) || ls >= le {
		return false
	}
	line := strings.TrimRight(string(rs[ls:le]), " \t*.")
	if _, mk := markOf(line); mk != "" && strings.HasSuffix(line, mk) {
		if strings.HasPrefix(mk, ":") {
			return true
		}
		line = strings.TrimRight(strings.TrimSuffix(line, mk), " \t*")
	}
	return strings.HasSuffix(line, ":")
}

// withParts is a list-heading row's words with its parts after them, so
// that a reader sees what "Update website:" covered.
func withParts(c *schema.Commitment, cs []schema.Commitment, parent []int, self int) string {
	var parts []string
	for q, p := range parent {
		if p == self {
			parts = append(parts, strings.TrimRight(strings.TrimSpace(cs[q].Text), "."))
		}
	}
	if len(parts) == 0 {
		return c.Text
	}
	return strings.TrimRight(c.Text, ": ") + " (" + strings.Join(parts, "; ") + ")"
}

// closedAtOld says whether the older meeting's log closed a commitment
// already ("[NM] Share logo details with NL. - done"): it is no longer a
// promise to follow.
func closedAtOld(c *schema.Commitment) bool {
	fate, mark := statusFate(c)
	return fate == StatusDone && !openAfterMark(c.Text, mark)
}

// repeats tells, for each commitment of a side, the first commitment of
// the same side written in the same words, or -1: minutes that copy their
// agenda into their notes give one undertaking twice ("• Ryan will own
// team repo merge" under the agenda, and again under the notes), and it
// is one commitment to follow.
func (s *side) repeats() []int {
	first := map[string]int{}
	out := make([]int, len(s.rec.Commitments))
	for i := range s.rec.Commitments {
		k := normalise(strings.TrimLeft(s.rec.Commitments[i].Text, "•·*-–— \t"))
		if p, ok := first[k]; ok && k != "" {
			out[i] = p
			continue
		}
		first[k] = i
		out[i] = -1
	}
	return out
}
