package compare

import "testing"

// TestSoleFigureOfItem: the only count of an agenda item that both
// meetings hold under one title is the count the item is about, given
// again, whatever word counts it; with two counts in the item, different
// words keep them apart.
func TestSoleFigureOfItem(t *testing.T) {
	const oldText = "Casual Vacancies\nThere is one position vacant. No applications are outstanding.\n"
	tests := []struct {
		rule    string
		newText string
		figures [][2]string // text, unit, in the new meeting's order
		values  []float64
		move    bool
	}{
		{"the sole count of an item of the same title moves, whatever its unit",
			"Casual Vacancies\nA member resigned. As of this meeting there are now two casual vacancies.\n",
			[][2]string{{"two", "vacancies"}}, []float64{2}, true},
		{"a title that names neither unit is no evidence: one figure each is two quantities",
			"Casual Vacancies\nA member resigned. As of this meeting there are now two candidates.\n",
			[][2]string{{"two", "candidates"}}, []float64{2}, false},
		{"two counts of the item: a different unit is another quantity",
			"Casual Vacancies\nAs of this meeting there are now two casual vacancies and three candidates.\n",
			[][2]string{{"two", "vacancies"}, {"three", "candidates"}}, []float64{2, 3}, false},
	}
	for _, tt := range tests {
		old := rec("old.txt", "2020-05-26", oldText).items("Casual Vacancies").
			figure("count", "one", 1, "position", "There is").done()
		nb := rec("new.txt", "2020-06-23", tt.newText).items("Casual Vacancies")
		for k, f := range tt.figures {
			nb.figure("count", f[0], tt.values[k], f[1], "this meeting")
		}
		moved := false
		for _, c := range Diff(old, nb.done(), Options{}).Changes {
			if c.Kind == KindFigure && c.Change == Changed {
				moved = true
			}
		}
		if moved != tt.move {
			t.Errorf("%s: moved %v, want %v", tt.rule, moved, tt.move)
		}
	}
}
