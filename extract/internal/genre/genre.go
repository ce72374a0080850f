// Package genre tells what kind of minutes a document is from the
// shapes of its lines, once, for the readers that read attendance by a
// genre's conventions.
//
// Besides ordinary written minutes, three kinds are read by conventions
// of their own:
//
//   - a transcript (closed captions of a council, speaker notes of a
//     call): most of the text is turns, a speaker's name and a colon
//     ("Adams: Good morning", ">> Fish: Thank you") or a caption's ">>"
//     alone, the same few speakers again and again;
//   - an IRC or scribe log (W3C-style minutes): turns by nick ("<ivan>
//     so we agreed", "dbooth: yes", "Daniel_Peintner: +1"), with the
//     scribe log's header labels ("Present:", "Scribe:", "Chair:");
//   - a MeetBot summary of a chat meeting: the bot's frame, "Meeting
//     started by nick at 20:05:41 UTC", "Meeting ended at ...", and its
//     "People present (lines said)" list.
//
// The genre is decided from fractions of lines of each shape, never from
// the words of one document.
package genre

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The genres.
const (
	Minutes    = "minutes"
	Transcript = "transcript"
	IRC        = "irc"
	MeetBot    = "meetbot"
)

// All are the genres, ordinary minutes first.
var All = []string{Minutes, Transcript, IRC, MeetBot}

// Of is the genre of a document's text.
func Of(text string) string {
	g, _ := detect(text)
	return g
}

// Tallies over a document's lines.
type tally struct {
	lines   int            // lines with words
	turns   int            // speaker turns, at line starts or after a wide gap
	nicks   int            // of them, turns by a nick ("dbooth:", "<ivan>")
	angled  int            // of them, turns by a nick in angle brackets ("<ivan> yes")
	labels  map[string]int // turns by speaker
	headers map[string]bool
	frame   map[string]bool // MeetBot frame lines seen
}

// detect is Of naming the rule that decided, for tests.
func detect(text string) (genre, rule string) {
	t := tally{labels: map[string]int{}, headers: map[string]bool{}, frame: map[string]bool{}}
	for line := range strings.SplitSeq(text, "\n") {
		t.add(line)
	}
	switch {
	case len(t.frame) >= 2:
		return MeetBot, "meetbot frame"
	case t.angled >= minTurns && t.angled*5 >= t.lines:
		return IRC, "nicks in angle brackets"
	case t.turns < minTurns || t.turns*4 < t.lines:
		return Minutes, ""
	case len(t.headers) >= 2 && t.scribed():
		return IRC, "scribe log headers"
	case !t.recurring():
		return Minutes, ""
	case t.nicks*2 > t.turns:
		return IRC, "turns by nick"
	}
	return Transcript, "speaker turns"
}

// minTurns is the fewest turns that make a transcript or log; they
// must also be on one line in four or more (one in five for turns in
// angle brackets, which a log interleaves with its other lines).
const minTurns = 5

// scribed tells whether the headers name a scribe: written minutes have
// "Present:", "Chair:" and "Agenda:" too, but not a scribe of the log.
func (t *tally) scribed() bool {
	for h := range t.headers {
		if roleHeaders[h] == "Scribe" {
			return true
		}
	}
	return false
}

// recurring tells whether the speakers of the turns come back, each at
// least twice on average: labels of fields ("Date:", "Venue:") are used
// once each.
func (t *tally) recurring() bool {
	return t.turns >= 2*len(t.labels)
}

