package input

import (
	"regexp"
	"strconv"
	"strings"
)

// itemNumber matches the numbers minutes put before an item's title, as
// written: "5.", "5.1", "5)", "2215.", "(a)", "a)", "(iv)", "IV.", "Item 5",
// "Item 6.03)", "Minute 45/24", "45/24", "Cou/285/07-08", "BRD/2324/051",
// "PLN88/19", "12/25/03 –" (month, year and minute, the dash required,
// as a date is written so too). The title follows after white space, a colon or
// a dash. A plain integer needs a tab or two spaces after it, so that "10
// areas of focus" is not item 10.
var itemNumber = regexp.MustCompile(`^(?:` +
	`(?i:item|agenda item|minute|min\.?)\s+(?P<a>[0-9]{1,4}(?:[./][0-9]{1,4})*[a-z]?)[.)]?` +
	`|(?P<b>[0-9]{1,3}(?:\.[0-9]{1,3})+)\.?` +
	`|(?P<c>[0-9]{1,4}[.)])` +
	`|(?P<d>[0-9]{1,3})` +
	`|(?P<e>\((?:[a-z]|[ivx]{1,5}|[0-9]{1,3})\))` +
	`|(?P<f>(?:[a-z]|[ivx]{1,5})[.)])` +
	`|(?P<r>(?:X{1,3}(?:IX|IV|V?I{0,3})|IX|IV|V?I{1,3}|V)[.)])` +
	`|(?P<s>[0-9]{1,2}/[0-9]{2}/[0-9]{2,3}(?:[ \t]+[–—-]))` +
	`|(?P<g>[0-9]{1,4}/[0-9]{2,4})` +
	`|(?P<h>[A-Z][A-Za-z]{1,5}/?[0-9]{1,4}/[0-9]{2,4}(?:-[0-9]{2})?)` +
	`)(?:[ \t]*[:–—-][ \t]*|[ \t]+|$)`)

// LeadingNumber splits an item number off the start of s. It returns the
// number as written (trailing full stop dropped), the byte offset where the
// title starts, and whether there was a number.
func LeadingNumber(s string) (num string, rest int, ok bool) {
	m := itemNumber.FindStringSubmatchIndex(s)
	if m == nil {
		return "", 0, false
	}
	for g := 2; g < len(m); g += 2 {
		if m[g] >= 0 {
			num = strings.TrimSuffix(s[m[g]:m[g+1]], ".")
			if g == 2*itemNumber.SubexpIndex("s") {
				num = strings.TrimRight(num, " \t–—-")
			}
			if g == 2*itemNumber.SubexpIndex("d") {
				// A bare integer: only with a tab or two spaces after it.
				gap := s[m[g+1]:m[1]]
				if !strings.Contains(gap, "\t") && !strings.Contains(gap, "  ") && m[1] != len(s) {
					return "", 0, false
				}
			}
			break
		}
	}
	if strings.Contains(num, "/") && !strings.ContainsAny(num[:1], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		// "2018/19" and "12/2024" as the start of a line are more often a
		// year or a date than a minute number; "45/24" is a minute.
		first, _, _ := strings.Cut(num, "/")
		if n, err := strconv.Atoi(first); err == nil && n >= 1900 {
			return "", 0, false
		}
	}
	return num, m[1], true
}
