package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the scripts run "minutes": the test binary, started
// under that name, runs main1 instead of the tests.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"minutes": func() { os.Exit(main1()) },
	})
}

// TestScripts runs testdata/script/*.txtar: the command's behaviour,
// each command, exit status and message, as data.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits": cmdExits,
		},
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Setup: func(env *testscript.Env) error {
			// $TESTDATA is the repository's testdata, for the recipes
			// that run over all of it.
			dir, err := filepath.Abs("../../testdata")
			env.Setenv("TESTDATA", dir)
			return err
		},
	})
}

// cmdExits is "exits CODE PROG [ARG...]": it runs PROG as exec does and
// fails unless PROG exits with status CODE, which "! exec" cannot tell
// apart (1 is "some input failed" or "changes found", 2 is trouble).
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! exits")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: exits CODE PROG [ARG...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: bad exit code %q", args[0])
	}
	err = ts.Exec(args[1], args[2:]...)
	got := 0
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		got = ee.ExitCode()
	default:
		ts.Fatalf("exits: %v", err)
	}
	if got != want {
		ts.Fatalf("exit status %d, want %d", got, want)
	}
}
