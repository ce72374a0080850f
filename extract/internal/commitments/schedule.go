package commitments

import (
	"strconv"
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

// eventLine recognises a forthcoming event written as a line of its own,
// with no verb: the event's name, a dash, the place, a comma and a full
// date ("Harvest Supper – Village Hall, 12 October 2024"), as minutes
// list dates for the diary. It returns the index of the event's first
// word. Whether the date comes after the meeting is the document's to
// tell (eventAfter).
func eventLine(toks []doc.Token) (int, bool) {
	_, ok := eventDate(toks)
	return firstWord(toks), ok
}

// eventDate is the date of an event line.
func eventDate(toks []doc.Token) (lex.Civil, bool) {
	k, ok := properRun(toks, firstWord(toks))
	if !ok || k >= len(toks) || !doc.IsDash(toks[k]) {
		return lex.Civil{}, false
	}
	k, ok = properRun(toks, k+1)
	if !ok || k+1 >= len(toks) || toks[k].Text != "," {
		return lex.Civil{}, false
	}
	when, end, ok := fullDate(toks, k+1)
	if !ok {
		return lex.Civil{}, false
	}
	for _, t := range toks[end:] {
		if t.Kind == doc.Word && !timeWords[t.Lower] {
			return lex.Civil{}, false // the line goes on: no event of its own
		}
	}
	return when, true
}

// timeWords may follow an event line's date, with its time: "12 October
// 2024, 7.30 pm onwards".
var timeWords = lex.WordSet(`am pm at from to until till noon midday onwards start starts doors`)

// properRun is the end of the run of capitalised words from toks[i]
// (with the small words that join them: "Friends of the Park"), or false
// when there is none or it runs past six words.
func properRun(toks []doc.Token, i int) (int, bool) {
	if i >= len(toks) || !doc.IsCapitalised(toks[i]) {
		return 0, false
	}
	k := i
	for k < len(toks) && k-i < 8 && (doc.IsCapitalised(toks[k]) || joiningWords[toks[k].Lower] || toks[k].Text == "'" || toks[k].Text == "’") {
		k++
	}
	return k, k-i <= 6
}

// fullDate reads a date with day, month and year at toks[k], a weekday
// before it allowed: "12 October 2024", "Saturday 12th October 2024",
// "October 12, 2024". It returns the date and the index after it.
func fullDate(toks []doc.Token, k int) (lex.Civil, int, bool) {
	if _, ok := lex.WeekdayNames[doc.LowerAt(toks, k)]; ok {
		k++
		if doc.LowerAt(toks, k) == "," {
			k++
		}
	}
	if d, j, ok := dayAt(toks, k); ok {
		if m := lex.MonthNames[doc.LowerAt(toks, j)]; m > 0 {
			if y, ok := yearAt(toks, j+1); ok {
				return lex.Civil{Y: y, M: m, D: d}, j + 2, true
			}
		}
	}
	if m := lex.MonthNames[doc.LowerAt(toks, k)]; m > 0 {
		if d, j, ok := dayAt(toks, k+1); ok {
			if doc.LowerAt(toks, j) == "," {
				j++
			}
			if y, ok := yearAt(toks, j); ok {
				return lex.Civil{Y: y, M: m, D: d}, j + 1, true
			}
		}
	}
	return lex.Civil{}, 0, false
}

// dayAt reads a day of the month at toks[k], with an ordinal's letters
// ("12th"): the day and the index after it.
func dayAt(toks []doc.Token, k int) (int, int, bool) {
	if k >= len(toks) || toks[k].Kind != doc.Number {
		return 0, 0, false
	}
	d, err := strconv.Atoi(toks[k].Text)
	if err != nil || d < 1 || d > 31 {
		return 0, 0, false
	}
	switch doc.LowerAt(toks, k+1) {
	case "st", "nd", "rd", "th":
		if !toks[k+1].SpaceBefore {
			k++
		}
	}
	return d, k + 1, true
}

// yearAt reads a four-digit year at toks[k].
func yearAt(toks []doc.Token, k int) (int, bool) {
	if k >= len(toks) || toks[k].Kind != doc.Number || len(toks[k].Text) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(toks[k].Text)
	return y, err == nil && y >= 1900 && y < 2200
}

// eventAfter tells whether the event line us[i] names a date after the
// document's first full date, which is the meeting's in minutes that
// open with it: a past event listed in a report is none.
func eventAfter(us []doc.Unit, i int) bool {
	when, ok := eventDate(us[i].Toks)
	if !ok {
		return false
	}
	for _, u := range us[:i] {
		for j := range u.Toks {
			if first, _, ok := fullDate(u.Toks, j); ok {
				return first.Before(when)
			}
		}
	}
	return false
}

// nextMeetingAt tells whether "next" at toks[i] names the next meeting,
// with up to three words that qualify it between: "next meeting", "the
// next full Board meeting", "next Parish Council meeting".
func nextMeetingAt(toks []doc.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		t := toks[k]
		if t.Kind != doc.Word || subjectStop[t.Lower] || objectPrepositions[t.Lower] || commonNonVerbs[t.Lower] {
			return false
		}
		if t.Lower == "meeting" {
			return true
		}
	}
	return false
}
