package items

import (
	"regexp"
	"sort"
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/input"
)

// An agenda written as a list under its own heading ("## Agenda", or an
// "Agenda:" line over the list) names the meeting's items: each entry, at
// any depth, is one. Entries that are labelled fields ("Goal: ...",
// "Items:") are notes on the item above them, not items; annotations of
// time and presenter at an entry's end ("(**Time**: 5 Minutes)",
// "(*Mara*, 10 Minutes)") are not part of its title.

// agendaWords head an agenda list.
var agendaWords = map[string]bool{"agenda": true, "proposed agenda": true, "agenda items": true, "order of business": true}

// agendaItems returns the items of the agenda list that follows block i,
// a heading or a label, and the index of the first block after the list.
func agendaItems(d *doc.Document, i int) ([]ItemFound, int) {
	var out []ItemFound
	j := i + 1
	for ; j < len(d.Blocks); j++ {
		b := d.Blocks[j]
		if b.Kind == doc.Paragraph && len(out) == 0 && j == i+1 {
			continue // a line that introduces the list
		}
		if b.Kind != doc.ListItem {
			break // the list is the agenda; what follows it is the minutes
		}
		if b.Level > maxAgendaDepth || b.Level == maxAgendaDepth && !underItemsLabel(d, j) && !presenterNote.MatchString(d.BlockText(j)) {
			continue
		}
		it, ok := agendaEntry(d, b)
		if !ok {
			it, ok = kindLabelled(d, j, i+1)
		}
		if !ok {
			it, ok = colonHead(d, j)
		}
		if ok {
			it.agenda, it.listed = true, true
			out = append(out, it)
		}
	}
	return minutedEmpty(d, out, j), j
}

// itemsLabels are the labels of an agenda entry that say the entries
// under it are sub-items: "Items:" over the time-sensitive items to
// enumerate. Compared lower case.
var itemsLabels = map[string]bool{"items": true, "sub-items": true, "subitems": true, "topics": true}

// presenterNote is the presenter an agenda entry names in brackets at its
// end, one or two handles: "Shape discussion (ehuss)", "(ehuss carol)",
// "(pds?)". An entry that has its presenter is on the agenda.
var presenterNote = regexp.MustCompile(`\((?:[\w@?*.-]+ ?){1,2}\)\s*$`)

// underItemsLabel tells whether agenda entry j sits under an itemsLabels
// entry. An agenda's third level is its sub-items' sub-items only there,
// or where each names its presenter (presenterNote); elsewhere it is what
// the entry above holds: examples ("Zulip stream" under "Communication
// channel(s)"), kinds under "Documentation kinds (each of which ...):".
func underItemsLabel(d *doc.Document, j int) bool {
	lvl := d.Blocks[j].Level
	for k := j - 1; k >= 0 && d.Blocks[k].Kind == doc.ListItem; k-- {
		if d.Blocks[k].Level < lvl {
			t := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(d.BlockText(k), "• ")))
			return itemsLabels[strings.TrimSuffix(t, ":")]
		}
	}
	return false
}

// colonHead reads a top-level agenda entry that ends in a colon over
// entries of its own ("New business:" over "Bank acct logistics") as an
// item, less the colon: at the top of an agenda the colon introduces
// sub-items. Deeper down, "Items:", "Questions:" and "Documentation
// kinds:" label what the item above them holds.
func colonHead(d *doc.Document, j int) (ItemFound, bool) {
	b := d.Blocks[j]
	t := d.Text[b.Start:b.End]
	if b.Level != 1 || !strings.HasSuffix(t, ":") || strings.Contains(t, "\n") || j+1 >= len(d.Blocks) {
		return ItemFound{}, false
	}
	if n := d.Blocks[j+1]; n.Kind != doc.ListItem || n.Level <= b.Level {
		return ItemFound{}, false
	}
	start := b.Start
	if strings.HasPrefix(t, "• ") {
		start += len("• ")
	} else if _, rest, ok := input.LeadingNumber(t); ok {
		start += rest
	}
	end := b.End - 1
	if end <= start || strings.IndexByte(d.Text[start:end], ':') >= 0 {
		return ItemFound{}, false // a field's label and value: "Goal: decide:"
	}
	return ItemFound{Start: b.Start, TitleStart: start, TitleEnd: end}, true
}

