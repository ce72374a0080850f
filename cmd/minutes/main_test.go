package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/schema"
)

// runCLI runs the command in-process and returns its exit code and
// streams.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, streams{in: strings.NewReader(stdin), out: &out, err: &errb})
	return code, out.String(), errb.String()
}

const seed = "../../testdata/seeds/000_dfdf27c5bf53e389.txt"

func TestExtractOne(t *testing.T) {
	code, out, errs := runCLI(t, "", "extract", seed)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if err := schema.ValidateJSON([]byte(out)); err != nil {
		t.Fatalf("output is not a valid record: %v", err)
	}
	var rec schema.Record
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Source.Name != seed || rec.Meeting.Date == nil || *rec.Meeting.Date != "2017-08-14" {
		t.Errorf("source %q date %v", rec.Source.Name, rec.Meeting.Date)
	}
	if errs != "" {
		t.Errorf("stderr not empty on success: %q", errs)
	}
}

func TestExtractStdin(t *testing.T) {
	data, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"extract"}, {"extract", "-"}} {
		code, out, errs := runCLI(t, string(data), args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
		var rec schema.Record
		if err := json.Unmarshal([]byte(out), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Source.Name != "-" {
			t.Errorf("%v: source name %q, want -", args, rec.Source.Name)
		}
	}
}

// TestJobsSameOutput: the batch prints the same bytes, in input order,
// whatever the number of workers.
func TestJobsSameOutput(t *testing.T) {
	var outs []string
	for _, jobs := range []string{"1", "4"} {
		code, out, errs := runCLI(t, "", "extract", "--jobs", jobs, "../../testdata/seeds", "../../testdata/corpus")
		if code != 0 {
			t.Fatalf("--jobs %s: exit %d: %s", jobs, code, errs)
		}
		outs = append(outs, out)
	}
	if outs[0] != outs[1] {
		t.Fatal("--jobs 1 and --jobs 4 print different output")
	}
	lines := strings.Split(strings.TrimSpace(outs[0]), "\n")
	if len(lines) != 15 {
		t.Fatalf("got %d JSON lines, want 15 (5 seeds, 10 corpus documents)", len(lines))
	}
	var first schema.Record
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(first.Source.Name, "000_dfdf27c5bf53e389.txt") {
		t.Errorf("first record is %s, want the first seed", first.Source.Name)
	}
}

// TestBadFileInBatch: one bad file among good ones is reported, counted
// and skipped; every good record is still written; exit 1.
func TestBadFileInBatch(t *testing.T) {
	in := t.TempDir()
	out := filepath.Join(t.TempDir(), "records")
	good, _ := os.ReadFile(seed)
	files := map[string][]byte{
		"a/good1.txt": good,
		"b/empty.txt": {},
		"c/bin.html":  []byte("\x00\x01\x02binary"),
		"d/good2.txt": good,
		"notes.pdf":   []byte("ignored: not a minutes extension"),
	}
	for name, data := range files {
		p := filepath.Join(in, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, stdout, errs := runCLI(t, "", "extract", "--jobs", "2", "-o", out, in)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr: %s", code, errs)
	}
	if stdout != "" {
		t.Errorf("with -o nothing goes to stdout, got %q", stdout)
	}
	for _, want := range []string{
		"minutes: " + filepath.Join(in, "b/empty.txt") + ": empty file",
		"minutes: " + filepath.Join(in, "c/bin.html") + ": binary data",
		"minutes: 4 inputs: 2 records written, 2 failed",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	for _, rel := range []string{"a/good1.json", "d/good2.json"} {
		data, err := os.ReadFile(filepath.Join(out, rel))
		if err != nil {
			t.Errorf("good record not written: %v", err)
			continue
		}
		if err := schema.ValidateJSON(data); err != nil {
			t.Errorf("%s: %v", rel, err)
		}
	}
	leftovers, _ := filepath.Glob(filepath.Join(out, "*", ".minutes-*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}
}

// TestSameTarget: two inputs that make the same NAME.json under -o do not
// race for it; the first in input order keeps it, the other fails aloud.
func TestSameTarget(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	good, _ := os.ReadFile(seed)
	os.WriteFile(filepath.Join(dir, "m.html"), []byte("<p>"+string(good)+"</p>"), 0o644)
	os.WriteFile(filepath.Join(dir, "m.txt"), good, 0o644)
	for _, jobs := range []string{"1", "2"} {
		code, _, errs := runCLI(t, "", "extract", "--jobs", jobs, "-o", out, dir)
		want := "minutes: " + filepath.Join(dir, "m.txt") + ": its record would overwrite the one of " + filepath.Join(dir, "m.html") + " (both are m.json)"
		if code != 1 || !strings.Contains(errs, want) || !strings.Contains(errs, "2 inputs: 1 records written, 1 failed") {
			t.Fatalf("--jobs %s: exit %d, stderr %q", jobs, code, errs)
		}
		data, err := os.ReadFile(filepath.Join(out, "m.json"))
		if err != nil || !strings.Contains(string(data), `"format":"html"`) {
			t.Fatalf("--jobs %s: m.json is not the HTML input's record (%v)", jobs, err)
		}
	}
}

func TestValidateCommand(t *testing.T) {
	dir := t.TempDir()
	_, rec, _ := runCLI(t, "", "extract", seed)
	good := filepath.Join(dir, "good.json")
	os.WriteFile(good, []byte(rec), 0o644)
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(strings.Replace(rec, `"schema_version": "1"`, `"schema_version": 1`, 1)), 0o644)
	notRecord := filepath.Join(dir, "other.json")
	os.WriteFile(notRecord, []byte(`{"hello": "world"}`), 0o644)

	if code, out, errs := runCLI(t, "", "validate", good); code != 0 || !strings.Contains(out, "1 valid") {
		t.Errorf("valid record: exit %d, out %q, err %q", code, out, errs)
	}
	code, _, errs := runCLI(t, "", "validate", good, bad, notRecord)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	for _, want := range []string{bad + ": /schema_version: got number, want string", notRecord + ": /: missing properties"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	// JSON Lines from a batch validate line by line.
	_, lines, _ := runCLI(t, "", "extract", "../../testdata/seeds")
	if code, out, errs := runCLI(t, lines, "validate", "-"); code != 0 || !strings.Contains(out, "5 valid") {
		t.Errorf("JSON Lines: exit %d, out %q, err %q", code, out, errs)
	}
}

func TestSchemaAndVersion(t *testing.T) {
	code, out, _ := runCLI(t, "", "schema")
	if code != 0 || out != string(schema.JSON()) {
		t.Errorf("schema: exit %d, output differs from schema.JSON()", code)
	}
	code, out, _ = runCLI(t, "", "version")
	if code != 0 || !strings.HasPrefix(out, "minutes ") || !strings.Contains(out, "schema v1") {
		t.Errorf("version: exit %d, %q", code, out)
	}
	code, out, _ = runCLI(t, "", "completion", "bash")
	if code != 0 || !strings.Contains(out, "minutes") {
		t.Errorf("completion: exit %d", code)
	}
	for _, cmd := range []string{"extract", "validate", "schema", "version"} {
		code, out, _ := runCLI(t, "", cmd, "--help")
		if code != 0 || !strings.Contains(out, "Examples:") {
			t.Errorf("%s --help: exit %d, no examples", cmd, code)
		}
	}
}

// TestUnreadableInputs: inputs that cannot be read (a dangling link, a
// folder given where a file is expected, a file that vanished) are
// reported by name and the good input is still written. Permission bits
// are not used: the tests may run as root, who reads anything.
func TestUnreadableInputs(t *testing.T) {
	dir := t.TempDir()
	dangling := filepath.Join(dir, "gone.txt")
	if err := os.Symlink(filepath.Join(dir, "nowhere.txt"), dangling); err != nil {
		t.Skip("no symlinks here:", err)
	}
	folder := filepath.Join(dir, "folder.html")
	os.Mkdir(folder, 0o755)
	os.WriteFile(filepath.Join(folder, "inner.html"), []byte("<p>The Board met on 5 March 2018.</p><p>x</p>"), 0o644)
	code, out, errs := runCLI(t, "", "extract", dangling, seed)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr %q", code, errs)
	}
	if !strings.Contains(errs, "minutes: "+dangling+": no such file or directory") {
		t.Errorf("stderr lacks the dangling link: %q", errs)
	}
	if strings.Count(out, `"schema_version"`) != 1 {
		t.Errorf("the good input was not written: %q", out[:min(len(out), 200)])
	}
	// A folder named like a file is walked, not read as a file.
	code, out, errs = runCLI(t, "", "extract", folder)
	if code != 0 || !strings.Contains(out, "inner.html") {
		t.Errorf("folder.html: exit %d, stderr %q", code, errs)
	}
}

// TestSchemaExample: the path 'minutes schema --help' shows jq following
// ."$defs".Record.properties leads to the record's fields (the root is a
// $ref, so .properties alone is null and jq's keys fails).
func TestSchemaExample(t *testing.T) {
	_, help, _ := runCLI(t, "", "schema", "--help")
	if !strings.Contains(help, `jq '."$defs".Record.properties | keys'`) {
		t.Fatalf("the example changed; change this test with it:\n%s", help)
	}
	var doc struct {
		Defs map[string]struct {
			Properties map[string]json.RawMessage `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(schema.JSON(), &doc); err != nil {
		t.Fatal(err)
	}
	props := doc.Defs["Record"].Properties
	for _, k := range []string{"schema_version", "text", "meeting", "commitments"} {
		if _, ok := props[k]; !ok {
			t.Errorf(`."$defs".Record.properties lacks %q`, k)
		}
	}
}
