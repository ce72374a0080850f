package extract

import (
	"github.com/minutes-tool/minutes/extract/internal/commitments"
	"github.com/minutes-tool/minutes/extract/internal/dates"
	"github.com/minutes-tool/minutes/extract/internal/decisions"
	"github.com/minutes-tool/minutes/extract/internal/dispositions"
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/figures"
	"github.com/minutes-tool/minutes/extract/internal/genre"
	"github.com/minutes-tool/minutes/extract/internal/items"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/extract/internal/meeting"
	"github.com/minutes-tool/minutes/extract/internal/people"
)

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
func build(d *doc.Document, front meeting.Front, opts Options) *schema.Record {
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

	if d.Genre == "" {
		// The genre is told once, here, for every reader to consult.
		d.Genre = genre.Of(d.Text)
	}
	rec.Genre = d.Genre
	// The recognisers read the content; page headers, footers and a
	// covering letter are furniture (input/furniture.go), whose dates are
	// still dates but never the meeting's.
	full := d
	d, furniture := full.Split()
	if d != full {
		defer d.Release()
		defer furniture.Release()
	}
	mentions, monthFirst := readDates(d, furniture, opts, rec)
	content := contentMentions(mentions, furniture)
	mf := meeting.Find(d, content, dates.MostlyDate, front)
	meetingDay, hasMeeting := meetingDay(content, mf.Date, rec)
	if !hasMeeting && mf.FrontDate != "" {
		meetingDay, hasMeeting = lex.ParseCivil(mf.FrontDate)
	}
	when, warns := dates.ResolveDates(mentions, meetingDay, hasMeeting, monthFirst)
	rec.Warnings = append(rec.Warnings, warns...)
	setMeeting(rec, mf, content, meetingDay, hasMeeting)

	rec.Items = buildItems(d, items.Find(d, dates.MostlyDate), mf)
	for _, r := range when {
		rec.Dates = append(rec.Dates, schema.Date{
			Text:  d.Text[r.Start:r.End],
			Start: r.From.String(),
			End:   r.To.String(),
			Grain: r.Grain,
			Span:  schema.Span{Start: r.Start, End: r.End},
		})
	}

	rec.Figures = dropInside(figures.Find(d), mentions, rec.Items)
	found, unread := people.Find(d)
	rec.Attendees = append(rec.Attendees, found...)
	clauses, disp := doc.Units(d), dispositions.Find(d)
	rec.Decisions = append(rec.Decisions, decisions.Find(d, clauses, disp)...)
	rec.Commitments = append(rec.Commitments, commitments.Find(d, clauses, disp)...)
	linkDue(rec.Commitments, when, d.Text)

	ownersFromAttendees(rec)
	rec.Warnings = append(rec.Warnings, missing(rec, len(d.Text))...)
	rec.Warnings = append(rec.Warnings, unread...)
	link(rec)
	toCodePoints(rec)
	splitClosed(rec)
	return rec
}

// splitClosed moves the action log's entries marked done or dropped from
// the commitments to the closed actions: they report the past.
func splitClosed(rec *schema.Record) {
	open := rec.Commitments[:0]
	for _, c := range rec.Commitments {
		if c.Closed() {
			rec.ClosedActions = append(rec.ClosedActions, c)
		} else {
			open = append(open, c)
		}
	}
	rec.Commitments = open
}

// readDates finds the date mentions, in the content and the furniture, in
// the order the document writes numeric dates (a warning when that order
// was only a default), and says whether it is month first.
func readDates(d, furniture *doc.Document, opts Options, rec *schema.Record) ([]doc.DateMention, bool) {
	mentions := findDates(d, furniture, opts.DateOrder == "mdy")
	monthFirst, byDefault := dateOrder(d.Text, mentions, opts.DateOrder)
	if byDefault {
		if day := ambiguousDay(d.Text); day != "" {
			rec.Warnings = append(rec.Warnings, defaultOrderWarning(day))
		}
	}
	if monthFirst && opts.DateOrder == "" {
		mentions = findDates(d, furniture, true) // numeric dates read month first
	}
	return mentions, monthFirst
}

