package commitments

import (
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/input"
)

// logCase is an action log and what one of its entries gives: the entry
// is the commitment whose text starts with want.
type logCase struct {
	rule     string // the rule that reads the entry
	format   doc.Format
	in, want string
	owner    string // "" none
	status   string // "" none
	stext    string
}

var logCases = []logCase{
	{ruleInSection, doc.FormatMarkdown, "### Actions\n\n1. Gather Trust CT GI protocols. CT service leads to be contacted. \\[ongoing for Helen Jeffrey]\n2. Approach Agfa about templates \\[new for Dan Fascia]\n",
		"Gather Trust CT GI protocols. CT service leads to be contacted. [ongoing for Helen Jeffrey]", "Helen Jeffrey", "in_progress", "[ongoing for Helen Jeffrey]"},
	{ruleInSection, doc.FormatMarkdown, "### Actions\n\n1. Gather Trust CT GI protocols. CT service leads to be contacted. \\[ongoing for Helen Jeffrey]\n2. Approach Agfa about templates \\[new for Dan Fascia]\n",
		"Approach Agfa about templates", "Dan Fascia", "open", "[new for Dan Fascia]"},
	{ruleInSection, doc.FormatMarkdown, "### Actions\n\n1. To arrange an ad hoc meeting to agree CT protocols \\[Closed]\n",
		"To arrange an ad hoc meeting", "", "done", "[Closed]"},
	{ruleInSection, doc.FormatMarkdown, "### Actions\n\n1. To circulate an email to form the sub-groups \\[On Hold until protocols prioritised]\n",
		"To circulate an email", "", "on_hold", "[On Hold until protocols prioritised]"},
	{ruleInSection, doc.FormatMarkdown, "## Actions\n- [HP, NL]  Gather content from the workshop.\n  - Create a post from the content.\n- [MS]\tInvestigate a relationship with the publisher.\n",
		"Create a post from the content", "HP, NL", "", ""},
	{ruleInSection, doc.FormatMarkdown, "## Actions\n- [MS]\tInvestigate a relationship with the publisher.\n\n##### Deliverables - on hold.\n\n- D1 (Manifesto): re-draft and outline steps to advance.\n\n## Next Meeting\nScheduled: 2pm on Tuesday 23rd June.\n",
		"D1 (Manifesto)", "", "on_hold", "on hold"},
	{ruleNext, doc.FormatMarkdown, "## Actions\n- [MS]\tInvestigate a relationship with the publisher.\n\n## Next Meeting\nScheduled: 2pm on Tuesday 23rd June.\n",
		"Scheduled: 2pm", "", "", ""},
	{ruleInSection, doc.FormatMarkdown, "## Outstanding Actions - updates\n- [NM] Share and publicize the poll with the community. - done\n- [NL] Commence planning for a virtual event: - action assigned\n",
		"[NM] Share and publicize", "NM", "done", "done"},
	{ruleInSection, doc.FormatMarkdown, "## Outstanding Actions - updates\n- [NM] Share and publicize the poll with the community. - done\n- [NL] Commence planning for a virtual event: - action assigned\n",
		"[NL] Commence planning", "NL", "open", "action assigned"},
	{ruleInSection, doc.FormatMarkdown, "## Actions\n- [NM] Update website: done\n  - Add approved minutes.\n",
		"Add approved minutes", "NM", "done", "done"},
	{ruleInSection, doc.FormatMarkdown, "## Action items\n\n- Mozart will implement the decisions to:\n    - amend the Email Address and Mailing List Policy;\n",
		"amend the Email Address", "Mozart", "", ""},
	{ruleInSection, doc.FormatMarkdown, "## Action items\n\n- Matt will:\n  - prepare a list of potential donees for small donations;\n",
		"prepare a list", "Matt", "", ""},
	{ruleTagged, doc.FormatMarkdown, "### 1. Approval of Previous Minutes\n\nCompleted and updated actions carried forward.\n\n- [NM]\tCreate a discussion document for online events.- done\n- [JB]  \tD5 (Meetings): re-draft and outline steps to advance. - deferred to 2021.\n",
		"[JB]", "JB", "deferred", "deferred to 2021"},
	{ruleTagged, doc.FormatMarkdown, "### 1. Approval of Previous Minutes\n\nCompleted and updated actions carried forward.\n\n- [NM]\tCreate a discussion document for online events.- done\n",
		"[NM]\tCreate a discussion document", "NM", "done", "done"},
	{ruleTableRow, doc.FormatHTML, "<h2>Action log</h2><table><tr><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr><tr><td>Write to the council about the fence</td><td>Clerk</td><td>June 2024</td><td>Open</td></tr><tr><td>Circulate the budget</td><td>Treasurer</td><td>May 2024</td><td>Complete</td></tr></table>",
		"Write to the council", "Clerk", "open", "Open"},
	{ruleTableRow, doc.FormatHTML, "<table><tr><th>Action</th><th>Owner</th><th>Status</th></tr><tr><td>Circulate the budget</td><td>Treasurer</td><td>Complete</td></tr></table>",
		"Circulate the budget", "Treasurer", "done", "Complete"},
	{ruleTableRow, doc.FormatMarkdown, "## Action log\n\n| Action | Owner | Status |\n|---|---|---|\n| Send the survey to members | Secretary | In progress |\n",
		"Send the survey to members", "Secretary", "in_progress", "In progress"},
	{ruleTableRow, doc.FormatHTML, "<h3>Actions</h3><table><tr><td>Repair the bench</td><td>Clerk</td><td>Green</td></tr></table>",
		"Repair the bench", "", "done", "Green"},
	{ruleInSection, doc.FormatMarkdown, "## Actions\n- [JB] Book the venue for the workshop (done)\n",
		"[JB] Book the venue", "JB", "done", "(done)"},
	{ruleTableRow, doc.FormatText, "Action log\n\n| Action | Lead | RAG |\n| Review the parking scheme | Highways officer | Amber |\n",
		"Review the parking scheme", "Highways officer", "in_progress", "Amber"},
}

