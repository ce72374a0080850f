package main

import (
	"github.com/minutes-tool/minutes/schema"
	"github.com/spf13/cobra"
)

func newSchemaCmd(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema (draft 2020-12) every record is validated against",
		Example: `  minutes schema > minutes.schema.json
  minutes schema | jq '.properties | keys'`,
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := s.out.Write(schema.JSON())
			return err
		},
	}
}
