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
		// json.Marshal writes U+FFFD for each invalid byte; do as it does so
		// the validator sees what would be printed.
		b, _ := json.Marshal(s)
		var out string
		_ = json.Unmarshal(b, &out)
		return out
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

func (t *treeBuilder) strings(ss []string) any {
	if ss == nil {
		return nil
	}
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = t.str(s)
	}
	return out
}

func (t *treeBuilder) record(r *Record) map[string]any {
	return map[string]any{
		"schema_version": t.str(r.SchemaVersion),
		"source":         t.source(&r.Source),
		"text":           t.str(r.Text),
		"meeting":        t.meeting(&r.Meeting),
		"attendees":      t.attendees(r.Attendees),
		"items":          t.items(r.Items),
		"decisions":      t.decisions(r.Decisions),
		"figures":        t.figures(r.Figures),
		"dates":          t.dates(r.Dates),
		"commitments":    t.commitments(r.Commitments),
		"warnings":       t.strings(r.Warnings),
	}
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

func (t *treeBuilder) spans(ss []Span) any {
	if ss == nil {
		return nil
	}
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = t.span(s)
	}
	return out
}

func (t *treeBuilder) attendees(as []Attendee) any {
	if as == nil {
		return nil
	}
	out := make([]any, len(as))
	for i := range as {
		a := &as[i]
		out[i] = map[string]any{
			"name":   t.strPtr(a.Name),
			"role":   t.strPtr(a.Role),
			"status": t.str(a.Status),
			"spans":  t.spans(a.Spans),
		}
	}
	return out
}

func (t *treeBuilder) items(is []Item) any {
	if is == nil {
		return nil
	}
	out := make([]any, len(is))
	for i := range is {
		it := &is[i]
		out[i] = map[string]any{
			"id":         t.str(it.ID),
			"number":     t.strPtr(it.Number),
			"title":      t.str(it.Title),
			"span":       t.span(it.Span),
			"title_span": t.span(it.TitleSpan),
		}
	}
	return out
}

func (t *treeBuilder) decisions(ds []Decision) any {
	if ds == nil {
		return nil
	}
	out := make([]any, len(ds))
	for i := range ds {
		d := &ds[i]
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
		out[i] = m
	}
	return out
}

func (t *treeBuilder) figures(fs []Figure) any {
	if fs == nil {
		return nil
	}
	out := make([]any, len(fs))
	for i := range fs {
		f := &fs[i]
		out[i] = map[string]any{
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
	return out
}

func (t *treeBuilder) dates(ds []Date) any {
	if ds == nil {
		return nil
	}
	out := make([]any, len(ds))
	for i := range ds {
		d := &ds[i]
		out[i] = map[string]any{
			"text":  t.str(d.Text),
			"start": t.str(d.Start),
			"end":   t.str(d.End),
			"grain": t.str(d.Grain),
			"item":  t.strPtr(d.Item),
			"span":  t.span(d.Span),
		}
	}
	return out
}

func (t *treeBuilder) commitments(cs []Commitment) any {
	if cs == nil {
		return nil
	}
	out := make([]any, len(cs))
	for i := range cs {
		c := &cs[i]
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
		out[i] = map[string]any{
			"text":   t.str(c.Text),
			"action": t.str(c.Action),
			"owner":  t.strPtr(c.Owner),
			"due":    due,
			"item":   t.strPtr(c.Item),
			"span":   t.span(c.Span),
		}
	}
	return out
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
