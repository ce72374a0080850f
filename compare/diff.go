package compare

import (
	"sort"

	"github.com/minutes-tool/minutes/schema"
)

// Threshold is the default least cosine similarity at which two elements
// are taken to be about the same thing. It was set on the seed meetings:
// restatements of one commitment score 0.34 to 0.82 there, sentences that
// merely share a word (two different consultations) up to 0.19; see
// TestThreshold. The margin is thin on the low side, and real minutes will
// move it.
const Threshold = 0.25

// FigureFactor scales the threshold for figures. A figure's subject is a
// sentence or two, so its bag is sparse, and its unit is in the bag even
// when the unit is what changed ("10 areas of focus" became "eight
// projects": 0.19 on the seeds); the kind must also agree, which keeps
// the lower bar safe.
const FigureFactor = 0.6

// Options tune a comparison. The zero value works.
type Options struct {
	// Threshold overrides the package's Threshold when above zero.
	Threshold float64
}

func (o Options) threshold() float64 {
	if o.Threshold > 0 {
		return o.Threshold
	}
	return Threshold
}

// Kinds of element compared, the Change.Kind values.
const (
	KindCommitment = "commitment"
	KindFigure     = "figure"
	KindDecision   = "decision"
	KindItem       = "item"
)

// Change values, as diff(1) would put them.
const (
	Added     = "added"
	Removed   = "removed"
	Changed   = "changed"
	Unchanged = "unchanged"
)

// Side names one of the two meetings compared.
type Side struct {
	Source  schema.Source  `json:"source"`
	Meeting schema.Meeting `json:"meeting"`
}

// Change is one element of either meeting and what became of it.
type Change struct {
	Kind   string `json:"kind"`
	Change string `json:"change"`
	// Status and SlipDays are set for commitments only; see Status.
	Status   string `json:"status,omitempty"`
	SlipDays *int   `json:"slip_days,omitempty"`
	// Topic is a short label: an item's title, or the words the two
	// elements share that weigh most.
	Topic string `json:"topic"`
	// Old and New are the elements (*schema.Commitment, *schema.Figure,
	// *schema.Decision, *schema.Item), nil on the side that lacks one.
	Old any `json:"old"`
	New any `json:"new"`
	// Details say what changed, a sentence each.
	Details []string `json:"details"`
	// Similarity is the cosine similarity the pair was matched at.
	Similarity float64 `json:"similarity,omitempty"`
	// OldSentence and NewSentence quote each meeting's words for it: the
	// element's sentence, or the sentence of a mention.
	OldSentence string `json:"old_sentence,omitempty"`
	NewSentence string `json:"new_sentence,omitempty"`
	// Mention is the sentence of the new meeting that speaks of an old
	// commitment none of the new meeting's commitments took up.
	Mention *Mention `json:"mention,omitempty"`
	// Words is the word-level difference from OldSentence to NewSentence.
	Words []Segment `json:"word_diff,omitempty"`

	order [2]int // old position (or -1), new position: for sorting
}

// Mention is a sentence of a meeting's text that speaks of a commitment.
type Mention struct {
	Text string       `json:"text"`
	Span schema.Span  `json:"span"`
	Date *schema.Date `json:"date"`
	Done bool         `json:"done"`
}

// Summary counts the changes by Change value and commitments by Status.
type Summary struct {
	Added     int            `json:"added"`
	Removed   int            `json:"removed"`
	Changed   int            `json:"changed"`
	Unchanged int            `json:"unchanged"`
	Status    map[string]int `json:"status"`
}

// Result is the comparison of two meetings, in the contract's Diff (v1)
// shape.
type Result struct {
	Old     Side     `json:"old"`
	New     Side     `json:"new"`
	Changes []Change `json:"changes"`
	Summary Summary  `json:"summary"`

	// nextMeeting are the next meetings the newer minutes announce, for
	// the reports' header (see nextMeetingLine).
	nextMeeting []*schema.Due
}

// HasChanges reports whether anything was added, removed or changed: the
// difference between diff(1)'s exit statuses 0 and 1.
func (r *Result) HasChanges() bool {
	return r.Summary.Added+r.Summary.Removed+r.Summary.Changed > 0
}

// Diff compares two records of the same body, old first. It never fails:
// records that share nothing give only added and removed changes. Its
// time and memory grow with the records' texts; CheckSize refuses texts
// longer than any meeting's.
func Diff(old, new *schema.Record, opts Options) *Result {
	o, n := newSide(old), newSide(new)
	o.people = peopleOf(old, new)
	n.people = o.people
	m := newModel(append(o.docs(), n.docs()...))
	th := opts.threshold()
	var changes []Change
	changes = append(changes, diffCommitments(m, o, n, th)...)
	changes = append(changes, diffFigures(m, o, n, th*FigureFactor)...)
	changes = append(changes, diffDecisions(m, o, n, th)...)
	changes = append(changes, diffItems(m, o, n, th)...)
	rank := map[string]int{KindCommitment: 0, KindFigure: 1, KindDecision: 2, KindItem: 3}
	// Old order first, the new meeting's additions after, within each kind:
	// a reader walks the old minutes and then sees what is new.
	sort.SliceStable(changes, func(i, j int) bool {
		a, b := changes[i], changes[j]
		if rank[a.Kind] != rank[b.Kind] {
			return rank[a.Kind] < rank[b.Kind]
		}
		if (a.order[0] < 0) != (b.order[0] < 0) {
			return a.order[0] >= 0
		}
		if a.order[0] != b.order[0] {
			return a.order[0] < b.order[0]
		}
		return a.order[1] < b.order[1]
	})
	r := &Result{
		Old:         Side{Source: old.Source, Meeting: old.Meeting},
		New:         Side{Source: new.Source, Meeting: new.Meeting},
		Changes:     changes,
		Summary:     Summary{Status: map[string]int{}},
		nextMeeting: announcedNext(n),
	}
	if r.Changes == nil {
		r.Changes = []Change{}
	}
	for _, c := range changes {
		switch c.Change {
		case Added:
			r.Summary.Added++
		case Removed:
			r.Summary.Removed++
		case Changed:
			r.Summary.Changed++
		default:
			r.Summary.Unchanged++
		}
		if c.Status != "" {
			r.Summary.Status[c.Status]++
		}
	}
	return r
}

// topicOf labels a pair by the heaviest shared terms, shown as written in
// the text they came from and in that text's order.
func topicOf(text string, a, b vector) string {
	keep := map[string]bool{}
	for _, t := range topTerms(a, b, 4) {
		keep[t] = true
	}
	if len(keep) == 0 && b != nil {
		for _, t := range topTerms(a, nil, 4) {
			keep[t] = true
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, w := range words(text) {
		if keep[w.term] && !seen[w.term] {
			seen[w.term] = true
			out = append(out, w.form)
		}
	}
	if len(out) == 0 {
		ws := splitWords(text)
		if len(ws) > 5 {
			ws = ws[:5]
		}
		out = ws
	}
	return joinWords(out)
}

func joinWords(ws []string) string {
	s := ""
	for i, w := range ws {
		if i > 0 {
			s += " "
		}
		s += w
	}
	return s
}
