// Command parsefloor times the bare goquery parse of every .html file under
// a directory, on one core: the floor that bench/run.sh compares HTML
// extraction with. It prints "files bytes seconds".
package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: parsefloor DIR")
		os.Exit(2)
	}
	runtime.GOMAXPROCS(1) // compared with minutes extract --jobs 1
	var files, size int
	var spent time.Duration
	err := filepath.WalkDir(os.Args[1], func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		// Reading is timed in neither; only the parse is.
		start := time.Now()
		if _, err := goquery.NewDocumentFromReader(bytes.NewReader(data)); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		spent += time.Since(start)
		files++
		size += len(data)
		return nil
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "parsefloor:", err)
		os.Exit(1)
	}
	fmt.Printf("%d %d %.3f\n", files, size, spent.Seconds())
}
