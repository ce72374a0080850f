package extract

import (
	"sort"
	"strings"
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

	tokens [][]Token // per block, scanned on first use
}

// Tokens returns the tokens of block i, scanned once and shared by every
// recogniser. Callers must not modify the slice.
func (d *Document) Tokens(i int) []Token {
	if d.tokens == nil {
		d.tokens = make([][]Token, len(d.Blocks))
	}
	if d.tokens[i] == nil {
		b := d.Blocks[i]
		d.tokens[i] = tokenize(d.Text, b.Start, b.End)
	}
	return d.tokens[i]
}

// TokensIn returns the tokens inside [start, end), which must lie within
// one block, as tokenize(d.Text, start, end) would: the first token counts
// as following white space. Callers must not modify the slice.
func (d *Document) TokensIn(start, end int) []Token {
	bi := sort.Search(len(d.Blocks), func(i int) bool { return d.Blocks[i].End >= end })
	if bi == len(d.Blocks) || d.Blocks[bi].Start > start {
		return tokenize(d.Text, start, end) // spans blocks: scan afresh
	}
	toks := d.Tokens(bi)
	lo := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
	hi := sort.Search(len(toks), func(i int) bool { return toks[i].End > end })
	if lo >= hi {
		return nil
	}
	out := toks[lo:hi:hi]
	if !out[0].SpaceBefore {
		out = append([]Token(nil), out...)
		out[0].SpaceBefore = true
	}
	return out
}

// BlockText returns the words of block i.
func (d *Document) BlockText(i int) string {
	b := d.Blocks[i]
	return d.Text[b.Start:b.End]
}

// builder assembles a Document's text from blocks, remembering where each
// one lands.
type builder struct {
	sb     strings.Builder
	blocks []Block
}

// add appends a block's text (already normalised, no leading or trailing
// space). blank asks for an empty line before it.
func (b *builder) add(kind BlockKind, level int, text string, blank bool) {
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

func (b *builder) document(f Format) *Document {
	d := &Document{Text: b.sb.String(), Format: f, Blocks: b.blocks}
	d.Sentences = splitSentences(d)
	return d
}
