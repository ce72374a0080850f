package input

import (
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/markdown"
)

// MarkdownDocument builds the Document of minutes written in Markdown: the
// text is what a reader of the rendered page sees (headings without their
// marks, links as their words, list items with their bullet or number,
// table rows with cells tab-separated), one block per heading, list item
// and table row; a paragraph's lines are segmented as plain text's are, so
// that a run of label lines ("Present: ...", "Apologies: ...") stays a
// run of blocks while a wrapped sentence is one. A list item's Level is
// its depth in the list, 1 at the top.
func MarkdownDocument(src string) *doc.Document {
	type mark struct {
		kind       doc.BlockKind
		level      int
		start, end int
	}
	var sb strings.Builder
	var marks []mark
	for _, b := range markdown.Blocks([]byte(src)) {
		t := normaliseLines(b.Text)
		if t == "" {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteByte('\n')
			if !b.Tight {
				sb.WriteByte('\n')
			}
		}
		start := sb.Len()
		sb.WriteString(t)
		marks = append(marks, mark{kind: blockKinds[b.Kind], level: b.Level, start: start, end: sb.Len()})
	}
	d := &doc.Document{Text: sb.String(), Format: doc.FormatMarkdown}
	furn := furnitureOf(d.Text, nil)
	for _, m := range marks {
		if m.kind == doc.Paragraph {
			d.Blocks = lineBlocks(d.Text, m.start, m.end, d.Blocks, furn)
			continue
		}
		d.Blocks = append(d.Blocks, doc.Block{Kind: m.kind, Level: m.level, Start: m.start, End: m.end})
	}
	markFurniture(d, furn) // a heading or a list item may be furniture too
	// Markup, not blank lines, sets blocks apart: Markdown needs a blank
	// line between paragraphs, so one says nothing of a title. Headings
	// and table rows stand alone, as in HTML.
	for i := range d.Blocks {
		k := d.Blocks[i].Kind
		d.Blocks[i].Alone = k == doc.Heading || k == doc.TableRow
	}
	d.Sentences = doc.SplitSentences(d)
	return d
}

var blockKinds = map[markdown.Kind]doc.BlockKind{
	markdown.Paragraph: doc.Paragraph,
	markdown.Heading:   doc.Heading,
	markdown.ListItem:  doc.ListItem,
	markdown.TableRow:  doc.TableRow,
}

// normaliseLines normalises each line of a block as plain text's lines
// are, and drops the lines left empty.
func normaliseLines(t string) string {
	var out []string
	for line := range strings.SplitSeq(MapSpaces(t), "\n") {
		if l := normaliseLine(line); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
