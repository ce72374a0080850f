package commitments

import (
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/doc"
)

// Action logs: the list, numbered list or table under an "Actions"
// heading, and entries anywhere that carry an owner's tag ("[NM] Create a
// discussion document") or a status tag ("... [new for Damian Tolan]").
// Each entry or row is one commitment, whatever its grammar: its owner
// comes from the tag, an owner column or its "X to" subject, its status
// from the tag or a status column, its due date from the dates inside.

// logEntry is one entry or row of an action log, in bytes of the text.
type logEntry struct {
	start, end int    // the entry's words, bullet or number left out
	action     [2]int // the action's words: tags left out
	owner      string
	status     string
	statusText string
	rule       string // the rule that read the entry
	emitted    bool   // its commitment has been made
	parent     int    // the block of the entry it sits under, or -1
}

// logState is the walk over the blocks: whether they are inside an
// action log and what its heading and header row said.
type logState struct {
	in      bool
	level   int    // the action heading's level, 0 when unknown
	status  string // a status its sub-heading gives every entry ("Deliverables - on hold")
	stext   string
	first   bool // the next block is the first after the heading
	cols    columns
	parents []parentEntry // the entries each nested entry sits under
	next    bool          // under a "Next meeting" heading
}

// parentEntry is an entry that later, deeper entries inherit from.
type parentEntry struct {
	block, level  int
	owner         string
	status, stext string
	done          bool
}

// actionLog reads the action logs of d: the entry each block is, by its
// index.
func actionLog(d *doc.Document) map[int]logEntry {
	out := map[int]logEntry{}
	var st logState
	for bi := range d.Blocks {
		if e, ok := st.read(d, bi); ok {
			out[bi] = e
		}
	}
	return out
}

// read reads block bi and moves the walk on.
func (st *logState) read(d *doc.Document, bi int) (logEntry, bool) {
	b := d.Blocks[bi]
	text := d.BlockText(bi)
	if isLogHeading(text) && b.Kind != doc.ListItem && b.Kind != doc.TableRow {
		*st = logState{in: true, level: b.Level, first: true}
		st.status, st.stext = trailingStatus(text)
		return logEntry{}, false
	}
	if b.Kind == doc.Heading {
		return logEntry{}, st.heading(b, text)
	}
	first := st.first
	if st.next {
		return nextMeetingEntry(d, bi)
	}
	e, ok := readEntry(d, bi, st)
	st.first = false
	switch {
	case ok:
		st.remember(bi, b, e)
		return e, st.in || e.rule != ruleInSection
	case st.in && b.Kind == doc.Paragraph && !first:
		st.in = false // running text: the log has ended
	}
	return logEntry{}, false
}

// heading moves the walk past a heading: a deeper heading inside an
// action log keeps it open and may give its entries a status
// ("Deliverables - on hold"); any other heading ends it, and a "Next
// meeting" heading starts the lines that give the next meeting's date.
func (st *logState) heading(b doc.Block, text string) bool {
	if st.in && st.level > 0 && b.Level > st.level {
		st.status, st.stext = trailingStatus(text)
		st.parents = st.parents[:0]
		return false
	}
	*st = logState{next: isNextMeetingHeading(text)}
	return false
}

// remember keeps an entry as the parent of deeper entries to come.
func (st *logState) remember(bi int, b doc.Block, e logEntry) {
	lv := b.Level
	for len(st.parents) > 0 && st.parents[len(st.parents)-1].level >= lv {
		st.parents = st.parents[:len(st.parents)-1]
	}
	st.parents = append(st.parents, parentEntry{block: bi, level: lv, owner: e.owner, status: e.status, stext: e.statusText,
		done: e.status == "done" || e.status == "cancelled"})
}

// parent is the entry a block at level lv sits under, if any.
func (st *logState) parent(lv int) (parentEntry, bool) {
	for i := len(st.parents) - 1; i >= 0; i-- {
		if st.parents[i].level < lv {
			return st.parents[i], true
		}
	}
	return parentEntry{}, false
}

// the names of the rules that read action logs.
const (
	ruleInSection = "entry of an action log"
	ruleTagged    = "tagged action entry"
	ruleTableRow  = "action table row"
	ruleNext      = "next meeting line"
	ruleReference = "reference or note in an action log"
)

