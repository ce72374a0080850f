package doc

import "sort"

// Furniture is what a block that is no part of the minutes' content is:
// what a page, a viewer or a covering letter puts around them. Package
// input finds it (input/furniture.go) as it builds the Document; Split
// keeps it away from the recognisers that read content.
type Furniture uint8

// The kinds of furniture.
const (
	Content        Furniture = iota // not furniture
	PageNumber                      // "Page 3 of 12", "- 3 -", "3 | Page"
	RunningHead                     // a line repeated at the page breaks: a header or footer
	CoveringLetter                  // a letter before the minutes: "Dear ...", "Yours sincerely"
	SiteFooter                      // a line a site puts under every document it serves
	Navigation                      // a site's navigation trail: "Home > Council > Minutes"
)

func (f Furniture) String() string {
	switch f {
	case PageNumber:
		return "page-number"
	case RunningHead:
		return "running-head"
	case CoveringLetter:
		return "covering-letter"
	case SiteFooter:
		return "site-footer"
	case Navigation:
		return "navigation"
	}
	return "content"
}

// Split returns the document's content and its furniture as two
// Documents over the same text, so that every span still indexes the whole
// text: content holds the blocks and sentences that are no furniture,
// furniture the rest (nil when there is none, and then content is d).
// Each part scans its own blocks' tokens, so the text is scanned once
// over the two; both must be released, and d is not scanned by them.
// Recognisers read the content; the date mentions are read in both, as a
// date in a page header is still written there.
func (d *Document) Split() (content, furniture *Document) {
	n := 0
	for _, b := range d.Blocks {
		if b.Furniture != Content {
			n++
		}
	}
	if n == 0 {
		return d, nil
	}
	// A part's blocks are all its tokens only where d's blocks hold all
	// the text; otherwise, as for d, the whole text is scanned for them.
	whole := d.blocksHoldAllText()
	content = &Document{Text: d.Text, Format: d.Format, Genre: d.Genre, part: whole, Blocks: make([]Block, 0, len(d.Blocks)-n)}
	furniture = &Document{Text: d.Text, Format: d.Format, Genre: d.Genre, part: whole, Blocks: make([]Block, 0, n)}
	at := make([]int, len(d.Blocks)) // block i's index in its part
	for i, b := range d.Blocks {
		p := content
		if b.Furniture != Content {
			p = furniture
		}
		at[i] = len(p.Blocks)
		p.Blocks = append(p.Blocks, b)
	}
	for _, s := range d.Sentences {
		p := content
		if s.Block >= 0 && s.Block < len(d.Blocks) && d.Blocks[s.Block].Furniture != Content {
			p = furniture
		}
		if s.Block >= 0 && s.Block < len(at) {
			s.Block = at[s.Block]
		}
		p.Sentences = append(p.Sentences, s)
	}
	return content, furniture
}

// InFurniture tells whether byte offset at lies inside one of the blocks
// of furniture, which are in text order.
func InFurniture(furniture *Document, at int) bool {
	if furniture == nil {
		return false
	}
	bs := furniture.Blocks
	i := sort.Search(len(bs), func(i int) bool { return bs[i].End > at })
	return i < len(bs) && bs[i].Start <= at
}
