package items

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/input"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// ItemFound is an agenda item as found, in bytes.
type ItemFound struct {
	Start      int // the heading's first byte
	TitleStart int
	TitleEnd   int
	Number     string
	Numbered   bool
	// Unmarked is set on a title found by its layout alone (a short line
	// set apart, an upper-case line over prose): neither markup nor a
	// number says it is one.
	Unmarked bool
	// listed is set on an entry of a list (an agenda, a tracker's list of
	// issues): the minutes may take it up again under its own heading.
	listed bool
	// agenda is set on an entry of an agenda list: it takes up nothing
	// listed before it.
	agenda bool
}

// fieldLabels are the words minutes put over parts of an item, not items:
// ModernGov's "Agenda item", "Minutes:", "Discussion", "Decision",
// "Supporting documents:", and the like. Compared lower case, without a
// trailing colon.
var fieldLabels = map[string]bool{
	"agenda item": true, "minutes": true, "minute": true, "discussion": true, "decision": true,
	"decisions": true, "supporting documents": true, "actions": true, "action": true, "action points": true,
	"resolved": true, "notes": true, "summary": true, "purpose": true, "recommendation": true,
	"recommendations": true, "background": true, "outcome": true, "attachments": true, "documents": true,
	"item": true, "agenda": true, "contents": true, "report": true, "reasons for decision": true,
	"alternative options considered": true, "minutes of the meeting": true, "transcription": true,
	"download": true, "advertisement": true, "disposition": true, "motion": true,
	"links": true, "resources": true, "references": true, "date": true, "time": true,
	"location": true, "venue": true, "place": true, "date and time": true,
}

// actionLabels head a meeting's list of actions; the headings under one
// group the actions ("## Actions" over "##### Deliverables"), they are no
// items.
var actionLabels = map[string]bool{"actions": true, "action points": true, "action log": true, "actions arising": true}

// underActions tells whether heading i sits under a heading of a higher
// level that is an actionLabels label.
func underActions(d *doc.Document, i int) bool {
	lvl := d.Blocks[i].Level
	for k := i - 1; k >= 0; k-- {
		b := d.Blocks[k]
		if b.Kind != doc.Heading || b.Level == 0 || b.Level >= lvl {
			continue
		}
		return actionLabels[strings.ToLower(strings.TrimRight(strings.TrimSpace(d.BlockText(k)), ":"))]
	}
	return false
}

// attendanceWords mark the headings of attendance lists. Such a heading is
// an agenda item only when numbered or followed by prose ("Welcome and
// apologies" with its minute); over a list of names it is a label.
var attendanceWords = map[string]bool{
	"present": true, "attendees": true, "attendance": true, "apologies": true, "absent": true,
	"members": true, "officials": true, "officers": true, "presenters": true, "guests": true,
	"visitors": true, "attending": true,
}

// findItems segments the document into agenda items. isDate tells whether
// a line is a date and little else (the date recogniser's answer): such a
// line heads the minutes, not an item.
func Find(d *doc.Document, isDate func(string) bool) []ItemFound {
	var out, rows []ItemFound
	for i := 0; i < len(d.Blocks); i++ {
		b := d.Blocks[i]
		t := d.Text[b.Start:b.End]
		if isAgendaHead(d, i) {
			var agenda []ItemFound
			agenda, next := agendaItems(d, i)
			if len(agenda) > 0 {
				out = append(out, agenda...)
				i = next - 1
				continue
			}
		}
		if issue := isIssueEntry(t); b.Kind == doc.ListItem && (issue || isOutlineHead(d, i)) {
			if it, ok := agendaEntry(d, b); ok {
				it.listed = issue
				out = append(out, it)
			}
			continue
		}
		if b.Kind == doc.TableRow {
			if it, ok := tableRowItem(d, i, isDate); ok {
				rows = append(rows, it)
			}
			continue
		}
		if b.Kind == doc.ListItem {
			continue
		}
		if d.Format == doc.FormatText {
			if run := inlineNumberRun(d.Text, b.Start, b.End); run != nil {
				out = append(out, run...) // "1. Next meeting - ... 2. Employment site ..."
				continue
			}
		}
		if it, ok := headingItem(d, i, t, isDate); ok {
			out = append(out, it)
			continue
		}
		if d.Format == doc.FormatText && len(t) > 200 {
			out = append(out, inlineItems(d.Text, b.Start, b.End)...)
		}
	}
	if len(rows) >= 2 {
		// Minutes laid out as a table of numbered rows; one such row
		// alone is a table's entry.
		out = append(out, rows...)
		sortItems(out)
	}
	return numberedRun(listOfOne(slashRuns(takenUp(out, d.Text))))
}

