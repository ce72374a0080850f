package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/minutes-tool/minutes/schema"
	"github.com/spf13/cobra"
)

func newValidateCmd(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "validate FILE...",
		Short: "Check records against the schema, naming each violation's JSON pointer",
		Long: `Validate checks JSON records against the record schema, formats asserted,
and prints each violation as "FILE[:LINE]: /json/pointer: what is wrong".
A file may hold one record, JSON Lines, or records one after another,
indented or not (what 'minutes extract --pretty' prints); LINE is where a
record starts when a file holds several. "-" reads standard input.
Exit status: 0 all valid, 1 some record invalid or unreadable (or the
report could not be written), 2 bad usage.`,
		Example: `  minutes validate record.json
  minutes extract archive/ | minutes validate -
  minutes validate out/*.json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			bad := 0
			for _, a := range args {
				n, err := validateOne(a, s)
				if err != nil {
					complain(s.err, "minutes: cannot write output: %v\n", err)
					return &exitError{exitFailed}
				}
				bad += n
			}
			if bad > 0 {
				return &exitError{exitFailed}
			}
			return nil
		},
	}
}

// validateOne checks every record in one file and returns how many failed
// (a file that cannot be read, or holds no record, counts as one); err is
// set only when the report cannot be written.
func validateOne(path string, s streams) (bad int, err error) {
	var r io.Reader = s.in
	if path != "-" {
		f, err := openInput(path, errors.New("is a directory: give record files"))
		if err != nil {
			complain(s.err, "minutes: %s: %v\n", path, err)
			return 1, nil
		}
		defer f.Close()
		r = f
	}
	n := 0
	var held *streamRecord // reported once it is known whether others follow
	report := func(rec *streamRecord, several bool) {
		where := path
		if several {
			where = fmt.Sprintf("%s:%d", path, rec.line)
		}
		if rec.err != nil {
			bad++
			complain(s.err, "minutes: %s: %v\n", where, rec.err)
			return
		}
		n++
		verr := schema.ValidateJSON(rec.data)
		if verr == nil {
			return
		}
		bad++
		var ve *schema.ValidationError
		if errors.As(verr, &ve) {
			for _, v := range ve.Violations {
				complain(s.err, "minutes: %s: %s\n", where, v)
			}
			return
		}
		complain(s.err, "minutes: %s: %v\n", where, verr)
	}
	several := false
	readRecords(r, func(rec streamRecord) {
		if held == nil && !several {
			held = &rec
			return
		}
		if held != nil {
			several = true
			report(held, true)
			held = nil
		}
		report(&rec, true)
	})
	if held != nil {
		report(held, false)
	}
	if n == 0 && bad == 0 {
		complain(s.err, "minutes: %s: empty: no record to validate\n", path)
		return 1, nil
	}
	if bad == 0 {
		if _, err := fmt.Fprintf(s.out, "%s: %d valid\n", path, n); err != nil {
			return bad, err
		}
	}
	return bad, nil
}

// streamRecord is one JSON value of a stream, or why one could not be
// read, with the line it starts on.
type streamRecord struct {
	data []byte
	line int
	err  error
}

// readRecords hands each JSON value of r to fn in order: one record, JSON
// Lines, or records concatenated or indented one after another. A value
// that is not JSON is reported and reading goes on at the line after the
// one it started on, so that one torn line of a JSON Lines file does not
// hide the rest; a read error is reported and ends the stream.
func readRecords(r io.Reader, fn func(streamRecord)) {
	lr := &lineReader{r: r}
	var base int64 // offset in the stream at which dec started
	dec := json.NewDecoder(lr)
	for {
		var raw json.RawMessage
		err := dec.Decode(&raw)
		switch {
		case err == io.EOF:
			return
		case err == nil:
			start := base + dec.InputOffset() - int64(len(raw))
			fn(streamRecord{data: raw, line: lr.lineAt(start)})
			continue
		case lr.err != nil: // the reader failed, not the JSON
			fn(streamRecord{line: lr.lineAt(base + dec.InputOffset()), err: fmt.Errorf("cannot read: %v", pathErr(lr.err))})
			return
		}
		// Not JSON. The decoder stopped before the white space ahead of
		// the value it failed on, which is what it still holds: skip the
		// white space, report the value's line, drop the rest of the line
		// and go on with a new decoder.
		at := base + dec.InputOffset()
		br := bufio.NewReader(io.MultiReader(dec.Buffered(), lr))
		for {
			b, rerr := br.ReadByte()
			if rerr != nil {
				break
			}
			if b != ' ' && b != '\t' && b != '\r' && b != '\n' {
				br.UnreadByte()
				break
			}
			at++
		}
		fn(streamRecord{line: lr.lineAt(at), err: jsonErr(err)})
		for {
			b, rerr := br.ReadByte()
			if rerr != nil {
				return
			}
			at++
			if b == '\n' {
				break
			}
		}
		base = at
		dec = json.NewDecoder(br)
	}
}

// jsonErr says what is wrong with a value that is not JSON, in the words
// 'minutes validate' has always used.
func jsonErr(err error) error {
	if err == io.ErrUnexpectedEOF {
		return errors.New("not JSON: unexpected EOF")
	}
	return fmt.Errorf("not JSON: %v", err)
}

// lineReader counts the lines of what it reads, so that a value's offset
// in the stream can be turned into the line it starts on. It keeps the
// offsets of the newlines not yet passed, which the decoder's read-ahead
// bounds.
type lineReader struct {
	r      io.Reader
	off    int64   // bytes read so far
	nls    []int64 // offsets of newlines at or after the last lineAt
	passed int     // newlines before the last lineAt's offset
	err    error   // the first read error other than io.EOF
}

func (l *lineReader) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	for i, b := range p[:n] {
		if b == '\n' {
			l.nls = append(l.nls, l.off+int64(i))
		}
	}
	l.off += int64(n)
	if err != nil && err != io.EOF && l.err == nil {
		l.err = err
	}
	return n, err
}

// lineAt is the 1-based line of the byte at offset; offsets must not go
// backwards from one call to the next.
func (l *lineReader) lineAt(offset int64) int {
	i := 0
	for i < len(l.nls) && l.nls[i] < offset {
		i++
	}
	l.passed += i
	l.nls = l.nls[i:]
	return l.passed + 1
}
