package commitments

import (
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
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
	// starts are the lower-case words the rule can start at (see
	// startWord for the contractions of "will").
	starts lex.Starts
	// when is the trigger: whether the rule reads the word at s.i. When
	// it does, the word is the rule's, and no later rule is tried there,
	// even if a veto says it is no commitment.
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
	if !r.when(s) {
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
	// Before the index is asked, most words are turned away by what is
	// known of the start words: the filter, and the cues doc gives them.
	// cued are the cues every start word that has any shares (the
	// tokens carry theirs, so a word without them is read no further);
	// uncued tells that some start word has no cue at all, so the words
	// without cues go through the filter. Neither decides a result: a
	// start word doc does not know only makes the scan slower.
	filter   startFilter
	cued     doc.Cue
	uncued   bool
	cuesTell bool // cued and not uncued: a word without rs.cued is no start word
}

// newRuleSet indexes rules by the start words each declares.
func newRuleSet(rules []rule) *ruleSet {
	rs := &ruleSet{rules: rules}
	starts := make([]lex.Starts, len(rules))
	shared, any := doc.Cue(0), false
	for i, r := range rules {
		starts[i] = r.starts
		for _, w := range r.starts {
			rs.filter.add(w)
			switch c := doc.CueOf(w); {
			case c == 0:
				rs.uncued = true
			case !any:
				shared, any = c, true
			default:
				shared &= c
			}
		}
	}
	rs.index = lex.NewIndex(starts...)
	rs.cued = shared
	rs.cuesTell = shared != 0 && !rs.uncued
	return rs
}

// mayStartUncued tells whether a rule may start at the token t, which
// has none of the cues rs.cued, before the index is asked: true for
// every word when the index is bypassed.
func (rs *ruleSet) mayStartUncued(t *doc.Token) bool {
	switch {
	case t.Kind != doc.Word:
		return false
	case rs.index.Bypass:
		return true
	case rs.cued != 0 && (t.Cue != 0 || !rs.uncued):
		return false // every start word with cues has rs.cued
	}
	return rs.filter.maybe(startWord(t.Lower))
}

// mayHold tells whether the unit may hold a word a rule starts at or an
// action item's "to" (its cues are the union of its words').
func (rs *ruleSet) mayHold(u doc.Unit) bool {
	return rs.cued == 0 || rs.uncued || rs.index.Bypass || u.Cues&(rs.cued|doc.CueTo) != 0
}

// startFilter tells that a word is no start word without a look-up: most
// words of a page are none. It is a bit set of the start words' hashes
// by their length and three of their bytes; with a few dozen start words
// in 4096 bits, few other words share a bit.
type startFilter struct {
	bits [startFilterBits / 64]uint64
	long bool // a start word of 32 bytes or more: every such word may be one
}

const startFilterBits = 1 << 12

// startHash hashes a word that is not empty.
func startHash(w string) uint32 {
	n := len(w)
	h := uint32(n) | uint32(w[0])<<8 | uint32(w[n-1])<<16 | uint32(w[n/2])<<24
	return h * 0x9e3779b1 >> (32 - 12)
}

// add puts w among the start words.
func (f *startFilter) add(w string) {
	switch n := len(w); {
	case n == 0:
	case n >= 32:
		f.long = true
	default:
		h := startHash(w)
		f.bits[h/64] |= 1 << (h % 64)
	}
}

// maybe tells whether w, a word as startWord gives it, may be a start
// word.
func (f *startFilter) maybe(w string) bool {
	n := len(w)
	if n == 0 || n >= 32 {
		return f.long && n > 0
	}
	h := startHash(w)
	return f.bits[h/64]&(1<<(h%64)) != 0
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

// the names of the cues found outside the rule table.
const actionItemRule = "action item"
