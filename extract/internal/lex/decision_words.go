package lex

// DecisionVerbs maps a past-tense verb by which a body decides to the
// decision's kind. The verb counts only in a decision's frame: after a
// body ("The Board approved"), in the passive ("was unanimously
// approved", "It was agreed") or in the perfect ("have agreed").
var DecisionVerbs = map[string]string{
	"resolved": "resolved", "agreed": "agreed", "approved": "approved", "adopted": "approved",
	"ratified": "approved", "accepted": "approved", "confirmed": "approved", "endorsed": "endorsed",
	"welcomed": "endorsed", "supported": "endorsed", "noted": "noted", "acknowledged": "noted",
	"recommended": "recommended", "suggested": "recommended", "deferred": "deferred",
	"postponed": "deferred", "signed": "approved", "rejected": "rejected", "refused": "rejected",
	"declined": "rejected", "decided": "agreed", "carried": "agreed", "passed": "approved",
	"referred": "other", "proclaim": "other",
}

// ActiveOnlyVerbs are not decisions in the passive: "It was suggested
// that" and "It was acknowledged that" report a view, not a decision.
var ActiveOnlyVerbs = map[string]bool{"suggested": true, "acknowledged": true, "supported": true}

// ViewVerbs record the body's view ("The Board felt it was important",
// "The Panel stated that") and are recommendations when a body says them.
var ViewVerbs = map[string]bool{
	"felt": true, "stated": true, "expressed": true, "keen": true,
}

// BodyNouns name a deciding body or its chair as the subject of a verb.
var BodyNouns = map[string]bool{
	"board": true, "committee": true, "council": true, "panel": true, "group": true,
	"cabinet": true, "members": true, "meeting": true, "commission": true, "partnership": true,
	"trust": true, "ccgs": true, "ccg": true, "forum": true, "assembly": true, "executive": true,
	"subcommittee": true, "sub-committee": true, "governors": true, "directors": true,
	"trustees": true, "councillors": true, "they": true, "chair": true,
	"chairman": true, "chairperson": true, "chairwoman": true, "mayor": true, "house": true,
	"senate": true, "authority": true, "body": true, "bodies": true,
	"it": true, "trusts": true, "everyone": true, "everybody": true, "team": true, "workstream": true,
}

// Adverbs may sit between a subject or auxiliary and its verb.
var Adverbs = map[string]bool{
	"unanimously": true, "also": true, "formally": true, "duly": true, "then": true,
	"therefore": true, "further": true, "fully": true, "strongly": true, "subsequently": true,
	"now": true, "already": true, "previously": true, "jointly": true, "collectively": true,
	"thus": true, "hereby": true, "so": true, "all": true, "both": true, "again": true,
	"nem": true, "con": true, "overwhelmingly": true, "finally": true, "broadly": true,
	"generally": true, "each": true, "had": true, "has": true, "have": true,
}

// PassiveAux before a decision verb make it passive: the thing decided is
// the subject ("The minutes were agreed").
var PassiveAux = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "been": true,
}

// FutureAux before a passive decision verb mean it has not happened yet
// ("will be agreed", "to be approved"): a plan, not a decision.
var FutureAux = map[string]bool{
	"will": true, "would": true, "to": true, "shall": true, "should": true, "must": true,
	"may": true, "might": true, "could": true, "can": true, "not": true, "never": true,
	"yet": true, "being": true, "unless": true, "if": true,
}

// ApproveWords after "agreed" make the decision an approval ("agreed to
// approve", "agreed that the Annual Return be approved").
var ApproveWords = map[string]bool{
	"approve": true, "approved": true, "adopt": true, "adopted": true, "ratify": true, "ratified": true,
}

// VoteCount says which side of a vote a tally word counts.
var VoteCount = map[string]string{
	"ayes": "for", "aye": "for", "yeas": "for", "yea": "for", "yes": "for", "for": "for",
	"nays": "against", "nay": "against", "noes": "against", "against": "against",
	"abstentions": "abstain", "abstention": "abstain", "abstain": "abstain", "abstained": "abstain",
	"abstaining": "abstain",
}

// RollLetters are the letters of a roll-call tally: "(Y-5)", "(Y-4; N-1)".
var RollLetters = map[string]string{"y": "for", "n": "against", "a": "abstain"}

// Outcomes are the words that say how a vote went.
var Outcomes = map[string]string{
	"carried": "carried", "passed": "carried", "adopted": "carried", "failed": "failed",
	"defeated": "failed", "lost": "failed",
}
