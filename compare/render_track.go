package compare

import (
	"bufio"
	"fmt"
	"html/template"
	"io"
	"strings"
)

// WriteJSON writes the tracking as JSON.
func (t *Tracking) WriteJSON(w io.Writer) error { return writeJSON(w, t) }

func (t *Tracking) title() string {
	body := "the same body"
	for _, m := range t.Meetings {
		if m.Meeting.Body != nil {
			body = *m.Meeting.Body
			break
		}
	}
	return fmt.Sprintf("Commitments across %d meetings of %s", len(t.Meetings), body)
}

func dueOf(s Step) string {
	if s.Due == nil {
		return ""
	}
	return " [due " + dueText(s.Due) + "]"
}

// counts is the header's line: how many commitments, and where they
// ended: "12 commitments: 5 open (1 overdue), 3 done, 4 vanished; 2
// slipped at least once".
func (t *Tracking) counts() string {
	n := map[string]int{}
	slipped := 0
	for _, th := range t.Threads {
		n[th.State]++
		if th.Slips > 0 {
			slipped++
		}
	}
	line := fmt.Sprintf("%d commitments", len(t.Threads))
	if len(t.Threads) == 1 {
		line = "1 commitment"
	}
	overdue := 0
	for _, th := range t.Threads {
		if th.Overdue {
			overdue++
		}
	}
	var parts []string
	for _, st := range []string{StateOpen, StateDone, StateVanished} {
		if n[st] > 0 {
			p := fmt.Sprintf("%d %s", n[st], st)
			if st == StateOpen && overdue > 0 {
				p += fmt.Sprintf(" (%d overdue)", overdue)
			}
			parts = append(parts, p)
		}
	}
	if len(parts) > 0 {
		line += ": " + strings.Join(parts, ", ")
	}
	if slipped > 0 {
		line += fmt.Sprintf("; %d slipped at least once", slipped)
	}
	return line
}

// said is a step's words after its status, ": " and the text with its
// due date, or nothing when the meeting said nothing of it.
func said(s Step, text func(string) string) string {
	if s.Text == "" && s.Due == nil {
		return ""
	}
	out := ": " + text(s.Text)
	if s.Due != nil {
		out += " " + text(strings.TrimSpace(dueOf(s)))
	}
	return out
}

// WriteText writes each thread with its steps, one line a meeting.
func (t *Tracking) WriteText(w io.Writer, o RenderOptions) error {
	t = t.shown() // no control or bidi character reaches the reader
	bw := bufio.NewWriter(w)
	st := textStyle{o.Color}
	fmt.Fprintln(bw, st.wrap(ansiBold, t.title()))
	for _, m := range t.Meetings {
		fmt.Fprintf(bw, "  %s\n", m.Label())
	}
	fmt.Fprintf(bw, "%s\n", t.counts())
	for _, th := range t.Threads {
		fmt.Fprintf(bw, "\n%s\n", st.wrap(ansiBold, fmt.Sprintf("* %s: %s", oneLine(th.Topic), th.Summary)))
		for _, s := range th.Steps {
			fmt.Fprintf(bw, "  %s %s%s\n", st.wrap(ansiDim, s.When), s.Status, said(s, oneLine))
			for _, d := range stepDetails(s) {
				fmt.Fprintf(bw, "      %s\n", d)
			}
		}
		if len(th.DueHistory) > 1 {
			var ds []string
			for _, d := range th.DueHistory {
				ds = append(ds, d.Text)
			}
			fmt.Fprintf(bw, "  due: %s\n", strings.Join(ds, " → "))
		}
	}
	return bw.Flush()
}

