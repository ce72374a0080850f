package commitments

import (
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// Scheduled events that carry no modal: "was due to take place on 22
// January", "moves on to a second reading next week", "are working with
// citizens to bring a plan later this year". Each needs a sign that the
// words name a time to come, since "due to" and "next" have other uses.

// dueIsPlan tells whether "due to" / "due for" at toks[i] schedules
// something ("was due to take place on 22 January", "due for publication
// in the Spring") rather than gives a cause ("due to lack of an agenda",
// "not feasible due to operational constraints").
func dueIsPlan(toks []doc.Token, i int) bool {
	n := doc.LowerAt(toks, i+2)
	if n == "the" || n == "a" || n == "an" || i+2 >= len(toks) || toks[i+2].Kind != doc.Word {
		return false
	}
	if doc.LowerAt(toks, i+1) == "for" {
		return true
	}
	if n == "be" || dueVerbs[n] {
		return true
	}
	p := i - 1
	for p >= 0 && lex.Adverbs[toks[p].Lower] {
		p--
	}
	return p >= 0 && (lex.PassiveAux[toks[p].Lower] || toks[p].Lower == "be" || toks[p].Text == "(") && !doc.IsCapitalised(toks[i+2]) && !doc.IsUpperWord(toks[i])
}

// dueVerbs after "due to" are scheduled events.
var dueVerbs = map[string]bool{
	"take": true, "start": true, "begin": true, "commence": true, "open": true, "close": true,
	"end": true, "finish": true, "report": true, "meet": true, "complete": true, "come": true,
	"return": true, "expire": true, "launch": true, "go": true, "run": true, "conclude": true,
	"arrive": true, "submit": true, "publish": true, "present": true, "resume": true,
}

// secondReadingAfter tells whether a present-tense verb at toks[i] sends
// an ordinance on to a later reading ("moves on to a second reading next
// week"), which is a scheduled event.
func secondReadingAfter(toks []doc.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		if toks[k].Lower == "reading" && (doc.LowerAt(toks, k-1) == "second" || doc.LowerAt(toks, k-1) == "third") {
			return true
		}
	}
	return false
}

// futureTimeAt tells whether toks[i] starts a time after the meeting
// that no date names: "later this year", "next week", "in the coming
// months" (from "coming").
func futureTimeAt(toks []doc.Token, i int) bool {
	w, n, n2 := toks[i].Lower, doc.LowerAt(toks, i+1), doc.LowerAt(toks, i+2)
	switch w {
	case "later":
		return (n == "this" || n == "in") && periodWords[n2]
	case "next":
		return periodWords[n]
	case "coming":
		return doc.LowerAt(toks, i-1) == "the" && periodWords[n] && doc.LowerAt(toks, i-2) == "in"
	}
	return false
}

// periodWords end a relative time: "next week", "later this year".
var periodWords = map[string]bool{
	"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true,
	"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true, "quarter": true,
}

// progressiveBefore tells whether a verb in the present progressive or
// present tense runs up to the time at toks[i] ("are working together
// ... later this year", "we are going to start design next year"); a
// past tense before it makes it a story.
func progressiveBefore(toks []doc.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		w := toks[k].Lower
		if w == "was" || w == "were" || w == "had" || w == "did" || w == "last" || whWords[w] {
			return false
		}
		if presentAux(w) && strings.HasSuffix(doc.LowerAt(toks, k+1), "ing") {
			return true
		}
	}
	return false
}