// findDates finds the date mentions of the content and of the furniture
// (nil for none), in text order.
func findDates(d, furniture *doc.Document, mdy bool) []doc.DateMention {
	ms := dates.Find(d, mdy)
	if furniture == nil {
		return ms
	}
	ms = append(ms, dates.Find(furniture, mdy)...)
	slices.SortStableFunc(ms, func(a, b doc.DateMention) int { return cmp.Compare(a.Start, b.Start) })
	return ms
}

// contentMentions returns the mentions outside the furniture (all of them
// when it is nil): the meeting's date is never a page header's or a
// covering letter's.
func contentMentions(ms []doc.DateMention, furniture *doc.Document) []doc.DateMention {
	if furniture == nil {
		return ms
	}
	out := make([]doc.DateMention, 0, len(ms))
	for _, m := range ms {
		if !doc.InFurniture(furniture, m.Start) {
			out = append(out, m)
		}
	}
	return out
}

// setMeeting fills the record's meeting from what the meeting
// recogniser found and the meeting's day.
func setMeeting(rec *schema.Record, mf meeting.MeetingFound, mentions []doc.DateMention, day lex.Civil, has bool) {
	if mf.Body != "" {
		rec.Meeting.Body = &mf.Body
		if mf.BodyStart >= 0 {
			rec.Meeting.BodySpan = &schema.Span{Start: mf.BodyStart, End: mf.BodyEnd}
		}
	}
	if mf.Title != "" {
		rec.Meeting.Title = &mf.Title
	}
	if mf.Location != "" {
		rec.Meeting.Location = &mf.Location
	}
	if has {
		s := day.String()
		rec.Meeting.Date = &s
		if mf.Date >= 0 {
			m := mentions[mf.Date]
			rec.Meeting.DateSpan = &schema.Span{Start: m.Start, End: m.End}
		}
	}
}

