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
	if u, k := currencyBefore(toks, n); u != "" {
		m.unit, m.start = u, k
	} else if u, k := minusBefore(toks, n); u != "" {
		m.unit, m.start, m.scale = u, k, -1
	} else {
		m.unit = inherit // the second end of "£2–3m"
	}
	j := n.End
	if m.unit != "" && j+1 < len(toks) && toks[j].Text == "." && !toks[j].SpaceBefore && !toks[j+1].SpaceBefore && toks[j+1].Kind == doc.Word {
		j++ // "$48.K": a stray point before the multiplier
	}
	if j < len(toks) && toks[j].Kind == doc.Word && !n.Scaled {
		if scale, ok := multiplierAt(toks, j, m.unit); ok {
			m.scale, m.end, j = m.scale*scale, j+1, j+1
		} else if m.unit == "" && n.Digits && isPence(&toks[j]) {
			m.unit, m.scale, m.end = "GBP", 0.01, j+1
			return m, true
		}
	}
	if m.unit == "" {
		if u, ok := currencyAfter(toks, j); ok {
			m.unit, m.end = u, j+1
		}
	} else if j < len(toks) && !toks[j].SpaceBefore && RatePeriodsTable.Get(toks[j].Lower) != "" {
		m.end = j + 1 // "£75pa": the amount is per year; the figure is the amount
	}
	return m, m.unit != ""
}

// RatePeriods are the abbreviations glued to an amount that make it a
// rate, with the period each names: "£75pa", "£950pcm", "£40pw". The
// figure is the amount in its currency; the period is part of its text.
var RatePeriods = map[string]string{"pa": "year", "pcm": "month", "pw": "week"}

// minusBefore reads a minus sign between a currency symbol and the
// digits, all glued: "$-3K", "£-250". It returns the currency and the
// symbol's token, or "" when there is none.
func minusBefore(toks []doc.Token, n *numbers.Number) (string, int) {
	k := n.First - 1
	if k < 1 || toks[n.First].SpaceBefore || toks[k].SpaceBefore {
		return "", 0
	}
	if t := toks[k].Text; t != "-" && t != "–" && t != "−" {
		return "", 0
	}
	if u := lex.CurrencySymbolsTable.Get(toks[k-1].Text); u != "" {
		return u, k - 1
	}
	return "", 0
}

// currencyBefore reads the currency written before a number: a symbol
// ("£", "US$") on the same line, or a code ("GBP 300"). It returns the
// currency and its first token, or "" when there is none.
func currencyBefore(toks []doc.Token, n *numbers.Number) (string, int) {
	k := n.First - 1
	if k < 0 {
		return "", 0
	}
	t := &toks[k]
	if u, found := lex.CurrencySymbolsTable.Lookup(t.Text); found && !toks[n.First].NewlineBefore {
		if k > 0 && toks[k-1].Lower == "us" && !t.SpaceBefore {
			return u, k - 1
		}
		return u, k
	} else if u, found := lex.CurrencyCodesTable.Lookup(t.Lower); found && t.Kind == doc.Word {
		return u, k
	}
	return "", 0
}

// multiplierAt reads a money multiplier at word j, right after an amount,
// glued or spaced ("£3m", "£2.5 billion"), when there is a currency or
// one follows ("3 million pounds"): a glued "m" without one is metres,
// and a spaced single letter is not a multiplier.
func multiplierAt(toks []doc.Token, j int, unit string) (float64, bool) {
	t := &toks[j]
	s, found := lex.MoneyScalesTable.Lookup(t.Lower)
	if !found || (unit == "" && !moneyAfter(toks, j+1)) || (t.SpaceBefore && len(t.Lower) < 2) {
		return 0, false
	}
	return s, true
}

// isPence tells whether a word after digits makes them pence: "50p",
// "50pence", "50 pence".
func isPence(t *doc.Token) bool {
	return t.Lower == "pence" || (t.Lower == "p" && !t.SpaceBefore)
}

// currencyAfter reads a currency word or code at token j, after the
// number and its multiplier: "300 pounds", "2 million euros", "500 GBP".
func currencyAfter(toks []doc.Token, j int) (string, bool) {
	if j >= len(toks) || toks[j].Kind != doc.Word {
		return "", false
	}
	if u, found := lex.CurrencyWordsTable.Lookup(toks[j].Lower); found {
		return u, true
	}
	return lex.CurrencyCodesTable.Lookup(toks[j].Lower)
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

// thousandsAfter reads a "k" glued to digits with no currency: "Total
// around 71k", "Conference ~40k", "20-30k in the green". Treasurers' notes
// write their sums so, in the currency the rest of the document writes;
// a "k" is not a unit of anything else minutes count. It returns the
// token after the "k".
func thousandsAfter(toks []doc.Token, n *numbers.Number) (int, bool) {
	j := n.End
	if !n.Digits || n.Scaled || n.Suffix != "" || j >= len(toks) {
		return 0, false
	}
	t := &toks[j]
	if t.SpaceBefore || t.NewlineBefore || t.Lower != "k" {
		return 0, false
	}
	return j + 1, true
}

// hyphenPence reads an amount written with its pence after a hyphen, as
// British ledgers and clerks' minutes do: "£1030-92", "£200-00". A bare
// one ("1839-20") is money only after such an amount with its currency in
// the same block, a list of payments. Pence above the pounds ("£20-30")
// make a range, not pence. It emits the amount and returns the
// token after it.
func (s *figureScanner) hyphenPence(n *numbers.Number) (int, bool) {
	toks, j := s.toks, n.End
	if !n.Digits || n.Decimals > 0 || n.Scaled || j+1 >= len(toks) || toks[j].Text != "-" || toks[j].SpaceBefore {
		return 0, false
	}
	p := &toks[j+1]
	if p.SpaceBefore || len(p.Text) != 2 || p.Text[0] < '0' || p.Text[0] > '9' || p.Text[1] < '0' || p.Text[1] > '9' {
		return 0, false
	}
	if j+2 < len(toks) && !toks[j+2].SpaceBefore && toks[j+2].Kind != doc.Punct {
		return 0, false // "2019-20-21", "55-00x"
	}
	pence := float64(p.Text[0]-'0')*10 + float64(p.Text[1]-'0')
	if pence > 0 && pence >= n.Value {
		return 0, false // "£20-30": a range's second end is the larger
	}
	unit, start := currencyBefore(toks, n)
	if unit == "" {
		unit, start = s.penceCur, n.First
	}
	if unit == "" {
		return 0, false
	}
	s.penceCur = unit
	s.emit(candidate{kind: "money", value: n.Value + pence/100, unit: unit, start: start, end: j + 2}, start)
	return j + 2, true
}