// kindLabelled reads agenda entry j, a labelled one, as an item when its
// label says what kind of item it is rather than naming a field of the
// entry above: "Decide: Ownership of the Forge" among entries labelled
// "Decide:" alike, or "Ryan: note on formality" among entries with no
// label. Entries labelled each differently ("Goal:", "Existing
// discussion:", "Proposal:") are the fields of the item above them. The
// list starts at block first. The title is what follows the label.
func kindLabelled(d *doc.Document, j, first int) (ItemFound, bool) {
	b := d.Blocks[j]
	label, rest, ok := entryLabelOf(d.BlockText(j))
	if !ok || b.Level == 0 {
		return ItemFound{}, false
	}
	same, other, plain := 0, 0, 0
	for _, k := range siblings(d, j, first) {
		switch l, _, ok := entryLabelOf(d.BlockText(k)); {
		case !ok:
			plain++
		case l == label:
			same++
		default:
			other++
		}
	}
	if other > 0 || same+plain == 0 {
		return ItemFound{}, false
	}
	start := b.Start + rest
	end := b.End
	if nl := strings.IndexByte(d.Text[start:end], '\n'); nl >= 0 {
		end = start + nl
	}
	end = trimRef(d.Text, start, trimNote(d.Text, start, end))
	if strings.TrimSpace(d.Text[start:end]) == "" || strings.HasSuffix(d.Text[start:end], ":") {
		return ItemFound{}, false
	}
	return ItemFound{Start: b.Start, TitleStart: start, TitleEnd: end}, true
}

// entryLabelOf splits a list entry's label from what follows it: "•
// Decide: What do we want ..." gives "decide" and the offset of "What".
func entryLabelOf(t string) (label string, rest int, ok bool) {
	t0 := len(t)
	t = strings.TrimPrefix(t, "• ")
	off := t0 - len(t)
	m := entryLabel.FindStringIndex(t)
	if m == nil {
		return "", 0, false
	}
	colon := strings.IndexByte(t[:m[1]], ':')
	rest = m[1]
	for rest < len(t) && (t[rest] == ' ' || t[rest] == '\t') {
		rest++
	}
	return strings.ToLower(t[:colon]), off + rest, true
}

// siblings are the list entries at entry j's depth under the same parent,
// in the list that starts at block first.
func siblings(d *doc.Document, j, first int) []int {
	lvl := d.Blocks[j].Level
	var out []int
	for k := j - 1; k >= first && d.Blocks[k].Kind == doc.ListItem && d.Blocks[k].Level >= lvl; k-- {
		if d.Blocks[k].Level == lvl {
			out = append(out, k)
		}
	}
	for k := j + 1; k < len(d.Blocks) && d.Blocks[k].Kind == doc.ListItem && d.Blocks[k].Level >= lvl; k++ {
		if d.Blocks[k].Level == lvl {
			out = append(out, k)
		}
	}
	return out
}

