package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/minutes-tool/minutes/schema"
)

// builder makes realistic records by hand while the recognisers are being
// written: every element is given by its words, and the builder finds them
// in the text and fills spans (code points) and items the way the
// extractor would.
type builder struct {
	r *schema.Record
}

func rec(name, date, text string) *builder {
	sum := sha256.Sum256([]byte(text))
	body := "Kent and Medway Sustainability and Transformation Partnership Programme Board"
	r := &schema.Record{
		SchemaVersion: schema.Version,
		Source:        schema.Source{Name: name, Format: "text", SHA256: hex.EncodeToString(sum[:]), Bytes: int64(len(text)), Charset: "utf-8"},
		Text:          text,
		Meeting:       schema.Meeting{Body: &body},
		Attendees:     []schema.Attendee{}, Items: []schema.Item{}, Decisions: []schema.Decision{},
		Figures: []schema.Figure{}, Dates: []schema.Date{}, Commitments: []schema.Commitment{}, Warnings: []string{},
	}
	if date != "" {
		r.Meeting.Date = &date
	}
	return &builder{r: r}
}

// span finds the nth (0-based) occurrence of s, in code points; a missing
// phrase is a bug in the test, so it panics.
func (b *builder) span(s string, nth int) schema.Span {
	off := 0
	for k := 0; ; k++ {
		i := strings.Index(b.r.Text[off:], s)
		if i < 0 {
			panic(fmt.Sprintf("%s: %q not in text", b.r.Source.Name, s))
		}
		if k == nth {
			start := utf8.RuneCountInString(b.r.Text[:off+i])
			return schema.Span{Start: start, End: start + utf8.RuneCountInString(s)}
		}
		off += i + len(s)
	}
}

// items declares the headings, in order; each runs to the next.
func (b *builder) items(titles ...string) *builder {
	n := utf8.RuneCountInString(b.r.Text)
	for k, t := range titles {
		sp := b.span(t, 0)
		b.r.Items = append(b.r.Items, schema.Item{ID: fmt.Sprintf("item-%d", k+1), Title: t, Span: schema.Span{Start: sp.Start, End: n}, TitleSpan: sp})
		if k > 0 {
			b.r.Items[k-1].Span.End = sp.Start
		}
	}
	return b
}

func (b *builder) itemOf(sp schema.Span) *string {
	for k := len(b.r.Items) - 1; k >= 0; k-- {
		if b.r.Items[k].Span.Start <= sp.Start {
			id := b.r.Items[k].ID
			return &id
		}
	}
	return nil
}

func (b *builder) date(text, start, end, grain string) *builder {
	sp := b.span(text, 0)
	b.r.Dates = append(b.r.Dates, schema.Date{Text: text, Start: start, End: end, Grain: grain, Item: b.itemOf(sp), Span: sp})
	return b
}

// commit adds a commitment; due names one of the dates already added
// ("" for none), relation how.
func (b *builder) commit(sentence, action, owner, due, relation string) *builder {
	sp := b.span(sentence, 0)
	c := schema.Commitment{Text: sentence, Action: action, Item: b.itemOf(sp), Span: sp}
	if owner != "" {
		c.Owner = &owner
	}
	if due != "" {
		for _, d := range b.r.Dates {
			if d.Text == due {
				c.Due = &schema.Due{Text: d.Text, Start: d.Start, End: d.End, Relation: relation, Span: d.Span}
			}
		}
		if c.Due == nil {
			panic("no date " + due)
		}
	}
	b.r.Commitments = append(b.r.Commitments, c)
	return b
}

