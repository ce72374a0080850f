package lex

// Word tables for commitments: what marks a sentence as saying something
// will happen, and what marks a modal as a prediction or an opinion
// instead ("this would improve the service", "it would be helpful").

// FutureModals say something will happen; "would" counts too, since
// minutes report plans in the past tense ("she would feed back").
var FutureModals = map[string]bool{"will": true, "shall": true, "would": true}

// ObligationModals count only inside a decision or recommendation ("It
// was suggested that a tree should be cut down"); in a member's remark
// they are opinions ("He said that cloud should not be encouraged").
var ObligationModals = map[string]bool{"should": true, "must": true}

// ObligationTriggers are the verbs that turn "should" into a plan.
var ObligationTriggers = map[string]bool{
	"recommended": true, "recommends": true, "suggested": true, "agreed": true, "consensus": true,
	"stated": true, "proposed": true, "requested": true, "resolved": true, "decided": true,
	"view": true, "resolve": true,
}

// EffectVerbs after a modal make it a prediction, a hypothetical or an
// opinion, not a plan: "will help improve services", "would require",
// "would favour".
var EffectVerbs = map[string]bool{
	"help": true, "improve": true, "reduce": true, "increase": true,
	"enable": true, "mean": true, "lead": true, "generate": true, "drive": true, "allow": true,
	"require": true, "save": true, "benefit": true, "result": true,
	"cause": true, "address": true, "affect": true, "impact": true, "end": true, "depend": true,
	"seem": true, "appear": true, "favour": true, "favor": true, "prefer": true, "cost": true,
	"lose": true, "show": true, "happen": true, "expect": true, "think": true,
	"suggest": true, "agree": true, "say": true, "welcome": true,
	"achieve": true, "decrease": true, "boost": true, "strengthen": true,
	"undermine": true, "jeopardise": true, "outweigh": true, "ensure": false,
}

// PersonEffects are undertakings when a person is the subject: "an
// external consultant who will help us with management reports".
var PersonEffects = map[string]bool{"help": true, "support": true, "enable": true, "address": true}

// StateVerbs after a modal describe how things will be, not what will be
// done: "a solution that will last three years", "will rest with".
var StateVerbs = map[string]bool{
	"last": true, "rest": true, "remain": true, "lie": true, "vary": true, "fluctuate": true,
	"differ": true, "matter": true, "exist": true, "depend": true, "belong": true,
	"feel": true, "sound": true, "like": false, "want": true,
}

// EffectParticiples after "will be" predict an effect: "the benefits would
// only be realised in the longer term", "traffic that will be generated".
var EffectParticiples = map[string]bool{
	"achieved": true, "improved": true, "reduced": true, "increased": true, "enabled": true,
	"generated": true, "saved": true, "affected": true, "impacted": true, "realised": true,
	"realized": true, "compounded": true, "exacerbated": true, "offset": true, "outweighed": true,
	"lost": true, "caused": true, "mitigated": true, "felt": true, "enhanced": true,
	"undermined": true, "strengthened": true,
}

// StateParticiples after "will be" describe, not act: "net revenue will
// be based on actual revenue", "the audits will be related to".
var StateParticiples = map[string]bool{
	"based": true, "related": true, "linked": true, "tied": true, "dependent": true,
	"limited": true, "located": true, "situated": true, "entitled": true,
	"concerned": true, "involved": false, "worried": true, "disappointed": true, "surprised": true,
}

// PredicateNouns after "will be a" / "would be the" make an assessment:
// "that would be a matter for the Board", "we will be the benefit".
var PredicateNouns = map[string]bool{
	"matter": true, "case": true, "benefit": true, "priority": true, "problem": true,
	"issue": true, "challenge": true, "concern": true, "question": true, "shame": true,
	"pity": true, "mistake": true, "risk": true, "factor": true, "consequence": true,
	"result": true, "difference": true, "boost": true, "improvement": true, "step": false,
	"way": true, "answer": true, "option": true, "danger": true, "bonus": true,
}

// StandingAdverbs between a modal and its verb make a standing rule:
// "Councillors should always be aware of".
var StandingAdverbs = map[string]bool{"always": true, "never": true, "generally": true, "normally": true, "usually": true}

// TimePrepositions after "be complete" give it a deadline.
var TimePrepositions = map[string]bool{"by": true, "in": true, "before": true, "within": true, "on": true, "during": true, "at": true}

// UndertakingVerbs are predictions after a thing ("it will provide
// consistency") but undertakings after a person ("Simon will provide the
// data").
var UndertakingVerbs = map[string]bool{
	"provide": true, "give": true, "make": true, "deliver": true, "bring": true, "add": true,
	"support": true, "work": true, "find": true,
}

// OpinionWords before a modal make the sentence a member's opinion: "He
// said he thought Wales should go for FHIR".
var OpinionWords = map[string]bool{
	"thought": true, "felt": true, "believed": true, "opinion": true, "think": true, "feel": true,
	"believe": true, "clarified": true, "thinks": true, "feels": true, "believes": true,
}

