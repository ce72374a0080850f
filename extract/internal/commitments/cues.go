package commitments

import (
	"strings"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/extract/internal/phrase"
)

// commitmentRules are the words that make a sentence a commitment, in
// the order they are tried at a word: the first whose trigger reads the
// word decides it. The order matters where two rules share a word: "next
// meeting" before "next week", "going to" before the intent verbs.
var commitmentRules = []rule{
	{
		name:   "modal",
		starts: trueKeys(lex.FutureModals).Plus(lex.Words(contractedWill)),
		when:   isFutureModal,
		vetoes: []func(*scan) bool{willIsName, willIsNoun, hypotheticalWould, conditionalModal, askedModal, quotedText},
		verb:   modalPlan,
		examples: []string{
			"Andrew will get a quote.",
			"Cllr. O. Williams would send a letter to the Welsh Government.",
			"The length of the public consultation had not yet been determined but would be for a maximum of 12 weeks.",
			"We'll circulate the revised terms of reference before the next meeting.",
		},
	},
	{
		name:   "obligation after a trigger",
		starts: trueKeys(lex.ObligationModals),
		when:   func(s *scan) bool { return obligationModals.Get(s.w) && s.trigger },
		verb:   func(s *scan) (int, bool) { return planVerb(s.toks, s.i+1, false) },
		examples: []string{
			"It was suggested that a tree overhanging the monument should be cut down.",
			"The Committee recommended that the policy must be reviewed annually.",
		},
	},
	{
		// Minutes put a duty on someone they name: "The Clerk should
		// write to the county council", "Cart should transfer the
		// domain". An opinion ("She feels residents should ...") ends the
		// scan before; a thing ("The hall should be repainted"), a
		// pronoun ("We should", "It must") or a body is no one.
		name:   "obligation on someone named",
		starts: trueKeys(lex.ObligationModals),
		when:   func(s *scan) bool { return obligationModals.Get(s.w) && obligedSubject(s.toks, s.i) },
		verb: func(s *scan) (int, bool) {
			v, ok := planVerb(s.toks, s.i+1, false)
			return v, ok && s.toks[v].Lower != "be" && s.toks[v].Lower != "have"
		},
		examples: []string{
			"The Clerk should write to the county council about the fence.",
			"Cart should transfer ownership of the domain to the foundation.",
		},
	},
	{
		name:   "to be done",
		frames: phrase.Parse("to"),
		when:   func(s *scan) bool { return toBeDone(s.toks, s.i) },
		vetoes: []func(*scan) bool{toBeNeeded, toBeLessLikely, toBeState},
		verb:   verbAfter(2),
		examples: []string{
			"Permission was given for a screen shot of participants to be taken and posted on social media.",
			"Permission was given for the minutes to be published on the website.",
		},
	},
	{
		name:   "need to be done",
		frames: phrase.Parse("[need|needs|needed] to be"),
		when:   needToBeDone,
		vetoes: []func(*scan) bool{needIsOpinion},
		verb:   verbAfter(3),
		examples: []string{
			"The bid needs to be submitted to HEFCE by 23 November 2017.",
			"The post of PMO Lead needs to be re-recruited.",
			"They also set out their view that this decision needed to be taken urgently.",
		},
	},
	{
		// Notes that open on a need: "Need to move away from the
		// provider", "Needs to standardise the timing". "Need to be done"
		// is the rule before.
		name:   "need to, opening",
		frames: phrase.Parse("[need|needs] to"),
		when:   needOpens,
		verb:   verbAfter(2),
		examples: []string{
			"Need to standardise the timing of contrast injection.",
		},
	},
	{
		name:   "going to",
		frames: phrase.Parse("[going] to"),
		when:   func(s *scan) bool { return s.has(2) },
		vetoes: []func(*scan) bool{goingToStory},
		verb:   func(s *scan) (int, bool) { return planVerb(s.toks, s.i+2, false) },
		examples: []string{
			"The council is going to publish the plan in May.",
		},
	},
	{
		// A proposal in notes, first person plural: "Let's follow up
		// async", "Let us defer the item to the next meeting". Talk
		// about the meeting itself is none ("let's see", "let us say").
		name:   "let's",
		frames: phrase.Parse("let's|let’s", "[let] us"),
		when:   func(s *scan) bool { return letsPlan(s) },
		verb:   func(s *scan) (int, bool) { return letsVerb(s), true },
		examples: []string{
			"Let's follow up async.",
			"Let us defer the item to the next meeting.",
		},
	},
	{
		name:   "due to",
		frames: phrase.Parse("[due] to|for"),
		when:   func(s *scan) bool { return dueIsPlan(s.toks, s.i) },
		verb:   verbAfter(2),
		examples: []string{
			"A further meeting of the JHOSC was due to take place on 22 January.",
			"A refreshed version of this document is due to be published in early 2018.",
			"Work on the strategies (due for publication in the Spring) will supersede this action.",
		},
	},
	{
		name:   "plan word",
		starts: trueKeys(lex.PlanWords),
		when:   planWordUsed,
		vetoes: []func(*scan) bool{pastIntention, proposedNotThat, activeHope, notLikely, forecast},
		verb:   verbAfter(1),
		examples: []string{
			"The first meeting of the joint committee is likely to be in September.",
			"A full evaluation and report on the conference is forthcoming.",
			"New estates planning guidance is expected from NHS England later in the spring.",
		},
	},
	{
		name:   "intent to",
		starts: trueKeys(lex.IntentVerbs),
		when:   intentTo,
		vetoes: []func(*scan) bool{planIsNoun, decidedAtMeeting, wantIsTalk, shouldBeAiming},
		verb:   verbAfter(2),
		examples: []string{
			"MW wished to write to the supplier.",
			"The workstream highlighted three supporting factors that they want to improve.",
		},
	},
	{
		// A plan in the making, in the present progressive: "He is
		// arranging for the surveyor to visit", "We're organising a
		// litter pick". Its object is a future event; ongoing work
		// ("is working on the options") has no future point.
		name:   "arranging",
		frames: phrase.Parse("[arranging|organising|organizing|preparing|planning] for|to|a|an|the"),
		when:   func(s *scan) bool { return presentAux(s.prev) && s.has(2) },
		verb:   verbAfter(0),
		examples: []string{
			"He is arranging for the surveyor to visit.",
			"The Clerk is organising a litter pick in the spring.",
		},
	},
	{
		// An offer: "Mara is happy to be a point of contact", "Happy to
		// write them down", "SIG members were willing to give talks".
		// A courtesy ("happy to report") or the decision itself ("happy
		// to approve the minutes") is none.
		name:   "offer",
		frames: phrase.Parse("[happy|willing] to"),
		when:   func(s *scan) bool { return s.has(2) && s.toks[s.i+2].Kind == doc.Word },
		vetoes: []func(*scan) bool{offerIsCourtesy, offerIsHypothetical},
		verb:   verbAfter(2),
		examples: []string{
			"Mara is happy to be a point of contact for the venue.",
			"Happy to write them down.",
		},
	},
	{
		// An offer in the first person, or in notes that leave the
		// speaker out: "I can take over as chair", "Can also discuss
		// it at the next call". What a speaker can say or see is talk.
		name:   "I can",
		frames: phrase.Parse("i [can]", "[can]"),
		when: func(s *scan) bool {
			return s.prev == "i" || s.i == firstWord(s.toks) && opensLine(s.toks) && !pronoun[s.next]
		},
		verb: canOffer,
		examples: []string{
			"I can take over as chair.",
			"Can probably allocate some budget for the venue.",
		},
	},
	{
		// A proposal opening a speaker's turn in notes of a discussion:
		// "sam: we should file a bug for that". After a trigger the
		// obligation rule reads it first; an exhortation ("we should
		// make sure") is none.
		name:   "we should",
		frames: phrase.Parse("[we] should"),
		when:   func(s *scan) bool { return afterLabel(s.toks, s.i) },
		verb: func(s *scan) (int, bool) {
			v, ok := planVerb(s.toks, s.i+2, false)
			return v, ok && !exhortations[s.toks[v].Lower]
		},
		examples: []string{
			"sam: we should file a bug for that",
		},
	},
	{
		name:   "agreed that",
		frames: phrase.Parse("[agreed] that"),
		when:   func(s *scan) bool { return agreedPlan(s.toks, s.i+2) },
		verb:   verbAfter(2),
		examples: []string{
			"It was agreed that the Clerk write to the county council.",
		},
	},
	{
		name:   "asked to",
		frames: phrase.Parse("asked|requested"),
		when:   func(s *scan) bool { return askedTo(s.toks, s.i) },
		verb:   verbAfter(1),
		examples: []string{
			"The Clerk was asked to write to the council.",
			"Hazel requested the relevant leads to sign the agreement.",
		},
	},
	{
		name:   "being arranged",
		frames: phrase.Parse("[being] arranged|planned|organised|organized|scheduled"),
		verb:   verbAfter(1),
		examples: []string{
			"A site visit is being arranged for the spring.",
		},
	},
	{
		name:   "set for",
		frames: phrase.Parse("[set] for"),
		verb:   verbAfter(1),
		examples: []string{
			"The hearing is set for 14 June.",
		},
	},
	{
		name:   "was to",
		frames: phrase.Parse("[was|were] to"),
		when:   wasTo,
		vetoes: []func(*scan) bool{wasToDescribes},
		verb:   verbAfter(2),
		examples: []string{
			"The Chair was to write to the Minister.",
		},
	},
	{
		name:   "request was made",
		frames: phrase.Parse("[request] was made"),
		verb:   verbAfter(3),
		examples: []string{
			"A request was made for the Clerk to contact the police.",
		},
	},
	{
		name:   "suggested",
		frames: phrase.Parse("suggested"),
		when:   bodySuggested,
		verb:   verbAfter(1),
		examples: []string{
			"The Board suggested an approach to the funders.",
			"The Committee suggested reviewing the policy.",
		},
	},
	{
		// A labelled next step: "Next step: find people to reach out to",
		// "Next steps: circulate the draft".
		name:   "next step",
		frames: phrase.Parse("[next] step|steps :"),
		when:   func(s *scan) bool { return s.has(3) },
		verb:   verbAfter(3),
		examples: []string{
			"Next step: find people in the city to reach out to.",
		},
	},
	{
		// A committee sends an item on to a dated meeting: "made the
		// motion to move this item to the full Board at the October 29,
		// 2019 Board Meeting".
		name:   "motion to move on",
		frames: phrase.Parse("[motion] to move|forward|refer|send|advance"),
		when:   func(s *scan) bool { return hasMonth(s.toks) },
		verb:   verbAfter(2),
		examples: []string{
			"Director Folska made the motion to move this item to the full Board at the October 29, 2019 Board Meeting.",
		},
	},
	{
		// A deadline set for an action: "A deadline of 8 March 2019 was
		// set", "deadline for responses is 30 June".
		name:   "deadline",
		frames: phrase.Parse("[deadline] of|for|is|was|:", "[deadline] has|had been"),
		when:   func(s *scan) bool { return hasMonth(s.toks) },
		verb:   verbAfter(0),
		examples: []string{
			"A deadline of 8 March 2019 was set.",
		},
	},
	{
		// A goal with a date to meet it: "Goal is a proposal to share by
		// mid-July", "The target is to finish the survey by 30 June".
		name:   "dated goal",
		frames: phrase.Parse("[goal|aim|target|objective] is"),
		when:   func(s *scan) bool { return s.has(2) && hasMonth(s.toks[s.i:]) },
		verb:   verbAfter(2),
		examples: []string{
			"Goal is a proposal to share by mid-July.",
		},
	},
	{
		// An intention declared: "Matt confirmed his intention to
		// continue working on the list", "declared her intention that".
		name:   "intention",
		frames: phrase.Parse("his|her|their|its|our [intention] to|that"),
		verb:   verbAfter(2),
		examples: []string{
			"Matt confirmed his intention to continue working on the list of donees.",
		},
	},
	{
		name:   "next meeting",
		frames: phrase.Parse("next"),
		when:   func(s *scan) bool { return nextMeetingAt(s.toks, s.i) && hasMonth(s.toks) },
		verb:   verbAfter(0),
		examples: []string{
			"The next meeting is planned for November 2011.",
			"The next full Board meeting is on 14 March 2025.",
		},
	},
	{
		name:   "scheduled event",
		starts: trueKeys(lex.ScheduleVerbs),
		when:   func(s *scan) bool { return scheduleVerbs.Get(s.w) && hasMonth(s.toks) && s.i < 8 },
		verb:   verbAfter(0),
		examples: []string{
			"The consultation closes on 23 March 2018.",
		},
	},
	{
		name:   "future time",
		frames: phrase.Parse("later|next|coming"),
		when:   func(s *scan) bool { return futureTimeAt(s.toks, s.i) && progressiveBefore(s.toks, s.i) },
		verb:   verbAfter(0),
		examples: []string{
			"Staff are working together with citizens to bring a citywide strategic plan later this year.",
			"We're consulting residents on the options next month.",
		},
	},
	{
		name:   "coming up",
		frames: phrase.Parse("[coming] up"),
		when:   func(s *scan) bool { return hasMonth(s.toks) },
		verb:   verbAfter(0),
		examples: []string{
			"We can help them with our lobbying training coming up on january 18th.",
		},
	},
	{
		name:   "second reading",
		frames: phrase.Parse("moves|passes|goes"),
		when:   func(s *scan) bool { return secondReadingAfter(s.toks, s.i) },
		verb:   verbAfter(0),
		examples: []string{
			"The substitution has been accepted and moves on to a second reading next week.",
		},
	},
	{
		name:   "committed to",
		frames: phrase.Parse("[committed|committing] to|within"),
		verb:   verbAfter(1),
		examples: []string{
			"The Trust is committing to the new model of care.",
			"The Council committed within the budget to maintain the service.",
		},
	},
}

