package schema

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The validator's cost is per step: each value it visits, and each
// subschema it applies to a value ($ref, each anyOf branch tried), costs a
// few allocations, and a failed branch costs an error built and dropped.
// minutes.schema.json is written for people and tools to read: every
// object type is a $ref to $defs, every nullable field an anyOf of its
// schema and {"type": "null"}. quick rewrites it into a form that accepts
// exactly the same documents in fewer steps:
//
//   - {"$ref": "#/$defs/X", ...} becomes the definition X written in place
//     (in draft 2020-12 a $ref is an applicator like any other, and no
//     definition here refers to itself or uses dynamic references or
//     unevaluated*);
//   - {"anyOf": [S, {"type": "null"}]} becomes S with "null" added to its
//     type (and to its enum, if it has one), when S's other keywords only
//     constrain strings, numbers, objects or arrays and so pass a null;
//   - {"type": "integer", "minimum": 0} becomes {"type": "number", "format":
//     "minutes-natural"}, a format of our own asking the same of a number
//     (see quickNatural).
//
// The rewritten schema only decides whether a document is valid. When it
// says no, the document is validated again against the published schema
// as written, so that the violations reported are the ones it gives
// (fast_test.go checks that the two agree on every kind of value at every
// place in a record).

// typedKeywords are the keywords that assert nothing about a value of
// another type than theirs, so nothing about null, and the annotations.
var typedKeywords = map[string]bool{
	"type": true, "enum": true, // handled by quickNullable
	"format": true, "minimum": true, "maximum": true, "exclusiveMinimum": true, "exclusiveMaximum": true,
	"multipleOf": true, "minLength": true, "maxLength": true, "pattern": true,
	"properties": true, "required": true, "additionalProperties": true, "minProperties": true, "maxProperties": true,
	"items": true, "minItems": true, "maxItems": true, "uniqueItems": true,
	"description": true, "title": true,
}

// annotations are keywords with no say in validation; where a $ref's
// siblings and its target both have one, the sibling's is kept.
var annotations = map[string]bool{"description": true, "title": true}

// quick returns the rewritten copy of a decoded schema document.
func quick(doc any) any {
	root, ok := doc.(map[string]any)
	if !ok {
		return doc
	}
	defs, _ := root["$defs"].(map[string]any)
	return quickNode(root, defs, nil)
}

func quickNode(v any, defs map[string]any, inlining []string) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, e := range v {
			switch k {
			case "$defs", "enum", "const":
				// Definitions are rewritten where they are used; enum
				// and const values are data, not schemas.
				out[k] = e
			default:
				out[k] = quickNode(e, defs, inlining)
			}
		}
		out = quickRef(out, defs, inlining)
		return quickNatural(quickNullable(out))
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = quickNode(e, defs, inlining)
		}
		return out
	}
	return v
}

// quickRef writes a local $ref's definition in place of the $ref.
func quickRef(s map[string]any, defs map[string]any, inlining []string) map[string]any {
	ref, ok := s["$ref"].(string)
	if !ok || !strings.HasPrefix(ref, "#/$defs/") {
		return s
	}
	name := strings.TrimPrefix(ref, "#/$defs/")
	def, ok := defs[name].(map[string]any)
	if !ok || strings.ContainsAny(name, "~/%") {
		return s
	}
	for _, n := range inlining {
		if n == name {
			return s // a definition that refers to itself stays a $ref
		}
	}
	target := quickNode(def, defs, append(inlining, name)).(map[string]any)
	for k := range target {
		if _, both := s[k]; both && !annotations[k] {
			return s
		}
		if strings.HasPrefix(k, "$") {
			return s // $id, $anchor ...: the definition is a resource of its own
		}
	}
	out := make(map[string]any, len(s)+len(target))
	for k, e := range target {
		out[k] = e
	}
	for k, e := range s {
		if k != "$ref" {
			out[k] = e
		}
	}
	return out
}

// quickNullable turns {"anyOf": [S, {"type": "null"}]} into S admitting null.
func quickNullable(s map[string]any) map[string]any {
	branches, ok := s["anyOf"].([]any)
	if !ok || len(branches) != 2 {
		return s
	}
	null, ok := branches[1].(map[string]any)
	if !ok || len(null) != 1 || null["type"] != "null" {
		return s
	}
	sub, ok := branches[0].(map[string]any)
	if !ok {
		return s
	}
	t, ok := sub["type"].(string)
	if !ok || t == "null" {
		return s
	}
	for k := range sub {
		if !typedKeywords[k] {
			return s
		}
	}
	out := make(map[string]any, len(s)+len(sub))
	for k, e := range s {
		if k == "anyOf" {
			continue
		}
		if _, both := sub[k]; both && !annotations[k] {
			return s
		}
		if !typedKeywords[k] {
			return s
		}
		out[k] = e
	}
	for k, e := range sub {
		out[k] = e
	}
	out["type"] = []any{t, "null"}
	if enum, ok := sub["enum"].([]any); ok {
		out["enum"] = append(append([]any{}, enum...), nil)
	}
	return out
}

// naturalFormat is the format quickNatural gives the integers that may not
// be negative.
var naturalFormat = &jsonschema.Format{Name: "minutes-natural", Validate: natural}

var errNotNatural = errors.New("not an integer >= 0")

// natural accepts what {"type": "integer", "minimum": 0} accepts among
// numbers, and every value that is not a number (the type keyword judges
// those). The validator reads a number as the exact rational its text
// says: so does natural, except for Go ints, whose answer needs no
// parsing.
func natural(v any) error {
	switch n := v.(type) {
	case int:
		if n >= 0 {
			return nil
		}
		return errNotNatural
	case int64:
		if n >= 0 {
			return nil
		}
		return errNotNatural
	case nil, bool, string, map[string]any, []any:
		return nil
	}
	if r, ok := new(big.Rat).SetString(fmt.Sprint(v)); ok && r.IsInt() && r.Sign() >= 0 {
		return nil
	}
	return errNotNatural
}

// quickNatural turns {"type": "integer", "minimum": 0} into {"type":
// "number", "format": "minutes-natural"}: the validator
// checks an integer type and a minimum by parsing the number's text into
// a big.Rat, twice, about ten allocations for each span offset; the
// format asks the same question of a Go int for nothing.
func quickNatural(s map[string]any) map[string]any {
	if min, ok := s["minimum"].(json.Number); !ok || min != "0" {
		return s
	}
	if _, ok := s["format"]; ok {
		return s
	}
	// A nullable one is covered too: children are rewritten before their
	// parents, so this runs on the anyOf's integer branch before
	// quickNullable adds "null" to its type.
	if t, _ := s["type"].(string); t != "integer" {
		return s
	}
	out := make(map[string]any, len(s))
	for k, e := range s {
		switch k {
		case "minimum", "type", "description", "title":
		default:
			return s // a keyword the rewrite has not been taught about
		}
		out[k] = e
	}
	delete(out, "minimum")
	out["type"] = "number"
	out["format"] = naturalFormat.Name
	return out
}
