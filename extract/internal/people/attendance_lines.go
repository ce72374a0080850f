package people

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

import (
	"strings"
	"unicode"
)

// Line lists: a label alone on its line, one person a line under it,
// sometimes with a column of roles after the column of names.

// lineList reads one person (or a run of names) a line, from toks[i],
// following sub-labels ("VOTING MEMBERS:") and a column of roles after
// the names.
func lineList(text string, toks []doc.Token, i int, status string) ([]listed, int) {
	r := lineReader{text: text, toks: toks, status: status}
	for lines := 0; i < len(toks) && lines < 120; lines++ {
		end := lineEnd(toks, i)
		if h, ok := headerAt(text, toks, i); ok {
			i = r.subLabel(h)
			continue
		}
		if ppl, ok := groupRun(text, toks, i, end, r.status); ok {
			r.add(ppl)
			i = end
			continue
		}
		if ppl, next, ok := lineEntries(text, toks, i, end, r.status); ok {
			r.add(ppl)
			i = next
			continue
		}
		if tableFurniture(toks, i, end) {
			i = end // "Title", "Arrived", "5:13 PM": a flattened table's other cells
			continue
		}
		if r.pending == 0 {
			break
		}
		next := r.roleColumn(i)
		if next == i {
			break
		}
		i = next
	}
	return r.out, i
}

// tableFurniture tells whether the line toks[i:end] is a cell of an
// attendance table that a PDF flattened one cell a line, other than a
// name: a column's header ("Attendee Name", "Title", "Arrived") or a
// time ("5:13 PM").
func tableFurniture(toks []doc.Token, i, end int) bool {
	if end <= i {
		return false
	}
	for k := i; k < end; k++ {
		t := toks[k]
		switch {
		case t.Kind == doc.Number || t.Text == ":":
		case t.Kind == doc.Word && (columnHeads[t.Lower] || t.Lower == "am" || t.Lower == "pm"):
		default:
			return false
		}
	}
	return true
}

// columnHeads are the words of an attendance table's column headers.
var columnHeads = map[string]bool{
	"attendee": true, "name": true, "names": true, "title": true, "role": true, "status": true,
	"arrived": true, "left": true, "departed": true, "position": true, "organisation": true,
	"organization": true,
}

// lineReader is the state of reading one line list.
type lineReader struct {
	text    string
	toks    []doc.Token
	status  string
	out     []listed
	pending int // names since the last roles were read, for a role column
	// Two labels in a row ("Board Members" over "Officials") are the
	// heads of two columns flattened into one: people given with an
	// organisation belong to the second, the others to the first.
	stacked string
	since   int // people since the last label
}

// subLabel follows a label inside the list ("VOTING MEMBERS:"), reading
// the names on its line if any, and returns where the list goes on.
func (r *lineReader) subLabel(h header) int {
	r.stacked = ""
	if r.since == 0 && !h.inline && h.status != r.status {
		r.stacked = r.status
	}
	r.status, r.since = h.status, 0
	r.pending = 0
	if !h.inline {
		return h.content
	}
	ppl, next := inlineRun(r.text, r.toks, h.content, r.status)
	r.out = append(r.out, ppl...)
	return next
}

// add takes the people of one line; under stacked labels those without
// an organisation (no role, or a role that starts with a role word)
// belong to the first label.
func (r *lineReader) add(ppl []listed) {
	for k := range ppl {
		if f := strings.Fields(strings.ToLower(ppl[k].role)); r.stacked != "" && (len(f) == 0 || lex.RoleWords[f[0]]) {
			ppl[k].status = r.stacked
		}
	}
	r.since += len(ppl)
	r.out = append(r.out, ppl...)
	r.pending += len(ppl)
}

// roleColumn reads a column of roles after the column of names from
// toks[i], gives them to the names when there is one for each, and
// returns where the column ends.
func (r *lineReader) roleColumn(i int) int {
	next, roles := roleColumn(r.text, r.toks, i)
	if len(roles) == r.pending {
		for k, role := range roles {
			if p := &r.out[len(r.out)-r.pending+k]; p.role == "" {
				p.role = role
			}
		}
	}
	r.pending = 0
	return next
}

// lineEntries reads the people on one line of a line list: a name and
// its role, or names split by commas and "and", which may run on over
// lines. It returns them and where they end.
func lineEntries(text string, toks []doc.Token, i, end int, status string) ([]listed, int, bool) {
	i = skipBullets(toks, i, end)
	alias, i := leadingAlias(text, toks, i, end)
	lead, at := leadingRole(text, toks, i, end)
	nf, next, ok := parseName(text, toks, at, end, entryName)
	if !ok {
		return nil, i, false
	}
	if nf.plural {
		// "Councillors Alun Davies, Arwel Davies and Owen Williams."
		ppl, _ := inlineList(text, toks, i, status)
		return ppl, end, len(ppl) > 0
	}
	p := listed{nf: nf, name: nameText(text, nf), status: status, role: lead, alias: alias}
	next = tailNotes(text, toks, next, end, &p)
	// "Cllr. O. Williams took the Chair": prose, not a list entry.
	if next < end && toks[next].Kind == doc.Word && toks[next].Lower != "and" {
		return nil, i, false
	}
	if next < end && (toks[next].Text == "," || toks[next].Lower == "and") {
		if ppl, runEnd, ok := commaRun(text, toks, i, end, status); ok {
			return ppl, runEnd, true
		}
		if ppl, ok := namesOnLine(text, toks, i, next, end, status); ok {
			return ppl, end, true
		}
		if toks[next].Text == "," && next+1 < end && p.role == "" {
			// "Will Perrin, Talk About Local"
			r := strings.TrimSpace(text[toks[next+1].Start:toks[end-1].End])
			p.role = strings.TrimSuffix(r, ".")
		}
	}
	return []listed{p}, end, true
}

