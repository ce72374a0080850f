package extract

import "github.com/minutes-tool/minutes/schema"

// findFigures finds every quantity in the document: money, counts,
// percentages, durations and other numbers that measure something. Spans
// are bytes; resolve drops figures inside dates and item numbers and sets
// Item.
func findFigures(d *Document) []schema.Figure {
	return nil // filled by the figures issue
}
