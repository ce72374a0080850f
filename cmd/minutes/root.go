package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

// Exit codes, as the contract fixes them.
const (
	exitOK      = 0
	exitFailed  = 1 // some input failed (for diff: changes found)
	exitUsage   = 2 // bad flags or arguments (for diff: trouble)
	exitTrouble = 2
)

// streams are the command's standard streams, passed in so tests run the
// CLI in-process.
type streams struct {
	in  io.Reader
	out io.Writer
	err io.Writer
}

// exitError carries an exit code out of a command whose messages were
// already printed.
type exitError struct{ code int }

func (e *exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// usageError is a mistake in the call itself: exit 2.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// run executes the command line and returns the exit code.
func run(args []string, s streams) int {
	root := newRootCmd(s)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	// Anything else is cobra's or ours about the call: unknown command or
	// flag, wrong number of arguments. Point to the help of the command
	// that was called, which says what it takes.
	path := "minutes"
	if cmd != nil {
		path = cmd.CommandPath()
	}
	complain(s.err, "minutes: %v\n", err)
	complain(s.err, "Run '%s --help' for usage.\n", path)
	return exitUsage
}

func newRootCmd(s streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "minutes",
		Short: "Turn meeting minutes into JSON records and track commitments across meetings",
		Long: `minutes reads public meeting minutes, plain text or HTML, and prints JSON
records validated against a JSON Schema: the meeting, attendees, agenda
items, decisions, figures, dates and commitments, each with the span of
text it came from. It compares meetings of the same body to show which
commitments were done, slipped or quietly dropped.`,
		Example: `  minutes extract testdata/seeds/000_dfdf27c5bf53e389.txt
  minutes extract -o out/ minutes-archive/
  minutes extract *.html | jq -r '.meeting.date'
  minutes diff november.txt february.txt
  minutes track --format html 2017-*.txt 2018-*.txt > commitments.html
  minutes validate out/*.json
  minutes schema > minutes.schema.json`,
		SilenceErrors: true,
		SilenceUsage:  true,
		Version:       "-", // set below: cobra adds --version when it is not empty
	}
	root.SetVersionTemplate(versionLine())
	root.SetIn(s.in)
	root.SetOut(s.out)
	root.SetErr(s.err)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	root.AddCommand(
		newExtractCmd(s),
		newValidateCmd(s),
		newDiffCmd(s),
		newTrackCmd(s),
		newSchemaCmd(s),
		newVersionCmd(s),
	)
	// cobra's completion command prints its help and exits 0 for a shell
	// it does not know; a typo there is a usage error like any other.
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() == "completion" {
			c.Args = func(c *cobra.Command, args []string) error {
				if len(args) > 0 {
					return usagef("unknown shell %q: completion is for bash, zsh, fish or powershell", args[0])
				}
				return nil
			}
			c.RunE = func(c *cobra.Command, _ []string) error { return c.Help() }
		}
	}
	return root
}

// isTerminal reports whether a stream is a character device (a terminal).
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
