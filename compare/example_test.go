package compare_test

import (
	"fmt"
	"os"

	"github.com/minutes-tool/minutes/compare"
	"github.com/minutes-tool/minutes/schema"
)

// record builds a one-commitment record; a real one comes from
// extract.Extract or from JSON.
func record(name, date, text, sentence, dueText, dueStart, dueEnd string) *schema.Record {
	var start int
	for i := range []rune(text) {
		if string([]rune(text)[i:min(i+len([]rune(sentence)), len([]rune(text)))]) == sentence {
			start = i
			break
		}
	}
	r := &schema.Record{SchemaVersion: "1", Source: schema.Source{Name: name}, Text: text, Meeting: schema.Meeting{Date: &date}}
	sp := schema.Span{Start: start, End: start + len([]rune(sentence))}
	r.Commitments = []schema.Commitment{{Text: sentence, Action: "go live with the integrated system", Span: sp,
		Due: &schema.Due{Text: dueText, Start: dueStart, End: dueEnd, Relation: "on", Span: sp}}}
	return r
}

func ExampleDiff() {
	old := record("002.txt", "2017-11-06",
		"Full ‘go-live’ of the integrated system is on 1 February 2018.",
		"Full ‘go-live’ of the integrated system is on 1 February 2018.", "1 February 2018", "2018-02-01", "2018-02-01")
	new := record("004.txt", "2018-02-05",
		"Full ‘go-live’ of the integrated system is now expected on 1 April 2018.",
		"Full ‘go-live’ of the integrated system is now expected on 1 April 2018.", "1 April 2018", "2018-04-01", "2018-04-01")
	r := compare.Diff(old, new, compare.Options{})
	for _, c := range r.Changes {
		fmt.Println(c.Kind, c.Status, *c.SlipDays)
		fmt.Println(c.Details[0])
	}
	fmt.Println("changes:", r.HasChanges())
	// Output:
	// commitment slipped 59
	// Due moved from 1 February 2018 to 1 April 2018 (slipped 59 days).
	// changes: true
}

func ExampleResult_WriteText() {
	old := record("002.txt", "2017-11-06",
		"Full ‘go-live’ of the integrated system is on 1 February 2018.",
		"Full ‘go-live’ of the integrated system is on 1 February 2018.", "1 February 2018", "2018-02-01", "2018-02-01")
	new := record("004.txt", "2018-02-05",
		"Full ‘go-live’ of the integrated system is expected on 1 April 2018.",
		"Full ‘go-live’ of the integrated system is expected on 1 April 2018.", "1 April 2018", "2018-04-01", "2018-04-01")
	compare.Diff(old, new, compare.Options{}).WriteText(os.Stdout, compare.RenderOptions{})
	// Output:
	// Changes from 002.txt (6 November 2017) to 004.txt (5 February 2018)
	// 1 changed, 0 added, 0 removed, 0 unchanged
	// Commitments: 1 slipped
	//
	// Slipped commitments (1)
	//   * Go live with the integrated system
	//     Due moved from 1 February 2018 to 1 April 2018 (slipped 59 days).
	//     6 November 2017: Full ‘go-live’ of the integrated system is on 1 [-February-] 2018.
	//     5 February 2018: Full ‘go-live’ of the integrated system is {+expected+} on 1 {+April+} 2018.
}

func ExampleTrack() {
	a := record("002.txt", "2017-11-06", "Go-live of the integrated system is on 1 February 2018.",
		"Go-live of the integrated system is on 1 February 2018.", "1 February 2018", "2018-02-01", "2018-02-01")
	b := record("004.txt", "2018-02-05", "Go-live of the integrated system is now on 1 April 2018.",
		"Go-live of the integrated system is now on 1 April 2018.", "1 April 2018", "2018-04-01", "2018-04-01")
	c := record("003.txt", "2018-03-05", "The integrated system went live on 1 March 2018.",
		"The integrated system went live on 1 March 2018.", "1 March 2018", "2018-03-01", "2018-03-01")
	tr := compare.Track([]*schema.Record{c, a, b}, compare.Options{})
	for _, th := range tr.Threads {
		fmt.Println(th.Topic+":", th.Summary)
		for _, s := range th.Steps {
			fmt.Println(" ", s.When, s.Status)
		}
	}
	// Output:
	// Go live with the integrated system: done, slipped once
	//   6 November 2017 new
	//   5 February 2018 slipped
	//   5 March 2018 done
}
