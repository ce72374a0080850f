// Package terminal makes text from documents safe to show: the characters
// a terminal or a browser would obey rather than show come out as escapes.
package terminal

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Escape returns s with every character that a terminal or a browser would
// obey rather than show written out as an escape, as Go writes it: C0 and
// C1 controls and DEL as \x1b, \x9b, \x7f, \r, \a (line feed and tab
// are left alone; a carriage return is escaped, as it lets a line
// overwrite itself), and the bidirectional formatting characters (U+061C, U+200E,
// U+200F, U+202A–U+202E, U+2066–U+2069), which reorder what a reader sees
// of the text around them, as \u202e. Bytes that are not UTF-8 show as
// \xff. Minutes are text from anywhere: an escape sequence in them could
// retitle a terminal, clear the screen or hide a line, and an override
// could make a sentence read backwards. Every report but JSON (whose
// encoder escapes what it must) and every message on standard error goes
// through it.
func Escape(s string) string {
	clean := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if Obeyed(r, n) {
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
		case Obeyed(r, n) && r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case Obeyed(r, n):
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

// Obeyed reports whether the rune r, n bytes long, is one that Escape
// escapes.
func Obeyed(r rune, n int) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r == utf8.RuneError && n == 1:
		return true
	}
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)
}
