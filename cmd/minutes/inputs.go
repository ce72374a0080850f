package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
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

// minutesExts are the file endings a directory walk picks up, in the
// order an error lists them.
var minutesExts = []string{".txt", ".text", ".htm", ".html", ".md", ".markdown"}

// folderReadme tells whether a file found in a walk is the folder's
// README, which describes the folder rather than minutes a meeting. Named
// on the command line, it is read like any file.
func folderReadme(name string) bool {
	base := strings.TrimSuffix(name, filepath.Ext(name))
	return strings.EqualFold(base, "readme")
}

// recordExts are those of a walk for 'minutes track', which reads records
// as well as documents.
var recordExts = append(append([]string{}, minutesExts...), ".json", ".jsonl", ".ndjson")

// expandArgs turns arguments (files, directories, globs, "-") and the
// names of --files-from into inputs, in the order given; directories are
// walked recursively in lexical order. Each line of the list is one name,
// as it stands (a name may start with a space or "#"), empty lines aside;
// with null, names end with NUL instead, so that any name can be listed
// (find -print0).
func expandArgs(args []string, filesFrom string, null bool, stdin io.Reader) ([]input, error) {
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
		if null {
			sc.Split(splitNUL)
		}
		for sc.Scan() {
			name := sc.Text()
			if !null {
				name = strings.TrimSuffix(name, "\r")
			}
			if name != "" {
				args = append(args, name)
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

// skipFolder says whether a walk passes over a folder it finds: hidden
// ones (.git, .cache) and the dependency trees node_modules and vendor,
// which hold other people's files, not minutes. A folder named as an
// argument is walked whatever its name.
func skipFolder(name string) bool {
	return strings.HasPrefix(name, ".") || name == "node_modules" || name == "vendor"
}

func expandOne(arg string) []input { return expandExts(arg, minutesExts) }

// expandExts expands one argument as expandArgs does, a folder walk
// picking up the files that end in one of exts.
func expandExts(arg string, exts []string) []input {
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
			out = append(out, expandExts(m, exts)...)
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
		if d.IsDir() {
			if p != arg && skipFolder(d.Name()) {
				return fs.SkipDir
			}
			return nil
		}
		if !slices.Contains(exts, strings.ToLower(filepath.Ext(p))) || folderReadme(d.Name()) {
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
		return []input{{path: arg, err: fmt.Errorf("folder holds no minutes (%s)", strings.Join(exts, ", "))}}
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

// splitNUL is a bufio.SplitFunc for names ended by NUL; the last may lack
// its NUL.
func splitNUL(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return i + 1, data[:i], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

// openInput opens a file to read, after making sure it is a regular file:
// a named pipe, device or socket is refused without being opened, since
// opening a FIFO with no writer waits for ever and a device never ends.
// isDir is the error for a folder, which each command words its own way.
func openInput(path string, isDir error) (*os.File, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, pathErr(err)
	}
	if err := notRegular(st, isDir); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, pathErr(err)
	}
	// Whatever was checked may have been replaced since.
	if st, err := f.Stat(); err == nil {
		if err := notRegular(st, isDir); err != nil {
			f.Close()
			return nil, err
		}
	}
	return f, nil
}

// notRegular says why a file is not one to read, or nil.
func notRegular(st fs.FileInfo, isDir error) error {
	m := st.Mode()
	var what string
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return isDir
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	case m&fs.ModeDevice != 0:
		what = "a device"
	default:
		what = "of another kind"
	}
	return fmt.Errorf("not a regular file but %s: not read (use - to read standard input)", what)
}
