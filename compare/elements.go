package compare

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/minutes-tool/minutes/schema"
)

// diffDecisions pairs decisions by their words and their item's title. A
// pair whose kind or wording changed is changed.
func diffDecisions(m *model, o, n *side, th float64) []Change {
	vec := func(s *side, d *schema.Decision) vector { return m.vector(s.terms(d.Text + " " + s.title(d.Item))) }
	ov := make([]vector, len(o.rec.Decisions))
	for i := range o.rec.Decisions {
		ov[i] = vec(o, &o.rec.Decisions[i])
	}
	nv := make([]vector, len(n.rec.Decisions))
	for j := range n.rec.Decisions {
		nv[j] = vec(n, &n.rec.Decisions[j])
	}
	var out []Change
	pairedOld := make([]bool, len(ov))
	pairedNew := make([]bool, len(nv))
	for _, p := range assign(ov, nv, th, nil) {
		pairedOld[p.i], pairedNew[p.j] = true, true
		a, b := &o.rec.Decisions[p.i], &n.rec.Decisions[p.j]
		ch := Change{Kind: KindDecision, Old: a, New: b, order: [2]int{p.i, p.j},
			OldSentence: a.Text, NewSentence: b.Text, Similarity: round3(p.score),
			Topic: decisionTopic(o, a, ov[p.i], nv[p.j]), Change: Unchanged}
		if a.Kind != b.Kind {
			ch.Details = append(ch.Details, fmt.Sprintf("Was %s, now %s.", a.Kind, b.Kind))
		}
		if normalise(a.Text) != normalise(b.Text) {
			ch.Details = append(ch.Details, "Worded differently.")
			ch.Words = wordDiff(a.Text, b.Text)
		}
		if len(ch.Details) > 0 {
			ch.Change = Changed
		} else {
			ch.Details = []string{fmt.Sprintf("%s again in the same words.", capitalise(b.Kind))}
		}
		out = append(out, ch)
	}
	for i := range o.rec.Decisions {
		if !pairedOld[i] {
			d := &o.rec.Decisions[i]
			out = append(out, Change{Kind: KindDecision, Change: Removed, Old: d, OldSentence: d.Text,
				order: [2]int{i, -1}, Topic: decisionTopic(o, d, ov[i], nil),
				Details: []string{fmt.Sprintf("A decision (%s) with no counterpart in the new meeting.", d.Kind)}})
		}
	}
	for j := range n.rec.Decisions {
		if !pairedNew[j] {
			d := &n.rec.Decisions[j]
			out = append(out, Change{Kind: KindDecision, Change: Added, New: d, NewSentence: d.Text,
				order: [2]int{-1, j}, Topic: decisionTopic(n, d, nv[j], nil),
				Details: []string{fmt.Sprintf("New decision (%s).", d.Kind)}})
		}
	}
	return out
}

// decisionTopic labels a decision by what was decided, read from its
// subject ("It was decided to start standardising one MRI protocol" is
// "Start standardising one MRI protocol …"), or, when its words are too
// few to say ("Passed unanimously"), by the title of its agenda item.
func decisionTopic(s *side, d *schema.Decision, a, b vector) string {
	if len(terms(d.Text)) < 3 {
		if t := strings.TrimSpace(s.title(d.Item)); t != "" {
			return t + ": " + strings.TrimRight(strings.TrimSpace(d.Text), ".")
		}
	}
	if t := phraseOf(d.Text, 12, true); t != "" {
		return t
	}
	return topicOf(d.Text, a, b)
}

