package doc

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// BlockKind is what a block of the document is.
type BlockKind int

// Block kinds.
const (
	Paragraph BlockKind = iota
	Heading             // an HTML h1–h6 or a line that is bold and nothing else
	ListItem            // a bulleted or HTML list item
	TableRow            // an HTML table row, cells separated by tabs
)

func (k BlockKind) String() string {
	switch k {
	case Heading:
		return "heading"
	case ListItem:
		return "list-item"
	case TableRow:
		return "table-row"
	}
	return "paragraph"
}

// Block is a run of the document's text that stands on its own: a heading,
// a paragraph, a list item or a table row. Offsets are bytes into
// Document.Text, end exclusive.
type Block struct {
	Kind       BlockKind
	Start, End int
	// Level is the heading level for HTML h1–h6, 0 otherwise.
	Level int
	// Alone is true when the block is set apart: a blank line (or the
	// document's edge) before it, and a blank line, the edge or a long
	// paragraph after it. In HTML every block is alone.
	Alone bool
	// Furniture says what the block is when it is no part of the minutes'
	// content (a page header or footer, a page number, a covering
	// letter); zero for content. Split leaves it out of the content.
	Furniture Furniture
}

// Sentence is a span of one sentence inside a block, in bytes.
type Sentence struct {
	Start, End int
	Block      int // index into Document.Blocks
}

// Document is what every recogniser reads: the normalised text, its blocks
// and its sentences. HTML and plain text differ only before it.
type Document struct {
	Text      string
	Format    Format
	Blocks    []Block
	Sentences []Sentence
	// Genre is the kind of minutes the text is, as package genre tells
	// it from the shapes of its lines: "minutes", "transcript", "irc" or
	// "meetbot"; "" is read as ordinary minutes. Readers whose
	// conventions differ by genre consult it instead of guessing line by
	// line.
	Genre string

	// The tokens are scanned on first use rather than as the Document is
	// built: a page's slice is taken when a recogniser first asks and
	// handed back by Release. The scan is guarded, so that readers on
	// several goroutines may ask at once; to them the Document is
	// read-only.
	scanned   atomic.Bool // toks and blockToks are set
	scanMu    sync.Mutex  // held while they are set or released
	toks      []Token     // every block's tokens
	blockToks [][2]int    // block i's tokens are toks[blockToks[i][0]:blockToks[i][1]]

	// part is set on the Documents Split makes: the text between their
	// blocks is the other part's, so their blocks' tokens are all the
	// tokens they have.
	part bool
}

// Tokens returns the tokens of block i, as tokenize over the block would
// give them. Every block is scanned on the first call, into one slice that
// every recogniser then shares: scanning the page once, with one
// allocation, instead of once per recogniser was most of the cost of
// extraction. Callers must not modify the slice (appending to it copies).
func (d *Document) Tokens(i int) []Token {
	d.Scan()
	r := d.blockToks[i]
	return d.toks[r[0]:r[1]:r[1]]
}

// Scan tokenizes every block into d.toks, unless that is done.
func (d *Document) Scan() {
	if !d.scanned.Load() {
		d.scanOnce()
	}
}

// scanOnce is the scan, by the first reader to ask for it.
func (d *Document) scanOnce() {
	d.scanMu.Lock()
	defer d.scanMu.Unlock()
	if !d.scanned.Load() {
		d.scan()
		d.scanned.Store(true)
	}
}

// scan tokenizes every block into d.toks.
func (d *Document) scan() {
	d.blockToks = make([][2]int, len(d.Blocks))
	valid := func(b Block) bool { return b.Start >= 0 && b.Start <= b.End && b.End <= len(d.Text) }
	count := func(blocks []Block) int { // at least the tokens of the blocks
		n := 0
		for _, b := range blocks {
			if valid(b) {
				n += MaxTokens(d.Text, b.Start, b.End)
			}
		}
		return n
	}
	// A page of 1 to 64 KB gets a slice sized for the tokens minutes
	// usually have, a little over; only when a block might not fit are the
	// rest counted, once, and the slice grown to hold them all. Counting
	// every page cost more than the few that need it, and the spare list
	// takes back what a guess over-allocates. Other texts are counted
	// first. A larger page: there a guess costs megabytes either way, too
	// many tokens held or a slice outgrown, and a slice over
	// maxSpareTokens is not kept for the next page. A smaller one: the
	// recognisers make Documents of single lines (mostlyDate), which are
	// not handed back, and there the guess's margin is most of the slice.
	bounded := len(d.Text) < countTokensUnder || len(d.Text) > guessTokensUpTo // the slice has room for every block left
	if bounded {
		d.toks = takeTokens(count(d.Blocks))
	} else {
		d.toks = takeTokens(len(d.Text) * tokensPerKB / 1024)
	}
	var low strings.Builder
	low.Grow(len(d.Text) / 4) // not zeroed: sized over, it costs little
	for i, b := range d.Blocks {
		lo := len(d.toks)
		if valid(b) {
			if !bounded && cap(d.toks)-lo < b.End-b.Start {
				d.toks = slices.Grow(d.toks, count(d.Blocks[i:]))
				bounded = true
			}
			d.toks = scanTokens(d.toks, d.Text, &low, b.Start, b.End)
		}
		d.blockToks[i] = [2]int{lo, len(d.toks)}
	}
	d.markLineStarts(d.toks)
}