// parseAs builds a Document of text in format f.
func parseAs(t *testing.T, text string, f doc.Format) *doc.Document {
	t.Helper()
	if f == doc.FormatMarkdown {
		return input.MarkdownDocument(text)
	}
	return parse(t, text, f)
}

func TestActionLogs(t *testing.T) {
	for _, tc := range logCases {
		d := parseAs(t, tc.in, tc.format)
		log := actionLog(d)
		var got *logEntry
		for bi := range d.Blocks {
			if e, ok := log[bi]; ok && hasPrefixAt(d.Text, e.start, tc.want) {
				got = &e
			}
		}
		if got == nil {
			t.Errorf("%s: no entry %q in %q", tc.rule, tc.want, tc.in)
			continue
		}
		if got.rule != tc.rule {
			t.Errorf("%q: rule %q, want %q", tc.want, got.rule, tc.rule)
		}
		cs := findWith(d, cueRules)
		for _, c := range cs {
			if c.Span.Start != got.start {
				continue
			}
			if o := ownerText(c.Owner); o != tc.owner {
				t.Errorf("%s %q: owner %q, want %q", tc.rule, tc.want, o, tc.owner)
			}
			if s := ownerText(c.Status); s != tc.status {
				t.Errorf("%s %q: status %q, want %q", tc.rule, tc.want, s, tc.status)
			}
			if s := ownerText(c.StatusText); s != tc.stext {
				t.Errorf("%s %q: status text %q, want %q", tc.rule, tc.want, s, tc.stext)
			}
		}
	}
}

// hasPrefixAt tells whether text at i starts with p.
func hasPrefixAt(text string, i int, p string) bool {
	return i+len(p) <= len(text) && text[i:i+len(p)] == p
}

