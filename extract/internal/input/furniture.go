package input

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/minutes-tool/minutes/extract/internal/doc"
)

// Furniture is what a page, a site or a sender puts around the minutes:
// none of it is the meeting's words. This file is the one place it is
// recognised. In HTML, the page's chrome (scripts, menus, banners, the
// elements whose class or id names site furniture) is dropped from the
// tree before the text is written (chrome, chromeWords, isChrome). In the
// text of any format, the lines that are furniture are marked on their
// blocks (doc.Block.Furniture), by their shape and by where they recur
// rather than by their words:
//
//   - page-number: a line that numbers its page ("Page 3 of 12", "- 3 -",
//     "3 | Page", a bare number at a form feed, or bare numbers counting
//     the pages a page apart, evenly);
//   - running-head: a line that recurs at the page breaks, its page number
//     counting up ("Minutes – Parish Council – 4 May 2019   3") or the same
//     each time (a council's name at the top of every page), the first
//     page's copy excepted when it names the document;
//   - covering-letter: a letter before the minutes, from the top of the
//     document to the signature under its closing ("Dear ..." ...
//     "Yours sincerely" and the lines that sign it);
//   - navigation: a site's navigation trail left in the text ("Home >
//     Council > Minutes > 4 May 2019"), by its shape: short steps joined
//     by one mark;
//   - site-footer: a line an archive puts under every document it serves
//     (siteFooters).
//
// The text stays whole: every span indexes it. doc.Document.Split gives
// the recognisers the content and the date mentions both parts.

// chrome is what a page wraps around its minutes: scripts, menus, forms,
// banners. None of it is the meeting's words. A <header> is the site's
// banner only outside the page's sectioning content (siteHeader): inside
// an <article>, <main> or <section> it heads that content, and holds the
// minutes' title and date.
const chrome = "script, style, noscript, nav, footer, form, template, iframe, svg, " +
	"button, select, input, textarea, object, embed, canvas, dialog, " +
	"[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=search], [role=dialog]"

// chromeWords in a class or id mark site furniture (menus, breadcrumbs,
// cookie banners, share bars).
var chromeWords = []string{"breadcrumb", "cookie", "navbar", "navigation", "menu", "sidebar",
	"skiplink", "skip-link", "skip-to", "share", "social", "consent", "masthead", "toolbar", "pager", "pagination"}

// siteFooters are lines an archive puts under every document it serves,
// compared lower case as a prefix and a suffix: Mailman's pipermail ("More
// information about the ubuntu-devel-announce mailing list").
var siteFooters = []struct{ prefix, suffix string }{
	{"more information about the ", " mailing list"},
}

// textLine is a line of a text, in bytes, end exclusive.
type textLine struct{ start, end int }

// maxHeadBytes is the longest line taken for a page header or footer.
const maxHeadBytes = 160

// furnitureMarks are the lines of a text that are furniture: their
// starts, in text order, and the kind of each.
type furnitureMarks struct {
	starts []int
	kinds  []doc.Furniture
	next   int // where the last look ended: looks come in text order
}

// at returns the kind of the line starting at start: Content unless it
// is furniture. Successive calls must not go back in the text (reset
// starts again); on nil marks every line is content.
func (m *furnitureMarks) at(start int) doc.Furniture {
	if m == nil {
		return doc.Content
	}
	for m.next < len(m.starts) && m.starts[m.next] < start {
		m.next++
	}
	if m.next < len(m.starts) && m.starts[m.next] == start {
		return m.kinds[m.next]
	}
	return doc.Content
}

// reset lets at look from the text's start again.
func (m *furnitureMarks) reset() {
	if m != nil {
		m.next = 0
	}
}

