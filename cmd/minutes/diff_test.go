package main

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/diff")

// Tests run from the repository root, so that the paths in the outputs
// read as a user would type them.
const seeds = "testdata/seeds/"

func atRoot(t *testing.T) { t.Chdir(filepath.Join("..", "..")) }

var (
	seed000 = seeds + "000_dfdf27c5bf53e389.txt"
	seed002 = seeds + "002_c8d5d41b4d42c143.txt"
	seed003 = seeds + "003_31771c3f5ec23068.txt"
	seed004 = seeds + "004_63bc8c950772019a.txt"
)

// runCLI runs the command in-process and returns its exit code and output.
// golden compares got with testdata/diff/NAME at the repository root;
// -update rewrites it, a mismatch writes NAME.got beside it.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "diff", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		os.Remove(path + ".got")
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/minutes -update to create it)", err)
	}
	if string(want) != got {
		os.WriteFile(path+".got", []byte(got), 0o644)
		t.Errorf("%s differs (-want +got):\n%s", name, cmp.Diff(string(want), got))
		return
	}
	os.Remove(path + ".got")
}

// The seed goldens stay thin until the recognisers fill figures and
// commitments; regenerate them with -update when they land.
func TestDiffSeedsGolden(t *testing.T) {
	atRoot(t)
	tests := []struct {
		name     string
		old, new string
	}{
		{"002-004", seed002, seed004},
		{"000-002", seed000, seed002},
	}
	for _, tt := range tests {
		for _, format := range []string{"text", "json", "markdown"} {
			code, out, errs := runCLI(t, "", "diff", "--format", format, tt.old, tt.new)
			if code == 2 {
				t.Fatalf("%s %s: exit 2: %s", tt.name, format, errs)
			}
			ext := map[string]string{"text": ".txt", "json": ".json", "markdown": ".md"}[format]
			golden(t, tt.name+ext, out)
		}
	}
}

func TestTrackSeedsGolden(t *testing.T) {
	atRoot(t)
	for _, format := range []string{"text", "json", "markdown"} {
		code, out, errs := runCLI(t, "", "track", "--format", format, seed000, seed002, seed004, seed003)
		if code != 0 {
			t.Fatalf("track %s: exit %d: %s", format, code, errs)
		}
		ext := map[string]string{"text": ".txt", "json": ".json", "markdown": ".md"}[format]
		golden(t, "track"+ext, out)
	}
}

func TestDiffColor(t *testing.T) {
	atRoot(t)
	_, plain, _ := runCLI(t, "", "diff", seed002, seed004)
	if strings.Contains(plain, "\x1b[") {
		t.Errorf("colour on a pipe with --color auto")
	}
	_, coloured, _ := runCLI(t, "", "diff", "--color=always", seed002, seed004)
	if !strings.Contains(coloured, "\x1b[") {
		t.Errorf("no colour with --color always")
	}
	t.Setenv("NO_COLOR", "1")
	if useColor("auto", os.Stdout) {
		t.Errorf("NO_COLOR set, yet auto colours")
	}
	if !useColor("always", os.Stdout) {
		t.Errorf("--color always must win over NO_COLOR")
	}
}

// TestColorFor: auto colours a terminal, unless NO_COLOR is set or the
// terminal is dumb; always and never are obeyed whatever the rest.
func TestColorFor(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	for _, tt := range []struct {
		mode     string
		env      func(string) string
		terminal bool
		want     bool
	}{
		{"auto", env(), true, true},
		{"auto", env(), false, false},
		{"auto", env("TERM", "xterm-256color"), true, true},
		{"auto", env("TERM", "dumb"), true, false},
		{"auto", env("NO_COLOR", "1"), true, false},
		{"always", env("TERM", "dumb", "NO_COLOR", "1"), false, true},
		{"never", env("TERM", "xterm"), true, false},
	} {
		if got := colorFor(tt.mode, tt.env, tt.terminal); got != tt.want {
			t.Errorf("colorFor(%q, terminal %v) = %v, want %v", tt.mode, tt.terminal, got, tt.want)
		}
	}
}

func TestDiffJSONShape(t *testing.T) {
	atRoot(t)
	_, out, _ := runCLI(t, "", "diff", "--format", "json", seed002, seed004)
	var v map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	for _, k := range []string{"old", "new", "changes", "summary"} {
		if _, ok := v[k]; !ok {
			t.Errorf("output lacks %q", k)
		}
	}
}

func TestTrackUndatedWarns(t *testing.T) {
	atRoot(t)
	dir := t.TempDir()
	undated := filepath.Join(dir, "undated.txt")
	os.WriteFile(undated, []byte("Stroke services\nThe consultation will take place in the spring.\n"), 0o644)
	code, _, errs := runCLI(t, "", "track", undated, seed002)
	if code != 0 || !strings.Contains(errs, "warning: "+undated+": no meeting date") {
		t.Errorf("exit %d, stderr %q: want 0 and a warning naming %s", code, errs, undated)
	}
}