// add reads one line into the tally.
func (t *tally) add(line string) {
	s := strings.TrimSpace(line)
	if s == "" {
		return
	}
	t.lines++
	if f := frameLine(s); f != "" {
		t.frame[f] = true
	}
	// Closed captions mark each turn with ">>", the speaker named or not.
	arrow := strings.HasPrefix(s, ">>")
	bare := s
	s = trimLead(s)
	if h := headerLabel(s); h != "" && s == bare {
		// A header of a scribe log stands unbulleted at a line start.
		t.headers[h] = true
	}
	if nick, rest, ok := angledTurn(s); ok && rest != "" {
		t.turn(nick, true)
		t.angled++
		return
	}
	for i := 0; i < len(s); {
		label, next, ok := turnAt(s, i)
		next = min(next, len(s))
		switch {
		case ok:
			t.turn(label, Nick(label))
		case i == 0 && arrow:
			t.turn(">>", false) // an unnamed speaker's turn
		}
		gap := strings.Index(s[next:], "  ")
		if gap < 0 {
			break
		}
		i = next + gap
		for i < len(s) && s[i] == ' ' {
			i++
		}
	}
}

// turn counts a speaker's turn.
func (t *tally) turn(label string, nick bool) {
	t.turns++
	t.labels[strings.ToLower(label)]++
	if nick {
		t.nicks++
	}
}

// trimLead drops what opens a line before its words: bullets, a list
// number, a timestamp ("[20:05]", "20:05:41"), transcript arrows (">>").
func trimLead(s string) string {
	for {
		t := strings.TrimLeft(s, "•-*>·–—\t ")
		if n := leadNumber(t); n > 0 {
			t = strings.TrimLeft(t[n:], " \t")
		}
		if t == s {
			return s
		}
		s = t
	}
}

// leadNumber is the length of a list number ("3.", "12)") or a clock
// time ("20:05", "[20:05:41]") opening s, 0 for none.
func leadNumber(s string) int {
	i := 0
	if strings.HasPrefix(s, "[") {
		i++
	}
	start := i
	for i < len(s) && (isDigit(s[i]) || (s[i] == ':' && i > start && i+1 < len(s) && isDigit(s[i+1]))) {
		i++
	}
	if i == start || i-start > 8 {
		return 0
	}
	switch {
	case start == 1 && i < len(s) && s[i] == ']':
		return i + 1
	case start == 0 && i < len(s) && (s[i] == '.' || s[i] == ')'):
		return i + 1
	case start == 0 && strings.Contains(s[:i], ":") && i < len(s) && s[i] == ' ':
		return i
	}
	return 0
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// maxLabelWords bounds a speaker's name in a turn: "Jerry Skillete",
// "Mary Ann Schwab".
const maxLabelWords = 3

// turnAt reads a speaker turn at s[i]: one to three name words, each
// starting with a capital or a nick, a colon, a space and what the
// speaker says. It returns the label and where to look on from.
func turnAt(s string, i int) (string, int, bool) {
	j, words := i, 0
	for words < maxLabelWords {
		w := j
		for w < len(s) && s[w] != ' ' && s[w] != ':' {
			w++
		}
		if w == j || !labelWord(s[j:w], words == 0) {
			return "", w, false
		}
		words++
		if w < len(s) && s[w] == ':' {
			j = w
			break
		}
		j = w + 1
		if words == maxLabelWords || !strings.HasPrefix(s[w:], " ") {
			return "", j, false
		}
	}
	if j >= len(s) || s[j] != ':' || words == 0 {
		return "", j, false
	}
	rest := strings.TrimLeft(s[j+1:], " ")
	if !strings.HasPrefix(s[j+1:], " ") || rest == "" || isDigit(rest[0]) {
		return "", j + 1, false // a time, a field before a number, a label over a block
	}
	label := s[i:j]
	if words == 1 && headerLabel(label+":") != "" {
		return "", j + 1, false // a scribe log's header, not a speaker
	}
	return label, j + 1, true
}

// labelWord tells whether w may be a word of a speaker's name in a turn:
// a capitalised word (letters, an apostrophe, a hyphen or a full stop
// inside it), or a nick as the first and only word.
func labelWord(w string, first bool) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '\'' && c != '-' && c != '.' && c != '’' {
				return first && Nick(w)
			}
		}
		return true
	}
	return first && Nick(w)
}

