package main

import (
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/minutes-tool/minutes/schema"
	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3";
// otherwise the module version or "devel".
var version = ""

// versionLine is what 'minutes version' and 'minutes --version' print:
// the program's version, the record contract's, and the commit it was
// built from when the build recorded one.
func versionLine() string {
	bi, _ := debug.ReadBuildInfo()
	return versionOf(version, bi)
}

func versionOf(set string, bi *debug.BuildInfo) string {
	v := set
	if v == "" && bi != nil && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		v = bi.Main.Version
	}
	if v == "" {
		v = "devel"
	}
	var about []string
	about = append(about, "record schema v"+schema.Version)
	if bi != nil {
		var rev, when string
		modified := false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				when = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
		if rev != "" {
			if len(rev) > 12 {
				rev = rev[:12]
			}
			c := "commit " + rev
			if when != "" {
				c += " of " + when
			}
			if modified {
				c += ", modified"
			}
			about = append(about, c)
		}
	}
	return fmt.Sprintf("minutes %s (%s)\n", v, strings.Join(about, "; "))
}

func newVersionCmd(s streams) *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print the version of minutes, of the record contract and the commit built",
		Example: "  minutes version\n  minutes --version",
		Args:    noArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := fmt.Fprint(s.out, versionLine())
			return err
		},
	}
}

func noArgs(_ *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("unexpected argument %q", args[0])
	}
	return nil
}
