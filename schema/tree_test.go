package schema

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// roundTrip is what Validate used to check: the record encoded by
// json.Marshal and decoded by the validator's own decoder.
func roundTrip(t *testing.T, r *Record) any {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return decode(t, b)
}

// normal rewrites every number in a tree as its exact rational value, the
// way the validator compares numbers, so a json.Number and a Go int or
// float64 of the same value compare equal. Any other Go type is kept as it
// is, so reflect.DeepEqual still tells a number from a string.
func normal(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, e := range v {
			out[k] = normal(e)
		}
		return out
	case []any:
		if v == nil {
			return v
		}
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = normal(e)
		}
		return out
	case json.Number, int, int64, float64:
		r, ok := new(big.Rat).SetString(fmt.Sprint(v))
		if !ok {
			return fmt.Sprintf("bad number %v", v)
		}
		return [1]string{r.RatString()}
	}
	return v
}

func sameTree(t *testing.T, name string, r *Record) {
	t.Helper()
	var b treeBuilder
	got := normal(b.record(r))
	if b.err != nil {
		t.Fatalf("%s: %v", name, b.err)
	}
	want := normal(roundTrip(t, r))
	if !reflect.DeepEqual(got, want) {
		gj, _ := json.Marshal(got)
		wj, _ := json.Marshal(want)
		t.Errorf("%s: tree differs from the JSON round trip\n got %s\nwant %s", name, gj, wj)
	}
}

func goldenRecords(t testing.TB) map[string]*Record {
	t.Helper()
	paths, err := filepath.Glob("../testdata/*/*.want.json")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden records: %v", err)
	}
	out := map[string]*Record{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var r Record
		if err := json.Unmarshal(data, &r); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out[p] = &r
	}
	return out
}

func TestTreeGolden(t *testing.T) {
	for name, r := range goldenRecords(t) {
		sameTree(t, name, r)
	}
}

// filler sets every field of a value by reflection, so a field added to a
// type is set here without anyone remembering to: if the converter forgets
// it, the round trip has a key the tree lacks and the test fails.
type filler struct {
	n int
	// ptrs: pointers point at a filled value; else they stay nil.
	ptrs bool
	// elems is the length of every slice; -1 leaves slices nil.
	elems int
	// zero fills values with zero values (pointers and slices as above).
	zero bool
}

func (f *filler) fill(v reflect.Value) {
	f.n++
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f.fill(v.Field(i))
		}
	case reflect.Pointer:
		if f.ptrs {
			p := reflect.New(v.Type().Elem())
			f.fill(p.Elem())
			v.Set(p)
		}
	case reflect.Slice:
		if f.elems >= 0 {
			s := reflect.MakeSlice(v.Type(), f.elems, f.elems)
			for i := 0; i < f.elems; i++ {
				f.fill(s.Index(i))
			}
			v.Set(s)
		}
	case reflect.String:
		if !f.zero {
			v.SetString(fmt.Sprintf("s%d <&> \u2028 é", f.n))
		}
	case reflect.Int, reflect.Int64:
		if !f.zero {
			// Beyond the small values Go boxes without allocating, and
			// negative every other time.
			n := int64(f.n * 1000)
			if f.n%2 == 0 {
				n = -n
			}
			v.SetInt(n)
		}
	case reflect.Float64:
		if !f.zero {
			v.SetFloat([]float64{0.1, 1e21, -2.5e-7, 12345678.9, 3}[f.n%5])
		}
	case reflect.Bool:
		v.SetBool(!f.zero)
	default:
		panic("filler: no rule for " + v.Type().String() + ": teach the filler and the tree builder")
	}
}

func filled(f filler) *Record {
	var r Record
	f.fill(reflect.ValueOf(&r).Elem())
	return &r
}

func TestTreeEveryField(t *testing.T) {
	cases := map[string]filler{
		"every field set":             {ptrs: true, elems: 2},
		"zero record":                 {elems: -1, zero: true},
		"nil pointers, values set":    {elems: 1},
		"pointers to zero, empty":     {ptrs: true, elems: 0, zero: true},
		"pointers to zero, one each":  {ptrs: true, elems: 1, zero: true},
		"nil slices, pointers filled": {ptrs: true, elems: -1},
	}
	for name, f := range cases {
		sameTree(t, name, filled(f))
	}
	r := filled(filler{ptrs: true, elems: 1})
	bad := "a\xffb\xc3"
	r.Meeting.Body = &bad
	r.Items[0].Title = bad
	r.Warnings[0] = bad
	sameTree(t, "invalid UTF-8", r)
}

