package compare

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode"

	"github.com/minutes-tool/minutes/schema"
)

// Terminal and bidi tricks in minutes text: an OSC sequence that retitles
// the terminal, a screen clear, a carriage return that lets the rest of a
// line overwrite its start, an 8-bit CSI, and right-to-left overrides.
const (
	oscTitle    = "\x1b]0;pwned\x07"
	screenClear = "\x1b[2J\x1b[H"
	rlo         = "\u202e"
)

func controlPair() (*schema.Record, *schema.Record) {
	title := "Budget " + oscTitle + "review"
	commitOld := "The " + screenClear + "budget report will be published by 23 November 2017."
	commitNew := "The " + screenClear + "budget report will be published by 1 March 2018."
	decision := "The budget of five million pounds was approved\rThe budget was REJECTED by all members."
	oldText := board + "6 November 2017.\n\n" + title + "\n" + commitOld + " " + decision + "\n"
	newText := board + "5 February 2018.\n\n" + title + "\n" + commitNew + " The budget of five million pounds was approved \u009b2J by all members.\n"
	a := rec("minutes"+rlo+"txt.exe", "2017-11-06", oldText).items(title).
		date("23 November 2017", "2017-11-23", "2017-11-23", "day").
		commit(commitOld, "publish the "+screenClear+"budget report", "Jane", "23 November 2017", "by").
		decision(decision, "agreed").done()
	b := rec("new\u2066minutes\u2069.txt", "2018-02-05", newText).items(title).
		date("1 March 2018", "2018-03-01", "2018-03-01", "day").
		commit(commitNew, "publish the "+screenClear+"budget report", rlo+"nhoJ", "1 March 2018", "by").
		decision("The budget of five million pounds was approved \u009b2J by all members.", "approved").done()
	body := "Budget Board " + rlo + "draob"
	b.Meeting.Body = &body
	return a, b
}

// TestControlsShown renders every report of a diff and a track of minutes
// full of terminal and bidi tricks, and wants none of the characters in
// any output but JSON, each written out as an escape instead.
func TestControlsShown(t *testing.T) {
	a, b := controlPair()
	r := Diff(a, b, Options{})
	tr := Track([]*schema.Record{a, b}, Options{})
	type output struct {
		name  string
		write func(*bytes.Buffer) error
		want  []string // escapes as they read in that format
	}
	plain := []string{`\x1b]0;pwned\a`, `\x1b[2J\x1b[H`, `\r`, `\u202e`, `\x9b2J`}
	md := []string{`\\x1b\]0;pwned\\a`, `\\x1b\[2J\\x1b\[H`, `\\r`, `\\u202e`, `\\x9b2J`}
	outputs := []output{
		{"diff text", func(w *bytes.Buffer) error { return r.WriteText(w, RenderOptions{All: true}) }, plain},
		{"diff colour text", func(w *bytes.Buffer) error { return r.WriteText(w, RenderOptions{All: true, Color: true}) }, plain},
		{"diff markdown", func(w *bytes.Buffer) error { return r.WriteMarkdown(w, RenderOptions{All: true}) }, md},
		{"diff html", func(w *bytes.Buffer) error { return r.WriteHTML(w, RenderOptions{All: true}) }, plain},
		{"track text", func(w *bytes.Buffer) error { return tr.WriteText(w, RenderOptions{}) }, []string{`\x1b[2J\x1b[H`, `\u202e`}},
		{"track colour text", func(w *bytes.Buffer) error { return tr.WriteText(w, RenderOptions{Color: true}) }, []string{`\x1b[2J\x1b[H`, `\u202e`}},
		{"track markdown", func(w *bytes.Buffer) error { return tr.WriteMarkdown(w, RenderOptions{}) }, []string{`\\x1b\[2J\\x1b\[H`, `\\u202e`}},
		{"track html", func(w *bytes.Buffer) error { return tr.WriteHTML(w, RenderOptions{}) }, []string{`\x1b[2J\x1b[H`, `\u202e`}},
	}
	// The colours the text report writes itself are the only escapes
	// allowed through.
	ours := strings.NewReplacer(ansiBold, "", ansiRed, "", ansiGreen, "", ansiDim, "", ansiReset, "")
	for _, o := range outputs {
		var buf bytes.Buffer
		if err := o.write(&buf); err != nil {
			t.Fatal(err)
		}
		out := ours.Replace(buf.String())
		for i, c := range out {
			if (unicode.IsControl(c) && c != '\n' && c != '\t') || unicode.Is(unicode.Bidi_Control, c) {
				t.Errorf("%s: %U at byte %d: …%q…", o.name, c, i, out[max(0, i-40):min(len(out), i+40)])
			}
		}
		for _, w := range o.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: %s is not written out; the test proves nothing without it:\n%s", o.name, w, out)
			}
		}
	}
	// JSON is data: it keeps the text as it was, escaped as JSON escapes.
	var buf bytes.Buffer
	if err := r.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var back Result
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range back.Changes {
		found = found || strings.Contains(c.OldSentence, screenClear)
	}
	if !found {
		t.Errorf("the JSON lost the text as written")
	}
	// Rendering escapes a copy: the result itself is untouched.
	if !strings.Contains(*b.Meeting.Body, rlo) || !strings.Contains(*r.New.Meeting.Body, rlo) {
		t.Errorf("rendering changed the records or the result")
	}
}