// tableRowItem reads table row i as an item when its first cell is an
// item number alone and its second a title: "21/03 | Planning
// applications | The council considered ...".
func tableRowItem(d *doc.Document, i int, isDate func(string) bool) (ItemFound, bool) {
	b := d.Blocks[i]
	row := d.Text[b.Start:b.End]
	first, rest, ok := strings.Cut(row, "\t")
	if !ok {
		return ItemFound{}, false
	}
	num, after, numbered := input.LeadingNumber(strings.TrimSpace(first))
	if !numbered || after < len(strings.TrimSpace(first)) {
		return ItemFound{}, false
	}
	title, _, _ := strings.Cut(rest, "\t")
	ts := b.Start + len(first) + 1
	for ts < b.End && d.Text[ts] == ' ' {
		ts++
	}
	te := ts + len(strings.TrimSpace(title))
	if te <= ts || !titleLike(d.Text[ts:te], isDate, false) || fieldLabels[strings.ToLower(d.Text[ts:te])] {
		return ItemFound{}, false
	}
	return ItemFound{Start: b.Start, TitleStart: ts, TitleEnd: te, Number: num, Numbered: true}, true
}

// headingItem decides whether block i is an item heading: its number and
// title, the vetoes on the title, then what the block's layout says.
func headingItem(d *doc.Document, i int, t string, isDate func(string) bool) (ItemFound, bool) {
	b := d.Blocks[i]
	it := ItemFound{Start: b.Start, TitleStart: b.Start, TitleEnd: b.End}
	if !headingNumber(d, i, t, &it) {
		return it, false
	}
	title := headingTitle(d, b, &it)
	if notHeadingTitle(d, i, title, it.Numbered, isDate) {
		return it, false
	}
	if strings.HasSuffix(strings.TrimSpace(title), ":") {
		if b.Kind != doc.Heading || b.Level == 0 {
			return it, false // "Present:", "Minutes:": a label over what follows
		}
		// A heading marked as one keeps its colon over its minute: "###
		// 1st Order of business:". The colon is not the title's.
		for it.TitleEnd > it.TitleStart && (d.Text[it.TitleEnd-1] == ':' || d.Text[it.TitleEnd-1] == ' ') {
			it.TitleEnd--
		}
		title = d.Text[it.TitleStart:it.TitleEnd]
	}
	next := ""
	if j := nextBlock(d, i, it.TitleEnd); j >= 0 {
		next = d.BlockText(j)
	}
	if !it.Numbered && (isAttendanceLabel(title, input.IsProse(next)) || isDocumentTitle(title) || labelledLine(title)) {
		return it, false
	}
	if it.Numbered && emptyCells(d, i) {
		return it, false
	}
	ok, unmarked := headingByLayout(d, i, title, next, it.Numbered)
	it.Unmarked = unmarked
	return it, ok
}

// emptyCells tells whether numbered line i is a row of a table flattened
// to text whose other cells are empty: its line ends in a cell bar and
// the lines up to the next numbered one are bars alone ("11. Borough
// Council matters |", "|", "|", "12. School Governors |"). Nothing is
// minuted under it.
func emptyCells(d *doc.Document, i int) bool {
	if d.Format != doc.FormatText || !strings.HasSuffix(d.BlockText(i), "|") {
		return false
	}
	k := i + 1
	for ; k < len(d.Blocks); k++ {
		t := d.BlockText(k)
		if strings.Trim(t, "| \n") != "" {
			break
		}
	}
	if k == i+1 || k >= len(d.Blocks) {
		return false
	}
	_, _, numbered := input.LeadingNumber(d.BlockText(k))
	return numbered
}

// headingNumber reads block i's number, if any, into it, and where its
// title starts: after the number, or on the next line when the number
// stands alone ("1.1"). It reports false when the title is missing.
func headingNumber(d *doc.Document, i int, t string, it *ItemFound) bool {
	b := d.Blocks[i]
	num, rest, numbered := input.LeadingNumber(t)
	if !numbered && b.Kind == doc.Heading {
		num, rest, numbered = letterNumber(t)
	}
	if !numbered {
		num, rest, numbered = letterAlone(t)
	}
	if !numbered {
		return true
	}
	it.Number, it.Numbered = num, true
	it.TitleStart = b.Start + rest
	if it.TitleStart >= b.End {
		// "1.1" alone on its line, the title on the next.
		nb, ok := titleAfter(d, i)
		if !ok {
			return false
		}
		it.TitleStart, it.TitleEnd = nb.Start, nb.End
	}
	return true
}

