package schema_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/schema"
)

var update = flag.Bool("update", false, "rewrite minutes.schema.json from the Go types")

// TestCommittedSchema keeps minutes.schema.json equal to the schema
// generated from the Go types.
func TestCommittedSchema(t *testing.T) {
	got := schema.JSON()
	if *update {
		if err := os.WriteFile("minutes.schema.json", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile("minutes.schema.json")
	if err != nil {
		t.Fatalf("%v (run go test ./schema -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("minutes.schema.json is out of date with the Go types: run go test ./schema -update and review the diff")
	}
}

const validRecord = `{"schema_version":"1",
 "source":{"name":"a.txt","format":"text","sha256":"` + "0000000000000000000000000000000000000000000000000000000000000000" + `","bytes":5,"charset":"utf-8"},
 "text":"Hello",
 "meeting":{"body":null,"title":null,"date":"2018-03-05","location":null},
 "attendees":[],"items":[],"decisions":[],"figures":[],"dates":[],"commitments":[],"warnings":[]}`

func TestValidate(t *testing.T) {
	tests := []struct {
		name     string
		edit     func(string) string
		pointers []string // every violation's pointer, in order; nil: valid
	}{
		{"valid", func(s string) string { return s }, nil},
		{"text is a number", func(s string) string { return strings.Replace(s, `"text":"Hello"`, `"text":5`, 1) }, []string{"/text"}},
		{"date not a date", func(s string) string { return strings.Replace(s, `"2018-03-05"`, `"2018-13-45"`, 1) }, []string{"/meeting/date"}},
		{"bad format", func(s string) string { return strings.Replace(s, `"format":"text"`, `"format":"pdf"`, 1) }, []string{"/source/format"}},
		{"missing items", func(s string) string { return strings.Replace(s, `"items":[],`, ``, 1) }, []string{""}},
		{"unknown field", func(s string) string { return strings.Replace(s, `"text":"Hello"`, `"text":"Hello","extra":1`, 1) }, []string{""}},
		{"figure kind", func(s string) string {
			return strings.Replace(s, `"figures":[]`, `"figures":[{"kind":"weight","text":"5","value":5,"unit":null,"approximate":false,"bound":null,"item":null,"span":{"start":0,"end":1}}]`, 1)
		}, []string{"/figures/0/kind"}},
		{"commitment with a status", withCommitment(`,"status":"done","status_text":"Closed"`), nil},
		{"commitment status unknown", withCommitment(``), nil},
		{"commitment status not in the list", withCommitment(`,"status":"closed","status_text":"Closed"`), []string{"/commitments/0/status"}},
		{"commitment status without its words", withCommitment(`,"status":"open"`), []string{"/commitments/0"}},
		{"commitment status words without a status", withCommitment(`,"status_text":"green"`), []string{"/commitments/0"}},
		{"commitment status words empty", withCommitment(`,"status":"open","status_text":""`), []string{"/commitments/0/status_text"}},
		{"commitment status null", withCommitment(`,"status":null,"status_text":"green"`), []string{"/commitments/0/status"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := schema.ValidateJSON([]byte(tt.edit(validRecord)))
			if tt.pointers == nil {
				if err != nil {
					t.Fatalf("want valid, got %v", err)
				}
				return
			}
			var ve *schema.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("want a *ValidationError, got %v", err)
			}
			var got []string
			for _, v := range ve.Violations {
				got = append(got, v.Pointer)
			}
			if strings.Join(got, ",") != strings.Join(tt.pointers, ",") {
				t.Errorf("pointers = %q, want %q (%v)", got, tt.pointers, err)
			}
		})
	}
}

// withCommitment puts one commitment into the record, extra written after
// its required fields.
func withCommitment(extra string) func(string) string {
	return func(s string) string {
		return strings.Replace(s, `"commitments":[]`, `"commitments":[{"text":"Hello","action":"Hello","owner":null,"due":null,"item":null,"span":{"start":0,"end":5}`+extra+`}]`, 1)
	}
}

func TestValidateNotJSON(t *testing.T) {
	err := schema.ValidateJSON([]byte("{not json"))
	var ve *schema.ValidationError
	if err == nil || errors.As(err, &ve) {
		t.Fatalf("want a plain error for non-JSON, got %v", err)
	}
}

func ExampleValidateJSON() {
	err := schema.ValidateJSON([]byte(strings.Replace(validRecord, `"text":"Hello"`, `"text":5`, 1)))
	var ve *schema.ValidationError
	if errors.As(err, &ve) {
		for _, v := range ve.Violations {
			fmt.Println(v)
		}
	}
	// Output: /text: got number, want string
}

// FuzzValidateJSON: any bytes get an answer, never a panic; a document
// that validates also decodes into a Record.
func FuzzValidateJSON(f *testing.F) {
	f.Add([]byte(validRecord))
	f.Add([]byte(`{}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"schema_version":"1","text":null}`))
	f.Add([]byte("\xff\xfe"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := schema.ValidateJSON(data); err == nil {
			var r schema.Record
			if err := json.Unmarshal(data, &r); err != nil {
				t.Fatalf("valid by the schema but not a Record: %v", err)
			}
		}
	})
}
