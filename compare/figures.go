package compare

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/minutes-tool/minutes/schema"
)

// unitOf is a figure's unit as a word ("" when it has none).
func unitOf(f *schema.Figure) string {
	if f.Unit == nil {
		return ""
	}
	return *f.Unit
}

// figureLabel writes a figure with its unit when its own words lack it:
// "10 areas", "£190m", "ten weeks".
func figureLabel(f *schema.Figure) string {
	u := unitOf(f)
	// "three-stage" already says stages: compare with the singular.
	if f.Kind == "count" && u != "" && !strings.Contains(strings.ToLower(f.Text), strings.TrimSuffix(strings.ToLower(u), "s")) {
		return f.Text + " " + u
	}
	return f.Text
}

// compatible says whether two figures may be the same quantity restated:
// same kind, or one of them a bare number.
func compatible(a, b *schema.Figure) bool {
	return a.Kind == b.Kind || a.Kind == "number" || b.Kind == "number"
}

// diffFigures pairs figures by subject: the words around them, their unit
// and their item's title.
func diffFigures(m *model, o, n *side, th float64) []Change {
	vec := func(s *side, f *schema.Figure) vector {
		return m.vector(s.terms(s.figureContext(f) + " " + unitOf(f) + " " + s.title(f.Item)))
	}
	ov := make([]vector, len(o.rec.Figures))
	for i := range o.rec.Figures {
		ov[i] = vec(o, &o.rec.Figures[i])
	}
	nv := make([]vector, len(n.rec.Figures))
	for j := range n.rec.Figures {
		nv[j] = vec(n, &n.rec.Figures[j])
	}
	pairs := assign(ov, nv, th, func(i, j int, s float64) (float64, bool) {
		a, b := &o.rec.Figures[i], &n.rec.Figures[j]
		if !compatible(a, b) {
			return 0, false
		}
		if rule := notAMove(a, b, s, [2]string{o.annotated(a), n.annotated(b)}, o.frameWord(a) != "" && o.frameWord(a) == n.frameWord(b)); rule != "" {
			return 0, false
		}
		// Figures of one sentence share their context, so "seven units to
		// three" gives two equal scores; an unchanged value breaks the tie.
		if a.Value == b.Value && unitOf(a) == unitOf(b) {
			s += 0.05
		}
		return s, true
	})
	var out []Change
	pairedOld := make([]bool, len(ov))
	pairedNew := make([]bool, len(nv))
	for _, p := range pairs {
		pairedOld[p.i], pairedNew[p.j] = true, true
		of, nf := &o.rec.Figures[p.i], &n.rec.Figures[p.j]
		ch := Change{
			Kind: KindFigure, Old: of, New: nf, order: [2]int{p.i, p.j},
			OldSentence: o.sentence(of.Span), NewSentence: n.sentence(nf.Span),
			Similarity: round3(cosine(ov[p.i], nv[p.j])),
		}
		ch.Topic = figureTopic(o.title(of.Item), o.figureContext(of), ov[p.i], nv[p.j], of)
		ch.Details = figureDetails(of, nf)
		ch.Change = Unchanged
		if of.Value != nf.Value {
			ch.Change = Changed
		} else {
			ch.Details = []string{fmt.Sprintf("Still %s.", figureLabel(nf))}
		}
		if ch.OldSentence != ch.NewSentence {
			ch.Words = wordDiff(ch.OldSentence, ch.NewSentence)
		}
		out = append(out, ch)
	}
	for i := range o.rec.Figures {
		if !pairedOld[i] {
			f := &o.rec.Figures[i]
			out = append(out, Change{Kind: KindFigure, Change: Removed, Old: f, order: [2]int{i, -1},
				OldSentence: o.sentence(f.Span), Topic: figureTopic(o.title(f.Item), o.figureContext(f), ov[i], nil, f),
				Details: []string{fmt.Sprintf("%s is not given any more.", capitalise(figureLabel(f)))}})
		}
	}
	for j := range n.rec.Figures {
		if !pairedNew[j] {
			f := &n.rec.Figures[j]
			out = append(out, Change{Kind: KindFigure, Change: Added, New: f, order: [2]int{-1, j},
				NewSentence: n.sentence(f.Span), Topic: figureTopic(n.title(f.Item), n.figureContext(f), nv[j], nil, f),
				Details: []string{fmt.Sprintf("New figure: %s.", figureLabel(f))}})
		}
	}
	return out
}

// figureTopic is the subject words and the unit: "productivity
// workstream (projects)".
func figureTopic(title, ctx string, a, b vector, f *schema.Figure) string {
	// The item's title says what a figure is about in the clerk's own
	// words; the heaviest shared terms stand in when there is none.
	t := title
	if t == "" {
		t = topicOf(ctx, a, b)
	}
	if u := unitOf(f); u != "" && !strings.Contains(strings.ToLower(t), strings.ToLower(u)) {
		t += " (" + u + ")"
	}
	return t
}

