package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/minutes-tool/minutes/schema"
	"github.com/spf13/cobra"
)

func newValidateCmd(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "validate FILE...",
		Short: "Check records against the schema, naming each violation's JSON pointer",
		Long: `Validate checks JSON records (one per file, or JSON Lines) against the record
schema, formats asserted, and prints each violation as
"FILE[:LINE]: /json/pointer: what is wrong". "-" reads standard input.
Exit status: 0 all valid, 1 some record invalid or unreadable, 2 bad usage.`,
		Example: `  minutes validate record.json
  minutes extract archive/ | minutes validate -
  minutes validate out/*.json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			bad := 0
			for _, a := range args {
				bad += validateOne(a, s)
			}
			if bad > 0 {
				return &exitError{exitFailed}
			}
			return nil
		},
	}
}

// validateOne checks one file and returns how many records in it failed.
func validateOne(path string, s streams) int {
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(s.in)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		fmt.Fprintf(s.err, "minutes: %s: %v\n", path, pathErr(err))
		return 1
	}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		fmt.Fprintf(s.err, "minutes: %s: empty: no record to validate\n", path)
		return 1
	}
	// One document, or JSON Lines: one record a line.
	docs := [][]byte{trimmed}
	lines := []int{0}
	if err := schema.ValidateJSON(trimmed); err != nil && !isViolation(err) && bytes.Count(trimmed, []byte("\n")) > 0 {
		docs, lines = nil, nil
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 1<<20), 256<<20)
		for n := 1; sc.Scan(); n++ {
			if l := bytes.TrimSpace(sc.Bytes()); len(l) > 0 {
				docs = append(docs, append([]byte(nil), l...))
				lines = append(lines, n)
			}
		}
	}
	bad := 0
	for i, doc := range docs {
		where := path
		if lines[i] > 0 {
			where = fmt.Sprintf("%s:%d", path, lines[i])
		}
		err := schema.ValidateJSON(doc)
		if err == nil {
			continue
		}
		bad++
		var ve *schema.ValidationError
		if errors.As(err, &ve) {
			for _, v := range ve.Violations {
				fmt.Fprintf(s.err, "minutes: %s: %s\n", where, v)
			}
			continue
		}
		fmt.Fprintf(s.err, "minutes: %s: %v\n", where, err)
	}
	if bad == 0 {
		fmt.Fprintf(s.out, "%s: %d valid\n", path, len(docs))
	}
	return bad
}

func isViolation(err error) bool {
	var ve *schema.ValidationError
	return errors.As(err, &ve)
}
