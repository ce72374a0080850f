package extract

import "github.com/minutes-tool/minutes/schema"

// findAttendees finds the people at the meeting: attendance lists and
// people named in the narrative. Spans are bytes.
func findAttendees(d *Document) []schema.Attendee {
	return nil // filled by the people issue
}
