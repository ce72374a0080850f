// Command minutes turns public meeting minutes into JSON records and
// compares meetings. All meaning lives in the library packages; this
// command is flags, streams and exit codes.
package main

import (
	"os"
	"runtime/debug"
)

// gcPercent is the collector's target when GOGC is not set. Extraction
// allocates a lot that dies young and keeps little alive (one document
// per worker), so the default of 100 collects far more often than it
// needs: 400 cut the time of a batch by a third and more, for a few more
// megabytes of peak memory (README, Performance).
const gcPercent = 400

// memoryLimit is the soft limit when GOMEMLIMIT is not set: past it the
// collector works harder rather than let a very large input's garbage
// pile up at the higher target.
const memoryLimit = 1 << 30

func main() { os.Exit(main1()) }

// main1 is the whole command short of exiting: the tests' scripts run it
// in a copy of the test binary (testscript), as mvdan/sh and gojq do.
func main1() int {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	return run(os.Args[1:], streams{in: os.Stdin, out: os.Stdout, err: os.Stderr})
}
