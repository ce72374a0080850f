package extract_test

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/extract"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

const plain = "The Finance Committee met on 5 March 2018.\n\nBudget\n\nThe Committee approved the budget.\n"

func utf16LE(s string) []byte {
	b, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	return b
}

func utf16NoBOM(order unicode.Endianness, s string) []byte {
	b, _ := unicode.UTF16(order, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(s))
	return b
}

// randomBytes are bytes from a fixed generator with every NUL replaced,
// as a compressed file or noise without NULs would be.
func randomBytes(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.IntN(255) + 1)
	}
	return b
}

func win1252(s string) []byte {
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

// TestBadInput: every odd input gets a clear error naming the problem, or
// a record with a warning; never a panic.
func TestBadInput(t *testing.T) {
	deep := strings.Repeat("<div>", 100000) + "<p>The Board met on 5 March 2018.</p>" + strings.Repeat("</div>", 100000)
	tests := []struct {
		name    string
		file    string // the source name; "in.txt" when empty
		data    []byte
		opts    extract.Options
		wantErr string // substring of the error; "" wants a record
		check   func(t *testing.T, text string, warnings []string)
	}{
		{name: "empty", data: nil, wantErr: "empty file"},
		{name: "whitespace only", data: []byte(" \n\t\r\n  "), wantErr: "only white space"},
		{name: "binary", data: []byte("PK\x03\x04\x00\x00binary\x00stuff"), wantErr: "binary data"},
		{name: "too large", data: []byte(plain), opts: extract.Options{MaxBytes: 10}, wantErr: "larger than the limit of 10 bytes"},
		{name: "script and style only", data: []byte("<html><head><style>p{}</style></head><body><script>alert(1)</script></body></html>"), wantErr: "no text"},
		{name: "invalid UTF-8", data: []byte("The Board met on 5 March 2018 and spent £5m, £6m and £7m.\n\nCaf\xc3\x28 and \xff more text\n"), check: func(t *testing.T, text string, w []string) {
			if !strings.Contains(text, "\uFFFD") {
				t.Errorf("invalid bytes not replaced: %q", text)
			}
			if len(w) == 0 || !strings.Contains(w[0], "invalid UTF-8") {
				t.Errorf("no warning about invalid UTF-8: %q", w)
			}
		}},
		{name: "UTF-16 with BOM", data: utf16LE("The Board met on 5 March 2018 at Café Rouge.\n"), check: func(t *testing.T, text string, _ []string) {
			if !strings.Contains(text, "Café Rouge") {
				t.Errorf("UTF-16 not decoded: %q", text)
			}
		}},
		{name: "UTF-16 without a BOM, by its zero bytes", data: utf16NoBOM(unicode.LittleEndian, "The Board met on 5 March 2018 at Café Rouge.\n"), check: func(t *testing.T, text string, _ []string) {
			if !strings.Contains(text, "Café Rouge") {
				t.Errorf("UTF-16LE without BOM not decoded: %q", text)
			}
		}},
		{name: "UTF-16BE without a BOM", data: utf16NoBOM(unicode.BigEndian, "The Board met on 5 March 2018 at Café Rouge.\n"), check: func(t *testing.T, text string, _ []string) {
			if !strings.Contains(text, "Café Rouge") {
				t.Errorf("UTF-16BE without BOM not decoded: %q", text)
			}
		}},
		{name: "bidirectional controls dropped", data: []byte("The Board met on 5 March 2018 at \u202eCafé\u202c Rouge.\n"), check: func(t *testing.T, text string, _ []string) {
			if strings.ContainsAny(text, "\u202e\u202c") || !strings.Contains(text, "Café Rouge") {
				t.Errorf("bidirectional controls kept: %q", text)
			}
		}},
		{name: "random bytes without NULs", data: randomBytes(4096), wantErr: "not text"},
		{name: "UTF-8 with BOM", data: append([]byte{0xEF, 0xBB, 0xBF}, plain...), check: func(t *testing.T, text string, _ []string) {
			if strings.HasPrefix(text, "\ufeff") {
				t.Errorf("BOM kept in text")
			}
		}},
		{name: "Windows-1252 undeclared", data: win1252("The Board met on 5 March 2018 and spent \u00a3190m on the \u2018plan\u2019.\n"), check: func(t *testing.T, text string, _ []string) {
			if !strings.Contains(text, "£190m on the ‘plan’") {
				t.Errorf("Windows-1252 not decoded: %q", text)
			}
		}},
		{name: "ISO-8859-1 declared in meta", data: append([]byte(`<html><head><meta charset="iso-8859-1"></head><body><p>Caf`), append([]byte{0xE9}, []byte(` minutes, 5 March 2018.</p></body></html>`)...)...), check: func(t *testing.T, text string, _ []string) {
			if !strings.Contains(text, "Café minutes") {
				t.Errorf("Latin-1 not decoded: %q", text)
			}
		}},
		{name: "HTML nested 100,000 deep", file: "in.html", data: []byte(deep), check: func(t *testing.T, text string, _ []string) {
			if !strings.Contains(text, "The Board met on 5 March 2018.") {
				t.Errorf("deep text lost: %q", text)
			}
		}},
		{name: "one 10 MB line", data: []byte(strings.Repeat("word ", 2<<20)), check: func(t *testing.T, text string, _ []string) {
			if len(text) < 10<<20-10 {
				t.Errorf("text cut to %d bytes", len(text))
			}
		}},
		{name: "broken HTML", data: []byte("<html><body><p>The Board met on <b>5 March 2018<p>Budget</i></table><li>item"), check: func(t *testing.T, text string, _ []string) {
			if !strings.Contains(text, "5 March 2018") {
				t.Errorf("broken HTML text lost: %q", text)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := tt.file
			if file == "" {
				file = "in.txt"
			}
			rec, err := extract.Extract(bytes.NewReader(tt.data), file, tt.opts)
			if tt.wantErr != "" {
				var ie *extract.InputError
				if !errors.As(err, &ie) {
					t.Fatalf("want an *InputError containing %q, got %v", tt.wantErr, err)
				}
				if !strings.Contains(err.Error(), tt.wantErr) || !strings.HasPrefix(err.Error(), file+": ") {
					t.Errorf("error %q: want it to name %s and say %q", err, file, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			tt.check(t, rec.Text, rec.Warnings)
		})
	}
}

// TestFormatByContent: HTML is recognised whatever the file is called.
func TestFormatByContent(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"minutes.txt", "<html><body><p>The Board met.</p></body></html>", "html"},
		{"minutes.html", "The Board met on 5 March 2018 and noted a < b.", "text"},
		{"page.php", "<div><p>The Board met.</p><br></div>", "html"},
		{"-", "<p>First</p><p>Second</p>", "html"},
		{"notes", "Present: A, B\n\nItem 1  Budget\n", "text"},
	}
	for _, tt := range tests {
		rec, err := extract.Extract(strings.NewReader(tt.data), tt.name, extract.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if rec.Source.Format != tt.want {
			t.Errorf("%s: format %s, want %s", tt.name, rec.Source.Format, tt.want)
		}
	}
}
