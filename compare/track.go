package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/minutes-tool/minutes/schema"
)

// Thread states at the end of a series.
const (
	StateOpen     = "open"
	StateDone     = "done"
	StateVanished = "vanished"
)

// Tracking follows every commitment through a series of meetings.
type Tracking struct {
	// Meetings are the meetings in the order they were read: by date,
	// undated ones last in the order given.
	Meetings []Side    `json:"meetings"`
	Threads  []*Thread `json:"threads"`
	// Warnings are things a reader should know about the order, as data.
	Warnings []string `json:"warnings"`
}

// Thread is one commitment's history: when it was first stated, each
// later mention, how its due date moved, and where it ended.
type Thread struct {
	Topic string `json:"topic"`
	// Steps are the first statement (status "new") and every later
	// meeting's word on it, the meeting that lost it included.
	Steps []Step `json:"steps"`
	// DueHistory is each due date it was given, in order, repeats left out.
	DueHistory []DueStep `json:"due_history"`
	State      string    `json:"state"`
	Slips      int       `json:"slips"`
	// VanishedAfter names the last meeting that mentioned it, when the
	// next one did not.
	VanishedAfter string `json:"vanished_after,omitempty"`
	// Overdue is set on an open commitment whose due date had passed by
	// the last meeting, which spoke of it without reporting it done.
	Overdue bool `json:"overdue,omitempty"`
	// Summary says the end state in words: "done", "open, slipped 2
	// times", "open, overdue (due 1 December 2017)", "vanished after 5
	// February 2018".
	Summary string `json:"summary"`
}

// Step is what one meeting said about a commitment.
type Step struct {
	Meeting  int         `json:"meeting"` // index into Tracking.Meetings
	When     string      `json:"when"`
	Status   string      `json:"status"`
	Text     string      `json:"text,omitempty"`
	Due      *schema.Due `json:"due"`
	SlipDays *int        `json:"slip_days,omitempty"`
	Details  []string    `json:"details"`
}

// DueStep is a due date and the meeting that gave it.
type DueStep struct {
	When string `json:"when"`
	Text string `json:"text"`
	Date string `json:"start"`
}

// order sorts records by meeting date, undated ones last in argument
// order, and says so.
func order(recs []*schema.Record) ([]*schema.Record, []string) {
	idx := make([]int, len(recs))
	for i := range idx {
		idx[i] = i
	}
	date := func(i int) string {
		if d := recs[i].Meeting.Date; d != nil {
			return *d
		}
		return ""
	}
	sort.SliceStable(idx, func(a, b int) bool {
		da, db := date(idx[a]), date(idx[b])
		if (da == "") != (db == "") {
			return db == ""
		}
		return da < db
	})
	var warnings []string
	out := make([]*schema.Record, len(recs))
	for k, i := range idx {
		out[k] = recs[i]
		if date(i) == "" {
			warnings = append(warnings, fmt.Sprintf("%s: no meeting date; placed after the dated meetings, in the order given", recs[i].Source.Name))
		}
	}
	return out, warnings
}

// open is a thread still being followed, with its latest wording.
type openThread struct {
	t    *Thread
	cur  schema.Commitment
	from *side
	last string // When of the last meeting that spoke of it
}

