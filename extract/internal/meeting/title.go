package meeting

import (
	"strings"
	"unicode"

	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// A meeting's title line names the body by its shape: "<Body> Meeting
// <date>", "Minutes of the <Body> Meeting", "Minutes of <Body>", "<Body>
// Minutes". What stands in the body's place, less the words that say what
// kind of meeting it was ("Regular", "Annual", "Spring") and the date, is
// the body: "Node.js Foundation TSC Meeting 2017-03-09" gives "Node.js
// Foundation TSC"; "Spring GI Group Meeting" gives "GI Group";
// "#ubuntu-meeting: Technical Board meeting" gives "Technical Board".

// kindWords say what kind of meeting it was, not whose.
var kindWords = map[string]bool{
	"regular": true, "special": true, "annual": true, "general": true, "extraordinary": true,
	"ordinary": true, "monthly": true, "quarterly": true, "weekly": true, "public": true,
	"full": true, "emergency": true, "adjourned": true, "confirmed": true, "draft": true,
	"approved": true, "unapproved": true, "virtual": true, "online": true, "hybrid": true,
	"meeting": true, "meetings": true, "minutes": true, "notes": true, "summary": true,
	"agm": true, "egm": true, "no": true, "no.": true, "nr": true, "number": true, "of": true,
	"the": true, "a": true, "an": true, "from": true, "for": true, "on": true, "held": true,
	"agenda": true, "previous": true, "next": true, "last": true, "this": true, "first": true,
	"inaugural": true, "our": true, "their": true, "its": true, "following": true, "upcoming": true,
}

// maxBodyWords bounds a body's name read from a title.
const maxBodyWords = 10

// titleBody reads the body named in a title line: its byte range in t, or
// ok false when the line has no "meeting" or "minutes" to anchor it, or
// nothing but kind words and dates in the body's place.
func titleBody(t string) (start, end int, ok bool) {
	words := fieldsWithPos(t)
	anchor, minutesOf := titleAnchor(words)
	var span []word
	switch {
	case anchor < 0:
		return 0, 0, false
	case minutesOf:
		span = bodyAfterOf(words[anchor+2:])
	case !onlyKinds(words[anchor+1:]):
		return 0, 0, false // "Previous meeting action items": a topic, not a title
	case anchor > 0 && strings.EqualFold(words[anchor-1].text, "of"):
		return 0, 0, false // "Signing of meeting minutes": the meeting is the topic's object
	default:
		span = bodyBefore(words[:anchor])
	}
	span = trimKinds(span)
	if !bodyWords(span) {
		return 0, 0, false
	}
	last := span[len(span)-1]
	return span[0].start, last.start + len(strings.TrimRight(last.text, ",:;.–—-")), true
}

// titleAnchor finds the word the body is read from: "Minutes of/from"
// (minutesOf), else the first "meeting" or "minutes"; -1 when none.
func titleAnchor(words []word) (int, bool) {
	for i, w := range words {
		l := strings.ToLower(strings.Trim(w.text, ",:;.–—-()"))
		if l == "minutes" && i+1 < len(words) && isOfFrom(words[i+1].text) {
			return i, true
		}
		if l == "meeting" || l == "minutes" {
			return i, false
		}
	}
	return -1, false
}

// bodyAfterOf reads "Minutes of the Technical Board meeting, 2009-07-28":
// the body runs from after "of" to the next "meeting", "held", "on" or
// "at", or through a comma.
func bodyAfterOf(rest []word) []word {
	for i, w := range rest {
		l := strings.ToLower(strings.Trim(w.text, ",:;.()"))
		if l == "meeting" || l == "held" || l == "on" || l == "at" {
			return rest[:i]
		}
		if strings.HasSuffix(w.text, ",") && i > 0 {
			return rest[:i+1]
		}
	}
	return rest
}

// bodyBefore reads the words before "Meeting"; a label ends at its colon:
// "#ubuntu-meeting: Technical Board".
func bodyBefore(span []word) []word {
	for i := len(span) - 1; i >= 0; i-- {
		if strings.HasSuffix(span[i].text, ":") {
			return span[i+1:]
		}
	}
	return span
}

// bodyWords tells whether the words left can name a body: a few, named,
// and not a bare organisation noun ("Board meeting": which board, the
// title does not say).
func bodyWords(span []word) bool {
	if len(span) == 1 && orgNouns[strings.ToLower(span[0].text)] {
		return false
	}
	return len(span) > 0 && len(span) <= maxBodyWords && named(span)
}

func isOfFrom(w string) bool {
	l := strings.ToLower(w)
	return l == "of" || l == "from"
}

// onlyKinds tells whether words hold nothing but kind words, dates and
// numbers: what may follow "Meeting" in a title ("Meeting 2017-03-09",
// "Meeting No.5 Minutes").
func onlyKinds(ws []word) bool {
	return len(trimKinds(ws)) == 0
}

// trimKinds drops kind words, seasons, dates and numbers from both ends.
func trimKinds(ws []word) []word {
	drop := func(w word) bool {
		l := strings.ToLower(strings.Trim(w.text, ",:;.–—-()#"))
		if _, day := lex.WeekdayNames[l]; day || l == "" || kindWords[l] || lex.SeasonNames[l] != 0 || lex.MonthNames[l] != 0 {
			return true
		}
		return strings.ContainsFunc(l, unicode.IsDigit) || strings.Trim(l, "–—-|/") == ""
	}
	for len(ws) > 0 && drop(ws[0]) {
		ws = ws[1:]
	}
	for len(ws) > 0 && drop(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// named tells whether the words can be a body's name: a capital or an
// acronym among them, and no sentence's verbs (a title is not prose).
func named(ws []word) bool {
	cap := false
	for _, w := range ws {
		r := []rune(w.text)
		if unicode.IsUpper(r[0]) {
			cap = true
		}
		if strings.HasSuffix(w.text, ".") && len(r) > 3 && !strings.Contains(w.text[:len(w.text)-1], ".") {
			return false // a full stop inside the name: prose
		}
	}
	return cap
}

type word struct {
	text  string
	start int
}

func fieldsWithPos(s string) []word {
	var out []word
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, word{s[start:i], start})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, word{s[start:], start})
	}
	return out
}

// isTopic tells whether a line that names a meeting is an item's topic,
// not the minutes' title: words other than kinds and dates follow its
// "meeting" ("Previous meeting action items", "Signing of meeting
// minutes").
func isTopic(t string) bool {
	words := fieldsWithPos(t)
	anchor, minutesOf := titleAnchor(words)
	if anchor < 0 || minutesOf {
		return false
	}
	return !onlyKinds(words[anchor+1:]) || anchor > 0 && strings.EqualFold(words[anchor-1].text, "of")
}
