package main

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/minutes-tool/minutes/extract"
	"github.com/spf13/cobra"
)

// extractOptions are the flags of `minutes extract`.
type extractOptions struct {
	outDir    string
	jobs      int
	filesFrom string
	null      bool
	maxBytes  int64
	format    string
	dateOrder string
	jsonl     bool
	pretty    bool
}

func newExtractCmd(s streams) *cobra.Command {
	o := &extractOptions{}
	cmd := &cobra.Command{
		Use:   "extract [FILE|DIR|GLOB|-]...",
		Short: "Extract a JSON record from each minutes document",
		Long: `Extract reads minutes (plain text or HTML, any common encoding) and prints
one JSON record per document, validated against the schema first.

One file named on the command line (or standard input) prints one indented
record; everything else (folders, globs, --files-from lists, several names)
prints JSON Lines, one record a line, in the order given whatever --jobs is.
With -o DIR each record is written to DIR/NAME.json instead, mirroring
subfolders, as one JSON line. --jsonl or --pretty forces either form.
Directories are read recursively for .txt, .text, .htm, .html, .md and .markdown files,
passing over hidden folders, node_modules and vendor unless named. With no
argument, or "-", standard input is read. --files-from takes each line as
one name, as it stands; with -0, names end with NUL (find -print0).

A failing input is reported on stderr as "minutes: FILE: reason" and
skipped; the others are still written. Exit status: 0 all inputs done,
1 some input failed, 2 bad usage.`,
		Example: `  minutes extract minutes.html
  minutes extract -o records/ archive/
  curl -s https://example.org/minutes/42 | minutes extract - | jq .meeting
  find archive -name '*.html' | minutes extract --files-from - > all.jsonl
  minutes extract --date-order mdy us-minutes/*.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return extractRun(o, args, s)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.outDir, "output", "o", "", "write one `DIR`/NAME.json per input instead of printing")
	f.IntVarP(&o.jobs, "jobs", "j", runtime.NumCPU(), "number of documents extracted at once")
	f.StringVar(&o.filesFrom, "files-from", "", "read input paths, one a line as it stands, from `FILE` (- for standard input)")
	f.BoolVarP(&o.null, "null", "0", false, "--files-from names end with NUL, not newline (find -print0)")
	f.Int64Var(&o.maxBytes, "max-bytes", extract.DefaultMaxBytes, "refuse inputs larger than this many bytes")
	f.StringVar(&o.format, "format", "", "treat every input as `text`, html or markdown instead of deciding by content")
	f.StringVar(&o.dateOrder, "date-order", "", "read numeric dates as `dmy` or mdy instead of deciding per document")
	f.BoolVar(&o.jsonl, "jsonl", false, "one record a line (JSON Lines) even for one file")
	f.BoolVar(&o.pretty, "pretty", false, "indented records even for many inputs or under -o")
	// --compact was --jsonl before there was --pretty; kept for scripts.
	f.BoolVar(&o.jsonl, "compact", false, "same as --jsonl")
	_ = f.MarkHidden("compact")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"text", "html", "markdown"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("date-order", cobra.FixedCompletions([]string{"dmy", "mdy"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// outcome is one input's result, in input order.
type outcome struct {
	in   input
	data []byte // the encoded record, newline-terminated
	err  error
}

func extractRun(o *extractOptions, args []string, s streams) error {
	if err := o.check(args); err != nil {
		return err
	}
	inputs, err := expandArgs(args, o.filesFrom, o.null, s.in)
	if err != nil {
		return err
	}
	if len(inputs) == 1 && inputs[0].path == "-" && isTerminal(s.in) {
		// Someone typed "minutes extract" and nothing else: say why it waits.
		fmt.Fprintln(s.err, "minutes: reading minutes from standard input (end with Ctrl-D; see minutes extract --help)")
	}
	if o.outDir != "" {
		if err := os.MkdirAll(o.outDir, 0o755); err != nil {
			return usagef("-o %s: %v", o.outDir, pathErr(err))
		}
	}
	opts := extract.Options{MaxBytes: o.maxBytes, Format: extract.Format(o.format), DateOrder: o.dateOrder}
	indent := o.pretty || !o.jsonl && o.outDir == "" && oneFileNamed(args, o.filesFrom, inputs)
	if o.outDir != "" {
		sameTarget(inputs)
	}
	rw := newRecordWriter(o.outDir, inputs)

	bar := newProgress(s.err, len(inputs))
	t := &tally{out: s.out, errw: bar.writer(s.err), rw: rw, toFiles: o.outDir != ""} // messages print above the bar
	report := func(r outcome) {
		defer bar.done()
		t.report(r)
	}
	process(inputs, o.jobs, s.in, func(in input, stdin io.Reader) outcome {
		return extractOne(in, stdin, opts, indent)
	}, report)
	bar.finish()

	if len(inputs) > 1 || t.failed > 0 {
		complain(s.err, "minutes: %d inputs: %d records written, %d failed\n", len(inputs), t.written, t.failed)
	}
	if t.failed > 0 {
		return &exitError{exitFailed}
	}
	return nil
}

// tally writes each outcome where it goes, on standard output or to its
// file, and counts what was written and what failed.
type tally struct {
	out             io.Writer
	errw            io.Writer
	rw              *recordWriter
	toFiles         bool
	failed, written int
}

func (t *tally) report(r outcome) {
	var err error
	switch {
	case r.err != nil:
		t.failed++
		complain(t.errw, "minutes: %s\n", errorLine(r.in.path, r.err))
		return
	case !t.toFiles:
		if _, err = t.out.Write(r.data); err != nil {
			err = fmt.Errorf("cannot write output: %v", err)
		}
	default:
		err = t.rw.write(r.in.rel, r.data)
	}
	if err != nil {
		t.failed++
		complain(t.errw, "minutes: %s: %v\n", r.in.path, err)
		return
	}
	t.written++
}

// check refuses flags that cannot go together or out of range: usage
// errors, exit 2.
func (o *extractOptions) check(args []string) error {
	switch {
	case o.jobs < 1:
		return usagef("--jobs must be at least 1")
	case o.maxBytes < 1:
		return usagef("--max-bytes must be at least 1")
	case o.format != "" && o.format != "text" && o.format != "html" && o.format != "markdown":
		return usagef("--format must be text, html or markdown, not %q", o.format)
	case o.dateOrder != "" && o.dateOrder != "dmy" && o.dateOrder != "mdy":
		return usagef("--date-order must be dmy or mdy, not %q", o.dateOrder)
	case o.jsonl && o.pretty:
		return usagef("--jsonl and --pretty cannot be used together")
	case o.filesFrom == "-" && containsDash(args):
		return usagef("standard input cannot be both --files-from and an input")
	case o.null && o.filesFrom == "":
		return usagef("-0/--null goes with --files-from")
	}
	return nil
}

// oneFileNamed says whether the command line named exactly one file (or
// standard input) and nothing else: not a folder, not a glob, not a list,
// even when those come to one document. Only then is the record indented,
// so that what a script gets does not hang on how many files a folder
// happens to hold.
func oneFileNamed(args []string, filesFrom string, inputs []input) bool {
	if filesFrom != "" || len(args) > 1 || len(inputs) != 1 {
		return false
	}
	if len(args) == 0 {
		return true // standard input
	}
	return inputs[0].path == args[0]
}

func containsDash(args []string) bool {
	for _, a := range args {
		if a == "-" {
			return true
		}
	}
	return false
}

// errorLine formats "PATH: reason" without naming the path twice.
func errorLine(path string, err error) string {
	var le *lineError
	if errors.As(err, &le) {
		return fmt.Sprintf("%s:%d: %v", path, le.line, le.err)
	}
	var ie *extract.InputError
	if errors.As(err, &ie) {
		return path + ": " + ie.Reason
	}
	msg := err.Error()
	if strings.HasPrefix(msg, path+": ") {
		return msg
	}
	return path + ": " + msg
}

// extractOne reads and extracts one input and encodes its record.
func extractOne(in input, stdin io.Reader, opts extract.Options, indent bool) outcome {
	if in.err != nil {
		return outcome{in: in, err: in.err}
	}
	var r io.Reader
	name := in.path
	if in.path == "-" {
		r = stdin
	} else {
		f, err := openInput(in.path, errors.New("is a directory"))
		if err != nil {
			return outcome{in: in, err: err}
		}
		defer f.Close()
		r = f
	}
	rec, err := extract.Extract(r, name, opts)
	if err != nil {
		return outcome{in: in, err: err}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(rec); err != nil {
		return outcome{in: in, err: fmt.Errorf("cannot encode record: %w", err)}
	}
	return outcome{in: in, data: buf.Bytes()}
}

// sameTarget fails every input whose record would land on the file of an
// earlier input's under -o ("a.txt" and "a.html" both make a.json), which
// it would replace without a word.
func sameTarget(inputs []input) {
	first := map[string]string{} // target → the input that has it
	for i := range inputs {
		in := &inputs[i]
		if in.err != nil {
			continue
		}
		t := recordName(in.rel)
		if prev, ok := first[t]; ok {
			in.err = fmt.Errorf("its record would overwrite the one of %s (both are %s)", prev, t)
			continue
		}
		first[t] = in.path
	}
}

// recordName is where the record of an input at rel goes under -o.
func recordName(rel string) string {
	return strings.TrimSuffix(rel, filepath.Ext(rel)) + ".json"
}

// inputSet holds the inputs' real paths (absolute, symbolic links
// resolved), which -o never overwrites.
func inputSet(inputs []input) map[string]bool {
	m := make(map[string]bool, len(inputs))
	for _, in := range inputs {
		if in.path != "-" {
			m[realPath(in.path)] = true
		}
	}
	return m
}

// realPath is path made absolute with its symbolic links resolved, as far
// as they resolve: a record's target need not exist yet, so the folder is
// resolved and the name joined to it.
func realPath(path string) string {
	if r, err := filepath.EvalSymlinks(path); err == nil {
		path = r
	} else if d, err := filepath.EvalSymlinks(filepath.Dir(path)); err == nil {
		path = filepath.Join(d, filepath.Base(path))
	}
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// staleAfter is how old a .minutes-*.tmp file in an output folder must be
// to be taken for the leftover of a run that was killed between creating
// and renaming it; a live run's lasts milliseconds.
const staleAfter = 10 * time.Minute

// recordWriter writes the records of an -o run.
type recordWriter struct {
	dir       string
	protected map[string]bool // inputs' real paths, never overwritten
	swept     map[string]bool // folders cleared of stale temporary files
	now       time.Time
}

func newRecordWriter(dir string, inputs []input) *recordWriter {
	return &recordWriter{dir: dir, protected: inputSet(inputs), swept: map[string]bool{}, now: time.Now()}
}

// sweep removes, once per folder, the temporary files an earlier run left
// when it was killed, so that they do not pile up.
func (w *recordWriter) sweep(folder string) {
	if w.swept[folder] {
		return
	}
	w.swept[folder] = true
	olds, _ := filepath.Glob(filepath.Join(folder, ".minutes-*.tmp"))
	for _, p := range olds {
		if st, err := os.Lstat(p); err == nil && st.Mode().IsRegular() && w.now.Sub(st.ModTime()) > staleAfter {
			os.Remove(p)
		}
	}
}

// write writes data to dir/rel with its extension replaced by .json,
// through a temporary file synced and renamed into place, so that a
// reader never sees half a record and an interrupted batch, or a crash,
// leaves no torn file.
func (w *recordWriter) write(rel string, data []byte) error {
	target := filepath.Join(w.dir, recordName(rel))
	if w.protected[realPath(target)] {
		return fmt.Errorf("refusing to overwrite the input %s", target)
	}
	folder := filepath.Dir(target)
	if err := os.MkdirAll(folder, 0o755); err != nil {
		return fmt.Errorf("cannot create folder: %v", pathErr(err))
	}
	// The folder may be reached through a link only now that it exists.
	if w.protected[realPath(target)] {
		return fmt.Errorf("refusing to overwrite the input %s", target)
	}
	w.sweep(folder)
	tmp, err := createTemp(folder)
	if err != nil {
		return fmt.Errorf("cannot write %s: %v", target, pathErr(err))
	}
	_, werr := tmp.Write(data)
	if werr == nil {
		werr = tmp.Sync()
	}
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), target)
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cannot write %s: %v", target, pathErr(werr))
	}
	return nil
}

// createTemp makes a new .minutes-*.tmp file in dir with mode 0644 less
// the umask, the mode the record ends with: os.CreateTemp's 0600 would
// leave records that only their writer can read.
func createTemp(dir string) (*os.File, error) {
	for try := 0; ; try++ {
		var b [8]byte
		rand.Read(b[:])
		name := filepath.Join(dir, ".minutes-"+hex.EncodeToString(b[:])+".tmp")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil && errors.Is(err, fs.ErrExist) && try < 100 {
			continue
		}
		return f, err
	}
}
