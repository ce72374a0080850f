package compare

import (
	"html/template"
	"io"
)

// htmlPage is one self-contained page: styles inline, no scripts, no
// external resources, so it can be mailed or archived as it is. All
// minutes text goes through html/template, which escapes it for the
// context it lands in; nothing here builds HTML from strings.
var htmlPage = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body { font: 15px/1.5 Georgia, "Times New Roman", serif; color: #1d1d1d; max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; border-bottom: 2px solid #ccc; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1rem; margin: 0 0 .3rem; }
.meta { color: #555; margin: 0; }
.summary { font-weight: bold; margin: 1rem 0; }
article { border-left: 4px solid #bbb; padding: .4rem .9rem; margin: .9rem 0; background: #fafafa; }
article.overdue, article.slipped, article.vanished, article.removed { border-color: #c0392b; }
article.done, article.added, article.new { border-color: #2e7d32; }
article.brought_forward, article.changed { border-color: #e69500; }
.details { margin: .2rem 0 .5rem; }
blockquote { margin: .3rem 0; padding: 0; }
blockquote cite { display: inline-block; min-width: 9.5rem; color: #555; font-style: normal; font-size: .9rem; }
del { background: #fde2e1; color: #8e1b13; }
ins { background: #dcf3dc; color: #1b5e20; text-decoration: none; font-weight: bold; }
.empty { color: #555; font-style: italic; }
</style>
</head>
<body>
<h1>{{.Title}}</h1>
{{with .Body}}<p class="meta">{{.}}</p>{{end}}
<p class="meta">{{.Old.Source.Name}} and {{.New.Source.Name}}</p>
<p class="summary">{{.Counts}}</p>{{if .Fates}}
<p class="summary fates">{{.Fates}}</p>{{end}}{{if .NextMeeting}}
<p class="meta next-meeting">{{.NextMeeting}}</p>{{end}}{{if .FigureNote}}
<p class="meta">{{.FigureNote}}</p>{{end}}
{{if not .Groups}}<p class="empty">Nothing changed.</p>{{end}}
{{range .Groups}}<section>
<h2>{{.Title}} ({{len .Changes}})</h2>
{{range .Changes}}<article class="{{.Class}}">
<h3>{{.Topic}}</h3>
{{range .Details}}<p class="details">{{.}}</p>{{end}}
{{if .Old}}<blockquote><cite>{{$.OldWhen}}</cite> {{range .Old}}{{if eq .Op "delete"}}<del>{{.Text}}</del>{{else}}{{.Text}}{{end}}{{end}}</blockquote>{{end}}
{{if .New}}<blockquote><cite>{{$.NewWhen}}</cite> {{range .New}}{{if eq .Op "insert"}}<ins>{{.Text}}</ins>{{else}}{{.Text}}{{end}}{{end}}</blockquote>{{end}}
</article>
{{end}}</section>
{{end}}</body>
</html>
`))

type htmlChange struct {
	Class, Topic string
	Details      []string
	Old, New     []Segment
}

type htmlGroup struct {
	Title   string
	Changes []htmlChange
}

// WriteHTML writes the report as one self-contained HTML page, changes
// grouped by status, deletions in <del> and insertions in <ins>, each
// change quoting both meetings' sentences under their dates.
func (r *Result) WriteHTML(w io.Writer, o RenderOptions) error {
	r = r.shown() // no control or bidi character reaches the reader
	data := struct {
		Title, Counts    string
		Fates            string
		FigureNote       string
		NextMeeting      string
		Body             *string
		Old, New         Side
		OldWhen, NewWhen string
		Groups           []htmlGroup
	}{
		Title:       "Changes from " + r.Old.When() + " to " + r.New.When(),
		Counts:      r.Summary.counts(),
		Fates:       r.fateCounts(o.All),
		FigureNote:  r.figureNote(o.All),
		NextMeeting: r.nextMeetingLine(),
		Body:        r.New.Meeting.Body,
		Old:         r.Old,
		New:         r.New,
		OldWhen:     r.Old.When(),
		NewWhen:     r.New.When(),
	}
	for _, g := range r.groups(o.All) {
		hg := htmlGroup{Title: g.Title}
		for _, c := range g.Changes {
			class := c.Status
			if class == "" {
				class = c.Change
			}
			switch g.Key {
			case keyOverdue:
				class = "overdue" // marked as what it is, restated or not
			case keyNextMeeting:
				class = "next_meeting" // the calendar: no promise kept or broken
			}
			old, new := c.quotes()
			hg.Changes = append(hg.Changes, htmlChange{Class: class, Topic: c.Topic, Details: c.Details, Old: old, New: new})
		}
		data.Groups = append(data.Groups, hg)
	}
	return htmlPage.Execute(w, data)
}
