package input

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
)

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// mainContent selectors, most specific first: ModernGov's content area,
// then the page's declared main content.
var mainContent = []string{"#modgov .mgContent", ".mgContent", "#modgov", "main", "[role=main]", "article", "#content", "#main-content", ".content"}

// maxDescent bounds the search for the element holding most of the prose,
// so that pathological nesting costs linear time.
const maxDescent = 64

// HtmlDocument converts an HTML page to the Document: chrome dropped, the
// main content kept, block structure kept as lines.
func HtmlDocument(src string) (*doc.Document, error) {
	gq, err := goquery.NewDocumentFromReader(strings.NewReader(src))
	if err != nil {
		// The parser refuses pathological pages (more than 512 open
		// elements); their words are still worth having.
		return tokenizedDocument(src), nil
	}
	gq.Find(chrome).Remove()
	gq.Find("header").FilterFunction(func(_ int, s *goquery.Selection) bool { return siteHeader(s) }).Remove()
	gq.Find("[class], [id], [style]").Each(func(_ int, s *goquery.Selection) {
		if isChrome(s) {
			s.Remove()
		}
	})
	root := pickMain(gq)
	w := &htmlWalker{bold: true}
	for _, n := range root.Nodes {
		w.walk(n)
	}
	w.flush()
	d := w.b.Document(doc.FormatHTML)
	return markFurniture(d, furnitureOf(d.Text, nil)), nil
}

// siteHeader tells whether a <header> is the site's banner: one outside
// any <article>, <main> or <section>.
func siteHeader(s *goquery.Selection) bool {
	return s.ParentsFiltered("article, main, section").Length() == 0
}

func isChrome(s *goquery.Selection) bool {
	if st, ok := s.Attr("style"); ok {
		st = strings.ReplaceAll(strings.ToLower(st), " ", "")
		if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
			return true
		}
	}
	// Never drop the document's outer containers, whatever they are called.
	if n := s.Get(0); n.DataAtom == atom.Body || n.DataAtom == atom.Html || n.DataAtom == atom.Main {
		return false
	}
	names := strings.ToLower(s.AttrOr("class", "") + " " + s.AttrOr("id", ""))
	for _, w := range chromeWords {
		if strings.Contains(names, w) {
			return true
		}
	}
	return false
}

// pickMain returns the element holding the minutes: a known content area
// when the page has one with real text in it, else the element that holds
// most of the body's prose.
func pickMain(gq *goquery.Document) *goquery.Selection {
	body := gq.Find("body")
	if body.Length() == 0 {
		body = gq.Selection
	}
	var m textSizes
	for _, sel := range mainContent {
		s := gq.Find(sel)
		if s.Length() != 1 {
			continue
		}
		in := measure(s.Nodes, false).total
		if in < 200 {
			continue
		}
		if measure(body.Nodes, false).total-in < proseOutside {
			return s // nothing much outside it: no need to weigh it
		}
		m = measure(body.Nodes, true)
		if leavesProse(m, body, s) {
			// A declared content area that leaves out the minutes'
			// header and attendance (scribe tools write them above
			// <main>) is not the minutes.
			break
		}
		return s
	}
	if m.nodes == nil {
		m = measure(body.Nodes, true)
	}
	// Descend while one child holds nearly all the text and what it leaves
	// out is little or mostly links: that sheds menus and link lists around
	// a content wrapper but keeps a header with the meeting's date.
	cur := body
	for depth := 0; depth < maxDescent; depth++ {
		curLen := m.text(cur)
		var next *goquery.Selection
		cur.Children().EachWithBreak(func(_ int, c *goquery.Selection) bool {
			if m.text(c) >= curLen*85/100 {
				next = c
				return false
			}
			return true
		})
		if next == nil {
			break
		}
		if leavesProse(m, cur, next) {
			break
		}
		cur = next
	}
	return cur
}

// leavesProse tells whether the element in, inside outer, leaves out of
// the page's text much that is not links: a header, an attendance list.
func leavesProse(m textSizes, outer, in *goquery.Selection) bool {
	outside := m.text(outer) - m.text(in)
	linksOutside := m.links(outer) - m.links(in)
	return outside >= proseOutside && linksOutside*2 < outside
}

// proseOutside is how much text, in non-space bytes, an element must
// leave out of its page before what it leaves out is weighed.
const proseOutside = 100

// textSizes holds, for every node of a page, the non-space bytes of the
// text under it and of the text under the links below it, measured in one
// walk: the descent asks for them again at every level, and walking the
// subtree each time made it cost the page's size times its depth.
type textSizes struct {
	total int                   // the roots' text
	nodes map[*html.Node][2]int // each element's text and link text, when kept
}

