package compare

import (
	"slices"
	"strings"

	"github.com/minutes-tool/minutes/schema"
)

// Past-tense reports are how minutes say a commitment was kept: "the
// consultation was launched on Friday 2 February", "the conference took
// place in Maidstone". These tables are the only place the words live.
var (
	// auxiliaries that, before a past participle, report a thing done.
	pastAux = map[string]bool{"was": true, "has": true, "have": true, "were": true, "had": true, "has been": true, "have been": true, "had been": true}
	// doneVerbs report completion even without an auxiliary.
	doneVerbs = map[string]bool{
		"launched": true, "started": true, "completed": true, "published": true,
		"held": true, "happened": true, "opened": true, "commenced": true,
		"finished": true, "submitted": true, "signed": true, "delivered": true,
		"appointed": true, "approved": true, "established": true,
	}
	// irregular participles that -ed does not catch.
	irregular = map[string]bool{
		"held": true, "made": true, "done": true, "given": true, "taken": true,
		"set": true, "begun": true, "run": true, "sent": true, "met": true,
		"won": true, "built": true, "written": true, "brought": true, "put": true,
		"shown": true, "paid": true, "sold": true, "spent": true, "found": true,
		"led": true, "seen": true, "told": true, "chosen": true, "drawn": true,
	}
	// notDone are participles that report an intention, not an outcome:
	// "was hoped", "has been tasked", "were asked".
	notDone = map[string]bool{
		"hoped": true, "expected": true, "planned": true, "anticipated": true,
		"scheduled": true, "intended": true, "proposed": true, "asked": true,
		"tasked": true, "required": true, "needed": true, "delayed": true,
		"postponed": true, "deferred": true, "invited": true, "requested": true,
		"advised": true, "encouraged": true, "informed": true, "reminded": true,
		"based": true, "composed": true, "considered": true, "concerned": true,
		// words of discussion: that a thing was talked of is no report
		// that it happened.
		"discussed": true, "raised": true, "noted": true, "mentioned": true,
		"suggested": true, "agreed": true, "decided": true,
		"highlighted": true, "explained": true, "stated": true, "confirmed": true,
		"queried": true, "questioned": true, "welcomed": true, "recorded": true,
	}
	// adverbs that may sit between an auxiliary and its participle.
	fillers = map[string]bool{"formally": true, "successfully": true, "now": true,
		"already": true, "recently": true, "finally": true, "also": true, "duly": true, "officially": true}
	// beforeFuture: a done verb after these is still to come ("to be
	// launched", "will be held").
	beforeFuture = map[string]bool{"be": true, "to": true, "being": true, "will": true, "would": true, "not": true, "never": true}
)

// reportsDone says whether a sentence reports something as having
// happened: an auxiliary of the past with a participle, or a completion
// verb, or "took place", or "went live".
func reportsDone(s string) bool {
	ws := splitWords(s)
	for i := range ws {
		ws[i] = strings.ToLower(ws[i])
	}
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if (w == "took" && i+1 < len(ws) && ws[i+1] == "place") || (w == "went" && i+1 < len(ws) && ws[i+1] == "live") {
			return true
		}
		aux, next := w, i+1
		if (w == "has" || w == "have" || w == "had") && i+1 < len(ws) && ws[i+1] == "been" {
			aux, next = w+" been", i+2
		}
		if pastAux[aux] {
			for next < len(ws) && fillers[ws[next]] {
				next++
			}
			if next < len(ws) && ws[next] != "not" && ws[next] != "never" && isParticiple(ws[next]) {
				return true
			}
			continue
		}
		if doneVerbs[w] && (i == 0 || !beforeFuture[ws[i-1]]) && !negated(ws, i) {
			return true
		}
	}
	return false
}

func isParticiple(w string) bool {
	if notDone[w] {
		return false
	}
	return irregular[w] || (len(w) > 4 && strings.HasSuffix(w, "ed"))
}

// negated says whether one of the three words before i is "not" or
// "never": "has not been published".
func negated(ws []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if ws[k] == "not" || ws[k] == "never" {
			return true
		}
	}
	return false
}

// pastOf gives the past forms of irregular verbs, so that a report that
// letters "were sent" answers an action to "send" them.
var pastOf = map[string][]string{
	"send": {"sent"}, "make": {"made"}, "write": {"written", "wrote"}, "hold": {"held"},
	"meet": {"met"}, "take": {"taken", "took"}, "give": {"given", "gave"}, "pay": {"paid"},
	"set": {"set"}, "put": {"put"}, "run": {"run", "ran"}, "build": {"built"},
	"bring": {"brought"}, "find": {"found"}, "lead": {"led"}, "tell": {"told"},
	"choose": {"chosen", "chose"}, "draw": {"drawn", "drew"}, "begin": {"begun", "began"},
	"do": {"done", "did"}, "get": {"got"}, "buy": {"bought"}, "speak": {"spoken", "spoke"},
	"go": {"gone", "went"}, "see": {"seen", "saw"}, "show": {"shown", "showed"},
	"sell": {"sold"}, "spend": {"spent"}, "win": {"won"}, "seek": {"sought"},
}

// completion words report any action done, whatever its verb.
var completion = map[string]bool{"completed": true, "done": true, "finished": true,
	"actioned": true, "undertaken": true, "achieved": true, "delivered": true, "fulfilled": true}

// notActionVerbs cannot head an action that a report of its verb would
// answer: auxiliaries, and the words an action fragment starts with when
// it was cut after its verb.
var notActionVerbs = map[string]bool{"be": true, "been": true, "being": true, "have": true,
	"has": true, "had": true, "is": true, "are": true, "was": true, "were": true, "the": true,
	"a": true, "an": true, "to": true, "of": true, "for": true, "in": true, "on": true,
	"with": true, "by": true, "at": true, "and": true, "this": true, "that": true, "it": true,
	"continue": true, "look": true, "consider": true}

// verbOf is the verb a commitment undertakes, in its base form: the
// verb its action starts with, or its words' ("Send letters to …"), or
// the verb after its subject's modal ("Ryan will own the repo merge",
// "the Clerk to send …"); "" when none is found.
func verbOf(c *schema.Commitment) string {
	if v := actionVerb(c.Action); v != "" {
		return v
	}
	t := strings.TrimLeft(unmarked(c.Text), "•·*- \t")
	if v := actionVerb(t); v != "" {
		return v
	}
	ws := splitWords(t)
	for k := 1; k+2 < len(ws) && k <= 4; k++ {
		if subjectBefore[strings.ToLower(ws[k])] {
			return actionVerb(strings.Join(ws[k+1:], " "))
		}
	}
	return ""
}

// subjectBefore are the words that, second in an action's words, show
// the first to be its subject: modals, auxiliaries, and the "to" of
// "Clerk to send …".
var subjectBefore = map[string]bool{"will": true, "would": true, "shall": true, "should": true,
	"must": true, "can": true, "could": true, "may": true, "might": true, "is": true, "are": true,
	"was": true, "were": true, "has": true, "have": true, "had": true, "to": true, "needs": true}

// actionVerb is the verb an action starts with, in its base form, or ""
// when it does not start with one: "send letters to …" gives "send".
func actionVerb(action string) string {
	ws := splitWords(unmarked(action))
	if len(ws) < 2 {
		return ""
	}
	v := strings.ToLower(ws[0])
	if subjectBefore[strings.ToLower(ws[1])] {
		// "Productivity will be among the first subjects": the first
		// word is the subject of a modal or an auxiliary, not a verb.
		return ""
	}
	if notActionVerbs[v] || strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "ing") ||
		(strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss")) || !isLetters(v) {
		return ""
	}
	return v
}

func isLetters(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}

// reportsVerbDone says whether s reports the verb v done: its past form,
// regular or irregular, or a word of completion.
func reportsVerbDone(s, v string) bool {
	for _, w := range splitWords(s) {
		w = strings.ToLower(w)
		if completion[w] {
			return true
		}
		for _, p := range pastOf[v] {
			if w == p {
				return true
			}
		}
		if strings.HasSuffix(w, "ed") && (stem(w) == stem(v) || strings.TrimSuffix(w, "d") == v ||
			strings.TrimSuffix(w, "ed") == v || strings.TrimSuffix(w, "ied") == strings.TrimSuffix(v, "y") ||
			len(w) > len(v)+2 && w[:len(v)] == v && w[len(v)] == w[len(v)-1]) {
			return true
		}
	}
	return false
}

// futureWords put a sentence's main clause still to come: a trailing
// past clause ("as was agreed") does not make it a report of the thing
// done.
var futureWords = map[string]bool{"will": true, "shall": true, "would": true}

// putsOff says whether a sentence still looks forward, or puts the
// thing off.
func putsOff(s string) bool {
	if postponed(s) {
		return true
	}
	ws := splitWords(s)
	for i, w := range ws {
		w = strings.ToLower(w)
		if futureWords[w] || (w == "to" && i+1 < len(ws) && strings.EqualFold(ws[i+1], "be")) {
			return true
		}
	}
	return false
}

// namesAction says whether a sentence that is no report of the thing done
// can speak of an old commitment at all: when the action starts with a
// verb the commitment's own words use ("Ryan will own the team repo
// merge"), the sentence must use that verb in some form ("documents into
// a github team repo" shares the object, not the undertaking); with no
// verb to look for, it must name the action's words (see sharesAction).
// A log's mark on the sentence speaks for it whatever its words.
func namesAction(old *schema.Commitment, s string, people map[string]bool) bool {
	if fate, _ := markIn(s); fate != "" {
		return true
	}
	v := verbOf(old)
	if v == "" || !hasWord(old.Text, v) {
		return sharesAction(old, s, people) // see evidenceOfDone
	}
	sv := stem(v)
	for _, w := range splitWords(s) {
		w = strings.ToLower(w)
		if w == v || stem(w) == sv || slices.Contains(pastOf[v], w) {
			return true
		}
	}
	return false
}
