// Package extract turns public meeting minutes, plain text, Markdown or
// HTML, into records of the contract in package schema: the meeting, its
// attendees, agenda items, decisions, figures, dates and commitments, each
// pointing at the words it came from.
//
// The flow is decode → front matter → Document → stages → recognisers →
// resolve → Record. The recognisers live in packages of their own under
// internal/ and never import one another: where one needs another's
// answer (the meeting's date among the date mentions, the units that
// decisions and commitments both read), this package's pipeline passes it
// in. Resolve links elements to items and dates, orders them, and
// converts spans to code points once, as the record is built.
package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/dates"
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/input"
	"github.com/minutes-tool/minutes/extract/internal/markdown"
	"github.com/minutes-tool/minutes/extract/internal/meeting"
	"github.com/minutes-tool/minutes/schema"
)

// DefaultMaxBytes is the largest input read when Options.MaxBytes is zero:
// far above any real minutes page, low enough that a stray video is refused.
const DefaultMaxBytes = 32 << 20

// Options tune extraction. The zero value works.
type Options struct {
	// MaxBytes is the largest input accepted; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Format forces "text" or "html"; empty decides by content, with the
	// name's extension as a hint.
	Format doc.Format
	// DateOrder forces how numeric dates such as 03/04/2018 are read:
	// "dmy", "mdy", or empty to decide from the document itself.
	DateOrder string
	// SkipValidation leaves out the schema check of the built record. The
	// CLI never sets it; library users with their own checks may.
	SkipValidation bool
}

// Extract reads one document from r and returns its record. name is the
// source name written into the record ("-" for standard input). Errors
// about the input are *InputError values.
func Extract(r io.Reader, name string, opts Options) (*schema.Record, error) {
	max := opts.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, input.InputErrorf(name, "cannot read: %v", err)
	}
	if int64(len(data)) > max {
		return nil, input.InputErrorf(name, "larger than the limit of %d bytes (raise it with --max-bytes)", max)
	}
	return ExtractBytes(data, name, opts)
}

// ExtractBytes is Extract over bytes already in memory.
func ExtractBytes(data []byte, name string, opts Options) (*schema.Record, error) {
	if opts.MaxBytes > 0 && int64(len(data)) > opts.MaxBytes {
		return nil, input.InputErrorf(name, "larger than the limit of %d bytes (raise it with --max-bytes)", opts.MaxBytes)
	}
	hint := opts.Format
	if hint == "" {
		switch strings.ToLower(filepath.Ext(name)) {
		case ".htm", ".html", ".xhtml", ".php", ".aspx":
			hint = doc.FormatHTML
		}
	}
	dec, err := input.Decode(name, data, hint)
	if err != nil {
		return nil, err
	}
	if opts.Format != "" {
		dec.Format = opts.Format
	}
	parsed, front, err := parse(dec.Text, dec.Format, opts.Format)
	if err != nil {
		return nil, input.InputErrorf(name, "cannot parse %s: %v", dec.Format, err)
	}
	if strings.TrimSpace(parsed.Text) == "" {
		if dec.Format == doc.FormatHTML {
			return nil, input.InputErrorf(name, "no text: the page has only markup, scripts or styles")
		}
		return nil, input.InputErrorf(name, "no text after normalisation")
	}
	sum := sha256.Sum256(data)
	rec := build(parsed, front, opts)
	parsed.Release() // the record holds the text, never the tokens
	rec.Source = schema.Source{
		Name:    name,
		Format:  string(parsed.Format),
		SHA256:  hex.EncodeToString(sum[:]),
		Bytes:   int64(len(data)),
		Charset: dec.Charset,
	}
	rec.Warnings = append(append([]string{}, dec.Warnings...), rec.Warnings...)
	if !opts.SkipValidation {
		if err := schema.Validate(rec); err != nil {
			// A record that breaks the contract is our bug, not the input's;
			// say so rather than print it.
			var ve *schema.ValidationError
			if errors.As(err, &ve) {
				return nil, fmt.Errorf("%s: internal error, record fails its schema: %w", name, err)
			}
			return nil, err
		}
	}
	return rec, nil
}

// parse turns decoded text into a Document, and reads what its front
// matter says of the meeting. HTML is converted to lines with its block
// structure; Markdown (forced, or plain text that shows its marks) is read
// by a CommonMark parser; other plain text is normalised and segmented.
// When the minutes sit inside the front matter's fields, those fields are
// the document.
func parse(text string, f, forced doc.Format) (*doc.Document, meeting.Front, error) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	fm, body, _ := markdown.SplitFrontMatter(strings.TrimLeft(text, "\ufeff"))
	if fm.Content != "" {
		body = fm.Content
	}
	front := meeting.Front{Title: fm.Title, Date: fm.Date, Location: fm.Location, Body: fm.Body}
	if front.Date == "" {
		front.Date = dates.DayIn(fm.Title)
	}
	switch {
	case f == doc.FormatHTML:
		d, err := input.HtmlDocument(input.StripFrontMatter(body))
		return d, front, err
	case forced == doc.FormatMarkdown || forced == "" && markdown.Looks(body):
		return input.MarkdownDocument(body), front, nil
	}
	return input.PlainDocument(body), front, nil
}

// Format is how an input is written: FormatText, FormatHTML or
// FormatMarkdown.
type Format = doc.Format

// The formats.
const (
	FormatText     = doc.FormatText
	FormatHTML     = doc.FormatHTML
	FormatMarkdown = doc.FormatMarkdown
)

// InputError is an error about one input: unreadable, empty, binary, too
// large. Name is the source name given to Extract.
type InputError = input.InputError
