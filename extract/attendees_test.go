package extract

import (
	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/genre"
	"github.com/minutes-tool/minutes/extract/internal/input"
	"github.com/minutes-tool/minutes/extract/internal/people"
)

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// who is an attendee as a test states it: name ("" for none), role, status.
type who struct{ Name, Role, Status string }

// textDocument is text's Document with its genre, as the pipeline
// tells it before the readers run.
func textDocument(text string) *doc.Document {
	d := input.TextDocument(text)
	d.Genre = genre.Of(d.Text)
	return d
}

func attendeesOf(text string) []who {
	d := textDocument(text)
	var out []who
	found, _ := people.Find(d)
	for _, a := range found {
		w := who{Status: a.Status}
		if a.Name != nil {
			w.Name = *a.Name
		}
		if a.Role != nil {
			w.Role = *a.Role
		}
		out = append(out, w)
	}
	return out
}

// attendeeCases are many spellings of attendance lists and mentions, each
// with the one answer it should give.
var attendeeCases = []struct {
	name string
	text string
	want []who
}{
	{"present colon inline", "Present: Cllr Jane Smith (Chair), Cllr John Brown and Cllr P Batty.",
		[]who{{"Jane Smith", "Chair", "present"}, {"John Brown", "", "present"}, {"P Batty", "", "present"}}},
	{"members present plural honorific", "Members present: Councillors Alun Davies, Gwenfyl Evans and County Councillor Joseph Davies.",
		[]who{{"Alun Davies", "", "present"}, {"Gwenfyl Evans", "", "present"}, {"Joseph Davies", "", "present"}}},
	{"apologies received from", "Apologies received from Cllrs. Kim Davies, Hubert Gwynne, Dorian Jenkins and Doris Jones.",
		[]who{{"Kim Davies", "", "apologies"}, {"Hubert Gwynne", "", "apologies"}, {"Dorian Jenkins", "", "apologies"}, {"Doris Jones", "", "apologies"}}},
	{"apologies for absence mid line", "Cou/286/07-08 Apologies for absence were received from Cllr Purves With the absence of the Vice Chairman",
		[]who{{"Purves", "", "apologies"}}},
	{"present members mid line with notes", "Cou/285/07-08 Present Members: Cllr P Batty (Chairman), Cllr Hollick (arrived at 7.01pm) and Cllr Yarwood. Cou/286",
		[]who{{"P Batty", "Chairman", "present"}, {"Hollick", "", "present"}, {"Yarwood", "", "present"}}},
	{"those present were", "THOSE PRESENT WERE:  Mayor Adams, Presiding; Commissioners Fish, Fritz,\nLeonard and Saltzman, 5.",
		[]who{{"Adams", "Presiding", "present"}, {"Fish", "", "present"}, {"Fritz", "", "present"}, {"Leonard", "", "present"}, {"Saltzman", "", "present"}}},
	{"officers in attendance", "OFFICERS IN ATTENDANCE:  Karla Moore-Love, Clerk of the Council; Ben Walters, Chief Deputy City Attorney; and Ron Willis, Sergeant at Arms.",
		[]who{{"Karla Moore-Love", "Clerk of the Council", "in_attendance"}, {"Ben Walters", "Chief Deputy City Attorney", "in_attendance"}, {"Ron Willis", "Sergeant at Arms", "in_attendance"}}},
	{"attendees by line with initials and dash", "Attendees:\nMark Wardle (MW) (Chair)\t\t-\tCardiff and Vale UHB\nCheryl Way (CW)\t\t-\tNHS Wales Informatics Service\n\nCW said that it was fine.",
		[]who{{"Mark Wardle", "Chair, Cardiff and Vale UHB", "present"}, {"Cheryl Way", "NHS Wales Informatics Service", "present"}}},
	{"present by line with comma roles", "Present:\nDr Kieron O’Hara – CHAIR\nProf. Allan Brimicombe, University of East London\nWill Perrin, Talk About Local\n\nApologies:\nJeff Gardner, Victim Support",
		[]who{{"Kieron O’Hara", "CHAIR", "present"}, {"Allan Brimicombe", "University of East London", "present"}, {"Will Perrin", "Talk About Local", "present"}, {"Jeff Gardner", "Victim Support", "apologies"}}},
	{"heading over a line of names", "PRESENT\nCouncillors Alun Davies, Arwel Davies and Owen Williams.\n\nCllr. O. Williams took the Chair.",
		[]who{{"Alun Davies", "", "present"}, {"Arwel Davies", "", "present"}, {"Owen Williams", "", "present"}}},
	{"labelled column with bracketed organisations", "Presenters\nRachel Fentem (Cabinet Office)\nLord McNally (Justice)\n\nWelcome and Introductions\nThe Chair welcomed all attendees.",
		[]who{{"Rachel Fentem", "Cabinet Office", "in_attendance"}, {"McNally", "Justice", "in_attendance"}}},
	{"names then roles column", "APOLOGIES:\nLynn Collins\nAlison Ormrod\nChair of Healthwatch Liverpool\nInterim Head of Finance\nPublic: 6",
		[]who{{"Lynn Collins", "Chair of Healthwatch Liverpool", "apologies"}, {"Alison Ormrod", "Interim Head of Finance", "apologies"}}},
	{"welcome and apologies is an item", "WELCOME AND APOLOGIES\nCllr. O. Williams took the Chair and welcomed everyone.",
		[]who{{"O. Williams", "", "participant"}}},
	{"named participant", "Hazel Smith updated on the medical school bid. Hazel asked the leads to sign.",
		[]who{{"Hazel Smith", "", "participant"}}},
	{"office in commas", "Glenn Douglas, STP Chief Executive and Chair of the Programme Board, led colleagues in discussion.",
		[]who{{"Glenn Douglas", "STP Chief Executive and Chair of the Programme Board", "participant"}}},
	{"mentioned in passing", "The main focus is the clinical strategy. Jim Lusby is leading on this.",
		[]who{{"Jim Lusby", "", "mentioned"}}},
	{"role only participants", "The Project Director of the Kent and Medway Sustainability & Transformation Partnership introduced the update. The Project Director said that it would.",
		[]who{{"", "Project Director of the Kent and Medway Sustainability & Transformation Partnership", "participant"}}},
	{"generic speakers are not attendees", "A Member said that the work was good. Another Committee Member commented that it was not. The Chair welcomed everyone.",
		nil},
	{"organisations are not people", "Canterbury Christ Church University and University of Kent are bidding. Health Education England (HEE) agreed. Staff at Glangwili Hospital were thanked.",
		nil},
	{"initials speak", "MW welcomed members to the meeting. RJ said that the approach should be trialled. The CPB recommended it.",
		[]who{{"MW", "", "participant"}, {"RJ", "", "participant"}}},
	{"coordinated initials", "Planning application\nG and L Davies\nNO OBJECTIONS",
		[]who{{"G Davies", "", "mentioned"}, {"L Davies", "", "mentioned"}}},
	{"merge initials and full name", "Present: Councillors Owen Williams and Peter Harries.\nIt was proposed by Cllr. P. Harries that Cllr. O. Williams would write.",
		[]who{{"Owen Williams", "", "present"}, {"Peter Harries", "", "present"}}},
	{"user name underscore", "Daniel_Peintner said that the draft was ready.",
		[]who{{"Daniel Peintner", "", "participant"}}},
	{"proposed by", "It was proposed by Cllr P Harries and seconded by Cllr Loynton.",
		[]who{{"P Harries", "", "participant"}, {"Loynton", "", "participant"}}},
	{"transcript label after a wide gap", "Adams: Go ahead.    Joe Rastatter:  Thanks.  My name is joe.\n" +
		"Adams: Thank you.    Joe Rastatter:  Bye.\nAdams: Next item.",
		[]who{{"Adams", "", "participant"}, {"Joe Rastatter", "", "participant"}}},
	{"a wide gap opens no turn in written minutes", "The Board met.    Joe Rastatter: thanks were given.\nThe minutes were approved.",
		[]who{{"Joe Rastatter", "", "mentioned"}}},
	{"us roll call with roles before names", "ROLL CALL\nPresent: Council Members Smith, Jones and Lee, Mayor Garcia.\nAbsent: Council Member Brown.\nAlso present: City Manager Tom Ellis; City Clerk Anne Ruiz.\n\nCouncil Member Smith moved to approve the minutes.",
		[]who{{"Smith", "", "present"}, {"Jones", "", "present"}, {"Lee", "", "present"}, {"Garcia", "", "present"}, {"Brown", "", "absent"},
			{"Tom Ellis", "City Manager", "in_attendance"}, {"Anne Ruiz", "City Clerk", "in_attendance"}}},
	{"acronym initials are not a person", "The C.C.C. Christmas Toybox Appeal was noted.", nil},
	{"two column labels flattened", "Board Members\nOfficials (regular attendees)\nFrancis Maude (Chair)\nCass Chideock (Cabinet Office)\nDr Rufus Pollock\nKatie Davis (Cabinet Office)\n\nWelcome and Introductions",
		[]who{{"Francis Maude", "Chair", "present"}, {"Cass Chideock", "Cabinet Office", "in_attendance"}, {"Rufus Pollock", "", "present"}, {"Katie Davis", "Cabinet Office", "in_attendance"}}},
	{"initials in brackets before the name", "Attendees\n• [DC] Dara Quill\n• [NM] Oskar May\n• [NL] Pim Okafor-Reyes (Chair)\n\nApologies\n• [HP] Ivo Brandt\n\nDiscussion\nDC said that it was ready.",
		[]who{{"Dara Quill", "", "present"}, {"Oskar May", "", "present"}, {"Pim Okafor-Reyes", "Chair", "present"}, {"Ivo Brandt", "", "apologies"}}},
	{"comma run of unknown names under a heading", "Attendance\nDara Quill, Ollo Brandt, Pim Okafor, Ivo Tamsin\n\nActions\nTo circulate the notes.",
		[]who{{"Dara Quill", "", "present"}, {"Ollo Brandt", "", "present"}, {"Pim Okafor", "", "present"}, {"Ivo Tamsin", "", "present"}}},
	{"a name and an organisation are not a run", "Present:\nOllo Brandt, Kent Council\n\nActions",
		[]who{{"Ollo Brandt", "Kent Council", "present"}}},
	{"speaker labels in a list of turns", "Notes\n- Ryo: Initial proposal of 1/week\n- Mirela: Let's time-limit the decision.\n- Ryo: Decision - next 4 weeks.\n- Mirela: Agreed, as Ryo says.",
		[]who{{"Ryo", "", "participant"}, {"Mirela", "", "participant"}}},
	{"comma run wrapped over lines", "Staff Present:\n\nOllo Brandt, Dara Quill, Pim Okafor, Ivo\nTamsin, Eda Volk, Tai-Shrae Parish\nOthers Present:\n\nMirela Stone, Ryo Kent, Anouk Vale",
		[]who{{"Ollo Brandt", "", "in_attendance"}, {"Dara Quill", "", "in_attendance"}, {"Pim Okafor", "", "in_attendance"}, {"Ivo Tamsin", "", "in_attendance"},
			{"Eda Volk", "", "in_attendance"}, {"Tai-Shrae Parish", "", "in_attendance"}, {"Mirela Stone", "", "present"}, {"Ryo Kent", "", "present"}, {"Anouk Vale", "", "present"}}},
	{"groups under an attendance heading", "Attendance\n\nCouncil: Ryo, Mirela, Eda Volk, Ivo Tamsin\nObservers: TC, Dara Quill, Santos\n\nNotes\n- Ryo: Check-in.",
		[]who{{"Ryo", "", "present"}, {"Mirela", "", "present"}, {"Eda Volk", "", "present"}, {"Ivo Tamsin", "", "present"},
			{"TC", "", "in_attendance"}, {"Dara Quill", "", "in_attendance"}, {"Santos", "", "in_attendance"}}},
	{"an office after a name is not a piece of a run", "THOSE PRESENT WERE:  Mayor Adams, Presiding; Commissioners Fish, Fritz, Leonard.",
		[]who{{"Adams", "Presiding", "present"}, {"Fish", "", "present"}, {"Fritz", "", "present"}, {"Leonard", "", "present"}}},
	{"office before a surname", "Roll Call\n\nDirector Folska made the motion. Director Broom seconded the motion.",
		[]who{{"Folska", "Director", "participant"}, {"Broom", "Director", "participant"}}},
	{"attendance all makes speakers present", "Attendance: all\n\n- Ryo: Initial proposal of 1/week\n- Mirela: Let's time-limit it.\n- Ryo: Agreed.\n- Mirela: Thanks, as Ryo says.",
		[]who{{"Ryo", "", "present"}, {"Mirela", "", "present"}}},
	{"initials run together after an honorific", "Mr AC Rickards (Chairman) A Mr JB Adams P Mrs J Booth P",
		[]who{{"AC Rickards", "", "mentioned"}, {"JB Adams", "", "mentioned"}, {"J Booth", "", "mentioned"}}},
	{"codes of a flattened attendance table", "1. Attendance |\nMr AC Rickards (Chairman) A Mr JB Adams P Mrs J Booth P County Councillor K Oliver N P = present, A = apology, N = non-attendance |",
		[]who{{"AC Rickards", "", "apologies"}, {"JB Adams", "", "present"}, {"J Booth", "", "present"}, {"K Oliver", "", "absent"}}},
	{"user names under a MeetBot summary's label", "Meeting started by zorbak at 20:05:41 UTC\nMeeting ended at 21:39:01 UTC\n\nPeople present (lines said)\n\n  1. zorbak (131)\n  2. vlorn (59)\n  3. sil2100 (31)\n\nGenerated by a bot",
		[]who{{"zorbak", "", "present"}, {"vlorn", "", "present"}, {"sil2100", "", "present"}}},
	{"addresses under a label are not people", "Attendees:\nhttps://example.org/a/b\nowner/repo\n", nil},
	{"capital labels on a flattened page", "MINUTES OF THE MEETING ATTENDANCE Crs W Devlin, W Attwood & T Barnes OFFICERS PRESENT Mr Norm Garsden, Chief Executive Officer Mr Dave Munro, Director of Services. There were 6 present.",
		[]who{{"W Devlin", "", "present"}, {"W Attwood", "", "present"}, {"T Barnes", "", "present"},
			{"Norm Garsden", "Chief Executive Officer", "in_attendance"}, {"Dave Munro", "Director of Services", "in_attendance"}}},
	{"initials spelled from a listed name", "Attendance: Elsa Lonn, Kato Cruz, Ivo Tamsin\n\nEL asked KC to give an update. KC said it was live. PASSED AS AMENDED.",
		[]who{{"Elsa Lonn", "", "present"}, {"Kato Cruz", "", "present"}, {"Ivo Tamsin", "", "present"}}},
	{"acronym before a word is not a name", "The NHS Trust and the CT Protocols were noted.", nil},
	{"possessive", "Will Perrin’s open court charter is a useful starting point.",
		[]who{{"Will Perrin", "", "mentioned"}}},
}

func TestAttendees(t *testing.T) {
	for _, c := range attendeeCases {
		t.Run(c.name, func(t *testing.T) {
			got := attendeesOf(c.text)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("attendees of %q (-want +got):\n%s", c.text, diff)
			}
		})
	}
}

// TestAttendeeSpans checks that every span slices the text and names the
// person.
func TestAttendeeSpans(t *testing.T) {
	for _, c := range attendeeCases {
		d := textDocument(c.text)
		found, _ := people.Find(d)
		for _, a := range found {
			for _, s := range a.Spans {
				if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
					t.Errorf("%s: span %d..%d outside text of %d", c.name, s.Start, s.End, len(d.Text))
				}
			}
		}
	}
}

func FuzzAttendees(f *testing.F) {
	for _, c := range attendeeCases {
		f.Add(c.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := textDocument(text)
		found, _ := people.Find(d)
		for _, a := range found {
			if a.Name == nil && a.Role == nil {
				t.Errorf("attendee with neither name nor role in %q", text)
			}
			for _, s := range a.Spans {
				if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
					t.Fatalf("span %d..%d outside text of %d in %q", s.Start, s.End, len(d.Text), text)
				}
			}
		}
	})
}