// RoleNouns before "was to" make it a description, not a plan: "the
// correct route was to take".
var RoleNouns = map[string]bool{
	"goal": true, "aim": true, "idea": true, "purpose": true, "objective": true, "intention": true,
	"route": true, "way": true, "challenge": true, "first": true, "option": true, "task": true,
	"role": true, "point": true, "issue": true, "problem": true,
}

// PredicateAdjectives after "will be" / "would be" make an assessment,
// not a plan: "would be key", "would be helpful".
var PredicateAdjectives = map[string]bool{
	"key": true, "able": true, "unable": true, "visible": true, "fine": true, "important": true,
	"possible": true, "impossible": true, "necessary": true, "useful": true, "helpful": true,
	"beneficial": true, "good": true, "better": true, "best": true, "difficult": true,
	"easy": true, "easier": true, "inadequate": true, "unfair": true, "sufficient": true,
	"insufficient": true, "appropriate": true, "inappropriate": true, "essential": true,
	"vital": true, "crucial": true, "unlikely": true, "more": true, "less": true, "positive": true,
	"negative": true, "worth": true, "happy": true, "content": true, "keen": true, "pleased": true,
	"similar": true, "different": true, "cheaper": true, "expensive": true, "costly": true,
	"safe": true, "unsafe": true, "effective": true, "clear": true, "critical": true,
	"central": true, "successful": true, "viable": true, "feasible": true, "significant": true,
	"greater": true, "higher": true, "lower": true, "sustainable": true, "unsustainable": true,
	"interested": true, "concerned": true, "willing": true, "glad": true, "great": true,
	"forced": true, "affected": true, "needed": true, "required": true, "fantastic": true,
	"aware": true, "paramount": true, "those": true, "these": true, "ready": true, "open": true,
	"brief": true, "short": true, "quick": true, "mindful": true, "careful": true, "cautious": true,
	"supportive": true, "grateful": true, "thrilled": true, "delighted": true, "proud": true,
}

// IrregularParticiples complete "to be ..." as a planned action besides
// the regular -ed forms: "to be held", "to be taken".
var IrregularParticiples = map[string]bool{
	"held": true, "made": true, "taken": true, "sent": true, "given": true, "done": true,
	"shown": true, "set": true, "put": true, "kept": true, "known": true, "seen": true,
	"read": true, "paid": true, "built": true, "cut": true, "brought": true, "sought": true,
	"bought": true, "met": true, "run": true, "written": true, "drawn": true, "chosen": true,
	"laid": true, "led": true, "sold": true, "signed": true, "borne": true,
}

// PlanWords mark a plan by themselves after "is/are/was/were": "is planned
// for November", "is expected", "is anticipated", "is likely to".
var PlanWords = map[string]bool{
	"planned": true, "expected": true, "anticipated": true, "hoped": true, "likely": true,
	"scheduled": true, "intended": true, "forthcoming": true, "proposed": true, "due": true,
	"committed": true, "tasked": true,
}

// PlanFollowers after a bare plan word show it is used as a plan, not an
// adjective: "submissions expected in the Spring".
var PlanFollowers = map[string]bool{
	"in": true, "to": true, "from": true, "later": true, "by": true, "shortly": true, "soon": true,
	"at": true, "for": true, "on": true, "during": true, "next": true, "with": true, "that": true,
}

// IntentVerbs before "to" say someone means to act: "MW wished to write",
// "plans to", "intends to".
var IntentVerbs = map[string]bool{
	"wished": true, "wishes": true, "intends": true, "intend": true, "intended": true,
	"plans": true, "plan": true, "hopes": true, "hope": true, "aims": true, "committing": true,
	"undertook": true, "undertakes": true, "promised": true, "agreed": true, "going": true,
	"tasked": true, "want": true, "wants": true, "planning": true, "hoping": true,
	"aiming": true, "intending": true,
}

// WantSubjects are the subjects for which "want to" reports a plan ("the
// three factors that they want to improve"); a speaker's "I want to say"
// or "we want to make sure" is talk.
var WantSubjects = map[string]bool{"they": true, "board": true, "committee": true, "council": true, "panel": true, "group": true, "workstream": true}

// ScheduleVerbs in the present tense with a date name a scheduled event:
// "The consultation closes on 23 March 2018".
var ScheduleVerbs = map[string]bool{
	"closes": true, "ends": true, "opens": true, "starts": true, "begins": true, "runs": true,
	"launches": true, "expires": true, "commences": true,
}

// ActionHeadings introduce a list of action items.
var ActionHeadings = map[string]bool{
	"actions": true, "action points": true, "action items": true, "actions agreed": true,
	"summary of actions": true, "action log": true, "actions arising": true, "new actions": true,
}

// NounWill are the words that make "will" a noun ("good will").
var NounWill = map[string]bool{"a": true, "the": true, "good": true, "free": true, "political": true, "own": true, "goodwill": true}
