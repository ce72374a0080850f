package compare

import (
	"fmt"
	"strings"

	"github.com/minutes-tool/minutes/internal/terminal"
	"github.com/minutes-tool/minutes/schema"
)

// The date of the next meeting is a commitment of its own kind: whether
// it was kept is told by the newer meeting's own date, not by any sentence
// ("when the only evidence is the newer meeting itself having taken
// place, the meeting's own date is the evidence").

// topicNextMeeting is the topic of the changes that are the body's
// calendar, not a promise: they are reported apart from the commitments.
const topicNextMeeting = "the next meeting"

// isNextMeetingTitle says whether an agenda item's title announces the
// next meeting ("Next Meeting", "Date of next meeting").
func isNextMeetingTitle(t string) bool {
	return strings.Contains(strings.ToLower(t), "next meeting")
}

// nextMeetingOf is the older meeting's announced next meeting, as a
// commitment: the first date in an item titled for the next meeting, with
// its sentence. ok is false when there is none, or when extraction already
// made a commitment of a sentence there.
func nextMeetingOf(s *side) (schema.Commitment, bool) {
	for _, it := range s.rec.Items {
		if !isNextMeetingTitle(it.Title) {
			continue
		}
		for _, c := range s.rec.Commitments {
			if c.Span.Start >= it.Span.Start && c.Span.Start < it.Span.End {
				return schema.Commitment{}, false
			}
		}
		ds := s.datesIn(it.Span.Start, it.Span.End)
		if len(ds) == 0 {
			continue
		}
		d := ds[0]
		text := s.sentence(d.Span)
		k := sentenceAt(s.sents, d.Span.Start)
		sp := d.Span
		if k >= 0 {
			sp = schema.Span{Start: s.sents[k].start, End: s.sents[k].end}
		}
		id := it.ID
		return schema.Commitment{Text: text, Action: "hold the next meeting", Item: &id, Span: sp,
			Due: &schema.Due{Text: d.Text, Start: d.Start, End: d.End, Relation: "on", Span: d.Span}}, true
	}
	return schema.Commitment{}, false
}

// nextMeetingChange judges the announced next meeting by the newer
// meeting's date: held on the day is done, held later slipped, earlier
// brought forward. ok is false when the newer meeting has no date.
func nextMeetingChange(c *schema.Commitment, n *side, newWhen string) (Change, bool) {
	nd := strOr(n.rec.Meeting.Date, "")
	if nd == "" || c.Due == nil {
		return Change{}, false
	}
	ch := Change{Kind: KindCommitment, Old: c, OldSentence: c.Text, Topic: topicNextMeeting, order: [2]int{1 << 30, -1}}
	held := &schema.Due{Text: newWhen, Start: nd, End: nd, Relation: "on"}
	days, ok := daysBetween(c.Due.Start, held)
	switch {
	case !ok:
		return Change{}, false
	case nd >= c.Due.Start && nd <= c.Due.End:
		ch.Status = StatusDone
		ch.Details = []string{fmt.Sprintf("Held on %s, as announced.", newWhen)}
	case days > 0:
		ch.Status, ch.SlipDays = StatusSlipped, &days
		ch.Details = []string{fmt.Sprintf("Announced for %s, held on %s (%s later).", dueText(c.Due), newWhen, daysText(days))}
	default:
		ch.Status = StatusBroughtForward
		ch.Details = []string{fmt.Sprintf("Announced for %s, held earlier, on %s.", dueText(c.Due), newWhen)}
	}
	ch.Change = changeOf(ch.Status)
	return ch, true
}

// isNextMeeting says whether a commitment is the body's next meeting:
// dated, and in an item titled for it or saying so itself ("The next
// meeting will be held on 5 March").
func isNextMeeting(s *side, c *schema.Commitment) bool {
	return c.Due != nil && (isNextMeetingTitle(s.title(c.Item)) || announcesNextMeeting(c.Text))
}

// announcedNext are the next meetings a meeting's minutes announce, in
// their order: the due dates of the commitments that are the next meeting
// (see isNextMeeting: "Special: 10th August" and "Scheduled: 25th August"
// under "Next Meeting"), else the first date in an item titled for it
// (see nextMeetingOf); nil when there is none.
func announcedNext(s *side) []*schema.Due {
	var out []*schema.Due
	seen := map[string]bool{}
	for i := range s.rec.Commitments {
		c := &s.rec.Commitments[i]
		if isNextMeeting(s, c) && !seen[c.Due.Start] {
			seen[c.Due.Start] = true
			out = append(out, c.Due)
		}
	}
	if c, ok := nextMeetingOf(s); ok && len(out) == 0 {
		out = append(out, c.Due)
	}
	return out
}

// nextMeetingLine is the report's line on the body's calendar, apart
// from the commitments: the next meeting the newer minutes announce, and
// whether the newer meeting was held when the older minutes said it
// would be. "" when neither is known. r is a shown result: the dates
// it adds are escaped here.
func (r *Result) nextMeetingLine() string {
	var parts []string
	var next []string
	for _, d := range r.nextMeeting {
		next = append(next, terminal.Escape(dueText(d)))
	}
	switch len(next) {
	case 0:
	case 1:
		parts = append(parts, "Next meeting: announced for "+next[0]+".")
	default:
		parts = append(parts, "Next meetings: announced for "+strings.Join(next[:len(next)-1], "; ")+" and "+next[len(next)-1]+".")
	}
	for _, c := range r.Changes {
		oc, ok := c.Old.(*schema.Commitment)
		if c.Kind != KindCommitment || c.Topic != topicNextMeeting || !ok || oc == nil || oc.Due == nil {
			continue
		}
		this := "The meeting of " + r.New.When()
		switch {
		case c.Status == StatusDone:
			parts = append(parts, this+" was held as announced.")
		case c.Status == StatusSlipped && c.SlipDays != nil:
			parts = append(parts, fmt.Sprintf("%s was held %s later than announced (%s).", this, daysText(*c.SlipDays), terminal.Escape(dueText(oc.Due))))
		case c.Status == StatusBroughtForward:
			parts = append(parts, fmt.Sprintf("%s was held earlier than announced (%s).", this, terminal.Escape(dueText(oc.Due))))
		}
		break
	}
	return strings.Join(parts, " ")
}

// daysText is a number of days in words: "1 day", "7 days".
func daysText(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}
