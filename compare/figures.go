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
		same := (o.frameWord(a) != "" && o.frameWord(a) == n.frameWord(b)) || soleOfItem(o, n, a, b)
		if rule := notAMove(a, b, s, [2]string{o.annotated(a), n.annotated(b)}, same); rule != "" {
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
		ch.Topic = o.figureTopic(of, ov[p.i], nv[p.j])
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
				OldSentence: o.sentence(f.Span), Topic: o.figureTopic(f, ov[i], nil),
				Details: []string{fmt.Sprintf("%s is not given any more.", capitalise(figureLabel(f)))}})
		}
	}
	for j := range n.rec.Figures {
		if !pairedNew[j] {
			f := &n.rec.Figures[j]
			out = append(out, Change{Kind: KindFigure, Change: Added, New: f, order: [2]int{-1, j},
				NewSentence: n.sentence(f.Span), Topic: n.figureTopic(f, nv[j], nil),
				Details: []string{fmt.Sprintf("New figure: %s.", figureLabel(f))}})
		}
	}
	return out
}

// figureTopic labels a figure: the title of its agenda item and its
// unit ("Productivity workstream (areas)") when the item is about few
// figures and its title names what the figure's words speak of, else the words around it in its clause ("The workstream has
// 10 areas of focus"): the title of an item that holds many figures, or
// of none, tells a reader nothing of which one this is.
func (s *side) figureTopic(f *schema.Figure, a, b vector) string {
	t := strings.TrimSpace(s.title(f.Item))
	if t == "" || s.figuresIn(f.Item) > maxTitledFigures || !sharesTerm(t, s.figureContext(f)) {
		if c := s.figureClause(f); c != "" {
			return c
		}
	}
	if t == "" {
		t = topicOf(s.figureContext(f), a, b)
	}
	if u := unitOf(f); u != "" && !strings.Contains(strings.ToLower(t), strings.ToLower(u)) {
		t += " (" + u + ")"
	}
	return t
}

// sharesTerm says whether a title names something its element's words
// speak of: a heading such as "Key Discussion Points" over every kind of
// business names nothing a figure is about.
func sharesTerm(title, text string) bool {
	ts := map[string]bool{}
	for _, t := range terms(title) {
		ts[t] = true
	}
	for _, t := range terms(text) {
		if ts[t] {
			return true
		}
	}
	return false
}

// maxTitledFigures is how many figures an item may hold for its title to
// name each of them, with their units.
const maxTitledFigures = 3

// figuresIn counts the figures of an item.
func (s *side) figuresIn(item *string) int {
	if item == nil {
		return 0
	}
	n := 0
	for k := range s.rec.Figures {
		if it := s.rec.Figures[k].Item; it != nil && *it == *item {
			n++
		}
	}
	return n
}

// figureClause is the clause of its sentence that holds a figure, cut at
// commas, semicolons, colons, dashes and brackets, a few words either
// side of it: "the workstream has 10 areas of focus"; "" when the figure
// lies outside the sentences.
func (s *side) figureClause(f *schema.Figure) string {
	k := sentenceAt(s.sents, f.Span.Start)
	if k < 0 || f.Span.Start < s.sents[k].start || f.Span.End > s.sents[k].end {
		return ""
	}
	se := s.sents[k]
	rs := []rune(se.text)
	at, end := f.Span.Start-se.start, f.Span.End-se.start
	if at < 0 || end > len(rs) || at > end {
		return ""
	}
	cut := func(r rune) bool { return strings.ContainsRune(",;:()[]–—\n", r) }
	lo, hi := at, end
	for lo > 0 && !cut(rs[lo-1]) {
		lo--
	}
	for hi < len(rs) && !cut(rs[hi]) {
		hi++
	}
	before := strings.Fields(string(rs[lo:at]))
	after := strings.Fields(string(rs[at:hi]))
	const lead = 4
	cutBefore := len(before) > lead
	if cutBefore {
		before = before[len(before)-lead:]
	}
	ws := append(before, after...)
	cutAfter := len(ws) > topicWords
	if cutAfter {
		ws = ws[:topicWords]
	}
	t := strings.TrimRight(strings.TrimLeft(strings.Join(ws, " "), "•·*- "), ".")
	if t == "" {
		return ""
	}
	if cutBefore {
		t = "… " + t
	} else {
		t = capitaliseWord(t)
	}
	if cutAfter {
		t += " …"
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
// "has eight projects"), or each is the sole figure of its kind in items
// of one title (see soleOfItem).
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

// soleOfItem says whether two figures are each the only one of their
// kind in an agenda item that both meetings hold under the same title,
// a title that names what one of them counts: the count the item is
// about, given again ("Casual Vacancies": "There is one position
// vacant", then "there are now two casual vacancies"), whatever word
// counts it.
func soleOfItem(o, n *side, a, b *schema.Figure) bool {
	ta, tb := strings.TrimSpace(o.title(a.Item)), strings.TrimSpace(n.title(b.Item))
	if ta == "" || !strings.EqualFold(ta, tb) || isNextMeetingTitle(ta) {
		return false
	}
	if !namesUnit(ta, unitOf(a)) && !namesUnit(ta, unitOf(b)) {
		// The item is not about what is counted ("Finance" over a
		// balance, then over a grant): one figure each is no evidence.
		return false
	}
	return soleOfKind(o.rec.Figures, a) && soleOfKind(n.rec.Figures, b)
}

// namesUnit says whether a title holds a unit's word ("Casual Vacancies"
// and "vacancies").
func namesUnit(title, unit string) bool {
	us := terms(unit)
	if len(us) == 0 {
		return false
	}
	for _, t := range terms(title) {
		for _, u := range us {
			if t == u {
				return true
			}
		}
	}
	return false
}

func soleOfKind(fs []schema.Figure, f *schema.Figure) bool {
	n := 0
	for k := range fs {
		if fs[k].Kind == f.Kind && fs[k].Item != nil && f.Item != nil && *fs[k].Item == *f.Item {
			n++
		}
	}
	return n == 1
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
