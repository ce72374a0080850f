package doc

import (
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

import (
	"sort"
	"strings"
)

// A unit is a sentence as the decision and commitment recognisers read it:
// the splitter's sentences with hard-wrapped lines joined again. Text
// pulled from PDFs breaks sentences at arbitrary line ends ("the balance of
// the\nConsent Agenda was adopted."), and a decision or a commitment must
// keep its whole sentence to be recognised and matched.
type Unit struct {
	Start, End int
	Block      int
	// Toks are the unit's tokens, as TokensIn gives each sentence's,
	// joined; but where TokensIn copies a sentence's tokens only to mark
	// the first as starting a line (or not), the unit shares the block's
	// tokens instead, so NewlineBefore is the text's. No reader of units
	// looks at it.
	Toks []Token
	// Question: its last token is "?". Numbered: it opens on a number
	// and a full stop ("3.").
	Question, Numbered bool
}

// wrapWords end a line that cannot end a sentence: the next line goes on.
var wrapWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "and": true, "or": true,
	"in": true, "on": true, "for": true, "with": true, "by": true, "at": true, "from": true,
	"as": true, "that": true, "is": true, "are": true, "was": true, "were": true, "be": true,
	"will": true, "would": true, "has": true, "have": true, "this": true, "these": true,
	"their": true, "our": true, "its": true, "but": true, "which": true, "who": true,
}

// Units joins the document's sentences into units. A sentence joins the
// one before it in the same block when that one stops at a line break
// without closing punctuation and either ends on a word that needs more
// ("of the") or is followed by a line that starts in lower case.
//
// Decisions and commitments both read the units: the pipeline makes them
// once and hands them to both, so callers must not modify them.
func Units(d *Document) []Unit {
	out := make([]Unit, 0, len(d.Sentences))
	// The last unit is d.Tokens(ltb)[llo:lhi] while lshared is set; the
	// next sentence's tokens are looked for from lhi on.
	ltb, llo, lhi, lshared := -1, 0, 0, false
	for _, s := range d.Sentences {
		hint := 0
		if lshared && ltb == s.Block {
			hint = lhi
		}
		toks, tb, lo, hi, shared := sentenceTokens(d, s, hint)
		if len(toks) == 0 {
			continue
		}
		if n := len(out); n > 0 && (out[n-1].Block == s.Block && continues(out[n-1].Toks, toks) || wrapsInto(d.Text, &out[n-1], s, toks, d.part)) {
			u := &out[n-1]
			u.End = s.End
			if lshared && shared && ltb == tb && lhi == lo {
				// The sentences are neighbours in the block: the unit is
				// still a slice of its tokens.
				u.Toks = d.Tokens(tb)[llo:hi:hi]
				lhi = hi
				continue
			}
			// Shared slices are capped: the first join copies, so the
			// block's tokens are never written.
			u.Toks = append(u.Toks, toks...)
			lshared = false
			continue
		}
		out = append(out, Unit{Start: s.Start, End: s.End, Block: s.Block, Toks: toks})
		ltb, llo, lhi, lshared = tb, lo, hi, shared
	}
	for i := range out {
		u := &out[i]
		u.Question = u.Toks[len(u.Toks)-1].Text == "?"
		u.Numbered = len(u.Toks) >= 2 && u.Toks[0].Kind == Number && u.Toks[1].Text == "."
	}
	return out
}

// sentenceTokens returns the tokens of sentence s as d.TokensIn gives
// them, except that where TokensIn would copy them only to change the
// first token's NewlineBefore, it returns the block's own tokens
// d.Tokens(bi)[lo:hi] with shared set. hint is where in the block's
// tokens to start looking (a previous sentence's end, or 0).
func sentenceTokens(d *Document, s Sentence, hint int) (toks []Token, bi, lo, hi int, shared bool) {
	start, end := s.Start, s.End
	// TokensIn's block: the first one ending at or after the sentence,
	// which is the sentence's own unless blocks are empty or overlap.
	bi = s.Block
	if bi < 0 || bi >= len(d.Blocks) || d.Blocks[bi].End < end || bi > 0 && d.Blocks[bi-1].End >= end {
		bi = sort.Search(len(d.Blocks), func(i int) bool { return d.Blocks[i].End >= end })
	}
	if bi == len(d.Blocks) || d.Blocks[bi].Start > start {
		return d.TokensIn(start, end), 0, 0, 0, false
	}
	bt := d.Tokens(bi)
	// The first token ending after start, and after end, as sort.Search
	// would find them: tokens' ends rise, so a walk from a hint that ends
	// at or before start finds the same ones. Sentences follow each
	// other, so the walk covers each token about once.
	if bi != s.Block || hint > len(bt) || hint > 0 && bt[hint-1].End > start {
		hint = 0
	}
	lo = hint
	if lo < len(bt) && bt[lo].End <= start {
		lo += sort.Search(len(bt)-lo, func(i int) bool { return bt[lo+i].End > start })
	}
	hi = lo
	for hi < len(bt) && bt[hi].End <= end {
		hi++
	}
	if lo < len(bt) && bt[lo].Start < start || hi < len(bt) && bt[hi].Start < end || lo >= hi || !bt[lo].SpaceBefore {
		return d.TokensIn(start, end), 0, 0, 0, false
	}
	return bt[lo:hi:hi], bi, lo, hi, true
}

