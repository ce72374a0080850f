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

// Looks reports whether text is written in Markdown: two or more of its
// marks, or a heading or table on more than one line. One stray "#" or
// "**" in plain text is not enough.
func Looks(text string) bool {
	headings, tables, other := 0, 0, 0
	for line := range strings.SplitSeq(text, "\n") {
		switch {
		case atxHeading.MatchString(line):
			headings++
		case tableDelim.MatchString(line):
			tables++
		}
		if strings.ContainsAny(line, "[<*_\\") {
			other += len(inlineLink.FindAllStringIndex(line, 2)) + len(strong.FindAllStringIndex(line, 2)) +
				len(escapedPunct.FindAllStringIndex(line, 2))
		}
		if headings+tables >= 2 || headings+tables >= 1 && other >= 1 || other >= 4 {
			return true
		}
	}
	return false
}
