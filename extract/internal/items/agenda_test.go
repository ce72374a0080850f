package items

import (
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/input"
)

// Each case names the rule that makes (or refuses) an item in Markdown
// minutes.
func TestMarkdownItems(t *testing.T) {
	for _, c := range []struct {
		rule string
		src  string
		want []string
	}{
		{"agenda list under its heading", "## Agenda\n\n- Approve minutes\n- Budget (**Time**: 5 Minutes)\n    - Goal: agree it\n- (turn on recording, perhaps)\n\n## Minutes\n\nText.",
			[]string{"Approve minutes", "Budget", "turn on recording, perhaps"}},
		{"agenda list after an introducing line", "# Agenda\n\nThis is what we will discuss\n\n* CT colonography\n* GI templates\n",
			[]string{"CT colonography", "GI templates"}},
		{"numbered outline heads", "#### Minutes\n\n1. Directorships\n   1. Secretary\n      1. Mason nominates Jeremy\n2. Adjournment\n",
			[]string{"Directorships", "Secretary"}},
		{"bulleted outline heads are notes", "## Minutes\n\n* Budget\n  * Ann: fine\n",
			nil},
		{"issue reference leaves the heading", "### Copyright Date TSC#195\n\nDiscussed.",
			[]string{"Copyright Date"}},
		{"short paragraph is not a title in Markdown", "## Board\n\nNew meeting time - Joe will create an issue\n\nMore.",
			[]string{"Board"}},
		{"a capital letter numbers a heading", "### C. Updates\n\nNone.\n",
			[]string{"Updates"}},
		{"field label heading", "#### Location\nAustin Public Library\n#### Date\n2024-04-21\n",
			nil},
		{"a marked heading needs no capital", "### jest Charter Review #1272\n\nTobie has comments.\n",
			[]string{"jest Charter Review"}},
		{"a heading with nothing under it is no item", "### Updates\n\n#### 1. Budget\n\nPresented.\n\n##### a. Exhibit I\n\n##### b. Exhibit II\n\n#### 2. Fares\n\nNoted.\n",
			[]string{"Updates", "Budget", "Fares"}},
		{"a heading that carries its minute after a dash is an item with nothing under it", "### D. Other Matters\n\nNone.\n\n### E. Next Meeting Date - November 12, 2019\n\n### F. Adjourn\n",
			[]string{"Other Matters", "Next Meeting Date - November 12, 2019", "Adjourn"}},
		{"a label heading at the item's level heads its minute", "### Finance\n\n### Minutes:\n\nThe balance was noted.\n\n### Planning\n\n### Decision\n\nNone.\n",
			[]string{"Finance", "Planning"}},
		{"an agenda taken up under headings is one set of items", "# Agenda\n\n- CTC Audit\n- PV Timing\n- GI Chest\n- Bolus Tracking\n\n# Minutes\n\n## CT Audit\n\n- Audits agreed.\n\n## PV Timings\n\n- Moved to 70 seconds.\n\n## GI Chest\n\n- Scanned.\n",
			[]string{"Bolus Tracking", "CT Audit", "PV Timings", "GI Chest"}},
		{"a numbered agenda taken up by shorter headings", "## Agenda\n\n1. Adopt bylaws\n2. Approve Cart opening a bank account\n\n## Adopt Bylaws\n\nApproved.\n\n## Opening a bank account\n\nApproved.\n",
			[]string{"Adopt Bylaws", "Opening a bank account"}},
		{"each meeting's agenda is taken up by its own minutes", "## 2025 Meeting\n\n#### Agenda\n\n- Directorships\n- New Business\n\n#### Minutes\n\n1. Directorships\n   1. Secretary\n\n## 2024 Meeting\n\n#### Agenda\n\n- New Business\n\n#### Minutes\n\nNone.\n",
			[]string{"2025 Meeting", "New Business", "Directorships", "2024 Meeting", "New Business"}},
		{"a tracker's issue entries are items", "### cross-project-council\n\n- Create new Ecosystem Program #1277\n  - Work continues.\n- Looking for members #1253\n  Can be closed.\n- https://example.org/labels\n",
			[]string{"cross-project-council", "Create new Ecosystem Program", "Looking for members"}},
		{"an agenda entry minuted with nothing under it is no item", "## Agenda\n\n- Turn on recording\n- Old business\n- Budget\n- Check-out\n\n## Notes\n\n- Turn on recording\n- Old business\n  - Ann: done.\n- Check-out\n",
			[]string{"Old business", "Budget"}},
		{"an agenda's third level is notes but under an items label", "## Agenda\n\n- Priorities\n    - Channels\n      - Zulip stream\n    - Mailing list?\n- Time-sensitive items\n    - Items:\n        - Trademark group\n- If time\n    - Initiative updates\n        - Shape discussion (*ehuss*)\n        - Examples (e.g., a policy decision or the RFC)\n",
			[]string{"Priorities", "Channels", "Mailing list?", "Time-sensitive items", "Trademark group", "If time", "Initiative updates", "Shape discussion"}},
		{"an agenda's fourth level is notes", "## Agenda\n\n- Delegating work\n  - Goal: decide\n    - Two possibilities:\n      - PR subgroup\n",
			[]string{"Delegating work"}},
		{"an outline's third level is notes", "## Minutes\n\n1. New Business\n   1. Grants\n      1. Black Python Devs sponsored us\n         1. 20% goes on\n",
			[]string{"New Business", "Grants"}},
		{"a line in capitals over text is a heading in Markdown too", "Protocols discussed\n\n**TEMPORAL BONES-CTEMP**\n\n**0.5mm below mastoids for recons.**\n\nOk to have codes\n\n**0.5MM OR 0.625MM**\n\n**CSKUHC**\n",
			[]string{"TEMPORAL BONES-CTEMP"}},
		{"field labels joined are a label", "### Location and Time\n\nHeld at the centre.\n\n### Date, time & venue\n\n5 May, 7pm, Hall.\n\n### Quorum\n\nWe had one.\n",
			[]string{"Quorum"}},
		{"a heading under the actions groups actions", "### 4. Budget\n\nAgreed.\n\n## Actions\n\n- [NM] Update website.\n\n##### Deliverables\n\n- [DC] D1: re-draft.\n\n## Next Meeting\n\nIn June.\n",
			[]string{"Budget", "Next Meeting"}},
		{"a line in capitals keeps its heading's place with a note in brackets after it", "Protocols discussed\n\n**FACE-CFACE (*post meeting - Helen C organising*)**\n\n**A maximum of 1mm, recons may or may not be provided**\n\nSurgeons like 3D images.\n",
			[]string{"FACE-CFACE"}},
		{"a marked heading keeps its colon over its minute", "### 1st Order of business:\n\nElection.\n\n### Present:\n\n- Ann\n",
			[]string{"1st Order of business"}},
		{"a heading naming the meeting's minutes is the page's title", "## Annual Meeting 2016-06-11 Minutes\n\n### Quorum\n\nWe had one.\n\n### Approval of Board Meeting Minutes\n\nApproved.\n",
			[]string{"Quorum", "Approval of Board Meeting Minutes"}},
		{"a label all siblings share says the item's kind", "## Agenda\n\n- Old business\n  - Decide: Private meeting notes\n  - Decide: Ownership of the Forge\n- Budget (Time: 5 Minutes)\n  - Goal: agree it\n  - Proposal: @ehuss\n- Ryan: note on formality\n",
			[]string{"Old business", "Private meeting notes", "Ownership of the Forge", "Budget", "note on formality"}},
		{"an entry's first line is its title over a labelled line", "## Agenda\n\n- New business\n  - Leads Summit\n    Decide: Do we endorse it?\n  - Issue triage\n",
			[]string{"New business", "Leads Summit", "Issue triage"}},
		{"a top-level entry's colon introduces its sub-items", "## Agenda\n\n- Directorships\n- New business:\n  - Bank acct logistics\n  - Items:\n    - Succession\n",
			[]string{"Directorships", "New business", "Bank acct logistics", "Succession"}},
		{"an agenda entry minuted in prose is an item", "## Agenda\n\n- Turn on recording\n- Budget\n\n## Notes\n\n- Turn on recording\n\nRecording started late.\n\n- Budget\n  - Agreed.\n",
			[]string{"Turn on recording", "Budget"}},
		{"a meeting bot's clock and link notes leave the title", "## Summary\n\n1. Definition of the policy (rbasak, 20:07)\n   1. ACTION: rbasak will write it (rbasak, 20:45)\n2. Select a chair (next from https://example.org/m) (rbasak, 21:38)\n",
			[]string{"Definition of the policy"}},
	} {
		d := input.MarkdownDocument(c.src)
		var got []string
		for _, it := range Find(d, func(string) bool { return false }) {
			got = append(got, d.Text[it.TitleStart:it.TitleEnd])
		}
		if len(got) != len(c.want) {
			t.Errorf("%s: got %q, want %q", c.rule, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: got %q, want %q", c.rule, got, c.want)
				break
			}
		}
	}
}