// tokensPerKB is how many tokens a kilobyte of minutes makes, a little
// over: the bundled documents make 170 to 360, 225 in the middle, and 90%
// of them fewer than 340. Texts from countTokensUnder to guessTokensUpTo
// bytes have their slice sized by it rather than counted.
const (
	tokensPerKB      = 300
	countTokensUnder = 1 << 10
	guessTokensUpTo  = 64 << 10
)

// spareTokens keeps token slices between documents. A page's tokens take
// about 15 bytes for every byte of text, and a fresh slice that large was
// zeroed page by page as the system handed the pages over: allocating it
// was most of the cost of scanning. Batches extract one document after
// another, so each worker reuses the slice of one before. It is a short
// list rather than a sync.Pool, which the collector empties every cycle
// or two, several times during one large document. At most maxSpare
// slices of at most maxSpareTokens are kept, so a huge input's slice is
// not held for the rest of the run.
var spareTokens struct {
	sync.Mutex
	list [][]Token
}

const (
	maxSpare       = 4
	maxSpareTokens = 1 << 18 // 15 MB of tokens: a page of about 1.3 MB
)

// minSpareTake is the fewest tokens for which a spare is taken: the
// one-line Documents the recognisers make (a title, a date line) are never
// handed back, and one must not carry off a page's slice.
const minSpareTake = 1 << 10

// takeTokens returns an empty token slice with room for n tokens.
func takeTokens(n int) []Token {
	if n < minSpareTake {
		return make([]Token, 0, n)
	}
	spareTokens.Lock()
	defer spareTokens.Unlock()
	for i, t := range spareTokens.list {
		if cap(t) >= n {
			last := len(spareTokens.list) - 1
			spareTokens.list[i] = spareTokens.list[last]
			spareTokens.list[last] = nil
			spareTokens.list = spareTokens.list[:last]
			return t
		}
	}
	return make([]Token, 0, n)
}

// Release hands the Document's tokens back for the next document. Nothing
// may use a slice Tokens or TokensIn gave out before; a later call scans
// again.
func (d *Document) Release() {
	d.scanMu.Lock()
	toks := d.toks
	d.toks, d.blockToks = nil, nil
	d.scanned.Store(false)
	d.scanMu.Unlock()
	handBack(toks)
}

// handBack keeps a token slice no longer used for the next document, when
// the list has room and the slice is neither too large nor too small. It is cleared first,
// so that a spare keeps no page's text alive.
func handBack(toks []Token) {
	// A slice under minSpareTake would never be taken, and would hold a
	// place a page's slice needs: a Document's small furniture part
	// (Split) hands one back with every page.
	if toks == nil || cap(toks) > maxSpareTokens || cap(toks) < minSpareTake {
		return
	}
	clear(toks)
	spareTokens.Lock()
	defer spareTokens.Unlock()
	if len(spareTokens.list) < maxSpare {
		spareTokens.list = append(spareTokens.list, toks[:0])
	}
}

// WithAllTokens calls f with the tokens of the whole text, as
// tokenize(d.Text, 0, len(d.Text)) would give them with LineStart set as
// NewlineBefore: where the blocks hold all the text, the blocks' own
// tokens, whose LineStart the scan set. f must not keep or modify the
// slice (the strings of its tokens it may keep).
func (d *Document) WithAllTokens(f func([]Token)) {
	if !d.part && !d.blocksHoldAllText() {
		all := Tokenize(d.Text, 0, len(d.Text))
		for i := range all {
			all[i].LineStart = all[i].NewlineBefore
		}
		f(all)
		return
	}
	d.Scan()
	f(d.toks)
}