// measure walks the trees under roots; keep asks for every element's
// sizes, not only the roots' text.
func measure(roots []*html.Node, keep bool) textSizes {
	m := textSizes{}
	if keep {
		m.nodes = map[*html.Node][2]int{}
	}
	// The parser refuses pages nested deeper than 512 elements, so the walk
	// is bounded as the tree is.
	var walk func(*html.Node, int) (int, int)
	walk = func(x *html.Node, depth int) (text, links int) {
		if x.Type == html.TextNode {
			for i := 0; i < len(x.Data); i++ {
				if !isHTMLSpace(x.Data[i]) {
					text++
				}
			}
			return text, 0
		}
		if depth <= 512 {
			for c := x.FirstChild; c != nil; c = c.NextSibling {
				t, l := walk(c, depth+1)
				text += t
				links += l
				if c.Type == html.ElementNode && c.DataAtom == atom.A {
					links += t // every link below counts, a nested one too, as Find("a") has it
				}
			}
		}
		if keep && (x.Type == html.ElementNode || x.Type == html.DocumentNode) {
			m.nodes[x] = [2]int{text, links}
		}
		return text, links
	}
	for _, r := range roots {
		t, _ := walk(r, 0)
		m.total += t
	}
	return m
}

// text is the non-space bytes of the text under the selection's nodes,
// elements whose sizes were kept.
func (m textSizes) text(s *goquery.Selection) int {
	n := 0
	for _, x := range s.Nodes {
		n += m.nodes[x][0]
	}
	return n
}

// links is the non-space bytes of the text of the links below the
// selection's nodes, elements whose sizes were kept.
func (m textSizes) links(s *goquery.Selection) int {
	n := 0
	for _, x := range s.Nodes {
		n += m.nodes[x][1]
	}
	return n
}

// htmlWalker turns the DOM into lines.
type htmlWalker struct {
	b       doc.Builder
	line    []byte // the current line, kept between lines so it is grown once
	bold    bool   // every word of the current line so far is bold
	words   bool   // the current line has words
	space   bool   // white space is pending before the next word
	inList  int    // depth of list items: bold lines in them are emphasis, not headings
	kind    doc.BlockKind
	level   int
	inBold  int
	inCell  int
	cellNum int
}

func (w *htmlWalker) text(s string) {
	if s == "" {
		return
	}
	if isHTMLSpace(s[0]) {
		w.space = true
	}
	for rest := s; ; {
		f, more := NextField(rest)
		if f == "" {
			break
		}
		rest = more
		if w.space && len(w.line) > 0 {
			w.line = append(w.line, ' ')
		}
		w.line = append(w.line, f...)
		w.space = true // between the fields of one text node
		if w.inBold == 0 {
			w.bold = false
		}
		w.words = true
	}
	// Adjacent text nodes join without a space ("31<sup>ST</sup>") unless
	// the source had one.
	w.space = isHTMLSpace(s[len(s)-1])
}

// NextField returns the first run of s that is not white space, as
// strings.Fields would split it, and what follows it; "" when none is left.
// A text node's words are walked this way, without a slice of them.
func NextField(s string) (field, rest string) {
	i := 0
	for i < len(s) {
		sp, n := spaceAt(s, i)
		if !sp {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		sp, n := spaceAt(s, j)
		if sp {
			break
		}
		j += n
	}
	return s[i:j], s[j:]
}

// spaceAt tells whether the rune at s[i] is white space (unicode.IsSpace)
// and how long it is; ASCII, most of a page, needs no decoding.
func spaceAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return c == ' ' || c >= '\t' && c <= '\r', 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), n
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'
}

// flush ends the current line as a block.
func (w *htmlWalker) flush() {
	t := normaliseLine(strings.TrimSpace(string(w.line)))
	if t != "" {
		kind, level := w.kind, w.level
		if kind == doc.Paragraph && w.bold && w.words && w.inList == 0 {
			kind = doc.Heading // a line that is bold and nothing else
		}
		if kind == doc.ListItem && !strings.HasPrefix(t, "• ") {
			t = "• " + t
		}
		w.b.Add(kind, level, t, kind == doc.Heading)
	}
	w.line = w.line[:0]
	w.bold, w.words, w.space = true, false, false
}

var headingLevel = map[atom.Atom]int{atom.H1: 1, atom.H2: 2, atom.H3: 3, atom.H4: 4, atom.H5: 5, atom.H6: 6}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.Tr, atom.Table,
		atom.Tbody, atom.Thead, atom.Tfoot, atom.Caption, atom.Blockquote, atom.Pre, atom.Section,
		atom.Article, atom.Aside, atom.Main, atom.Hr, atom.Address, atom.Figure, atom.Figcaption,
		atom.Details, atom.Summary, atom.Center, atom.Fieldset, atom.Time,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// walk turns the tree under n into lines: text joins the current line,
