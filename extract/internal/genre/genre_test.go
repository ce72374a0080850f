package genre

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// genreCases are documents in small, each with the genre it is and the
// rule that tells it ("" for ordinary minutes).
var genreCases = []struct{ rule, genre, text string }{
	{"meetbot frame", MeetBot, "#ubuntu-meeting: Technical Board\nMeeting started by alice at 20:05:41 UTC (full logs)\n" +
		"Meeting summary\n1. Action review (alice, 20:06)\nMeeting ended at 21:39:01 UTC (full logs)\n" +
		"People present (lines said)\n1. alice (131)\n2. bob2 (59)\n"},
	{"nicks in angle brackets", IRC, "<alice> morning all\n<bob> hi\n<alice> first item is the release\n" +
		"[20:06] <carol_> I can take it\n<bob> +1\nSome prose the bot wrote.\n"},
	{"scribe log headers", IRC, "Present: alice, Bob_Ames, carol\nChair: Dana\nScribe: alice\n" +
		"topic: Release\nDana: where are we?\nBob_Ames: on track\nalice: tests pass\nDana: good\ncarol: +1\n"},
	{"scribe log headers", IRC, "Attendees\nPresent\nDana, Bob_Ames\nScribe\nkaz\nContents\nDana: where are we?\nBob: on track\n" +
		"Dana: good\nBob: tests pass\nDana: thanks\n"},
	{"turns by nick", IRC, "Weekly sync\nalice: morning\nbob: hi all\nalice: the release is on track\n" +
		"bob: good\nsil2100: I can review it\nalice: thanks\n"},
	{"speaker turns", Transcript, "Council meeting\nAdams: Good morning.\nFish: Thank you, mayor.\n" +
		">> Adams: Karla, please call the roll.\nFritz: Here.  Fish: Here.  Adams: Here.\n"},
	{"speaker turns", Transcript, "• Mara: From the beginning was unclear.\n• Ryan: Should we?\n" +
		"• Mara: Yes.\n• Eric Holk: Willing to delegate.\n• Ryan: Agreed.\n• Eric Holk: Fine.\n"},
	{"speaker turns", Transcript, "CITY COUNCIL\n>> Good morning, everyone.\n>> Fish: Thank you.\n>> Can you call the roll?\n" +
		">> Here.\n>> Fish: Here.\n>> Thank you.\n"},
	{"", Minutes, "> a quoted line\n>> a quote in a quote\nThe Board noted the letter.\nThe minutes were approved.\n"},
	{"speaker turns", Transcript, "Present: Carol, Mark\nAgenda: budget\nCarol: we need a budget\nMark: agreed\nCarol: then we ask\n" +
		"Mark: fine\nCarol: done\nAction: Carol to ask\n"},
	{"", Minutes, "Minutes of the Board\nPresent: Alun Davies, Owen Williams\nDate: 5 March\n" +
		"1. Apologies\nThe Board noted the report.\nAction: Clerk to write.\n"},
	{"", Minutes, "Date: Monday\nVenue: Hall\nChair: Alun\nClerk: Owen\nTreasurer: Kim\nSecretary: Lee\n" +
		"The minutes were approved.\n"},
	{"", Minutes, "Time: 10:30\nCall: 11:00\nStart: 9:00\nEnd: 12:00\nBreak: 10:00\n"},
	{"", Minutes, ""},
}

// TestGenre names the rule that tells each genre.
func TestGenre(t *testing.T) {
	for _, c := range genreCases {
		g, rule := detect(c.text)
		if g != c.genre || rule != c.rule {
			t.Errorf("%q: got %s by %q, want %s by %q", c.text, g, rule, c.genre, c.rule)
		}
	}
}

// TestNick tells nicks from names.
func TestNick(t *testing.T) {
	for _, c := range []struct {
		w    string
		nick bool
	}{
		{"rbasak", true}, {"sil2100", true}, {"Daniel_Peintner", true}, {"jo|away", true},
		{"Adams", false}, {"Eric", false}, {"", false}, {"2fast", false}, {"Moore-Love", false},
	} {
		if Nick(c.w) != c.nick {
			t.Errorf("Nick(%q) = %v, want %v", c.w, !c.nick, c.nick)
		}
	}
}

// FuzzOf checks that telling the genre never panics and gives one of
// the genres, seeded from the table above.
func FuzzOf(f *testing.F) {
	for _, c := range genreCases {
		f.Add(c.text)
	}
	f.Add("a:  b:  c: d")
	f.Add("[12:")
	f.Fuzz(func(t *testing.T, s string) {
		if g := Of(s); !slices.Contains(All, g) {
			t.Fatalf("%q: genre %q", s, g)
		}
	})
}

func ExampleOf() {
	log := strings.Join([]string{
		"Present: alice, bob, carol",
		"Scribe: alice",
		"Chair: bob",
		"bob: first, the release",
		"carol: tests pass",
		"alice: docs are done",
		"bob: then we ship",
		"carol: +1",
	}, "\n")
	fmt.Println(Of(log))
	fmt.Println(Of("The Board met on Monday 5 March.\nThe minutes were approved."))
	// Output:
	// irc
	// minutes
}