// dropInside removes figures that are part of a date ("14 August 2017",
// "2018/19") or an item's number: numbers, but not quantities.
func dropInside(figs []schema.Figure, dates []doc.DateMention, items []schema.Item) []schema.Figure {
	sort.SliceStable(figs, func(i, j int) bool { return figs[i].Span.Start < figs[j].Span.Start })
	out := make([]schema.Figure, 0, len(figs))
	di := 0
	for _, f := range figs {
		for di < len(dates) && dates[di].End <= f.Span.Start {
			di++
		}
		if di < len(dates) && dates[di].Start < f.Span.End && f.Span.Start < dates[di].End {
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
func linkDue(cs []schema.Commitment, dates []dates.Resolved, text string) {
	for i := range cs {
		c := &cs[i]
		if c.Due != nil {
			continue
		}
		// Dates are in text order: start at the first one inside the span.
		k := sort.Search(len(dates), func(k int) bool { return dates[k].Start >= c.Span.Start })
		for _, r := range dates[k:] {
			if r.Start >= c.Span.End {
				break
			}
			if r.End > c.Span.End || editionYear(text, r) {
				continue
			}
			rel := relations[r.Prep]
			if rel == "" {
				rel = "in"
				if r.Grain == doc.GrainDay {
					rel = "on"
				}
			}
			c.Due = &schema.Due{Text: text[r.Start:r.End], Start: r.From.String(), End: r.To.String(),
				Relation: rel, Span: schema.Span{Start: r.Start, End: r.End}}
			break
		}
	}
}

// editionYear tells whether a bare year with no preposition follows a
// capitalised name: the edition of an event ("eResNZ 2020", "PyCon
// 2024"), which dates no action.
func editionYear(text string, r dates.Resolved) bool {
	if r.Grain != doc.GrainYear || r.Prep != "" {
		return false
	}
	before := strings.TrimRight(text[:r.Start], " ")
	if len(before) == len(text[:r.Start]) {
		return false // glued to what stands before
	}
	w := before[strings.LastIndexAny(before, " \n\t(")+1:]
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return false // "until the Council's 2020 AGM" dates the AGM
	}
	return strings.ContainsAny(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") // "eResNZ", "PyCon"
}

// meetingDay fixes the meeting's date, inferring a missing year from the
// years the document writes and checking it against a written weekday.
func meetingDay(ms []doc.DateMention, idx int, rec *schema.Record) (lex.Civil, bool) {
	if idx < 0 {
		return lex.Civil{}, false
	}
	m := ms[idx]
	y := m.Y1
	if y == 0 {
		var years []int
		for _, o := range ms {
			if o.Y1 > 0 {
				years = append(years, o.Y1)
			}
		}
		var ok bool
		if y, ok = dates.AnchorYear(m, years); !ok {
			rec.Warnings = append(rec.Warnings, fmt.Sprintf("meeting date %q has no year and the document gives none", rec.Text[m.Start:m.End]))
			return lex.Civil{}, false
		}
	}
	c, _ := m.RangeIn(y) // a day, or a moveable feast's day that year
	if !c.Valid() {
		return lex.Civil{}, false
	}
	if m.HasWeekday && c.Time().Weekday() != m.Weekday {
		rec.Warnings = append(rec.Warnings, fmt.Sprintf("meeting date %s is a %s, but the minutes say %s", c, c.Time().Weekday(), m.Weekday))
	}
	return c, true
}

// buildItems turns found items into the record's, dropping headings that
// name the meeting itself, and gives each the span up to the next item.
func buildItems(d *doc.Document, found []items.ItemFound, mf meeting.MeetingFound) []schema.Item {
	kept := found[:0:0]
	for _, it := range found {
		if mf.BodyStart >= 0 && it.TitleStart < mf.BodyEnd && it.TitleEnd > mf.BodyStart {
			continue
		}
		if mf.TitleStart >= 0 && it.TitleStart < mf.TitleEnd && it.TitleEnd > mf.TitleStart {
			continue
		}
		if mf.LocStart >= 0 && it.TitleStart < mf.LocEnd && it.TitleEnd > mf.LocStart {
			continue
		}
		if restatesBody(d.Text[it.TitleStart:it.TitleEnd], mf.Body) {
			continue // a page title that repeats the body's name
		}
		if len(kept) > 0 && it.Start < kept[len(kept)-1].TitleEnd {
			continue // overlapping finds: keep the first
		}
		kept = append(kept, it)
	}
	items := make([]schema.Item, 0, len(kept))
	for i, it := range kept {
		end := len(d.Text)
		if i+1 < len(kept) {
			end = kept[i+1].Start
		}
		for end > it.Start && doc.IsSpaceByte(d.Text[end-1]) {
			end--
		}
		var num *string
		if it.Numbered {
			n := it.Number
			num = &n
		}
		items = append(items, schema.Item{
			ID:        fmt.Sprintf("item-%d", i+1),
			Number:    num,
			Title:     strings.Join(strings.Fields(d.Text[it.TitleStart:it.TitleEnd]), " "),
			Span:      schema.Span{Start: it.Start, End: end},
			TitleSpan: schema.Span{Start: it.TitleStart, End: it.TitleEnd},
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
	return strings.Contains(lt, lb) && items.WordCount(title) <= items.WordCount(body)+2
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

// longDocument is the length from which minutes without a single item are
// worth a warning: a short note may have none.
const longDocument = 3000

// missing says what the record lacks that minutes have: the reader of a
// record with no meeting date should know that none was found, not guess
// that the field was forgotten.
func missing(rec *schema.Record, textLen int) []string {
	var out []string
	if rec.Meeting.Date == nil {
		out = append(out, "meeting date not found: no date in the opening or the page's metadata reads as the meeting's")
	}
	if rec.Meeting.Body == nil {
		out = append(out, "meeting body not found: the minutes do not name the body that met in a form the extractor reads")
	}
	if len(rec.Items) == 0 && textLen >= longDocument {
		out = append(out, fmt.Sprintf("no agenda items found in %d bytes of minutes", textLen))
	}
	return out
}
