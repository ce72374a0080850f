// Package compare compares the records of successive meetings of one body
// and reports what changed: commitments that were done, slipped, brought
// forward, restated or quietly dropped; figures that moved; decisions and
// agenda items that came and went.
//
// # Matching by topic
//
// Minutes never repeat themselves word for word, and agenda items move, so
// elements are paired by what they are about, not by position or wording.
// Each element becomes a bag of content words: its own text (for a figure,
// the sentence around it, plus the sentence before when that one is short,
// as in "It has eight projects") and the title of the agenda item it sits
// in, lower-cased, stripped of stop words, numbers and date words (which
// are what changes between meetings, not what the topic is), and stemmed.
// Bags are weighted by TF-IDF, with document frequencies counted over the
// elements and sentences of both records, and compared by cosine
// similarity.
//
// Only elements that share a term can score above zero, so each element is
// scored against those an inverted index finds for it, rarest term first
// and maxCandidates at most, not against every element of the other
// meeting: time grows with the length of the minutes, not its square.
//
// Two elements of the same kind may pair when their similarity is at least
// Threshold (0.25 by default; Options.Threshold overrides it). Pairing is
// one-to-one and greedy best-first: the most similar pair is taken, both
// sides leave the pool, and so on. Greedy is not optimal in theory, but with
// a threshold this high the pools are sparse and it gives the same answer
// as the Hungarian method on every case in the tests, at a fraction of the
// code. Figures pair only with figures of a compatible kind (a sum of money
// never becomes a count of projects), at FigureFactor times the threshold.
//
// # Following commitments
//
// A commitment of the older meeting that pairs with none of the newer
// meeting's commitments is followed into the newer meeting's whole text:
// its sentences, and the clauses of each sentence (cut at commas, colons
// and dashes, since one clause of a long sentence is often the answer), are
// scored the same way, and the best at or above the threshold is taken as
// a mention. A past-tense report that matches better than any new
// commitment wins over it. A mention in the past tense ("was
// launched on Friday 2 February") means the commitment was done; one with
// a date is compared with the old due date; one without either restates
// it. With no mention at all, the commitment vanished. See Status.
//
// The package never prints or exits: Diff and Track return values, and the
// Write methods render them as text, JSON, Markdown or HTML.
package compare