// continues reports whether next carries on the sentence prev.
func continues(prev, next []Token) bool {
	last := prev[len(prev)-1]
	if last.Kind == Punct {
		return last.Text == "," || last.Text == "-" || last.Text == "–"
	}
	first := next[0]
	if first.Kind == Word && first.Text != "" && first.Text[0] >= 'a' && first.Text[0] <= 'z' {
		return true
	}
	return last.Kind == Word && wrapWords[last.Lower]
}

// wrapsInto tells whether unit u, the last of its block, wraps into
// sentence s, the first of the next: u ends on a word that needs more
// ("approve the") and only a line break lies between them. Layout readers
// start a block at a line that looks like a title ("Board Meeting minutes
// of February 26"), which a hard wrap can make of a sentence's tail. In a
// part of a Document (Split) whole lines of the other part may lie
// between them too: a page's footer and the next page's header, which a
// sentence runs on across when it needs more or goes on in lower case.
func wrapsInto(text string, u *Unit, s Sentence, toks []Token, part bool) bool {
	if s.Block != u.Block+1 || u.End > s.Start || opensEntry(toks) {
		return false // a list's next entry: "...; and" / "• adopt the"
	}
	last := u.Toks[len(u.Toks)-1]
	gap := text[u.End:s.Start]
	if part && strings.TrimSpace(gap) != "" {
		// Furniture between: whole lines of it.
		first := toks[0]
		return strings.HasPrefix(strings.TrimLeft(gap, " \t"), "\n") && strings.HasSuffix(strings.TrimRight(gap, " \t"), "\n") &&
			(last.Kind == Word && wrapWords[last.Lower] || last.Kind != Punct && first.Kind == Word && first.Text != "" && first.Text[0] >= 'a' && first.Text[0] <= 'z')
	}
	if last.Kind != Word || !wrapWords[last.Lower] {
		return false
	}
	return strings.Count(gap, "\n") == 1 && strings.TrimSpace(gap) == ""
}

// ApprovalAfter finds the unit that approves us[i] alone, past the lines
// that name its mover and seconder: "The board should publish the notes."
// / "Proposed by: Cart" / "Unanimously approved." It returns the
// approving unit's index, or -1.
func ApprovalAfter(us []Unit, i int) int {
	return ApprovalAfterFunc(len(us), func(j int) []Token { return us[j].Toks }, i)
}

// ApprovalAfterFunc is ApprovalAfter over n units whose tokens toks gives.
func ApprovalAfterFunc(n int, toks func(j int) []Token, i int) int {
	j := i + 1
	for j < n && j <= i+3 && namesMover(toks(j)) {
		j++
	}
	if j < n && approvesAlone(toks(j)) {
		return j
	}
	return -1
}

// namesMover tells whether a short line names who moved or seconded a
// proposal: "Proposed by: Cart", "Seconded by Alice".
func namesMover(toks []Token) bool {
	if len(toks) < 3 || len(toks) > 8 || LowerAt(toks, 1) != "by" {
		return false
	}
	switch toks[0].Lower {
	case "proposed", "moved", "seconded", "second", "mover", "seconder":
		return true
	}
	return false
}

// approvesAlone tells whether a sentence is an approval and nothing
// else: "Unanimously approved.", "Carried.", "Agreed 5-0."
func approvesAlone(toks []Token) bool {
	words, outcome := 0, false
	for _, t := range toks {
		if t.Kind != Word {
			continue
		}
		words++
		switch t.Lower {
		case "approved", "agreed", "carried", "adopted", "passed", "resolved":
			outcome = true
		case "unanimously", "motion", "so", "nem", "con":
		default:
			return false
		}
	}
	return outcome && words <= 4
}

// opensEntry tells whether a sentence opens a list entry: a bullet, or a
// number or letter and ")" or ".".
func opensEntry(toks []Token) bool {
	if toks[0].Text == "•" {
		return true
	}
	return len(toks) > 1 && (toks[0].Kind == Number || len(toks[0].Text) == 1) && (toks[1].Text == ")" || toks[1].Text == ".")
}