// The tree must not drop a value that JSON cannot carry: the old
// Marshal-first Validate failed on it, and so must Validate now.
func TestValidateUnencodable(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		r := goldenRecord(t)
		r.Figures = append(r.Figures, Figure{Kind: "number", Value: f})
		_, want := json.Marshal(r)
		err := Validate(r)
		if err == nil || want == nil || err.Error() != "encode record: "+want.Error() {
			t.Errorf("value %v: Validate = %v, want encode record: %v", f, err, want)
		}
	}
}

// goldenRecord returns a fresh copy of one valid record with every kind of
// element in it.
func goldenRecord(t testing.TB) *Record {
	t.Helper()
	data, err := os.ReadFile("../testdata/corpus/14-portland-city-council-2011-01-12.want.json")
	if err != nil {
		t.Fatal(err)
	}
	var r Record
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	return &r
}

// oldValidate is Validate as it was: encode the record and validate the
// bytes (the text is kept: Check needs it).
func oldValidate(r *Record) error {
	b, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("encode record: %w", err)
	}
	return ValidateJSON(b)
}

func ptr[T any](v T) *T { return &v }

// breakages are ways to make a record invalid, each with the pointers its
// violations must name.
var breakages = []struct {
	name     string
	edit     func(r *Record)
	pointers []string
}{
	{"bad enum", func(r *Record) { r.Figures[0].Kind = "weight" }, []string{"/figures/0/kind"}},
	{"bad status", func(r *Record) { r.Attendees[1].Status = "asleep" }, []string{"/attendees/1/status"}},
	{"negative span", func(r *Record) { r.Items[2].Span.Start = -4 }, []string{"/items/2/span/start"}},
	{"negative spans", func(r *Record) {
		r.Attendees[0].Spans[0].End = -1
		r.Commitments[0].Span.Start = -300
	}, []string{"/attendees/0/spans/0/end", "/commitments/0/span/start"}},
	{"bad date", func(r *Record) { r.Dates[0].Start = "2011-02-30" }, []string{"/dates/0/start"}},
	{"bad meeting date", func(r *Record) { r.Meeting.Date = ptr("12 Jan 2011") }, []string{"/meeting/date"}},
	{"bad due", func(r *Record) {
		r.Commitments[0].Due = &Due{Start: "2011-01-01", End: "soon", Relation: "by"}
	}, []string{"/commitments/0/due", "/commitments/0/due/end"}}, // "got object, want null" stays: its other branch's leaves are deeper
	{"bad bound", func(r *Record) { r.Figures[1].Bound = ptr("about") }, []string{"/figures/1/bound"}},
	{"negative vote", func(r *Record) {
		r.Decisions[0].Vote = &Vote{For: ptr(3), Against: ptr(-1)}
	}, []string{"/decisions/0/vote/against"}},
	{"bad commitment status", func(r *Record) {
		r.Commitments[0].Status, r.Commitments[0].StatusText = ptr("closed"), ptr("Closed")
	}, []string{"/commitments/0/status"}},
	{"commitment status without its words", func(r *Record) { r.Commitments[1].Status = ptr("done") }, []string{"/commitments/1"}},
	{"span past the end", func(r *Record) { r.Decisions[3].Span.End = 53516 + 32 }, []string{"/decisions/3/span"}},
	{"span reversed", func(r *Record) {
		s := &r.Items[1].Span
		s.Start, s.End = s.End, s.Start
	}, []string{"/items/1/span"}},
	{"title span and attendee span past the end", func(r *Record) {
		r.Items[0].TitleSpan = Span{Start: 60000, End: 60001}
		r.Attendees[2].Spans[0].End = 53517
	}, []string{"/attendees/2/spans/0", "/items/0/title_span"}},
	{"meeting date span reversed", func(r *Record) { r.Meeting.DateSpan.End = 100 }, []string{"/meeting/date_span"}},
	{"due span reversed and past the end", func(r *Record) { r.Commitments[3].Due.Span = Span{Start: 90000, End: 5} }, []string{"/commitments/3/due/span", "/commitments/3/due/span"}},
	{"figure text not its words", func(r *Record) { r.Figures[0].Text = "£190 million" }, []string{"/figures/0/text"}},
	{"date span one code point late", func(r *Record) { r.Dates[2].Span.Start++ }, []string{"/dates/2/text"}},
	{"due text not its words", func(r *Record) { r.Commitments[0].Due.Text = "January 19, 2011" }, []string{"/commitments/0/due/text"}},
	{"commitment text not its words", func(r *Record) { r.Commitments[1].Span.End-- }, []string{"/commitments/1/text"}},
	{"control character in a title", func(r *Record) { r.Items[0].Title += "\x07" }, []string{"/items/0/title"}},
	{"C1 and DEL in warnings and text", func(r *Record) {
		r.Warnings = []string{"fine", "a\u0085b\u009b"}
		r.Text += "\x7f\x00"
	}, []string{"/text", "/warnings/1"}},
	{"control characters in the source", func(r *Record) { r.Source.Charset = "utf\x1b-8" }, []string{"/source/charset"}},
	{"empty item id", func(r *Record) { r.Items[0].ID = "" }, []string{"/items/0/id"}},
	{"bad sha", func(r *Record) { r.Source.SHA256 = "ABC" }, []string{"/source/sha256"}},
	{"negative bytes", func(r *Record) { r.Source.Bytes = -1 }, []string{"/source/bytes"}},
	{"schema version", func(r *Record) { r.SchemaVersion = "2" }, []string{"/schema_version"}},
	{"nil items", func(r *Record) { r.Items = nil }, []string{"/items"}},
	{"nil spans", func(r *Record) { r.Attendees[3].Spans = nil }, []string{"/attendees/3/spans"}},
	{"nil warnings", func(r *Record) { r.Warnings = nil }, []string{"/warnings"}},
	{"invalid UTF-8 in an enum", func(r *Record) { r.Dates[1].Grain = "day\xff" }, []string{"/dates/1/grain"}},
	{"many", func(r *Record) {
		r.Source.Format = "pdf"
		r.Figures[2].Span.End = -1
		r.Dates[3].End = "2011-13-01"
		r.Decisions[4].Kind = "vetoed"
	}, []string{"/dates/3/end", "/decisions/4/kind", "/figures/2/span/end", "/source/format"}},
}

