package status

import "testing"

func TestOf(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Closed", Done}, {"**done**", Done}, {"On Hold until protocols prioritised", OnHold},
		{"new for Dan Fascia", Open}, {"ongoing for Helen", InProgress}, {"carried forward", Deferred},
		{"green", Done}, {"Withdrawn", Cancelled}, {"newsletter", ""}, {"Donegal", ""},
	} {
		got, _ := Of(c.in)
		if got != c.want {
			t.Errorf("Of(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if _, ok := Exactly("on hold until May"); ok {
		t.Error("Exactly took words beyond the phrase")
	}
	if st, _ := Exactly(" On Hold "); st != OnHold {
		t.Errorf("Exactly(On Hold) = %q", st)
	}
}
