package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// input is one document to read: a path, or standard input.
type input struct {
	path string // "-" for standard input
	// rel is where its record goes under -o DIR: the path below the
	// directory it was found in, or its base name.
	rel string
	// err is set when the argument could not be expanded (no such file,
	// a glob that matches nothing); the input is reported and counted.
	err error
}

// minutesExts are the file endings a directory walk picks up.
var minutesExts = map[string]bool{".txt": true, ".text": true, ".htm": true, ".html": true}

// expandArgs turns arguments (files, directories, globs, "-") and the
// lines of --files-from into inputs, in the order given; directories are
// walked recursively in lexical order.
func expandArgs(args []string, filesFrom string, stdin io.Reader) ([]input, error) {
	if filesFrom != "" {
		var r io.Reader
		if filesFrom == "-" {
			r = stdin
		} else {
			f, err := os.Open(filesFrom)
			if err != nil {
				return nil, usagef("--files-from %s: %v", filesFrom, pathErr(err))
			}
			defer f.Close()
			r = f
		}
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64*1024), 1<<20)
		for sc.Scan() {
			if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
				args = append(args, line)
			}
		}
		if err := sc.Err(); err != nil {
			return nil, usagef("--files-from %s: %v", filesFrom, err)
		}
	}
	if len(args) == 0 && filesFrom == "" {
		args = []string{"-"}
	}
	var out []input
	for _, a := range args {
		out = append(out, expandOne(a)...)
	}
	return out, nil
}

func expandOne(arg string) []input {
	if arg == "-" {
		return []input{{path: "-", rel: "stdin"}}
	}
	st, err := os.Stat(arg)
	if err != nil && strings.ContainsAny(arg, "*?[") {
		matches, gerr := filepath.Glob(arg)
		if gerr != nil {
			return []input{{path: arg, err: fmt.Errorf("bad pattern: %v", gerr)}}
		}
		if len(matches) == 0 {
			return []input{{path: arg, err: errors.New("no file matches this pattern")}}
		}
		var out []input
		for _, m := range matches {
			out = append(out, expandOne(m)...)
		}
		return out
	}
	if err != nil {
		return []input{{path: arg, err: pathErr(err)}}
	}
	if !st.IsDir() {
		return []input{{path: arg, rel: filepath.Base(arg)}}
	}
	var out []input
	werr := filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, input{path: p, err: pathErr(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !minutesExts[strings.ToLower(filepath.Ext(p))] {
			return nil
		}
		rel, rerr := filepath.Rel(arg, p)
		if rerr != nil {
			rel = filepath.Base(p)
		}
		out = append(out, input{path: p, rel: rel})
		return nil
	})
	if werr != nil {
		out = append(out, input{path: arg, err: pathErr(werr)})
	}
	if len(out) == 0 {
		return []input{{path: arg, err: errors.New("folder holds no minutes (.txt, .text, .htm, .html)")}}
	}
	return out
}

// pathErr drops the paths and operation from an *fs.PathError or an
// *os.LinkError: messages name the file once, at the front, and say what
// is wrong with it (and a rename's temporary name, different each run,
// stays out of them).
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
