package compare

import (
	"bytes"
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/schema"
	"golang.org/x/net/html"
)

// hostile is minutes text written to break out of the report.
const hostile = `<script>alert(1)</script> <img src=x onerror=alert(1)> <a href="javascript:alert(1)">click</a> " onmouseover="alert(1)`

func hostilePair() (*schema.Record, *schema.Record) {
	title := "Item <b onclick=alert(1)>bold</b>"
	oldText := board + "6 November 2017.\n\n" + title + "\nThe <script>alert(1)</script> report will be published by 23 November 2017. " + hostile + "\n"
	newText := board + "5 February 2018.\n\n" + title + "\nThe <script>alert(1)</script> report will be published by 1 March 2018. <img src=x onerror=alert(1)> was launched.\n"
	a := rec("<img src=x onerror=alert(1)>.txt", "2017-11-06", oldText).items(title).
		date("23 November 2017", "2017-11-23", "2017-11-23", "day").
		commit("The <script>alert(1)</script> report will be published by 23 November 2017.", `publish <a href="javascript:alert(1)">x</a>`, "<i>owner</i>", "23 November 2017", "by").
		decision(hostile, "agreed").done()
	b := rec("javascript:alert(1)", "2018-02-05", newText).items(title).
		date("1 March 2018", "2018-03-01", "2018-03-01", "day").
		commit("The <script>alert(1)</script> report will be published by 1 March 2018.", `publish <a href="javascript:alert(1)">x</a>`, "<i>owner</i>", "1 March 2018", "by").
		done()
	body := `<style>body{display:none}</style>`
	b.Meeting.Body = &body
	return a, b
}

// TestHTMLSafe parses the reports and checks that every element and
// attribute is one the template wrote: nothing in the minutes' text may
// become markup.
func TestHTMLSafe(t *testing.T) {
	allowed := map[string]bool{"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true,
		"h1": true, "h2": true, "h3": true, "p": true, "section": true, "article": true, "blockquote": true,
		"cite": true, "del": true, "ins": true, "ul": true, "li": true, "table": true, "tr": true, "td": true,
		"tbody": true, "span": true, "em": true}
	attrs := map[string]bool{"lang": true, "charset": true, "name": true, "content": true, "class": true}
	a, b := hostilePair()
	var pages []*bytes.Buffer
	for _, w := range []func(*bytes.Buffer) error{
		func(buf *bytes.Buffer) error { return Diff(a, b, Options{}).WriteHTML(buf, RenderOptions{All: true}) },
		func(buf *bytes.Buffer) error {
			return Track([]*schema.Record{a, b}, Options{}).WriteHTML(buf, RenderOptions{})
		},
	} {
		buf := &bytes.Buffer{}
		if err := w(buf); err != nil {
			t.Fatal(err)
		}
		pages = append(pages, buf)
	}
	for _, page := range pages {
		if !strings.Contains(page.String(), "&lt;script&gt;") {
			t.Errorf("the hostile text is not in the page at all; the test proves nothing")
		}
		doc, err := html.Parse(bytes.NewReader(page.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		styles := 0
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode {
				if !allowed[n.Data] {
					t.Errorf("element <%s> in the report", n.Data)
				}
				if n.Data == "style" {
					styles++
				}
				for _, at := range n.Attr {
					if !attrs[at.Key] {
						t.Errorf("attribute %s=%q on <%s>", at.Key, at.Val, n.Data)
					}
					if strings.Contains(strings.ToLower(at.Val), "javascript") || strings.Contains(at.Val, "<") {
						t.Errorf("attribute %s=%q on <%s> carries minutes text", at.Key, at.Val, n.Data)
					}
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		if styles != 1 {
			t.Errorf("%d <style> elements, want the template's one", styles)
		}
	}
}