// A commitment's status, when the minutes give one, is part of a valid
// record; without one the record is as valid as before.
func TestValidateStatus(t *testing.T) {
	for _, st := range []string{"open", "done", "in_progress", "on_hold", "deferred", "cancelled"} {
		r := goldenRecord(t)
		r.Commitments[0].Status, r.Commitments[0].StatusText = ptr(st), ptr("[new for X]")
		if err := Validate(r); err != nil {
			t.Errorf("status %s: %v", st, err)
		}
		b, _ := json.Marshal(r.Commitments[0])
		if !strings.Contains(string(b), `"status":"`+st+`","status_text":"[new for X]"`) {
			t.Errorf("status %s encodes as %s", st, b)
		}
	}
	b, _ := json.Marshal(goldenRecord(t).Commitments[0])
	if strings.Contains(string(b), "status") {
		t.Errorf("a commitment with no status encodes one: %s", b)
	}
}

// Validate rejects broken records with the violations, pointers and
// messages, that validating their encoding gives.
func TestValidateRejects(t *testing.T) {
	if err := Validate(goldenRecord(t)); err != nil {
		t.Fatalf("golden record: %v", err)
	}
	for _, b := range breakages {
		t.Run(b.name, func(t *testing.T) {
			r := goldenRecord(t)
			b.edit(r)
			err := Validate(r)
			ve, ok := err.(*ValidationError)
			if !ok {
				t.Fatalf("want a *ValidationError, got %v", err)
			}
			var got []string
			for _, v := range ve.Violations {
				got = append(got, v.Pointer)
			}
			if strings.Join(got, ",") != strings.Join(b.pointers, ",") {
				t.Errorf("pointers = %q, want %q (%v)", got, b.pointers, err)
			}
			if old := oldValidate(r); old == nil || old.Error() != err.Error() {
				t.Errorf("Validate says\n %v\nvalidating the encoding says\n %v", err, old)
			}
		})
	}
}

// On every golden record, and on the filled ones, Validate agrees with
// validating the encoding, error text and all.
func TestValidateAgrees(t *testing.T) {
	recs := goldenRecords(t)
	for _, f := range []filler{{ptrs: true, elems: 2}, {elems: -1, zero: true}, {elems: 1}, {ptrs: true, elems: 0, zero: true}} {
		recs[fmt.Sprintf("filled %+v", f)] = filled(f)
	}
	for name, r := range recs {
		got, want := Validate(r), oldValidate(r)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: Validate says\n %v\nvalidating the encoding says\n %v", name, got, want)
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	r := goldenRecord(b)
	b.Run("tree", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if err := Validate(r); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if err := oldValidate(r); err != nil {
				b.Fatal(err)
			}
		}
	})
	bad := goldenRecord(b)
	bad.Source = Source{}
	b.Run("invalid", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if err := Validate(bad); err == nil {
				b.Fatal("valid without a source")
			}
		}
	})
	b.Run("invalid-encoding", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if err := oldValidate(bad); err == nil {
				b.Fatal("valid without a source")
			}
		}
	})
	b.Run("build", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := instance(r); err != nil {
				b.Fatal(err)
			}
		}
	})
}