// offerIsCourtesy vetoes what is said, not offered ("happy to report",
// "pleased to welcome"), a negation ("not happy to"), and the decision
// taken at the meeting ("happy to approve the minutes").
func offerIsCourtesy(s *scan) bool {
	v := s.lowerAt(2)
	if firstPersonSingular(s.toks[:s.i]) && (v == "be" || v == "bring" || v == "present" || meetingActs[v]) {
		return true // "i'm happy to be in this chair", "I'm happy to bring this ordinance"
	}
	return courtesyVerbs[v] || decisionAtMeeting[v] || v == "report" || v == "announce" || s.prev == "not"
}

// offerIsHypothetical vetoes a willingness that waits on something: "I
// would be willing to pay", "willing to do so if needed", a third
// party's ("a friend who is willing to handle the post"), or a poll's
// option ("Willing to pay higher: 11 votes"); and "Willing to" with no
// one willing, which states a view.
func offerIsHypothetical(s *scan) bool {
	if s.lowerAt(-2) == "would" || s.lowerAt(-2) == "who" || s.w == "willing" && (s.i == firstWord(s.toks) || afterLabel(s.toks, s.i)) {
		return true
	}
	for k := s.i + 2; k < len(s.toks); k++ {
		w := s.toks[k].Lower
		if w == "if" || w == "votes" && s.toks[k-1].Kind == doc.Number {
			return true
		}
	}
	return false
}

