package people

import (
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/genre"
)

// In a chat meeting's record (an IRC or scribe log, a MeetBot summary)
// people go by nicks, and the lists say so by their shape, not by the
// evidence a name needs in written minutes: "Present: ivan, dbooth,
// Daniel_Peintner", "Present: ivan dbooth", or MeetBot's "People present
// (lines said)" over "1. rbasak (131)". The genre tells, once, that the
// document is one; these readers follow its conventions there.

// chatGenre tells whether a document of genre g is a chat meeting's.
func chatGenre(g string) bool { return g == genre.IRC || g == genre.MeetBot }

// chatList reads the people under or after an attendance label in a chat
// meeting's record: the rest of the label's line split at commas (or at
// spaces when every word is a nick), or else the lines under it, one nick
// or a run of names a line, up to a blank line. Labels among those lines
// ("Regrets", "Chair") change the status, or give an office. It returns
// the people and where the list ends.
func chatList(text string, toks []doc.Token, h header) ([]listed, int) {
	if h.inline {
		end := lineEnd(toks, h.content)
		return chatRun(text, toks, h.content, end, h), end
	}
	var out []listed
	i := h.content
	for i < len(toks) {
		if len(out) > 0 && blankBefore(text, toks, i) {
			break
		}
		end := lineEnd(toks, i)
		if sub, ok := chatHeaderAt(text, toks, i); ok {
			h = sub
			if sub.inline {
				out = append(out, chatRun(text, toks, sub.content, end, h)...)
			}
			i = end
			continue
		}
		p, ok := chatEntry(text, toks, i, end, h)
		if !ok {
			ppl := chatRun(text, toks, skipBullets(toks, i, end), end, h)
			if len(ppl) == 0 {
				break
			}
			out = append(out, ppl...)
		} else {
			out = append(out, p)
		}
		i = end
	}
	return out, i
}

// chatHeaderAt reads a label in a chat meeting's record: an attendance
// label, or a scribe log's header of an office ("Chair: Dana", "Scribe"
// alone over its names), whose people take part in that office.
func chatHeaderAt(text string, toks []doc.Token, i int) (header, bool) {
	if h, ok := headerAt(text, toks, i); ok {
		return h, true
	}
	if !(i == 0 || toks[i].LineStart) || toks[i].Kind != doc.Word {
		return header{}, false
	}
	role := genre.RoleHeader(toks[i].Text)
	switch {
	case role == "":
		return header{}, false
	case i+1 == len(toks) || toks[i+1].LineStart:
		return header{status: "participant", role: role, content: i + 1}, true
	case toks[i+1].Text == ":" && sameLine(toks, i+2):
		return header{status: "participant", role: role, content: i + 2, inline: true}, true
	}
	return header{}, false
}

// blankBefore tells whether a blank line comes before toks[i].
func blankBefore(text string, toks []doc.Token, i int) bool {
	return i > 0 && strings.Count(text[toks[i-1].End:toks[i].Start], "\n") >= 2
}

// chatRun reads the people on toks[i:end], split at commas and
// semicolons, or at spaces when there are none and every word is a nick:
// "ivan, Daniel_Peintner, Tim Berners-Lee", "ivan dbooth".
func chatRun(text string, toks []doc.Token, i, end int, h header) []listed {
	bySpace := i < end && nickAt(text, toks, i, end)
	for k := i; k < end && bySpace; k++ {
		if t := toks[k]; t.Text == "," || t.Text == ";" || (t.SpaceBefore && k > i && !nickAt(text, toks, k, end)) {
			bySpace = false
		}
	}
	var out []listed
	for k := i; k < end; {
		j := k + 1
		for j < end && toks[j].Text != "," && toks[j].Text != ";" && !(bySpace && toks[j].SpaceBefore) {
			j++
		}
		if p, ok := chatPerson(text, toks, k, j, h); ok {
			out = append(out, p)
		}
		k = j
		if k < end && (toks[k].Text == "," || toks[k].Text == ";") {
			k++
		}
	}
	return out
}

// nickText is the text of the nick-shaped run of tokens from toks[k],
// parts joined without spaces ("Daniel_Peintner", "sil2100"), and the
// index after it.
func nickText(text string, toks []doc.Token, k, end int) (string, int) {
	j := k + 1
	for j < end && !toks[j].SpaceBefore && nickPart(toks[j]) {
		j++
	}
	return text[toks[k].Start:toks[j-1].End], j
}