// diffItems pairs agenda items by title. Numbers are ignored: agendas
// renumber every meeting. Items of the same title pair first, in order,
// whatever their words weigh ("Next Meeting" is all common words); the
// rest pair by the weight of the words their titles share. A title a
// meeting gives twice (its agenda's list, then the heading in its
// minutes) is one item: its second writing is not reported apart.
func diffItems(m *model, o, n *side, th float64) []Change {
	ov := make([]vector, len(o.rec.Items))
	for i, it := range o.rec.Items {
		ov[i] = m.vector(o.terms(it.Title))
	}
	nv := make([]vector, len(n.rec.Items))
	for j, it := range n.rec.Items {
		nv[j] = m.vector(n.terms(it.Title))
	}
	oKeys, nKeys := titleKeys(o.rec.Items), titleKeys(n.rec.Items)
	var out []Change
	pairedOld := make([]bool, len(ov))
	pairedNew := make([]bool, len(nv))
	var pairs []pair
	for i := range o.rec.Items {
		for j := range n.rec.Items {
			if !pairedNew[j] && oKeys[i] != "" && oKeys[i] == nKeys[j] {
				pairs = append(pairs, pair{i, j, 1})
				pairedOld[i], pairedNew[j] = true, true
				break
			}
		}
	}
	free := func(used []bool, vs []vector) []vector {
		out := make([]vector, len(vs))
		for k := range vs {
			if !used[k] {
				out[k] = vs[k]
			}
		}
		return out
	}
	pairs = append(pairs, assign(free(pairedOld, ov), free(pairedNew, nv), th, nil)...)
	slices.SortStableFunc(pairs, func(a, b pair) int { return cmp.Compare(a.i, b.i) })
	for _, p := range pairs {
		pairedOld[p.i], pairedNew[p.j] = true, true
		a, b := &o.rec.Items[p.i], &n.rec.Items[p.j]
		sim := p.score
		if cs := cosine(ov[p.i], nv[p.j]); cs > 0 {
			sim = cs
		}
		ch := Change{Kind: KindItem, Old: a, New: b, order: [2]int{p.i, p.j}, Topic: b.Title,
			OldSentence: a.Title, NewSentence: b.Title, Similarity: round3(sim), Change: Unchanged,
			Details: []string{"On the agenda again."}}
		if oKeys[p.i] != nKeys[p.j] && normalise(a.Title) != normalise(b.Title) {
			ch.Change = Changed
			ch.Details = []string{fmt.Sprintf("Retitled from %q to %q.", a.Title, b.Title)}
			ch.Words = wordDiff(a.Title, b.Title)
		}
		out = append(out, ch)
	}
	for i := range o.rec.Items {
		if !pairedOld[i] && !repeatsTitle(oKeys, i, pairedOld) {
			it := &o.rec.Items[i]
			out = append(out, Change{Kind: KindItem, Change: Removed, Old: it, OldSentence: it.Title,
				order: [2]int{i, -1}, Topic: it.Title, Details: []string{"Not on the new meeting's agenda."}})
		}
	}
	for j := range n.rec.Items {
		if !pairedNew[j] && !repeatsTitle(nKeys, j, pairedNew) {
			it := &n.rec.Items[j]
			out = append(out, Change{Kind: KindItem, Change: Added, New: it, NewSentence: it.Title,
				order: [2]int{-1, j}, Topic: it.Title, Details: []string{"New on the agenda."}})
		}
	}
	return out
}

// titleKeys are the items' titles reduced to what makes two titles the
// same: their words, lower-cased and stemmed, without numbering,
// punctuation or markup ("PV Timing" is "PV Timings"; "3. Casual
// Vacancies" is "Casual vacancies").
func titleKeys(items []schema.Item) []string {
	keys := make([]string, len(items))
	for i, it := range items {
		var ws []string
		for _, w := range splitWords(it.Title) {
			w = strings.ToLower(w)
			if isNumber(w) && len(ws) == 0 {
				continue // the item's number
			}
			ws = append(ws, stem(w))
		}
		keys[i] = strings.Join(ws, " ")
	}
	return keys
}

// repeatsTitle says whether item k's title was given before in the same
// meeting by an item that was paired or reported: the agenda's list and
// the minutes' heading are one item.
func repeatsTitle(keys []string, k int, paired []bool) bool {
	if keys[k] == "" {
		return false
	}
	for q := range keys {
		if q != k && keys[q] == keys[k] && (q < k || paired[q]) {
			return true
		}
	}
	return false
}

// normalise folds case, spaces and curly quotes so that only a change of
// words counts as a change.
func normalise(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}