// blocksHoldAllText reports whether only white space lies between and
// around the blocks, so that the blocks' tokens are the whole text's.
func (d *Document) blocksHoldAllText() bool {
	prev := 0 // end of the text covered so far
	for _, b := range d.Blocks {
		if b.Start < prev || !onlySpace(d.Text[prev:b.Start]) {
			return false
		}
		prev = b.End
	}
	return onlySpace(d.Text[prev:])
}

// markLineStarts sets LineStart on the tokens: NewlineBefore, or, on a
// block's first token, a line break between it and the token before:
// scanned alone, a block's first token follows no line break.
func (d *Document) markLineStarts(all []Token) {
	for i := range all {
		all[i].LineStart = all[i].NewlineBefore
	}
	end := 0 // end of the previous token
	for _, r := range d.blockToks {
		if r[0] == r[1] {
			continue
		}
		t := &all[r[0]]
		if strings.IndexByte(d.Text[end:t.Start], '\n') >= 0 {
			t.LineStart = true
		}
		end = all[r[1]-1].End
	}
}

// onlySpace reports whether s holds nothing the tokenizer would keep.
func onlySpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r':
		default:
			return false
		}
	}
	return true
}

// TokensIn returns the tokens inside [start, end), which must lie within
// one block, as tokenize(d.Text, start, end) would: the first token counts
// as following white space, and as starting a line only if a line break
// lies between start and it. A range that cuts a token in two is scanned
// afresh. Callers must not modify the slice.
func (d *Document) TokensIn(start, end int) []Token {
	bi := sort.Search(len(d.Blocks), func(i int) bool { return d.Blocks[i].End >= end })
	if bi == len(d.Blocks) || d.Blocks[bi].Start > start {
		return Tokenize(d.Text, start, end) // spans blocks: scan afresh
	}
	toks := d.Tokens(bi)
	lo := sort.Search(len(toks), func(i int) bool { return toks[i].End > start })
	hi := sort.Search(len(toks), func(i int) bool { return toks[i].End > end })
	if lo < len(toks) && toks[lo].Start < start || hi < len(toks) && toks[hi].Start < end {
		return Tokenize(d.Text, start, end) // cuts a token
	}
	if lo >= hi {
		return nil
	}
	out := toks[lo:hi:hi]
	nl := strings.IndexByte(d.Text[start:out[0].Start], '\n') >= 0
	if !out[0].SpaceBefore || out[0].NewlineBefore != nl {
		out = append([]Token(nil), out...)
		out[0].SpaceBefore, out[0].NewlineBefore = true, nl
	}
	return out
}

// BlockText returns the words of block i.
func (d *Document) BlockText(i int) string {
	b := d.Blocks[i]
	return d.Text[b.Start:b.End]
}

// Builder assembles a Document's text from blocks, remembering where each
// one lands.
type Builder struct {
	sb     strings.Builder
	blocks []Block
}

// Add appends a block's text (already normalised, no leading or trailing
// space). blank asks for an empty line before it.
func (b *Builder) Add(kind BlockKind, level int, text string, blank bool) {
	if text == "" {
		return
	}
	if b.sb.Len() > 0 {
		b.sb.WriteByte('\n')
		if blank {
			b.sb.WriteByte('\n')
		}
	}
	start := b.sb.Len()
	b.sb.WriteString(text)
	b.blocks = append(b.blocks, Block{Kind: kind, Level: level, Start: start, End: b.sb.Len(), Alone: true})
}

func (b *Builder) Document(f Format) *Document {
	d := &Document{Text: b.sb.String(), Format: f, Blocks: b.blocks}
	d.Sentences = SplitSentences(d)
	return d
}

// Format is how an input is written.
type Format string

// The formats an input may have.
const (
	FormatText     Format = "text"
	FormatHTML     Format = "html"
	FormatMarkdown Format = "markdown"
)

// RoomFor is how many more elements to make room for when a slice of n
// elements, filled by a scan that has reached byte at of a text of size
// bytes, is full: as many as the rest of the text would hold at the
// density so far, and an eighth over. A page dense with figures then
// grows its slice once or twice, not by doubling from the first guess.
func RoomFor(n, at, size int) int {
	if at <= 0 || at >= size {
		return n/8 + 4
	}
	return n*(size-at)/at + n/8 + 4
}
