package dispositions

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

import (
	"sort"
)

// US city minutes list each agenda item with its disposition after it:
//
//	*42 Accept and appropriate a grant ... (Ordinance)  (Y-5) 184349
//	38 Request of Joe Rastatter ... (Communication)  PLACED ON FILE
//	45 Adopt a Waste Reduction Program ... (Ordinance)  PASSED TO SECOND READING JANUARY 19, 2011 AT 9:30 AM
//
// A disposition is a roll-call tally "(Y-5)" (with the ordinance number
// it gave) or a phrase in capitals after a closing bracket. Each is a
// decision about the item before it; the phrases that pass an item to a
// later reading are commitments as well.

// dispositionWords map the first word of a disposition in capitals to
// its kind.
var dispositionWords = map[string]string{
	"placed": "noted", "filed": "noted", "received": "noted", "confirmed": "approved",
	"accepted": "approved", "adopted": "approved", "approved": "approved", "passed": "approved",
	"carried": "approved", "granted": "approved", "referred": "other", "continued": "deferred",
	"tabled": "deferred", "postponed": "deferred", "rescheduled": "deferred", "deferred": "deferred",
	"failed": "rejected", "denied": "rejected", "defeated": "rejected", "rejected": "rejected",
	"withdrawn": "other", "removed": "other", "substitute": "", "amended": "approved",
}

// Disposition is one found disposition: the words from the item (or the
// previous disposition) to its end.
type Disposition struct {
	Start, End int // bytes, the decision's span
	Kind       string
	Later      bool // passed to a later reading: a commitment too
	Motion     bool // a motion sentence split from the vote after it
	LaterStart int  // where the "PASSED TO SECOND READING ..." words start
	Toks       []doc.Token
}

// maxDispositionWords keeps a disposition's span to the item's tail: a
// long item title would make it a paragraph.
const maxDispositionWords = 36

// findDispositions scans every block for dispositions. Decisions and
// commitments both read them: the pipeline finds them once and hands them
// to both.
func Find(d *doc.Document) []Disposition {
	var out []Disposition
	for bi := range d.Blocks {
		toks := d.Tokens(bi)
		from := 0 // first token of the current item's words
		for i := 0; i < len(toks); i++ {
			// Only a number opens an item, and a disposition opens on "("
			// or after ")": other tokens need no look.
			if k := toks[i].Kind; k != doc.Number && !(k == doc.Punct && toks[i].Text == "(") && !(i > 0 && toks[i-1].Text == ")") {
				continue
			}
			if isItemMarker(toks, i) {
				from = i
				if i > 0 && (toks[i-1].Text == "*" || doc.IsDash(toks[i-1])) {
					from = i - 1
					if doc.IsDash(toks[i-1]) && i > 1 && toks[i-2].Kind == doc.Word {
						from = i - 2 // "S-56"
					}
				}
			}
			end, kind, later, laterAt, ok := dispositionAt(toks, i)
			if !ok {
				continue
			}
			seg := toks[from:end]
			// A motion sentence before the vote is a decision of its own.
			if m := motionStart(seg); m >= 0 {
				if dot := sentenceEndBefore(seg, i-from); dot > m {
					mt := seg[m : dot+1]
					s, e := doc.TrimSpan(d.Text, mt[0].Start, mt[len(mt)-1].End)
					out = append(out, Disposition{Start: s, End: e, Kind: "agreed", Motion: true, Toks: mt})
					seg = toks[from+dot+1 : end]
				}
			}
			seg = lastWords(seg, maxDispositionWords)
			if len(seg) > 0 {
				s, e := doc.TrimSpan(d.Text, seg[0].Start, seg[len(seg)-1].End)
				p := Disposition{Start: s, End: e, Kind: kind, Later: later, Toks: seg}
				if later {
					p.LaterStart = toks[laterAt].Start
				}
				out = append(out, p)
			}
			from = end
			i = end - 1
		}
	}
	return out
}

// isItemMarker tells whether toks[i] numbers an agenda item: "*43 Authorize",
// "45 Adopt", "S-56 Accept".
func isItemMarker(toks []doc.Token, i int) bool {
	t := toks[i]
	if t.Kind != doc.Number || len(t.Text) > 3 || i+1 >= len(toks) || !doc.IsCapitalised(toks[i+1]) {
		return false
	}
	if i > 0 {
		p := toks[i-1]
		if p.Text == "$" || p.Text == "£" || p.Text == "(" || (p.Kind == doc.Word && !doc.IsDash(p) && !t.SpaceBefore) {
			return false
		}
		if p.Kind == doc.Word && (p.Lower == "item" || p.Lower == "agenda" || p.Lower == "no" || p.Lower == "of") {
			return false
		}
	}
	return true
}