// TestNotActionEntries checks blocks that look like entries but are not
// commitments: attendance lines with initials, references, and a
// status word in running text outside any action log.
func TestNotActionEntries(t *testing.T) {
	tests := []struct {
		format   doc.Format
		in, text string
	}{
		{doc.FormatMarkdown, "## Attendees\n- [JB] Justin Baker\n- [MS] Manodeep Sinha (Chair)\n", "[JB] Justin Baker"},
		{doc.FormatMarkdown, "## Actions\n- [JB] Draft the plan.\n  - See the Face to Face Meetings document\n", "See the Face"},
		{doc.FormatMarkdown, "## Officers\n- [X] (jfarrell) Jake Farrell\n", "[X]"},
		{doc.FormatMarkdown, "## Payments\n- Chq No 1366 Cheque lost - cancelled £168.00\n", "Chq No 1366"},
		{doc.FormatMarkdown, "## Actions\n- [TBA] Commence planning for a virtual event.\n", ""},
		{doc.FormatMarkdown, "## Actions\n\nThe following actions were agreed by the members at the meeting:\n\n- None\n", "The following"},
		{doc.FormatMarkdown, "## Actions\n\n- No actions.\n", "No actions"},
	}
	for _, tc := range tests {
		d := parseAs(t, tc.in, tc.format)
		for _, c := range findWith(d, cueRules) {
			if tc.text != "" && hasPrefixAt(d.Text, c.Span.Start, tc.text) {
				t.Errorf("%q: got commitment %q", tc.in, c.Text)
			}
			if tc.text == "" && c.Owner != nil {
				t.Errorf("%q: owner %q, want none", tc.in, *c.Owner)
			}
		}
	}
}

func TestStatusOf(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Closed", "done"}, {"new for X", "open"}, {"Ongoing for Helen Jeffrey", "in_progress"},
		{"On Hold until protocols prioritised", "on_hold"}, {"deferred to 2021", "deferred"},
		{"**done**", "done"}, {"Withdrawn", "cancelled"}, {"in progress", "in_progress"},
		{"carried forward", "deferred"}, {"Green", "done"}, {"newsletter", ""}, {"Donald", ""},
		{"opened the meeting", ""}, {"re-draft", ""},
	}
	for _, tc := range tests {
		got, _ := statusOf(tc.in)
		if got != tc.want {
			t.Errorf("statusOf(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestIsLogHeading(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Actions", true}, {"Action log", true}, {"3. Outstanding Actions - updates", true},
		{"Actions:", true}, {"Summary of actions agreed", true}, {"Action on climate change", false},
		{"Action: Colin to set up interviews", false}, {"Key Discussion Points", false},
	}
	for _, tc := range tests {
		if got := isLogHeading(tc.in); got != tc.want {
			t.Errorf("isLogHeading(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// FuzzActionLog checks that reading action logs never panics and that
// every commitment's span lies inside the text and is its text, with a
// status exactly when a status text; it is seeded from logCases.
func FuzzActionLog(f *testing.F) {
	for _, tc := range logCases {
		f.Add(tc.in, tc.format == doc.FormatMarkdown)
	}
	f.Fuzz(func(t *testing.T, s string, md bool) {
		var d *doc.Document
		if md {
			d = input.MarkdownDocument(s)
		} else {
			d = input.TextDocument(input.NormaliseText(s))
		}
		for _, c := range findWith(d, cueRules) {
			if c.Span.Start < 0 || c.Span.End > len(d.Text) || c.Span.Start > c.Span.End || d.Text[c.Span.Start:c.Span.End] != c.Text {
				t.Fatalf("span %v does not hold %q", c.Span, c.Text)
			}
			if (c.Status == nil) != (c.StatusText == nil) {
				t.Fatalf("%q: status and status text apart", c.Text)
			}
		}
	})
}

// TestListAfterTrigger checks that the items of a list a trigger
// introduces ("it was agreed that:") read "should" as a plan, and that
// the same items without it do not.
func TestListAfterTrigger(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"The committee reviewed the poll. Furthermore, it was agreed that:\n\n- The poll should be shared with the wider community.\n- Other topics should be expanded with more detail.\n", 2},
		{"The committee reviewed the poll. Members noted:\n\n- The poll should be shared with the wider community.\n", 0},
	}
	for _, tc := range tests {
		d := input.MarkdownDocument(tc.in)
		n := 0
		for _, c := range findWith(d, cueRules) {
			if hasPrefixAt(d.Text, c.Span.Start, "•") || hasPrefixAt(d.Text, c.Span.Start, "The poll") || hasPrefixAt(d.Text, c.Span.Start, "Other") {
				n++
			}
		}
		if n != tc.want {
			t.Errorf("%q: %d list commitments, want %d", tc.in, n, tc.want)
		}
	}
}
