package extract

import "strings"

// money is what the words around a number say about it being an amount
// of money.
type money struct {
	unit       string
	start, end int // tokens [start, end): currency and multiplier included
	scale      float64
}

// moneyAround looks for a currency before the number (symbol or code) or
// after it (code or word), with a multiplier between. inherit is the
// currency a range's first end gave ("£2–3m"). A pence amount
// ("50p") counts as pounds. ok is false when nothing marks it as money.
func moneyAround(toks []Token, n *number, inherit string) (m money, ok bool) {
	m = money{start: n.first, end: n.end, scale: 1}
	// Before: "£", "US$", "GBP".
	if k := n.first - 1; k >= 0 {
		t := &toks[k]
		if u, found := currencySymbolsTable.lookup(t.Text); found && !toks[n.first].NewlineBefore {
			m.unit, m.start = u, k
			if k > 0 && toks[k-1].Lower == "us" && !t.SpaceBefore {
				m.start = k - 1
			}
		} else if u, found := currencyCodesTable.lookup(t.Lower); found && t.Kind == Word {
			m.unit, m.start = u, k
		}
	}
	if m.unit == "" && inherit != "" {
		m.unit = inherit // the second end of "£2–3m"
	}
	// A multiplier right after, glued or spaced, when there is a currency
	// or the number came without one ("£2–3m" is handled by the range).
	j := n.end
	if j < len(toks) && toks[j].Kind == Word && !n.scaled {
		t := &toks[j]
		if s, found := moneyScalesTable.lookup(t.Lower); found && (m.unit != "" || moneyAfter(toks, j+1)) {
			if !t.SpaceBefore || len(t.Lower) >= 2 {
				m.scale, m.end, j = s, j+1, j+1
			}
		} else if m.unit == "" && n.digits && !t.SpaceBefore && (t.Lower == "p" || t.Lower == "pence") {
			m.unit, m.scale, m.end = "GBP", 0.01, j+1
			return m, true
		} else if m.unit == "" && n.digits && t.SpaceBefore && t.Lower == "pence" {
			m.unit, m.scale, m.end = "GBP", 0.01, j+1
			return m, true
		}
	}
	if m.unit == "" && j < len(toks) && toks[j].Kind == Word {
		if u, found := currencyWordsTable.lookup(toks[j].Lower); found {
			m.unit, m.end = u, j+1
		} else if u, found := currencyCodesTable.lookup(toks[j].Lower); found {
			m.unit, m.end = u, j+1
		}
	}
	return m, m.unit != ""
}

// moneyAfter tells whether token j is a currency word or code.
func moneyAfter(toks []Token, j int) bool {
	if j >= len(toks) || toks[j].Kind != Word {
		return false
	}
	_, w := currencyWordsTable.lookup(toks[j].Lower)
	_, c := currencyCodesTable.lookup(toks[j].Lower)
	return w || c
}

// documentCurrency is the currency a document's bare amounts ("100.00" in
// a payments table) are in: the symbol it writes most, pounds by default.
func documentCurrency(text string) string {
	best, unit := 0, "GBP"
	for _, c := range []struct{ sym, unit string }{{"£", "GBP"}, {"$", "USD"}, {"€", "EUR"}} {
		if n := strings.Count(text, c.sym); n > best {
			best, unit = n, c.unit
		}
	}
	return unit
}