// chatSpeakerAt reads a turn by nick opening a line of a chat record,
// "dbooth: yes", "Daniel_Peintner: +1": a nick, a colon and a space. It
// returns the nick and the index of the colon. A scribe log's header
// ("topic: Release") is no speaker; a capitalised label ("Sebastian:",
// "RESOLUTION:") is left to the speaker labels of any minutes, which ask
// that it behave as a name.
func chatSpeakerAt(text string, toks []doc.Token, i int) (string, int, bool) {
	if toks[i].Kind != doc.Word || !lineOpenerPast(toks, i, true) || (i > 0 && toks[i-1].Text == "#") {
		return "", i, false // "#ubuntu-meeting:" names a channel
	}
	nick, j := nickText(text, toks, i, len(toks))
	if j+1 >= len(toks) || toks[j].Text != ":" || toks[j].LineStart || !toks[j+1].SpaceBefore || toks[j+1].LineStart {
		return "", i, false
	}
	if !genre.Nick(nick) || genre.Header(nick) {
		return "", i, false
	}
	return nick, j, true
}

// nickAt tells whether a nick starts at toks[k].
func nickAt(text string, toks []doc.Token, k, end int) bool {
	nick, _ := nickText(text, toks, k, end)
	return genre.Nick(nick)
}

// chatEntry reads one line of a list of nicks: a list number, a nick and
// a note in brackets, "1. rbasak (131)".
func chatEntry(text string, toks []doc.Token, i, end int, h header) (listed, bool) {
	i = skipBullets(toks, i, end)
	if i+1 < end && toks[i].Kind == doc.Number && toks[i+1].Text == "." {
		i += 2 // a list number
	}
	if i >= end || toks[i].Kind != doc.Word {
		return listed{}, false
	}
	_, j := nickText(text, toks, i, end)
	p, ok := chatPerson(text, toks, i, j, h)
	if !ok || tailNotes(text, toks, j, end, &p) != end {
		return listed{}, false
	}
	return p, true
}

// chatPerson is the person toks[i:j] names in a chat list under the
// label h, with a note in brackets after the name taken as tailNotes
// reads it. A name is a few words at most: more are prose.
func chatPerson(text string, toks []doc.Token, i, j int, h header) (listed, bool) {
	k := i
	for k < j && toks[k].Text != "(" {
		k++
	}
	last := k - 1
	for last > i && toks[last].Kind == doc.Punct && toks[last].Text != "_" {
		last-- // "dbooth." ends a list
	}
	if k == i || toks[i].Kind != doc.Word {
		return listed{}, false
	}
	nf := chatName(text, toks, i, last)
	if len(nf.given) >= maxChatNameWords {
		return listed{}, false
	}
	p := listed{nf: nf, name: nameText(text, nf), status: h.status, role: h.role}
	tailNotes(text, toks, k, j, &p)
	return p, true
}

// maxChatNameWords bounds a name in a chat list: "Tim Berners-Lee",
// "Mary Ann Schwab".
const maxChatNameWords = 4

// chatName is the name toks[first:last+1] give in a chat record: a nick
// is a surname alone to match the turns by ("rbasak"), a nick joined by
// underscores is the words of a name ("Daniel_Peintner" is Daniel
// Peintner), and words are a given name and a surname.
func chatName(text string, toks []doc.Token, first, last int) nameFound {
	nf := nameFound{first: first, last: last, start: toks[first].Start, end: toks[last].End}
	words := strings.Fields(strings.ReplaceAll(text[nf.start:nf.end], "_", " "))
	if len(words) > 0 {
		nf.given, nf.surname = words[:len(words)-1], words[len(words)-1]
	}
	return nf
}

// chatTurn reads a turn by nick: the scribe's "dbooth: yes" names a
// speaker, a participant; a nick in angle brackets, "<ivan> so we
// agreed", is what the log shows of everyone on the channel, its bots
// too, and only adds a place for someone known otherwise.
func chatTurn(s *mentionScan, i int) (int, bool) {
	toks := s.toks
	if _, colon, ok := chatSpeakerAt(s.text, toks, i); ok {
		nf := chatName(s.text, toks, i, colon-1)
		s.emit(mention{nf: nf, name: nameText(s.text, nf), start: nf.start, end: nf.end, participant: true})
		return colon, true
	}
	if i == 0 || toks[i-1].Text != "<" || !lineOpenerPast(toks, i, true) {
		return i, false
	}
	nick, j := nickText(s.text, toks, i, len(toks))
	if j >= len(toks) || toks[j].Text != ">" || !genre.Nick(nick) && !startsUpper(nick) {
		return i, false
	}
	nf := chatName(s.text, toks, i, j-1)
	s.emit(mention{nf: nf, name: nameText(s.text, nf), start: nf.start, end: nf.end, onlyLink: true})
	return j, true
}
