package meeting

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/input"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// MeetingFound is what the opening of the minutes says of the meeting, in
// bytes. A body or date read from the front matter has no span: its
// start is -1.
type MeetingFound struct {
	Body                 string
	BodyStart, BodyEnd   int
	Title                string
	Location             string
	LocStart, LocEnd     int
	Date                 int    // index into the date mentions, -1 when none
	FrontDate            string // YYYY-MM-DD from the front matter, when no mention is the meeting's
	TitleStart, TitleEnd int
}

// Front is what a page's metadata (YAML or TOML front matter) says of the
// meeting: evidence beside the text, never part of it.
type Front struct {
	Title, Date, Location, Body string
}

// openingBlocks and openingBytes bound the opening, where the meeting's
// own name and date are written.
const (
	openingBlocks = 40
	// cueBlocks bounds where a sentence about a meeting ("held on") gives
	// its date: further down, such sentences are about other meetings.
	cueBlocks = 8
	// passingBytes bounds where a sentence may name the body in passing.
	passingBytes = 8000
	openingBytes = 3000
)

// orgNouns are the nouns a meeting body's name ends in or contains.
var orgNouns = map[string]bool{
	"board": true, "council": true, "committee": true, "sub-committee": true, "subcommittee": true,
	"panel": true, "group": true, "body": true, "cabinet": true, "commission": true, "authority": true,
	"trust": true, "partnership": true, "assembly": true, "forum": true, "executive": true,
	"governors": true, "directors": true, "network": true, "alliance": true, "association": true,
	"society": true, "corporation": true, "parliament": true, "senate": true, "congress": true,
	"commissioners": true, "supervisors": true, "trustees": true, "cabinet's": true, "boards": true,
	"township": true, "foundation": true, "selectboard": true, "coalition": true, "federation": true,
	"consortium": true,
}

// Sentences that name the body: "The X met on", "Minutes of a meeting of X
// held", "X held their meeting", "A regular meeting of the X was held".
//
// Each pattern comes with words it cannot match without, looked for first:
// the lazy repeats make a pattern cost the opening's length times 150
// when run. low is the opening with its ASCII capitals lowered, which is
// enough for the case-blind patterns: no other character folds to a letter
// of "meeting of".
var bodyPatterns = []struct {
	re   *regexp.Regexp
	need func(opening, low string) bool
}{
	{regexp.MustCompile(`(?:^|[.\n] *)(?:The |the )?([A-Z][^.\n]{2,150}?) (?:met|convened) (?:on|at|in|remotely|virtually|via|by)\b`),
		func(o, _ string) bool { return strings.Contains(o, " met ") || strings.Contains(o, " convened ") }},
	{regexp.MustCompile(`(?i)minutes of (?:a |an |the )?(?:[a-z]+ )?meeting of (?:the )?([^\n]{3,150}?)(?:,| held| which| that| on | at |\n|$)`),
		func(_, low string) bool { return strings.Contains(low, "meeting of ") }},
	{regexp.MustCompile(`(?:^|[.\n] *)(?:The |the )?([A-Z][^.\n]{2,150}?) held (?:its|their|a|an|the) (?:[A-Za-z]+ )?meeting`),
		func(o, _ string) bool { return strings.Contains(o, " held ") }},
	{regexp.MustCompile(`(?i)meeting of (?:the )?([^\n]{3,150}?),? (?:was|were) held`),
		func(_, low string) bool { return strings.Contains(low, "meeting of ") }},
	// "Minutes of the Ashby Trust Board held on 5 May": the body before
	// "held", the title wrapped over two lines as like as not.
	{regexp.MustCompile(`(?i)minutes of (?:a |an |the )?([^\n]{3,150}?)(?:\s+meeting)?\s+held (?:on|at|in)\b`),
		func(_, low string) bool { return strings.Contains(low, "minutes of ") }},
	// A title in capitals run into the text by a PDF or web viewer:
	// "17 MAY 2017 ETHERIDGE SHIRE COUNCIL MINUTES OF THE GENERAL MEETING
	// HELD AT GEORGETOWN": the capitals before it are the body.
	{regexp.MustCompile(`((?:[A-Z][A-Z&’'.-]+ ){1,6})MINUTES OF (?:THE |A |AN )?(?:[A-Z]+ )?MEETING\b`),
		func(o, _ string) bool { return strings.Contains(o, "MINUTES OF ") }},
}