// furnitureOf marks the lines of text that are furniture. pageStarts are
// the starts of the lines a form feed put at the top of a page (nil when
// the text had none). Nil when no line is furniture.
func furnitureOf(text string, pageStarts []int) *furnitureMarks {
	var lines []textLine // the non-blank lines
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text) - i
		}
		if j > 0 {
			lines = append(lines, textLine{i, i + j})
		}
		i += j + 1
	}
	kinds := make([]doc.Furniture, len(lines))
	// top[k]: line k is the first of a page, after a form feed.
	top := make([]bool, len(lines))
	for k, p := 0, 0; k < len(lines) && p < len(pageStarts); k++ {
		for p < len(pageStarts) && pageStarts[p] < lines[k].start {
			p++
		}
		if p < len(pageStarts) && pageStarts[p] == lines[k].start {
			top[k] = true
		}
	}
	// atFeed: line k is at a form feed; atBreak: or at the document's edge.
	atFeed := func(k int) bool { return top[k] || k+1 < len(lines) && top[k+1] }
	atBreak := func(k int) bool { return k == 0 || k == len(lines)-1 || atFeed(k) }
	found := false
	for k, l := range lines {
		s := text[l.start:l.end]
		switch {
		case pageNumber(s) || atFeed(k) && bareNumber(s):
			kinds[k] = doc.PageNumber
		case siteFooter(s):
			kinds[k] = doc.SiteFooter
		case trail(s):
			kinds[k] = doc.Navigation
		default:
			continue
		}
		found = true
	}
	if countedPages(text, lines, kinds) {
		found = true
	}
	if runningHeads(text, lines, kinds, atBreak, atFeed) {
		found = true
	}
	if end := coveringLetter(text, lines, top); end >= 0 {
		for k := 0; k <= end; k++ {
			if kinds[k] == doc.Content {
				kinds[k] = doc.CoveringLetter
			}
		}
		found = true
	}
	if !found {
		return nil
	}
	out := &furnitureMarks{}
	for k, f := range kinds {
		if f != doc.Content {
			out.starts = append(out.starts, lines[k].start)
			out.kinds = append(out.kinds, f)
		}
	}
	return out
}

// pageNumber tells whether a line numbers its page: "Page 3", "Page 3 of
// 12", "3 of 12", "Page 3/12", "- 3 -", "3 | Page", "Page | 3", or a short
// line that opens or ends on "Page 3 of 12".
func pageNumber(s string) bool {
	if len(s) > maxHeadBytes || !strings.ContainsAny(s, "0123456789") || len(s) > 24 && !namesPage(s) {
		return false
	}
	f := strings.Fields(strings.ToLower(s))
	switch len(f) {
	case 0:
		return false
	case 2:
		return isPage(f[0]) && pageOf(f[1])
	case 3:
		switch {
		case (isDashes(f[0]) || f[0] == "•") && isDashes(f[2]): // "- 3 -", its dash read as a bullet
			return pageNo(f[1]) > 0
		case f[1] == "|":
			return isPage(f[0]) && pageNo(f[2]) > 0 || pageNo(f[0]) > 0 && isPage(f[2])
		case f[1] == "of" || f[1] == "/":
			return pageOfTotal(f[0], f[2])
		}
	}
	// "Page 3 of 12" at either end of a short line of a header.
	if len(f) >= 4 && len(f) <= 16 {
		n := len(f)
		return isPage(f[0]) && f[2] == "of" && pageOfTotal(f[1], f[3]) ||
			isPage(f[n-4]) && f[n-2] == "of" && pageOfTotal(f[n-3], f[n-1])
	}
	return false
}

// namesPage tells, at a glance, whether a line may hold a word isPage
// takes: a 'p' and an 'a', 'g' or '.' after it, in either case.
func namesPage(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i]|0x20 == 'p' {
			if c := s[i+1] | 0x20; c == 'a' || c == 'g' || s[i+1] == '.' {
				return true
			}
		}
	}
	return false
}

// isPage tells whether a lower-case word names a page: "page", "pg", "p.".
func isPage(w string) bool {
	switch strings.TrimRight(w, ".:") {
	case "page", "pg", "p":
		return true
	}
	return false
}

// pageOf reads "3" or "3/12" as a page's number.
func pageOf(w string) bool {
	if a, b, ok := strings.Cut(w, "/"); ok {
		return pageOfTotal(a, b)
	}
	return pageNo(w) > 0
}

// pageOfTotal tells whether n and total read "n of total".
func pageOfTotal(n, total string) bool {
	a, b := pageNo(n), pageNo(total)
	return a > 0 && b > 0 && a <= b
}

// pageNo reads a page number, 1 to 9999, or gives 0.
func pageNo(w string) int {
	if len(w) == 0 || len(w) > 4 {
		return 0
	}
	n, err := strconv.Atoi(w)
	if err != nil || n <= 0 {
		return 0
	}
	return n
}

func isDashes(w string) bool { return w == "-" || w == "–" || w == "—" }

// bareNumber tells whether a line is a number alone, as a page's number
// at a form feed is.
func bareNumber(s string) bool { return pageNo(strings.TrimSpace(s)) > 0 }

// minCountedPages is the fewest bare numbers countedPages takes for a
// document's page numbers.
const minCountedPages = 4

