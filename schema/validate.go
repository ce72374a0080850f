package schema

import (
	"bytes"
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
	compiled    *jsonschema.Schema // minutes.schema.json as written
	quickSch    *jsonschema.Schema // the same, rewritten to decide faster (see quick)
	compileErr  error
)

func compiledSchema() (*jsonschema.Schema, error) {
	compileOnce.Do(func() {
		compiled, quickSch, compileErr = compile()
	})
	return compiled, compileErr
}

func compile() (published, fast *jsonschema.Schema, err error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(JSON()))
	if err != nil {
		return nil, nil, fmt.Errorf("schema: generated schema is not JSON: %w", err)
	}
	if published, err = compileDoc(doc); err != nil {
		return nil, nil, err
	}
	if fast, err = compileDoc(quick(doc)); err != nil {
		return nil, nil, fmt.Errorf("schema: rewritten schema: %w", err)
	}
	return published, fast, nil
}

func compileDoc(doc any) (*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(ID, doc); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	return c.Compile(ID)
}

// validate checks a decoded document: the rewritten schema says whether it
// is valid, and when it is not, the published one says why.
func validate(inst any) error {
	sch, err := compiledSchema()
	if err != nil {
		return err
	}
	if quickSch.Validate(inst) == nil {
		return nil
	}
	return validationError(sch.Validate(inst))
}

// ValidateJSON checks one JSON document against the record schema, formats
// asserted. It returns a *ValidationError listing each violation with its
// JSON pointer, or another error when data is not JSON at all.
func ValidateJSON(data []byte) error {
	if _, err := compiledSchema(); err != nil {
		return err
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	return validate(inst)
}

// Validate checks a record against the record schema, formats asserted, as
// ValidateJSON would check its encoding: the validator is given the tree
// that encoding and decoding the record would give (see instance), built
// straight from the Go values. The text is left out of the tree checked: a
// Go string always encodes as a JSON string, the only rule the schema has
// for it, and leaving it out keeps validation cheap on large documents.
func Validate(r *Record) error {
	if _, err := compiledSchema(); err != nil {
		return err
	}
	inst, err := instance(r)
	if err != nil {
		return err
	}
	return validate(inst)
}

// validationError turns the library's error into a *ValidationError.
func validationError(err error) error {
	var ve *jsonschema.ValidationError
	if errors.As(err, &ve) {
		return &ValidationError{Violations: violations(ve)}
	}
	return err
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