// meetingCue is the wording that puts the meeting's own date in a
// sentence.
var meetingCue = regexp.MustCompile(`(?i)\b(?:met|held|minutes of|meeting of|date of meeting|meeting date|date:)`)

// Find reads the opening (and the page's front matter) for the body,
// title, location and which date mention is the meeting's day. Each is
// taken from the strongest evidence there is, and left empty when there is
// none: a sentence about the meeting ("The X met on", "Minutes of a
// meeting of X held") before the page header's lines, before the front
// matter's own field, before a title line's shape ("<Body> Meeting
// <date>").
func Find(d *doc.Document, dates []doc.DateMention, isDate func(string) bool, front Front) MeetingFound {
	mf := MeetingFound{Date: -1, BodyStart: -1, TitleStart: -1, LocStart: -1}
	end := openingEnd(d)
	findBody(d, end, isDate, front, &mf)
	var onLine bool
	mf.Date, onLine = meetingDate(d, dates, end, isDate)
	if fd := isoDay(front.Date); mf.Date >= 0 && !onLine && fd != "" && fd != mentionDay(dates[mf.Date]) {
		// The page's own date field outweighs a sentence, which may be
		// about another meeting ("as a result of the General Meeting of
		// 9 February 2019").
		mf.Date = -1
	}
	if mf.Date < 0 {
		mf.FrontDate = isoDay(front.Date)
	}
	findPlace(d, end, dates, front, &mf)
	mf.Title, mf.TitleStart, mf.TitleEnd = findTitle(d, end)
	if mf.Title == "" {
		mf.Title = front.Title
	}
	return mf
}

// findBody sets the body that met: from the strongest evidence in the
// opening (a sentence about the meeting, the page header, the first line,
// a title line, a heading), a letterhead around it, a sentence further
// down, then the front matter.
func findBody(d *doc.Document, end int, isDate func(string) bool, front Front, mf *MeetingFound) {
	mf.BodyStart, mf.BodyEnd = sentenceBody(d.Text[:end])
	if mf.BodyStart < 0 {
		mf.BodyStart, mf.BodyEnd = headerBody(d, end, isDate)
	}
	if mf.BodyStart < 0 {
		mf.BodyStart, mf.BodyEnd = firstLineBody(d)
	}
	if mf.BodyStart < 0 {
		mf.BodyStart, mf.BodyEnd = titleLineBody(d, end)
	}
	if mf.BodyStart < 0 {
		mf.BodyStart, mf.BodyEnd = headingBody(d)
	}
	if mf.BodyStart >= 0 {
		mf.BodyStart, mf.BodyEnd = letterhead(d, end, mf.BodyStart, mf.BodyEnd)
	}
	if mf.BodyStart < 0 && front.Body == "" {
		// "To approve the minutes of the meeting of the Board held on
		// 26 November": further down, the body names itself in passing.
		mf.BodyStart, mf.BodyEnd = sentenceBody(d.Text[:min(len(d.Text), passingBytes)])
	}
	switch {
	case mf.BodyStart >= 0:
		mf.Body = strings.Join(strings.Fields(d.Text[mf.BodyStart:mf.BodyEnd]), " ")
	case front.Body != "":
		mf.Body = front.Body
	default:
		if s, e, ok := titleBody(front.Title); ok {
			mf.Body = front.Title[s:e]
		}
	}
}

// findPlace sets where the meeting was held: a location line, the words
// after its date, "held at", then the front matter.
func findPlace(d *doc.Document, end int, dates []doc.DateMention, front Front, mf *MeetingFound) {
	mf.LocStart, mf.LocEnd = findLocation(d, end)
	if mf.LocStart < 0 && mf.Date >= 0 {
		mf.LocStart, mf.LocEnd = placeAfter(d.Text, dates[mf.Date].End)
	}
	if mf.LocStart < 0 {
		mf.LocStart, mf.LocEnd = heldAt(d.Text[:end])
	}
	if mf.LocStart >= 0 {
		mf.Location = strings.Join(strings.Fields(d.Text[mf.LocStart:mf.LocEnd]), " ")
	} else {
		mf.Location = front.Location
	}
}

// openingEnd bounds the opening, where the meeting's own name and date
// are written.
func openingEnd(d *doc.Document) int {
	end := len(d.Text)
	if len(d.Blocks) > openingBlocks {
		end = d.Blocks[openingBlocks-1].End
	}
	if end > openingBytes {
		end = openingBytes
		for end < len(d.Text) && !doc.IsSpaceByte(d.Text[end]) && d.Text[end]&0xC0 == 0x80 {
			end++ // never cut a rune
		}
	}
	return end
}

