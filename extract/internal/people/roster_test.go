package people

import (
	"strings"
	"testing"
)

// foldKey gives two strings one key exactly when strings.EqualFold holds.
func TestFoldKey(t *testing.T) {
	words := []string{"Smith", "SMITH", "smith", "Smyth", "O'Neill", "o’neill", "Kelvin", "\u212Aelvin", "Ståhl", "STÅHL", "Straße", "STRASSE", "ſmith", "Smith ", ""}
	for _, a := range words {
		for _, b := range words {
			if got, want := foldKey(a) == foldKey(b), strings.EqualFold(a, b); got != want {
				t.Errorf("foldKey(%q) == foldKey(%q) is %v, EqualFold says %v", a, b, got, want)
			}
		}
	}
}
