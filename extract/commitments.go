package extract

import "github.com/minutes-tool/minutes/schema"

// findCommitments finds what the minutes say will or should happen after
// the meeting, one per sentence. Spans are bytes; resolve sets Due from
// the dates inside the span, and Item.
func findCommitments(d *Document) []schema.Commitment {
	return nil // filled by the commitments issue
}
