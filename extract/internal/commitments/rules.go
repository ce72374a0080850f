package commitments

import (
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/extract/internal/phrase"
)

// The commitment cues as data: each rule reads one way minutes say that
// something will happen after the meeting, from the word it starts at.
// A rule declares its start words beside its code, and the index that
// lets the scanner skip every other word is built from those
// declarations (cueRules): adding a rule with a new start word is one
// edit, and a word a rule reads but does not declare fails the bypass
// test, which tries every rule at every word.

// rule is one commitment cue.
type rule struct {
	// name says what the rule reads; the table tests name it.
	name string
	// frames are the rule's words as phrases ("[due] to|for": see
	// phrase.Parse): the rule reads a word where one of them matches with
	// its start slot there. The words of the start slots are start words.
	frames []phrase.Pattern
	// starts are more lower-case words the rule can start at, for a rule
	// whose words are a class its when reads (see startWord for the
	// contractions of "will").
	starts lex.Starts
	// when is what else the trigger needs, or nil: with the frames, it
	// tells whether the rule reads the word at s.i. When it does, the
	// word is the rule's, and no later rule is tried there, even if a
	// veto says it is no commitment.
	when func(s *scan) bool
	// vetoes tell the words the rule reads that are still not a
	// commitment: each returns true to drop the word.
	vetoes []func(s *scan) bool
	// verb is the token where the action starts, or false when the
	// words after the cue make no plan after all.
	verb func(s *scan) (int, bool)
	// examples are sentences from minutes that the rule finds (tested:
	// each fires this rule).
	examples []string
}

// scan is the state of the scanner at the word s.i of a sentence.
type scan struct {
	toks          []doc.Token
	i             int
	w, prev, next string // the word at i, and the words either side
	// trigger tells whether a word that turns "should" into a plan came
	// before: "It was agreed that ... should", "The Board recommended".
	trigger bool
	// lead tells that the sentence is an item of a list that a trigger
	// introduced ("Furthermore, it was agreed that:"): it starts with
	// the trigger set.
	lead bool
}

// at moves the scan to the word at i.
func (s *scan) at(i int) {
	s.i = i
	s.w = s.toks[i].Lower
	s.prev = doc.LowerAt(s.toks, i-1)
	s.next = doc.LowerAt(s.toks, i+1)
}

// lowerAt is the lower-case word k tokens from the scan's word.
func (s *scan) lowerAt(k int) string { return doc.LowerAt(s.toks, s.i+k) }

// has tells whether the sentence goes on k tokens after the scan's word.
func (s *scan) has(k int) bool { return s.i+k < len(s.toks) }

// try runs the rule at the scan's word: fired tells whether the rule
// read the word, ok whether it made a commitment whose action starts at
// verb.
func (r *rule) try(s *scan) (verb int, fired, ok bool) {
	if r.frames != nil && !phrase.AnyAt(r.frames, s.toks, s.i) || r.when != nil && !r.when(s) {
		return 0, false, false
	}
	for _, veto := range r.vetoes {
		if veto(s) {
			return 0, true, false
		}
	}
	verb, ok = r.verb(s)
	return verb, true, ok
}

// ruleSet is a table of rules with the index built from their starts.
type ruleSet struct {
	rules []rule
	index *lex.Index
}

// newRuleSet indexes rules by the start words each declares: its frames'
// start slots and its starts.
func newRuleSet(rules []rule) *ruleSet {
	starts := make([]lex.Starts, len(rules))
	for i, r := range rules {
		starts[i] = phrase.Starts(r.frames).Plus(r.starts)
	}
	return &ruleSet{rules: rules, index: lex.NewIndex(starts...)}
}

// cueRules are the commitment cues, indexed at start-up.
var cueRules = newRuleSet(commitmentRules)

// contractedWill stands, as a start word, for every word that ends in a
// contracted "will": "i'll", "we’ll", "they'll".
const contractedWill = "'ll"

// startWord is the word the index is asked about for the lower-case
// word w: w itself, but contractedWill for "i'll" and its kind.
func startWord(w string) string {
	if n := len(w); n > 0 && w[n-1] == 'l' && willContraction(w) {
		return contractedWill
	}
	return w
}

// willContraction tells whether w ends in 'll ("i'll", "we’ll").
func willContraction(w string) bool {
	return strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll")
}

// Word tables of the word classes the rules start from, for their
// triggers.
var (
	futureModals     = lex.TableOf(lex.FutureModals)
	obligationModals = lex.TableOf(lex.ObligationModals)
	planWords        = lex.TableOf(lex.PlanWords)
	intentVerbs      = lex.TableOf(lex.IntentVerbs)
	scheduleVerbs    = lex.TableOf(lex.ScheduleVerbs)
)

// trueKeys declares the words a word class holds as start words: the
// words whose value is true.
func trueKeys(m map[string]bool) lex.Starts {
	var out lex.Starts
	for _, w := range lex.Keys(m) {
		if m[w] {
			out = append(out, w)
		}
	}
	return out
}

// verbAfter is a rule's verb k tokens after its cue.
func verbAfter(k int) func(s *scan) (int, bool) {
	return func(s *scan) (int, bool) { return s.i + k, true }
}

// the names of the cues found outside the rule table, in sentenceRules.
const (
	actionItemRule = "action item"
	bareActionRule = "bare action"
	eventLineRule  = "event line"
)
