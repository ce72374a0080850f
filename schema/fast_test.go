package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

func decode(t testing.TB, data []byte) any {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func deepCopy(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, e := range v {
			out[k] = deepCopy(e)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = deepCopy(e)
		}
		return out
	}
	return v
}

// paths lists the place of every value in a document, the root excepted.
func paths(v any, at []string, out *[][]string) {
	switch v := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p := append(append([]string{}, at...), k)
			*out = append(*out, p)
			paths(v[k], p, out)
		}
	case []any:
		for i, e := range v {
			p := append(append([]string{}, at...), strconv.Itoa(i))
			*out = append(*out, p)
			paths(e, p, out)
		}
	}
}

// extraProps is the library's message for additionalProperties, which
// names the properties in the order it met them in a map: no order at all.
var extraProps = regexp.MustCompile(`additional propert(y|ies) ([^;]*) not allowed`)

// sameOrder is an error's text with the properties of each such message in
// sorted order.
func sameOrder(err error) string {
	return extraProps.ReplaceAllStringFunc(fmt.Sprint(err), func(m string) string {
		sub := extraProps.FindStringSubmatch(m)
		names := strings.Split(sub[2], ", ")
		sort.Strings(names)
		return "additional propert" + sub[1] + " " + strings.Join(names, ", ") + " not allowed"
	})
}

// trim cuts every list in v to its first element.
func trim(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			v[k] = trim(e)
		}
	case []any:
		if len(v) > 1 {
			v = v[:1]
		}
		for i, e := range v {
			v[i] = trim(e)
		}
		return v
	}
	return v
}

// edit returns a copy of doc with the value at p replaced by f's result;
// f gets the old value and returns the new one, or drop to remove it.
func edit(doc any, p []string, f func(old any) any) any {
	doc = deepCopy(doc)
	var parent any = doc
	for _, k := range p[:len(p)-1] {
		switch c := parent.(type) {
		case map[string]any:
			parent = c[k]
		case []any:
			i, _ := strconv.Atoi(k)
			parent = c[i]
		}
	}
	last := p[len(p)-1]
	switch c := parent.(type) {
	case map[string]any:
		if nv := f(c[last]); nv == drop {
			delete(c, last)
		} else {
			c[last] = nv
		}
	case []any:
		i, _ := strconv.Atoi(last)
		if nv := f(c[i]); nv != drop {
			c[i] = nv
		}
	}
	return doc
}

var drop = new(int)

// probeValues are put in every place of a record: each kind of JSON value,
// and values near what each field accepts.
func probeValues() []any {
	span := map[string]any{"start": json.Number("0"), "end": json.Number("1")}
	due := map[string]any{"text": "by May", "start": "2018-05-01", "end": "2018-05-31", "relation": "by", "span": deepCopy(span)}
	return []any{nil, "", "x", "max", "min", "none", "2018-01-01", "2018-13-45", "2018-02-29", "present", "day", "by", "money",
		"agreed", "text", "html", "1", strings.Repeat("0", 64), strings.Repeat("A", 64),
		json.Number("0"), json.Number("3"), json.Number("-1"), json.Number("2.5"), json.Number("1e2"), json.Number("-0"),
		json.Number("1.0"), json.Number("-0.5"), json.Number("1e400"), true, false,
		// Validate's trees hold Go numbers.
		0, 7, 300, -1, -300, int64(0), int64(5), int64(-5), 2.5, 3.0, math.Copysign(0, -1), -4.0,
		map[string]any{}, []any{}, []any{nil}, []any{"x"}, []any{deepCopy(span)}, span, due,
		map[string]any{"start": json.Number("0"), "end": json.Number("1"), "extra": true},
		map[string]any{"for": nil, "against": json.Number("1"), "abstain": nil, "outcome": "carried"},
	}
}

// The rewritten schema must accept exactly what the published one accepts:
// try every probe value in every place of two records (one with every
// optional field present), every field removed, and an unknown field added
// to every object.
func TestQuickAgrees(t *testing.T) {
	pub, err := compiledSchema()
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile("../testdata/corpus/14-portland-city-council-2011-01-12.want.json")
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]any{"fullRecord": decode(t, []byte(fullRecord)), "golden": decode(t, golden)}
	// The golden record is large: keep the first element of each list.
	docs["golden"] = trim(docs["golden"])
	docs["golden"].(map[string]any)["text"] = "Hello"
	n, explained := 0, 0
	check := func(name string, doc any) {
		t.Helper()
		n++
		pubErr, quickErr := pub.Validate(doc), compiled.quick.Validate(doc)
		if want, got := pubErr == nil, quickErr == nil; got != want {
			b, _ := json.Marshal(doc)
			t.Errorf("%s: rewritten schema says valid=%v, published says %v: %.300s", name, got, want, b)
			return
		}
		if pubErr == nil {
			return
		}
		// What validate reports, explaining from the failed fields only
		// when it can, is what the published schema reports on the whole.
		if got, want := sameOrder(validate(doc)), sameOrder(validationError(pubErr)); got != want {
			t.Errorf("%s: validate says\n %s\nthe published schema says\n %s", name, got, want)
		}
		if _, ok := compiled.explainFields(doc, quickErr.(*jsonschema.ValidationError)); ok {
			explained++
		}
	}
	for dname, doc := range docs {
		check(dname, doc)
		var ps [][]string
		paths(doc, nil, &ps)
		for _, p := range ps {
			at := dname + " /" + strings.Join(p, "/")
			for _, v := range probeValues() {
				check(fmt.Sprintf("%s = %v", at, v), edit(doc, p, func(any) any { return deepCopy(v) }))
			}
			check(at+" removed", edit(doc, p, func(any) any { return drop }))
			check(at+" with an extra field", edit(doc, p, func(old any) any {
				if m, ok := old.(map[string]any); ok {
					m["extra"] = "x"
				}
				return old
			}))
		}
		for _, v := range []any{nil, "x", json.Number("1"), []any{}, map[string]any{}} {
			check(fmt.Sprintf("%s root = %v", dname, v), v)
		}
	}
	for name, r := range goldenRecords(t) {
		b, _ := json.Marshal(r)
		check(name, decode(t, b))
	}
	t.Logf("%d documents tried, %d failures explained from their fields", n, explained)
	if n < 5000 || explained < n/2 {
		t.Errorf("only %d documents tried, %d failures explained from their fields", n, explained)
	}
}

// The rewrite must have taken: no $ref or anyOf is left to cost a step, no
// integer type to cost a big.Rat.
func TestQuickRewrites(t *testing.T) {
	doc := quick(decode(t, JSON())).(map[string]any)
	delete(doc, "$defs")
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, kw := range []string{`"$ref"`, `"anyOf"`, `"oneOf"`, `"integer"`} {
		if bytes.Contains(b, []byte(kw)) {
			t.Errorf("rewritten schema still has %s: %s", kw, b)
		}
	}
}
