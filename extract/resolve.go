package extract

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/minutes-tool/minutes/schema"
)

// build runs the recognisers over the Document and resolves what they
// found into a record: years inferred, elements linked to items, spans in
// code points.
func build(d *Document, opts Options) *schema.Record {
	rec := &schema.Record{
		SchemaVersion: schema.Version,
		Text:          d.Text,
		Attendees:     []schema.Attendee{},
		Items:         []schema.Item{},
		Decisions:     []schema.Decision{},
		Figures:       []schema.Figure{},
		Dates:         []schema.Date{},
		Commitments:   []schema.Commitment{},
		Warnings:      []string{},
	}

	mentions := findDateMentions(d, opts.DateOrder == "mdy")
	monthFirst := decideUS(mentions, opts.DateOrder)
	if monthFirst && opts.DateOrder == "" {
		mentions = findDateMentions(d, true) // numeric dates read month first
	}
	mf := findMeeting(d, mentions, mostlyDate)
	meetingDay, hasMeeting := meetingDay(mentions, mf.date, rec)
	when, warns := resolveDates(mentions, meetingDay, hasMeeting, monthFirst)
	rec.Warnings = append(rec.Warnings, warns...)

	if mf.body != "" {
		rec.Meeting.Body = &mf.body
		rec.Meeting.BodySpan = &schema.Span{Start: mf.bodyStart, End: mf.bodyEnd}
	}
	if mf.title != "" {
		rec.Meeting.Title = &mf.title
	}
	if mf.location != "" {
		rec.Meeting.Location = &mf.location
	}
	if hasMeeting {
		s := meetingDay.String()
		rec.Meeting.Date = &s
		m := mentions[mf.date]
		rec.Meeting.DateSpan = &schema.Span{Start: m.start, End: m.end}
	}

	rec.Items = buildItems(d, findItems(d, mostlyDate), mf)
	for _, r := range when {
		rec.Dates = append(rec.Dates, schema.Date{
			Text:  d.Text[r.start:r.end],
			Start: r.from.String(),
			End:   r.to.String(),
			Grain: r.grain,
			Span:  schema.Span{Start: r.start, End: r.end},
		})
	}

	rec.Figures = dropInside(findFigures(d), mentions, rec.Items)
	rec.Attendees = append(rec.Attendees, findAttendees(d)...)
	clauses, disp := units(d), findDispositions(d)
	rec.Decisions = append(rec.Decisions, findDecisions(d, clauses, disp)...)
	rec.Commitments = append(rec.Commitments, findCommitments(d, clauses, disp)...)
	linkDue(rec.Commitments, when, d.Text)

	link(rec)
	toCodePoints(rec)
	return rec
}

// dropInside removes figures that are part of a date ("14 August 2017",
// "2018/19") or an item's number: numbers, but not quantities.
func dropInside(figs []schema.Figure, dates []dateMention, items []schema.Item) []schema.Figure {
	sort.SliceStable(figs, func(i, j int) bool { return figs[i].Span.Start < figs[j].Span.Start })
	out := make([]schema.Figure, 0, len(figs))
	di := 0
	for _, f := range figs {
		for di < len(dates) && dates[di].end <= f.Span.Start {
			di++
		}
		if di < len(dates) && dates[di].start < f.Span.End && f.Span.Start < dates[di].end {
			continue
		}
		// Items are in order and do not overlap: only the last one starting
		// at or before the figure can hold it in its number.
		k := sort.Search(len(items), func(k int) bool { return items[k].Span.Start > f.Span.Start }) - 1
		if k >= 0 && items[k].Number != nil && f.Span.Start < items[k].TitleSpan.Start {
			continue
		}
		out = append(out, f)
	}
	return out
}

// relations maps the preposition before a due date to the contract's
// relation.
var relations = map[string]string{
	"by": "by", "before": "by", "on": "on", "at": "on", "dated": "on", "from": "from", "since": "from",
	"after": "from", "until": "until", "till": "until", "to": "until", "in": "in", "within": "in",
	"of": "in", "for": "in", "during": "during", "throughout": "during", "between": "during",
}

// linkDue joins each commitment to the date it names: the first date
// inside its span that is not in the past of a "by"-less history, with
// the relation its preposition gives.
func linkDue(cs []schema.Commitment, dates []resolved, text string) {
	for i := range cs {
		c := &cs[i]
		if c.Due != nil {
			continue
		}
		// Dates are in text order: start at the first one inside the span.
		k := sort.Search(len(dates), func(k int) bool { return dates[k].start >= c.Span.Start })
		for _, r := range dates[k:] {
			if r.start >= c.Span.End {
				break
			}
			if r.end > c.Span.End {
				continue
			}
			rel := relations[r.prep]
			if rel == "" {
				rel = "in"
				if r.grain == GrainDay {
					rel = "on"
				}
			}
			c.Due = &schema.Due{Text: text[r.start:r.end], Start: r.from.String(), End: r.to.String(),
				Relation: rel, Span: schema.Span{Start: r.start, End: r.end}}
			break
		}
	}
}

// decideUS tells whether numeric dates are month first and financial
// years run July to June: forced by order, else as the document writes
// its dates in words ("January 12, 2011" against "12 January 2011").
func decideUS(mentions []dateMention, order string) bool {
	switch order {
	case "mdy":
		return true
	case "dmy":
		return false
	}
	dayFirst, monthFirst := 0, 0
	for _, m := range mentions {
		switch m.order {
		case 'd':
			dayFirst++
		case 'm':
			monthFirst++
		}
	}
	return monthFirst > dayFirst
}

