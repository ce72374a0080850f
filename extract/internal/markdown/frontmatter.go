package markdown

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"go.yaml.in/yaml/v3"
)

// Front is what a YAML front matter block says about the meeting, and the
// minutes when they sit inside it. Static-site generators keep a meeting's
// minutes as a page whose fields carry the title, the date and the place,
// and sometimes the minutes themselves (`minutes: >-`, `agenda: |-`).
type Front struct {
	Title, Date, Location, Body string
	// Content is the text of the fields that hold prose (a string over
	// more than one line), in the order they come, separated by blank
	// lines; empty when the fields hold none.
	Content string
}

// Field names that say the same thing across generators.
var (
	titleKeys    = map[string]bool{"title": true}
	dateKeys     = map[string]bool{"date": true, "start": true, "start_date": true, "when": true, "datetime": true}
	locationKeys = map[string]bool{"location": true, "venue": true, "place": true, "where": true}
	bodyKeys     = map[string]bool{"body": true, "committee": true, "organisation": true, "organization": true}
)

// SplitFrontMatter reads the metadata block at the start of text: YAML
// between "---" lines (Jekyll, Hugo, Eleventy), TOML between "+++" lines
// (Hugo, Zola), or "Key: value" lines before the first blank line
// (MultiMarkdown, Pelican) when they hold a title or a date. It returns
// the fields, the text after the block, and whether there was a block
// that parses.
func SplitFrontMatter(text string) (Front, string, bool) {
	for _, f := range []func(string) (Front, string, bool){yamlFront, tomlFront, headerFront} {
		if fm, rest, ok := f(text); ok {
			return fm, rest, true
		}
	}
	return Front{}, text, false
}

func yamlFront(text string) (Front, string, bool) {
	body, rest, ok := fenced(text, "---")
	if !ok {
		return Front{}, text, false
	}
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(body), &root); err != nil || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return Front{}, text, false
	}
	return fields(root.Content[0]), rest, true
}

func tomlFront(text string) (Front, string, bool) {
	body, rest, ok := fenced(text, "+++")
	if !ok {
		return Front{}, text, false
	}
	var m map[string]any
	md, err := toml.Decode(body, &m)
	if err != nil {
		return Front{}, text, false
	}
	var f Front
	var content []string
	for _, k := range md.Keys() { // in the order written
		if len(k) != 1 {
			continue // a table's keys ([extra] author = ...)
		}
		f.set(strings.ToLower(k[0]), tomlString(m[k[0]]), &content)
	}
	f.Content = strings.Join(content, "\n\n")
	return f, rest, true
}

// tomlString writes a TOML value as its text; a date as YYYY-MM-DD.
func tomlString(v any) string {
	t, ok := v.(time.Time)
	switch {
	case !ok:
		return fmt.Sprint(v)
	case t.Location().String() == "date-local": // the parser's zone for a bare date
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}

// headerKey is a "Key: value" metadata line.
var headerKey = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9_ -]{0,30}):[ \t]+\S`)

func headerFront(text string) (Front, string, bool) {
	end := strings.Index(text, "\n\n")
	if end < 0 {
		return Front{}, text, false
	}
	var f Front
	var content []string
	lines := strings.Split(text[:end], "\n")
	for _, l := range lines {
		m := headerKey.FindStringSubmatch(l)
		if m == nil {
			return Front{}, text, false
		}
		f.set(strings.ToLower(m[1]), strings.TrimSpace(l[len(m[1])+1:]), &content)
	}
	if len(lines) < 2 || f.Title == "" && f.Date == "" {
		return Front{}, text, false
	}
	return f, text[end+2:], true
}

// fenced cuts a block between two fence lines at the start of text.
func fenced(text, fence string) (body, rest string, ok bool) {
	after, ok := strings.CutPrefix(text, fence+"\n")
	if !ok {
		after, ok = strings.CutPrefix(text, fence+"\r\n")
	}
	if !ok {
		return "", text, false
	}
	end, next := closing(after, fence)
	if end < 0 {
		return "", text, false
	}
	return after[:end], after[next:], true
}

// closing finds the fence line (or YAML's "...") that ends the block:
// where the block ends and where the text after the line starts, or -1.
func closing(s, fence string) (int, int) {
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '\n')
		line := s[i:]
		next := len(s)
		if j >= 0 {
			line, next = s[i:i+j], i+j+1
		}
		if l := strings.TrimRight(line, " \t\r"); l == fence || fence == "---" && l == "..." {
			return i, next
		}
		i = next
	}
	return -1, 0
}

func fields(m *yaml.Node) Front {
	var f Front
	var content []string
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := strings.ToLower(m.Content[i].Value), m.Content[i+1]
		if v.Kind == yaml.ScalarNode {
			f.set(k, v.Value, &content)
		}
	}
	f.Content = strings.Join(content, "\n\n")
	return f
}

// set takes one field: prose (a value over more than one line) goes to
// content; the first title, date, location and body fields are kept.
func (f *Front) set(key, val string, content *[]string) {
	val = strings.TrimSpace(val)
	switch {
	case strings.Contains(val, "\n"):
		// The field's name heads its text: "agenda: |-" is the agenda.
		*content = append(*content, "# "+fieldTitle(key)+"\n\n"+val)
	case titleKeys[key] && f.Title == "":
		f.Title = val
	case dateKeys[key] && f.Date == "":
		f.Date = val
	case locationKeys[key] && f.Location == "":
		f.Location = val
	case bodyKeys[key] && f.Body == "":
		f.Body = val
	}
}

// fieldTitle writes a field's key as a heading: "agenda" → "Agenda",
// "action_items" → "Action items".
func fieldTitle(key string) string {
	t := strings.NewReplacer("_", " ", "-", " ").Replace(key)
	if t == "" {
		return t
	}
	return strings.ToUpper(t[:1]) + t[1:]
}
