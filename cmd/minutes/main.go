// Command minutes turns public meeting minutes into JSON records and
// compares meetings. All meaning lives in the library packages; this
// command is flags, streams and exit codes.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], streams{in: os.Stdin, out: os.Stdout, err: os.Stderr}))
}