// sentenceBody finds the body in a sentence about the meeting.
func sentenceBody(opening string) (int, int) {
	low := doc.LowerBytes(opening)
	for _, p := range bodyPatterns {
		if !p.need(opening, low) {
			continue
		}
		if m := p.re.FindStringSubmatchIndex(opening); m != nil {
			s, e := trimBody(opening, m[2], m[3])
			if e > s && hasOrgNoun(opening[s:e]) {
				return s, e
			}
		}
	}
	return -1, -1
}

// titleLineBody reads the body from the shape of a title line in the
// opening: a heading, or one of the first lines while they are short and
// not sentences.
func titleLineBody(d *doc.Document, end int) (int, int) {
	for i, b := range d.Blocks {
		if b.Start >= end {
			break
		}
		t := d.BlockText(i)
		if !isTitleLine(d, i, t) {
			continue
		}
		if s, e, ok := titleBody(t); ok {
			return b.Start + s, b.Start + e
		}
	}
	return -1, -1
}

// titleLines is how many of the first blocks may be title lines without
// being marked as headings.
const titleLines = 3

func isTitleLine(d *doc.Document, i int, t string) bool {
	if len(t) > 150 || strings.Contains(t, "\n") {
		return false
	}
	if d.Blocks[i].Kind == doc.Heading {
		// A numbered heading is an item ("## 2. Minutes of the last
		// meeting"); one that starts with a date is the meeting's title
		// ("## 2025-04-13 Annual Meeting").
		_, _, numbered := input.LeadingNumber(t)
		return !numbered
	}
	if r, _ := utf8.DecodeRuneInString(t); unicode.IsDigit(r) || r == '(' {
		return false // a numbered line is an item: "2. Minutes of the last meeting"
	}
	// A line with a sentence's end inside is prose, as a covering
	// letter's "Please find enclosed the minutes. 1 June 2021" is.
	return i < titleLines && !strings.HasSuffix(strings.TrimSpace(t), ".") && !sentenceInside.MatchString(t)
}

// sentenceInside is a sentence's end inside a line: a word, a full stop,
// a space, and the next sentence's capital or digit.
var sentenceInside = regexp.MustCompile(`[a-z]{2}[.!?] +[A-Z0-9]`)

// clockTime is a time of day: "7.15pm", "7:30 PM", "19:00".
var clockTime = regexp.MustCompile(`(?i)\b[0-9]{1,2}(?:[.:][0-9]{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\W|$)`)

// clockBeside tells whether the sentence text[from:to] holding the date
// mention text[ms:me] puts a time of day just before or after it: a
// meeting's opening line says when it sat ("At 7.15pm on Tuesday 14 May
// 2019", "March 26, 2019 at 5:30 PM") without a word for meeting.
func clockBeside(text string, from, to, ms, me int) bool {
	before := text[max(from, ms-30):ms]
	after := text[me:min(to, me+20)]
	return clockTime.MatchString(before) || clockTime.MatchString(after)
}

// findTitle is the minutes' title: a "Minutes of ..." line, or the
// page's first line when it names a meeting.
func findTitle(d *doc.Document, end int) (string, int, int) {
	for i, b := range d.Blocks {
		if b.Start >= end {
			break
		}
		t := d.BlockText(i)
		if len(t) < 200 && strings.HasPrefix(strings.ToLower(t), "minutes of") {
			return strings.TrimRight(t, ": "), b.Start, b.End
		}
	}
	for i, b := range d.Blocks {
		if b.Start >= end {
			break
		}
		t := d.BlockText(i)
		if i < 2 && isTitleLine(d, i, t) && namesMeeting(t) && !isTopic(t) && !startsDigit(t) {
			return strings.TrimRight(t, ": "), b.Start, b.End // the page's own first line
		}
	}
	return "", -1, -1
}

// startsDigit tells whether t starts with a digit: a heading led by its
// date ("2025-04-13 Annual Meeting") dates the meeting, but in a file of
// several meetings it heads one of them, not the page.
func startsDigit(t string) bool {
	return t != "" && t[0] >= '0' && t[0] <= '9'
}

