package input

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bullets are the characters that start a list line in minutes typed in
// word processors, exported from PDFs or written in Markdown. A line that
// starts with one of them followed by space becomes "• " and the rest.
var bullets = map[rune]bool{
	'•': true, '·': true, '▪': true, '◦': true, '‣': true, '⁃': true, '●': true, '○': true,
	'■': true, '□': true, '➢': true, '►': true, '▶': true, '–': true, '—': true, '-': true,
	'*': true, '\uF0B7': true, '\uF0A7': true, '\uF0D8': true, '✓': true, '✔': true, '→': true,
}

// SpaceLike maps the odd spaces of word processors and the web to a plain
// space; zero-width characters, soft hyphens and bidirectional controls
// are dropped (-1).
func SpaceLike(r rune) rune {
	switch r {
	case '\u00A0', '\u2007', '\u202F', '\u205F', '\u3000', '\u1680':
		return ' '
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD':
		return -1
	case '\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
		'\u2066', '\u2067', '\u2068', '\u2069':
		return -1 // bidirectional controls: they reorder what a reader sees, and say nothing
	case '\f', '\v', '\u2028', '\u2029', '\u0085':
		return '\n'
	}
	if r >= '\u2000' && r <= '\u200A' {
		return ' '
	}
	if r == '\t' || r == '\n' {
		return r
	}
	if unicode.IsControl(r) {
		return -1
	}
	return r
}

// MapSpaces is strings.Map(spaceLike, s), with a look first: most lines
// have nothing to map, and the look reads ASCII bytes without decoding
// them (nor calling spaceLike) and decodes only the rest.
func MapSpaces(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < ' ' && c != '\t') || c == 0x7f {
				return strings.Map(SpaceLike, s)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if SpaceLike(r) != r || r == utf8.RuneError && n == 1 {
			// strings.Map writes an invalid byte as U+FFFD.
			return strings.Map(SpaceLike, s)
		}
		i += n
	}
	return s
}

// normaliseLine cleans one line: odd spaces, trailing space, a leading
// bullet. Curly quotes and dashes inside the line are kept as written.
func normaliseLine(line string) string {
	line = MapSpaces(line)
	line = strings.TrimRight(line, " \t")
	trimmed := strings.TrimLeft(line, " \t")
	if r, n := utf8.DecodeRuneInString(trimmed); n > 0 && bullets[r] {
		rest := trimmed[n:]
		// "- " and "* " are bullets; "-5" and "--" are not.
		if rest != "" && (rest[0] == ' ' || rest[0] == '\t') {
			rest = strings.TrimLeft(rest, " \t")
			if rest == "" {
				return ""
			}
			return "• " + rest
		}
	}
	return trimmed
}

// NormaliseText applies the text normalisation to a whole plain-text
// document: line ends, odd spaces, bullets, and runs of blank lines folded
// to one. Leading and trailing blank lines go.
func NormaliseText(s string) string {
	text, _ := normalise(s)
	return text
}

// normalise is NormaliseText, and gives the starts of the lines a form
// feed put at the top of a page: a page break, which the text writes as a
// line break.
func normalise(s string) (string, []int) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = StripFrontMatter(s)
	var b strings.Builder
	b.Grow(len(s))
	var pageStarts []int
	blank, newPage := 0, false
	for line := range strings.SplitSeq(s, "\n") {
		for {
			// A form feed ends the line's part on its page.
			part, rest, feed := strings.Cut(line, "\f")
			for l2 := range strings.SplitSeq(MapSpaces(part), "\n") {
				l2 = normaliseLine(l2)
				if l2 == "" {
					blank++
					continue
				}
				if b.Len() > 0 {
					b.WriteByte('\n')
					if blank > 0 {
						b.WriteByte('\n')
					}
					if newPage {
						pageStarts = append(pageStarts, b.Len())
					}
				}
				blank, newPage = 0, false
				b.WriteString(l2)
			}
			if !feed {
				break
			}
			line, newPage = rest, true
		}
	}
	return b.String(), pageStarts
}

// StripFrontMatter removes a YAML front-matter block ("---" lines around
// key: value pairs) at the very start, as Jekyll and Hugo sources have. It
// is site metadata, not the minutes.
func StripFrontMatter(s string) string {
	t := strings.TrimLeft(s, "\ufeff \t\n")
	if !strings.HasPrefix(t, "---\n") {
		return s
	}
	end := strings.Index(t[4:], "\n---")
	if end < 0 {
		return s
	}
	body := t[4 : 4+end]
	if !strings.Contains(body, ":") || end > 64*1024 {
		return s
	}
	rest := t[4+end+4:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		if strings.TrimSpace(rest[:i]) == "" || strings.Trim(rest[:i], "-") == "" {
			return rest[i+1:]
		}
		return s
	}
	return ""
}
