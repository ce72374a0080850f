// Package status reads the standing that action logs give an action, in
// the words logs use ("Closed", "On Hold until …", "ongoing", "green"),
// as the record's commitment status. Extraction fills a commitment's
// status with it, and the comparing package reads a log's mark with it
// where a record has none: one vocabulary for both.
package status

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The statuses of the record's contract.
const (
	Open       = "open"
	InProgress = "in_progress"
	Done       = "done"
	OnHold     = "on_hold"
	Deferred   = "deferred"
	Cancelled  = "cancelled"
)

// phrases are the words action logs give a status in, longest first
// where one starts another. RAG colours are statuses too.
var phrases = []struct{ words, status string }{
	{"not started", Open}, {"new", Open}, {"open", Open}, {"action assigned", Open},
	{"assigned", Open}, {"outstanding", Open}, {"pending", Open}, {"red", Open},
	{"ongoing", InProgress}, {"in progress", InProgress}, {"in hand", InProgress},
	{"underway", InProgress}, {"under way", InProgress}, {"started", InProgress},
	{"progressing", InProgress}, {"continuing", InProgress}, {"amber", InProgress},
	{"done", Done}, {"closed", Done}, {"completed", Done}, {"complete", Done}, {"finished", Done},
	{"actioned", Done}, {"achieved", Done}, {"resolved", Done}, {"green", Done}, {"blue", Done},
	{"on hold", OnHold}, {"paused", OnHold},
	{"deferred", Deferred}, {"carried forward", Deferred}, {"carried over", Deferred},
	{"rolled over", Deferred}, {"postponed", Deferred},
	{"cancelled", Cancelled}, {"canceled", Cancelled}, {"withdrawn", Cancelled},
	{"dropped", Cancelled}, {"superseded", Cancelled}, {"no longer required", Cancelled},
}

// Of reads a status from words that start with a status phrase: "Closed",
// "new for X", "On Hold until protocols prioritised", "**done**".
func Of(words string) (string, bool) {
	w := strings.ToLower(strings.TrimSpace(strings.Trim(words, "*_ ")))
	for _, p := range phrases {
		if w == p.words || strings.HasPrefix(w, p.words) && !startsLetter(w[len(p.words):]) {
			return p.status, true
		}
	}
	return "", false
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && unicode.IsLetter(r)
}

// Exactly reads a status from words that are a status phrase and nothing
// more: a mark in brackets, "[Closed]", "(on hold)".
func Exactly(words string) (string, bool) {
	w := strings.ToLower(strings.TrimSpace(words))
	for _, p := range phrases {
		if w == p.words {
			return p.status, true
		}
	}
	return "", false
}
