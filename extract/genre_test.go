package extract_test

import (
	"testing"

	"github.com/minutes-tool/minutes/extract"
)

// TestRecordGenre checks that the record carries the genre told from the
// document, one row per genre.
func TestRecordGenre(t *testing.T) {
	cases := []struct{ genre, text string }{
		{"transcript", genreSeeds[0]},
		{"irc", genreSeeds[1]},
		{"meetbot", genreSeeds[2]},
		{"minutes", "Minutes of the Board held on 5 March 2024.\nPresent: Alun Davies, Owen Williams.\nThe minutes were approved.\n"},
	}
	for _, c := range cases {
		rec, err := extract.ExtractBytes([]byte(c.text), "genre.txt", extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if rec.Genre != c.genre {
			t.Errorf("%q: genre %q, want %q", c.text, rec.Genre, c.genre)
		}
	}
}