func TestItemNumbers(t *testing.T) {
	for _, c := range []struct{ line, num string }{
		{"IV. Call to Order", "IV"},
		{"XVI. Adjourn", "XVI"},
		{"2215. To receive apologies for absence", "2215"},
		{"BRD/2324/051: Finance report", "BRD/2324/051"},
		{"PLN88/19 Planning applications", "PLN88/19"},
		{"Item 6.03) Budget", "6.03"},
		{"12/25/03 – Board Minutes", "12/25/03"},
		{"12/05/19 approved the plan", ""},
		{"12/05/2019 – Meeting", ""},
		{"I am pleased to report", ""},
	} {
		num, _, ok := input.LeadingNumber(c.line)
		if !ok {
			num = ""
		}
		if num != c.num {
			t.Errorf("LeadingNumber(%q) = %q, want %q", c.line, num, c.num)
		}
	}
}

// In plain text that numbers its items, a short line set apart (a
// letterhead, a roster, a time) is not an item; without a numbering run it
// is.
func TestNumberedRun(t *testing.T) {
	numbered := "Regional Transit Board\n\n5:15 PM\n\nI. Call to Order\n\nThe chair opened the meeting at 5:35 p.m. and welcomed everyone present.\n\nII. Pledge of Allegiance\n\nLed by the chair, who thanked the members for coming to the meeting.\n\nIII. Public Participation\n\nNo member of the public asked to speak at the meeting this evening.\n\nIV. Adjourn\n\nThe meeting closed at 6:40 p.m. after the chair thanked the staff for their work.\n"
	d := input.TextDocument(input.NormaliseText(numbered))
	var got []string
	for _, it := range Find(d, func(string) bool { return false }) {
		got = append(got, d.Text[it.TitleStart:it.TitleEnd])
	}
	want := []string{"Call to Order", "Pledge of Allegiance", "Public Participation", "Adjourn"}
	if len(got) != len(want) {
		t.Fatalf("numbered run: got %q, want %q", got, want)
	}
	plain := "Regional Transit Board\n\nCall to Order\n\nThe chair opened the meeting at 5:35 p.m. and welcomed everyone present.\n"
	d = input.TextDocument(input.NormaliseText(plain))
	if n := len(Find(d, func(string) bool { return false })); n != 2 {
		t.Errorf("without a numbering run: %d items, want 2 (the set-apart lines)", n)
	}
}