// figure adds a figure whose words are text, found after the phrase at.
func (b *builder) figure(kind, text string, value float64, unit, at string) *builder {
	a := b.span(at, 0)
	pre := string([]rune(b.r.Text)[:a.Start])
	i := strings.Index(b.r.Text[len(pre):], text)
	if i < 0 {
		panic("no figure " + text)
	}
	start := a.Start + utf8.RuneCountInString(b.r.Text[len(pre):len(pre)+i])
	sp := schema.Span{Start: start, End: start + utf8.RuneCountInString(text)}
	f := schema.Figure{Kind: kind, Text: text, Value: value, Item: b.itemOf(sp), Span: sp}
	if unit != "" {
		f.Unit = &unit
	}
	b.r.Figures = append(b.r.Figures, f)
	return b
}

func (b *builder) decision(text, kind string) *builder {
	sp := b.span(text, 0)
	b.r.Decisions = append(b.r.Decisions, schema.Decision{Text: text, Kind: kind, Item: b.itemOf(sp), Span: sp})
	return b
}

// done orders the elements as the extractor does, by position.
func (b *builder) done() *schema.Record {
	r := b.r
	sort.SliceStable(r.Figures, func(i, j int) bool { return r.Figures[i].Span.Start < r.Figures[j].Span.Start })
	sort.SliceStable(r.Commitments, func(i, j int) bool { return r.Commitments[i].Span.Start < r.Commitments[j].Span.Start })
	sort.SliceStable(r.Dates, func(i, j int) bool { return r.Dates[i].Span.Start < r.Dates[j].Span.Start })
	sort.SliceStable(r.Decisions, func(i, j int) bool { return r.Decisions[i].Span.Start < r.Decisions[j].Span.Start })
	return r
}

const board = "The Kent and Medway Sustainability and Transformation Partnership Programme Board met on "

// meeting000 is the board of 14 August 2017, cut down from seed 000.
func meeting000() *schema.Record {
	text := board + `14 August 2017.  The Board assessed a highlight report on how the ten workstreams are progressing.

East Kent Delivery Board
Work continues to establish a joint committee of the CCGs to consider hospital changes, with the next task being the appointment of an independent chair. The first meeting of the joint committee is likely to be in September.

Productivity workstream
The Board received an update on the productivity workstream. The workstream has 10 areas of focus. Each area has a work group that are looking particularly at potential savings that can be achieved by standardising processes and procurement.

Hospital care
Most feedback from stroke patients shows that they are in favour of moving from the existing provision of seven units to three highly-specialist units.

Local Care Investment Case
After wide discussion and the Board was asked to take away the figures for further scrutiny.

Meeting structure
The programme board will, in future, have a meeting structure that allows for occasional ‘deep dives’ – lengthier discussion and scrutiny of key subjects.  Productivity will be among the first subjects for a deep dive.
The post of PMO Lead needs to be re-recruited.`
	return rec("000_dfdf27c5bf53e389.txt", "2017-08-14", text).
		items("East Kent Delivery Board", "Productivity workstream", "Hospital care", "Local Care Investment Case", "Meeting structure").
		date("14 August 2017", "2017-08-14", "2017-08-14", "day").
		date("September", "2017-09-01", "2017-09-30", "month").
		figure("count", "ten", 10, "workstreams", "how the ten").
		figure("count", "10", 10, "areas", "The workstream has 10").
		figure("count", "seven", 7, "units", "provision of seven").
		figure("count", "three", 3, "units", "seven units to three").
		commit("The first meeting of the joint committee is likely to be in September.", "first meeting of the joint committee", "", "September", "in").
		commit("The programme board will, in future, have a meeting structure that allows for occasional ‘deep dives’ – lengthier discussion and scrutiny of key subjects.", "have a meeting structure that allows for occasional deep dives", "The programme board", "", "").
		commit("The post of PMO Lead needs to be re-recruited.", "re-recruit the post of PMO Lead", "", "", "").
		decision("the Board was asked to take away the figures for further scrutiny", "other").
		done()
}