// headingTitle trims the title of it to its words: no cell bar, reference
// or note, and for a numbered line that is no heading, not the minute
// after its colon.
func headingTitle(d *doc.Document, b doc.Block, it *ItemFound) string {
	it.TitleEnd = trimCell(d.Text, it.TitleStart, trimRef(d.Text, it.TitleStart, trimNote(d.Text, it.TitleStart, it.TitleEnd)))
	if e, ok := capsBeforeNote(d.Text[it.TitleStart:it.TitleEnd]); ok && b.Kind == doc.Paragraph {
		it.TitleEnd = it.TitleStart + e // "FACE-CFACE (post meeting - Helen C organising)"
	}
	title := d.Text[it.TitleStart:it.TitleEnd]
	if it.Numbered && b.Kind != doc.Heading {
		if e, ok := titleBeforeBody(title); ok {
			// "2215. To receive apologies for absence: Cllr Hale.": the
			// title, then its minute on the same line.
			it.TitleEnd = it.TitleStart + e
			title = d.Text[it.TitleStart:it.TitleEnd]
		}
	}
	return title
}

// capsBeforeNote finds a title in capitals with a note in brackets after
// it, in lower case: "FACE-CFACE (post meeting - Helen C and Helen J
// organising)". It returns the end of the capitals: the note is no part
// of the title, and the line is in capitals as a heading is.
func capsBeforeNote(t string) (int, bool) {
	k := strings.Index(t, " (")
	if k <= 0 || !strings.HasSuffix(t, ")") || !isUpperLine(t[:k]) || doc.CountLetters(t[:k]) < 3 {
		return 0, false
	}
	return k, strings.ContainsFunc(t[k:], unicode.IsLower)
}

// notHeadingTitle tells whether block i's title is none whatever the
// layout: an entry or a link, words no title has, a heading with nothing
// under it, or a field's label.
func notHeadingTitle(d *doc.Document, i int, title string, numbered bool, isDate func(string) bool) bool {
	b := d.Blocks[i]
	if numbered && (entryLabel.MatchString(title) || strings.HasPrefix(title, "http")) {
		return true // "3. ACTION: ...", a link: an entry, not a title
	}
	if !titleLike(title, isDate, b.Kind == doc.Heading && b.Level > 0) {
		return true
	}
	if b.Kind == doc.Heading && (bodiless(d, i) || underActions(d, i)) {
		return true
	}
	label := strings.ToLower(strings.TrimRight(strings.TrimSpace(title), ":"))
	// A label over part of an item; numbered in the run and with no colon
	// ("4. Minutes"), it is the item that approves them.
	return (fieldLabels[label] || joinedLabels(label)) && !(numbered && !strings.HasSuffix(strings.TrimSpace(title), ":"))
}

