package compare

import (
	"fmt"

	"github.com/minutes-tool/minutes/schema"
)

// MaxTextBytes is the most text, in bytes, a record may have for Diff or
// Track. No meeting's minutes come near it: the longest in the test
// corpus run to tens of kilobytes, a very long meeting to a megabyte.
// Comparison takes time and memory in proportion to the text (two 1 MB
// records diff in about half a second), so at this size two records take
// a few seconds and some hundreds of megabytes, and past it a file is
// more likely a year of minutes in one, or not minutes at all.
const MaxTextBytes = 4 << 20

// SizeError is CheckSize's refusal: a record's text is longer than
// MaxTextBytes.
type SizeError struct {
	Name  string // the record's source name
	Bytes int    // the length of its text
	Limit int    // MaxTextBytes
}

func (e *SizeError) Error() string {
	return fmt.Sprintf("%s: %d bytes of text (%.1f MB); comparison takes at most %d (%.0f MB), more than any meeting's minutes",
		e.Name, e.Bytes, float64(e.Bytes)/(1<<20), e.Limit, float64(e.Limit)/(1<<20))
}

// CheckSize returns a *SizeError for the first record whose text is longer
// than MaxTextBytes, nil when all may be compared. Diff and Track never
// fail, so a caller that takes records from outside should ask first.
func CheckSize(recs ...*schema.Record) error {
	for _, r := range recs {
		if r != nil && len(r.Text) > MaxTextBytes {
			name := r.Source.Name
			if name == "" {
				name = "record"
			}
			return &SizeError{Name: name, Bytes: len(r.Text), Limit: MaxTextBytes}
		}
	}
	return nil
}