// dispositionAt reads a disposition starting at toks[i]: a roll call
// "(Y-5)" (repeated, then an ordinance number or a phrase), or a phrase in
// capitals right after a closing bracket. end is the token after it.
func dispositionAt(toks []doc.Token, i int) (end int, kind string, later bool, laterAt int, ok bool) {
	j := i
	voted := false
	for {
		k, ok := rollCall(toks, j)
		if !ok {
			break
		}
		voted, j = true, k
	}
	if !voted && !(i > 0 && toks[i-1].Text == ")" && doc.IsUpperWord(toks[i])) {
		return 0, "", false, 0, false
	}
	if j < len(toks) && doc.IsUpperWord(toks[j]) {
		pk, ok := dispositionWords[toks[j].Lower]
		if toks[j].Lower == "substitute" && j+1 < len(toks) {
			pk, ok = dispositionWords[toks[j+1].Lower]
		}
		if ok {
			laterAt = j
			e, isLater := phraseEnd(toks, j)
			if isLater {
				pk = "deferred"
			}
			return e, pk, isLater, laterAt, true
		}
	}
	if !voted {
		return 0, "", false, 0, false
	}
	if j < len(toks) && toks[j].Kind == doc.Number && len(toks[j].Text) >= 4 {
		j++ // the ordinance number the vote gave
	}
	return j, "approved", false, 0, true
}

// rollCall reads "(Y-5)" or "(Y-4; N-1)" at toks[i].
func rollCall(toks []doc.Token, i int) (int, bool) {
	if i >= len(toks) || toks[i].Text != "(" {
		return 0, false
	}
	j := i + 1
	groups := 0
	for j+2 < len(toks) {
		if _, ok := lex.RollLetters[toks[j].Lower]; !ok || len(toks[j].Text) != 1 || !doc.IsDash(toks[j+1]) || toks[j+2].Kind != doc.Number {
			break
		}
		groups++
		j += 3
		if j < len(toks) && (toks[j].Text == ";" || toks[j].Text == ",") {
			j++
		}
	}
	if groups == 0 || j >= len(toks) || toks[j].Text != ")" {
		return 0, false
	}
	return j + 1, true
}

// phraseEnd finds where a disposition phrase in capitals ends, taking a
// date in capitals with it ("JANUARY 19, 2011 AT 9:30 AM"); later is true
// for an item passed or continued to a later reading or date.
func phraseEnd(toks []doc.Token, j int) (end int, later bool) {
	dated := false
	k := j
	for ; k < len(toks); k++ {
		t := toks[k]
		switch {
		case doc.IsUpperWord(t):
			if lex.MonthWords[t.Lower] || t.Lower == "at" {
				dated = true
			}
			if t.Lower == "reading" || t.Lower == "continued" || (t.Lower == "to" && k > j && (toks[k-1].Lower == "continued" || toks[k-1].Lower == "postponed")) {
				later = true
			}
			continue
		case t.Kind == doc.Number && dated:
			continue
		case (t.Text == "," || t.Text == ":") && dated && k+1 < len(toks) && toks[k+1].Kind == doc.Number:
			continue
		}
		break
	}
	return k, later
}

// motionStart finds "Motion" opening a motion sentence inside an item's
// words, or -1.
func motionStart(seg []doc.Token) int {
	for k := len(seg) - 1; k >= 0; k-- {
		if seg[k].Text == "Motion" {
			return k
		}
	}
	return -1
}

// sentenceEndBefore finds the last full stop before seg[limit], or -1.
func sentenceEndBefore(seg []doc.Token, limit int) int {
	for k := limit - 1; k >= 0; k-- {
		if seg[k].Text == "." {
			return k
		}
	}
	return -1
}

// lastWords keeps the last n word and number tokens of seg (and the
// punctuation between them).
func lastWords(seg []doc.Token, n int) []doc.Token {
	count := 0
	for k := len(seg) - 1; k >= 0; k-- {
		if seg[k].Kind != doc.Punct {
			count++
			if count > n {
				return seg[k+1:]
			}
		}
	}
	return seg
}

// OverlapsDisposition tells whether [start, end) overlaps a disposition.
// Dispositions are in text order and do not overlap, so their ends are in
// order too: the first one ending after start is the only candidate.
func OverlapsDisposition(ps []Disposition, start, end int) bool {
	k := sort.Search(len(ps), func(k int) bool { return ps[k].End > start })
	return k < len(ps) && ps[k].Start < end
}