// angledTurn reads a turn by a nick in angle brackets, as an IRC client
// logs it: "<ivan> so we agreed". It returns the nick and what follows.
func angledTurn(s string) (string, string, bool) {
	if !strings.HasPrefix(s, "<") {
		return "", "", false
	}
	end := strings.IndexByte(s, '>')
	if end < 2 {
		return "", "", false
	}
	nick := strings.TrimLeft(s[1:end], "@+")
	if !nickShaped(nick) {
		return "", "", false
	}
	return nick, strings.TrimSpace(s[end+1:]), true
}

// Nick tells whether w is written as a chat nick rather than a name: one
// token of letters and digits that starts in lower case ("rbasak",
// "vorlon") or holds a digit or a mark that names never hold
// ("sil2100", "Daniel_Peintner", "jo|away").
func Nick(w string) bool {
	if !nickShaped(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsLower(r) {
		return true
	}
	return strings.ContainsFunc(w, func(c rune) bool { return unicode.IsDigit(c) || strings.ContainsRune(nickMarks, c) })
}

// nickMarks may sit inside a nick but not inside a name.
const nickMarks = "_|`^[]{}\\"

// nickShaped tells whether w is one token a nick may be: letters,
// digits, nick marks and hyphens, starting with a letter or a mark.
func nickShaped(w string) bool {
	if w == "" || len(w) > 32 {
		return false
	}
	for k, c := range w {
		switch {
		case unicode.IsLetter(c) || strings.ContainsRune(nickMarks, c):
		case (unicode.IsDigit(c) || c == '-') && k > 0:
		default:
			return false
		}
	}
	return true
}

// scribeHeaders are the labels a scribe log opens with, written at line
// starts by the scribing tools: who was present, sent regrets, chaired
// and scribed, and the topics and actions as the meeting goes.
var scribeHeaders = map[string]bool{
	"present": true, "regrets": true, "chair": true, "chairs": true, "scribe": true, "scribes": true,
	"scribenick": true, "topic": true, "action": true, "agenda": true,
}

// Header tells whether label (without its colon) is a scribe log's
// header, "Present", "topic", "ScribeNick", rather than a speaker.
func Header(label string) bool { return scribeHeaders[strings.ToLower(label)] }

// roleHeaders are the scribe log's headers that name who held an office
// at the meeting, and the office.
var roleHeaders = map[string]string{"chair": "Chair", "chairs": "Chair", "scribe": "Scribe", "scribes": "Scribe", "scribenick": "Scribe"}

// RoleHeader is the office a scribe log's header names ("Chair:" gives
// "Chair", "ScribeNick:" gives "Scribe"), "" for none.
func RoleHeader(label string) string { return roleHeaders[strings.ToLower(label)] }

// headerLabel is the scribe log header that opens s ("Present: ivan,
// dbooth" gives "present") or is the whole of it ("Scribe"), "" for
// none.
func headerLabel(s string) string {
	colon := strings.IndexByte(s[:min(len(s), maxHeaderLen+1)], ':')
	if colon < 0 && len(s) <= maxHeaderLen {
		colon = len(s) // alone on its line over its names, as a page's list of terms gives it
	}
	if colon <= 0 {
		return ""
	}
	w := strings.ToLower(s[:colon])
	if scribeHeaders[w] {
		return w
	}
	return ""
}

// maxHeaderLen is the longest of scribeHeaders.
const maxHeaderLen = len("scribenick")

// frameLine is the MeetBot frame line that s is, "" for none: the bot
// opens its summary with who started the meeting and when, closes it
// with when it ended, and lists the people with the lines each said.
func frameLine(s string) string {
	switch {
	case hasPrefixFold(s, "meeting started by ") && strings.Contains(s, " at "):
		return "started"
	case hasPrefixFold(s, "meeting ended at "):
		return "ended"
	case hasPrefixFold(s, "people present (lines said)"):
		return "people"
	}
	return ""
}

// hasPrefixFold is strings.HasPrefix ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