func figureDetails(a, b *schema.Figure) []string {
	var d []string
	if a.Value != b.Value {
		mv := ""
		if unitOf(a) == unitOf(b) {
			mv = movement(a.Value, b.Value)
		}
		d = append(d, fmt.Sprintf("Went from %s to %s%s.", figureLabel(a), figureLabel(b), mv))
	} else if unitOf(a) != unitOf(b) {
		d = append(d, fmt.Sprintf("Went from %s to %s.", figureLabel(a), figureLabel(b)))
	}
	if unitOf(a) != unitOf(b) && unitOf(a) != "" && unitOf(b) != "" {
		d = append(d, fmt.Sprintf("Now counted as %s, not %s.", unitOf(b), unitOf(a)))
	}
	if strOr(a.Bound, "") != strOr(b.Bound, "") {
		d = append(d, fmt.Sprintf("The bound changed from %s to %s.", boundWord(a.Bound), boundWord(b.Bound)))
	}
	if a.Approximate != b.Approximate {
		if b.Approximate {
			d = append(d, "Now given as approximate.")
		} else {
			d = append(d, "Now given as exact.")
		}
	}
	return d
}

// movement is the change as a signed amount and percentage, when the
// figures share a unit and the old one is not zero.
func movement(a, b float64) string {
	if a == 0 {
		return ""
	}
	pct := roundTo((b-a)/a*100, 1)
	sign := ""
	if pct > 0 {
		sign = "+"
	}
	return fmt.Sprintf(" (%s%s%%)", sign, strconv.FormatFloat(pct, 'f', -1, 64))
}

func roundTo(x float64, places int) float64 {
	p := 1.0
	for i := 0; i < places; i++ {
		p *= 10
	}
	if x < 0 {
		return -float64(int(-x*p+0.5)) / p
	}
	return float64(int(x*p+0.5)) / p
}

func boundWord(b *string) string {
	switch strOr(b, "") {
	case "max":
		return "a maximum"
	case "min":
		return "a minimum"
	}
	return "none"
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || r == utf8.RuneError {
		return s
	}
	return strings.ToUpper(string(r)) + s[n:]
}

// moveFactor scales Threshold for a figure given again with another
// value in the same unit: a move is a claim a committee acts on ("the
// budget went from £50,000 to £20,000"), so the two subjects must agree
// closely, not merely share a word, unless the figures stand in the same
// frame (see frameWord). Time left in a meeting against a deadline in
// weeks scored 0.31 to 0.42 on a council's minutes.
const moveFactor = 1.8

// notAMove names the rule that keeps two figures of different value
// from being one quantity moved, or "" when they may be. Figures of equal
// value may always pair: that is the quantity given again unchanged.
// labels are the lines the figures annotate (see annotated); sameFrame
// says whether the word before each figure is the same ("has 10 areas",
// "has eight projects").
func notAMove(a, b *schema.Figure, sim float64, labels [2]string, sameFrame bool) string {
	if a.Value == b.Value {
		return ""
	}
	if labels[0] != "" || labels[1] != "" {
		if actionChanged(labels[0], labels[1]) {
			return "annotations of different lines"
		}
	}
	if !sameUnit(unitOf(a), unitOf(b)) {
		// "seven units" and "five options" are two counts of one
		// paragraph; "has 10 areas" and "has eight projects" one count of
		// what the same thing has.
		if !sameFrame {
			return "different units in different frames"
		}
		return ""
	}
	if sim < Threshold*moveFactor && !sameFrame {
		return "subjects too far apart"
	}
	return ""
}

// sameUnit compares units singular to plural and in any case.
func sameUnit(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return strings.TrimSuffix(a, "s") == strings.TrimSuffix(b, "s")
}

// annotated is the line a figure annotates when it stands inside
// parentheses at the end of its line, as agendas give time boxes and
// presenters ("Documentation team (Ryan, Time: 10 Minutes)"): the
// figure is about that line, not about the words it shares with other
// lines. A parenthesis alone on its line annotates the line before. It
// is "" for a figure in running text.
func (s *side) annotated(f *schema.Figure) string {
	if f.Span.Start < 0 || f.Span.Start > len(s.rs) {
		return "" // a span outside the text annotates nothing
	}
	ls, le := lineAround(s.rs, f.Span.Start)
	line := string(s.rs[ls:le])
	open := strings.LastIndex(string(s.rs[ls:f.Span.Start]), "(")
	if open < 0 || !strings.HasSuffix(strings.TrimSpace(line), ")") {
		return ""
	}
	label := strings.TrimSpace(string(s.rs[ls:f.Span.Start])[:open])
	if label == "" && ls > 0 {
		ps, _ := lineAround(s.rs, ls-1)
		label = strings.TrimSpace(string(s.rs[ps : ls-1]))
	}
	if label == "" {
		label = "(" // a parenthesis with nothing to annotate still is one
	}
	return label
}

// lineAround is the start and end of the line that holds p.
func lineAround(rs []rune, p int) (int, int) {
	p = max(0, min(p, len(rs)))
	s, e := p, p
	for s > 0 && rs[s-1] != '\n' {
		s--
	}
	for e < len(rs) && rs[e] != '\n' {
		e++
	}
	return s, e
}

// frameWord is the word before a figure in its sentence, lower-cased,
// past any word of approximation: the verb or preposition the figure
// fills ("has" in "The workstream has 10 areas"). It is "" at the
// start of a sentence.
func (s *side) frameWord(f *schema.Figure) string {
	i := sentenceAt(s.sents, f.Span.Start)
	if i < 0 || f.Span.Start > len(s.rs) {
		return ""
	}
	ws := splitWords(string(s.rs[s.sents[i].start:f.Span.Start]))
	for k := len(ws) - 1; k >= 0; k-- {
		w := strings.ToLower(ws[k])
		switch w {
		case "about", "around", "approximately", "some", "nearly", "almost", "over", "under", "only", "just":
			continue
		}
		return w
	}
	return ""
}