// minutedEmpty drops the agenda entries that the minutes, written as the
// agenda's list again from block j on, take up with nothing under them
// ("Turn on recording", "Check-out"): a ritual of the meeting, not an
// item with a minute. An entry the minutes never repeat is kept; only a
// list with depths (Markdown) shows what is under an entry. The minutes
// end where the next agenda starts.
func minutedEmpty(d *doc.Document, agenda []ItemFound, j int) []ItemFound {
	if len(agenda) == 0 || d.Blocks[j-1].Level == 0 {
		return agenda
	}
	empty := map[string]bool{} // a later entry's title: whether nothing is under it
	for k := j; k < len(d.Blocks) && !isAgendaHead(d, k); k++ {
		b := d.Blocks[k]
		if b.Kind != doc.ListItem {
			continue
		}
		it, ok := agendaEntry(d, b)
		if !ok {
			continue
		}
		key := strings.ToLower(d.Text[it.TitleStart:it.TitleEnd])
		if _, seen := empty[key]; !seen {
			empty[key] = nothingUnder(d, k)
		}
	}
	kept := agenda[:0]
	for i, it := range agenda {
		sub := i+1 < len(agenda) && d.Blocks[blockAt(d, agenda[i+1].Start)].Level > d.Blocks[blockAt(d, it.Start)].Level
		key := strings.ToLower(d.Text[it.TitleStart:it.TitleEnd])
		if !sub && empty[key] {
			continue
		}
		kept = append(kept, it)
	}
	return kept
}

// nothingUnder tells whether list entry k has nothing under it: the next
// block is an entry of its depth or above, a heading, or the end. A deeper
// entry or a paragraph is its minute.
func nothingUnder(d *doc.Document, k int) bool {
	if k+1 >= len(d.Blocks) {
		return true
	}
	n := d.Blocks[k+1]
	switch n.Kind {
	case doc.ListItem:
		return n.Level <= d.Blocks[k].Level
	case doc.Heading:
		return true
	}
	return false
}

// blockAt is the index of the block that starts at pos.
func blockAt(d *doc.Document, pos int) int {
	return sort.Search(len(d.Blocks), func(k int) bool { return d.Blocks[k].Start >= pos })
}

// isAgendaHead tells whether block i heads an agenda list: a heading, or a
// line ending in a colon, whose words are an agenda's name.
func isAgendaHead(d *doc.Document, i int) bool {
	b := d.Blocks[i]
	t := strings.TrimSpace(d.BlockText(i))
	if b.Kind != doc.Heading && !strings.HasSuffix(t, ":") {
		return false
	}
	return agendaWords[strings.ToLower(strings.TrimRight(t, ": "))] && i+1 < len(d.Blocks)
}

var (
	// An annotation at the end of an entry: a time slot, a presenter
	// with a time, a clock time (meeting bots write "(nick, 20:06)"), or
	// a link, in brackets.
	timeNote = regexp.MustCompile(`(?i)(?:\s*\((?:[^()]*(?:\b(?:time|minutes?|mins?|hours?|hrs?)\b|\b[0-9]{1,2}:[0-9]{2}\b|https?://)[^()]*)\))+\s*$`)
	// A field label at an entry's start: a few words and a colon.
	entryLabel = regexp.MustCompile(`^[\p{L}][\p{L}\p{N} /'’-]{0,30}:(\s|$)`)
)

// agendaEntry reads one list entry of an agenda as an item.
func agendaEntry(d *doc.Document, b doc.Block) (ItemFound, bool) {
	t := d.Text[b.Start:b.End]
	start, end := b.Start, b.End
	if strings.HasPrefix(t, "• ") {
		start += len("• ")
	} else if num, rest, ok := input.LeadingNumber(t); ok && rest < len(t) {
		_ = num
		start += rest
	}
	if first := strings.IndexByte(d.Text[start:end], '\n'); first > 0 && (isIssueEntry(d.Text[start:end]) || entryLabel.MatchString(d.Text[start+first+1:end])) {
		end = start + first // the title; its notes or fields follow ("Leads Summit" over "Decide: ...")
	}
	end = trimPresenter(d.Text, start, trimNote(d.Text, start, end))
	title := d.Text[start:end]
	if strings.HasPrefix(title, "(") && strings.HasSuffix(title, ")") && strings.Count(title, "(") == 1 {
		start, end = start+1, end-1 // "(turn on recording, perhaps)"
	}
	end = trimRef(d.Text, start, end)
	title = strings.TrimSpace(d.Text[start:end])
	if title == "" || strings.Contains(title, "\n") || entryLabel.MatchString(title) || strings.HasSuffix(title, ":") {
		return ItemFound{}, false
	}
	return ItemFound{Start: b.Start, TitleStart: start, TitleEnd: end}, true
}

