package compare

import (
	"errors"
	"strings"
	"testing"

	"github.com/minutes-tool/minutes/schema"
)

func TestCheckSize(t *testing.T) {
	ok := &schema.Record{Source: schema.Source{Name: "small.txt"}, Text: strings.Repeat("x", MaxTextBytes)}
	big := &schema.Record{Source: schema.Source{Name: "year.txt"}, Text: strings.Repeat("x", MaxTextBytes+1)}
	if err := CheckSize(ok, meeting002()); err != nil {
		t.Errorf("CheckSize of records within the limit: %v", err)
	}
	err := CheckSize(ok, big)
	var se *SizeError
	if !errors.As(err, &se) {
		t.Fatalf("CheckSize of a record over the limit = %v, want a *SizeError", err)
	}
	if se.Name != "year.txt" || se.Bytes != MaxTextBytes+1 || se.Limit != MaxTextBytes {
		t.Errorf("SizeError %+v", se)
	}
	for _, want := range []string{"year.txt", "4194305 bytes", "4194304"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
}
