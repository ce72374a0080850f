package compare

import "github.com/minutes-tool/minutes/internal/terminal"

// shown is the side with the words a report prints of it escaped.
func (s Side) shown() Side {
	s.Source.Name = terminal.Escape(s.Source.Name)
	s.Meeting.Body = shownPtr(s.Meeting.Body)
	s.Meeting.Date = shownPtr(s.Meeting.Date)
	s.Meeting.Title = shownPtr(s.Meeting.Title)
	s.Meeting.Location = shownPtr(s.Meeting.Location)
	return s
}

func shownPtr(p *string) *string {
	if p == nil {
		return nil
	}
	s := terminal.Escape(*p)
	return &s
}

func shownAll(ss []string) []string {
	if ss == nil {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = terminal.Escape(s)
	}
	return out
}

// shown is a copy of the result with every text the text, Markdown and
// HTML reports print escaped by shown. The elements themselves (Old,
// New, Mention) are left as they are: only JSON writes them.
func (r *Result) shown() *Result {
	c := *r
	c.Old, c.New = r.Old.shown(), r.New.shown()
	c.Changes = make([]Change, len(r.Changes))
	for i, ch := range r.Changes {
		ch.Topic = terminal.Escape(ch.Topic)
		ch.Details = shownAll(ch.Details)
		ch.OldSentence, ch.NewSentence = terminal.Escape(ch.OldSentence), terminal.Escape(ch.NewSentence)
		if ch.Words != nil {
			ws := make([]Segment, len(ch.Words))
			for k, w := range ch.Words {
				ws[k] = Segment{Op: w.Op, Text: terminal.Escape(w.Text)}
			}
			ch.Words = ws
		}
		c.Changes[i] = ch
	}
	return &c
}

// shown is a copy of the tracking with every text its reports print
// escaped by shown.
func (t *Tracking) shown() *Tracking {
	c := *t
	c.Meetings = make([]Side, len(t.Meetings))
	for i, m := range t.Meetings {
		c.Meetings[i] = m.shown()
	}
	c.Warnings = shownAll(t.Warnings)
	c.Threads = make([]*Thread, len(t.Threads))
	for i, th := range t.Threads {
		x := *th
		x.Topic, x.Summary, x.VanishedAfter = terminal.Escape(th.Topic), terminal.Escape(th.Summary), terminal.Escape(th.VanishedAfter)
		x.Steps = make([]Step, len(th.Steps))
		for k, s := range th.Steps {
			s.When, s.Status, s.Text = terminal.Escape(s.When), terminal.Escape(s.Status), terminal.Escape(s.Text)
			s.Details = shownAll(s.Details)
			if s.Due != nil {
				d := *s.Due
				d.Text, d.Start, d.End = terminal.Escape(d.Text), terminal.Escape(d.Start), terminal.Escape(d.End)
				s.Due = &d
			}
			x.Steps[k] = s
		}
		x.DueHistory = make([]DueStep, len(th.DueHistory))
		for k, d := range th.DueHistory {
			x.DueHistory[k] = DueStep{When: terminal.Escape(d.When), Text: terminal.Escape(d.Text), Date: terminal.Escape(d.Date)}
		}
		c.Threads[i] = &x
	}
	return &c
}
