package schema

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Check reports what the schema cannot say about a record, as violations
// with JSON pointers like the schema's own:
//
//   - every span lies within text (offsets in code points, see Span) and
//     does not start after it ends;
//   - where docs/record.md says an element's text is exactly the words at
//     its span (decisions, figures, dates, commitments and a commitment's
//     due), it is; an item's title and the meeting's body are not checked,
//     as they join wrapped lines with spaces;
//   - no string holds a control character (C0 other than tab, line feed
//     and carriage return, DEL, or C1) or a bidirectional control. The
//     source's name is not read (a file name as given).
//
// Validate and ValidateJSON run Check on every record the schema accepts,
// so a record is valid only when both find nothing.
func Check(r *Record) []Violation {
	var t treeBuilder
	return check(r, t.record(r))
}

// check is Check given the record's tree (see instance), whose strings it
// reads for control characters; the tree's "text", if any, is not read:
// r.Text is.
func check(r *Record, tree map[string]any) []Violation {
	c := checker{text: r.Text}
	c.scanText()
	c.spans(r)
	c.elementTexts()
	c.controlsIn(tree, make([]step, 0, 8))
	sort.SliceStable(c.out, func(i, j int) bool { return c.out[i].Pointer < c.out[j].Pointer })
	return c.out
}

type checker struct {
	text string
	// n is the length of text in code points: each invalid byte counts as
	// one, as it is one U+FFFD once encoded.
	n   int
	out []Violation
	// texts are the elements whose text must be the words at their span,
	// once their span is known to lie within text.
	texts []textRef
}

// textRef is one element's text and span; list, i and due say where it is.
type textRef struct {
	want       string
	start, end int
	list       string
	i          int
	due        bool
}

func (t textRef) pointer() string {
	p := "/" + t.list + "/" + strconv.Itoa(t.i)
	if t.due {
		p += "/due"
	}
	return p
}

func (c *checker) add(pointer, format string, args ...any) {
	c.out = append(c.out, Violation{Pointer: pointer, Message: fmt.Sprintf(format, args...)})
}