// opensLine tells whether a sentence opens its line, as a note does
// ("- Can also discuss it"), rather than follows another on it ("I
// think two people is a good size. Can summarize back to the group").
func opensLine(toks []doc.Token) bool {
	return toks[0].LineStart || toks[0].Start == 0
}

// afterLabel tells whether toks[i] opens the words after a speaker's
// label at the start of the line: "sam: we should", "Eric Holk: I can".
func afterLabel(toks []doc.Token, i int) bool {
	f := firstWord(toks)
	return i >= 2 && i-f <= 4 && toks[i-1].Text == ":"
}

// canOffer is the verb after an offering "can", past adverbs, when it
// makes a plan and is not talk: "I can say", "I can see".
func canOffer(s *scan) (int, bool) {
	v, ok := planVerb(s.toks, s.i+1, false)
	if !ok {
		return 0, false
	}
	w := s.toks[v].Lower
	if w == "be" {
		return v, s.prev == "i" && !lex.PredicateAdjectives[doc.LowerAt(s.toks, v+1)] // "I can be a point of contact"
	}
	return v, !perceptionVerbs[w] && !meetingActs[w] && !canTalk[w]
}

// canTalk after "I can" are talk in the meeting: "I can tell you", "I
// can answer that".
var canTalk = lex.WordSet(`tell speak answer talk explain confirm assure guarantee promise only`)

