package input

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/minutes-tool/minutes/extract/internal/doc"
)

// wrapWidth is the line length from which a line that runs on into the next
// is taken as hard-wrapped prose (PDF exports, e-mails) rather than a list.
const wrapWidth = 60

// TextDocument segments normalised plain text into blocks: one per line,
// except that a hard-wrapped paragraph's lines are one block.
func TextDocument(text string) *doc.Document {
	return textDocument(text, nil)
}

// PlainDocument normalises plain text (NormaliseText) and segments it
// (TextDocument), keeping where its form feeds broke its pages for the
// furniture.
func PlainDocument(raw string) *doc.Document {
	return textDocument(normalise(raw))
}

// textDocument is TextDocument with the starts of the lines a form feed
// put at the top of a page.
func textDocument(text string, pageStarts []int) *doc.Document {
	d := &doc.Document{Text: text, Format: doc.FormatText}
	d.Blocks = lineBlocks(text, 0, len(text), nil, furnitureOf(text, pageStarts))
	markAlone(d)
	d.Sentences = doc.SplitSentences(d)
	return d
}

// lineBlocks appends to out the blocks of the lines of text[from:to]: one
// per line, except that a hard-wrapped paragraph's lines are one block.
// A line that is furniture (furn, by its start) is a block of its own.
func lineBlocks(text string, from, to int, out []doc.Block, furn *furnitureMarks) []doc.Block {
	type line struct{ start, end int }
	var lines []line
	for i := from; i <= to; {
		j := strings.IndexByte(text[i:to], '\n')
		if j < 0 {
			j = to - i
		}
		lines = append(lines, line{i, i + j})
		i += j + 1
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l.start == l.end {
			continue
		}
		start, end := l.start, l.end
		if f := furn.at(start); f != doc.Content {
			out = append(out, doc.Block{Kind: doc.Paragraph, Start: start, End: end, Furniture: f})
			continue
		}
		// Join the following lines while this one wraps into them. The
		// block's length in runes is kept as lines join, counted only up
		// to wrapWidth: counting the whole block for every line it took
		// made a long run of wrapped lines (a table's rows, a page of
		// figures) cost its length squared.
		runes := runesUpTo(0, text[start:end])
		for i+1 < len(lines) && lines[i+1].start < lines[i+1].end && furn.at(lines[i+1].start) == doc.Content && wrapsInto(text[start:end], runes, text[lines[i+1].start:lines[i+1].end]) {
			i++
			runes = runesUpTo(runes, text[end:lines[i].end]) // the line break and the line
			end = lines[i].end
		}
		kind := doc.Paragraph
		if strings.HasPrefix(text[start:end], "• ") {
			kind = doc.ListItem
		}
		out = append(out, doc.Block{Kind: kind, Start: start, End: end})
	}
	return out
}

// markAlone sets Alone on the blocks of a text: a block stands alone with
// a blank line (or the edge) before it and a blank line, the edge or a
// paragraph of prose after it: a title line followed at once by its body.
func markAlone(d *doc.Document) {
	text := d.Text
	for i := range d.Blocks {
		b := &d.Blocks[i]
		blankBefore := b.Start == 0 || (b.Start >= 2 && text[b.Start-2] == '\n')
		blankAfter := b.End == len(text) || (b.End+1 < len(text) && text[b.End+1] == '\n')
		if !blankAfter && i+1 < len(d.Blocks) {
			blankAfter = IsProse(d.BlockText(i + 1))
		}
		b.Alone = blankBefore && blankAfter
	}
}

// runesUpTo adds to n, a count of runes, the runes of s, and stops once it
// reaches wrapWidth: all wrapsInto asks of a block is whether it is long.
// Runes count as utf8.RuneCountInString counts them.
func runesUpTo(n int, s string) int {
	for i := 0; i < len(s) && n < wrapWidth; n++ {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// wrapsInto reports whether line cur runs on into next: cur is long and
// unfinished, or next carries on in lower case. runes is cur's length in
// runes, or wrapWidth when longer (runesUpTo).
func wrapsInto(cur string, runes int, next string) bool {
	if strings.HasPrefix(next, "• ") || strings.HasPrefix(cur, "• ") && len(cur) < wrapWidth {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	last, _ := utf8.DecodeLastRuneInString(cur)
	if unicode.IsLower(r) && !strings.ContainsRune(".:;", last) {
		// Lower case carries the line on, unless it numbers a sub-item:
		// "5. FINANCE" over "a) Payments - the clerk ...".
		return !startsSubNumber(next)
	}
	if runes < wrapWidth || strings.ContainsRune(".:;?!", last) {
		return false
	}
	// A long line ending mid-sentence, followed by more words.
	return !startsNumbered(next)
}

// IsProse reports whether a line reads as running text rather than a title:
// long, or a finished sentence.
func IsProse(s string) bool {
	if utf8.RuneCountInString(s) >= 80 {
		return true
	}
	s = strings.TrimRight(s, " ")
	return strings.HasSuffix(s, ".") && strings.Count(s, " ") >= 5
}

// startsNumbered reports whether a line starts with an item or list number.
func startsNumbered(s string) bool {
	_, _, ok := LeadingNumber(s)
	return ok
}

// startsSubNumber reports whether a line starts with a lower-case letter
// or roman numeral numbering a sub-item, "a) ", "(b) ", "iv. ", and a
// capital after it.
func startsSubNumber(s string) bool {
	num, rest, ok := LeadingNumber(s)
	if !ok || num == "" || rest >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[rest:])
	return unicode.IsUpper(r) && (num[0] == '(' || num[0] >= 'a' && num[0] <= 'z')
}
