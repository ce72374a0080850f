package figures

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/extract/internal/numbers"
)

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
func moneyAround(toks []doc.Token, n *numbers.Number, inherit string) (m money, ok bool) {
	m = money{start: n.First, end: n.End, scale: 1}
	// Before: "£", "US$", "GBP".
	if k := n.First - 1; k >= 0 {
		t := &toks[k]
		if u, found := lex.CurrencySymbolsTable.Lookup(t.Text); found && !toks[n.First].NewlineBefore {
			m.unit, m.start = u, k
			if k > 0 && toks[k-1].Lower == "us" && !t.SpaceBefore {
				m.start = k - 1
			}
		} else if u, found := lex.CurrencyCodesTable.Lookup(t.Lower); found && t.Kind == doc.Word {
			m.unit, m.start = u, k
		}
	}
	if m.unit == "" && inherit != "" {
		m.unit = inherit // the second end of "£2–3m"
	}
	// A multiplier right after, glued or spaced, when there is a currency
	// or the number came without one ("£2–3m" is handled by the range).
	j := n.End
	if j < len(toks) && toks[j].Kind == doc.Word && !n.Scaled {
		t := &toks[j]
		if s, found := lex.MoneyScalesTable.Lookup(t.Lower); found && (m.unit != "" || moneyAfter(toks, j+1)) {
			if !t.SpaceBefore || len(t.Lower) >= 2 {
				m.scale, m.end, j = s, j+1, j+1
			}
		} else if m.unit == "" && n.Digits && !t.SpaceBefore && (t.Lower == "p" || t.Lower == "pence") {
			m.unit, m.scale, m.end = "GBP", 0.01, j+1
			return m, true
		} else if m.unit == "" && n.Digits && t.SpaceBefore && t.Lower == "pence" {
			m.unit, m.scale, m.end = "GBP", 0.01, j+1
			return m, true
		}
	}
	if m.unit == "" && j < len(toks) && toks[j].Kind == doc.Word {
		if u, found := lex.CurrencyWordsTable.Lookup(toks[j].Lower); found {
			m.unit, m.end = u, j+1
		} else if u, found := lex.CurrencyCodesTable.Lookup(toks[j].Lower); found {
			m.unit, m.end = u, j+1
		}
	}
	return m, m.unit != ""
}

// moneyAfter tells whether token j is a currency word or code.
func moneyAfter(toks []doc.Token, j int) bool {
	if j >= len(toks) || toks[j].Kind != doc.Word {
		return false
	}
	_, w := lex.CurrencyWordsTable.Lookup(toks[j].Lower)
	_, c := lex.CurrencyCodesTable.Lookup(toks[j].Lower)
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