// presentAux tells whether w is a present form of "be": "is", "are",
// "am", or contracted ("we're").
func presentAux(w string) bool {
	return w == "is" || w == "are" || w == "am" || strings.HasSuffix(w, "'re") || strings.HasSuffix(w, "’re")
}

// Modals: "Andrew will get a quote", "Cllr. O. Williams would send a
// letter", "we'll circulate". Minutes report plans in the past tense, so
// "would" counts; what follows must be a plan, not a prediction.

// isFutureModal tells whether the word is "will", "shall", "would" or a
// contraction of "will".
func isFutureModal(s *scan) bool {
	return futureModals.Get(s.w) || willContraction(s.w)
}

// willIsName vetoes "Will" as a name: "Will Perrin", "Will also thought".
func willIsName(s *scan) bool {
	t := s.toks[s.i]
	if t.Text != "Will" {
		return false
	}
	if s.has(1) && doc.IsCapitalised(s.toks[s.i+1]) {
		return true // "Will Perrin"
	}
	// Opening the sentence, "Will" is a name before what a subject does
	// ("Will was", "Will reported"), and the modal of notes without a
	// subject before a plain verb ("Will discuss the exploit").
	return s.i == firstWord(s.toks) && !(s.has(1) && plainVerbAfterWill(s.toks[s.i+1]))
}

