package main

import (
	"github.com/minutes-tool/minutes/compare"
	"github.com/minutes-tool/minutes/extract"
	"github.com/spf13/cobra"
)

// trackOptions are the flags of `minutes track`.
type trackOptions struct {
	format    string
	color     string
	threshold float64
	maxBytes  int64
}

func newTrackCmd(s streams) *cobra.Command {
	o := &trackOptions{}
	cmd := &cobra.Command{
		Use:   "track (FILE | DIR | GLOB | -)...",
		Short: "Follow each commitment through a series of meetings",
		Long: `Track reads the meetings of one body (minutes documents or records, as for
'minutes diff', or JSON Lines of records; a folder is walked for both, a
glob is expanded), orders them by meeting date, and follows each
commitment from the meeting that first stated it through every later one:
each mention with its sentence and date, how its due date moved, and where
it ended: open, done, slipped N times, or vanished after a meeting. The
date of the next meeting is the body's calendar, not a commitment.

Meetings without a date are placed after the dated ones, in the order
given, with a warning; meetings of different bodies draw one too. Exit
status: 0 done, 2 trouble.`,
		Example: `  minutes track minutes/*.txt
  minutes track minutes/
  minutes extract minutes/ | minutes track -
  minutes track --format markdown records/*.json > commitments.md`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			return trackRun(o, args, s)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "text", "output `format`: text, json, markdown or html")
	f.StringVar(&o.color, "color", "auto", "colour the text output: `WHEN` is auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always or never; --color alone is always")
	f.Lookup("color").NoOptDefVal = "always" // so that --color never takes the next argument
	f.Float64Var(&o.threshold, "threshold", compare.Threshold, "least similarity, 0 to 1, at which two elements are one topic")
	f.Int64Var(&o.maxBytes, "max-bytes", extract.DefaultMaxBytes, "refuse inputs larger than this many bytes")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(reportFormats, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("color", cobra.FixedCompletions([]string{"auto", "always", "never"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func trackRun(o *trackOptions, args []string, s streams) error {
	if err := checkReportFlags(o.format, o.color, o.threshold, o.maxBytes); err != nil {
		return err
	}
	if dashes := countDash(args); dashes > 1 {
		return usagef("standard input can be given only once")
	}
	recs, ok := loadAll(args, o.maxBytes, s)
	if !ok {
		return &exitError{exitTrouble}
	}
	if err := compare.CheckSize(recs...); err != nil {
		complain(s.err, "minutes: %s\n", err)
		return &exitError{exitTrouble}
	}
	tr := compare.Track(recs, compare.Options{Threshold: o.threshold})
	for _, w := range tr.Warnings {
		complain(s.err, "minutes: warning: %s\n", w)
	}
	ro := compare.RenderOptions{Color: useColor(o.color, s.out)}
	var err error
	switch o.format {
	case "json":
		err = tr.WriteJSON(s.out)
	case "markdown":
		err = tr.WriteMarkdown(s.out, ro)
	case "html":
		err = tr.WriteHTML(s.out, ro)
	default:
		err = tr.WriteText(s.out, ro)
	}
	if err != nil {
		complain(s.err, "minutes: cannot write output: %v\n", err)
		return &exitError{exitTrouble}
	}
	return nil
}

func countDash(args []string) int {
	n := 0
	for _, a := range args {
		if a == "-" {
			n++
		}
	}
	return n
}