// nickPart is a token that may carry on a user name: letters, digits,
// "_" and "-", no slashes or colons (those are addresses).
func nickPart(t doc.Token) bool {
	return t.Kind == doc.Word || t.Kind == doc.Number || t.Text == "_" || t.Text == "-"
}

// skipBullets steps over the marks that open a line list's entry, but
// not a bracket.
func skipBullets(toks []doc.Token, i, end int) int {
	for i < end && toks[i].Kind == doc.Punct && aliasOpeners[toks[i].Text] == "" {
		i++
	}
	return i
}

// aliasOpeners open a person's initials written before the name.
var aliasOpeners = map[string]string{"(": ")", "[": "]"}

// leadingAlias reads initials in brackets that open an entry, "[DC]
// Daniel Collins": they are not part of the name but stand for it in
// the minutes. It returns them and where the name starts.
func leadingAlias(text string, toks []doc.Token, i, end int) (string, int) {
	if i+2 >= end || toks[i+2].Text != aliasOpeners[toks[i].Text] {
		return "", i
	}
	if a := toks[i+1].Text; isAlias(a) {
		return a, i + 3
	}
	return "", i
}

// nameEnders may follow a name in a run of names on one line.
var nameEnders = lex.WordSet(`, and . (`)

// namesOnLine reads a line of several names from toks[i] when the
// separator at toks[sep] is followed by another name: "Alun Davies,
// Arwel Davies and Owen Williams".
func namesOnLine(text string, toks []doc.Token, i, sep, end int, status string) ([]listed, bool) {
	_, n2, ok := parseName(text, toks, sep+1, end, strictName)
	if !ok || (n2 < end && !nameEnders[toks[n2].Lower]) {
		return nil, false
	}
	ppl, _ := inlineList(text, toks, i, status)
	return ppl, len(ppl) > 1
}

// maxGroupWords bounds the name of a group inside an attendance list:
// "Council: Carol, Mark, Eric Holk".
const maxGroupWords = 3

// groupRun reads a line under an attendance label that names a group
// and then its people: "Council: Carol, Mark, Eric Holk, Jack Huey".
// The people take the label's status.
func groupRun(text string, toks []doc.Token, i, end int, status string) ([]listed, bool) {
	i = skipBullets(toks, i, end)
	j := i
	for j < end && j < i+maxGroupWords && toks[j].Kind == doc.Word && startsUpper(toks[j].Text) {
		j++
	}
	if j == i || j >= end || toks[j].Text != ":" {
		return nil, false
	}
	ppl, _, ok := commaRun(text, toks, j+1, end, status)
	return ppl, ok
}

// inlineRun reads the names after a label on its line: a comma run that
// fills the line, or else an inline list that may run on.
func inlineRun(text string, toks []doc.Token, i int, status string) ([]listed, int) {
	if i < len(toks) {
		end := lineEnd(toks, i)
		if ppl, next, ok := commaRun(text, toks, i, end, status); ok {
			return ppl, next
		}
	}
	return inlineList(text, toks, i, status)
}

// roleColumn reads lines of roles from toks[i] up to the next label or
// name, joining a role that runs over a line end, and returns them.
func roleColumn(text string, toks []doc.Token, i int) (int, []string) {
	var roles []string
	for lines := 0; i < len(toks) && lines < 80; lines++ {
		end := lineEnd(toks, i)
		if _, ok := headerAt(text, toks, i); ok {
			break
		}
		if _, _, ok := lineEntries(text, toks, i, end, ""); ok {
			break
		}
		line := strings.TrimSpace(text[toks[i].Start:toks[end-1].End])
		if strings.ContainsAny(line, ":0123456789") {
			break
		}
		if n := len(roles); n > 0 && continuesRole(roles[n-1], line) {
			roles[n-1] += " " + line
		} else {
			roles = append(roles, line)
		}
		i = end
	}
	return i, roles
}

// continuesRole tells whether line carries on the role before it: that
// one ends on a joining word or mark, or this one starts lower case.
func continuesRole(prev, line string) bool {
	if line != "" && unicode.IsLower([]rune(line)[0]) {
		return true
	}
	f := strings.Fields(prev)
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "–", "-", "&", "and", "of", "for", "the", "/":
		return true
	}
	return strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, "&")
}
