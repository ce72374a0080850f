// Package schema holds the record that `minutes extract` prints: the Go
// types that are the source of truth for the contract (../shared/CONTRACT.md),
// the JSON Schema generated from them, and validation against that schema.
//
// Field names here are a public contract read by scripts and the
// evaluation: fields may be added, never renamed.
package schema

import (
	"github.com/invopop/jsonschema"

	"github.com/minutes-tool/minutes/internal/status"
)

// Version is the record contract's version, written as schema_version.
const Version = "1"

// Record is one extracted meeting.
type Record struct {
	SchemaVersion string `json:"schema_version" jsonschema:"enum=1" jsonschema_description:"Version of the record contract."`
	Source        Source `json:"source"`
	// Genre is the kind of minutes the text is, told from the shapes of
	// its lines; the readers of attendance follow its conventions.
	Genre       string       `json:"genre,omitempty" jsonschema:"enum=minutes,enum=transcript,enum=irc,enum=meetbot" jsonschema_description:"The kind of minutes: written minutes, a transcript of speaker turns, an IRC or scribe log, or a MeetBot summary."`
	Meeting     Meeting      `json:"meeting"`
	Attendees   []Attendee   `json:"attendees"`
	Items       []Item       `json:"items"`
	Decisions   []Decision   `json:"decisions"`
	Figures     []Figure     `json:"figures"`
	Dates       []Date       `json:"dates"`
	Commitments []Commitment `json:"commitments"`
	// ClosedActions are the action log's entries the minutes mark done or
	// dropped ("[Closed]", "- done", a Complete or Withdrawn column): a
	// report of what happened, not something still to do, so they are
	// kept apart from Commitments, in the same shape.
	ClosedActions []Commitment `json:"closed_actions,omitempty" jsonschema_description:"Action log entries the minutes mark done or cancelled: reports of the past, not commitments; each has status done or cancelled. Omitted when there are none."`
	// Warnings are things the extractor was unsure of (a weekday that fits
	// no year, invalid UTF-8 replaced). They are data, not failures.
	Warnings []string `json:"warnings" jsonschema_description:"Things the extractor was unsure of; data, not failures."`
	// Text comes last: it is by far the longest field, and a reader of
	// the record sees the meeting, its people, items and what was found
	// in them before it (issue #16 item 5).
	Text string `json:"text" jsonschema_description:"The document as plain text after HTML conversion and normalisation; every span indexes into it in Unicode code points."`
}

// Source describes the input the record was made from.
type Source struct {
	Name   string `json:"name" jsonschema_description:"File name as given; - for standard input."`
	Format string `json:"format" jsonschema:"enum=text,enum=html,enum=markdown"`
	SHA256 string `json:"sha256" jsonschema:"pattern=^[0-9a-f]{64}$" jsonschema_description:"Hex SHA-256 of the input bytes."`
	Bytes  int64  `json:"bytes" jsonschema:"minimum=0"`
	// Charset is the encoding the input was decoded from.
	Charset string `json:"charset" jsonschema_description:"The character encoding the input was decoded from."`
}

// Meeting says which body met, and when and where.
type Meeting struct {
	Body     *string `json:"body" jsonschema:"nullable" jsonschema_description:"The committee or board that met."`
	Title    *string `json:"title" jsonschema:"nullable"`
	Date     *string `json:"date" jsonschema:"nullable,format=date" jsonschema_description:"The day the meeting took place, YYYY-MM-DD."`
	Location *string `json:"location" jsonschema:"nullable"`
	// Span points at the words the date was read from, when there are any.
	DateSpan *Span `json:"date_span,omitempty"`
	BodySpan *Span `json:"body_span,omitempty"`
}

// Span is a half-open range of Unicode code points in Record.Text.
type Span struct {
	Start int `json:"start" jsonschema:"minimum=0"`
	End   int `json:"end" jsonschema:"minimum=0"`
}

// Attendee is one person (or a role standing for one) at the meeting.
type Attendee struct {
	Name   *string `json:"name" jsonschema:"nullable" jsonschema_description:"The person's name without honorific; null when only a role is given."`
	Role   *string `json:"role" jsonschema:"nullable"`
	Status string  `json:"status" jsonschema:"enum=present,enum=apologies,enum=absent,enum=in_attendance,enum=participant,enum=mentioned"`
	Spans  []Span  `json:"spans" jsonschema_description:"Every place the person is named."`
}