// countedPages marks the bare numbers that number a document's pages
// without a form feed beside them, and says whether it marked any: every
// line of the text that is a number alone, four or more, counting up by
// one from line to line, a page apart (spread) and evenly (no gap more
// than twice another). An item numbered on a line of its own counts up
// too, but items run as long as they need, pages as long as the paper.
func countedPages(text string, lines []textLine, kinds []doc.Furniture) bool {
	var ks []int
	for k, l := range lines {
		if kinds[k] == doc.Content && l.end-l.start <= 6 && bareNumber(text[l.start:l.end]) {
			ks = append(ks, k)
		}
	}
	if len(ks) < minCountedPages || !spread(ks) {
		return false
	}
	lo, hi := len(lines), 0
	for i := 1; i < len(ks); i++ {
		a := pageNo(strings.TrimSpace(text[lines[ks[i-1]].start:lines[ks[i-1]].end]))
		b := pageNo(strings.TrimSpace(text[lines[ks[i]].start:lines[ks[i]].end]))
		if b != a+1 {
			return false
		}
		gap := ks[i] - ks[i-1]
		lo, hi = min(lo, gap), max(hi, gap)
	}
	if hi > 2*lo {
		return false
	}
	for _, k := range ks {
		kinds[k] = doc.PageNumber
	}
	return true
}

// siteFooter tells whether a line is one of siteFooters.
func siteFooter(s string) bool {
	s = strings.TrimSpace(s)
	for _, f := range siteFooters {
		if len(s) >= len(f.prefix)+len(f.suffix) && strings.EqualFold(s[:len(f.prefix)], f.prefix) && strings.EqualFold(s[len(s)-len(f.suffix):], f.suffix) {
			return true
		}
	}
	return false
}

// trailMarks separate the steps of a site's navigation trail
// ("Home > Council > Minutes").
var trailMarks = []string{">", "»", "›"}

// trail tells whether a line is a navigation trail: three or more steps
// of one to five words, each opening on a capital, joined by one of
// trailMarks, and no sentence.
func trail(s string) bool {
	if len(s) > maxHeadBytes || strings.HasSuffix(s, ".") {
		return false
	}
	for _, m := range trailMarks {
		if strings.Contains(s, m) {
			return trailBy(s, m)
		}
	}
	return false
}

