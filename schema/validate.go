package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Violation is one way a record breaks the schema.
type Violation struct {
	// Pointer is the JSON pointer (RFC 6901) of the offending value, "" for
	// the whole document.
	Pointer string
	Message string
}

func (v Violation) String() string {
	p := v.Pointer
	if p == "" {
		p = "/"
	}
	return p + ": " + v.Message
}

// ValidationError lists every violation found in one record.
type ValidationError struct {
	Violations []Violation
}

func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString("record does not match the schema: ")
	for i, v := range e.Violations {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(v.String())
	}
	return b.String()
}

var printer = message.NewPrinter(language.English)

// compiledSchemas are minutes.schema.json compiled for validation.
type compiledSchemas struct {
	// published is the schema as written: its errors are the violations
	// reported.
	published *jsonschema.Schema
	// quick is the same rewritten to decide faster (see quick): it says
	// whether a document is valid, not why not.
	quick *jsonschema.Schema
	// fields holds the published schema of each field of a record, to
	// explain a failure under one field without validating the others
	// again.
	fields map[string]*jsonschema.Schema
}

var (
	compileOnce sync.Once
	compiled    compiledSchemas
	compileErr  error
)

func compiledSchema() (*jsonschema.Schema, error) {
	compileOnce.Do(func() {
		compiled, compileErr = compile()
	})
	return compiled.published, compileErr
}

func compile() (compiledSchemas, error) {
	var s compiledSchemas
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(JSON()))
	if err != nil {
		return s, fmt.Errorf("schema: generated schema is not JSON: %w", err)
	}
	c := newCompiler()
	if err := c.AddResource(ID, doc); err != nil {
		return s, fmt.Errorf("schema: %w", err)
	}
	if s.published, err = c.Compile(ID); err != nil {
		return s, err
	}
	// The record's fields, when the schema is laid out as generated: a
	// $ref to the Record definition. Otherwise failures are explained by
	// validating the whole document again.
	root, _ := doc.(map[string]any)
	defs, _ := root["$defs"].(map[string]any)
	record, _ := defs["Record"].(map[string]any)
	props, _ := record["properties"].(map[string]any)
	if root["$ref"] == "#/$defs/Record" && len(props) > 0 {
		s.fields = make(map[string]*jsonschema.Schema, len(props))
		for name := range props {
			sch, err := c.Compile(ID + "#/$defs/Record/properties/" + url.PathEscape(escapeToken(name)))
			if err != nil {
				s.fields = nil
				break
			}
			s.fields[name] = sch
		}
	}
	q := newCompiler()
	q.RegisterFormat(naturalFormat)
	if err := q.AddResource(ID, quick(doc)); err != nil {
		return s, fmt.Errorf("schema: rewritten schema: %w", err)
	}
	if s.quick, err = q.Compile(ID); err != nil {
		return s, fmt.Errorf("schema: rewritten schema: %w", err)
	}
	return s, nil
}

func newCompiler() *jsonschema.Compiler {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	return c
}

// validate checks a decoded document: the rewritten schema says whether it
// is valid, and when it is not, the published one says why.
func validate(inst any) error {
	if _, err := compiledSchema(); err != nil {
		return err
	}
	err := compiled.quick.Validate(inst)
	if err == nil {
		return nil
	}
	var qe *jsonschema.ValidationError
	if errors.As(err, &qe) {
		if vs, ok := compiled.explainFields(inst, qe); ok {
			return &ValidationError{Violations: vs}
		}
	}
	return validationError(compiled.published.Validate(inst))
}