// namesMeeting tells whether a line has the word "meeting" or "minutes".
func namesMeeting(t string) bool {
	for _, w := range strings.Fields(strings.ToLower(t)) {
		w = strings.Trim(w, ",:;.()")
		if w == "meeting" || w == "minutes" {
			return true
		}
	}
	return false
}

// isoDay is the YYYY-MM-DD day a front-matter date starts with
// ("2021-05-11T10:00:29.555Z", "2019-03-01  02:00 UTC"), or "".
func isoDay(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return ""
	}
	if _, ok := lex.ParseCivil(s[:10]); !ok {
		return ""
	}
	if len(s) > 10 && s[10] != 'T' && s[10] != ' ' {
		return ""
	}
	return s[:10]
}

// trimBody trims articles and punctuation from a body name found in s.
func trimBody(s string, start, end int) (int, int) {
	for start < end && (s[start] == ' ' || s[start] == '(') {
		start++
	}
	for _, art := range []string{"the ", "The ", "THE "} {
		if strings.HasPrefix(s[start:end], art) {
			start += len(art)
		}
	}
	for end > start && strings.ContainsRune(" ,.:;)", rune(s[end-1])) {
		end--
	}
	return start, end
}

// hasOrgNoun reports whether s names a body: an organisation noun and at
// least one word of a proper name ("Groby Parish Council"), not a bare
// "Board" or "the Committee".
func hasOrgNoun(s string) bool {
	orgs, name := 0, false
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) {
		switch {
		case orgNouns[w]:
			orgs++
		case !lex.SmallWords[w]:
			name = true
		}
	}
	return orgs > 0 && name || orgs > 1 // "Board of Directors"
}

// headerBody finds a body named in the page header: the title lines just
// above a "Minutes of the meeting" line or a line that is only the date
// ("Welsh Technical Standards Board" / "Minutes of the meeting").
func headerBody(d *doc.Document, end int, isDate func(string) bool) (int, int) {
	for k, b := range d.Blocks {
		if b.Start >= end {
			break
		}
		t := d.BlockText(k)
		lt := strings.ToLower(t)
		if !(strings.HasPrefix(lt, "minutes") && len(t) < 200) && !isDate(t) {
			continue
		}
		// Walk back over up to two title-like lines.
		first, last := -1, -1
		for j := k - 1; j >= 0 && j >= k-2; j-- {
			tj := d.BlockText(j)
			if !headerLine(tj) {
				break
			}
			if last < 0 {
				last = j
			}
			first = j
		}
		if first >= 0 {
			s, e := d.Blocks[first].Start, d.Blocks[last].End
			lb := d.Blocks[last]
			if ts, te, ok := titleBody(d.Text[lb.Start:lb.End]); ok {
				// "MINUTES OF THE PARISH COUNCIL MEETING"; "The Apache
				// Software Foundation" over "Board of Directors Meeting
				// Minutes" is one name on two lines.
				start := lb.Start + ts
				if ts == 0 {
					for j := last - 1; j >= first && !strings.Contains(d.BlockText(j), ","); j-- {
						start = d.Blocks[j].Start
					}
				}
				return start, lb.Start + te
			}
			if hasOrgNoun(d.Text[s:e]) {
				return s, e
			}
		}
	}
	return -1, -1
}