// joinedLabels tells whether a lower-case title is field labels joined by
// "and", "&" or commas: "Location and Time", "Date, time and venue". Each
// names a field of the meeting's header; together they are no item either.
func joinedLabels(label string) bool {
	parts := strings.FieldsFunc(strings.ReplaceAll(label, " and ", ","), func(r rune) bool { return r == ',' || r == '&' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !fieldLabels[strings.TrimSpace(p)] {
			return false
		}
	}
	return true
}

// headingByLayout decides by block i's layout whether its title heads an
// item, and whether only the layout, no markup, says so (unmarked).
func headingByLayout(d *doc.Document, i int, title, next string, numbered bool) (ok, unmarked bool) {
	b := d.Blocks[i]
	switch {
	case b.Kind == doc.Heading:
		return true, false
	case d.Format == doc.FormatMarkdown && !numbered && upperOverText(d, i, title):
		// Markdown converted from a word processor keeps no heading
		// styles: a line in capitals over a paragraph of text is still
		// a heading ("TEMPORAL BONES-CTEMP" over its protocol).
		return true, true
	case (d.Format == doc.FormatHTML || d.Format == doc.FormatMarkdown) && numbered && overMinute(d, i, title):
		// A numbered line over a paragraph of its own is a heading the
		// page did not mark: "<p>1. Apologies</p><p>Apologies were
		// received ...</p>", "**1. Call to order**" over its minute.
		return true, false
	case d.Format == doc.FormatHTML || d.Format == doc.FormatMarkdown:
		// HTML and Markdown mark their headings; a numbered paragraph ("i)
		// Lloyds Bank statement ...") in a run of them is a list entry.
		return false, false
	case numbered:
		// A numbered sentence ("1. MW to circulate the paper.") is a list
		// entry, not a heading.
		return !endsSentence(title) || WordCount(title) <= 3, false
	case endsSentence(title):
		return false, false
	case b.Alone:
		return true, true
	case isUpperLine(title) && input.IsProse(next):
		// PDF exports lose blank lines; an upper-case line over prose is
		// still a heading.
		return true, true
	}
	return false, false
}

// titleBeforeBody finds where a numbered line's title ends when its minute
// follows on the same line after a colon ("To receive apologies for
// absence: Cllr Hale and Cllr Ross."): the words before the colon, when
// they are a title and not a label in capitals ("ACTION:", "AGREED:").
// It returns the title's end in t.
func titleBeforeBody(t string) (int, bool) {
	c := strings.Index(t, ": ")
	if c < 0 {
		return titleBeforeDash(t)
	}
	if c == 0 || c > 100 || strings.TrimSpace(t[c+2:]) == "" {
		return 0, false
	}
	head := t[:c]
	if isUpperLine(head) && WordCount(head) == 1 || fieldLabels[strings.ToLower(head)] || HasSentenceBreak(head) {
		return 0, false
	}
	if strings.ContainsAny(head, ".;") || WordCount(head) > 12 || !strings.ContainsFunc(head, unicode.IsLetter) {
		return 0, false // a sentence, or a reference: "2019-008 : Resolution ..."
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(t[c+2:])); WordCount(head) == 1 && unicode.IsUpper(r) {
		return 0, false // a speaker and their words: "Item 56. Adams: Welcome."
	}
	return c, true
}

// titleBeforeDash finds where a numbered line's title ends when a dash
// sets its minute after it ("Payments - the clerk listed the payments due
// this month."): a sentence in lower case, six words at least. A dash
// before a few capitalised words is part of the title ("Roll Call -
// Determination of Quorum").
func titleBeforeDash(t string) (int, bool) {
	for _, dash := range []string{" - ", " – ", " — "} {
		c := strings.Index(t, dash)
		if c <= 0 || c > 100 {
			continue
		}
		rest := t[c+len(dash):]
		r, _ := utf8.DecodeRuneInString(rest)
		if !unicode.IsLower(r) || WordCount(rest) < 6 || WordCount(t[:c]) > 12 {
			return 0, false
		}
		return c, true
	}
	return 0, false
}

// overMinute tells whether block i, a numbered paragraph titled title, is
// followed by a paragraph that is not numbered and not in capitals: its
// minute. A numbered entry followed by the next entry is a list.
func overMinute(d *doc.Document, i int, title string) bool {
	if endsSentence(title) || WordCount(title) > 10 || i+1 >= len(d.Blocks) {
		return false
	}
	n := d.Blocks[i+1]
	if n.Kind != doc.Paragraph {
		return false
	}
	next := d.BlockText(i + 1)
	_, _, numbered := input.LeadingNumber(next)
	return !numbered && !isUpperLine(next) // "NO OBJECTIONS": a disposition, not a minute
}

// trimCell drops a table's cell separator from the end of
// text[start:end]: a table flattened to text keeps its bars ("1.
// Attendance |"); and a heading's permalink mark ("Budget#", "Grants
// ¶"), which pages put after every heading.
func trimCell(text string, start, end int) int {
	for end > start {
		switch {
		case text[end-1] == '|' || text[end-1] == ' ' || text[end-1] == '#':
			end--
		case strings.HasSuffix(text[start:end], "¶"):
			end -= len("¶")
		case strings.HasSuffix(text[start:end], "§"):
			end -= len("§")
		default:
			return end
		}
	}
	return end
}

// isDocumentTitle reports whether a heading is the document's own title
// ("Minutes - Liverpool CCG", "Minutes of the meeting"), not an item.
func isDocumentTitle(t string) bool {
	lt := strings.ToLower(strings.TrimSpace(t))
	if meetingMinutes(lt) {
		return true
	}
	if !strings.HasPrefix(lt, "minutes") {
		return false
	}
	rest := strings.TrimSpace(lt[len("minutes"):])
	return rest == "" || strings.HasPrefix(rest, "of ") || strings.HasPrefix(rest, "-") ||
		strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "for ")
}

