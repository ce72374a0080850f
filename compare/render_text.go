package compare

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

const (
	ansiBold  = "\x1b[1m"
	ansiRed   = "\x1b[31m"
	ansiGreen = "\x1b[32m"
	ansiDim   = "\x1b[2m"
	ansiReset = "\x1b[0m"
)

// textStyle marks up the text report, with or without colour.
type textStyle struct{ color bool }

func (s textStyle) wrap(code, text string) string {
	if !s.color || text == "" {
		return text
	}
	return code + text + ansiReset
}

func (s textStyle) segments(ss []Segment) string {
	var b strings.Builder
	for _, x := range ss {
		t := oneLine(x.Text)
		lead, trail := "", ""
		if x.Text != "" && (x.Text[0] == ' ' || x.Text[0] == '\n') {
			lead = " "
		}
		if n := len(x.Text); n > 0 && (x.Text[n-1] == ' ' || x.Text[n-1] == '\n') {
			trail = " "
		}
		if t == "" {
			b.WriteString(lead)
			continue
		}
		b.WriteString(lead)
		switch {
		case x.Op == OpDelete && s.color:
			b.WriteString(ansiRed + t + ansiReset)
		case x.Op == OpDelete:
			b.WriteString("[-" + t + "-]")
		case x.Op == OpInsert && s.color:
			b.WriteString(ansiGreen + t + ansiReset)
		case x.Op == OpInsert:
			b.WriteString("{+" + t + "+}")
		default:
			b.WriteString(t)
		}
		b.WriteString(trail)
	}
	return strings.TrimSpace(b.String())
}

// WriteText writes the report for a terminal or a plain-text e-mail:
// a heading per group, each change with its details and both meetings'
// words, deletions and insertions marked.
func (r *Result) WriteText(w io.Writer, o RenderOptions) error {
	r = r.shown() // no control or bidi character reaches the reader
	bw := bufio.NewWriter(w)
	st := textStyle{o.Color}
	fmt.Fprintf(bw, "%s\n", st.wrap(ansiBold, fmt.Sprintf("Changes from %s to %s", r.Old.Label(), r.New.Label())))
	if b := r.New.Meeting.Body; b != nil {
		fmt.Fprintf(bw, "%s\n", *b)
	}
	fmt.Fprintf(bw, "%s\n", r.Summary.counts())
	if f := r.fateCounts(o.All); f != "" {
		fmt.Fprintf(bw, "%s\n", f)
	}
	if nm := r.nextMeetingLine(); nm != "" {
		fmt.Fprintf(bw, "%s\n", nm)
	}
	if f := r.figureNote(o.All); f != "" {
		fmt.Fprintf(bw, "%s\n", f)
	}
	for _, g := range r.groups(o.All) {
		fmt.Fprintf(bw, "\n%s\n", st.wrap(ansiBold, fmt.Sprintf("%s (%d)", g.Title, len(g.Changes))))
		for _, c := range g.Changes {
			fmt.Fprintf(bw, "  * %s\n", oneLine(c.Topic))
			for _, d := range c.Details {
				fmt.Fprintf(bw, "    %s\n", d)
			}
			old, new := c.quotes()
			if len(old) > 0 {
				fmt.Fprintf(bw, "    %s %s\n", st.wrap(ansiDim, r.Old.When()+":"), st.segments(old))
			}
			if len(new) > 0 {
				fmt.Fprintf(bw, "    %s %s\n", st.wrap(ansiDim, r.New.When()+":"), st.segments(new))
			}
		}
	}
	return bw.Flush()
}
