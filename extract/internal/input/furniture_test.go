package input

import (
	"strconv"
	"strings"
	"testing"
)

// page repeats body between page breaks: n pages of ten lines of minutes,
// each page closed by foot(p) and opened by head(p) (either may be ""),
// and a form feed between pages when ff is set.
func page(n int, head, foot func(p int) string, ff bool) string {
	var b strings.Builder
	for p := 1; p <= n; p++ {
		if p > 1 && ff {
			b.WriteString("\f")
		}
		if h := head(p); h != "" {
			b.WriteString(h + "\n")
		}
		for i := 1; i <= 10; i++ {
			b.WriteString("The committee discussed the matter raised at some length and noted it.\n")
		}
		if f := foot(p); f != "" {
			b.WriteString(f + "\n")
		}
	}
	return b.String()
}

func none(int) string { return "" }

// furnitureCases: a text, and the lines the furniture model marks, as
// "kind|line" in order. Each row names the rule that fires, or the shape
// it must leave alone.
var furnitureCases = []struct {
	rule string
	in   string
	want []string
}{
	{"page-number: 'Page n of m' alone", page(3, none, func(p int) string { return "Page " + itoa(p) + " of 3" }, false),
		[]string{"page-number|Page 1 of 3", "page-number|Page 2 of 3", "page-number|Page 3 of 3"}},
	{"page-number: '- n -' and 'n | Page'", "Minutes\n- 2 -\nMore minutes\n3 | Page\n", []string{"page-number|• 2 -", "page-number|3 | Page"}},
	{"page-number: a header line ending on 'Page n of m'", "Parish Council Minutes 4 May 2019 Page 2 of 12\nThe clerk reported.\n",
		[]string{"page-number|Parish Council Minutes 4 May 2019 Page 2 of 12"}},
	{"page-number: a bare number at a form feed", "The clerk reported on the accounts.\n2\n\fThe chair closed the meeting.\n",
		[]string{"page-number|2"}},
	{"a bare number away from a form feed is content", "1\nAPOLOGIES\n1.1\nDECLARATIONS OF INTEREST\n2\nMINUTES\n3\n", nil},
	{"page-number: bare numbers counting the pages, evenly a page apart",
		page(4, none, func(p int) string { return strconv.Itoa(p) }, false),
		[]string{"page-number|1", "page-number|2", "page-number|3", "page-number|4"}},
	{"items numbered on lines of their own run unevenly: content",
		"1\n" + strings.Repeat("The clerk reported on it at length.\n", 9) + "2\n" + strings.Repeat("The clerk reported on it at length.\n", 30) +
			"3\n" + strings.Repeat("The clerk reported on it at length.\n", 12) + "4\nNoted.\n", nil},
	{"running-head: a header whose page number counts up",
		page(4, func(p int) string {
			if p == 1 {
				return ""
			}
			return "Minutes – Parish Council – 4 May 2019   " + itoa(p)
		}, none, false),
		[]string{"running-head|Minutes – Parish Council – 4 May 2019   2", "running-head|Minutes – Parish Council – 4 May 2019   3", "running-head|Minutes – Parish Council – 4 May 2019   4"}},
	{"running-head: a name at every page break, the first page's kept",
		page(3, func(int) string { return "LONGBRIDGE PARISH COUNCIL" }, func(p int) string { return "Page " + itoa(p) }, false),
		[]string{"page-number|Page 1", "running-head|LONGBRIDGE PARISH COUNCIL", "page-number|Page 2", "running-head|LONGBRIDGE PARISH COUNCIL", "page-number|Page 3"}},
	{"running-head: a footer at every form feed",
		page(3, none, func(int) string { return "Draft minutes subject to approval" }, true),
		[]string{"running-head|Draft minutes subject to approval", "running-head|Draft minutes subject to approval", "running-head|Draft minutes subject to approval"}},
	{"a line the minutes repeat away from page breaks is content",
		strings.Repeat("Motion:\nThe committee approved the budget for the year ahead of it.\nCarried.\n\n", 4) + page(2, none, func(p int) string { return "Page " + itoa(p) }, false),
		[]string{"page-number|Page 1", "page-number|Page 2"}},
	{"running-head: two pages' headers, both at a form feed",
		"MINUTES – PARISH COUNCIL – 1\n" + strings.Repeat("The committee discussed the matter raised at some length and noted it.\n", 10) + "\fMINUTES – PARISH COUNCIL – 2\n" + strings.Repeat("The chair closed the meeting after a short debate on the budget.\n", 10),
		[]string{"running-head|MINUTES – PARISH COUNCIL – 1", "running-head|MINUTES – PARISH COUNCIL – 2"}},
	{"two copies away from form feeds are content",
		"MINUTES – PARISH COUNCIL – 1\n" + strings.Repeat("The committee discussed the matter raised at some length and noted it.\n", 10) + "MINUTES – PARISH COUNCIL – 2\n" + strings.Repeat("The chair closed the meeting after a short debate on the budget.\n", 10),
		nil},
	{"a sentence repeated at every page break is content",
		page(3, func(int) string { return "The clerk read the declarations of interest to the meeting." }, func(p int) string { return "Page " + strconv.Itoa(p) }, false),
		[]string{"page-number|Page 1", "page-number|Page 2", "page-number|Page 3"}},
	{"copies closer than a page are content",
		"Item 1\nNoted.\nItem 2\nNoted.\nItem 3\nNoted.\nItem 4\nNoted.\n", nil},
	{"covering-letter: the letter above the minutes, to its signature",
		"12 June 2019\n\nDear Councillor,\n\nPlease find enclosed the minutes.\n\nYours sincerely,\nJane Clerk\nClerk to the Council\n\nMINUTES OF THE MEETING\nPresent: Cllr A\nApologies: Cllr B\n1. Minutes\nAgreed.\n2. Finance\nNoted.\n",
		[]string{"covering-letter|12 June 2019", "covering-letter|Dear Councillor,", "covering-letter|Please find enclosed the minutes.", "covering-letter|Yours sincerely,", "covering-letter|Jane Clerk", "covering-letter|Clerk to the Council"}},
	{"a letter that is the whole document is content",
		"Dear all,\n\nThe board met and agreed the budget.\n\nKind regards,\nJane\n", nil},
	{"a salutation with no closing is content",
		"Dear Sir,\nThe clerk read the letter.\n1. Minutes\nAgreed.\n2. Finance\nNoted.\n3. Close\nClosed.\n", nil},
	{"navigation: a site's trail", "Home > Council > Meetings > Minutes 4 May 2019\nMINUTES\n",
		[]string{"navigation|Home > Council > Meetings > Minutes 4 May 2019"}},
	{"a comparison is no trail", "Costs > income > last year.\n", nil},
	{"site-footer: an archive's footer", "Budget\nMore information about the board-announce mailing list\n",
		[]string{"site-footer|More information about the board-announce mailing list"}},
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestFurniture(t *testing.T) {
	for _, c := range furnitureCases {
		d := PlainDocument(c.in)
		var got []string
		for _, b := range d.Blocks {
			if b.Furniture != 0 {
				got = append(got, b.Furniture.String()+"|"+d.Text[b.Start:b.End])
			}
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", c.rule, got, c.want)
		}
		// The text is whole: furniture is marked, never cut.
		if d.Text != NormaliseText(c.in) {
			t.Errorf("%s: text changed by the furniture", c.rule)
		}
	}
}