// trailBy tells whether s is steps joined by mark, as trail says.
func trailBy(s, mark string) bool {
	steps := strings.Split(s, mark)
	if len(steps) < 3 {
		return false
	}
	for _, st := range steps {
		f := strings.Fields(st)
		if len(f) == 0 || len(f) > 5 {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(f[0]); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// headHash hashes a line as its copies on every page share it: lower
// case, each run of digits one '#', spaces folded (FNV-1a); and appends
// the numbers it holds to nums. ok is false for a line too long for a
// header or with no letters. Hashing, not a key string per line, keeps
// the look at every line of a long text cheap.
func headHash(s string, nums []int) (h uint64, out []int, ok bool) {
	if len(s) > maxHeadBytes {
		return 0, nums, false
	}
	const prime = 1099511628211
	h = 14695981039346656037
	add := func(c byte) { h = (h ^ uint64(c)) * prime }
	letters, space, wrote := false, false, false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			v, _ := strconv.Atoi(s[i:min(j, i+6)])
			nums = append(nums, v)
			if space && wrote {
				add(' ')
			}
			add('#')
			space, wrote, i = false, true, j
			continue
		case c == ' ' || c == '\t':
			space = true
			i++
			continue
		}
		if space && wrote {
			add(' ')
		}
		space, wrote = false, true
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			letters = letters || c >= 'a' && c <= 'z'
			add(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		letters = letters || unicode.IsLetter(r)
		var buf [utf8.UTFMax]byte
		for _, b := range buf[:utf8.EncodeRune(buf[:], unicode.ToLower(r))] {
			add(b)
		}
		i += n
	}
	return h, nums, letters
}

// minPageLines and maxPageLines bound the lines a page of minutes holds
// between two copies of its header: copies closer than that are the
// minutes' own repeated lines ("Motion:", "Proposed by: ..."), copies
// farther apart than pages run are not at every page.
const (
	minPageLines = 8
	maxPageLines = 200
)

// runningHeads marks the lines that recur as a page's header or footer,
// and says whether it marked any. Copies of a line (equal but for their
// numbers) are a running head when there are three or more (or two at
// the edges of two pages a form feed divides), a page apart
// (minPageLines to maxPageLines lines), and either one of their numbers counts up by one
// from copy to copy (the page's number), or every copy but the first
// stands within two lines of a page break: a form feed, a page number, a
// counting head, or the document's end, and the line is no sentence
// (IsProse). The first copy of a head whose
// number does not count is left to the content when it stands at the top
// of the first page, which names the document.
func runningHeads(text string, lines []textLine, kinds []doc.Furniture, atBreak, atFeed func(int) bool) bool {
	// The copies of each line are chained: prev[k] is the copy before
	// line k (-1 for none), copies[k] how many end at k, followed[k]
	// whether a later copy chains to it; last holds each line's last
	// copy so far. Line k's numbers are nums[numAt[k]:numAt[k+1]].
	last := newCopyTable(len(lines))
	prev := make([]int32, len(lines))
	copies := make([]int32, len(lines))
	followed := make([]bool, len(lines))
	numAt := make([]int32, len(lines)+1)
	var nums []int
	for k, l := range lines {
		prev[k] = -1
		numAt[k] = int32(len(nums))
		if kinds[k] != doc.Content {
			continue
		}
		h, ns, ok := headHash(text[l.start:l.end], nums)
		if !ok {
			nums = nums[:numAt[k]]
			continue
		}
		nums = ns
		copies[k] = 1
		if p := last.swap(h, int32(k)); p >= 0 {
			prev[k], copies[k], followed[p] = p, copies[p]+1, true
		}
	}
	numAt[len(lines)] = int32(len(nums))
	numsOf := func(k int) []int { return nums[numAt[k]:numAt[k+1]] }
	var groups [][]int // the copies of each line recurring a page apart, in text order
	for k := range lines {
		if copies[k] < 2 || followed[k] || kinds[k] != doc.Content {
			continue
		}
		ks := make([]int, copies[k])
		for i, j := len(ks)-1, int32(k); i >= 0; i, j = i-1, prev[j] {
			ks[i] = int(j)
		}
		if spread(ks) && (len(ks) >= 3 || twoPages(ks, atBreak, atFeed)) {
			groups = append(groups, ks)
		}
	}
	found := false
	var still [][]int // groups whose numbers do not count
	for _, ks := range groups {
		if counts(ks, numsOf) {
			for _, k := range ks {
				kinds[k] = doc.RunningHead
			}
			found = true
			continue
		}
		still = append(still, ks)
	}
	// The heads that do not count are judged by the page numbers and
	// the counting heads alone, and marked after: what one marks never
	// decides another.
	firstMark := len(lines) // the first page number or counting head
	for k, f := range kinds {
		if f == doc.PageNumber || f == doc.RunningHead {
			firstMark = k
			break
		}
	}
	marker := func(k int) bool {
		return k >= 0 && k < len(lines) && (kinds[k] == doc.PageNumber || kinds[k] == doc.RunningHead)
	}
	near := func(k int) bool {
		if atBreak(k) {
			return true
		}
		for d := 1; d <= 2; d++ {
			if marker(k-d) || marker(k+d) {
				return true
			}
		}
		return false
	}
	var heads [][]int
	for _, ks := range still {
		if IsProse(text[lines[ks[0]].start:lines[ks[0]].end]) {
			continue // a sentence, which no header is
		}
		all := true
		for _, k := range ks[1:] {
			if !near(k) {
				all = false
				break
			}
		}
		if !all {
			continue
		}
		if first := ks[0]; !near(first) || first < minPageLines && first < firstMark {
			ks = ks[1:] // the first page's header, which names the document
		}
		heads = append(heads, ks)
	}
	for _, ks := range heads {
		for _, k := range ks {
			kinds[k] = doc.RunningHead
		}
		found = true
	}
	return found
}

// twoPages tells whether two copies of a line stand at the edges of two
// pages: both at a page break or the document's edge, one at a form feed.
func twoPages(ks []int, atBreak, atFeed func(int) bool) bool {
	return atBreak(ks[0]) && atBreak(ks[1]) && (atFeed(ks[0]) || atFeed(ks[1]))
}

// copyTable maps a line's hash to the last line seen with it: an
// open-addressed table, which a long page asks once a line, several
// times faster than a map.
type copyTable struct {
	keys []uint64
	vals []int32 // line + 1; 0 is an empty slot
	mask uint64
}

func newCopyTable(n int) *copyTable {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return &copyTable{keys: make([]uint64, size), vals: make([]int32, size), mask: uint64(size - 1)}
}

// swap records line k under hash h and returns the line recorded under
// it before, or -1.
func (t *copyTable) swap(h uint64, k int32) int32 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch {
		case t.vals[i] == 0:
			t.keys[i], t.vals[i] = h, k+1
			return -1
		case t.keys[i] == h:
			p := t.vals[i] - 1
			t.vals[i] = k + 1
			return p
		}
	}
}