// WriteMarkdown writes the tracking as Markdown, a section a commitment.
func (t *Tracking) WriteMarkdown(w io.Writer, o RenderOptions) error {
	t = t.shown() // no control or bidi character reaches the reader
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# %s\n\n", mdText(t.title()))
	for _, m := range t.Meetings {
		fmt.Fprintf(bw, "- %s\n", mdText(m.Label()))
	}
	fmt.Fprintf(bw, "\n**%s**\n", mdText(t.counts()))
	for _, th := range t.Threads {
		fmt.Fprintf(bw, "\n## %s: %s\n\n", mdText(th.Topic), mdText(th.Summary))
		for _, s := range th.Steps {
			fmt.Fprintf(bw, "- *%s*, %s%s\n", mdText(s.When), mdText(s.Status), said(s, mdText))
			for _, d := range stepDetails(s) {
				fmt.Fprintf(bw, "  - %s\n", mdText(d))
			}
		}
		if len(th.DueHistory) > 1 {
			var ds []string
			for _, d := range th.DueHistory {
				ds = append(ds, mdText(d.Text))
			}
			fmt.Fprintf(bw, "\nDue: %s\n", strings.Join(ds, " → "))
		}
	}
	return bw.Flush()
}

var trackPage = template.Must(template.New("track").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{.Title}}</title>
<style>
body { font: 15px/1.5 Georgia, "Times New Roman", serif; color: #1d1d1d; max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; }
h2 { font-size: 1.05rem; margin: 1.6rem 0 .3rem; }
.state { font-weight: normal; color: #555; }
table { border-collapse: collapse; width: 100%; }
td { border-top: 1px solid #ddd; padding: .3rem .5rem; vertical-align: top; }
td.when { white-space: nowrap; color: #555; width: 9rem; }
td.status { white-space: nowrap; width: 8rem; }
.detail { color: #555; font-size: .92rem; margin: .2rem 0 0; }
.done { color: #2e7d32; } .vanished, .slipped { color: #c0392b; } .brought_forward, .changed { color: #b36b00; }
</style>
</head>
<body>
<h1>{{.Title}}</h1>
<ul>{{range .Meetings}}<li>{{.}}</li>{{end}}</ul>
<p class="counts">{{.Counts}}</p>
{{range .Threads}}<section>
<h2>{{.Topic}} <span class="state">({{.Summary}})</span></h2>
<table>{{range .Steps}}<tr><td class="when">{{.When}}</td><td class="status {{.Status}}">{{.Status}}</td><td>{{.Text}}{{with .Due}} <em>due {{.}}</em>{{end}}{{range .Details}}<p class="detail">{{.}}</p>{{end}}</td></tr>{{end}}</table>
{{with .DueHistory}}<p class="due">Due: {{.}}</p>{{end}}
</section>
{{end}}</body>
</html>
`))

// WriteHTML writes the tracking as one self-contained page.
func (t *Tracking) WriteHTML(w io.Writer, o RenderOptions) error {
	t = t.shown() // no control or bidi character reaches the reader
	type step struct {
		When, Status, Text, Due string
		Details                 []string
	}
	type thread struct {
		Topic, Summary, DueHistory string
		Steps                      []step
	}
	data := struct {
		Title, Counts string
		Meetings      []string
		Threads       []thread
	}{Title: t.title(), Counts: t.counts()}
	for _, m := range t.Meetings {
		data.Meetings = append(data.Meetings, m.Label())
	}
	for _, th := range t.Threads {
		x := thread{Topic: th.Topic, Summary: th.Summary}
		if len(th.DueHistory) > 1 {
			var ds []string
			for _, d := range th.DueHistory {
				ds = append(ds, d.Text)
			}
			x.DueHistory = strings.Join(ds, " → ")
		}
		for _, s := range th.Steps {
			d := ""
			if s.Due != nil {
				d = dueText(s.Due)
			}
			x.Steps = append(x.Steps, step{When: s.When, Status: s.Status, Text: s.Text, Due: d, Details: stepDetails(s)})
		}
		data.Threads = append(data.Threads, x)
	}
	return trackPage.Execute(w, data)
}

// stepDetails are the sentences that explain a step, the same in every
// format; a new commitment's needs none beyond its text and due date.
func stepDetails(s Step) []string {
	if s.Status == StatusNew {
		return nil
	}
	return s.Details
}