// meeting002 is the board of 6 November 2017, from seed 002 with headings
// added where the seed runs its paragraphs together.
func meeting002() *schema.Record {
	text := board + `6 November 2017.

Medical school bid
Canterbury Christ Church University and University of Kent are bidding jointly and the bid needs to be submitted to the Higher Education Funding Council for England (HEFCE) and Health Education England (HEE) by 23 November 2017.

Kent Integrated Dataset
The information systems of all the CCGs will be integrated with full ‘go-live’ of the integrated system on 1 February 2018.

Productivity deep dive
The Programme Board’s meeting structure allows for occasional ‘deep dives’ – lengthier discussion and more detailed scrutiny of key subjects – on a regular basis. At its November meeting, the Board had ‘deep dive’ sessions in two areas:  productivity, and stroke services.
The workstream has been tasked with saving £190m by 2021 through joint working on efficiencies in acute hospital services.
It has eight projects.

Stroke review
A joint committee of the eight Kent and Medway CCGs plus Bexley CCG and High Weald, Lewes and Haven CCG has been established and will be the key decision making group for the work, receiving recommendations from the Stroke Programme Board.
The location of those units will be determined by a formal public consultation which is hoped to take place in early 2018.
Public engagement has been a key part of the review, with feedback from stroke patients demonstrating support for proposals to move from the existing provision of seven general acute stroke units to three highly-specialist units.`
	return rec("002_c8d5d41b4d42c143.txt", "2017-11-06", text).
		items("Medical school bid", "Kent Integrated Dataset", "Productivity deep dive", "Stroke review").
		date("6 November 2017", "2017-11-06", "2017-11-06", "day").
		date("23 November 2017", "2017-11-23", "2017-11-23", "day").
		date("1 February 2018", "2018-02-01", "2018-02-01", "day").
		date("2021", "2021-01-01", "2021-12-31", "year").
		date("early 2018", "2018-01-01", "2018-04-30", "part_of_year").
		figure("money", "£190m", 190e6, "GBP", "saving £190m").
		figure("count", "eight", 8, "projects", "It has eight").
		figure("count", "eight", 8, "CCGs", "of the eight Kent").
		figure("count", "seven", 7, "units", "provision of seven").
		figure("count", "three", 3, "units", "stroke units to three").
		commit("Canterbury Christ Church University and University of Kent are bidding jointly and the bid needs to be submitted to the Higher Education Funding Council for England (HEFCE) and Health Education England (HEE) by 23 November 2017.", "submit the medical school bid to HEFCE and HEE", "Canterbury Christ Church University and University of Kent", "23 November 2017", "by").
		commit("The information systems of all the CCGs will be integrated with full ‘go-live’ of the integrated system on 1 February 2018.", "integrate the information systems of all the CCGs with full go-live of the integrated system", "", "1 February 2018", "on").
		commit("The workstream has been tasked with saving £190m by 2021 through joint working on efficiencies in acute hospital services.", "save £190m through joint working on efficiencies", "The workstream", "2021", "by").
		commit("The location of those units will be determined by a formal public consultation which is hoped to take place in early 2018.", "determine the location of the units by a formal public consultation", "", "early 2018", "in").
		done()
}