// spread tells whether copies of a line lie a page apart, minPageLines
// to maxPageLines lines.
func spread(ks []int) bool {
	for i := 1; i < len(ks); i++ {
		if gap := ks[i] - ks[i-1]; gap < minPageLines || gap > maxPageLines {
			return false
		}
	}
	return true
}

// counts tells whether the copies ks of a line hold a number, at the same
// place in each, that counts up by one from copy to copy: a page number.
// nums gives a line's numbers.
func counts(ks []int, nums func(k int) []int) bool {
	n := len(nums(ks[0]))
	for p := 0; p < n; p++ {
		ok := true
		for i := 1; i < len(ks) && ok; i++ {
			a, b := nums(ks[i-1]), nums(ks[i])
			ok = len(a) == n && len(b) == n && b[p] == a[p]+1
		}
		if ok {
			return true
		}
	}
	return false
}

// maxLetterHead bounds where a covering letter's salutation may stand,
// and how far its closing may lie below it, in lines.
const (
	maxLetterHead = 30
	maxLetterBody = 80
	maxSignature  = 4
	// minAfterLetter is the fewest lines of minutes a covering letter
	// stands over: a title and a few items.
	minAfterLetter = 5
)

// coveringLetter finds a letter before the minutes: a salutation ("Dear
// Councillor,") near the top, a closing ("Yours sincerely", "Kind
// regards") below it, and the short lines that sign it, up to a blank
// line or a page break; with minutes after it (minAfterLetter lines at
// least). It returns the index of the letter's last line, or -1.
// Everything above the salutation (the letterhead, the address, the
// letter's date) is the letter's.
func coveringLetter(text string, lines []textLine, top []bool) int {
	line := func(k int) string { return text[lines[k].start:lines[k].end] }
	dear := -1
	for k := 0; k < len(lines) && k < maxLetterHead; k++ {
		if salutation(line(k)) {
			dear = k
			break
		}
	}
	if dear < 0 {
		return -1
	}
	closing := -1
	for k := dear + 1; k < len(lines) && k <= dear+maxLetterBody; k++ {
		if valediction(line(k)) {
			closing = k
			break
		}
	}
	if closing < 0 {
		return -1
	}
	end := closing
	for k := closing + 1; k < len(lines) && k <= closing+maxSignature && !top[k]; k++ {
		if !signatureLine(line(k)) || blankBefore(text, lines[k].start) && k > closing+1 {
			break
		}
		end = k
		if blankAfter(text, lines[k].end) {
			break
		}
	}
	if len(lines)-end-1 < minAfterLetter {
		return -1 // the letter is the document
	}
	return end
}

// salutation tells whether a line opens a letter: "Dear" and a few words.
func salutation(s string) bool {
	f := strings.Fields(s)
	return len(f) >= 2 && len(f) <= 6 && f[0] == "Dear" && !strings.HasSuffix(s, ".")
}

// valediction tells whether a line closes a letter: "Yours sincerely",
// "Yours faithfully", "Kind regards", "Sincerely", alone on the line.
func valediction(s string) bool {
	f := strings.Fields(strings.ToLower(strings.TrimRight(s, ", ")))
	switch {
	case len(f) == 0 || len(f) > 3:
		return false
	case f[0] == "yours" && len(f) == 2, f[len(f)-1] == "regards", len(f) == 1 && f[0] == "sincerely":
		return true
	}
	return false
}

// signatureLine tells whether a line may sign a letter: a name, a role,
// an organisation; short, and no sentence.
func signatureLine(s string) bool {
	f := strings.Fields(s)
	return len(f) <= 8 && !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, ":")
}

func blankBefore(text string, start int) bool { return start >= 2 && text[start-2] == '\n' }
func blankAfter(text string, end int) bool {
	return end+1 < len(text) && text[end] == '\n' && text[end+1] == '\n'
}

// markFurniture marks the blocks of a Document built from markup (HTML)
// that are furniture: a block that is one line of furniture, or that
// starts inside a covering letter (furnitureOf over its text).
func markFurniture(d *doc.Document, furn *furnitureMarks) *doc.Document {
	if furn == nil {
		return d
	}
	furn.reset()
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if f := furn.at(b.Start); f != doc.Content && (f == doc.CoveringLetter || strings.IndexByte(d.Text[b.Start:b.End], '\n') < 0) {
			b.Furniture = f
		}
	}
	return d
}
