package extract

import "testing"

// Each row names the evidence that decides how numeric dates are read.
func TestDateOrder(t *testing.T) {
	for _, c := range []struct {
		evidence   string
		text       string
		monthFirst bool
		byDefault  bool
	}{
		{"dollars", "Councilmember Webb moved to spend $5,000 on 04/02/2024.", true, false},
		{"pounds and a councillor", "Cllr Hale proposed £500 on 04/02/2024.", false, false},
		{"US ZIP code", "1660 Blake Street, Denver, CO 80202. Meeting 04/02/2024.", true, false},
		{"UK postcode", "Village Hall, Groby LE6 0DQ. Meeting 04/02/2024.", false, false},
		{"nothing either way", "The group met on 04/02/2024.", false, true},
	} {
		d, err := parseAs(c.text, FormatText)
		if err != nil {
			t.Fatal(err)
		}
		mf, def := dateOrder(d.Text, nil, "")
		if mf != c.monthFirst || def != c.byDefault {
			t.Errorf("%s: monthFirst %v byDefault %v, want %v %v", c.evidence, mf, def, c.monthFirst, c.byDefault)
		}
	}
	if day := ambiguousDay("on 13/02/2024 and 04/02/2024"); day != "04/02/2024" {
		t.Errorf("ambiguousDay = %q, want the first date that reads both ways", day)
	}
}