// explainFields gives the violations of a document the quick schema
// rejected, validating only the fields it found fault with. The record
// object's own keywords (type, required, additionalProperties) are the
// same in both schemas, so when quick's violations are all under fields,
// the published schema's are too, and are those it finds in each of these
// fields on its own, under the field's name. ok is false when that is not
// so (a violation of the document itself, or a field the published schema
// finds no fault with), and the whole document is to be validated.
func (s *compiledSchemas) explainFields(inst any, qe *jsonschema.ValidationError) (vs []Violation, ok bool) {
	obj, isObj := inst.(map[string]any)
	if !isObj || s.fields == nil {
		return nil, false
	}
	failed := map[string]bool{}
	var leaves func(e *jsonschema.ValidationError) bool
	leaves = func(e *jsonschema.ValidationError) bool {
		if len(e.Causes) == 0 {
			if len(e.InstanceLocation) == 0 {
				return false
			}
			failed[e.InstanceLocation[0]] = true
			return true
		}
		for _, c := range e.Causes {
			if !leaves(c) {
				return false
			}
		}
		return true
	}
	if !leaves(qe) {
		return nil, false
	}
	var trees []located
	for name := range failed {
		sch, known := s.fields[name]
		v, present := obj[name]
		if !known || !present {
			return nil, false
		}
		err := sch.Validate(v)
		var fe *jsonschema.ValidationError
		if !errors.As(err, &fe) {
			return nil, false
		}
		trees = append(trees, located{[]string{name}, fe})
	}
	return violations(trees...), true
}

// ValidateJSON checks one JSON document against the record schema, formats
// asserted, and a record the schema accepts with Check. It returns a
// *ValidationError listing each violation with its JSON pointer, or
// another error when data is not JSON at all.
func ValidateJSON(data []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	if err := validate(inst); err != nil {
		return err
	}
	var r Record
	if err := json.Unmarshal(data, &r); err != nil {
		// Valid by the schema, but not as Go reads it (an offset written
		// 1e2): no program here could read it either.
		return &ValidationError{Violations: []Violation{{Message: "cannot be read as a record: " + err.Error()}}}
	}
	tree, _ := inst.(map[string]any)
	return checked(&r, tree)
}

// Validate checks a record against the record schema, formats asserted, as
// ValidateJSON would check its encoding: the validator is given the tree
// that encoding and decoding the record would give (see instance), built
// straight from the Go values. The text is left out of the tree checked: a
// Go string always encodes as a JSON string, the only rule the schema has
// for it, and leaving it out keeps validation cheap on large documents.
// A record the schema accepts is then checked with Check.
func Validate(r *Record) error {
	inst, err := instance(r)
	if err != nil {
		return err
	}
	if err := validate(inst); err != nil {
		return err
	}
	return checked(r, inst.(map[string]any))
}

// checked runs Check's checks on a record the schema accepts: the schema
// comes first, so that an offset it rejects (negative) is reported once.
func checked(r *Record, tree map[string]any) error {
	if vs := check(r, tree); len(vs) > 0 {
		return &ValidationError{Violations: vs}
	}
	return nil
}

// validationError turns the library's error into a *ValidationError.
func validationError(err error) error {
	var ve *jsonschema.ValidationError
	if errors.As(err, &ve) {
		return &ValidationError{Violations: violations(located{nil, ve})}
	}
	return err
}

// located is an error of the validator found on the value at a place.
type located struct {
	at  []string
	err *jsonschema.ValidationError
}

// violations flattens the library's error trees to their leaves: the
// causes that say what is wrong where, not the "doesn't validate with $ref"
// wrappers.
func violations(trees ...located) []Violation {
	var out []Violation
	seen := map[string]bool{}
	var at []string
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) > 0 {
			for _, c := range e.Causes {
				walk(c)
			}
			return
		}
		v := Violation{Pointer: pointer(at) + pointer(e.InstanceLocation), Message: e.ErrorKind.LocalizedString(printer)}
		if k := v.String(); !seen[k] {
			seen[k] = true
			out = append(out, v)
		}
	}
	for _, t := range trees {
		at = t.at
		walk(t.err)
	}
	out = dropNullBranches(out)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Pointer < out[j].Pointer })
	return out
}

func pointer(tokens []string) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		b.WriteString(escapeToken(t))
	}
	return b.String()
}

// escapeToken escapes one JSON pointer token (RFC 6901).
func escapeToken(t string) string {
	t = strings.ReplaceAll(t, "~", "~0")
	return strings.ReplaceAll(t, "/", "~1")
}

// dropNullBranches removes the "want null" half of a failed nullable
// field's anyOf when the other half says what is really wrong there.
func dropNullBranches(vs []Violation) []Violation {
	at := map[string]int{}
	for _, v := range vs {
		at[v.Pointer]++
	}
	out := vs[:0]
	for _, v := range vs {
		if strings.HasSuffix(v.Message, "want null") && at[v.Pointer] > 1 {
			continue
		}
		out = append(out, v)
	}
	return out
}
