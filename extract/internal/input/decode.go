package input

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
)

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// decoded is an input turned into UTF-8, before any normalisation.
type decoded struct {
	Text     string
	Format   doc.Format
	Charset  string
	Warnings []string
}

// Decode turns raw bytes into UTF-8 text and decides whether they are HTML.
// The charset comes from a byte-order mark, then (for HTML) a meta tag, then
// sniffing; what is not valid in it is replaced, with a warning.
func Decode(name string, data []byte, hint doc.Format) (*decoded, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		if len(data) == 0 {
			return nil, InputErrorf(name, "empty file: nothing to extract")
		}
		return nil, InputErrorf(name, "only white space: nothing to extract")
	}
	d := &decoded{}
	var enc encoding.Encoding
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		enc, d.Charset = unicode.UTF8BOM, "utf-8"
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		enc, d.Charset = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		enc, d.Charset = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	}
	if enc == nil {
		if e, name := utf16ByZeros(data); e != nil {
			enc, d.Charset = e, name
		}
	}
	if enc == nil && isBinary(data) {
		return nil, InputErrorf(name, "binary data (NUL bytes): not a text or HTML document")
	}
	if enc == nil {
		enc, d.Charset = sniffCharset(data)
		if d.Charset == "windows-1252" && unlikelyText(data) {
			return nil, InputErrorf(name, "not text: most bytes are neither letters nor punctuation in any charset tried (random or compressed data?)")
		}
	}
	out, err := decodeWith(enc, data)
	if err != nil {
		return nil, InputErrorf(name, "cannot decode as %s: %v", d.Charset, err)
	}
	if !utf8.ValidString(out) {
		out = strings.ToValidUTF8(out, "\uFFFD")
		d.Warnings = append(d.Warnings, "invalid UTF-8 replaced with U+FFFD")
	}
	d.Text = out
	d.Format = hint
	if looksLikeHTML(out) {
		d.Format = doc.FormatHTML
	} else if hint == doc.FormatHTML && !looksLikeMarkup(out) {
		d.Format = doc.FormatText
	}
	if d.Format == "" {
		d.Format = doc.FormatText
	}
	return d, nil
}

func decodeWith(enc encoding.Encoding, data []byte) (string, error) {
	if enc == unicode.UTF8 {
		return string(data), nil
	}
	b, _, err := transform.Bytes(enc.NewDecoder(), data)
	return string(b), err
}

// sniffCharset picks the encoding of BOM-less bytes. Valid UTF-8 is taken as
// UTF-8 whatever a meta tag says (pages often declare Latin-1 and send UTF-8);
// otherwise a declared charset wins, and the fallback is Windows-1252, which
// is what ISO-8859-1 labels mean in practice.
func sniffCharset(data []byte) (encoding.Encoding, string) {
	if utf8.Valid(data) || mostlyUTF8(data) {
		return unicode.UTF8, "utf-8"
	}
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	if bytes.Contains(bytes.ToLower(head), []byte("<meta")) {
		if _, name, certain := charset.DetermineEncoding(data, "text/html"); certain {
			if e, err := htmlindex.Get(name); err == nil && name != "utf-8" {
				return e, name
			}
		}
	}
	e, name, _ := charset.DetermineEncoding(data, "text/plain")
	if name == "utf-8" {
		// Not valid UTF-8 (checked above) and nothing declared: Windows-1252.
		e, _ = htmlindex.Get("windows-1252")
		name = "windows-1252"
	}
	return e, name
}

// mostlyUTF8 reports whether data that is not valid UTF-8 is still UTF-8
// with a few broken bytes rather than a legacy encoding: it has more valid
// multi-byte sequences than invalid bytes.
func mostlyUTF8(data []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			invalid++
			i++
			continue
		}
		valid++
		i += n
	}
	return valid > invalid
}

func isBinary(data []byte) bool {
	n := len(data)
	if n > 8192 {
		n = 8192
	}
	return bytes.IndexByte(data[:n], 0) >= 0
}

// htmlMarkers are tags whose presence near the start makes a document HTML.
var htmlMarkers = []string{
	"<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<div", "<br", "<table",
	"<h1", "<h2", "<h3", "<h4", "<h5", "<h6", "<ul", "<ol", "<li", "<span", "<strong", "<section", "<article",
	"</p>", "</div>", "</li>", "</td>", "</a>", "</h1>", "</h2>", "</h3>", "</h4>", "</span>", "</strong>",
}

// looksLikeHTML decides by content: a document is HTML when markup tags
// appear in its first few kilobytes, whatever its name says.
func looksLikeHTML(s string) bool {
	head := s
	if len(head) > 4096 {
		head = head[:4096]
	}
	head = strings.ToLower(head)
	hits := 0
	for _, m := range htmlMarkers {
		if strings.Contains(head, m) {
			if m == "<!doctype html" || m == "<html" || m == "<body" {
				return true
			}
			hits++
		}
	}
	return hits >= 2
}

func looksLikeMarkup(s string) bool {
	return strings.Contains(s, "<") && strings.Contains(s, ">")
}

// utf16ByZeros recognises UTF-16 without a byte-order mark by its zero
// bytes: text in a Latin script puts a zero in every other byte, the odd
// ones in little-endian, the even ones in big-endian. It looks at the
// first kilobyte.
func utf16ByZeros(data []byte) (encoding.Encoding, string) {
	head := data[:min(len(data), 1024)&^1]
	if len(head) < 16 {
		return nil, ""
	}
	even, odd := 0, 0
	for i := 0; i < len(head); i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	pairs := len(head) / 2
	switch {
	case odd*10 >= pairs*7 && even*10 < pairs:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	case even*10 >= pairs*7 && odd*10 < pairs:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	}
	return nil, ""
}

// unlikelyText reports whether bytes that are not UTF-8 and declare no
// charset are not text at all: in a legacy-encoded page a few bytes are
// accented letters or typographic marks, while in random or compressed
// data a third or more are controls or high bytes.
func unlikelyText(data []byte) bool {
	odd := 0
	for _, c := range data {
		if c >= 0x80 || c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			odd++
		}
	}
	return odd*10 > len(data)*3
}
