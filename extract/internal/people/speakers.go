package people

import (
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/genre"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// Notes of a call often give each turn as a line that opens with the
// speaker's name and a colon, the name often a first name alone or a
// nick: "- Ryan: Initial proposal of 1/week", "Eric Holk: A private
// channel ...". A label that opens lines so more than once names a
// person when its words behave as a name does in the document: written
// with a capital inside a sentence ("Khio and Jack will put together"),
// never in lower case. That keeps out the field labels that open lines
// the same way ("Goal:", "Decision:"), whose words the minutes also use
// as words.

// maxSpeakerWords bounds a speaker label: "Ryan", "Eric Holk".
const maxSpeakerWords = 2

// speakerAt reads a speaker label at toks[i]: one or two name words
// opening a line (after its bullets), then a colon. It returns the
// label's words and the index of the colon.
func speakerAt(toks []doc.Token, i int) (string, int, bool) {
	if !lineOpener(toks, i) {
		return "", i, false
	}
	j := i
	for j < len(toks) && j < i+maxSpeakerWords && isNameWord(toks[j]) && (j == i || !toks[j].LineStart) {
		j++
	}
	if j == i || j >= len(toks) || toks[j].Text != ":" || toks[j].LineStart || !turnAfter(toks, j+1) {
		return "", i, false
	}
	words := make([]string, 0, j-i)
	for _, t := range toks[i:j] {
		words = append(words, t.Text)
	}
	return strings.Join(words, " "), j, true
}

// turnAfter tells whether what the speaker says starts at toks[j], on
// the label's line: a label over a block, or before a number or a date
// ("Due: September"), is a field, not a turn.
func turnAfter(toks []doc.Token, j int) bool {
	if j >= len(toks) || toks[j].LineStart || toks[j].Kind == doc.Number {
		return false
	}
	_, month := lex.MonthNames[toks[j].Lower]
	return !month
}

// lineOpener tells whether toks[i] is the first word of its line, after
// any bullets.
func lineOpener(toks []doc.Token, i int) bool { return lineOpenerPast(toks, i, false) }

// lineOpenerPast is lineOpener that, with clock, also steps over a chat
// log's timestamp ("[14:00:05] <ivan> yes", "14:00 ivan: yes").
func lineOpenerPast(toks []doc.Token, i int, clock bool) bool {
	for k := i; k > 0 && !toks[k].LineStart; k-- {
		p := toks[k-1]
		if clock && p.Kind == doc.Number {
			continue
		}
		if p.Kind != doc.Punct || p.Text == ":" && !clock {
			return false
		}
	}
	return true
}

// speakerLabels finds the labels that name speakers in the document:
// used at two line starts or more, their words never in lower case and
// the first of them capitalised inside a sentence somewhere.
func speakerLabels(toks []doc.Token) map[string]bool {
	tally := newSpeakerTally()
	for i := range toks {
		tally.add(toks, i)
	}
	return tally.labels()
}

// speakerTally gathers, token by token, what speakerLabels decides on:
// the labels at line starts and how the words are written elsewhere.
type speakerTally struct {
	counts       map[string]int
	lower, inner map[string]bool
}

func newSpeakerTally() speakerTally {
	return speakerTally{counts: map[string]int{}, lower: map[string]bool{}, inner: map[string]bool{}}
}

// add reads toks[i] into the tally.
func (s speakerTally) add(toks []doc.Token, i int) {
	t := toks[i]
	if t.Kind != doc.Word {
		return
	}
	if t.Text == t.Lower {
		s.lower[t.Lower] = true
	} else if i > 0 && !t.LineStart && innerLead(toks[i-1]) {
		s.inner[t.Lower] = true
	}
	if label, _, ok := speakerAt(toks, i); ok {
		s.counts[label]++
	}
}

// labels are the speaker labels of the tally: used twice or more, or
// opening with a given name, and behaving as names.
func (s speakerTally) labels() map[string]bool {
	out := map[string]bool{}
	for label, n := range s.counts {
		// A given name speaks once and is still a speaker: "Carol: Do
		// we need video?"
		given := lex.GivenNames[strings.ToLower(strings.Fields(label)[0])]
		if (n >= 2 || given) && behavesAsName(label, s.lower, s.inner) {
			out[label] = true
		}
	}
	return out
}

// innerLead is a token after which a capital is inside a sentence: a
// word, a comma, an opening bracket.
func innerLead(t doc.Token) bool {
	return t.Kind == doc.Word || t.Text == "," || t.Text == "(" || t.Text == "/" || t.Text == "&"
}

// behavesAsName tells whether a label's words are used as a name is:
// never in lower case, the first capitalised inside a sentence or a
// given name.
func behavesAsName(label string, lower, inner map[string]bool) bool {
	words := strings.Fields(strings.ToLower(label))
	for _, w := range words {
		if lower[w] || fieldWord(w) {
			return false
		}
	}
	return inner[words[0]] || len(words) == 1 || lex.GivenNames[words[0]] // "Eric Huss:"
}

// fieldWord is a word that labels a field of the minutes rather than a
// speaker: an office ("Facilitator: Carol"), a decision ("Resolved:").
func fieldWord(w string) bool {
	_, decision := lex.DecisionVerbs[w]
	return lex.RoleWords[w] || decision
}

// speakerRule reads a speaker label found to name a person in this
// document: "Ryan: Initial proposal of 1/week".
func speakerRule(s *mentionScan, i int) (int, bool) {
	label, colon, ok := speakerAt(s.toks, i)
	if !ok || !s.speakers[label] || s.chat && scribeHeaderIn(label) {
		return i, false
	}
	first, last := s.toks[i], s.toks[colon-1]
	nf := nameFound{first: i, last: colon - 1, start: first.Start, end: last.End, surname: last.Text}
	for _, t := range s.toks[i : colon-1] {
		nf.given = append(nf.given, t.Text)
	}
	s.emit(mention{nf: nf, name: label, start: nf.start, end: nf.end, participant: true})
	return colon, true
}

// scribeHeaderIn tells whether a word of label is a scribe log's header:
// in a chat record "Topic: Security" opens a topic, not a speaker's turn.
func scribeHeaderIn(label string) bool {
	for _, w := range strings.Fields(label) {
		if genre.Header(w) {
			return true
		}
	}
	return false
}
