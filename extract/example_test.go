package extract_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/minutes-tool/minutes/extract"
)

func ExampleExtract() {
	minutes := `The Finance Committee met on Monday 5 March.

Budget 2018/19

The Committee approved the budget. The conference took place on 13 March 2018.
`
	rec, err := extract.Extract(strings.NewReader(minutes), "finance.txt", extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(*rec.Meeting.Body, *rec.Meeting.Date)
	for _, it := range rec.Items {
		fmt.Println("item:", it.Title)
	}
	for _, d := range rec.Dates {
		fmt.Printf("date: %q %s..%s %s\n", d.Text, d.Start, d.End, d.Grain)
	}
	// Spans count code points into rec.Text.
	sp := rec.Items[0].TitleSpan
	fmt.Println(string([]rune(rec.Text)[sp.Start:sp.End]))
	// Output:
	// Finance Committee 2018-03-05
	// item: Budget 2018/19
	// date: "Monday 5 March" 2018-03-05..2018-03-05 day
	// date: "2018/19" 2018-04-01..2019-03-31 financial_year
	// date: "13 March 2018" 2018-03-13..2018-03-13 day
	// Budget 2018/19
}

// A data pipeline: documents arrive on a channel (from a queue, a crawler,
// a file list), records leave as JSON Lines. Bad documents are reported
// and skipped; the stream goes on.
func ExampleExtractBytes_pipeline() {
	docs := make(chan struct {
		name string
		data []byte
	}, 3)
	docs <- struct {
		name string
		data []byte
	}{"a.html", []byte(`<h1>Parks Committee</h1><p>The Parks Committee met on 2 May 2019.</p>`)}
	docs <- struct {
		name string
		data []byte
	}{"b.txt", nil}
	docs <- struct {
		name string
		data []byte
	}{"c.txt", []byte("The Audit Board met on 9 May 2019.\n")}
	close(docs)

	enc := json.NewEncoder(os.Stdout)
	for d := range docs {
		rec, err := extract.ExtractBytes(d.data, d.name, extract.Options{})
		if err != nil {
			fmt.Println("skipped:", err)
			continue
		}
		enc.Encode(map[string]any{"name": rec.Source.Name, "format": rec.Source.Format, "date": rec.Meeting.Date})
	}
	// Output:
	// {"date":"2019-05-02","format":"html","name":"a.html"}
	// skipped: b.txt: empty file: nothing to extract
	// {"date":"2019-05-09","format":"text","name":"c.txt"}
}
