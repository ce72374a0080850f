package compare

import (
	"fmt"
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
			Topic: topicOf(a.Text, ov[p.i], nv[p.j]), Change: Unchanged}
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
				order: [2]int{i, -1}, Topic: topicOf(d.Text, ov[i], nil),
				Details: []string{fmt.Sprintf("A decision (%s) with no counterpart in the new meeting.", d.Kind)}})
		}
	}
	for j := range n.rec.Decisions {
		if !pairedNew[j] {
			d := &n.rec.Decisions[j]
			out = append(out, Change{Kind: KindDecision, Change: Added, New: d, NewSentence: d.Text,
				order: [2]int{-1, j}, Topic: topicOf(d.Text, nv[j], nil),
				Details: []string{fmt.Sprintf("New decision (%s).", d.Kind)}})
		}
	}
	return out
}

// diffItems pairs agenda items by title. Numbers are ignored: agendas
// renumber every meeting.
func diffItems(m *model, o, n *side, th float64) []Change {
	ov := make([]vector, len(o.rec.Items))
	for i, it := range o.rec.Items {
		ov[i] = m.vector(o.terms(it.Title))
	}
	nv := make([]vector, len(n.rec.Items))
	for j, it := range n.rec.Items {
		nv[j] = m.vector(n.terms(it.Title))
	}
	var out []Change
	pairedOld := make([]bool, len(ov))
	pairedNew := make([]bool, len(nv))
	for _, p := range assign(ov, nv, th, nil) {
		pairedOld[p.i], pairedNew[p.j] = true, true
		a, b := &o.rec.Items[p.i], &n.rec.Items[p.j]
		ch := Change{Kind: KindItem, Old: a, New: b, order: [2]int{p.i, p.j}, Topic: b.Title,
			OldSentence: a.Title, NewSentence: b.Title, Similarity: round3(p.score), Change: Unchanged,
			Details: []string{"On the agenda again."}}
		if normalise(a.Title) != normalise(b.Title) {
			ch.Change = Changed
			ch.Details = []string{fmt.Sprintf("Retitled from %q to %q.", a.Title, b.Title)}
			ch.Words = wordDiff(a.Title, b.Title)
		}
		out = append(out, ch)
	}
	for i := range o.rec.Items {
		if !pairedOld[i] {
			it := &o.rec.Items[i]
			out = append(out, Change{Kind: KindItem, Change: Removed, Old: it, OldSentence: it.Title,
				order: [2]int{i, -1}, Topic: it.Title, Details: []string{"Not on the new meeting's agenda."}})
		}
	}
	for j := range n.rec.Items {
		if !pairedNew[j] {
			it := &n.rec.Items[j]
			out = append(out, Change{Kind: KindItem, Change: Added, New: it, NewSentence: it.Title,
				order: [2]int{-1, j}, Topic: it.Title, Details: []string{"New on the agenda."}})
		}
	}
	return out
}

// normalise folds case, spaces and curly quotes so that only a change of
// words counts as a change.
func normalise(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}
