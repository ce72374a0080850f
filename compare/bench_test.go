package compare

import (
	"io"
	"testing"
)

// BenchmarkDiff compares two meetings of about 5 KB each: the hand-built
// 002 and 004 records padded with their own text, as an archive's pages
// are.
func BenchmarkDiff(b *testing.B) {
	old, new := meeting002(), meeting004()
	for len(old.Text) < 5000 {
		old.Text += "\n" + meeting000().Text
	}
	for len(new.Text) < 5000 {
		new.Text += "\n" + meeting003().Text
	}
	b.SetBytes(int64(len(old.Text) + len(new.Text)))
	b.ReportAllocs()
	for b.Loop() {
		Diff(old, new, Options{})
	}
}

func BenchmarkWordDiff(b *testing.B) {
	a := "The information systems of all the CCGs will be integrated with full ‘go-live’ of the integrated system on 1 February 2018."
	c := "Full ‘go-live’ of the integrated system across all the CCGs is now expected on 1 April 2018."
	for b.Loop() {
		wordDiff(a, c)
	}
}

func BenchmarkRenderText(b *testing.B) {
	r := Diff(meeting002(), meeting004(), Options{})
	for b.Loop() {
		r.WriteText(io.Discard, RenderOptions{All: true})
	}
}
