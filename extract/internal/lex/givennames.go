package lex

// GivenNames are common given names in UK, Welsh, Irish and US minutes,
// lower case. A capitalised word from this list followed by another
// capitalised word is taken for a person ("Hazel Smith updated on ...")
// without an honorific. Names that are also everyday capitalised words in
// minutes ("Grant", "May", "Will" at a sentence start is rare enough to
// keep) are left out where they would mislead.
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