// meetingDay fixes the meeting's date, inferring a missing year from the
// years the document writes and checking it against a written weekday.
func meetingDay(ms []dateMention, idx int, rec *schema.Record) (civil, bool) {
	if idx < 0 {
		return civil{}, false
	}
	m := ms[idx]
	y := m.y1
	if y == 0 {
		var years []int
		for _, o := range ms {
			if o.y1 > 0 {
				years = append(years, o.y1)
			}
		}
		var ok bool
		if y, ok = anchorYear(m, years); !ok {
			rec.Warnings = append(rec.Warnings, fmt.Sprintf("meeting date %d %s has no year and the document gives none", m.d1, monthName(m.m1)))
			return civil{}, false
		}
	}
	c := civil{y, m.m1, m.d1}
	if !c.valid() {
		return civil{}, false
	}
	if m.hasWeekday && c.time().Weekday() != m.weekday {
		rec.Warnings = append(rec.Warnings, fmt.Sprintf("meeting date %s is a %s, but the minutes say %s", c, c.time().Weekday(), m.weekday))
	}
	return c, true
}

// buildItems turns found items into the record's, dropping headings that
// name the meeting itself, and gives each the span up to the next item.
func buildItems(d *Document, found []itemFound, mf meetingFound) []schema.Item {
	kept := found[:0:0]
	for _, it := range found {
		if mf.bodyStart >= 0 && it.titleStart < mf.bodyEnd && it.titleEnd > mf.bodyStart {
			continue
		}
		if mf.titleStart >= 0 && it.titleStart < mf.titleEnd && it.titleEnd > mf.titleStart {
			continue
		}
		if mf.locStart >= 0 && it.titleStart < mf.locEnd && it.titleEnd > mf.locStart {
			continue
		}
		if restatesBody(d.Text[it.titleStart:it.titleEnd], mf.body) {
			continue // a page title that repeats the body's name
		}
		if len(kept) > 0 && it.start < kept[len(kept)-1].titleEnd {
			continue // overlapping finds: keep the first
		}
		kept = append(kept, it)
	}
	items := make([]schema.Item, 0, len(kept))
	for i, it := range kept {
		end := len(d.Text)
		if i+1 < len(kept) {
			end = kept[i+1].start
		}
		for end > it.start && isSpaceByte(d.Text[end-1]) {
			end--
		}
		var num *string
		if it.numbered {
			n := it.number
			num = &n
		}
		items = append(items, schema.Item{
			ID:        fmt.Sprintf("item-%d", i+1),
			Number:    num,
			Title:     strings.Join(strings.Fields(d.Text[it.titleStart:it.titleEnd]), " "),
			Span:      schema.Span{Start: it.start, End: end},
			TitleSpan: schema.Span{Start: it.titleStart, End: it.titleEnd},
		})
	}
	return items
}

// restatesBody reports whether a heading is the body's name with at most
// a couple of other words ("Groby Parish Council", "Download “Groby Parish
// Council”").
func restatesBody(title, body string) bool {
	if body == "" {
		return false
	}
	lt, lb := strings.ToLower(title), strings.ToLower(body)
	return strings.Contains(lt, lb) && wordCount(title) <= wordCount(body)+2
}

// link sets each element's item: the last item that starts at or before
// the element (items are in order and do not overlap).
func link(rec *schema.Record) {
	find := func(pos int) *string {
		i := sort.Search(len(rec.Items), func(i int) bool { return rec.Items[i].Span.Start > pos })
		if i == 0 {
			return nil
		}
		id := rec.Items[i-1].ID
		return &id
	}
	for i := range rec.Decisions {
		rec.Decisions[i].Item = find(rec.Decisions[i].Span.Start)
	}
	for i := range rec.Figures {
		rec.Figures[i].Item = find(rec.Figures[i].Span.Start)
	}
	for i := range rec.Dates {
		rec.Dates[i].Item = find(rec.Dates[i].Span.Start)
	}
	for i := range rec.Commitments {
		rec.Commitments[i].Item = find(rec.Commitments[i].Span.Start)
	}
}

// toCodePoints converts every span of the record from byte offsets to
// code-point offsets, in one pass over the text.
func toCodePoints(rec *schema.Record) {
	var ptrs []*int
	add := func(s *schema.Span) {
		if s != nil {
			ptrs = append(ptrs, &s.Start, &s.End)
		}
	}
	add(rec.Meeting.DateSpan)
	add(rec.Meeting.BodySpan)
	for i := range rec.Items {
		add(&rec.Items[i].Span)
		add(&rec.Items[i].TitleSpan)
	}
	for i := range rec.Attendees {
		for j := range rec.Attendees[i].Spans {
			add(&rec.Attendees[i].Spans[j])
		}
	}
	for i := range rec.Decisions {
		add(&rec.Decisions[i].Span)
	}
	for i := range rec.Figures {
		add(&rec.Figures[i].Span)
	}
	for i := range rec.Dates {
		add(&rec.Dates[i].Span)
	}
	for i := range rec.Commitments {
		add(&rec.Commitments[i].Span)
		if rec.Commitments[i].Due != nil {
			add(&rec.Commitments[i].Due.Span)
		}
	}
	slices.SortFunc(ptrs, func(a, b *int) int { return cmp.Compare(*a, *b) })
	bytePos, runePos := 0, 0
	for _, p := range ptrs {
		target := *p
		runePos += utf8.RuneCountInString(rec.Text[bytePos:target])
		bytePos = target
		*p = runePos
	}
}
