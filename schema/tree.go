package schema

import (
	"encoding/json"
	"fmt"
	"math"
	"unicode/utf8"
)

// This file builds the instance that Validate hands to the validator
// straight from the Go record: the tree that json.Marshal followed by
// jsonschema.UnmarshalJSON would give (same keys, omitempty fields left out
// when empty, null for nil pointers and nil slices), without writing and
// parsing the bytes in between. Numbers are Go ints and float64s rather than
// the decoder's json.Number: the validator treats every Go number type
// alike, comparing values, so the verdict is the same (tree_test.go checks
// both that the trees agree and that nothing is forgotten when a field is
// added to a type).

// treeBuilder converts a record; err keeps the first value that JSON cannot
// encode (a NaN or infinite float), reported as json.Marshal would.
type treeBuilder struct {
	err error
}

func (t *treeBuilder) str(s string) any {
	if !utf8.ValidString(s) {
		// json.Marshal writes U+FFFD for each invalid byte, as converting
		// to runes does: the validator sees what would be printed.
		return string([]rune(s))
	}
	return s
}

func (t *treeBuilder) strPtr(p *string) any {
	if p == nil {
		return nil
	}
	return t.str(*p)
}

func (t *treeBuilder) intPtr(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

func (t *treeBuilder) float(f float64) any {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if t.err == nil {
			_, t.err = json.Marshal(f)
		}
		return nil
	}
	return f
}

// list is the tree of a slice: null when nil, as encoding/json writes it,
// else each element's tree.
func list[T any](xs []T, f func(*T) any) any {
	if xs == nil {
		return nil
	}
	out := make([]any, len(xs))
	for i := range xs {
		out[i] = f(&xs[i])
	}
	return out
}

func (t *treeBuilder) record(r *Record) map[string]any {
	out := map[string]any{
		"schema_version": t.str(r.SchemaVersion),
		"source":         t.source(&r.Source),
		"text":           t.str(r.Text),
		"meeting":        t.meeting(&r.Meeting),
		"attendees":      list(r.Attendees, t.attendee),
		"items":          list(r.Items, t.item),
		"decisions":      list(r.Decisions, t.decision),
		"figures":        list(r.Figures, t.figure),
		"dates":          list(r.Dates, t.date),
		"commitments":    list(r.Commitments, t.commitment),
		"warnings":       list(r.Warnings, t.strOf),
	}
	if len(r.ClosedActions) > 0 {
		out["closed_actions"] = list(r.ClosedActions, t.commitment)
	}
	if r.Genre != "" {
		out["genre"] = t.str(r.Genre)
	}
	return out
}

func (t *treeBuilder) source(s *Source) map[string]any {
	return map[string]any{
		"name":    t.str(s.Name),
		"format":  t.str(s.Format),
		"sha256":  t.str(s.SHA256),
		"bytes":   s.Bytes,
		"charset": t.str(s.Charset),
	}
}

func (t *treeBuilder) meeting(m *Meeting) map[string]any {
	out := make(map[string]any, 6)
	out["body"] = t.strPtr(m.Body)
	out["title"] = t.strPtr(m.Title)
	out["date"] = t.strPtr(m.Date)
	out["location"] = t.strPtr(m.Location)
	if m.DateSpan != nil {
		out["date_span"] = t.span(*m.DateSpan)
	}
	if m.BodySpan != nil {
		out["body_span"] = t.span(*m.BodySpan)
	}
	return out
}

func (t *treeBuilder) span(s Span) map[string]any {
	return map[string]any{"start": s.Start, "end": s.End}
}

func (t *treeBuilder) spanOf(s *Span) any { return t.span(*s) }

func (t *treeBuilder) strOf(s *string) any { return t.str(*s) }

func (t *treeBuilder) attendee(a *Attendee) any {
	return map[string]any{
		"name":   t.strPtr(a.Name),
		"role":   t.strPtr(a.Role),
		"status": t.str(a.Status),
		"spans":  list(a.Spans, t.spanOf),
	}
}

func (t *treeBuilder) item(it *Item) any {
	return map[string]any{
		"id":         t.str(it.ID),
		"number":     t.strPtr(it.Number),
		"title":      t.str(it.Title),
		"span":       t.span(it.Span),
		"title_span": t.span(it.TitleSpan),
	}
}

func (t *treeBuilder) decision(d *Decision) any {
	m := make(map[string]any, 7)
	m["text"] = t.str(d.Text)
	m["kind"] = t.str(d.Kind)
	if d.Vote != nil {
		m["vote"] = map[string]any{
			"for":     t.intPtr(d.Vote.For),
			"against": t.intPtr(d.Vote.Against),
			"abstain": t.intPtr(d.Vote.Abstain),
			"outcome": t.strPtr(d.Vote.Outcome),
		}
	}
	if d.Mover != nil {
		m["mover"] = t.str(*d.Mover)
	}
	if d.Seconder != nil {
		m["seconder"] = t.str(*d.Seconder)
	}
	m["item"] = t.strPtr(d.Item)
	m["span"] = t.span(d.Span)
	return m
}

func (t *treeBuilder) figure(f *Figure) any {
	return map[string]any{
		"kind":        t.str(f.Kind),
		"text":        t.str(f.Text),
		"value":       t.float(f.Value),
		"unit":        t.strPtr(f.Unit),
		"approximate": f.Approximate,
		"bound":       t.strPtr(f.Bound),
		"item":        t.strPtr(f.Item),
		"span":        t.span(f.Span),
	}
}

func (t *treeBuilder) date(d *Date) any {
	return map[string]any{
		"text":  t.str(d.Text),
		"start": t.str(d.Start),
		"end":   t.str(d.End),
		"grain": t.str(d.Grain),
		"item":  t.strPtr(d.Item),
		"span":  t.span(d.Span),
	}
}

func (t *treeBuilder) commitment(c *Commitment) any {
	var due any
	if c.Due != nil {
		due = map[string]any{
			"text":     t.str(c.Due.Text),
			"start":    t.str(c.Due.Start),
			"end":      t.str(c.Due.End),
			"relation": t.str(c.Due.Relation),
			"span":     t.span(c.Due.Span),
		}
	}
	m := make(map[string]any, 8)
	m["text"] = t.str(c.Text)
	m["action"] = t.str(c.Action)
	m["owner"] = t.strPtr(c.Owner)
	m["due"] = due
	m["item"] = t.strPtr(c.Item)
	m["span"] = t.span(c.Span)
	if c.Status != nil {
		m["status"] = t.str(*c.Status)
	}
	if c.StatusText != nil {
		m["status_text"] = t.str(*c.StatusText)
	}
	return m
}

// instance returns the validator's view of r as printed, but with the text
// left out (see Validate).
func instance(r *Record) (any, error) {
	c := *r
	c.Text = ""
	var t treeBuilder
	tree := t.record(&c)
	if t.err != nil {
		return nil, fmt.Errorf("encode record: %w", t.err)
	}
	return tree, nil
}
