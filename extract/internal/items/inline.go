package items

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/input"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// Inline items: PDF exports and web viewers run a page into one line, so
// item numbers and titles sit inside paragraphs.
var (
	// A minute reference and its title: "Cou/286/07-08 Apologies for
	// Absence Apologies for absence were received".
	minuteRef = regexp.MustCompile(`(?:^|\s)([A-Z][A-Za-z]{1,5}/[0-9]{1,4}/[0-9]{2}(?:-[0-9]{2})?)\s+`)
	// A US agenda entry ends with the kind of paper in brackets:
	// "*42 Accept a grant ... (Ordinance)". Its number stands after a gap
	// of two spaces or a line break, or carries a "*" or "S-" mark.
	usPaperKind = regexp.MustCompile(`\((?:Emergency |Non-Emergency )?(?:Ordinance|Resolution|Report|Communication|Second Reading|Previous Agenda|Proclamation|Appeal|Motion|Consent)\b[^()]{0,200}\)`)
	usItemStart = regexp.MustCompile(`(?:^|\s)((?:\*|[A-Z]-)?[0-9]{1,4})[ \t]+[A-Z]`)
	// US agenda section headings in capitals.
	usSection = regexp.MustCompile(`(?:^|[\s:])((?:[A-Z][A-Z&]+ )*(?:AGENDA|COMMUNICATIONS|BUSINESS|HEARINGS?|CERTAINS|PROCLAMATIONS|PRESENTATIONS|ORDINANCES|RESOLUTIONS|REPORTS|ADJOURNMENT|ROLL CALL|CALL TO ORDER|PUBLIC COMMENTS?)(?:[ \t]+[A-ZŒ–—-]+)*)(?:\s|$)`)
)

// inlineCapitals is a heading in capitals run into the text after a
// sentence, before the prose of its minute: "... welcomed all in
// attendance. WELCOME TO COUNTRY We respectfully acknowledge ...". Two
// words at least: one alone is as often an acronym opening a sentence.
// The pattern is matched only where a sentence's end is followed by two
// capitals: run over a whole page-long line it cost more than the rest
// of the item scan.
var inlineCapitals = regexp.MustCompile(`^(?:[A-Z][A-Z&'’-]+ ){1,7}[A-Z][A-Z&'’-]+ [A-Z][a-z]`)

// capitalItems appends the headings in capitals that a viewer ran into
// seg, which begins at byte start of the text: the layout a text line in
// capitals over prose has, flattened.
func capitalItems(out []ItemFound, seg string, start int) []ItemFound {
	for i := 0; i+3 < len(seg); i++ {
		if c := seg[i]; (c != '.' && c != '!' && c != '?') || seg[i+1] != ' ' {
			continue
		}
		q := i + 1
		for q < len(seg) && seg[q] == ' ' {
			q++
		}
		if q+1 >= len(seg) || !isUpperASCII(seg[q]) || !isUpperASCII(seg[q+1]) {
			continue
		}
		m := inlineCapitals.FindStringIndex(seg[q:min(len(seg), q+160)])
		if m == nil {
			continue
		}
		end := q + m[1] - 3 // less the space and the prose's first two letters
		title := seg[q:end]
		if isAttendanceLabel(title, true) || fieldLabels[strings.ToLower(title)] {
			continue
		}
		out = append(out, ItemFound{Start: start + q, TitleStart: start + q, TitleEnd: start + end, Unmarked: true})
	}
	return out
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// inlineItems finds items written inside a run-on paragraph. The patterns
// are costly over a page-long line, so each runs only where the characters
// it cannot match without are there.
func inlineItems(text string, start, end int) []ItemFound {
	var out []ItemFound
	seg := text[start:end]
	if hasMinuteRefMark(seg) {
		out = minuteRefItems(out, seg, start)
	}
	if hasPaperKindMark(seg) {
		out = usItems(out, seg, start)
	}
	out = capitalItems(out, seg, start)
	out = datedItems(out, seg, start)
	sortItems(out)
	return out
}

// minuteRefItems appends the items that minute references start in seg,
// which begins at byte start of the text.
func minuteRefItems(out []ItemFound, seg string, start int) []ItemFound {
	for _, m := range minuteRef.FindAllStringSubmatchIndex(seg, -1) {
		ts := m[1]
		te := titleRun(seg, ts)
		if te > ts {
			out = append(out, ItemFound{Start: start + m[2], TitleStart: start + ts, TitleEnd: start + te,
				Number: seg[m[2]:m[3]], Numbered: true})
		}
	}
	return out
}

// usItems appends the US agenda entries of seg, and its section headings
// when there are two entries or more.
func usItems(out []ItemFound, seg string, start int) []ItemFound {
	us := 0
	prev := 0
	for _, m := range usPaperKind.FindAllStringIndex(seg, -1) {
		part := seg[prev:m[0]]
		prev = m[1]
		var st []int
		for _, c := range usItemStart.FindAllStringSubmatchIndex(part, -1) {
			marked := part[c[2]] == '*' || part[c[2]] < '0' || part[c[2]] > '9'
			gap := c[2] == 0 || part[c[2]-1] == '\n' || c[2] >= 2 && doc.IsSpaceByte(part[c[2]-2])
			if marked || gap {
				st = c
			}
		}
		if st == nil {
			continue
		}
		numStart, numEnd := st[2], st[3]
		titleStart := numEnd
		for titleStart < len(part) && (part[titleStart] == ' ' || part[titleStart] == '\t') {
			titleStart++
		}
		titleEnd := len(part)
		for titleEnd > titleStart && doc.IsSpaceByte(part[titleEnd-1]) {
			titleEnd--
		}
		base := m[0] - len(part)
		if titleEnd-titleStart < 8 || titleEnd-titleStart > 600 {
			continue
		}
		out = append(out, ItemFound{Start: start + base + numStart, TitleStart: start + base + titleStart,
			TitleEnd: start + base + titleEnd, Number: part[numStart:numEnd], Numbered: true})
		us++
	}
	if us >= 2 {
		for _, m := range usSection.FindAllStringSubmatchIndex(seg, -1) {
			out = append(out, ItemFound{Start: start + m[2], TitleStart: start + m[2], TitleEnd: start + m[3]})
		}
	}
	return out
}

// hasMinuteRefMark reports whether s has a letter, "/" and a digit in a
// row, as every minuteRef match does.
func hasMinuteRefMark(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == '/' && doc.IsASCIILetter(s[i-1]) && s[i+1] >= '0' && s[i+1] <= '9' {
			return true
		}
	}
	return false
}