// meetingMinutes reports whether a lower-case heading names the minutes
// of a meeting by their end: "annual meeting 2016-06-11 minutes", "board
// meeting minutes". "approval of board meeting minutes" and "previous
// meeting minutes" are items about other minutes.
func meetingMinutes(lt string) bool {
	words := strings.Fields(lt)
	if len(words) < 2 || words[len(words)-1] != "minutes" {
		return false
	}
	meeting := false
	for _, w := range words[:len(words)-1] {
		switch w {
		case "meeting":
			meeting = true
		case "of", "previous", "last", "approval", "approve", "signing", "draft":
			return false
		}
	}
	return meeting
}

// nextBlock returns the index of the first block that starts at or after
// pos, after block i.
func nextBlock(d *doc.Document, i, pos int) int {
	for j := i + 1; j < len(d.Blocks); j++ {
		if d.Blocks[j].Start >= pos {
			return j
		}
	}
	return -1
}

// isAttendanceLabel reports whether an unnumbered heading heads an
// attendance list: made of attendance words only ("Present", "Members
// present"), or ending in one over a list rather than prose ("Transparency
// Board Members"). "Welcome and apologies" over its minute is an item.
func isAttendanceLabel(title string, proseFollows bool) bool {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	all := true
	for _, w := range words {
		if !attendanceWords[w] && !lex.SmallWords[w] && w != "also" && w != "apologies" {
			all = false
		}
	}
	if all {
		return true
	}
	return attendanceWords[words[len(words)-1]] && !proseFollows
}

// labelledLine reports whether an unnumbered line is a field: an
// attendance or field label, its colon, and the entries on the same line
// ("Present: Cllr A. Smith (Chair), Cllr B. Jones", "Venue: Village
// Hall"). Set apart by blank lines it is still no item.
func labelledLine(title string) bool {
	label, rest, ok := strings.Cut(title, ":")
	if !ok || strings.TrimSpace(rest) == "" {
		return false
	}
	label = strings.ToLower(strings.TrimSpace(label))
	return fieldLabels[label] || isAttendanceLabel(label, false) && WordCount(label) <= 3
}

// titleLike reports whether a line can be an item's title: a few words,
// starting with a capital or digit, not ending like a sentence or a list
// entry, and not a date or time on its own. A heading marked as one needs
// no capital: trackers' titles keep the case of a name ("jest Charter
// Review", "charter: revised membership rules").
func titleLike(t string, isDate func(string) bool, marked bool) bool {
	t = strings.TrimSpace(t)
	if t == "" || utf8.RuneCountInString(t) > 160 {
		return false
	}
	n := WordCount(t)
	if n == 0 || n > 20 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if !marked && !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '‘' || r == '“' || r == '"' || r == '\'' || innerCapital(t)) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(",;", last) || (last == '.' && n > 6) {
		return false
	}
	if doc.CountLetters(t) < 2 {
		return false
	}
	if HasSentenceBreak(t) {
		return false // two sentences are a paragraph, not a title
	}
	// A line that is only a date (with a time) heads the minutes, not an item.
	return !isDate(t)
}

func WordCount(t string) int { return len(strings.Fields(t)) }

func endsSentence(t string) bool {
	t = strings.TrimRight(t, " ")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, ".)")
}

// upperOverText reports whether paragraph i is a line in capitals with
// a paragraph not in capitals after it.
func upperOverText(d *doc.Document, i int, title string) bool {
	if d.Blocks[i].Kind != doc.Paragraph || i+1 >= len(d.Blocks) || !isUpperLine(title) {
		return false
	}
	n := d.Blocks[i+1]
	return n.Kind == doc.Paragraph && !isUpperLine(d.BlockText(i+1))
}

