package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/input"
	"github.com/minutes-tool/minutes/extract/internal/lex"
)

// tokenDocs are the documents the token cache is checked on: the testdata
// and a few shapes that stress its edges.
func tokenDocs(t testing.TB) []*doc.Document {
	var docs []*doc.Document
	m, _ := filepath.Glob("../testdata/*/*.*")
	for _, p := range m {
		if strings.HasSuffix(p, ".json") || strings.HasSuffix(p, ".md") {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f := doc.FormatText
		if strings.HasSuffix(p, ".html") {
			f = doc.FormatHTML
		}
		d, err := parseAs(string(data), f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	for _, s := range []string{
		"Élan Ärger said\nthe Mayor's three-stage plan cost £1,366.50.\n\n  • Item 2.  Noted.",
		"a-\nb 1,\n2 ’tis x-y- ÉCOLE",
		"",
	} {
		docs = append(docs, input.TextDocument(input.NormaliseText(s)))
	}
	return docs
}

// The shared tokens must be exactly what scanning the range afresh gives,
// for blocks, sentences, every range a recogniser may ask for, and the
// whole text: recognisers were written against tokenize.
func TestTokenCache(t *testing.T) {
	for _, d := range tokenDocs(t) {
		checkTokenCache(t, d)
	}
	// Released, each document's slice serves the next one, which must not
	// see a token of the last; a released document scans again.
	docs := tokenDocs(t)
	for _, d := range docs {
		d.Scan()
		d.Release()
	}
	for _, d := range docs {
		checkTokenCache(t, d)
		d.Release()
		checkTokenCache(t, d)
	}
}

func checkTokenCache(t *testing.T, d *doc.Document) {
	t.Helper()
	same := func(what string, got, want []doc.Token) {
		t.Helper()
		if equalTokens(got, want) {
			return
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("%s: tokens differ from tokenize (-want +got):\n%s", what, diff)
		}
	}
	d.WithAllTokens(func(all []doc.Token) {
		// The whole text's view: LineStart is what tokenize's
		// NewlineBefore says of the whole text.
		same("whole text", asLines(all), doc.Tokenize(d.Text, 0, len(d.Text)))
		// It leaves the blocks' tokens as they were: the Document is
		// read-only, whoever else reads it meanwhile.
		for i, b := range d.Blocks {
			same("block, during WithAllTokens", blockView(d.Tokens(i)), doc.Tokenize(d.Text, b.Start, b.End))
		}
	})
	for i, b := range d.Blocks {
		same("block", blockView(d.Tokens(i)), doc.Tokenize(d.Text, b.Start, b.End))
		if n, max := len(d.Tokens(i)), doc.MaxTokens(d.Text, b.Start, b.End); max < n {
			t.Fatalf("block %q: maxTokens %d, but it has %d tokens", d.Text[b.Start:b.End], max, n)
		}
		// Every range inside the block that starts and ends on a rune.
		step := 1
		if n := b.End - b.Start; n > 12 {
			step = n / 12
		}
		for s := b.Start; s <= b.End; s += step {
			for e := s; e <= b.End; e += step {
				same(d.Text[s:e], blockView(d.TokensIn(s, e)), doc.Tokenize(d.Text, s, e))
			}
		}
	}
	for _, s := range d.Sentences {
		same(d.Text[s.Start:s.End], blockView(d.TokensIn(s.Start, s.End)), doc.Tokenize(d.Text, s.Start, s.End))
	}
}

func FuzzTokenCache(f *testing.F) {
	f.Add("Present:\nCllr Jane Smith (Chair), Mr. O’Neill\n\nIt was RESOLVED that £2.5m be spent.")
	f.Add("x\n\n\ny-\nz")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := doc.Tokenize(s, 0, len(s)), slowTokenize(s); !equalTokens(got, want) {
			t.Fatalf("%q: the scanner's tokens differ from nextToken's:\n%s", s, cmp.Diff(want, got))
		}
		if n, max := len(doc.Tokenize(s, 0, len(s))), doc.MaxTokens(s, 0, len(s)); max < n {
			t.Fatalf("%q: maxTokens %d, but it has %d tokens", s, max, n)
		}
		checkTokenCache(t, input.TextDocument(input.NormaliseText(s)))
		if d, err := parseAs(s, doc.FormatHTML); err == nil {
			checkTokenCache(t, d)
		}
	})
}

// slowTokenize is tokenize by nextToken alone, with no fast path for ASCII
// (asciiToken): what the fast path must agree with.
func slowTokenize(text string) []doc.Token {
	var toks []doc.Token
	space, newline := true, false
	for i := 0; i < len(text); {
		switch text[i] {
		case ' ', '\t', '\n', '\r':
			space = true
			newline = newline || text[i] == '\n'
			i++
			continue
		}
		k, j, _ := doc.NextToken(text, i, len(text))
		t := text[i:j]
		l := t
		if k == doc.Word {
			l = lex.Lower(t)
		}
		toks = append(toks, doc.Token{Kind: k, Start: i, End: j, Text: t, Lower: l, SpaceBefore: space, NewlineBefore: newline})
		i = j
		space, newline = false, false
	}
	return toks
}

// TestASCIITokens holds the scanner's fast path to nextToken over every
// document of the testdata.
func TestASCIITokens(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*/*.*")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(data)
		if got, want := doc.Tokenize(s, 0, len(s)), slowTokenize(s); !equalTokens(got, want) {
			t.Errorf("%s: the scanner's tokens differ from nextToken's", f)
		}
	}
	for _, s := range []string{"don't", "x-y", "x-", "ab'", "é", "aé", "a1é", "1,2.3", "1,", "5th", "ABC", "aBc", "A1b", "Don't", "'quote'", "a\u2019s", "end-", "q-é", "a\xffb"} {
		if got, want := doc.Tokenize(s, 0, len(s)), slowTokenize(s); !equalTokens(got, want) {
			t.Errorf("%q: the scanner's tokens differ from nextToken's:\n%s", s, cmp.Diff(want, got))
		}
	}
}

func equalTokens(a, b []doc.Token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestNextField holds the HTML walker's word splitter to strings.Fields.
func TestNextField(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a b ", "a\tb\nc\vd\fe\rf", "x\u00a0y\u0085z\u2003w\u3000v", "\u00a0", "é è", "a  \u200b b", "\xff x \xfe"} {
		var got []string
		for rest := s; ; {
			f, more := input.NextField(rest)
			if f == "" {
				break
			}
			got = append(got, f)
			rest = more
		}
		if want := strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("fields of %q = %q, want %q", s, got, want)
		}
	}
}

// TestMapSpaces holds the look before the mapping to strings.Map itself.
func TestMapSpaces(t *testing.T) {
	for _, s := range []string{"", "plain", "tab\there", "nb\u00a0sp", "zw\u200bsp", "soft\u00adhyphen", "curly ’quotes” – dash",
		"ctl\x01x", "del\x7fx", "c1\u0085x", "bad\xffbyte", "em\u2003space", "line\u2028sep", "bom\ufeffx", "ok é ü 漢字", "\u2060", "\u3000"} {
		if got, want := input.MapSpaces(s), strings.Map(input.SpaceLike, s); got != want {
			t.Errorf("mapSpaces(%q) = %q, want %q", s, got, want)
		}
	}
}

// Readers on several goroutines may share a Document: the first to ask
// scans it, and none changes what another reads (run with -race).
func TestConcurrentReaders(t *testing.T) {
	for _, d := range tokenDocs(t) {
		var wg sync.WaitGroup
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				d.WithAllTokens(func(all []doc.Token) {
					if !equalTokens(asLines(all), doc.Tokenize(d.Text, 0, len(d.Text))) {
						t.Error("whole text: tokens differ from tokenize")
					}
				})
				for i, b := range d.Blocks {
					if !equalTokens(blockView(d.Tokens(i)), doc.Tokenize(d.Text, b.Start, b.End)) {
						t.Errorf("block %d: tokens differ from tokenize", i)
					}
				}
			}()
		}
		wg.Wait()
		d.Release()
	}
}

// asLines is toks with NewlineBefore read from LineStart, and LineStart
// cleared, to compare with tokenize over the whole text.
func asLines(toks []doc.Token) []doc.Token {
	out := slices.Clone(toks)
	for i := range out {
		out[i].NewlineBefore, out[i].LineStart = out[i].LineStart, false
	}
	return out
}

// blockView is toks with LineStart cleared, to compare with tokenize over
// one block, which knows nothing of the text around it.
func blockView(toks []doc.Token) []doc.Token {
	out := slices.Clone(toks)
	for i := range out {
		out[i].LineStart = false
	}
	return out
}

// splitCases: documents with furniture, for TestSplit.
var splitCases = []string{
	"12 June 2019\n\nDear Councillor,\n\nPlease find the minutes enclosed.\n\nYours sincerely,\nJane Clerk\n\nMINUTES\nPresent: Cllr A\n1. Budget\nThe budget was agreed.\n2. Roads\nNoted.\n",
	"Home > Council > Minutes\nThe clerk reported\nPage 1 of 2\n\fand the council noted it.\nPage 2 of 2\n",
	"A > B > C", // all furniture: the content is empty
}

// Split's parts share the text, divide the blocks and sentences between
// them in order, and each part's tokens are the whole document's: the
// content's whole-text tokens are its blocks' alone, furniture left out.
func TestSplit(t *testing.T) {
	if d := input.PlainDocument("No furniture here."); func() bool { c, f := d.Split(); return c != d || f != nil }() {
		t.Error("a document without furniture splits into new Documents")
	}
	for _, s := range splitCases {
		full := input.PlainDocument(s)
		content, furniture := full.Split()
		if furniture == nil {
			t.Fatalf("%q: no furniture found", s)
		}
		var blocks []doc.Block
		for _, p := range []*doc.Document{content, furniture} {
			if p.Text != full.Text {
				t.Fatalf("%q: a part's text is not the document's", s)
			}
			for i, b := range p.Blocks {
				if (b.Furniture != doc.Content) != (p == furniture) {
					t.Errorf("%q: block %q in the wrong part", s, p.BlockText(i))
				}
				if !equalTokens(blockView(p.Tokens(i)), doc.Tokenize(p.Text, b.Start, b.End)) {
					t.Errorf("%q: block %q: tokens differ from tokenize", s, p.BlockText(i))
				}
			}
			for _, se := range p.Sentences {
				if b := p.Blocks[se.Block]; se.Start < b.Start || se.End > b.End {
					t.Errorf("%q: sentence %q outside its block %q", s, p.Text[se.Start:se.End], p.Text[b.Start:b.End])
				}
			}
			blocks = append(blocks, p.Blocks...)
		}
		slices.SortFunc(blocks, func(a, b doc.Block) int { return a.Start - b.Start })
		if !slices.Equal(blocks, full.Blocks) {
			t.Errorf("%q: the parts' blocks are not the document's", s)
		}
		if n := len(content.Sentences) + len(furniture.Sentences); n != len(full.Sentences) {
			t.Errorf("%q: the parts hold %d sentences, the document %d", s, n, len(full.Sentences))
		}
		var want []doc.Token
		for _, b := range content.Blocks {
			want = append(want, doc.Tokenize(full.Text, b.Start, b.End)...)
		}
		content.WithAllTokens(func(all []doc.Token) {
			got := make([]string, len(all))
			for i, tk := range all {
				got[i] = tk.Text
			}
			w := make([]string, len(want))
			for i, tk := range want {
				w[i] = tk.Text
			}
			if !slices.Equal(got, w) {
				t.Errorf("%q: the content's whole-text tokens %q, want its blocks' %q", s, got, w)
			}
		})
		content.Release()
		furniture.Release()
	}
}
