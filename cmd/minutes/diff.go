package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/minutes-tool/minutes/compare"
	"github.com/minutes-tool/minutes/extract"
	"github.com/minutes-tool/minutes/schema"
	"github.com/spf13/cobra"
)

// diffOptions are the flags of `minutes diff`.
type diffOptions struct {
	format    string
	color     string
	all       bool
	threshold float64
	maxBytes  int64
	quiet     bool
	stat      bool
}

func newDiffCmd(s streams) *cobra.Command {
	o := &diffOptions{}
	cmd := &cobra.Command{
		Use:   "diff (OLD NEW | PAIR)",
		Short: "Compare two meetings: commitments done, slipped or dropped, figures that moved",
		Long: `Diff compares two meetings of the same body, the older first (given
newer first, they are put in date order, with a note). Each may be a
minutes document (text or HTML, extracted as by 'minutes extract') or a
record (JSON with schema_version, validated first; a .json file must be
one); "-" reads one of them from standard input. A single argument PAIR
is a file (or "-") of two records one after another, as JSON Lines.
Meetings of two different bodies, or one with no date (then named by its
title and source), draw a warning on standard error.

Commitments, figures, decisions and agenda items are paired by topic, not
by position or exact wording. A commitment of OLD that no commitment of NEW
takes up is looked for in NEW's whole text: reported in the past tense it
is done; with another date it slipped or was brought forward; not found at
all it vanished.

Exit status, as diff(1): 0 no changes, 1 changes found, 2 trouble.`,
		Example: `  minutes diff 2017-11-06.txt 2018-02-05.txt
  minutes extract old.txt new.txt | minutes diff -
  minutes diff --format markdown old.html new.html > changes.md
  minutes diff --format html old.json new.json > changes.html
  minutes diff --color=never old.txt new.txt | less -R
  minutes diff --format json old.txt new.txt | jq '.changes[] | select(.status == "slipped")'`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 3 && cmd.Flags().Changed("color") {
				if isWhen(args[0]) {
					return usagef("accepts 2 arg(s), received 3 (to colour, write --color=%s)", args[0])
				}
			}
			return cobra.RangeArgs(1, 2)(cmd, args)
		},
		RunE: func(_ *cobra.Command, args []string) error {
			return diffRun(o, args, s)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "text", "output `format`: text, json, markdown or html")
	f.StringVar(&o.color, "color", "auto", "colour the text output: `WHEN` is auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always or never; --color alone is always")
	f.Lookup("color").NoOptDefVal = "always" // so that --color never takes the next argument
	f.BoolVar(&o.all, "all", false, "list unchanged elements, and figures with no counterpart, too (text, markdown, html)")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "print nothing; only the exit status says whether anything changed")
	f.BoolVar(&o.stat, "stat", false, "print only how many elements of each kind met each fate")
	f.Float64Var(&o.threshold, "threshold", compare.Threshold, "least similarity, 0 to 1, at which two elements are one topic")
	f.Int64Var(&o.maxBytes, "max-bytes", extract.DefaultMaxBytes, "refuse inputs larger than this many bytes")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(reportFormats, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("color", cobra.FixedCompletions([]string{"auto", "always", "never"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

var reportFormats = []string{"text", "json", "markdown", "html"}

// checkReportFlags validates the flags diff and track share.
func checkReportFlags(format, color string, threshold float64, maxBytes int64) error {
	ok := false
	for _, f := range reportFormats {
		ok = ok || f == format
	}
	if !ok {
		return usagef("--format must be text, json, markdown or html, not %q", format)
	}
	if color != "auto" && color != "always" && color != "never" {
		return usagef("--color must be auto, always or never, not %q", color)
	}
	if threshold <= 0 || threshold > 1 {
		return usagef("--threshold must be above 0 and at most 1, not %g", threshold)
	}
	if maxBytes < 1 {
		return usagef("--max-bytes must be at least 1")
	}
	return nil
}

// useColor decides colour: always and never are obeyed; auto colours a
// terminal unless NO_COLOR is set to anything (no-color.org) or the
// terminal says it cannot (TERM=dumb).
func useColor(mode string, w io.Writer) bool {
	return colorFor(mode, os.Getenv, isTerminal(w))
}

func colorFor(mode string, getenv func(string) string, terminal bool) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if getenv("NO_COLOR") != "" || getenv("TERM") == "dumb" {
		return false
	}
	return terminal
}

func isWhen(s string) bool { return s == "auto" || s == "always" || s == "never" }

// colorHint is added to the error of an input named like a --color value
// that is not there: "--color always a b" reads always as an input, since
// --color alone means always and takes no separate value.
func colorHint(path string, err error) error {
	if isWhen(path) && errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w (to colour, write --color=%s)", err, path)
	}
	return err
}

func diffRun(o *diffOptions, args []string, s streams) error {
	if err := checkReportFlags(o.format, o.color, o.threshold, o.maxBytes); err != nil {
		return err
	}
	if o.quiet && o.stat {
		return usagef("--quiet and --stat cannot be used together")
	}
	if (o.quiet || o.stat) && o.format != "text" {
		return usagef("--format goes with neither --quiet nor --stat")
	}
	var recs []*schema.Record
	paths := args // one meeting each
	if len(args) == 1 {
		paths = nil // both meetings in one
		rs, err := loadRecords(args[0], s.in, o.maxBytes)
		if err != nil {
			complain(s.err, "minutes: %s\n", errorLine(args[0], colorHint(args[0], err)))
			return &exitError{exitTrouble}
		}
		if len(rs) != 2 {
			n := "one meeting"
			if len(rs) > 1 {
				n = fmt.Sprintf("%d records", len(rs))
			}
			return usagef("%s holds %s: diff takes OLD and NEW, or one file of two records (JSON Lines); 'minutes track' follows a series", args[0], n)
		}
		recs = rs
	} else if args[0] == "-" && args[1] == "-" {
		return usagef("standard input can be only one of OLD and NEW")
	}
	ok := true
	for _, p := range paths {
		rs, err := loadRecords(p, s.in, o.maxBytes)
		if err == nil && len(rs) != 1 {
			err = fmt.Errorf("holds %d records: diff compares one meeting with another ('minutes track' follows a series)", len(rs))
		}
		if err != nil {
			complain(s.err, "minutes: %s\n", errorLine(p, colorHint(p, err)))
			ok = false
			continue
		}
		recs = append(recs, rs[0])
	}
	if !ok {
		return &exitError{exitTrouble}
	}
	if err := compare.CheckSize(recs...); err != nil {
		complain(s.err, "minutes: %s\n", err)
		return &exitError{exitTrouble}
	}
	older, newer, notes, warnings := compare.Order(recs[0], recs[1])
	for _, n := range notes {
		complain(s.err, "minutes: note: %s\n", n)
	}
	for _, w := range warnings {
		complain(s.err, "minutes: warning: %s\n", w)
	}
	r := compare.Diff(older, newer, compare.Options{Threshold: o.threshold})
	ro := compare.RenderOptions{Color: useColor(o.color, s.out), All: o.all}
	var err error
	switch {
	case o.quiet:
	case o.stat:
		err = writeStat(s.out, r)
	case o.format == "json":
		err = r.WriteJSON(s.out)
	case o.format == "markdown":
		err = r.WriteMarkdown(s.out, ro)
	case o.format == "html":
		err = r.WriteHTML(s.out, ro)
	default:
		err = r.WriteText(s.out, ro)
	}
	if err != nil {
		complain(s.err, "minutes: cannot write output: %v\n", err)
		return &exitError{exitTrouble}
	}
	if r.HasChanges() {
		return &exitError{exitFailed}
	}
	return nil
}

// otherFates are the outcomes --stat counts for figures, decisions and
// items, in the order it prints them.
var otherFates = []string{compare.Changed, compare.Added, compare.Removed, compare.Unchanged}

// writeStat prints, for each kind of element, how many met each fate,
// then the totals, as "commitments  1 slipped, 1 new".
func writeStat(w io.Writer, r *compare.Result) error {
	kinds := []struct{ kind, plural string }{
		{compare.KindCommitment, "commitments"}, {compare.KindFigure, "figures"},
		{compare.KindDecision, "decisions"}, {compare.KindItem, "agenda items"},
	}
	var b strings.Builder
	for _, k := range kinds {
		var parts []string
		if k.kind == compare.KindCommitment {
			// As the reports' header counts them: overdue first, the
			// announced next meeting with none.
			for _, f := range r.CommitmentFates() {
				parts = append(parts, fmt.Sprintf("%d %s", f.Count, strings.ReplaceAll(f.Fate, "_", " ")))
			}
			if len(parts) == 0 {
				parts = []string{"none"}
			}
			fmt.Fprintf(&b, "%-13s %s\n", k.plural, strings.Join(parts, ", "))
			continue
		}
		count := map[string]int{}
		for _, c := range r.Changes {
			if c.Kind == k.kind {
				count[c.Change]++
			}
		}
		for _, f := range otherFates {
			if count[f] > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", count[f], strings.ReplaceAll(f, "_", " ")))
				delete(count, f)
			}
		}
		var rest []string // fates this list does not know yet
		for f := range count {
			rest = append(rest, f)
		}
		sort.Strings(rest)
		for _, f := range rest {
			parts = append(parts, fmt.Sprintf("%d %s", count[f], strings.ReplaceAll(f, "_", " ")))
		}
		if len(parts) == 0 {
			parts = []string{"none"}
		}
		fmt.Fprintf(&b, "%-13s %s\n", k.plural, strings.Join(parts, ", "))
	}
	sm := r.Summary
	fmt.Fprintf(&b, "%d changed, %d added, %d removed, %d unchanged\n", sm.Changed, sm.Added, sm.Removed, sm.Unchanged)
	_, err := io.WriteString(w, b.String())
	return err
}

// loadAll loads every path (a folder is walked for documents and records,
// a glob the shell did not expand is expanded), reporting each failure
// on stderr; ok is false when any failed. A path may hold several records (JSON Lines), so there
// may be more records than paths.
func loadAll(paths []string, maxBytes int64, s streams) ([]*schema.Record, bool) {
	var recs []*schema.Record
	ok := true
	var ins []input
	for _, p := range paths {
		ins = append(ins, expandExts(p, recordExts)...)
	}
	for _, in := range ins {
		p := in.path
		if in.err != nil {
			complain(s.err, "minutes: %s\n", errorLine(p, colorHint(p, in.err)))
			ok = false
			continue
		}
		rs, err := loadRecords(p, s.in, maxBytes)
		if err != nil {
			err = colorHint(p, err)
			complain(s.err, "minutes: %s\n", errorLine(p, err))
			ok = false
			continue
		}
		recs = append(recs, rs...)
	}
	return recs, ok
}

// loadRecords reads a minutes document, a record, or records one after
// another (JSON Lines, or what 'extract --pretty' prints). Records are
// told by their content, JSON objects with schema_version, not by their
// name, so that records piped from 'minutes extract' work as well as
// files; but a .json file must hold records: minutes are not written in
// JSON, so one that holds something else is a mistake worth saying.
func loadRecords(path string, stdin io.Reader, maxBytes int64) ([]*schema.Record, error) {
	var r io.Reader = stdin
	if path != "-" {
		f, err := openInput(path, errors.New("is a directory: give one minutes document or record"))
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read: %v", pathErr(err))
	}
	if int64(len(data)) > maxBytes {
		return nil, fmt.Errorf("larger than the limit of %d bytes (raise it with --max-bytes)", maxBytes)
	}
	isJSONName := strings.EqualFold(filepath.Ext(path), ".json")
	if !isJSONName && !isRecord(data) {
		rec, err := extract.ExtractBytes(data, path, extract.Options{MaxBytes: maxBytes})
		if err != nil {
			return nil, err
		}
		return []*schema.Record{rec}, nil
	}
	return decodeRecords(data)
}

// lineError is a problem with the record that starts on line of a file
// that holds several.
type lineError struct {
	line int
	err  error
}

func (e *lineError) Error() string { return fmt.Sprintf("line %d: %v", e.line, e.err) }
func (e *lineError) Unwrap() error { return e.err }

// decodeRecords decodes and validates every record of data.
func decodeRecords(data []byte) ([]*schema.Record, error) {
	var vals []streamRecord
	readRecords(bytes.NewReader(data), func(v streamRecord) { vals = append(vals, v) })
	if len(vals) == 0 {
		return nil, errors.New("not a record: the file is empty")
	}
	var recs []*schema.Record
	for _, v := range vals {
		rec, err := decodeValue(v)
		if err != nil {
			if len(vals) > 1 {
				return nil, &lineError{v.line, err}
			}
			return nil, err
		}
		recs = append(recs, rec)
	}
	return recs, nil
}

// decodeValue turns one value of a record stream into a record, or says
// why it is none.
func decodeValue(v streamRecord) (*schema.Record, error) {
	if v.err != nil {
		return nil, fmt.Errorf("not a record: %v", v.err)
	}
	if !isRecord(v.data) {
		return nil, errors.New("not a record: JSON without schema_version (records are what 'minutes extract' prints)")
	}
	return decodeRecord(v.data)
}

// isRecord says whether data starts with a JSON object with a
// schema_version key.
func isRecord(data []byte) bool {
	t := bytes.TrimLeft(data, " \t\r\n")
	if len(t) == 0 || t[0] != '{' {
		return false
	}
	var probe map[string]json.RawMessage
	if json.NewDecoder(bytes.NewReader(t)).Decode(&probe) != nil {
		return false
	}
	_, ok := probe["schema_version"]
	return ok
}

// decodeRecord validates a record against the schema before trusting it.
func decodeRecord(data []byte) (*schema.Record, error) {
	if err := schema.ValidateJSON(data); err != nil {
		var ve *schema.ValidationError
		if errors.As(err, &ve) {
			var parts []string
			for i, v := range ve.Violations {
				if i == 3 {
					parts = append(parts, fmt.Sprintf("and %d more (see 'minutes validate')", len(ve.Violations)-3))
					break
				}
				parts = append(parts, v.String())
			}
			return nil, fmt.Errorf("not a valid record: %s", strings.Join(parts, "; "))
		}
		return nil, fmt.Errorf("not a valid record: %v", err)
	}
	var rec schema.Record
	if err := json.Unmarshal(data, &rec); err != nil {
		return nil, fmt.Errorf("not a valid record: %v", err)
	}
	return &rec, nil
}
