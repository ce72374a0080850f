package compare

import "strings"

// Past-tense reports are how minutes say a commitment was kept: "the
// consultation was launched on Friday 2 February", "the conference took
// place in Maidstone". These tables are the only place the words live.
var (
	// auxiliaries that, before a past participle, report a thing done.
	pastAux = map[string]bool{"was": true, "were": true, "had": true, "has been": true, "have been": true, "had been": true}
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