// meeting004 is the board of 5 February 2018, from seed 004; the dataset
// and productivity paragraphs are invented continuations of 002's, so
// that a slipped date and a moved figure have a realistic home.
func meeting004() *schema.Record {
	text := board + `Monday 5 February.

Launch of stroke services consultation
The Programme Board heard that following a meeting of the Joint Committee of Clinical Commissioning Groups (JCCCG) on 31 January 2018, the formal public consultation on the future of acute stroke services was launched on Friday 2 February.
Modelling work has led to potential site options being developed for three hyper acute stroke units in Kent and Medway.
The consultation period runs for ten weeks until midnight on Friday 13 April and consultation engagement activity is underway to gather feedback and responses to the proposals from a wide range of stakeholders and audiences.
It is anticipated that the decision will be made in the autumn this year.

Kent Integrated Dataset
Full ‘go-live’ of the integrated system across all the CCGs is now expected on 1 April 2018.

Productivity
The workstream has been tasked with saving £210m by 2021 through joint working on efficiencies in acute hospital services.

System transformation
Six of the eight CCGs have agreed the proposal. The strategic commissioner will be established in a shadow form from April 2018.`
	return rec("004_63bc8c950772019a.txt", "2018-02-05", text).
		items("Launch of stroke services consultation", "Kent Integrated Dataset", "Productivity", "System transformation").
		date("Monday 5 February", "2018-02-05", "2018-02-05", "day").
		date("31 January 2018", "2018-01-31", "2018-01-31", "day").
		date("Friday 2 February", "2018-02-02", "2018-02-02", "day").
		date("Friday 13 April", "2018-04-13", "2018-04-13", "day").
		date("the autumn this year", "2018-09-01", "2018-11-30", "season").
		date("1 April 2018", "2018-04-01", "2018-04-01", "day").
		date("2021", "2021-01-01", "2021-12-31", "year").
		date("April 2018", "2018-04-01", "2018-04-30", "month").
		figure("count", "three", 3, "units", "developed for three").
		figure("duration", "ten weeks", 10, "week", "runs for ten weeks").
		figure("money", "£210m", 210e6, "GBP", "saving £210m").
		figure("count", "Six", 6, "CCGs", "Six of the").
		figure("count", "eight", 8, "CCGs", "Six of the eight").
		commit("The consultation period runs for ten weeks until midnight on Friday 13 April and consultation engagement activity is underway to gather feedback and responses to the proposals from a wide range of stakeholders and audiences.", "run the consultation period", "", "Friday 13 April", "until").
		commit("It is anticipated that the decision will be made in the autumn this year.", "make the decision", "", "the autumn this year", "in").
		commit("Full ‘go-live’ of the integrated system across all the CCGs is now expected on 1 April 2018.", "full go-live of the integrated system across all the CCGs", "", "1 April 2018", "on").
		commit("The workstream has been tasked with saving £210m by 2021 through joint working on efficiencies in acute hospital services.", "save £210m through joint working on efficiencies", "The workstream", "2021", "by").
		commit("The strategic commissioner will be established in a shadow form from April 2018.", "establish the strategic commissioner in shadow form", "", "April 2018", "from").
		decision("Six of the eight CCGs have agreed the proposal.", "agreed").
		done()
}

// meeting003 is the board of 5 March 2018, from seed 003: another
// consultation (the national workforce strategy) that must not be taken
// for the stroke one.
func meeting003() *schema.Record {
	text := board + `Monday 5 March.

Kent and Medway response to the national workforce strategy consultation
Health Education England and partners have produced a draft national Workforce Strategy for consultation in response to the NHS Five Year Forward View. The consultation closes on 23 March 2018.

System transformation
The strategic commissioner will be established in a shadow form from May 2018.

Estates and Capital Plan – update
New estates planning guidance is expected from NHS England later in the spring.`
	return rec("003_31771c3f5ec23068.txt", "2018-03-05", text).
		items("Kent and Medway response to the national workforce strategy consultation", "System transformation", "Estates and Capital Plan – update").
		date("Monday 5 March", "2018-03-05", "2018-03-05", "day").
		date("23 March 2018", "2018-03-23", "2018-03-23", "day").
		date("May 2018", "2018-05-01", "2018-05-31", "month").
		date("later in the spring", "2018-04-01", "2018-05-31", "part_of_year").
		commit("The consultation closes on 23 March 2018.", "close the workforce strategy consultation", "", "23 March 2018", "on").
		commit("The strategic commissioner will be established in a shadow form from May 2018.", "establish the strategic commissioner in shadow form", "", "May 2018", "from").
		commit("New estates planning guidance is expected from NHS England later in the spring.", "publish new estates planning guidance", "NHS England", "later in the spring", "in").
		done()
}
