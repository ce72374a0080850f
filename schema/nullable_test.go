package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// fullRecord has one element of every kind with every nullable field set.
const fullRecord = `{"schema_version":"1",
 "source":{"name":"a.txt","format":"text","sha256":"0000000000000000000000000000000000000000000000000000000000000000","bytes":5,"charset":"utf-8"},
 "text":"Hello",
 "meeting":{"body":"Board","title":"Minutes","date":"2018-03-05","location":"Hall"},
 "attendees":[{"name":"Jane Smith","role":"Chair","status":"present","spans":[{"start":0,"end":1}]}],
 "items":[{"id":"1","number":"1","title":"Apologies","span":{"start":0,"end":1},"title_span":{"start":0,"end":1}}],
 "decisions":[{"text":"agreed","kind":"agreed","vote":{"for":5,"against":0,"abstain":1,"outcome":"carried"},"mover":"A","seconder":"B","item":"1","span":{"start":0,"end":1}}],
 "figures":[{"kind":"money","text":"£5","value":5,"unit":"GBP","approximate":false,"bound":"max","item":"1","span":{"start":0,"end":1}}],
 "dates":[{"text":"5 March","start":"2018-03-05","end":"2018-03-05","grain":"day","item":"1","span":{"start":0,"end":1}}],
 "commitments":[{"text":"will","action":"will","owner":"Jane","due":{"text":"by May","start":"2018-05-01","end":"2018-05-31","relation":"by","span":{"start":0,"end":1}},"item":"1","span":{"start":0,"end":1},"status":"open","status_text":"Open"}],
 "warnings":[]}`

// The published schema writes nullable fields as anyOf [S, null] (see
// generate); it must accept exactly what the generator's own oneOf form
// accepts, for every nullable field and every kind of value.
func TestNullableAnyOfAgrees(t *testing.T) {
	pub, err := compiledSchema()
	if err != nil {
		t.Fatal(err)
	}
	ref := compileBytes(t, generate(false))
	paths := [][]any{
		{"meeting", "body"}, {"meeting", "title"}, {"meeting", "date"}, {"meeting", "location"},
		{"attendees", 0, "name"}, {"attendees", 0, "role"}, {"items", 0, "number"},
		{"decisions", 0, "vote", "for"}, {"decisions", 0, "vote", "against"}, {"decisions", 0, "vote", "abstain"},
		{"decisions", 0, "vote", "outcome"}, {"decisions", 0, "item"}, {"decisions", 0, "mover"},
		{"figures", 0, "unit"}, {"figures", 0, "bound"}, {"figures", 0, "item"},
		{"dates", 0, "item"}, {"commitments", 0, "owner"}, {"commitments", 0, "due"}, {"commitments", 0, "item"},
		{"commitments", 0, "due", "start"},
	}
	values := []any{nil, "x", "", "max", "min", "2018-01-01", "2018-13-45", json.Number("3"), json.Number("-1"),
		json.Number("2.5"), true, map[string]any{}, []any{},
		map[string]any{"text": "by May", "start": "2018-05-01", "end": "2018-05-31", "relation": "by", "span": map[string]any{"start": 0, "end": 1}}}
	for _, p := range paths {
		for _, v := range values {
			doc, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(fullRecord)))
			if err != nil {
				t.Fatal(err)
			}
			var at any = doc
			for _, k := range p[:len(p)-1] {
				switch k := k.(type) {
				case string:
					at = at.(map[string]any)[k]
				case int:
					at = at.([]any)[k]
				}
			}
			at.(map[string]any)[p[len(p)-1].(string)] = v
			want, got := ref.Validate(doc) == nil, pub.Validate(doc) == nil
			if got != want {
				t.Errorf("%v = %s: published schema says valid=%v, the oneOf form says %v", p, fmt.Sprint(v), got, want)
			}
		}
	}
}

func compileBytes(t *testing.T, schema []byte) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(ID, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(ID)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}
