package schema

import (
	"encoding/json"
	"sync"

	"github.com/invopop/jsonschema"
)

// ID is the $id of the generated schema.
const ID = "https://github.com/minutes-tool/minutes/schema/minutes.schema.json"

var (
	genOnce sync.Once
	genJSON []byte
)

// JSON returns the JSON Schema (draft 2020-12) of Record, generated from the
// Go types by invopop/jsonschema and indented for people to read. The same
// bytes are committed as minutes.schema.json; a test keeps them equal.
func JSON() []byte {
	genOnce.Do(func() { genJSON = generate(true) })
	return genJSON
}

// generate reflects Record into a schema. With anyOfNull, each nullable
// field is written as anyOf [S, null] instead of the generator's oneOf:
// the same values are valid (S never admits null), but a validator can
// stop at the first branch that matches instead of checking both and
// building an error for the one that fails — a cost paid on every field of
// every record, since every record is validated before it is printed.
func generate(anyOfNull bool) []byte {
	r := &jsonschema.Reflector{
		// Every field is written on every record, nulls included, so the
		// schema requires them all; omitempty fields are optional.
		RequiredFromJSONSchemaTags: false,
	}
	s := r.Reflect(&Record{})
	s.ID = ID
	s.Title = "minutes record"
	s.Description = "One meeting's minutes as extracted by `minutes extract` (contract v" + Version + ")."
	if anyOfNull {
		nullableAnyOf(s)
	}
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		// The input is our own static types: failure is a programming error.
		panic("schema: cannot encode generated schema: " + err.Error())
	}
	return append(b, '\n')
}

// nullableAnyOf turns every oneOf [S, {"type": "null"}] under s into anyOf.
func nullableAnyOf(s *jsonschema.Schema) {
	if s == nil {
		return
	}
	if len(s.OneOf) == 2 && s.OneOf[1] != nil && s.OneOf[1].Type == "null" {
		s.AnyOf, s.OneOf = s.OneOf, nil
	}
	for _, sub := range s.AnyOf {
		nullableAnyOf(sub)
	}
	for _, sub := range s.OneOf {
		nullableAnyOf(sub)
	}
	nullableAnyOf(s.Items)
	for _, d := range s.Definitions {
		nullableAnyOf(d)
	}
	if s.Properties != nil {
		for p := s.Properties.Oldest(); p != nil; p = p.Next() {
			nullableAnyOf(p.Value)
		}
	}
}