// readEntry reads block bi as an entry: inside an action log every list
// item, table row and numbered paragraph is one; outside, an entry that
// carries an owner's tag or a status tag.
func readEntry(d *doc.Document, bi int, st *logState) (logEntry, bool) {
	b := d.Blocks[bi]
	if b.Kind == doc.TableRow || b.Kind == doc.Paragraph && cellsOf(d, bi) != nil {
		return st.tableRow(d, bi)
	}
	s, e := entryBounds(d.Text, b.Start, b.End)
	if e <= s {
		return logEntry{}, false
	}
	if st.in && b.Kind == doc.Paragraph && leadIn(d.Text[b.Start:b.End]) {
		// "The following actions were agreed:": no commitment by any path.
		return logEntry{start: s, end: e, rule: ruleReference, parent: -1}, true
	}
	inList := st.in && (b.Kind == doc.ListItem || numbered(d.Text[b.Start:b.End]))
	if !inList && (e-s > maxEntry || !mayBeTagged(d.Text, s, e)) {
		return logEntry{}, false // most blocks: read no further
	}
	en := parseEntry(d.Text, s, e)
	switch {
	case inList:
		en.rule = ruleInSection
	case en.ownerTag || en.bracketed:
		en.rule = ruleTagged
	default:
		return logEntry{}, false
	}
	if !st.in && en.rule == ruleTagged && !hasLowerWord(d.Text[en.action[0]:en.action[1]]) {
		return logEntry{}, false // "[JB] Justin Baker": an attendance line
	}
	if !entryWords(d.Text[en.action[0]:en.action[1]]) {
		// "None", "No actions": inside an action log, no commitment by
		// any path.
		return logEntry{start: s, end: e, rule: ruleReference, parent: -1}, st.in
	}
	if en.reference {
		// "See RSE-AUNZ D5 Run Face to Face Meetings": a pointer, no
		// commitment, and none of its words make one.
		return logEntry{start: s, end: e, rule: ruleReference, parent: -1}, st.in
	}
	le := en.logEntry
	st.inherit(b, &le)
	return le, true
}

// inherit gives an entry without its own owner or status those of the
// entry it sits under, or of its sub-heading.
func (st *logState) inherit(b doc.Block, e *logEntry) {
	e.parent = -1
	if p, ok := st.parent(b.Level); ok && b.Kind == doc.ListItem {
		e.parent = p.block
		if e.owner == "" {
			e.owner = p.owner
		}
		if e.status == "" && p.done {
			e.status, e.statusText = p.status, p.stext
		}
	}
	if e.status == "" && st.status != "" {
		e.status, e.statusText = st.status, st.stext
	}
}

// entryWords tells whether an entry's action has words enough to be one:
// two words or more, not a note that there is none.
func entryWords(a string) bool {
	f := strings.Fields(a)
	if len(f) < 2 {
		return false
	}
	first := strings.ToLower(strings.Trim(f[0], ".,:;"))
	return first != "none" && first != "no" && first != "nil" && first != "n/a"
}

// maxEntry is the longest entry, in bytes, read for tags outside an
// action log: longer blocks are running text.
const maxEntry = 600

// mayBeTagged tells whether text[s:e] may carry a tag: it starts with a
// bracket, or its first line ends with one.
func mayBeTagged(text string, s, e int) bool {
	if text[s] == '[' || text[s] == '\\' {
		return true
	}
	t := strings.TrimRight(text[s:lineEnd(text, s, e)], " .\t")
	return strings.HasSuffix(t, "]")
}

// leadIn tells whether a paragraph introduces the list after it: "The
// following actions were agreed:".
func leadIn(t string) bool {
	return strings.HasSuffix(strings.TrimSpace(t), ":") && !numbered(t)
}

// numbered tells whether a block starts with an item number: "1.", "2)".
func numbered(t string) bool {
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i < len(t) && (t[i] == '.' || t[i] == ')')
}

// entryBounds are the bounds of an entry's words in text[s:e]: past a
// bullet or an item number, without trailing stops and spaces.
func entryBounds(text string, s, e int) (int, int) {
	t := text[s:e]
	switch {
	case strings.HasPrefix(t, "• "):
		s += len("• ")
	case numbered(t):
		for s < e && text[s] != '.' && text[s] != ')' {
			s++
		}
		s++
	}
	return doc.TrimSpan(text, s, e)
}

// nextMeetingEntry reads a line under a "Next meeting" heading that names
// a month: the next meeting's date is a commitment.
func nextMeetingEntry(d *doc.Document, bi int) (logEntry, bool) {
	b := d.Blocks[bi]
	if b.Kind == doc.TableRow || !hasMonth(d.Tokens(bi)) {
		return logEntry{}, false
	}
	s, e := entryBounds(d.Text, b.Start, b.End)
	if e <= s {
		return logEntry{}, false
	}
	return logEntry{start: s, end: e, action: [2]int{s, e}, rule: ruleNext, parent: -1}, true
}

// isNextMeetingHeading tells whether a heading introduces the next
// meeting's date: "Next meeting", "Date of next meeting".
func isNextMeetingHeading(t string) bool {
	l := strings.ToLower(strings.TrimSpace(strings.TrimRight(t, ": ")))
	return len(l) < 40 && strings.Contains(l, "next meeting")
}
