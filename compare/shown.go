package compare

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// shown returns s with every character that a terminal or a browser would
// obey rather than show written out as an escape, as Go writes it: C0 and
// C1 controls and DEL as \x1b, \x9b, \x7f, \r, \a (line feed and tab
// are left alone; a carriage return is escaped, as it lets a line
// overwrite itself), and the bidirectional formatting characters (U+061C, U+200E,
// U+200F, U+202A–U+202E, U+2066–U+2069), which reorder what a reader sees
// of the text around them, as \u202e. Bytes that are not UTF-8 show as
// \xff. Minutes are text from anywhere: an escape sequence in them could
// retitle a terminal, clear the screen or hide a line, and an override
// could make a sentence read backwards. Every report but JSON (whose
// encoder escapes what it must) goes through it, by Result.shown and
// Tracking.shown.
func shown(s string) string {
	clean := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if obeyed(r, n) {
			clean = false
			break
		}
		i += n
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case shortEscapes[r] != "":
			b.WriteString(shortEscapes[r])
		case obeyed(r, n) && r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case obeyed(r, n):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// shortEscapes are the controls Go writes with a letter.
var shortEscapes = map[rune]string{'\a': `\a`, '\b': `\b`, '\f': `\f`, '\r': `\r`, '\v': `\v`}

// obeyed reports whether the rune r, n bytes long, is one that shown
// escapes.
func obeyed(r rune, n int) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r == utf8.RuneError && n == 1:
		return true
	}
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)
}

// shown is the side with the words a report prints of it escaped.
func (s Side) shown() Side {
	s.Source.Name = shown(s.Source.Name)
	s.Meeting.Body = shownPtr(s.Meeting.Body)
	s.Meeting.Date = shownPtr(s.Meeting.Date)
	s.Meeting.Title = shownPtr(s.Meeting.Title)
	s.Meeting.Location = shownPtr(s.Meeting.Location)
	return s
}

func shownPtr(p *string) *string {
	if p == nil {
		return nil
	}
	s := shown(*p)
	return &s
}

func shownAll(ss []string) []string {
	if ss == nil {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = shown(s)
	}
	return out
}

// shown is a copy of the result with every text the text, Markdown and
// HTML reports print escaped by shown. The elements themselves (Old,
// New, Mention) are left as they are: only JSON writes them.
func (r *Result) shown() *Result {
	c := *r
	c.Old, c.New = r.Old.shown(), r.New.shown()
	c.Changes = make([]Change, len(r.Changes))
	for i, ch := range r.Changes {
		ch.Topic = shown(ch.Topic)
		ch.Details = shownAll(ch.Details)
		ch.OldSentence, ch.NewSentence = shown(ch.OldSentence), shown(ch.NewSentence)
		if ch.Words != nil {
			ws := make([]Segment, len(ch.Words))
			for k, w := range ch.Words {
				ws[k] = Segment{Op: w.Op, Text: shown(w.Text)}
			}
			ch.Words = ws
		}
		c.Changes[i] = ch
	}
	return &c
}

// shown is a copy of the tracking with every text its reports print
// escaped by shown.
func (t *Tracking) shown() *Tracking {
	c := *t
	c.Meetings = make([]Side, len(t.Meetings))
	for i, m := range t.Meetings {
		c.Meetings[i] = m.shown()
	}
	c.Warnings = shownAll(t.Warnings)
	c.Threads = make([]*Thread, len(t.Threads))
	for i, th := range t.Threads {
		x := *th
		x.Topic, x.Summary, x.VanishedAfter = shown(th.Topic), shown(th.Summary), shown(th.VanishedAfter)
		x.Steps = make([]Step, len(th.Steps))
		for k, s := range th.Steps {
			s.When, s.Status, s.Text = shown(s.When), shown(s.Status), shown(s.Text)
			s.Details = shownAll(s.Details)
			if s.Due != nil {
				d := *s.Due
				d.Text, d.Start, d.End = shown(d.Text), shown(d.Start), shown(d.End)
				s.Due = &d
			}
			x.Steps[k] = s
		}
		x.DueHistory = make([]DueStep, len(th.DueHistory))
		for k, d := range th.DueHistory {
			x.DueHistory[k] = DueStep{When: shown(d.When), Text: shown(d.Text), Date: shown(d.Date)}
		}
		c.Threads[i] = &x
	}
	return &c
}
