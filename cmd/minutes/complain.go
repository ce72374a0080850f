package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/minutes-tool/minutes/internal/terminal"
)

// complain writes one message line to standard error. File names and the
// words of records reach it, so the characters a terminal would obey (an
// escape sequence in a file name could retitle the terminal or clear the
// screen) and line breaks inside the message are written as escapes.
func complain(w io.Writer, format string, args ...any) {
	msg := strings.TrimSuffix(fmt.Sprintf(format, args...), "\n")
	msg = strings.ReplaceAll(terminal.Escape(msg), "\n", `\n`)
	fmt.Fprintln(w, msg)
}