// In plain text a meeting bot's numbered summary lines are items, less
// their clock and link notes; a labelled line and a link are entries.
func TestBotSummaryLines(t *testing.T) {
	text := "Meeting summary\n\n1. Definition of the policy (rbasak, 20:07)\n\n2. ACTION: rbasak will write it (rbasak, 20:45)\n\n3. Select a chair (next from https://example.org/m) (rbasak, 21:38)\n\n4. https://example.org/archive (rbasak, 20:47)\n"
	d := input.TextDocument(input.NormaliseText(text))
	var got []string
	for _, it := range Find(d, func(string) bool { return false }) {
		got = append(got, d.Text[it.TitleStart:it.TitleEnd])
	}
	want := []string{"Meeting summary", "Definition of the policy", "Select a chair"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Month/year/minute numbers are a scheme only in a run: one alone reads as
// a date.
func TestSlashRuns(t *testing.T) {
	run := "12/25/01 – Welcome and Apologies\nApologies were received from Mr Higgins.\n12/25/02 – Declarations of Interest\nThe Director declared a conflict of interest.\n"
	d := input.TextDocument(input.NormaliseText(run))
	var got []string
	for _, it := range Find(d, func(string) bool { return false }) {
		got = append(got, it.Number+" "+d.Text[it.TitleStart:it.TitleEnd])
	}
	if want := "12/25/01 Welcome and Apologies|12/25/02 Declarations of Interest"; strings.Join(got, "|") != want {
		t.Errorf("run: got %q, want %q", got, want)
	}
	alone := "12/05/19 – Board Minutes\nThe minutes were approved as a true record.\n"
	d = input.TextDocument(input.NormaliseText(alone))
	for _, it := range Find(d, func(string) bool { return false }) {
		if it.Numbered {
			t.Errorf("alone: numbered item %q", d.Text[it.TitleStart:it.TitleEnd])
		}
	}
}

// A PDF's columns interleave a number, the roster beside it and the
// title; a letter alone on its line numbers the next; a list of one under
// an item is no item.
func TestFlattenedNumbers(t *testing.T) {
	text := "I.\nCall to Order\nThe chair opened the meeting at 5:35 p.m. and welcomed all present.\nII.\nWilliam Gross, Anne Herzenberg, Eric Mulder, David Rothenburger, Dan\nStitt, Vivian Stovall\n\nRetiree Awards\nThere were no Retiree Awards.\nIII.\nPublic Participation\n1. David Rothenburger\nIV.\nUnanimous Consent\nThe board approved the consent agenda without any discussion at all.\nA.\nMay 2019 Service Changes\nIt is recommended that the Board approve the service changes.\n"
	d := input.TextDocument(input.NormaliseText(text))
	var got []string
	for _, it := range Find(d, func(string) bool { return false }) {
		got = append(got, it.Number+" "+d.Text[it.TitleStart:it.TitleEnd])
	}
	want := "I Call to Order|II Retiree Awards|III Public Participation|IV Unanimous Consent|A May 2019 Service Changes"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

// A viewer that runs a page into one line leaves its headings in capitals
// between sentences; a label in capitals is not one.
func TestInlineCapitals(t *testing.T) {
	text := "CONFIRMED MINUTES – GENERAL MEETING, 17 MAY 2017 ATTENDANCE Crs W Devlin. The Mayor welcomed all in attendance. WELCOME TO COUNTRY We respectfully acknowledge the Ewamian People. OFFICERS PRESENT Mr Norm Garsden, Chief Executive Officer. APOLOGIES AND CONDOLENCES Council would like to pass on their sincere condolences to the family."
	d := input.TextDocument(input.NormaliseText(text))
	var got []string
	for _, it := range Find(d, func(string) bool { return false }) {
		got = append(got, d.Text[it.TitleStart:it.TitleEnd])
	}
	if want := "WELCOME TO COUNTRY|APOLOGIES AND CONDOLENCES"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

// A table flattened to text keeps its bars after a title.
func TestTitleLeavesCellBar(t *testing.T) {
	d := input.TextDocument(input.NormaliseText("1. Attendance |\nMr Rickards (Chairman) and five members were present at the meeting |\n2. Minutes |\nThe minutes were approved and signed as a correct record of the meeting |\n"))
	var got []string
	for _, it := range Find(d, func(string) bool { return false }) {
		got = append(got, d.Text[it.TitleStart:it.TitleEnd])
	}
	if want := "Attendance|Minutes"; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

// Numbered titles in the layouts pages give them, each named by its rule.
func TestNumberedTitles(t *testing.T) {
	for _, c := range []struct {
		rule, format, src string
		want              string
	}{
		{"the title before the colon, its minute after", "text",
			"2214. To receive apologies for absence: Cllr Hale and Cllr Ross.\n2215. Planning: the council considered three applications.\n2216. ACTION: clerk to write.\nItem 56. Adams: Welcome to the meeting.\n",
			"To receive apologies for absence|Planning"},
		{"sub-items under their parent, each titled before its dash", "text",
			"5. FINANCE\na) Payments - the clerk listed the payments due this month for approval.\nb) Bank balance - the balance stood at the end of the month as reported.\n6. PLANNING\nNo applications were received this month at all.\n",
			"FINANCE|Payments|Bank balance|PLANNING"},
		{"a numbered paragraph over its minute is a heading in HTML", "html",
			"<p>1. Apologies</p><p>Apologies were received from Mr Smith.</p><p>2. Finance report</p><p>The treasurer presented the accounts.</p>",
			"Apologies|Finance report"},
		{"numbered paragraphs in a run are a list in HTML", "html",
			"<p>Payments</p><p>i) Lloyds Bank statement</p><p>ii) Water rates</p>",
			""},
		{"a bold numbered line over its minute in Markdown", "markdown",
			"**1. Call to order**\n\nThe meeting was called to order at 7pm.\n\n**2. Public comment**\n\nNone.\n",
			"Call to order|Public comment"},
		{"numbered table rows are items", "html",
			"<table><tr><td>Minute</td><td>Item</td><td>Action</td></tr><tr><td>21/01</td><td>Apologies for absence</td><td>From Cllr Smith.</td></tr><tr><td>21/02</td><td>Planning applications</td><td>No objection.</td></tr></table>",
			"Apologies for absence|Planning applications"},
		{"one numbered table row is an entry", "markdown",
			"| No. | Payee | Amount |\n|---|---|---|\n| 1. | Smith Ltd | £40 |\n| | Total | £40 |\n",
			""},
		{"a heading's permalink mark leaves its title", "html",
			`<h2 id="b">Budget<a href="#b">#</a></h2><p>Agreed.</p><h2>Grants <a href="#c">¶</a></h2><p>Agreed.</p>`,
			"Budget|Grants"},
	} {
		var d *doc.Document
		switch c.format {
		case "html":
			var err error
			if d, err = input.HtmlDocument("<html><body>" + c.src + "</body></html>"); err != nil {
				t.Fatal(err)
			}
		case "markdown":
			d = input.MarkdownDocument(c.src)
		default:
			d = input.TextDocument(input.NormaliseText(c.src))
		}
		var got []string
		for _, it := range Find(d, func(string) bool { return false }) {
			got = append(got, d.Text[it.TitleStart:it.TitleEnd])
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%s: got %q, want %q", c.rule, g, c.want)
		}
	}
}

// titlesOf is the titles Find gives for src read as format, joined by "|".
func titlesOf(t *testing.T, format, src string) string {
	t.Helper()
	var d *doc.Document
	switch format {
	case "html":
		var err error
		if d, err = input.HtmlDocument("<html><body>" + src + "</body></html>"); err != nil {
			t.Fatal(err)
		}
	case "markdown":
		d = input.MarkdownDocument(src)
	default:
		d = input.TextDocument(input.NormaliseText(src))
	}
	d, _ = d.Split() // the content, as the pipeline hands it over
	var got []string
	for _, it := range Find(d, func(string) bool { return false }) {
		got = append(got, d.Text[it.TitleStart:it.TitleEnd])
	}
	return strings.Join(got, "|")
}

// Layout rules for lines and paragraphs that are not numbered, each named.
func TestLayoutItems(t *testing.T) {
	for _, c := range []struct {
		rule, format, src string
		want              string
	}{
		{"a labelled attendance line set apart is no item", "text",
			"Present: Cllr A. Smith (Chair), Cllr B. Jones\n\nApologies: Cllr C. Brown\n\n2. Playground\nThe clerk will obtain quotes.\n\n3. Footpaths\nThe survey was approved.\n",
			"Playground|Footpaths"},
		{"a labelled field line set apart is no item", "text",
			"Venue: Village Hall\n\nPlayground\n\nThe clerk will obtain three quotes for the swings.\n",
			"Playground"},
		{"a bulleted title over entries of a second-level marker is an item", "text",
			"= Notes =\n\n  * Patent policy\n   + Voted to accept the draft patent policy as official\n  * Governance review\n   + Action: Colin to update the page\n  * Matt will send the minutes round.\n   + Done\n",
			"Patent policy|Governance review"},
		{"a bulleted list of one level is notes", "text",
			"Notes\n\n* Patent policy\n* Governance review\n",
			""},
		{"a Word export's 'o' marks the second level", "text",
			"• Budget\no The treasurer presented the figures for the year.\n• Grants\no None were received.\n",
			"Budget|Grants"},
		{"numbered items run inline in one paragraph", "text",
			"9. Traffic & Planning\n1. Next meeting - Items agreed for inclusion in next agenda 2. Employment site A54 Members noted with concern that the site had been included. 3. Budget: agreed.\n",
			"Traffic & Planning|Next meeting|Employment site A54|Budget"},
		{"a number in a sentence starts no inline item", "text",
			"1. Finance - the clerk paid the invoice, cheque no. 2. The balance was agreed.\n",
			"Finance"},
		{"a mixed-case title dated after a dash, run in after capitals", "text",
			"CONFIRMED MINUTES – GENERAL MEETING, 17 MAY 2017 CONSIDERATION OF MINUTES General Meeting – Wednesday 19 April 2017 RESOLUTION: That the Minutes be confirmed. MOVED: Cr Barnes SECONDED: Cr Bethel CARRIED\nPAGE 2 Business arising from Minutes – Wednesday 19 March 2015 - Strathmore Road issue - Applications have closed for the project officer position and the report will come in June.\n",
			"General Meeting – Wednesday 19 April 2017|Business arising from Minutes – Wednesday 19 March 2015"},
		{"a date after a dash in a sentence is no title", "text",
			"Budget\n\nThe clerk said that the accounts of the council, audited by the firm as every year, were closed – 19 April 2017 was the day and the chair thanked her for the work done.\n",
			"Budget"},
		{"a flattened table's row with empty cells is no item", "text",
			"10. Finance |\nThe payments were approved. |\n|\n11. Borough Council matters |\n|\n|\n12. School Governors |\nYD reported. |\n",
			"Finance|School Governors"},
		{"a mailing-list archive's footer is furniture, no item", "text",
			"Budget\n\nThe treasurer presented the figures.\n\nMore information about the board-announce mailing list\n",
			"Budget"},
	} {
		if got := titlesOf(t, c.format, c.src); got != c.want {
			t.Errorf("%s: got %q, want %q", c.rule, got, c.want)
		}
	}
}
