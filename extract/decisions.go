package extract

import "github.com/minutes-tool/minutes/schema"

// findDecisions finds what the body resolved, agreed, approved, noted ...
// Spans are bytes; resolve sets Item.
func findDecisions(d *Document) []schema.Decision {
	return nil // filled by the decisions issue
}
