package compare

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/minutes-tool/minutes/internal/status"
	"github.com/minutes-tool/minutes/schema"
)

// Action logs carry each action's standing in a mark of their own, apart
// from the action's words: a bracket ("[Closed]", "[On Hold until …]",
// "[Ongoing for …]"), a parenthesis ("(**done**)"), or a tail after a
// dash ("… with NL. - done", "… - deferred to 2021"). The mark, not the
// tense of the sentence, is what the log says of the action.

// fateOf is the fate a log's status reports (internal/status reads the
// status from the log's words).
func fateOf(st string) string {
	switch st {
	case status.Done:
		return StatusDone
	case status.Deferred:
		return StatusSlipped
	case status.OnHold, status.Cancelled:
		return StatusChanged
	case status.Open, status.InProgress:
		return StatusRestated
	}
	return ""
}

// markRe finds the marks: a bracket or parenthesis whose words start
// with a status, or a dash and a status at the end of the text.
var markRe = regexp.MustCompile(`[\[(]\s*\**\s*([A-Za-z][A-Za-z ]*?)\s*\**(?:\s+(?:for|until|to|by|from|[–-])\b[^\])]*)?\s*[\])]|(?:(?:^|[\s.)])\\?[-–—]|:)\s*\**\s*([A-Za-z][A-Za-z ]*?)\**(?:\s+(?:for|until|to|by|from)\b[^\n]*)?\s*\.?\s*$`)

// markOf is the fate an action-log mark in text reports, and the mark as
// written; "" when there is none. The last mark wins: a log appends the
// newest standing.
func markOf(text string) (fate, mark string) {
	for _, m := range markRe.FindAllStringSubmatchIndex(text, -1) {
		lead := ""
		for g := 2; g <= 4; g += 2 {
			if m[g] >= 0 {
				lead = strings.ToLower(text[m[g]:m[g+1]])
			}
		}
		if st, ok := status.Exactly(lead); ok && !isNewMark(lead) {
			fate, mark = fateOf(st), strings.TrimSpace(text[m[0]:m[1]])
		}
	}
	return fate, mark
}

// statusFate is the fate the extractor's status of a commitment reports,
// read first; the mark in its text stands in when extraction read none.
func statusFate(c *schema.Commitment) (fate, mark string) {
	if c != nil && c.Status != nil {
		if fate = fateOf(*c.Status); fate != "" {
			return fate, strOr(c.StatusText, *c.Status)
		}
	}
	if c == nil {
		return "", ""
	}
	return markOf(c.Text)
}