// plainVerbAfterWill tells whether t may be the plain verb after a
// subjectless "Will": a lower-case word that is no past form, no third
// person and no word a name is followed by.
func plainVerbAfterWill(t doc.Token) bool {
	w := t.Text
	if t.Kind != doc.Word || w != t.Lower || len(w) < 3 {
		return false
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false // "Will reported", "Will says"
	}
	return !commonNonVerbs[w] && !nameFollowers[w]
}

// nameFollowers follow a name opening a sentence: "Will and Jo", "Will
// to circulate".
var nameFollowers = map[string]bool{
	"and": true, "to": true, "had": true, "was": true, "said": true, "also": true, "will": true,
	"would": true, "could": true, "can": true, "has": true, "who": true, "thanked": true,
}

// willIsNoun vetoes "good will", "the will of the council" and the
// existential "there will be".
func willIsNoun(s *scan) bool { return lex.NounWill[s.prev] || s.prev == "there" }

// hypotheticalWould vetoes a "would" in a condition, an indirect question
// or a comparison: "if ... would", "like a business would".
func hypotheticalWould(s *scan) bool { return s.w == "would" && hypothetical(s.toks, s.i) }

// conditionalModal vetoes a modal in the main clause after a condition
// that opens the sentence: "If funding is found, the hall will be
// repainted" says what would follow, not what was planned.
func conditionalModal(s *scan) bool {
	k := firstWord(s.toks)
	if w := s.toks[k].Lower; w != "if" && w != "unless" {
		return false
	}
	for ; k < s.i; k++ {
		if s.toks[k].Text == "," {
			return true
		}
	}
	return false
}

// askedModal vetoes a modal that asks: "how will this be cooperated".
func askedModal(s *scan) bool { return questionModal(s.toks, s.i) }

// modalPlan is the verb after a modal when it makes a plan: not a thing's
// effect ("it will provide consistency"), talk in the meeting ("I'll turn
// this over to Ron") or an assessment ("it would be at the kiosk").
func modalPlan(s *scan) (int, bool) {
	v, ok := planVerb(s.toks, s.i+1, s.w == "would")
	return v, ok && !effectAfterThing(s.toks, s.i, v) && !spokenAct(s.toks, s.i, v) && !itAssesses(s.toks, s.i, v)
}

// "to be done": "for a screen shot ... to be taken", unless it completes
// a need, a permission or a state.

// toBeDone tells whether "to" at toks[i] goes on "be" and a participle.
func toBeDone(toks []doc.Token, i int) bool {
	return doc.LowerAt(toks, i+1) == "be" && i+2 < len(toks) && isParticiple(toks[i+2])
}

// toBeNeeded vetoes what is needed, allowed, or yet to happen: "allow
// the data to be shared", "have yet to be determined", "needs to be"
// (read by the "need" rule from its own word).
func toBeNeeded(s *scan) bool {
	p := s.prev
	return toBeComplement(s.toks, s.i) || p == "yet" || p == "need" || p == "needs" || p == "needed"
}

// toBeLessLikely vetoes a likelihood that is not a plan: "less likely to
// be involved" (but "is likely to be held" is read by the plan words).
func toBeLessLikely(s *scan) bool {
	return s.prev == "likely" && !lex.PassiveAux[s.lowerAt(-2)]
}

// toBeState vetoes "to be" after a negation, a comparison, an adjective
// or a participle: "not to be", "more to be done", "deserve to be
// treated fairly", "pleased to be joined".
func toBeState(s *scan) bool {
	p := s.prev
	return p == "not" || p == "have" || p == "has" || p == "less" || p == "more" ||
		lex.PredicateAdjectives[p] || (len(p) > 3 && (strings.HasSuffix(p, "ed") || strings.HasSuffix(p, "ing"))) ||
		p == "deserve" || p == "deserves"
}