// issueRef is a reference to an issue or pull request at a title's end:
// "#39", "TSC#205", "- TSC#211".
var issueRef = regexp.MustCompile(`(?:\s+[-–]?\s*[\w.-]*#\d+)+\s*$`)

// trimRef drops an issue reference from the end of text[start:end]:
// trackers' minutes carry one after every title ("Copyright Date
// TSC#195").
func trimRef(text string, start, end int) int {
	if strings.IndexByte(text[start:end], '#') < 0 {
		return end // most titles: no reference to look for
	}
	if m := issueRef.FindStringIndex(text[start:end]); m != nil && m[0] > 0 {
		return start + m[0]
	}
	return end
}

// An agenda's items and sub-items sit in its first three levels, an
// outline's heads in its first two; deeper entries are what was said or
// asked under them ("PR and Social media subgroup" under "There are two
// early possibilities for this:"; "Black Python Devs didn't sponsor ..."
// over a note of its own).
const (
	maxAgendaDepth  = 3
	maxOutlineDepth = 2
)

// isOutlineHead tells whether list entry i is a numbered entry heading
// entries nested under it: in minutes written as a numbered outline, the
// heads are the items and the leaves are what was said under them ("2.
// Financial Report" over "1. Revenue", "2. Expenses"). A bulleted outline
// is notes: its heads repeat the agenda's items or are speakers' points.
// Only readers that know a list's depth (Markdown) give Level.
func isOutlineHead(d *doc.Document, i int) bool {
	b := d.Blocks[i]
	if markerOutlineHead(d, i) {
		return true
	}
	if b.Level == 0 || b.Level > maxOutlineDepth || i+1 >= len(d.Blocks) {
		return false
	}
	if _, _, numbered := input.LeadingNumber(d.BlockText(i)); !numbered {
		return false
	}
	n := d.Blocks[i+1]
	return n.Kind == doc.ListItem && n.Level > b.Level
}

// subMarkers start the second level of a plain-text outline that nests
// by changing its bullet, not by indenting: e-mailed and wiki minutes
// write "* Patent policy" over "+ Voted to accept ...", Word's exports
// "o" under a bullet.
var subMarkers = []string{"+ ", "o "}

// markerOutlineHead tells whether plain-text list entry i is a short title
// over entries of a second-level marker: the head of its notes, an item.
// Normalising the text loses the indent but keeps the marker.
func markerOutlineHead(d *doc.Document, i int) bool {
	if d.Format != doc.FormatText || i+1 >= len(d.Blocks) || d.Blocks[i].Kind != doc.ListItem {
		return false
	}
	next := d.BlockText(i + 1)
	sub := false
	for _, m := range subMarkers {
		sub = sub || strings.HasPrefix(next, m)
	}
	if !sub {
		return false // most entries: the next line is no second-level entry
	}
	t := strings.TrimPrefix(d.BlockText(i), "• ")
	return !endsSentence(t) && WordCount(t) <= 10 && !entryLabel.MatchString(t)
}

// trimNote drops time, clock and link annotations from the end of
// text[start:end].
func trimNote(text string, start, end int) int {
	if !strings.HasSuffix(strings.TrimSpace(text[start:end]), ")") {
		return end
	}
	if m := timeNote.FindStringIndex(text[start:end]); m != nil && m[0] > 0 {
		return start + m[0]
	}
	return end
}

// trimPresenter drops an agenda entry's presenter note from the end of
// text[start:end]: "Shape discussion (ehuss)".
func trimPresenter(text string, start, end int) int {
	if m := presenterNote.FindStringIndex(text[start:end]); m != nil && strings.TrimSpace(text[start:start+m[0]]) != "" {
		end = start + m[0]
		for end > start && text[end-1] == ' ' {
			end--
		}
	}
	return end
}
