package commitments

import (
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/doc"
)

// Action log tables: a header row names the columns ("Action", "Owner",
// "Status", "Due date"), and each row after it is one commitment whose
// owner and status are its cells in those columns. HTML and Markdown
// rows are TableRow blocks with cells tab-separated; plain text writes
// them with "|".

// columns are the roles of a table's columns by index; -1 when absent.
type columns struct {
	set                   bool
	action, owner, status int
}

// columnRoles name a header cell's role by its words.
var columnRoles = map[string]string{
	"action": "action", "actions": "action", "action point": "action", "description": "action",
	"task": "action", "action required": "action", "agreed action": "action", "issue": "action",
	"owner": "owner", "lead": "owner", "responsible": "owner", "who": "owner", "by whom": "owner",
	"action by": "owner", "action owner": "owner", "assigned to": "owner", "responsibility": "owner",
	"status": "status", "rag": "status", "rag status": "status", "progress": "status", "update": "status",
	"due": "other", "due date": "other", "deadline": "other", "date": "other", "target date": "other",
	"by when": "other", "when": "other", "ref": "other", "no": "other", "no.": "other", "item": "other",
	"comments": "other", "notes": "other", "date raised": "other", "minute": "other", "subject": "other",
	"timescale": "other", "#": "other",
}

// cellsOf are the cells of a row, as byte spans of the text: tab-separated
// in a TableRow, "|"-separated in a line of plain text.
func cellsOf(d *doc.Document, bi int) [][2]int {
	b := d.Blocks[bi]
	t := d.Text[b.Start:b.End]
	sep := byte('\t')
	if b.Kind != doc.TableRow {
		if strings.Count(t, "|") < 2 || strings.Contains(t, "\n") {
			return nil
		}
		sep = '|'
	}
	var out [][2]int
	s := b.Start
	for i := b.Start; i <= b.End; i++ {
		if i == b.End || d.Text[i] == sep {
			cs, ce := doc.TrimSpan(d.Text, s, i)
			if ce > cs || sep == '\t' {
				out = append(out, [2]int{cs, ce})
			}
			s = i + 1
		}
	}
	return out
}

// header reads a header row: every cell a column name, one of them the
// action's, owner's or status's.
func header(text string, cells [][2]int) (columns, bool) {
	c := columns{set: true, action: -1, owner: -1, status: -1}
	named := 0
	for i, cell := range cells {
		w := strings.ToLower(strings.TrimSpace(strings.Trim(text[cell[0]:cell[1]], "*:")))
		role, ok := columnRoles[w]
		if !ok {
			if w == "" {
				continue
			}
			return columns{}, false
		}
		named++
		switch {
		case role == "action" && c.action < 0:
			c.action = i
		case role == "owner" && c.owner < 0:
			c.owner = i
		case role == "status" && c.status < 0:
			c.status = i
		}
	}
	return c, named >= 2 && (c.owner >= 0 || c.status >= 0 || c.action >= 0)
}

// tableRow reads a table row: a header row sets the columns (and makes
// the table an action log when it has an owner's or a status column);
// a row inside an action log is an entry.
func (st *logState) tableRow(d *doc.Document, bi int) (logEntry, bool) {
	cells := cellsOf(d, bi)
	if len(cells) == 0 {
		return logEntry{}, false
	}
	if c, ok := header(d.Text, cells); ok {
		st.cols = c
		if c.owner >= 0 || c.status >= 0 {
			st.in = true
		}
		return logEntry{}, false
	}
	if !st.in {
		return logEntry{}, false
	}
	s, e := rowBounds(cells)
	if e <= s {
		return logEntry{}, false
	}
	le := logEntry{start: s, end: e, action: [2]int{s, e}, rule: ruleTableRow, parent: -1}
	st.rowCells(d.Text, cells, &le)
	return le, true
}

// rowBounds are the bounds of a row's words: from its first cell with
// words to its last.
func rowBounds(cells [][2]int) (int, int) {
	s, e := -1, -1
	for _, c := range cells {
		if c[1] > c[0] {
			if s < 0 {
				s = c[0]
			}
			e = c[1]
		}
	}
	return s, e
}

// rowCells reads a row's owner, status and action from its cells: by the
// header's columns, or, with none, a cell that is a status by itself.
func (st *logState) rowCells(text string, cells [][2]int, le *logEntry) {
	cell := func(i int) string {
		if i < 0 || i >= len(cells) {
			return ""
		}
		return strings.TrimSpace(text[cells[i][0]:cells[i][1]])
	}
	if st.cols.set {
		if o := cell(st.cols.owner); o != "" {
			le.owner = o
		}
		if s := cell(st.cols.status); s != "" {
			if v, ok := statusOf(s); ok {
				le.status, le.statusText = v, s
			}
		}
		if a := st.cols.action; a >= 0 && a < len(cells) && cells[a][1] > cells[a][0] {
			le.action = cells[a]
		}
		return
	}
	for i := range cells {
		s := cell(i)
		if v, ok := statusOf(s); ok && len(strings.Fields(s)) <= 3 {
			le.status, le.statusText = v, s
		}
	}
}
