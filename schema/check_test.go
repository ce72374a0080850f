package schema

import (
	"errors"
	"strings"
	"testing"
)

// What Check allows: the record as extract prints it, which may hold
// white space and a file name as given.
func TestCheckAllows(t *testing.T) {
	for name, edit := range map[string]func(r *Record){
		"as extracted":                       func(*Record) {},
		"tab, line feed and carriage return": func(r *Record) { r.Items[0].Title += "\t\n\r"; r.Text += "\r\n\t" },
		"control characters in the file name": func(r *Record) {
			r.Source.Name = "minutes\x01\u202e.txt"
		},
		"empty span at the end": func(r *Record) {
			n := len([]rune(r.Text))
			r.Attendees[0].Spans[0] = Span{Start: n, End: n}
		},
		"an item's title is not checked against its words": func(r *Record) { r.Items[0].Title = "Something else" },
		"nor the meeting's body":                           func(r *Record) { r.Meeting.Body = ptr("Someone else") },
	} {
		r := goldenRecord(t)
		edit(r)
		if vs := Check(r); len(vs) > 0 {
			t.Errorf("%s: %v", name, vs)
		}
		if err := Validate(r); err != nil {
			t.Errorf("%s: Validate: %v", name, err)
		}
	}
}

// Bidirectional controls in a record's strings are violations: extract
// drops them from documents, and they reorder what a reader sees.
func TestCheckBidi(t *testing.T) {
	r := goldenRecord(t)
	r.Items[0].Title += "\u202e"
	vs := Check(r)
	if len(vs) != 1 || !strings.Contains(vs[0].String(), "/items/0/title: bidirectional control U+202E") {
		t.Errorf("got %v, want the title's bidirectional control", vs)
	}
}

// The messages say what is wrong in the terms of the record.
func TestCheckMessages(t *testing.T) {
	r := goldenRecord(t)
	r.Decisions[3].Span.End = 53516 + 32
	r.Items[1].Span = Span{Start: 20, End: 10}
	r.Figures[0].Span.End++
	r.Warnings = []string{"a\x07b\u0085"}
	r.Attendees[0].Spans[0] = Span{Start: -1, End: 53600}
	want := []string{
		"/attendees/0/spans/0: start -1 is negative",
		"/attendees/0/spans/0: end 53600 is past the end of text (53516 code points)",
		"/decisions/3/span: end 53548 is past the end of text (53516 code points)",
		`/figures/0/text: not the words at its span: text[1260:1268] is "$94,710 "`,
		"/items/1/span: start 20 is after end 10",
		"/warnings/0: control character U+0007 at code point 1 (and 1 more)",
	}
	var got []string
	for _, v := range Check(r) {
		got = append(got, v.String())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Offsets count code points, whatever their bytes, and invalid UTF-8 is
// read as the U+FFFD it encodes as.
func TestCheckCodePoints(t *testing.T) {
	text := "Thé board agreed £5\xff — «noted»."
	r := &Record{Text: text,
		Figures:   []Figure{{Text: "£5", Span: Span{Start: 17, End: 19}}},
		Decisions: []Decision{{Text: "agreed £5\ufffd —", Span: Span{Start: 10, End: 22}}},
		Dates:     []Date{{Text: "«noted»", Span: Span{Start: 23, End: 30}}},
		Commitments: []Commitment{{Text: ".", Span: Span{Start: 30, End: 31},
			Due: &Due{Text: "", Span: Span{Start: 31, End: 31}}}},
	}
	if vs := Check(r); len(vs) > 0 {
		t.Fatal(vs)
	}
	r.Commitments[0].Due.Span = Span{Start: 31, End: 32}
	vs := Check(r)
	if len(vs) != 1 || vs[0].String() != "/commitments/0/due/span: end 32 is past the end of text (31 code points)" {
		t.Errorf("got %v", vs)
	}
}

// A closed action's span is checked as a commitment's is.
func TestCheckClosedActions(t *testing.T) {
	r := &Record{Text: "Share the poll - done", ClosedActions: []Commitment{{Text: "Share the poll - done", Span: Span{Start: 0, End: 21}}}}
	if vs := Check(r); len(vs) > 0 {
		t.Fatal(vs)
	}
	r.ClosedActions[0].Text = "Share the poll"
	if vs := Check(r); len(vs) != 1 || !strings.HasPrefix(vs[0].String(), "/closed_actions/0") {
		t.Errorf("got %v, want one violation at /closed_actions/0", vs)
	}
}

func TestControlName(t *testing.T) {
	for r, want := range map[rune]string{
		'a': "", '\t': "", '\n': "", '\r': "", ' ': "", 'é': "", '\u00a0': "", '\u2028': "", '\u200f': "", '\ufffd': "",
		0: "control character", '\x07': "control character", '\x1f': "control character", '\x7f': "control character",
		'\u0080': "control character", '\u0085': "control character", '\u009f': "control character",
		'\u202a': "bidirectional control", '\u202e': "bidirectional control", '\u2066': "bidirectional control",
		'\u2069': "bidirectional control", '\u2029': "", '\u202f': "", '\u2065': "", '\u206a': "",
	} {
		if got := controlName(r); got != want {
			t.Errorf("controlName(%U) = %q, want %q", r, got, want)
		}
	}
}

// ValidateJSON runs the same checks on a record the schema accepts, and
// says so when such a record is not one Go can read.
func TestValidateJSONChecks(t *testing.T) {
	rec := `{"schema_version":"1","source":{"name":"-","format":"text","sha256":"e9174b75ad2047fe2d76a5634fc4e287de1d7b7d4fdccbf805468e4d14dd7709","bytes":42,"charset":"utf-8"},"text":"Parish Council\nMinutes of 6 November 2017","meeting":{"body":"Parish Council","title":"Minutes of 6 November 2017","date":"2017-11-06","location":null,"date_span":{"start":26,"end":41},"body_span":{"start":0,"end":14}},"attendees":[],"items":[],"decisions":[],"figures":[],"dates":[{"text":"6 November 2017","start":"2017-11-06","end":"2017-11-06","grain":"day","item":null,"span":{"start":26,"end":41}}],"commitments":[],"warnings":[]}`
	if err := ValidateJSON([]byte(rec)); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ from, to, want string }{
		{`"span":{"start":26,"end":41}`, `"span":{"start":26,"end":42}`, "/dates/0/span: end 42 is past the end of text (41 code points)"},
		{`"date_span":{"start":26,"end":41}`, `"date_span":{"start":41,"end":26}`, "/meeting/date_span: start 41 is after end 26"},
		{`"text":"6 November 2017"`, `"text":"6 Nov 2017"`, `/dates/0/text: not the words at its span: text[26:41] is "6 November 2017"`},
		{`"location":null`, `"location":"Hall\u001b[2J"`, "/meeting/location: control character U+001B at code point 4"},
		{`"start":26,"end":41}}]`, `"start":26,"end":4.1e1}}]`, "/: cannot be read as a record: json: cannot unmarshal number 4.1e1 into Go struct field Span.dates.span.end of type int"},
	} {
		err := ValidateJSON([]byte(strings.Replace(rec, c.from, c.to, 1)))
		var ve *ValidationError
		if !errors.As(err, &ve) || len(ve.Violations) != 1 || ve.Violations[0].String() != c.want {
			t.Errorf("%s: got %v, want %s", c.to, err, c.want)
		}
	}
}

func BenchmarkCheck(b *testing.B) {
	r := goldenRecord(b)
	var t treeBuilder
	tree := t.record(r)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if vs := check(r, tree); len(vs) > 0 {
			b.Fatal(vs)
		}
	}
}
