// Package markdown reads minutes written in Markdown (CommonMark with GFM
// tables) through goldmark, and gives their blocks as plain text: headings
// without their marks, links as their words, emphasis and escapes gone,
// list items with their bullet or number, table rows with their cells
// tab-separated, as the HTML reader gives them. HTML comments and raw HTML
// give no text.
package markdown

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"
)

// Kind is what a block is.
type Kind int

// The kinds of block.
const (
	Paragraph Kind = iota
	Heading
	ListItem
	TableRow
)

// Block is one block of the document as plain text. A paragraph keeps its
// source lines (a soft line break is a new line), so that the reader after
// it can tell a wrapped sentence from a run of label lines.
type Block struct {
	Kind  Kind
	Level int    // a heading's level, 1 to 6; a list item's depth, 1 at the top
	Text  string // lines separated by "\n", no leading or trailing space
	// Tight is set on a list item or table row that follows another of its
	// list or table with no blank line between them.
	Tight bool
}

var parser = goldmark.New(goldmark.WithExtensions(extension.Table)).Parser()

// Blocks parses src and returns its blocks in reading order.
func Blocks(src []byte) []Block {
	root := parser.Parse(text.NewReader(src))
	r := &reader{src: src}
	r.block(root, "")
	return r.out
}

type reader struct {
	src   []byte
	out   []Block
	depth int // how many lists the reader is inside
}

// block reads the block n; prefix is a list item's bullet or number, to
// put before the item's first line.
func (r *reader) block(n ast.Node, prefix string) {
	switch n := n.(type) {
	case *ast.Heading:
		r.add(Block{Kind: Heading, Level: n.Level, Text: oneLine(r.inline(n))})
	case *ast.Paragraph, *ast.TextBlock:
		r.leaf(Paragraph, r.inline(n), prefix)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		r.leaf(Paragraph, string(lines(n, r.src)), prefix)
	case *ast.HTMLBlock:
		r.leaf(Paragraph, htmlText(lines(n, r.src)), prefix)
	case *ast.ThematicBreak:
	case *ast.List:
		r.depth++
		defer func() { r.depth-- }()
		num := n.Start
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			p := "• "
			if n.IsOrdered() {
				p = strconv.Itoa(num) + string(n.Marker) + " "
				num++
			}
			r.item(c, p, n.IsTight)
		}
	case *east.Table:
		first := true
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			var cells []string
			for cell := c.FirstChild(); cell != nil; cell = cell.NextSibling() {
				cells = append(cells, oneLine(r.inline(cell)))
			}
			row := strings.TrimSpace(strings.Join(cells, "\t"))
			if strings.Trim(row, "\t ") != "" {
				r.add(Block{Kind: TableRow, Text: row, Tight: !first})
				first = false
			}
		}
	default: // the document, block quotes, list items' other blocks
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			r.block(c, prefix)
			prefix = ""
		}
	}
}

// item reads one list item: its first block carries the item's marker;
// an item with no text of its own still gives its marker a line.
func (r *reader) item(n ast.Node, prefix string, tight bool) {
	before := len(r.out)
	r.block(n, prefix)
	if len(r.out) == before {
		return
	}
	r.out[before].Tight = tight && before > 0 && r.out[before-1].Kind == ListItem
}

// leaf adds a paragraph, or a list item when prefix is set.
func (r *reader) leaf(k Kind, t, prefix string) {
	t = strings.TrimSpace(t)
	if t == "" {
		return
	}
	level := 0
	if prefix != "" {
		k, t, level = ListItem, prefix+t, r.depth
	}
	r.add(Block{Kind: k, Level: level, Text: t})
}

func (r *reader) add(b Block) {
	if strings.TrimSpace(b.Text) != "" {
		r.out = append(r.out, b)
	}
}

// inline renders the inline content of n as text: words as written
// (escapes resolved), links as their words, images as their alt text,
// raw HTML as nothing; a soft or hard line break ends a line.
func (r *reader) inline(n ast.Node) string {
	var sb strings.Builder
	var walk func(ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				sb.Write(unescape(c.Segment.Value(r.src), c.IsRaw()))
				if c.SoftLineBreak() || c.HardLineBreak() {
					sb.WriteByte('\n')
				}
			case *ast.String:
				sb.Write(c.Value)
			case *ast.CodeSpan:
				walk(c)
			case *ast.AutoLink:
				sb.Write(c.Label(r.src))
			case *ast.RawHTML:
				// tags and comments give no words
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return sb.String()
}

// unescape resolves backslash escapes and character references, as a
// Markdown renderer does.
func unescape(b []byte, raw bool) []byte {
	if raw {
		return b
	}
	if bytes.IndexByte(b, '\\') >= 0 {
		b = util.UnescapePunctuations(b)
	}
	if bytes.IndexByte(b, '&') >= 0 {
		b = util.ResolveEntityNames(util.ResolveNumericReferences(b))
	}
	return b
}

// lines is the source text of a block's lines.
func lines(n ast.Node, src []byte) []byte {
	var b []byte
	ls := n.Lines()
	for i := 0; i < ls.Len(); i++ {
		seg := ls.At(i)
		b = append(b, seg.Value(src)...)
	}
	return b
}

// htmlText is the text of an HTML block: its words, one line per line of
// text; comments and tags give none.
func htmlText(b []byte) string {
	z := html.NewTokenizer(bytes.NewReader(b))
	var sb strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return sb.String()
		case html.TextToken:
			sb.Write(z.Text())
		}
	}
}

// oneLine joins a heading's or a cell's lines with spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
