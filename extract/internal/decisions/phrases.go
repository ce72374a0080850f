package decisions

import (
	"slices"
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// Decisions written without a decision verb are phrases: "there was a
// consensus that", "permission was granted", "the Board is keen to see".
// Each is a phraseRule in phraseRules, declaring the words it starts
// from; one matcher runs them all. A sentence is read from its first word
// on, and at each word only the rules that can start there are tried, in
// the order they are declared: the first that matches gives the kind.

// A phraseRule is one phrase that records a decision.
type phraseRule struct {
	name string
	// starts are the words the rule is tried at. They are the words of
	// its phrases' start slots: a word left out is never tried, and the
	// bypass test fails.
	starts lex.Starts
	// phrases are the rule's phrases; any one of them matches.
	phrases []phrase
	// opens: the phrase counts only as the sentence's first words.
	opens bool
	// when is what else must hold at the start word toks[i], or nil.
	when func(s *phraseScan, i int) bool
	kind string
	// example is a sentence the rule, and no rule before it, recognises.
	example string
}

// phraseRules, in the order they are tried at one word.
var phraseRules = []phraseRule{
	{
		// Planning responses written in capitals.
		name: "no-objections", starts: lex.Words("no"),
		phrases: phrases("no objections|objection|observations|comments"),
		opens:   true, when: inCapitals, kind: "other",
		example: "NO OBJECTIONS",
	},
	{
		name: "in-support-of", starts: lex.Words("in"),
		phrases: phrases("in support of"),
		when:    bodyWithin(10), kind: "endorsed",
		example: "The Programme Board are strongly in support of this bid.",
	},
	{
		name: "has-an-agreed", starts: lex.Words("has", "have"),
		phrases: phrases("has|have an agreed"), kind: "agreed",
		example: "The group has an agreed position on the consultation.",
	},
	{
		name: "consensus-that", starts: lex.Words("consensus"),
		phrases: phrases("consensus that"), kind: "agreed",
		example: "There was a consensus that the survey should continue.",
	},
	{
		name: "permission-given", starts: lex.Words("permission", "approval", "consent"),
		phrases: phrases("permission|approval|consent was given|granted"), kind: "agreed",
		example: "Permission was granted for the bench to be installed.",
	},
	{
		name: "led-to-a-decision", starts: lex.Words("led"),
		phrases: phrases("led to a decision"), kind: "other",
		example: "The discussion led to a decision on the venue.",
	},
	{
		// A labelled line of notes: "Decision: documents into a team
		// repo", "Consensus: keep the monthly slot".
		name: "decision-label", starts: lex.Words("decision", "consensus"),
		phrases: phrases("decision|consensus :"), opens: true, kind: "agreed",
		example: "Decision: documents into a team repo, with notes for drafts.",
	},
	{
		name: "decision-made", starts: lex.Words("decision"),
		phrases: phrases("decision was made|taken", "decision has been made|taken"), kind: "other",
		example: "A decision was taken to close the car park.",
	},
	{
		name: "not-feasible", starts: lex.Words("not"),
		phrases: phrases("not considered|deemed feasible"), kind: "rejected",
		example: "The footpath extension was not considered feasible.",
	},
	{
		// Only when the phrase opens the sentence: the whole sentence is
		// the decision.
		name: "not-taken-forward", starts: lex.Words("not"),
		phrases: phrases("not to be taken forward", "not to be pursued"),
		opens:   true, kind: "rejected",
		example: "Not to be taken forward.",
	},
	{
		// A body's wish is its recommendation.
		name: "body-wish", starts: lex.Words("keen", "would", "expressed", "set"),
		phrases: phrases("keen to see", "would like to see", "expressed an interest", "set out their view"),
		when:    bodySubject, kind: "recommended",
		example: "The Council would like to see the hedges cut back.",
	},
	{
		// "The Board felt it was important", "The Panel stated that":
		// the view a body states near the start of the sentence.
		name: "body-view", starts: lex.Keys(lex.ViewVerbs),
		phrases: []phrase{{slots: [][]string{lex.Keys(lex.ViewVerbs)}}},
		when:    bodyWithin(8), kind: "recommended",
		example: "The Panel felt that the report should be shared.",
	},
	{
		name: "for-the-record", starts: lex.Words("note"),
		phrases: phrases("note for the record", "the record will [note]"), kind: "noted",
		example: "The record will note that the clerk was absent.",
	},
	{
		// "the Council's decision to": a decision named as the body's own.
		name: "possessive-decision-to", starts: lex.Words("decision"),
		phrases: phrases("decision to"),
		when:    afterPossessive, kind: "other",
		example: "Members welcomed the Council's decision to fund the post.",
	},
}

// phraseIndex says which phrase rules can start at a word; it is built
// from the rules' starts.
var phraseIndex = func() *lex.Index {
	starts := make([]lex.Starts, len(phraseRules))
	for i, r := range phraseRules {
		starts[i] = r.starts
	}
	return lex.NewIndex(starts...)
}()

// phraseStarts turns away, by its length and first and last bytes, most
// words no phrase rule starts from, before phraseIndex is asked: every
// word of every sentence is looked at, and few start a phrase. It is
// built from the rules' starts with the index.
var phraseStarts = func() (f startFilter) {
	for _, r := range phraseRules {
		for _, w := range r.starts {
			f.add(w)
		}
	}
	return f
}()

// startFilter is a set of words as their lengths by first and by last
// byte: first[c] has bit n set when a word of n bytes starts with c,
// last[c] when one ends with it.
type startFilter struct {
	first, last [256]uint32
}

func (f *startFilter) add(w string) {
	n := len(w)
	if n == 0 || n >= 32 {
		panic("start word empty or too long: " + w)
	}
	f.first[w[0]] |= 1 << n
	f.last[w[n-1]] |= 1 << n
}

// maybe tells whether w could be in the set.
func (f *startFilter) maybe(w string) bool {
	n := len(w)
	return n > 0 && n < 32 && f.first[w[0]]&f.last[w[n-1]]&(1<<n) != 0
}

// phrase is a run of words, each slot holding the words it accepts. The
// rule's start word is slots[at]: a phrase may begin before it.
type phrase struct {
	slots [][]string
	at    int
}

// phrases reads phrases written as words with "|" between the words one
// slot accepts; the slot in brackets is the one the rule starts from, the
// first one when none is.
func phrases(pats ...string) []phrase {
	out := make([]phrase, len(pats))
	for k, pat := range pats {
		var p phrase
		for i, f := range strings.Fields(pat) {
			if strings.HasPrefix(f, "[") && strings.HasSuffix(f, "]") {
				f, p.at = f[1:len(f)-1], i
			}
			p.slots = append(p.slots, strings.Split(f, "|"))
		}
		out[k] = p
	}
	return out
}

// matchAt tells whether the phrase is in toks with its start slot at
// toks[i].
func (p phrase) matchAt(toks []doc.Token, i int) bool {
	from := i - p.at
	if from < 0 || from+len(p.slots) > len(toks) {
		return false
	}
	for k, slot := range p.slots {
		if !slices.Contains(slot, toks[from+k].Lower) {
			return false
		}
	}
	return true
}

// matchAt tells whether the rule matches with its start word at toks[i].
func (r *phraseRule) matchAt(s *phraseScan, i int) bool {
	if r.opens && i != 0 {
		return false
	}
	for _, p := range r.phrases {
		if p.matchAt(s.toks, i) {
			return r.when == nil || r.when(s, i)
		}
	}
	return false
}

// phraseScan is the sentence the phrase rules read, and whether a
// deciding body is its subject, worked out when a rule first asks: most
// sentences never need it. Find makes one and reuses it for every unit.
type phraseScan struct {
	toks []doc.Token
	body int8 // 0 not yet known, 1 no, 2 yes
}

// reset makes the scan read toks.
func (s *phraseScan) reset(toks []doc.Token) { s.toks, s.body = toks, 0 }

// bodySubject tells whether the sentence opens with a deciding body as
// its subject (doc.SubjectIsBody).
func (s *phraseScan) bodySubject() bool {
	if s.body == 0 {
		s.body = 1
		if doc.SubjectIsBody(s.toks, len(s.toks)) {
			s.body = 2
		}
	}
	return s.body == 2
}

// phraseRuleAt finds the first phrase rule that matches in the sentence,
// word by word, and the word it starts at; nil when none does. cues are
// the union of the sentence's cues.
//
// The start words of the phrases that can stand beyond a sentence's first
// word carry doc's CuePhrase (TestPhraseGate holds the two together): a
// unit whose cues lack it is read at its first word only, as most are,
// without reading the words after it.
func phraseRuleAt(s *phraseScan, cues doc.Cue) (*phraseRule, int) {
	toks, bypass := s.toks, phraseIndex.Bypass
	n := len(toks)
	if !bypass && cues&doc.CuePhrase == 0 {
		n = min(n, 1)
	}
	for i := range n {
		w := toks[i].Lower
		if !bypass && !phraseStarts.maybe(w) {
			continue
		}
		for _, r := range phraseIndex.Rules(w) {
			if phraseRules[r].matchAt(s, i) {
				return &phraseRules[r], i
			}
		}
	}
	return nil, -1
}

// The conditions of the rules.

// inCapitals: the phrase's first two words are in capitals.
func inCapitals(s *phraseScan, i int) bool {
	return doc.IsUpperWord(s.toks[i]) && doc.IsUpperWord(s.toks[i+1])
}

// bodySubject: a deciding body says it.
func bodySubject(s *phraseScan, _ int) bool { return s.bodySubject() }

// bodyWithin: a deciding body says it, within the sentence's first n
// words.
func bodyWithin(n int) func(s *phraseScan, i int) bool {
	return func(s *phraseScan, i int) bool { return i < n && s.bodySubject() }
}

// afterPossessive: the word before ends in 's ("the Council's", or "s"
// split from "Council’" by the tokenizer).
func afterPossessive(s *phraseScan, i int) bool {
	if i == 0 {
		return false
	}
	p := s.toks[i-1]
	return p.Text == "s" || strings.HasSuffix(p.Lower, "'s") || strings.HasSuffix(p.Lower, "’s")
}
