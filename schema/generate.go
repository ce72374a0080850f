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
	genOnce.Do(func() {
		r := &jsonschema.Reflector{
			// Every field is written on every record, nulls included, so the
			// schema requires them all; omitempty fields are optional.
			RequiredFromJSONSchemaTags: false,
		}
		s := r.Reflect(&Record{})
		s.ID = ID
		s.Title = "minutes record"
		s.Description = "One meeting's minutes as extracted by `minutes extract` (contract v" + Version + ")."
		b, err := json.MarshalIndent(s, "", "  ")
		if err != nil {
			// The input is our own static types: failure is a programming error.
			panic("schema: cannot encode generated schema: " + err.Error())
		}
		genJSON = append(b, '\n')
	})
	return genJSON
}
