package extract_test

import (
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/extract"
	"github.com/minutes-tool/minutes/schema"
)

// minutesBody is a page of minutes for the furniture cases to wrap.
const minutesBody = "MINUTES OF THE MEETING OF LONGBRIDGE PARISH COUNCIL HELD ON 4 MAY 2019\n\n" +
	"Present: Cllr A. Smith (Chair), Cllr B. Jones, Cllr C. Brown\n\n" +
	"1. Playground\nThe council considered the playground report and the clerk will obtain three quotes.\n\n" +
	"2. Footpaths\nThe survey of the footpaths was approved by the council.\n\n" +
	"3. Finance\nThe payments listed were approved and the bank balance was noted.\n"

// furnitureRecords: documents with furniture, each row naming the
// furniture rule (input/furniture.go) whose effect on the record it
// checks: the meeting's date, the items' titles, and a piece of furniture
// the record's text keeps but no element other than a date comes from.
var furnitureRecords = []struct {
	rule      string
	in        string
	date      string
	items     string
	furniture string
}{
	{"covering-letter: the letter's date is not the meeting's",
		"Longbridge Parish Council\nThe Village Hall\n\n12 June 2019\n\nDear Councillor,\n\nPlease find enclosed the minutes of the May meeting, which the council will be asked to approve.\n\nYours sincerely,\nJane Clerk\nClerk to the Council\n\n" + minutesBody,
		"2019-05-04", "Playground|Footpaths|Finance", "Please find enclosed"},
	{"running-head: a counting page header is no item and no figure",
		strings.Replace(strings.Replace(minutesBody, "2. Footpaths", "Minutes – Longbridge Parish Council   2\n2. Footpaths", 1), "3. Finance", "Minutes – Longbridge Parish Council   3\n3. Finance", 1) + "Minutes – Longbridge Parish Council   4\n",
		"2019-05-04", "Playground|Footpaths|Finance", "Longbridge Parish Council   3"},
	{"page-number: 'Page n of m' is no figure",
		strings.Replace(strings.Replace(minutesBody, "2. Footpaths", "Page 1 of 3\n2. Footpaths", 1), "3. Finance", "Page 2 of 3\n3. Finance", 1) + "Page 3 of 3\n",
		"2019-05-04", "Playground|Footpaths|Finance", "Page 2 of 3"},
	{"navigation: a site's trail gives no date nor item",
		"Home > Council > Meetings > Minutes 12 June 2019\n\n" + minutesBody,
		"2019-05-04", "Playground|Footpaths|Finance", "Home > Council"},
}

func TestFurnitureRecords(t *testing.T) {
	for _, c := range furnitureRecords {
		rec, err := extract.ExtractBytes([]byte(c.in), "furniture.txt", extract.Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.rule, err)
		}
		if rec.Meeting.Date == nil || *rec.Meeting.Date != c.date {
			t.Errorf("%s: meeting date %v, want %s", c.rule, rec.Meeting.Date, c.date)
		}
		var titles []string
		for _, it := range rec.Items {
			titles = append(titles, it.Title)
		}
		if got := strings.Join(titles, "|"); got != c.items {
			t.Errorf("%s: items %q, want %q", c.rule, got, c.items)
		}
		at := strings.Index(rec.Text, c.furniture)
		if at < 0 {
			t.Fatalf("%s: the record's text lost the furniture %q", c.rule, c.furniture)
		}
		for _, s := range elementSpans(rec) {
			if s.Start <= at && at < s.End {
				t.Errorf("%s: an element's span %v holds the furniture %q", c.rule, s, c.furniture)
			}
		}
		for _, p := range checkSpans(rec) {
			t.Errorf("%s: %s", c.rule, p)
		}
	}
}

// elementSpans are the spans of every element but the dates (a date in
// furniture is still a date) and the meeting's.
func elementSpans(rec *schema.Record) []schema.Span {
	var out []schema.Span
	for _, it := range rec.Items {
		out = append(out, it.TitleSpan) // its span runs on over its body
	}
	for _, f := range rec.Figures {
		out = append(out, f.Span)
	}
	for _, d := range rec.Decisions {
		out = append(out, d.Span)
	}
	for _, c := range rec.Commitments {
		out = append(out, c.Span)
	}
	for _, a := range rec.Attendees {
		out = append(out, a.Spans...)
	}
	return out
}