// scanText counts text's code points and reports its control characters,
// in one pass.
func (c *checker) scanText() {
	s := c.text
	var ctl controls
	n := 0
	for i := 0; i < len(s); n++ {
		b := s[i]
		if b < utf8.RuneSelf {
			if b < 0x20 || b == 0x7f {
				ctl.see(rune(b), n)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < 0xa0 || r >= 0x202a {
			ctl.see(r, n)
		}
		i += size
	}
	c.n = n
	ctl.report(c, "/text")
}

// controls keeps the first reported control character of a string and
// how many there are.
type controls struct {
	first rune
	at    int
	count int
}

func (k *controls) see(r rune, at int) {
	if !reportedControl(r) {
		return
	}
	if k.count == 0 {
		k.first, k.at = r, at
	}
	k.count++
}

func (k *controls) report(c *checker, pointer string) {
	if k.count == 0 {
		return
	}
	more := ""
	if k.count > 1 {
		more = fmt.Sprintf(" (and %d more)", k.count-1)
	}
	c.add(pointer, "%s U+%04X at code point %d%s", controlName(k.first), k.first, k.at, more)
}

// controlName says what kind of control character r is, "" for none:
// C0 but tab, line feed and carriage return; DEL; C1; and the
// bidirectional embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069), which reorder what is displayed after them.
func controlName(r rune) string {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return ""
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		return "control character"
	case (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069):
		return "bidirectional control"
	}
	return ""
}

// reportBidi says whether bidirectional controls are reported: extract
// drops them from documents (input.SpaceLike), so a record holding one
// was not made from a document as extract reads it.
const reportBidi = true

// reportedControl says whether r, in a record's string, is a violation.
func reportedControl(r rune) bool {
	switch controlName(r) {
	case "control character":
		return true
	case "bidirectional control":
		return reportBidi
	}
	return false
}

// span checks one span's bounds and order; ok says whether its words can
// be read.
func (c *checker) span(s Span, w where) (ok bool) {
	if s.Start >= 0 && s.Start <= s.End && s.End <= c.n {
		return true // the usual case, with nothing to build
	}
	bad := func(format string, args ...any) {
		c.add(w.String(), format, args...)
	}
	if s.Start < 0 {
		bad("start %d is negative", s.Start)
	}
	if s.End < 0 {
		bad("end %d is negative", s.End)
	}
	if s.Start > s.End {
		bad("start %d is after end %d", s.Start, s.End)
	}
	if s.End > c.n {
		bad("end %d is past the end of text (%d code points)", s.End, c.n)
	}
	if s.Start > c.n && s.Start > s.End {
		bad("start %d is past the end of text (%d code points)", s.Start, c.n)
	}
	return false
}

// where is a span's place in the record, written as a JSON pointer only
// when a violation needs it: /list/i/field, /list/field when i < 0, and
// /list/i/field/j when j >= 0.
type where struct {
	list  string
	i, j  int
	field string
}

func (w where) String() string {
	p := "/" + w.list
	if w.i >= 0 {
		p += "/" + strconv.Itoa(w.i)
	}
	p += "/" + w.field
	if w.j >= 0 {
		p += "/" + strconv.Itoa(w.j)
	}
	return p
}

func at(list string, i int, field string) where { return where{list, i, -1, field} }

// spans checks every span of the record and notes the element texts to
// compare with their words.
func (c *checker) spans(r *Record) {
	m := &r.Meeting
	if m.DateSpan != nil {
		c.span(*m.DateSpan, where{"meeting", -1, -1, "date_span"})
	}
	if m.BodySpan != nil {
		c.span(*m.BodySpan, where{"meeting", -1, -1, "body_span"})
	}
	for i := range r.Attendees {
		for j, s := range r.Attendees[i].Spans {
			c.span(s, where{"attendees", i, j, "spans"})
		}
	}
	for i := range r.Items {
		c.span(r.Items[i].Span, at("items", i, "span"))
		c.span(r.Items[i].TitleSpan, at("items", i, "title_span"))
	}
	exact := func(list string, i int, due bool, text string, s Span) {
		field := "span"
		if due {
			field = "due/span"
		}
		if c.span(s, at(list, i, field)) {
			c.texts = append(c.texts, textRef{want: text, start: s.Start, end: s.End, list: list, i: i, due: due})
		}
	}
	for i, d := range r.Decisions {
		exact("decisions", i, false, d.Text, d.Span)
	}
	for i, f := range r.Figures {
		exact("figures", i, false, f.Text, f.Span)
	}
	for i, d := range r.Dates {
		exact("dates", i, false, d.Text, d.Span)
	}
	for i, cm := range r.Commitments {
		exact("commitments", i, false, cm.Text, cm.Span)
		if cm.Due != nil {
			exact("commitments", i, true, cm.Due.Text, cm.Due.Span)
		}
	}
	for i, cm := range r.ClosedActions {
		exact("closed_actions", i, false, cm.Text, cm.Span)
		if cm.Due != nil {
			exact("closed_actions", i, true, cm.Due.Text, cm.Due.Span)
		}
	}
}

// elementTexts compares each noted element's text with the words at its
// span, finding the byte offsets of all their code-point offsets in one
// pass over text.
func (c *checker) elementTexts() {
	if len(c.texts) == 0 {
		return
	}
	var byteAt func(cp int) int
	if c.n == len(c.text) {
		// All ASCII: code points are bytes.
		byteAt = func(cp int) int { return cp }
	} else {
		pos := make([]int, 0, 2*len(c.texts))
		for _, t := range c.texts {
			pos = append(pos, t.start, t.end)
		}
		slices.Sort(pos)
		pos = slices.Compact(pos)
		bytes := make([]int, len(pos))
		b, cp := 0, 0
		for k, p := range pos {
			for cp < p {
				_, size := utf8.DecodeRuneInString(c.text[b:])
				b += size
				cp++
			}
			bytes[k] = b
		}
		byteAt = func(cp int) int {
			k, _ := slices.BinarySearch(pos, cp)
			return bytes[k]
		}
	}
	for _, t := range c.texts {
		words := c.text[byteAt(t.start):byteAt(t.end)]
		if !sameRunes(t.want, words) {
			c.add(t.pointer()+"/text", "not the words at its span: text[%d:%d] is %s", t.start, t.end, quote(words))
		}
	}
}

// sameRunes says whether a and b encode as the same JSON string: equal,
// or equal once each invalid byte is read as U+FFFD.
func sameRunes(a, b string) bool {
	if a == b {
		return true
	}
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b == ""
}

// quote writes s for a message, cut to its first 60 code points.
func quote(s string) string {
	const max = 60
	if utf8.RuneCountInString(s) <= max {
		return strconv.Quote(s)
	}
	n := 0
	for i := range s {
		if n == max {
			return strconv.Quote(s[:i]) + "…"
		}
		n++
	}
	return strconv.Quote(s)
}

// step is one token of a JSON pointer: a key, or an index when key is "".
type step struct {
	key string
	i   int
}

func stepsPointer(path []step) string {
	var b strings.Builder
	for _, s := range path {
		b.WriteByte('/')
		if s.key == "" {
			b.WriteString(strconv.Itoa(s.i))
		} else {
			b.WriteString(escapeToken(s.key))
		}
	}
	return b.String()
}

// controlsIn reports the control characters of every string in a record's
// tree but the text (scanned by scanText) and the source's name: a file
// name as given, which may hold any character but NUL and which extract
// copies as it is.
func (c *checker) controlsIn(v any, path []step) {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			if len(path) == 0 && k == "text" {
				continue
			}
			if len(path) == 1 && path[0].key == "source" && k == "name" {
				continue
			}
			c.controlsIn(e, append(path, step{key: k}))
		}
	case []any:
		for i, e := range v {
			c.controlsIn(e, append(path, step{i: i}))
		}
	case string:
		if !maybeControl(v) {
			return
		}
		var ctl controls
		n := 0
		for _, r := range v {
			ctl.see(r, n)
			n++
		}
		if ctl.count > 0 {
			ctl.report(c, stepsPointer(path))
		}
	}
}

// maybeControl says whether s may hold a control character, looking at
// bytes only: a C0 byte or DEL, or the lead byte of C1 (0xC2) or of the
// bidirectional controls (0xE2).
func maybeControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b < 0x20 || b == 0x7f || b == 0xc2 || b == 0xe2 {
			return true
		}
	}
	return false
}
