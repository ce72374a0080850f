package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
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

var (
	compileOnce sync.Once
	compiled    *jsonschema.Schema
	compileErr  error

	fastOnce sync.Once
	fast     *jsonschema.Schema
	fastErr  error
)

func compiledSchema() (*jsonschema.Schema, error) {
	compileOnce.Do(func() {
		compiled, compileErr = compile(false)
	})
	return compiled, compileErr
}

// fastSchema is the schema with every nullable field's oneOf rewritten to
// an equivalent form the validator checks without trying, and failing,
// the branch that does not apply (see nullables). It accepts exactly what
// the published schema accepts; Validate uses it on every record, and
// falls back to the published one only to explain a failure.
func fastSchema() (*jsonschema.Schema, error) {
	fastOnce.Do(func() {
		fast, fastErr = compile(true)
	})
	return fast, fastErr
}

func compile(rewrite bool) (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(JSON()))
	if err != nil {
		return nil, fmt.Errorf("schema: generated schema is not JSON: %w", err)
	}
	if rewrite {
		nullables(doc)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(ID, doc); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	return c.Compile(ID)
}

// nullables rewrites, in a decoded schema, each {"oneOf": [S, {"type":
// "null"}]} that the generator writes for a pointer field. The validator
// checks every branch of a oneOf and builds an error for the one that
// fails, a cost paid on every field of every element. When S has one
// primitive type, S with null added to its type (and to its enum) means
// the same and is one check; when S is a $ref to an object, anyOf stops
// at the first branch that matches.
func nullables(v any) {
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			nullables(e)
		}
	case map[string]any:
		for _, e := range v {
			nullables(e)
		}
		one, ok := v["oneOf"].([]any)
		if !ok || len(one) != 2 {
			return
		}
		s, ok1 := one[0].(map[string]any)
		n, ok2 := one[1].(map[string]any)
		if !ok1 || !ok2 || len(n) != 1 || n["type"] != "null" {
			return
		}
		if t, ok := s["type"].(string); ok && t != "null" && t != "object" && t != "array" && s["$ref"] == nil {
			merged := map[string]any{}
			for k, e := range s {
				merged[k] = e
			}
			merged["type"] = []any{t, "null"}
			if enum, ok := s["enum"].([]any); ok {
				merged["enum"] = append(append([]any{}, enum...), nil)
			}
			delete(v, "oneOf")
			for k, e := range merged {
				v[k] = e
			}
			return
		}
		if ref, ok := s["$ref"].(string); ok && len(s) == 1 && strings.HasPrefix(ref, "#/$defs/") {
			delete(v, "oneOf")
			v["anyOf"] = one
		}
	}
}

// ValidateJSON checks one JSON document against the record schema, formats
// asserted. It returns a *ValidationError listing each violation with its
// JSON pointer, or another error when data is not JSON at all.
func ValidateJSON(data []byte) error {
	sch, err := compiledSchema()
	if err != nil {
		return err
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	err = sch.Validate(inst)
	var ve *jsonschema.ValidationError
	if errors.As(err, &ve) {
		return &ValidationError{Violations: violations(ve)}
	}
	return err
}

// Validate checks a record by encoding it and validating the bytes, so the
// check sees what is printed. The text is left out of the copy checked: a
// Go string always encodes as a JSON string, the only rule the schema has
// for it, and leaving it out keeps validation cheap on large documents.
func Validate(r *Record) error {
	c := *r
	c.Text = ""
	b, err := json.Marshal(&c)
	if err != nil {
		return fmt.Errorf("encode record: %w", err)
	}
	sch, err := fastSchema()
	if err != nil {
		return err
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	if sch.Validate(inst) == nil {
		return nil
	}
	// Explain the failure in the published schema's terms.
	return ValidateJSON(b)
}

// violations flattens the library's error tree to its leaves: the causes
// that say what is wrong where, not the "doesn't validate with $ref" wrappers.
func violations(ve *jsonschema.ValidationError) []Violation {
	var out []Violation
	seen := map[string]bool{}
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) > 0 {
			for _, c := range e.Causes {
				walk(c)
			}
			return
		}
		v := Violation{Pointer: pointer(e.InstanceLocation), Message: e.ErrorKind.LocalizedString(printer)}
		if k := v.String(); !seen[k] {
			seen[k] = true
			out = append(out, v)
		}
	}
	walk(ve)
	out = dropNullBranches(out)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Pointer < out[j].Pointer })
	return out
}

func pointer(tokens []string) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		t = strings.ReplaceAll(t, "~", "~0")
		b.WriteString(strings.ReplaceAll(t, "/", "~1"))
	}
	return b.String()
}

// dropNullBranches removes the "want null" half of a failed nullable
// field's oneOf when the other half says what is really wrong there.
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
