package lex

import "strings"

// Honorifics are dropped from names and stop item titles. Lower case,
// without a full stop.
var Honorifics = map[string]bool{
	"cllr": true, "cllrs": true, "councillor": true, "councillors": true, "mr": true, "mrs": true,
	"ms": true, "miss": true, "dr": true, "prof": true, "professor": true, "sir": true, "dame": true,
	"lord": true, "lady": true, "rev": true, "reverend": true, "mayor": true, "alderman": true,
	"commissioner": true, "commissioners": true, "messrs": true, "mx": true, "drs": true,
	"aldermen": true, "baroness": true, "baron": true, "cr": true, "crs": true,
}

// WordSet builds a lookup table from space-separated lower-case words.
func WordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// NotNameWords are capitalised words that belong to organisations,
// places, offices and sentence openings, never to a person's name: they
// stop "Canterbury Christ Church University", "Glangwili Hospital" and
// "Chief Officer" from passing for people.
var NotNameWords = WordSet(`
the a an and or of for to in on at by with from as but if so not no yes this that these those
there their they we our it its he she his her him i you your all any each every some other
another also then thus however although after before during since until when where while
who which what whether following further including re item items minutes minute agenda
action actions note notes present apologies absent attendance attendees attending members
member officers officials public welcome introductions introduction matters arising
university college school academy hospital hospitals health healthcare nhs trust trusts
council councils county borough district parish city town village community communities
government ministry department dept office offices agency authority authorities service
services board boards committee committees panel panels group groups partnership
partnerships commission commissioning unit team centre center institute institution
association society foundation fund funds charity club company ltd limited plc inc llc
corporation bank police fire court courts chapel street road avenue drive
square place park house building buildings station airport bridge farm estate
ward wards position bureau personal interest interests pecuniary prejudicial declaration surgery practice practices clinic clinics network networks programme program
project projects plan plans strategy report reports review update updates policy scheme
meeting meetings forum conference england wales scotland ireland britain kingdom uk usa
national regional local international european federal state states
northern southern eastern western central upper lower new old great greater royal general
chair chairman chairperson chairwoman vice deputy chief executive director directors
officer manager managers head lead leader clerk secretary treasurer president
commissioner auditor attorney solicitor engineer planner adviser advisor coordinator
consultant nurse doctor gp gps governor governors trustee trustees representative
interim acting senior assistant associate principal lay clinical medical finance
financial legal sergeant arms inspector superintendent constable secretariat
mr mrs ms dr prof sir lady lord cllr
social care adult adults children child people patient patients staff
quality safety performance governance engagement development transformation
sustainability operations corporate digital data information technology standards
resources human strategic primary secondary acute mental primary education
`)

// RoleHeads are the words an office is named by: what makes "The
// Project Director of ..." a person. Bare chairs, clerks and members are
// left out: "The Chair welcomed all attendees" names no one new.
var RoleHeads = WordSet(`director officer executive manager head lead leader controller
superintendent inspector adviser advisor coordinator co-ordinator solicitor engineer planner
auditor treasurer attorney administrator commissioner principal chief`)

// RoleWords begin an office or organisation written after a name in a
// list ("Karla Moore-Love, Clerk of the Council"; "Mayor Adams,
// Presiding").
var RoleWords = WordSet(`presiding chair chairman chairperson chairwoman vice deputy chief
executive director officer manager head lead leader clerk secretary treasurer president
commissioner auditor attorney solicitor engineer planner adviser advisor coordinator
consultant nurse doctor gp member members councillor representative interim acting senior
assistant associate principal lay clinical medical minute minutes sergeant inspector
superintendent constable governor trustee observer facilitator scribe moderator`)

// SpeechVerbs say that a person took part: spoke, presented, chaired,
// moved, asked. Past tense, as minutes write.
var SpeechVerbs = WordSet(`said says asked noted explained updated presented introduced led
chaired welcomed suggested stated reported agreed thanked advised informed highlighted
outlined commented confirmed discussed raised proposed seconded moved replied responded
added queried described gave provided talked clarified emphasised emphasized mentioned
declared took shared felt thought expressed requested summarised summarized recommended
acknowledged indicated cited observed questioned remarked spoke opened closed invited
wished hoped believed considered urged argued welcomed reminded expressed reiterated
explained concluded answered offered circulated tabled presents notes explains asks
enquired inquired sought voted abstained undertook gave presided briefed read
`)

// ByVerbs take a participant after "by": "proposed by Cllr P Harries".
var ByVerbs = WordSet(`proposed seconded moved chaired presented introduced led given made
raised opened closed presided tabled`)

// AdverbsBeforeVerb may sit between a name and its verb: "Hazel Smith
// also updated".
var AdverbsBeforeVerb = WordSet(`also then further again briefly kindly formally verbally
subsequently additionally however`)

// AttendancePhrases name attendance lists and the status of the people
// listed under them, lower case, words separated by single spaces.
var AttendancePhrases = map[string]string{
	"present": "present", "members present": "present", "present members": "present",
	"councillors present": "present", "those present": "present", "those present were": "present",
	"attendees": "present", "attendance": "present", "members": "present", "voting members": "present",
	"non voting members": "present", "non-voting members": "present", "board members": "present",
	"committee members": "present", "panel members": "present", "roll call": "present",
	"present were": "present", "present at the meeting": "present", "in the chair": "present",
	"in attendance": "in_attendance", "also present": "in_attendance", "also in attendance": "in_attendance",
	"officers present": "in_attendance", "officers in attendance": "in_attendance",
	"officials": "in_attendance", "officers": "in_attendance", "presenters": "in_attendance",
	"guests": "in_attendance", "also attending": "in_attendance", "staff present": "in_attendance",
	"observers": "in_attendance", "regular attendees": "in_attendance", "visitors": "in_attendance",
	"apologies": "apologies", "apologies for absence": "apologies", "apologies received from": "apologies",
	"apologies were received from": "apologies", "apologies for absence were received from": "apologies",
	"apologies had been received from": "apologies", "apologies have been received from": "apologies",
	"apologies from": "apologies", "apologies received": "apologies", "with apologies": "apologies",
	"apologies for absence received from": "apologies", "apologies were received": "apologies",
	"apologies for absence were received": "apologies", "regrets": "apologies",
	"absent": "absent", "members absent": "absent", "not present": "absent", "councillors absent": "absent",
	"absent were": "absent",
}

// StatusWords say what a code in the key of an attendance table means:
// "P = present, A = apology, N = non-attendance".
var StatusWords = map[string]string{
	"present": "present", "attended": "present", "apology": "apologies", "apologies": "apologies",
	"absent": "absent", "non-attendance": "absent", "absence": "absent",
}

// AliasStop are capitals that are acronyms, not a person's initials.
var AliasStop = WordSet(`nhs ccg ccgs stp stps gp gps hmt mp mps am ams uk eu us usa ceo cfo
coo cio mou it pa pm am tv bbc itv www pdf faq hr ict ppe icu ae aob ok tbc`)
