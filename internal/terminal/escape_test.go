package terminal

import "testing"

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text, ‘quoted’ — £5m\n\tnext", "plain text, ‘quoted’ — £5m\n\tnext"},
		{"a\x1b[31mred", `a\x1b[31mred`},
		{"title\x1b]0;x\x07", `title\x1b]0;x\a`},
		{"over\rwrite", `over\rwrite`},
		{"nul\x00 del\x7f c1\u0085\u009b \b\f\v", `nul\x00 del\x7f c1\x85\x9b \b\f\v`},
		{"\u202eevil\u202c \u2066x\u2069 \u200f\u061c", `\u202eevil\u202c \u2066x\u2069 \u200f\u061c`},
		{"bad \xff byte", `bad \xff byte`},
		{"\u200d\u00a0\u2028", "\u200d\u00a0\u2028"}, // joiners and spaces are text
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
