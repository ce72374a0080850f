package markdown

import (
	"reflect"
	"testing"
)

var blockCases = []struct {
	name string
	src  string
	want []Block
}{
	{"ATX heading without its marks", "## 3. Finance\n\nThe balance was noted.",
		[]Block{{Kind: Heading, Level: 2, Text: "3. Finance"}, {Kind: Paragraph, Text: "The balance was noted."}}},
	{"heading holding a permalink anchor", "### [](https://example.org/m.md#actions)Actions\n",
		[]Block{{Kind: Heading, Level: 3, Text: "Actions"}}},
	{"bold line and link text", "**Present:** [Jane Doe](https://example.org/jd), Bob Ray\n",
		[]Block{{Kind: Paragraph, Text: "Present: Jane Doe, Bob Ray"}}},
	{"soft line breaks keep the lines", "Present: A, B\nApologies: C\n",
		[]Block{{Kind: Paragraph, Text: "Present: A, B\nApologies: C"}}},
	{"bullets, tight", "- Assign roles\n- Old business\n",
		[]Block{{Kind: ListItem, Level: 1, Text: "• Assign roles"}, {Kind: ListItem, Level: 1, Text: "• Old business", Tight: true}}},
	{"ordered list keeps its numbers", "3. Gather protocols \\[ongoing for Helen]\n4. Approach suppliers\n",
		[]Block{{Kind: ListItem, Level: 1, Text: "3. Gather protocols [ongoing for Helen]"}, {Kind: ListItem, Level: 1, Text: "4. Approach suppliers", Tight: true}}},
	{"nested items are items", "- Old business\n  - Decide: ownership\n",
		[]Block{{Kind: ListItem, Level: 1, Text: "• Old business"}, {Kind: ListItem, Level: 2, Text: "• Decide: ownership", Tight: true}}},
	{"GFM table rows, cells tab-separated", "| Action | Owner |\n|---|---|\n| Write to the council | Clerk |\n",
		[]Block{{Kind: TableRow, Text: "Action\tOwner"}, {Kind: TableRow, Text: "Write to the council\tClerk", Tight: true}}},
	{"quote and comment", "<!-- draft -->\n\n> The Chair thanked members.\n",
		[]Block{{Kind: Paragraph, Text: "The Chair thanked members."}}},
	{"escapes and entities", "Costs of \\$48K &amp; more\n",
		[]Block{{Kind: Paragraph, Text: "Costs of $48K & more"}}},
	{"autolink as its address", "Recording: <https://example.org/v>\n",
		[]Block{{Kind: Paragraph, Text: "Recording: https://example.org/v"}}},
}

func TestBlocks(t *testing.T) {
	for _, c := range blockCases {
		got := Blocks([]byte(c.src))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", c.name, got, c.want)
		}
	}
}

func TestLooks(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want bool
	}{
		{"two headings", "# Minutes\n\n## Present\n\nA, B", true},
		{"heading and a link", "# Minutes\n\nSee [the paper](http://x.org/p).", true},
		{"a table", "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\n| c | d |\n|---|---|", true},
		{"plain minutes with bullets and numbers", "1. Apologies\n- Cllr Hale\n2. Minutes\nThe minutes were approved.", false},
		{"one stray hash", "Item # 4 was deferred.\n**Note** below", false},
	} {
		if got := Looks(c.text); got != c.want {
			t.Errorf("%s: Looks = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestSplitFrontMatter(t *testing.T) {
	src := "---\ntitle: Spring Group Meeting\nstart: 2021-05-11T10:00:29Z\nlocation: MS Teams\ngroups:\n  - GI\nagenda: |-\n  * Item one\n  * Item two\nminutes: >-\n  ### Attendance\n\n\n  *A, B*\n---\nafter\n"
	f, rest, ok := SplitFrontMatter(src)
	if !ok {
		t.Fatal("no front matter found")
	}
	want := Front{Title: "Spring Group Meeting", Date: "2021-05-11T10:00:29Z", Location: "MS Teams",
		Content: "# Agenda\n\n* Item one\n* Item two\n\n# Minutes\n\n### Attendance\n\n*A, B*"}
	if f != want {
		t.Errorf("got %+v\nwant %+v", f, want)
	}
	if rest != "after\n" {
		t.Errorf("rest = %q", rest)
	}
	for _, bad := range []string{"no front matter", "---\nnot: [closed\n---\n", "---\n- a list\n---\n", "---\ntitle: x\n"} {
		if _, rest, ok := SplitFrontMatter(bad); ok || rest != bad {
			t.Errorf("SplitFrontMatter(%q) = %v, %q; want false and the text unchanged", bad, ok, rest)
		}
	}
}

func FuzzBlocks(f *testing.F) {
	for _, c := range blockCases {
		f.Add(c.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, b := range Blocks([]byte(src)) {
			if b.Text == "" {
				t.Fatalf("empty block from %q", src)
			}
		}
		_ = Looks(src)
		_, _, _ = SplitFrontMatter(src)
	})
}

func TestFrontMatterForms(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      Front
		rest      string
	}{
		{"TOML between +++ lines", "+++\ntitle = \"Board meeting: 2024-02-03\"\ndate = 2024-02-03\n[extra]\nauthor = \"A\"\n+++\n\n## Attendees\n",
			Front{Title: "Board meeting: 2024-02-03", Date: "2024-02-03"}, "\n## Attendees\n"},
		{"Key: value header before the first blank line", "Title: Annual Meeting 2016-06-11\nDate: 2016-06-11 10:20\nAuthors: R G\n\nMinutes follow.",
			Front{Title: "Annual Meeting 2016-06-11", Date: "2016-06-11 10:20"}, "Minutes follow."},
		{"YAML body field", "---\nbody: Directors\nlocation: online\n---\ntext",
			Front{Body: "Directors", Location: "online"}, "text"},
	} {
		f, rest, ok := SplitFrontMatter(c.src)
		if !ok || f != c.want || rest != c.rest {
			t.Errorf("%s: got %+v, %q, %v; want %+v, %q", c.name, f, rest, ok, c.want, c.rest)
		}
	}
	// A header of minutes' own labels is not metadata without a title or a
	// date, and one line is not a header.
	for _, src := range []string{"Present: Cllr A, Cllr B\nApologies: Cllr C\n\nThe meeting opened.", "Title: x\n\nbody"} {
		if _, _, ok := SplitFrontMatter(src); ok {
			t.Errorf("SplitFrontMatter(%q) found a header", src)
		}
	}
}