// postponed says whether a sentence puts the thing off: "deferred to the
// next meeting", "carried forward", "to the next meeting". Such a report
// slips the commitment whatever else the sentence says in the past.
func postponed(s string) bool {
	l := strings.ToLower(s)
	for _, p := range []string{"deferred", "postponed", "carried forward", "carried over", "to the next meeting", "until the next meeting", "rescheduled"} {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// ownerTagRe is an owner tag at the head of an action line: "[HP, NL]",
// after any bullet.
var ownerTagRe = regexp.MustCompile(`^[\s•·*-]*\[([A-Z][A-Za-z.]{0,3}(?:\s*[,/&]\s*[A-Z][A-Za-z.]{0,3})*)\]`)

// forOwnerRe is the owner a log's mark names: "[Ongoing for Helen Jeffrey]".
var forOwnerRe = regexp.MustCompile(`[\[(][A-Za-z ]*?\bfor\s+([^\])]+)[\])]`)

// ownersOf is the owner an action line names in a tag or a log's mark,
// normalised to a sorted, comma-joined list; "" when it names none.
func ownersOf(text string) string {
	var raw string
	if m := ownerTagRe.FindStringSubmatch(text); m != nil {
		raw = m[1]
	} else if m := forOwnerRe.FindStringSubmatch(text); m != nil {
		raw = m[1]
	} else {
		return ""
	}
	parts := strings.FieldsFunc(raw, func(r rune) bool { return r == ',' || r == '/' || r == '&' })
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	slices.Sort(parts)
	return strings.Join(parts, ", ")
}

// unmarked is an action's words without its owner tag and marks, so that
// a changed mark alone is not a changed action.
func unmarked(s string) string {
	s = ownerTagRe.ReplaceAllString(s, "")
	s = bracketRe.ReplaceAllString(s, "")
	if _, mk := markOf(s); mk != "" {
		s = strings.Replace(s, mk, "", 1)
	}
	return s
}

var bracketRe = regexp.MustCompile(`\[[^\]]*\]`)

// sentenceDone says whether a sentence reports a thing done: a log's mark
// saying so, or the past tense in a sentence that does not also look
// forward or put the thing off ("will now be completed by 30 June, as
// was agreed" is no report of it done).
func sentenceDone(s string) bool {
	if fate, _ := markIn(s); fate != "" {
		return fate == StatusDone
	}
	return reportsDone(s) && !putsOff(s)
}

// evidenceOfDone says whether a sentence that reports something done
// reports this commitment's action: a log's mark, or, when the action
// starts with a verb, that verb in the past ("letters were sent" for
// "send letters"; "one of the plot holders had paid" is not it).
func evidenceOfDone(old commitRef, s string, people map[string]bool) bool {
	if fate, _ := markFor(old.c.Text, s); fate == StatusDone {
		return true
	}
	v := verbOf(old.c)
	if v == "" || !hasWord(old.c.Text, v) {
		// No verb to look for: the report must at least name what the
		// action is about, not only share its frame and its people ("It
		// was proposed by Cllr. Harries, seconded by Cllr. Davies and
		// agreed that …").
		return sharesAction(old.c, s, people)
	}
	return reportsVerbDone(s, v)
}

// sharesAction says whether s names two words of the commitment's action
// (its only one, when it has one) that are neither words of council
// business (see weakTerms) nor the names of the people at either meeting;
// true when the action has no such word to name.
func sharesAction(c *schema.Commitment, s string, people map[string]bool) bool {
	want := map[string]bool{}
	for _, t := range terms(unmarked(c.Action)) {
		if !weakTerms[t] && !people[t] {
			want[t] = true
		}
	}
	need := min(2, len(want))
	for _, t := range terms(s) {
		if want[t] {
			need--
			delete(want, t)
		}
	}
	return need <= 0
}

// hasWord says whether s holds the word w, in any case. An action whose
// verb the minutes gave in the passive ("will be determined by a
// consultation") is answered by its object's fate, not its verb's.
func hasWord(s, w string) bool {
	for _, x := range splitWords(s) {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}

// withoutOwner is a commitment's text with its owner's name taken out.
func withoutOwner(c *schema.Commitment) string {
	t := unmarked(c.Text)
	if o := strOr(c.Owner, ""); o != "" {
		t = strings.ReplaceAll(t, o, " ")
	}
	return t
}

// markedVerdict judges a commitment by the newer meeting's mark on it,
// when it has one: the log's word for the action's standing wins over the
// tense of the sentence. A postponement in the words ("deferred to the
// next meeting") slips it. ok is false when neither says anything.
func markedVerdict(old, nc *schema.Commitment, text string, due *schema.Due, newWhen string) (verdict, bool) {
	fate, mark := statusFate(nc)
	if nc == nil {
		fate, mark = markFor(old.Text, text)
	}
	if fate == "" && postponed(text) {
		fate, mark = StatusSlipped, "put off"
	}
	if oldFate, _ := statusFate(old); fate == StatusChanged && oldFate == StatusChanged {
		fate = "" // on hold then and on hold still: its standing has not changed
	}
	switch fate {
	case StatusDone:
		return verdict{status: StatusDone, details: []string{fmt.Sprintf("Marked %q at %s.", mark, newWhen)}}, true
	case StatusSlipped:
		v := verdict{status: StatusSlipped, details: []string{fmt.Sprintf("Marked %q at %s.", mark, newWhen)}}
		if old.Due != nil && due != nil {
			if days, ok := daysBetween(old.Due.Start, due); ok && days > 0 {
				v.slip = &days
				v.details = append(v.details, fmt.Sprintf("Due moved from %s to %s (slipped %d days).", dueText(old.Due), dueText(due), days))
			}
		}
		return v, true
	case StatusChanged:
		return verdict{status: StatusChanged, details: []string{fmt.Sprintf("Marked %q at %s.", mark, newWhen)}}, true
	}
	return verdict{}, false
}

// markAfter is the sentence after sentence k when it opens, on a line
// of its own, with a log's mark, as a list item's continuation gives it
// ("\\- **done**. Not possible under the current deployment.", which
// Markdown reads as a bullet "done."); "" else.
func (s *side) markAfter(k int) string {
	if k+1 >= len(s.sents) {
		return ""
	}
	next := s.sents[k+1]
	ls, _ := lineAround(s.rs, next.start)
	if strings.Trim(string(s.rs[ls:next.start]), "-–—•·*\\ \t") != "" {
		return "" // not the first words of its line
	}
	if leadFate(strings.TrimLeft(next.text, "-–—•·*\\ \t")) != "" {
		return "• " + next.text
	}
	return ""
}

// leadFate is the fate of a mark that opens t ("done. Waiting on
// submissions."), or "".
func leadFate(t string) string {
	t = strings.TrimLeft(t, "* ")
	if st, ok := status.Of(t); ok && !isNewMark(t) {
		return fateOf(st)
	}
	return ""
}

// isNewMark tells whether a mark says an action is new ("[new for X]",
// "New business"): it says nothing of an older action's standing.
func isNewMark(t string) bool {
	return len(t) >= 3 && strings.EqualFold(t[:3], "new")
}

// markIn is markOf, or else the mark of a bullet within s that holds
// nothing but a mark ("… website. • done."): the continuation markAfter
// joins to its sentence.
func markIn(s string) (fate, mark string) {
	if fate, mark = markOf(s); fate != "" {
		return fate, mark
	}
	if i := strings.LastIndex(s, "• "); i > 0 {
		if f := leadFate(s[i+len("• "):]); f != "" {
			return f, strings.TrimSpace(s[i+len("• "):])
		}
	}
	return "", ""
}

// markFor is the mark of s that speaks of the action old: a mark inside
// a sentence ("Gather content (**done**) and create a post from it")
// marks the words before it, so it is not the mark of an action whose
// words lie after it.
func markFor(old, s string) (fate, mark string) {
	fate, mark = markIn(s)
	if fate == "" {
		return "", ""
	}
	p := strings.LastIndex(s, mark)
	if p < 0 || strings.TrimSpace(s[p+len(mark):]) == "" || strings.Trim(s[p+len(mark):], " .;") == "" {
		return fate, mark
	}
	ow := map[string]bool{}
	for _, t := range terms(unmarked(old)) {
		ow[t] = true
	}
	before, after := 0, 0
	for _, t := range terms(s[:p]) {
		if ow[t] {
			before++
		}
	}
	for _, t := range terms(s[p+len(mark):]) {
		if ow[t] {
			after++
		}
	}
	if after > before {
		return "", ""
	}
	return fate, mark
}

// openAfterMark says whether a row goes on, after its mark, with more of
// the action: "Gather content from the workshop (**done**) and create a
// post from the content" closed the gathering, not the post, so the row
// is still open.
func openAfterMark(text, mark string) bool {
	p := strings.LastIndex(text, mark)
	if mark == "" || p < 0 {
		return false
	}
	return len(terms(text[p+len(mark):])) >= 2
}