// needToBeDone tells whether "need(s/ed) to be" (the frame) goes on a
// participle, not after "might", "may" or "could": "The bid needs to be
// submitted".
func needToBeDone(s *scan) bool {
	return s.has(3) && isParticiple(s.toks[s.i+3]) &&
		s.prev != "might" && s.prev != "may" && s.prev != "could"
}

// needIsOpinion vetoes a need that is a member's view: "recognised that
// care needs to be taken".
func needIsOpinion(s *scan) bool { return !needIsPlan(s.toks, s.i, s.trigger) }

// goingToStory vetoes a speaker's story: "I just assumed it was going to
// come back".
func goingToStory(s *scan) bool {
	return (s.prev == "was" || s.prev == "were") && firstPersonSingular(s.toks)
}

// Plan words: "is planned for November", "is expected", "is likely to",
// "is forthcoming", "submissions expected in the Spring".

// planWordUsed tells whether a plan word other than "due" is used as one:
// after "is" or "be", before a word such as "in" or "for", or
// "forthcoming".
func planWordUsed(s *scan) bool {
	return planWords.Get(s.w) && s.w != "due" && (lex.PassiveAux[s.prev] || s.prev == "be" || lex.PlanFollowers[s.next] || s.w == "forthcoming")
}

// pastIntention vetoes a plan word ending the sentence after "was":
// "include all workers it was intended".
func pastIntention(s *scan) bool {
	return (s.prev == "was" || s.prev == "were") && (s.next == "" || s.next == ".")
}

// proposedNotThat vetoes "proposed" unless it goes on "that": "proposed
// by Cllr. Davies" is a motion.
func proposedNotThat(s *scan) bool { return s.w == "proposed" && s.next != "that" }

// activeHope vetoes someone's hope or expectation: "he hoped that",
// "members expected to see", but not "it is hoped that".
func activeHope(s *scan) bool {
	return (s.w == "hoped" || s.w == "expected" || s.w == "anticipated") && !lex.PassiveAux[s.prev] && s.prev != "be" && s.prev != "been" && (s.next == "that" || s.next == "to")
}

// notLikely vetoes a negated or compared likelihood: "not likely to be
// available", "less likely".
func notLikely(s *scan) bool {
	return s.w == "likely" && (s.prev == "less" || s.prev == "more" || s.prev == "most") || s.prev == "not"
}

// forecast vetoes a forecast amount: "anticipated to be $66 million".
func forecast(s *scan) bool { return forecastsQuantity(s.toks, s.i) }

// Intent verbs: "MW wished to write", "plans to", "intends to".

// intentTo tells whether an intent verb goes on "to" and a verb.
func intentTo(s *scan) bool {
	return intentVerbs.Get(s.w) && s.next == "to" && s.has(2) && s.toks[s.i+2].Kind == doc.Word && !commonNonVerbs[s.lowerAt(2)]
}

// planIsNoun vetoes "plan to" without a subject that plans: "a plan to
// merge" (but "the Board plans to", "we have plans to").
func planIsNoun(s *scan) bool {
	p := s.prev
	return (s.w == "plan" || s.w == "plans") && !(lex.BodyNouns[p] || pronoun[p] || p == "are" || p == "has" || p == "have")
}

// decidedAtMeeting vetoes the decision itself: "agreed to approve the
// renewal" leaves nothing to do.
func decidedAtMeeting(s *scan) bool { return decisionAtMeeting[s.lowerAt(2)] }

// shouldBeAiming vetoes a progressive intent after "be", which states a
// principle: "every part of the programme should be aiming to close".
func shouldBeAiming(s *scan) bool {
	return s.prev == "be" && strings.HasSuffix(s.w, "ing")
}

// wantIsTalk vetoes a speaker's "want to": "I want to say", "we want to
// make sure"; a body's or their wants count.
func wantIsTalk(s *scan) bool {
	return (s.w == "want" || s.w == "wants") && (courtesyVerbs[s.lowerAt(2)] || !lex.WantSubjects[s.prev])
}

// needOpens tells whether "need(s) to" opens the sentence, past a bullet
// or a speaker's label, and goes on a verb: "Need to move away from".
func needOpens(s *scan) bool {
	if !s.has(2) || s.i != firstWord(s.toks) {
		return false
	}
	n := s.toks[s.i+2]
	return n.Kind == doc.Word && !commonNonVerbs[n.Lower] && n.Lower != "be" && !exhortations[n.Lower]
}