// Track follows each commitment through the meetings: the same matching
// as Diff, meeting to meeting, each thread carrying its latest wording
// forward. A thread ends when a meeting reports it done or says nothing of
// it; the new meeting's unclaimed commitments start threads of their own.
// Like Diff, it never fails; CheckSize refuses texts longer than any
// meeting's.
func Track(recs []*schema.Record, opts Options) *Tracking {
	recs, warnings := order(recs)
	warnings = append(warnings, bodiesWarning(recs)...)
	tr := &Tracking{Threads: []*Thread{}, Warnings: warnings, Meetings: []Side{}}
	if tr.Warnings == nil {
		tr.Warnings = []string{}
	}
	var open []*openThread
	th := opts.threshold()
	// Document frequencies are counted over the whole series: a word every
	// meeting uses ("consultation" on a board that consults all year)
	// should not pair two different consultations by itself.
	sides := make([]*side, len(recs))
	var docs [][]string
	for k, rec := range recs {
		sides[k] = newSide(rec)
		docs = append(docs, sides[k].docs()...)
	}
	m := newModel(docs)
	people := peopleOf(recs...)
	for _, s := range sides {
		s.people = people
	}
	for k, rec := range recs {
		s := sides[k]
		meet := Side{Source: rec.Source, Meeting: rec.Meeting}
		tr.Meetings = append(tr.Meetings, meet)
		when := meet.When()
		taken := make([]bool, len(rec.Commitments))
		if len(open) > 0 {
			olds := make([]commitRef, len(open))
			for i, o := range open {
				olds[i] = commitRef{c: &o.cur, v: m.vector(o.from.terms(o.cur.Text + " " + o.from.title(o.cur.Item))),
					act: m.vector(terms(withoutOwner(&o.cur)))}
			}
			var fs []followed
			fs, taken = follow(m, olds, s, th)
			var still []*openThread
			for i, f := range fs {
				o := open[i]
				var nc *schema.Commitment
				if f.j >= 0 {
					nc = &rec.Commitments[f.j]
				}
				v := judge(&o.cur, nc, f.mention, meet.at(), strOr(rec.Meeting.Date, ""))
				step := Step{Meeting: k, When: when, Status: v.status, SlipDays: v.slip, Details: v.details}
				switch {
				case nc != nil:
					step.Text, step.Due = nc.Text, nc.Due
					o.cur, o.from = *nc, s
				case f.mention != nil:
					step.Text = f.mention.Text
					next := o.cur
					next.Text, next.Span, next.Item = f.mention.Text, f.mention.Span, nil
					if d := f.mention.Date; d != nil && v.status != StatusRestated {
						next.Due = &schema.Due{Text: d.Text, Start: d.Start, End: d.End, Relation: "on", Span: d.Span}
					}
					step.Due = next.Due
					o.cur, o.from = next, s
				}
				o.t.Steps = append(o.t.Steps, step)
				switch v.status {
				case StatusDone:
					o.t.State = StateDone
				case StatusVanished:
					o.t.State, o.t.VanishedAfter = StateVanished, o.last
				default:
					if v.status == StatusSlipped {
						o.t.Slips++
					}
					o.t.noteDue(when, o.cur.Due)
					o.last = when
					still = append(still, o)
				}
			}
			open = still
		}
		// As in a diff, the parts of a list-heading row and a commitment
		// written again in the same words start no thread of their own.
		parts, reps := s.listParents(), s.repeats()
		for j := range rec.Commitments {
			if r := reps[j]; r >= 0 && j < len(taken) && taken[j] {
				taken[r] = true
			}
		}
		for j := range rec.Commitments {
			if (j < len(taken) && taken[j]) || parts[j] >= 0 || reps[j] >= 0 {
				continue
			}
			c := rec.Commitments[j]
			if isNextMeeting(s, &c) {
				// The body's next meeting is its calendar, which the
				// meetings' own dates show: not a promise that slips
				// each month.
				continue
			}
			t := &Thread{State: StateOpen, Topic: commitTopic(&c, nil, nil), DueHistory: []DueStep{}}
			t.Steps = append(t.Steps, Step{Meeting: k, When: when, Status: StatusNew, Text: c.Text, Due: c.Due, Details: []string{"First stated."}})
			t.noteDue(when, c.Due)
			tr.Threads = append(tr.Threads, t)
			open = append(open, &openThread{t: t, cur: c, from: s, last: when})
		}
	}
	last := ""
	for _, rec := range recs {
		if d := strOr(rec.Meeting.Date, ""); d > last {
			last = d
		}
	}
	for _, t := range tr.Threads {
		if d := t.lastDue(); t.State == StateOpen && d != nil && last != "" && d.End < last { // ISO dates compare as strings
			t.Overdue = true
		}
		t.Summary = t.summary()
	}
	return tr
}

// bodiesWarning says when the meetings are of more than one body, as far
// as their records name it: following commitments across them may mean
// little.
func bodiesWarning(recs []*schema.Record) []string {
	var bodies []string
	for _, r := range recs {
		b := strOr(r.Meeting.Body, "")
		if b == "" {
			continue
		}
		known := false
		for _, x := range bodies {
			known = known || sameBody(x, b)
		}
		if !known {
			bodies = append(bodies, b)
		}
	}
	if len(bodies) < 2 {
		return nil
	}
	return []string{fmt.Sprintf("the meetings are of different bodies (%s): what is followed across them may mean little", strings.Join(bodies, "; "))}
}

func (t *Thread) noteDue(when string, d *schema.Due) {
	if d == nil {
		return
	}
	if n := len(t.DueHistory); n > 0 && t.DueHistory[n-1].Date == d.Start {
		return
	}
	t.DueHistory = append(t.DueHistory, DueStep{When: when, Text: dueText(d), Date: d.Start})
}

// lastDue is the due date the thread's latest word on it gives or keeps.
func (t *Thread) lastDue() *schema.Due {
	for k := len(t.Steps) - 1; k >= 0; k-- {
		if d := t.Steps[k].Due; d != nil {
			return d
		}
	}
	return nil
}

func (t *Thread) summary() string {
	s := t.State
	if t.State == StateVanished {
		s = "vanished after " + t.VanishedAfter
	}
	if t.Overdue {
		s += ", overdue (due " + dueText(t.lastDue()) + ")"
	}
	switch {
	case t.Slips == 1:
		s += ", slipped once"
	case t.Slips > 1:
		s += fmt.Sprintf(", slipped %d times", t.Slips)
	}
	return s
}
