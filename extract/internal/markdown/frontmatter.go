package markdown

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// Front is what a YAML front matter block says about the meeting, and the
// minutes when they sit inside it. Static-site generators keep a meeting's
// minutes as a page whose fields carry the title, the date and the place,
// and sometimes the minutes themselves (`minutes: >-`, `agenda: |-`).
type Front struct {
	Title, Date, Location string
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
)

// SplitFrontMatter reads a YAML front matter block ("---" lines around
// it) at the start of text. It returns the fields, the text after the
// block, and whether there was a block that parses as a YAML mapping.
func SplitFrontMatter(text string) (Front, string, bool) {
	rest, ok := strings.CutPrefix(text, "---\n")
	if !ok {
		rest, ok = strings.CutPrefix(text, "---\r\n")
	}
	if !ok {
		return Front{}, text, false
	}
	end, after := closing(rest)
	if end < 0 {
		return Front{}, text, false
	}
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(rest[:end]), &root); err != nil || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return Front{}, text, false
	}
	return fields(root.Content[0]), rest[after:], true
}

// closing finds the "---" (or "...") line that ends the block: where the
// YAML ends and where the text after the line starts, or -1.
func closing(s string) (int, int) {
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '\n')
		line := s[i:]
		next := len(s)
		if j >= 0 {
			line, next = s[i:i+j], i+j+1
		}
		if l := strings.TrimRight(line, " \t\r"); l == "---" || l == "..." {
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
		if v.Kind != yaml.ScalarNode {
			continue
		}
		val := strings.TrimSpace(v.Value)
		switch {
		case strings.Contains(val, "\n"):
			content = append(content, val)
		case titleKeys[k] && f.Title == "":
			f.Title = val
		case dateKeys[k] && f.Date == "":
			f.Date = val
		case locationKeys[k] && f.Location == "":
			f.Location = val
		}
	}
	f.Content = strings.Join(content, "\n\n")
	return f
}