// elements are read by what they are (element).
func (w *htmlWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
	case html.ElementNode:
		w.element(n)
	case html.DocumentNode:
		w.children(n)
	}
}

// element reads one element, by the first of these that it is: a line
// break, a table cell, bold text, an element that ends no line (inline,
// or a block inside a table cell), or a block.
func (w *htmlWalker) element(n *html.Node) {
	a := n.DataAtom
	switch {
	case a == atom.Br:
		w.lineBreak()
	case a == atom.Td || a == atom.Th:
		w.cell(n)
	case isBold(n):
		w.boldRun(n)
	case !isBlock(a) || w.inCell > 0 && a != atom.Tr && a != atom.Table:
		w.inline(n, isBlock(a))
	default:
		w.block(n)
	}
}

// lineBreak reads a <br>: it ends the line, except inside a table cell,
// where the row stays one line and the break is a space.
func (w *htmlWalker) lineBreak() {
	if w.inCell > 0 {
		w.space = true
	} else {
		w.flush()
	}
}

// cell reads a <td> or <th>: its words join the row's line after a tab.
func (w *htmlWalker) cell(n *html.Node) {
	if w.cellNum > 0 && len(w.line) > 0 {
		w.line = append(w.line, '\t')
		w.space = false
	}
	w.cellNum++
	w.inCell++
	w.children(n)
	w.inCell--
}

// isBold reports whether n makes its words bold: <b>, <strong>, or a span
// styled font-weight:bold, as word processors export it.
func isBold(n *html.Node) bool {
	a := n.DataAtom
	return a == atom.B || a == atom.Strong || a == atom.Span && strings.Contains(strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", ""), "font-weight:bold")
}

// boldRun reads bold text: a line all of whose words are bold is a heading
// (flush).
func (w *htmlWalker) boldRun(n *html.Node) {
	w.inBold++
	w.children(n)
	w.inBold--
}

// inline reads an element that ends no line. A block element inside a
// table cell, a <p> in a <td>, keeps the row on one line but sets its
// words apart with spaces.
func (w *htmlWalker) inline(n *html.Node, block bool) {
	if block {
		w.space = true
	}
	w.children(n)
	if block {
		w.space = true
	}
}

// block reads a block element: it starts a line and ends one, and a
// heading, list item, table row or paragraph gives the lines inside it
// their kind (blockKind). The kind outside is restored after it.
func (w *htmlWalker) block(n *html.Node) {
	a := n.DataAtom
	w.flush()
	saved, savedLevel, savedCells := w.kind, w.level, w.cellNum
	if kind, level, ok := blockKind(a); ok {
		w.kind, w.level = kind, level
	}
	if a == atom.Tr {
		w.cellNum = 0
	}
	list := a == atom.Li // bold lines in list items are emphasis, not headings
	if list {
		w.inList++
	}
	w.children(n)
	w.flush()
	if list {
		w.inList--
	}
	w.kind, w.level, w.cellNum = saved, savedLevel, savedCells
}

// blockKind is the kind and level a block element gives its lines; ok is
// false for the blocks that keep the kind around them (a <ul>, a <table>,
// a <section>).
func blockKind(a atom.Atom) (kind doc.BlockKind, level int, ok bool) {
	switch {
	case headingLevel[a] > 0:
		return doc.Heading, headingLevel[a], true
	case a == atom.Li:
		return doc.ListItem, 0, true
	case a == atom.Tr:
		return doc.TableRow, 0, true
	case a == atom.P || a == atom.Div || a == atom.Dt || a == atom.Dd:
		return doc.Paragraph, 0, true
	}
	return 0, 0, false
}

func (w *htmlWalker) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// tokenizedDocument is the fallback for pages the HTML parser refuses: a
// flat walk over the tokens, block tags ending lines, script and style
// dropped. It keeps the words but not the structure.
func tokenizedDocument(src string) *doc.Document {
	w := &htmlWalker{bold: true}
	z := html.NewTokenizer(strings.NewReader(src))
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			w.flush()
			return w.b.Document(doc.FormatHTML)
		case html.TextToken:
			if skip == 0 {
				w.text(string(z.Text()))
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Script || a == atom.Style || a == atom.Noscript || a == atom.Template {
				skip++
			} else if isBlock(a) || a == atom.Br {
				w.flush()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Script || a == atom.Style || a == atom.Noscript || a == atom.Template {
				if skip > 0 {
					skip--
				}
			} else if isBlock(a) {
				w.flush()
			}
		}
	}
}
