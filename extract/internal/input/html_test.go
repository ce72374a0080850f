package input

import (
	"fmt"
	"strings"
	"testing"
)

// Each case names the rule of the HTML walker that decides the blocks of
// the page: what ends a line, and what kind the line gets.
func TestHTMLWalkerRules(t *testing.T) {
	for _, c := range []struct {
		rule string
		html string
		want string // the blocks, one a line, as kind:text
	}{
		{"line break ends a line", "<p>Present<br>Cllr Smith</p>", "paragraph:Present|paragraph:Cllr Smith"},
		{"line break in a cell is a space", "<table><tr><td>a<br>b</td></tr></table>", "table-row:a b"},
		{"cells of a row joined by tabs", "<table><tr><td>a</td><td>b</td></tr></table>", "table-row:a\tb"},
		{"empty first cell takes no tab", "<table><tr><td></td><td>b</td></tr></table>", "table-row:b"},
		{"bold line is a heading", "<p><b>Minutes</b></p><p>Text here</p>", "heading:Minutes|paragraph:Text here"},
		{"bold span style is bold", `<p><span style="font-weight: bold">Minutes</span></p>`, "heading:Minutes"},
		{"bold in a list item is emphasis", "<ul><li><strong>Agreed</strong></li></ul>", "list-item:• Agreed"},
		{"partly bold line is a paragraph", "<p><b>Item 1</b> was noted</p>", "paragraph:Item 1 was noted"},
		{"heading element gives its level", "<h3>Apologies</h3>", "heading3:Apologies"},
		{"list item gets a bullet", "<ul><li>First</li><li>Second</li></ul>", "list-item:• First|list-item:• Second"},
		{"inline element ends no line", "<p>The <a href=x>report</a> was <em>noted</em></p>", "paragraph:The report was noted"},
		{"block in a cell keeps the row one line", "<table><tr><td><p>a</p><p>b</p></td></tr></table>", "table-row:a b"},
		{"kind restored after a block", "<ul><li>x<p>inner</p>tail</li></ul>", "list-item:• x|paragraph:inner|list-item:• tail"},
		{"adjacent text joins", "<p>31<sup>ST</sup> March</p>", "paragraph:31ST March"},
	} {
		// The page's main content, with prose enough that the walk starts
		// there (pickMain) and not inside the case's elements.
		pad := strings.Repeat("Padding words for the content area. ", 8)
		d, err := HtmlDocument("<html><body><main><p>" + pad + "</p>" + c.html + "</main></body></html>")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for i, b := range d.Blocks[1:] {
			i++
			kind := b.Kind.String()
			if b.Level > 0 {
				kind += fmt.Sprint(b.Level)
			}
			got = append(got, kind+":"+d.BlockText(i))
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%s: %q gave %q, want %q", c.rule, c.html, g, c.want)
		}
	}
}

// TestPickMain names the rule that chooses the element holding the
// minutes, by the first line of the text it gives.
func TestPickMain(t *testing.T) {
	prose := strings.Repeat("The committee discussed the report at length. ", 6)
	names := "Present: Daniel Appelquist, Hadley Beeman, Kenneth Christiansen, Lea Verou, Rossen Atanassov, Sangwhan Moon, Yves Lafon"
	for _, c := range []struct {
		rule, html, first string
	}{
		{"declared main, menus outside", `<body><div class="links"><a href=a>Home</a> <a href=b>Meetings</a> <a href=c>Contact us</a></div><main><h2>Minutes</h2><p>` + prose + `</p></main></body>`, "Minutes"},
		{"declared main leaves out the attendance", `<body><div id="attendees"><p>` + names + `</p></div><main><h2>Minutes</h2><p>` + prose + `</p></main></body>`, names},
		{"no main: the wrapper of the prose", `<body><div><div><p>` + prose + `</p></div></div></body>`, strings.TrimSpace(prose)},
	} {
		d, err := HtmlDocument(c.html)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.BlockText(0); got != c.first {
			t.Errorf("%s: first line %q, want %q", c.rule, got, c.first)
		}
	}
}

// TestHeaders: the site's <header> is chrome; one heading an article or
// the main content holds the minutes' title and date.
func TestHeaders(t *testing.T) {
	prose := strings.Repeat("The committee discussed the report at length. ", 6)
	for _, c := range []struct {
		rule, html, first string
	}{
		{"site banner", `<body><header><h1>City of Example</h1><p>Home · Council · Contact</p></header><main><h2>Minutes</h2><p>` + prose + `</p></main></body>`, "Minutes"},
		{"article's header", `<body><main><article><header><h1>Planning Committee, 4 May 2024</h1></header><p>` + prose + `</p></article></main></body>`, "Planning Committee, 4 May 2024"},
	} {
		d, err := HtmlDocument(c.html)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.BlockText(0); got != c.first {
			t.Errorf("%s: first line %q, want %q", c.rule, got, c.first)
		}
	}
}