// paperKinds are the words a usPaperKind match can start with after its
// bracket.
var paperKinds = []string{"Emergency ", "Non-Emergency ", "Ordinance", "Resolution", "Report", "Communication",
	"Second Reading", "Previous Agenda", "Proclamation", "Appeal", "Motion", "Consent"}

// hasPaperKindMark reports whether a bracket in s opens on one of the
// paperKinds, as every usPaperKind match does.
func hasPaperKindMark(s string) bool {
	for i := strings.IndexByte(s, '('); i >= 0; {
		rest := s[i+1:]
		for _, k := range paperKinds {
			if strings.HasPrefix(rest, k) {
				return true
			}
		}
		j := strings.IndexByte(rest, '(')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// titleRun returns the end of a title that starts at s[i]: capitalised
// words (and small words between them), stopping where the body starts:
// a repeat of the title's first word, an honorific, a label ending in a
// colon, or ten words.
func titleRun(s string, i int) int {
	end := i
	first := ""
	words := 0
	for pos := i; pos < len(s) && words < 10; {
		for pos < len(s) && (s[pos] == ' ' || s[pos] == '\t') {
			pos++
		}
		j := pos
		for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' {
			j++
		}
		if j == pos {
			break
		}
		w := s[pos:j]
		lw := strings.ToLower(strings.Trim(w, ":.,"))
		r, _ := utf8.DecodeRuneInString(w)
		if words > 0 && (lw == first || lex.Honorifics[lw] || strings.HasSuffix(w, ":")) {
			break
		}
		if !unicode.IsUpper(r) && !lex.SmallWords[lw] {
			break
		}
		if words == 0 {
			first = lw
		}
		words++
		if !lex.SmallWords[lw] {
			end = j
		}
		pos = j
	}
	return end
}

// inlineNumberRun reads a numbered line whose later numbers follow in the
// same paragraph, as a PDF or web viewer runs a list onto one line: "1.
// Next meeting - Items agreed for inclusion 2. Employment site A54 Members
// noted ...". Each number of the run (1., 2., 3. in order, each before a
// capital) starts an item. It returns nil unless two numbers at least run.
func inlineNumberRun(text string, start, end int) []ItemFound {
	seg := text[start:end]
	if seg == "" || seg[0] < '1' || seg[0] > '9' || !strings.Contains(seg[1:], ". ") {
		return nil // most lines: no number, or none after the first
	}
	num, rest, ok := input.LeadingNumber(seg)
	n, err := strconv.Atoi(num)
	if !ok || err != nil || n > 50 {
		return nil
	}
	starts, rests := []int{0}, []int{rest}
	for pos := rest; ; {
		next := strconv.Itoa(n+len(starts)) + ". "
		k := strings.Index(seg[pos:], " "+next)
		if k < 0 {
			break
		}
		at := pos + k + 1
		if r, _ := utf8.DecodeRuneInString(seg[at+len(next):]); !unicode.IsUpper(r) {
			break
		}
		starts, rests = append(starts, at), append(rests, at+len(next))
		pos = at + len(next)
	}
	if len(starts) < 2 {
		return nil
	}
	var out []ItemFound
	for k := range starts {
		stop := len(seg)
		if k+1 < len(starts) {
			stop = starts[k+1]
		}
		te := rests[k] + inlineTitleEnd(seg[rests[k]:stop])
		if te <= rests[k] {
			return nil
		}
		out = append(out, ItemFound{Start: start + starts[k], TitleStart: start + rests[k], TitleEnd: start + te,
			Number: strconv.Itoa(n + k), Numbered: true})
	}
	return out
}

// inlineTitleEnd is where the title at the start of s ends when its
// minute runs on after it: at a dash or colon within its first eight
// words ("Next meeting - Items agreed"), or before the capitalised word
// that opens the minute's first sentence ("Employment site A54 Members
// noted with concern"). It returns 0 when no title ends there.
func inlineTitleEnd(s string) int {
	words := fieldsWithPos(s)
	for i, w := range words {
		if i >= 8 {
			break
		}
		if i > 0 && (w.text == "-" || w.text == "–" || w.text == "—") {
			return words[i-1].end
		}
		if strings.HasSuffix(w.text, ":") {
			return w.end - 1
		}
		if i >= 2 && i+1 < len(words) && isCapitalised(w.text) && isLowerWord(words[i+1].text) {
			return words[i-1].end
		}
	}
	if len(words) <= 8 && len(words) > 0 && !endsSentence(s) {
		return words[len(words)-1].end
	}
	return 0
}

// isCapitalised tells whether w is a word in title case: a capital, then
// lower-case letters.
func isCapitalised(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && n < len(w) && isLowerWord(w[n:])
}

// isLowerWord tells whether every letter of w is lower case and it has one.
func isLowerWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsLower(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// word is a word of a line and where it ends.
type word struct {
	text string
	end  int
}

// fieldsWithPos splits s at spaces, each word with its end in s.
func fieldsWithPos(s string) []word {
	var out []word
	for i := 0; i < len(s); {
		for i < len(s) && doc.IsSpaceByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !doc.IsSpaceByte(s[j]) {
			j++
		}
		if j > i {
			out = append(out, word{s[i:j], j})
		}
		i = j
	}
	return out
}

// datedTitle is a dash and a full date ending a title run into the text:
// "General Meeting – Wednesday 19 April 2017", the minutes a council
// confirms named by their meeting's day.
var datedTitle = regexp.MustCompile(`\s[–—-]\s(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?[0-9]{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December),? [0-9]{4}\b`)

// datedItems appends the mixed-case titles ending in a dash and a date
// that a viewer ran into seg after a heading or page header in capitals:
// "CONSIDERATION OF MINUTES General Meeting – Wednesday 19 April 2017
// RESOLUTION: ...". The words before the dash are capitalised or small
// words, seven at most, and what stands before them is capitals or a
// number, the end of the flattened line above.
func datedItems(out []ItemFound, seg string, start int) []ItemFound {
	if !strings.Contains(seg, " – ") && !strings.Contains(seg, " - ") && !strings.Contains(seg, " — ") {
		return out
	}
	for _, m := range datedTitle.FindAllStringIndex(seg, -1) {
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(seg[m[1]:], " ")); unicode.IsLower(r) {
			continue // the date runs on into a sentence
		}
		ts, ok := titleBackFrom(seg, m[0])
		if !ok {
			continue
		}
		out = append(out, ItemFound{Start: start + ts, TitleStart: start + ts, TitleEnd: start + m[1], Unmarked: true})
	}
	return out
}

// titleBackFrom walks back from seg[end] over the words of a mixed-case
// title to capitals or a number before it, and returns where the title
// starts: at a capitalised word, two words at least, seven at most.
func titleBackFrom(seg string, end int) (int, bool) {
	words := fieldsWithPos(seg[:end])
	ts, n := -1, 0
	for k := len(words) - 1; k >= 0; k-- {
		w := words[k].text
		switch {
		case isCapitalised(w):
			ts = words[k].end - len(w)
		case isLowerWord(w):
		case n >= 2 && ts >= 0 && (isUpperLine(w) || startsDigitWord(w)):
			return ts, true
		default:
			return 0, false
		}
		if n++; n > 7 {
			return 0, false
		}
	}
	return 0, false
}

// startsDigitWord tells whether w starts with a digit.
func startsDigitWord(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }
