package lex

// CurrencySymbols are written before the amount: "£5,000", "$2.5 billion".
var CurrencySymbols = map[string]string{"£": "GBP", "$": "USD", "€": "EUR"}

// CurrencyCodes are written before or after it: "GBP 27 million",
// "27 million GBP".
var CurrencyCodes = map[string]string{"gbp": "GBP", "usd": "USD", "eur": "EUR"}

// CurrencyWords follow the amount: "a million dollars", "500 pounds".
var CurrencyWords = map[string]string{
	"dollars": "USD", "dollar": "USD", "pounds": "GBP", "pound": "GBP", "sterling": "GBP",
	"euros": "EUR", "euro": "EUR",
}

// MoneyScales are the multipliers glued to or written after an amount
// that has a currency: "£3m", "£1.2bn", "£500k", "$2.5 billion". A glued
// "m" without a currency is metres, so these apply to money only.
var MoneyScales = map[string]float64{
	"k": 1e3, "m": 1e6, "mn": 1e6, "mil": 1e6, "bn": 1e9, "b": 1e9,
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
