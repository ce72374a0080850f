package people

import (
	"slices"
	"strings"
	"unicode"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// Attendance lists come in two shapes. Inline: a label and the names on
// the same line, split by commas, semicolons and "and" ("Apologies
// received from Cllrs. Kim Davies, Hubert Gwynne and Doris Jones.";
// "THOSE PRESENT WERE: Mayor Adams, Presiding; Commissioners Fish,
// Fritz"). By line: a label alone on its line and one person a line
// under it, each maybe with a role after a bracket, dash or comma ("Mark
// Wardle (MW) (Chair) - Cardiff and Vale UHB"), sometimes with the roles
// as a second column after the names (PDF text).

// listed is one person found in an attendance list.
type listed struct {
	nf     nameFound
	name   string
	role   string
	status string
	alias  string
}

// sameLine reports whether token j exists and stays on the line before it.
func sameLine(toks []doc.Token, j int) bool {
	return j < len(toks) && !toks[j].LineStart
}

// maxLabelTokens bounds an attendance label and what follows it on its
// line for headerAt's look: "Apologies for absence were received from:".
const maxLabelTokens = 16

// lineEnd returns the end (exclusive token index) of the line starting
// at token i.
func lineEnd(toks []doc.Token, i int) int {
	j := i + 1
	for j < len(toks) && !toks[j].LineStart {
		j++
	}
	return j
}

// phraseAt finds the longest attendance phrase starting at toks[i] and
// returns its status and the index after it.
func phraseAt(toks []doc.Token, i, limit int) (string, int) {
	status, next := "", i
	n := attendanceTrie
	for j := i; j < limit && j < i+7; j++ {
		t := toks[j]
		if t.Kind != doc.Word {
			break
		}
		if j > i && t.LineStart {
			break
		}
		c := n.Child(t.Lower)
		if c == nil && j == i && (j+1 >= len(toks) || toks[j+1].LineStart) {
			c = n.Child(misspeltLabel(t.Lower)) // "Attendace" alone on its line
		}
		if n = c; n == nil {
			break
		}
		if n.Ok {
			status, next = n.Value, j+1
		}
	}
	return status, next
}

// misspeltLabels are the long one-word attendance labels a typing slip
// may reach: a line that is one of them with one letter dropped, added,
// changed or two swapped is that label.
var misspeltLabels = func() []string {
	var out []string
	for p := range lex.AttendancePhrases {
		if len(p) >= 8 && !strings.Contains(p, " ") {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return out
}()

// misspeltLabel is the label w is one slip away from, or "".
func misspeltLabel(w string) string {
	if len(w) < 7 {
		return ""
	}
	for _, l := range misspeltLabels {
		if oneSlip(w, l) {
			return l
		}
	}
	return ""
}

// oneSlip tells whether a and b differ by one edit: a letter dropped,
// added or changed, or two neighbours swapped.
func oneSlip(a, b string) bool {
	if a == b || len(a)-len(b) > 1 || len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	switch {
	case len(a) == len(b):
		return a[i+1:] == b[i+1:] || i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case len(a) < len(b):
		return a[i:] == b[i+1:]
	default:
		return a[i+1:] == b[i:]
	}
}

// attendanceTrie holds attendancePhrases word by word.
var attendanceTrie = lex.NewPhraseTrie(lex.AttendancePhrases)

// header is an attendance label found at a token.
type header struct {
	status  string
	role    string // the office its people hold: "Chair"
	content int    // token index where the names start
	inline  bool
}

// headerAt tells whether an attendance label starts at toks[i]. A label
// starting a line may stand alone, end in a colon, or run into its names
// after "from"/"were"; one inside a line needs a capital and a colon or
// "from" ("... Cou/285/07-08 Present Members: Cllr P Batty ...").
func headerAt(text string, toks []doc.Token, i int) (header, bool) {
	lineStart := i == 0 || toks[i].LineStart
	if lineStart {
		// "Transparency Board Members", "Officials (regular attendees)":
		// a short capitalised line that ends in a label. Only line starts
		// pay for finding the line's end, so a page-long line costs once.
		if h, ok := standaloneHeader(toks, i, lineEnd(toks, i)); ok {
			return h, true
		}
	}
	t := toks[i]
	if t.Kind != doc.Word || !startsUpper(t.Text) {
		return header{}, false
	}
	// A label is a few words: look no further than that along the line.
	end := i + 1
	for end < len(toks) && end < i+maxLabelTokens && !toks[end].LineStart {
		end++
	}
	status, next := phraseAt(toks, i, end)
	if status == "" {
		return header{}, false
	}
	if capsLabel(toks, i, next) {
		return header{status: status, content: next, inline: true}, true
	}
	return labelEnd(toks, status, next, end, lineStart)
}

// capsLabel tells whether the label in toks[i:next] is written in
// capitals and runs straight into a name with an honorific, as a page
// flattened into one line gives it: "ATTENDANCE Crs W Devlin, W
// Attwood OFFICERS PRESENT Mr Norm Garsden, ...".
func capsLabel(toks []doc.Token, i, next int) bool {
	for _, t := range toks[i:next] {
		if !isAllCaps(t.Text) {
			return false
		}
	}
	_, _, ok := honorificAt(toks, next)
	return ok && next < len(toks) && !toks[next].LineStart
}

// labelMarks end a label before its names: "Present:", "Apologies -".
var labelMarks = lex.WordSet(`: - –`)

// runOnWords end a label that runs into its names: "Apologies were
// received from Cllr Purves", "Those present were Mayor Adams".
var runOnWords = lex.WordSet(`from were`)

// labelEnd tells whether the attendance phrase found before toks[next]
// (the label's reach ending at toks[end]) ends a label, and where the
// names start.
func labelEnd(toks []doc.Token, status string, next, end int, lineStart bool) (header, bool) {
	switch j := next; {
	case j < end && labelMarks[toks[j].Text]:
		return header{status: status, content: j + 1, inline: sameLine(toks, j+1)}, true
	case runOnWords[toks[next-1].Lower]:
		return header{status: status, content: j, inline: sameLine(toks, j)}, true
	case lineStart && (j == len(toks) || toks[j].LineStart):
		// A label alone on its line: the names are under it.
		return header{status: status, content: j}, true
	}
	return header{}, false
}

// standaloneHeader matches a whole line that is a label, with up to
// three capitalised words before it and a bracketed note after it.
func standaloneHeader(toks []doc.Token, i, end int) (header, bool) {
	j := end
	if j > i && toks[j-1].Text == ":" {
		j--
	}
	if j > i && toks[j-1].Text == ")" {
		var h header
		var ok bool
		if h, j, ok = bracketLabel(toks, i, j, end); ok {
			return h, true
		}
	}
	for k := i; k < j && k <= i+3; k++ {
		if s, n := phraseAt(toks, k, j); s != "" && n == j {
			if !labelLead(toks[i:k]) {
				return header{}, false
			}
			if k-i == 2 && memberGroups[toks[i].Lower] {
				s = "present" // "Directors and Officers Present": the members lead
			}
			return header{status: s, content: end}, true
		}
	}
	return header{}, false
}

// bracketLabel reads the bracketed note that ends toks[i:j] as the
// label: "Officials (regular attendees)". When it is none it returns
// where the note starts, for the words before it to be the label.
func bracketLabel(toks []doc.Token, i, j, end int) (header, int, bool) {
	k := j - 1
	for k > i && toks[k].Text != "(" {
		k--
	}
	if k <= i {
		return header{}, j, false
	}
	if s, n := phraseAt(toks, k+1, j-1); s != "" && n == j-1 {
		return header{status: s, content: end}, j, true
	}
	return header{}, k, false
}

// labelLead tells whether the words before a label may lead it: all
// capitalised, none that makes a heading of an item ("Welcome and
// Apologies" heads an agenda item, not a list).
func labelLead(toks []doc.Token) bool {
	if len(toks) == 2 && toks[1].Lower == "and" && groupNouns[toks[0].Lower] && startsUpper(toks[0].Text) {
		return true // "Directors and Officers Present": two groups, one list
	}
	for _, t := range toks {
		if t.Kind != doc.Word || !startsUpper(t.Text) || notLabelWords[t.Lower] {
			return false
		}
	}
	return true
}

// groupNouns name a group of people who attend, which may lead an
// attendance label with "and".
var groupNouns = lex.WordSet(`directors members councillors trustees governors officers staff
commissioners officials representatives`)

// memberGroups are the groups whose people are the body's members: a
// list they lead is of those present.
var memberGroups = lex.WordSet(`directors members councillors trustees governors commissioners`)

// notLabelWords before an attendance word make a heading of an item:
// "Welcome and Apologies", "Introductions and Apologies".
var notLabelWords = lex.WordSet(`and welcome welcomes introduction introductions chair chairs chairman
notes note to for of`)

// everyoneWords answer an attendance label for the whole body:
// "Attendance: all", "Present: everyone".
var everyoneWords = lex.WordSet(`all everyone everybody`)

// everyoneAt tells whether the label h says that all attended: one of
// everyoneWords and nothing more on its line.
func everyoneAt(toks []doc.Token, h header) bool {
	j := h.content
	return h.inline && h.status == "present" && j < len(toks) && everyoneWords[toks[j].Lower] &&
		(j+1 == len(toks) || toks[j+1].LineStart || fullStop(toks, j+1))
}

// findLists reads every attendance list, by the conventions of the
// document's genre g. It returns the people, the byte ranges the lists
// cover, which the narrative pass leaves alone, whether a label said that
// everyone attended, and the labels that head no entries: a "Present:"
// whose names were lost to the layout, the extractor's or the page's.
func findLists(text string, toks []doc.Token, g string) ([]listed, [][2]int, bool, []string) {
	var out []listed
	var ranges [][2]int
	var empty []string
	everyone := false
	chat := chatGenre(g)
	for i := 0; i < len(toks); i++ {
		var h header
		var ok bool
		if chat {
			h, ok = chatHeaderAt(text, toks, i)
		} else {
			h, ok = headerAt(text, toks, i)
		}
		if !ok {
			continue
		}
		if everyoneAt(toks, h) {
			everyone = true
			continue
		}
		start := toks[i].Start
		var ppl []listed
		var next int
		switch {
		case chat:
			ppl, next = chatList(text, toks, h)
		case h.inline:
			ppl, next = inlineRun(text, toks, h.content, h.status)
			if len(ppl) > 0 && next < len(toks) {
				// Further lists may follow on the next lines.
				if _, more := headerAt(text, toks, next); !more && toks[next].LineStart {
					var p2 []listed
					p2, next = lineList(text, toks, next, h.status)
					ppl = append(ppl, p2...)
				}
			}
		default:
			ppl, next = lineList(text, toks, h.content, h.status)
		}
		if len(ppl) == 0 {
			if h.content > i && toks[h.content-1].Text == ":" && !saysNone(toks, h.content) {
				// Only a label written as one: "Officers" heading an
				// election, or a role in a table's column, heads no list.
				empty = append(empty, strings.TrimSpace(text[toks[i].Start:toks[max(i, h.content-1)].End]))
			}
			continue
		}
		out = append(out, ppl...)
		end := toks[len(toks)-1].End
		if next < len(toks) {
			end = toks[next].Start
		}
		ranges = append(ranges, [2]int{start, end})
		i = next - 1
	}
	return out, ranges, everyone, empty
}

// saysNone tells whether a label's content says there is no one: "None",
// "Nil", "N/A", "no apologies".
func saysNone(toks []doc.Token, i int) bool {
	switch doc.LowerAt(toks, i) {
	case "none", "nil", "n", "no", "nobody", "noone":
		return true
	}
	return false
}

// inlineList reads names from toks[i] to the end of the sentence.
func inlineList(text string, toks []doc.Token, i int, status string) ([]listed, int) {
	r := inlineReader{text: text, toks: toks, status: status, lineFrom: -1, lineTo: -1}
	for i < len(toks) {
		next, ok := r.entry(i)
		if !ok {
			break
		}
		i = r.skip(next, entrySeparators)
		if i >= len(toks) || toks[i].Kind != doc.Word {
			break
		}
		if r.roleAfterComma(i) {
			i = r.skip(r.readRole(i), roleSeparators)
		}
	}
	return r.out, i
}

// inlineReader is the state of reading one inline list.
type inlineReader struct {
	text   string
	toks   []doc.Token
	status string
	out    []listed
	// carry is set by a plural honorific ("Commissioners Fish, Fritz"),
	// whose reach ends at a semicolon or the next honorific.
	carry bool
	// The end of the line of the names, found once per line: a list of
	// thousands of names on one line made every name walk to its end.
	lineFrom, lineTo int
}

// mode is the evidence a name needs here.
func (r *inlineReader) mode() nameMode {
	if r.carry {
		return carryName
	}
	return listName
}

// entry reads one person from toks[i] (an office before the name, the
// name, notes after it) and returns where the entry ends.
func (r *inlineReader) entry(i int) (int, bool) {
	lead, at := leadingRole(r.text, r.toks, i, len(r.toks))
	nf, next, ok := parseName(r.text, r.toks, at, len(r.toks), r.mode())
	if !ok {
		return i, false
	}
	if nf.hon != "" {
		r.carry = nf.plural
	}
	p := listed{nf: nf, name: nameText(r.text, nf), status: r.status, role: lead}
	if nf.first < r.lineFrom || nf.first >= r.lineTo {
		r.lineFrom, r.lineTo = nf.first, lineEnd(r.toks, nf.first)
	}
	next = tailNotes(r.text, r.toks, next, r.lineTo, &p)
	r.out = append(r.out, p)
	return next, true
}

// entrySeparators split the entries of an inline list; roleSeparators
// end an office read after a comma.
var (
	entrySeparators = lex.WordSet(`, ; and &`)
	roleSeparators  = lex.WordSet(`, ; and`)
)

// skip steps over separators from toks[i]; a semicolon ends a plural
// honorific's reach ("Mayor Adams, Presiding; Commissioners Fish").
func (r *inlineReader) skip(i int, seps map[string]bool) int {
	for ; i < len(r.toks) && seps[r.toks[i].Lower]; i++ {
		if r.toks[i].Text == ";" {
			r.carry = false
		}
	}
	return i
}

// roleAfterComma tells whether the piece at toks[i], after a comma, is
// the office of the entry before it rather than a name: "Karla
// Moore-Love, Clerk of the Council; ...". It must start with a capital
// and, unless the entry has no office yet, with a role word.
func (r *inlineReader) roleAfterComma(i int) bool {
	t := r.toks[i]
	if r.toks[i-1].Text != "," || !startsUpper(t.Text) || !(lex.RoleWords[t.Lower] || r.out[len(r.out)-1].role == "") {
		return false
	}
	_, _, isName := parseName(r.text, r.toks, i, len(r.toks), r.mode())
	return !isName
}

// readRole reads the office at toks[i] up to a comma, semicolon, full
// stop or line end, gives it to the entry before unless that has one,
// and returns where it ends.
func (r *inlineReader) readRole(i int) int {
	toks := r.toks
	j := i
	for j < len(toks) && toks[j].Text != ";" && toks[j].Text != "," && !fullStop(toks, j) && (j == i || !toks[j].LineStart) && (j == i || !namesNext(toks, j)) {
		j++
	}
	if last := &r.out[len(r.out)-1]; last.role == "" {
		last.role = strings.TrimSpace(r.text[toks[i].Start:toks[j-1].End])
	}
	return j
}

// namesNext tells whether a name with an honorific starts at toks[j]:
// an office read after a comma ends there ("Chief Executive Officer Mr
// David Munro" on a flattened line).
func namesNext(toks []doc.Token, j int) bool {
	_, _, ok := honorificAt(toks, j)
	return ok
}

// fullStop tells whether toks[j] is a full stop that ends a sentence.
func fullStop(toks []doc.Token, j int) bool {
	return toks[j].Text == "." && (j+1 >= len(toks) || toks[j+1].SpaceBefore)
}

// tailNotes reads what follows a name in a list: bracketed initials
// ("(MW)"), a bracketed role ("(Chair)"), notes to skip ("(arrived at
// 7.01pm)"), and in a line list a role after a dash. It returns where
// the entry ends.
func tailNotes(text string, toks []doc.Token, i, lineEnd int, p *listed) int {
	var roles []string
	if p.role != "" {
		roles = append(roles, p.role)
	}
	for i < lineEnd {
		t := toks[i]
		if t.Text == "(" {
			j := i + 1
			for j < lineEnd && toks[j].Text != ")" {
				j++
			}
			if j >= lineEnd {
				break
			}
			inner := strings.TrimSpace(text[t.End:toks[j].Start])
			switch {
			case j == i+2 && isAlias(inner):
				p.alias = inner
			case isNote(inner):
			default:
				roles = append(roles, inner)
			}
			i = j + 1
			continue
		}
		if (t.Text == "-" || t.Text == "–" || t.Text == "—") && i+1 < lineEnd {
			roles = append(roles, strings.TrimSpace(text[toks[i+1].Start:toks[lineEnd-1].End]))
			i = lineEnd
			break
		}
		break
	}
	if len(roles) > 0 {
		p.role = strings.Join(roles, ", ")
	}
	return i
}

// isNote is a bracketed remark on attendance, not a role: times,
// arrivals, departures, items.
func isNote(s string) bool {
	ls := strings.ToLower(s)
	for _, w := range []string{"arrived", "left", "joined", "departed", "item", "minute", "part", "via", "from", "until", "remote", "virtual"} {
		if strings.Contains(ls, w) {
			return true
		}
	}
	return strings.IndexFunc(s, unicode.IsDigit) >= 0
}

// leadingRole reads an office written before a name in a list ("City
// Manager Tom Ellis"): up to four capitalised words, one of them a role
// word, followed by a name. It returns the office and where the name
// starts, or "" and i.
func leadingRole(text string, toks []doc.Token, i, limit int) (string, int) {
	hasRole := false
	for j := i; j < limit && j < i+4; j++ {
		t := toks[j]
		if t.Kind != doc.Word || !startsUpper(t.Text) || lex.Honorifics[t.Lower] || (j > i && t.LineStart) {
			return "", i
		}
		if lex.RoleWords[t.Lower] {
			hasRole = true
		}
		if hasRole && j+1 < limit && couldStartName(toks[j+1]) && !lex.RoleWords[toks[j+1].Lower] {
			if _, _, ok := parseName(text, toks, j+1, limit, strictName); ok {
				return text[toks[i].Start:t.End], j + 1
			}
		}
	}
	return "", i
}