// isUpperLine reports whether every letter of a short line is upper case.
func isUpperLine(t string) bool {
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			if unicode.IsLower(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 3 && WordCount(t) <= 12
}

func sortItems(items []ItemFound) {
	for i := 1; i < len(items); i++ {
		for j := i; j > 0 && items[j].Start < items[j-1].Start; j-- {
			items[j], items[j-1] = items[j-1], items[j]
		}
	}
}

// HasSentenceBreak reports whether t has a full stop (or ! or ?) after
// three lower-case letters, then spaces and a capital: a sentence ends
// there, not an initial or a short abbreviation. It is the pattern
// [a-z]{3,}[.!?] +[A-Z], scanned by hand because it runs on every line.
func HasSentenceBreak(t string) bool {
	for i := 3; i+2 < len(t); i++ {
		if c := t[i]; c != '.' && c != '!' && c != '?' {
			continue
		}
		if !isLowerASCII(t[i-1]) || !isLowerASCII(t[i-2]) || !isLowerASCII(t[i-3]) {
			continue
		}
		j := i + 1
		for j < len(t) && t[j] == ' ' {
			j++
		}
		if j > i+1 && j < len(t) && t[j] >= 'A' && t[j] <= 'Z' {
			return true
		}
	}
	return false
}

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// innerCapital reports whether the first word has a capital after a
// lower-case start: "e-Prescribing", "iPad".
func innerCapital(t string) bool {
	first, _, _ := strings.Cut(t, " ")
	for i, r := range first {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// titleAfter finds the title of a number alone on its line (block i):
// the next block, or the one after it when the next is a paragraph run
// over several lines. A PDF's columns interleave so: "IV." then the
// roster of the column beside it, then "Retiree Awards".
func titleAfter(d *doc.Document, i int) (doc.Block, bool) {
	for j := i + 1; j < len(d.Blocks) && j <= i+2; j++ {
		nb := d.Blocks[j]
		if nb.Kind == doc.ListItem {
			return nb, false
		}
		if j == i+2 || !strings.Contains(d.Text[nb.Start:nb.End], "\n") {
			return nb, true
		}
	}
	return doc.Block{}, false
}

// letterAlone reads a capital letter alone on its line as a number ("A."
// over "May 2019 Service Changes"): with nothing after it, it is no
// name's initial.
func letterAlone(t string) (num string, rest int, ok bool) {
	t = strings.TrimRight(t, " ")
	if len(t) != 2 || t[0] < 'A' || t[0] > 'Z' || (t[1] != '.' && t[1] != ')') {
		return "", 0, false
	}
	return t[:1], len(t), true
}

// letterNumber reads a capital letter numbering a heading: "### C. Updates",
// "B) Recommended Actions". Markup says the line is a heading, so the
// letter is not a name's initial.
func letterNumber(t string) (num string, rest int, ok bool) {
	if len(t) < 4 || t[0] < 'A' || t[0] > 'Z' || (t[1] != '.' && t[1] != ')') || t[2] != ' ' {
		return "", 0, false
	}
	return t[:1], 3, true
}

// bodiless reports whether heading i has nothing under it: the next block
// is a heading of its own level or above. Minutes hold such headings over
// attachments ("a. Exhibit I", "b. Exhibit II") and as labels over a
// section whose own headings are the items ("### Key Discussion Points"
// over "## CT Audit"); an item is a title with its minute under it. Only
// markup gives the levels to tell a heading over deeper ones.
func bodiless(d *doc.Document, i int) bool {
	b := d.Blocks[i]
	if b.Level == 0 || i+1 >= len(d.Blocks) {
		return false
	}
	n := d.Blocks[i+1]
	if n.Kind != doc.Heading || n.Level == 0 || n.Level > b.Level || carriesMinute(d.BlockText(i)) {
		return false
	}
	// A label heading at the item's level heads the item's own minute:
	// "### Apologies" over "### Minutes:" and its text.
	next := strings.TrimSpace(d.BlockText(i + 1))
	return !strings.HasSuffix(next, ":") && !fieldLabels[strings.ToLower(next)]
}

// carriesMinute tells whether a heading writes its minute, a date, after
// a dash or a colon on its own line: "E. Next Meeting Date - November 12,
// 2019". With nothing under it, it is still an item. A dash before other
// words is part of the title ("2019 Resolution - 008 Authorizing ...").
func carriesMinute(t string) bool {
	for _, sep := range []string{" - ", " – ", " — ", ": "} {
		k := strings.Index(t, sep)
		if k <= 0 {
			continue
		}
		first, _, _ := strings.Cut(strings.TrimSpace(t[k+len(sep):]), " ")
		w := strings.ToLower(strings.Trim(first, ",."))
		if _, ok := lex.MonthNames[w]; ok {
			return true
		}
		if _, ok := lex.WeekdayNames[w]; ok {
			return true // "Next meeting - Tuesday 5 May"
		}
	}
	return false
}

// isIssueEntry reports whether a list entry's first line ends in an issue
// reference ("Create new Ecosystem Sustainability Program #1277",
// "Copyright Date TSC#195"): trackers' minutes list the issues they take
// up, one entry each, their notes under them.
func isIssueEntry(t string) bool {
	first, _, _ := strings.Cut(t, "\n")
	if strings.IndexByte(first, '#') < 0 {
		return false
	}
	m := issueRef.FindStringIndex(first)
	return m != nil && m[0] > 0
}