// Item is an agenda item: a heading or numbered title and its body.
type Item struct {
	ID     string  `json:"id" jsonschema:"minLength=1"`
	Number *string `json:"number" jsonschema:"nullable" jsonschema_description:"The item number as written: 5, 5.1, (a)."`
	Title  string  `json:"title"`
	Span   Span    `json:"span" jsonschema_description:"From the heading to the end of the item's body."`
	// TitleSpan points at the title's own words.
	TitleSpan Span `json:"title_span"`
}

// Vote is a recorded vote.
type Vote struct {
	For     *int    `json:"for" jsonschema:"nullable,minimum=0"`
	Against *int    `json:"against" jsonschema:"nullable,minimum=0"`
	Abstain *int    `json:"abstain" jsonschema:"nullable,minimum=0"`
	Outcome *string `json:"outcome" jsonschema:"nullable"`
}

// Decision is something the body resolved, agreed, approved, noted ...
type Decision struct {
	Text     string  `json:"text"`
	Kind     string  `json:"kind" jsonschema:"enum=resolved,enum=agreed,enum=approved,enum=endorsed,enum=noted,enum=recommended,enum=deferred,enum=rejected,enum=other"`
	Vote     *Vote   `json:"vote,omitempty"`
	Mover    *string `json:"mover,omitempty"`
	Seconder *string `json:"seconder,omitempty"`
	Item     *string `json:"item" jsonschema:"nullable"`
	Span     Span    `json:"span"`
}

// Figure is a quantity: money, a count, a percentage, a duration.
type Figure struct {
	Kind        string  `json:"kind" jsonschema:"enum=money,enum=count,enum=percent,enum=duration,enum=number"`
	Text        string  `json:"text"`
	Value       float64 `json:"value"`
	Unit        *string `json:"unit" jsonschema:"nullable"`
	Approximate bool    `json:"approximate"`
	Bound       *string `json:"bound" jsonschema:"nullable,enum=max,enum=min"`
	Item        *string `json:"item" jsonschema:"nullable"`
	Span        Span    `json:"span"`
}

// Date is a calendar expression with the inclusive range it names.
type Date struct {
	Text  string  `json:"text"`
	Start string  `json:"start" jsonschema:"format=date"`
	End   string  `json:"end" jsonschema:"format=date"`
	Grain string  `json:"grain" jsonschema:"enum=day,enum=month,enum=season,enum=part_of_year,enum=quarter,enum=half_year,enum=year,enum=financial_year"`
	Item  *string `json:"item" jsonschema:"nullable"`
	Span  Span    `json:"span"`
}

// Due is when a commitment is to happen.
type Due struct {
	Text     string `json:"text"`
	Start    string `json:"start" jsonschema:"format=date"`
	End      string `json:"end" jsonschema:"format=date"`
	Relation string `json:"relation" jsonschema:"enum=by,enum=on,enum=from,enum=until,enum=in,enum=during"`
	Span     Span   `json:"span"`
}

// Commitment is something the minutes say will or should happen after the
// meeting.
type Commitment struct {
	Text   string  `json:"text"`
	Action string  `json:"action"`
	Owner  *string `json:"owner" jsonschema:"nullable"`
	Due    *Due    `json:"due" jsonschema:"nullable"`
	Item   *string `json:"item" jsonschema:"nullable"`
	Span   Span    `json:"span"`
	// Status is where the commitment stands when the minutes say so (an
	// action log's column, a tag such as "[Closed]"), with StatusText the
	// words they say it in. Both are omitted when the minutes give none;
	// the schema has each present exactly when the other is.
	Status     *string `json:"status,omitempty" jsonschema:"enum=open,enum=done,enum=in_progress,enum=on_hold,enum=deferred,enum=cancelled" jsonschema_description:"Where the commitment stands, when the minutes say; omitted otherwise."`
	StatusText *string `json:"status_text,omitempty" jsonschema:"minLength=1" jsonschema_description:"The status as written: Closed, [new for X], green; present exactly when status is."`
}

// Closed tells whether the minutes mark the commitment done or dropped.
func (c Commitment) Closed() bool {
	return c.Status != nil && (*c.Status == status.Done || *c.Status == status.Cancelled)
}

// JSONSchemaExtend ties status and status_text together: a status is read
// from words, and words are kept only with the status they were read as.
func (Commitment) JSONSchemaExtend(s *jsonschema.Schema) {
	s.DependentRequired = map[string][]string{
		"status":      {"status_text"},
		"status_text": {"status"},
	}
}