// IsUpperWord reports whether a word token is written in capitals
// ("RESOLVED", "PLACED"), ignoring one-letter words.
func IsUpperWord(t Token) bool {
	if t.Kind != Word || len(t.Text) < 2 {
		return false
	}
	hasUpper := false
	for i := 0; i < len(t.Text); i++ {
		c := t.Text[i]
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			hasUpper = true
		}
	}
	return hasUpper
}

// IsCapitalised reports whether a word token starts with a capital letter.
func IsCapitalised(t Token) bool {
	return t.Kind == Word && t.Text != "" && t.Text[0] >= 'A' && t.Text[0] <= 'Z'
}

// LowerAt returns the lower-case text of toks[i], or "" outside toks.
func LowerAt(toks []Token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].Lower
}

// spanText trims a byte span to exclude trailing full stops, colons and
// spaces, so an element's text is its words.
func TrimSpan(text string, start, end int) (int, int) {
	for end > start {
		c := text[end-1]
		if c == ' ' || c == '\t' || c == '\n' || c == '.' || c == ':' || c == ';' || c == ',' {
			end--
			continue
		}
		break
	}
	for start < end && IsSpaceByte(text[start]) {
		start++
	}
	if strings.HasPrefix(text[start:end], "• ") {
		start += len("• ") // the bullet normalisation wrote is no part of it
	}
	return start, end
}

// maxUnitWords is the longest sentence kept whole. Longer ones (run-on
// PDF text, lists without full stops) are cut to the clause around the
// cue word, so that an element is a sentence and not a paragraph.
const maxUnitWords = 45

// Narrow returns the byte span of toks, cut around toks[cue] when toks is
// longer than maxUnitWords: back to a full stop or semicolon (at most 18
// words) and on to the next one (at most 26 words).
func Narrow(toks []Token, cue int) (int, int) {
	words := 0
	for _, t := range toks {
		if t.Kind != Punct {
			words++
		}
	}
	if len(toks) == 0 {
		return 0, 0
	}
	if words <= maxUnitWords || cue < 0 || cue >= len(toks) {
		return toks[0].Start, toks[len(toks)-1].End
	}
	stop := func(t Token) bool { return t.Text == "." || t.Text == ";" || t.Text == "?" || t.Text == "!" }
	lo, n := cue, 0
	for lo > 0 && n < 18 && !stop(toks[lo-1]) {
		lo--
		if toks[lo].Kind != Punct {
			n++
		}
	}
	hi, n := cue, 0
	for hi < len(toks)-1 && n < 26 && !stop(toks[hi]) {
		hi++
		if toks[hi].Kind != Punct {
			n++
		}
	}
	return toks[lo].Start, toks[hi].End
}

// SubjectIsBody tells whether the sentence before toks[end] opens with a
// deciding body as its subject ("The Committee considered ... and agreed").
func SubjectIsBody(toks []Token, end int) bool {
	for k := 0; k < end && k < 6; k++ {
		w := toks[k].Lower
		if w == "that" || w == "said" || lex.ViewVerbs[w] || (k > 0 && lex.DecisionVerbs[w] != "") {
			return false
		}
		if lex.BodyNouns[w] && w != "it" && w != "we" {
			return true
		}
	}
	return false
}

// LazySubjectIsBody is subjectIsBody(toks, len(toks)), worked out when first
// asked: most sentences never need it.
func LazySubjectIsBody(toks []Token) func() bool {
	state := 0 // 1 no, 2 yes
	return func() bool {
		if state == 0 {
			state = 1
			if SubjectIsBody(toks, len(toks)) {
				state = 2
			}
		}
		return state == 2
	}
}

func IsDash(t Token) bool {
	return t.Kind == Punct && (t.Text == "-" || t.Text == "–" || t.Text == "—")
}

// NameAt reads a person's name at toks[i], dropping honorifics:
// "Cllr. P. Harries" gives "P. Harries", "Commissioner Fish" gives "Fish".
func NameAt(text string, toks []Token, i int) (string, bool) {
	for i < len(toks) && (lex.Honorifics[toks[i].Lower] || toks[i].Text == ".") {
		i++
	}
	start, end := -1, -1
	for ; i < len(toks); i++ {
		t := toks[i]
		switch {
		case IsCapitalised(t):
			if start < 0 {
				start = t.Start
			}
			end = t.End
			continue
		case t.Text == "." && i > 0 && toks[i-1].Kind == Word && len(toks[i-1].Text) == 1 && start >= 0:
			end = t.End // an initial's full stop
			continue
		}
		break
	}
	if start < 0 {
		return "", false
	}
	return text[start:end], true
}
