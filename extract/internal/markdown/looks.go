package markdown

import (
	"regexp"
	"strings"
)

// Markdown shows itself by marks plain text does not use: "#" headings, a
// table's delimiter row, links written [words](target) or <https://...>,
// **bold** and backslash escapes. Bullets and numbered lines prove nothing:
// plain-text minutes have them too.
var (
	atxHeading   = regexp.MustCompile(`^ {0,3}#{1,6}[ \t]+\S`)
	tableDelim   = regexp.MustCompile(`^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$`)
	inlineLink   = regexp.MustCompile(`\[[^\]\n]*\]\([^)\s]+\)|<https?://[^>\s]+>`)
	strong       = regexp.MustCompile(`\*\*[^*\n]+\*\*|__[^_\n]+__`)
	escapedPunct = regexp.MustCompile(`\\[\[\]$_*#>|` + "`" + `]`)
)

// looksBytes is how much of a text Looks reads.
const looksBytes = 64 << 10

// Looks reports whether text is written in Markdown: two or more of its
// marks, or a heading or table on more than one line. One stray "#" or
// "**" in plain text is not enough.
func Looks(text string) bool {
	if len(text) > looksBytes {
		text = text[:looksBytes] // Markdown shows itself early
	}
	headings, tables, other := 0, 0, 0
	for line := range strings.SplitSeq(text, "\n") {
		trimmed := strings.TrimLeft(line, " ")
		switch {
		case strings.HasPrefix(trimmed, "#") && atxHeading.MatchString(line):
			headings++
		case strings.Contains(line, "---") && strings.ContainsAny(line, "|") && tableDelim.MatchString(line):
			tables++
		}
		other += inlineMarks(line)
		if headings+tables >= 2 || headings+tables >= 1 && other >= 1 || other >= 4 {
			return true
		}
	}
	return false
}

// inlineMarks counts a line's links, bold runs and escapes, asking each
// pattern only when the characters it needs are there.
func inlineMarks(line string) int {
	n := 0
	if strings.Contains(line, "](") || strings.Contains(line, "<http") {
		n += len(inlineLink.FindAllStringIndex(line, 2))
	}
	if strings.Contains(line, "**") || strings.Contains(line, "__") {
		n += len(strong.FindAllStringIndex(line, 2))
	}
	if strings.IndexByte(line, '\\') >= 0 {
		n += len(escapedPunct.FindAllStringIndex(line, 2))
	}
	return n
}