// headerLine reports whether a line can be part of a body's name in a
// header: short, every main word capitalised, no sentence punctuation.
func headerLine(t string) bool {
	if len(t) > 120 || strings.ContainsAny(t, ".:;") {
		return false
	}
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	for _, w := range words {
		r := []rune(w)[0]
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && !lex.SmallWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// mentionDay is a day mention as YYYY-MM-DD, "" when its year is not
// written.
func mentionDay(m doc.DateMention) string {
	if m.Y1 == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", m.Y1, m.M1, m.D1)
}

// meetingDate picks the mention that is the meeting's day: the first day
// in the opening that stands in a sentence about the meeting itself ("met
// on", "held on", "Minutes of the meeting held on") or on a line of its
// own. onLine is set when it stands on a line of its own or in the
// title, not in a sentence.
func meetingDate(d *doc.Document, dates []doc.DateMention, end int, isDate func(string) bool) (i int, onLine bool) {
	si := 0
	for i, m := range dates {
		if m.Start >= end {
			break
		}
		if m.Grain != doc.GrainDay || m.M2 != 0 {
			continue
		}
		for si < len(d.Sentences) && d.Sentences[si].End <= m.Start {
			si++
		}
		if si >= len(d.Sentences) {
			break
		}
		s := d.Sentences[si]
		bt := d.BlockText(s.Block)
		if isDate(bt) || isTitleLine(d, s.Block, bt) && namesMeeting(bt) {
			return i, true // a line of its own, or the title's: "TSC Meeting 2017-03-09"
		}
		if s.Block < cueBlocks && meetingCue.FindStringIndex(d.Text[s.Start:m.Start]) != nil {
			return i, false
		}
		if s.Block < cueBlocks && clockBeside(d.Text, s.Start, s.End, m.Start, m.End) {
			return i, false // "At 7.15pm on Tuesday 14 May 2019 in the Council Chamber"
		}
	}
	return -1, false
}

// headingBody reads the body from the document's first block when it is a
// heading that names a body and nothing else, numbered or not: a
// committee's section of a board's packet ("## I. Financial
// Administration and Audit Committee"), a page headed "## Audit
// Committee". A heading is a title by its markup; ending in the
// organisation noun, it names whose meeting this is.
func headingBody(d *doc.Document) (int, int) {
	if len(d.Blocks) == 0 || d.Blocks[0].Kind != doc.Heading || d.Blocks[0].Level == 0 {
		return -1, -1
	}
	b := d.Blocks[0]
	t := d.Text[b.Start:b.End]
	s := 0
	if num, rest, ok := input.LeadingNumber(t); ok && num != "" {
		s = rest
	}
	words := strings.Fields(t[s:])
	if len(words) < 2 || len(words) > maxBodyWords || !orgNouns[strings.ToLower(words[len(words)-1])] {
		return -1, -1
	}
	if !headerLine(t[s:]) || !hasOrgNoun(t[s:]) {
		return -1, -1
	}
	return b.Start + s, b.End
}

// firstLineBody reads the body from a plain-text document's first line
// when that line names a body and nothing else: a letterhead in capitals
// or title case ("HARLOW TOWN COUNCIL", "Groby Parish Council") ending in
// its organisation noun.
func firstLineBody(d *doc.Document) (int, int) {
	if d.Format != doc.FormatText || len(d.Blocks) == 0 {
		return -1, -1
	}
	b := d.Blocks[0]
	t := d.Text[b.Start:b.End]
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > maxBodyWords || strings.Contains(t, "\n") || namesMeeting(t) {
		return -1, -1 // "Minutes of the Parish Council" is a title: its body is read there
	}
	last := strings.ToLower(strings.Trim(words[len(words)-1], ",.:;"))
	if !orgNouns[last] || !headerLine(t) || !hasOrgNoun(t) || !allWordsLetters(words) {
		return -1, -1
	}
	switch strings.ToLower(words[0]) {
	case "agenda", "report", "item", "draft", "notes":
		return -1, -1 // "AGENDA FOR THE PLANNING COMMITTEE": a title, not the body alone
	}
	s, e := trimBody(d.Text, b.Start, b.End)
	return s, e
}

// allWordsLetters tells whether every word starts with a letter: a
// body's name has no number ("ITEM 5 PLANNING COMMITTEE" is a heading).
func allWordsLetters(words []string) bool {
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// letterhead widens a body that is only organisation nouns ("Board of
// Directors") with the line above it where the letterhead writes it
// under the organisation's name ("Regional Transportation District" /
// "Board of Directors"): the body is the organisation's board. It returns
// the body's span, the two letterhead lines when they are there.
func letterhead(d *doc.Document, end, start, stop int) (int, int) {
	body := d.Text[start:stop]
	if !onlyOrgWords(body) {
		return start, stop
	}
	for i := 1; i < len(d.Blocks) && d.Blocks[i].Start < end; i++ {
		b := d.Blocks[i]
		if !strings.EqualFold(strings.TrimSpace(d.Text[b.Start:b.End]), strings.TrimSpace(body)) {
			continue
		}
		prev := d.BlockText(i - 1)
		if headerLine(prev) && !onlyOrgWords(prev) && !hasOrgNoun(prev) && len(strings.Fields(prev)) >= 2 {
			return d.Blocks[i-1].Start, b.End
		}
	}
	return start, stop
}

// onlyOrgWords tells whether s is made of organisation nouns and small
// words alone: "Board of Directors", "The Committee".
func onlyOrgWords(s string) bool {
	n := 0
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch {
		case orgNouns[w]:
			n++
		case !lex.SmallWords[w]:
			return false
		}
	}
	return n > 0
}
