package main

import (
	"github.com/minutes-tool/minutes/schema"
	"github.com/spf13/cobra"
)

func newSchemaCmd(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema (draft 2020-12) every record is validated against",
		Long: `Schema prints the JSON Schema (draft 2020-12) every record is validated
against. Its root is a $ref to $defs.Record; each part of a record (Meeting,
Item, Commitment...) is one of its $defs.`,
		Example: `  minutes schema > minutes.schema.json
  minutes schema | jq '."$defs".Record.properties | keys'`,
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := s.out.Write(schema.JSON())
			return err
		},
	}
}
