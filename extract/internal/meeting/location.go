package meeting

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/minutes-tool/minutes/extract/internal/doc"
)

// Where the meeting was held: a "Venue:" line, an address line in the
// header (one with a UK postcode or a US ZIP code), or the place after
// "held at" / "held in".
var (
	locationLabel = regexp.MustCompile(`(?im)^(?:venue|location|place|where)\s*:\s*(.{3,150})$`)
	postcode      = regexp.MustCompile(`\b(?:[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}|[A-Z]{2} [0-9]{5}(?:-[0-9]{4})?)\b`)
	atPlace       = regexp.MustCompile(`^,? (?:at|in) (?:the )?((?:[A-Z][\w’'&.-]*,? ?(?:of |and |the |on )?){1,10})`)
)

func findLocation(d *doc.Document, end int) (int, int) {
	opening := d.Text[:end]
	if m := locationLabel.FindStringSubmatchIndex(opening); m != nil {
		return m[2], m[3]
	}
	for i, b := range d.Blocks {
		if b.Start >= end {
			break
		}
		t := d.BlockText(i)
		if len(t) < 150 && postcode.MatchString(t) && strings.Contains(t, ",") {
			return b.Start, b.End
		}
	}
	return -1, -1
}

// heldAtPlace is the place a meeting was held: "held in the Village
// Hall", "held at Georgetown".
var heldAtPlace = regexp.MustCompile(`(?i:held) (?:at|in) (?:the )?((?:[A-Z][\w’'&.-]*,? ?(?:of |and |the )?){1,8})`)

// heldAt reads the place after "held at" or "held in" in the opening.
func heldAt(opening string) (int, int) {
	m := heldAtPlace.FindStringSubmatchIndex(opening)
	if m == nil {
		return -1, -1
	}
	s, e := trimBody(opening, m[2], m[3])
	for _, small := range []string{" of", " and", " the"} {
		if strings.HasSuffix(opening[s:e], small) {
			e -= len(small)
		}
	}
	if e <= s || !placeEnds(opening[m[3]:]) {
		return -1, -1
	}
	return s, e
}

// placeEnds tells whether what follows a place's capitalised words ends
// it: punctuation, a line's end, or a word of time ("on 5 May",
// "commencing at"). A lower-case noun after them makes them its modifier:
// "held in the Councils history" names no place.
func placeEnds(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" || !unicode.IsLetter([]rune(rest)[0]) {
		return true
	}
	w, _, _ := strings.Cut(rest, " ")
	switch strings.ToLower(w) {
	case "on", "at", "from", "commencing", "starting", "beginning", "for", "with", "to":
		return true
	}
	return unicode.IsUpper([]rune(w)[0])
}

// placeAfter reads "at the Cabinet Office" right after the meeting's date.
func placeAfter(text string, pos int) (int, int) {
	rest := text[pos:]
	if len(rest) > 200 {
		rest = rest[:200]
	}
	m := atPlace.FindStringSubmatchIndex(rest)
	if m == nil {
		return -1, -1
	}
	s, e := m[2], m[3]
	for e > s && rest[e-1] == ' ' {
		e--
	}
	// A last word glued to a reference number by a PDF export ("Groby
	// Cou/285/07-08") belongs to the reference.
	if e < len(rest) && (rest[e] == '/' || rest[e] >= '0' && rest[e] <= '9') {
		if j := strings.LastIndexByte(rest[s:e], ' '); j > 0 {
			e = s + j
		}
	}
	s, e = trimBody(rest, s, e)
	if e <= s {
		return -1, -1
	}
	return pos + s, pos + e
}
