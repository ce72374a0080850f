package compare

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// mdEscaper backslash-escapes what Markdown would read as markup, so that
// minutes text ("*", "_", "<b>", "[link](x)") shows as written.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`, "~", `\~`,
)

func mdText(s string) string { return mdEscaper.Replace(oneLine(s)) }

// mdSegments marks deletions ~~struck~~ and insertions **bold**, the marks
// that survive pasting into a committee paper.
func mdSegments(ss []Segment) string {
	var b strings.Builder
	for _, x := range ss {
		t := mdText(x.Text)
		if t == "" {
			if x.Text != "" {
				b.WriteString(" ")
			}
			continue
		}
		lead, trail := "", ""
		if x.Text[0] == ' ' || x.Text[0] == '\n' {
			lead = " "
		}
		if l := x.Text[len(x.Text)-1]; l == ' ' || l == '\n' {
			trail = " "
		}
		switch x.Op {
		case OpDelete:
			b.WriteString(lead + "~~" + t + "~~" + trail)
		case OpInsert:
			b.WriteString(lead + "**" + t + "**" + trail)
		default:
			b.WriteString(lead + t + trail)
		}
	}
	return strings.TrimSpace(b.String())
}

// WriteMarkdown writes the report as Markdown to paste into a committee
// paper.
func (r *Result) WriteMarkdown(w io.Writer, o RenderOptions) error {
	r = r.shown() // no control or bidi character reaches the reader
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# Changes from %s to %s\n\n", mdText(r.Old.When()), mdText(r.New.When()))
	if b := r.New.Meeting.Body; b != nil {
		fmt.Fprintf(bw, "%s  \n", mdText(*b))
	}
	fmt.Fprintf(bw, "Compared: %s and %s  \n", mdText(r.Old.Source.Name), mdText(r.New.Source.Name))
	fmt.Fprintf(bw, "**%s**\n", r.Summary.counts())
	if f := r.fateCounts(o.All); f != "" {
		fmt.Fprintf(bw, "\n**%s**\n", mdText(f))
	}
	if nm := r.nextMeetingLine(); nm != "" {
		fmt.Fprintf(bw, "\n%s\n", mdText(nm))
	}
	if f := r.figureNote(o.All); f != "" {
		fmt.Fprintf(bw, "\n%s\n", mdText(f))
	}
	for _, g := range r.groups(o.All) {
		fmt.Fprintf(bw, "\n## %s (%d)\n\n", g.Title, len(g.Changes))
		for _, c := range g.Changes {
			fmt.Fprintf(bw, "- **%s**: %s\n", mdText(c.Topic), mdText(strings.Join(c.Details, " ")))
			old, new := c.quotes()
			if len(old) > 0 {
				fmt.Fprintf(bw, "  - *%s:* %s\n", mdText(r.Old.When()), mdSegments(old))
			}
			if len(new) > 0 {
				fmt.Fprintf(bw, "  - *%s:* %s\n", mdText(r.New.When()), mdSegments(new))
			}
		}
	}
	return bw.Flush()
}