// exhortations after "need to" urge rather than plan: "Need to make sure
// we don't become sloppy", "need to try", "need to avoid", "need to keep".
var exhortations = map[string]bool{"make": true, "try": true, "avoid": true, "keep": true}

// quotedText vetoes a modal inside text a label quotes: 'Proposed new
// text in Section 6.3: "Elections shall be held every year"' is the
// wording of a rule, not a plan. Speech quoted in a sentence is not
// vetoed.
func quotedText(s *scan) bool {
	open := -1
	for k := 0; k < s.i; k++ {
		switch s.toks[k].Text {
		case "\"", "“", "”":
			if open < 0 {
				open = k
			} else {
				open = -1
			}
		}
	}
	return open > 0 && s.toks[open-1].Text == ":"
}

// letsVerb is the verb after "let's" or "let us", past "just" and
// "also".
func letsVerb(s *scan) int {
	k := s.i + 1
	if s.w == "let" {
		k++
	}
	for k < len(s.toks) && (s.toks[k].Lower == "just" || s.toks[k].Lower == "also") {
		k++
	}
	return k
}

// letsPlan tells whether "let's" goes on a verb of something to do, not
// of talk or of the meeting's own course ("let's see", "let's say").
func letsPlan(s *scan) bool {
	k := letsVerb(s)
	if k >= len(s.toks) || s.toks[k].Kind != doc.Word {
		return false
	}
	w := s.toks[k].Lower
	return !commonNonVerbs[w] && !courtesyVerbs[w] && !letsTalk[w]
}

// letsTalk are verbs after "let's" that steer the talk, not plan work.
// Exhortations (exhortations) are not plans either: "let's make sure",
// "let's try to"; nor is coming back to a topic.
var letsTalk = func() map[string]bool {
	m := map[string]bool{
		"see": true, "go": true, "start": true, "begin": true, "look": true, "hope": true,
		"assume": true, "suppose": true, "be": true, "not": true, "take": true, "come": true,
	}
	for w := range exhortations {
		m[w] = true
	}
	return m
}()

// wasTo tells whether "was/were to" goes on a verb: "The Chair was to
// write to the Minister".
func wasTo(s *scan) bool {
	if !s.has(2) {
		return false
	}
	n := s.toks[s.i+2]
	return n.Kind == doc.Word && !commonNonVerbs[n.Lower] && n.Lower != "be"
}

// wasToDescribes vetoes "was to" after a role noun, which describes: "the
// correct route was to take", "the purpose of which was to give".
func wasToDescribes(s *scan) bool {
	return lex.RoleNouns[s.prev] || s.prev == "which" && lex.RoleNouns[s.lowerAt(-3)]
}

// bodySuggested tells whether a body suggested something to be done:
// "The Committee suggested reviewing", "suggested an approach", and
// "suggested that" after a trigger.
func bodySuggested(s *scan) bool {
	return (strings.HasSuffix(s.next, "ing") || s.next == "an" || s.next == "that" && s.trigger) && doc.SubjectIsBody(s.toks, s.i+1)
}

// obligedSubject tells whether the words before the modal at toks[m] name
// who is obliged, as the whole subject of the sentence: a person, by name
// or office ("Cart", "The Clerk", "NM and MS"). A body that "should" do a
// thing ("The board should publish these notes") is proposing it, or
// giving a view, until an approval follows (approved-proposal).
func obligedSubject(toks []doc.Token, m int) bool {
	k := m - 1
	for k >= 0 && toks[k].Kind == doc.Word && lex.Adverbs[toks[k].Lower] {
		k--
	}
	if k < 0 || toks[k].Kind != doc.Word || pronoun[toks[k].Lower] {
		return false
	}
	end := k
	for k >= 0 && (doc.IsCapitalised(toks[k]) || toks[k].Lower == "and" || toks[k].Lower == "the" || toks[k].Text == "." || lex.BodyNouns[toks[k].Lower] || lex.RoleWords[toks[k].Lower]) {
		k--
	}
	start := firstWord(toks)
	if k >= start || end-k > 5 {
		return false // words before the subject: a clause, not a duty put on someone
	}
	w := toks[end].Lower
	return doc.IsCapitalised(toks[end]) && !lex.NotNameWords[w] || lex.RoleWords[w] && !lex.BodyNouns[w]
}
