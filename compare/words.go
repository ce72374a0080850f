package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one token of a text, as written and as a term for matching.
type word struct {
	form string // as written
	term string // lower-cased and stemmed; "" for stop words
}

// splitWords cuts s into letter-or-digit runs. Apostrophes inside a word
// (the Board’s) stay with it so that the possessive can be stripped. The
// words are substrings of s: no copying, as this runs over every sentence
// of both meetings.
func splitWords(s string) []string {
	out := make([]string, 0, len(s)/6)
	eachWord(s, func(w string) { out = append(out, w) })
	return out
}

// eachWord calls f with each word of s, as splitWords cuts them.
func eachWord(s string, f func(w string)) {
	start := -1
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r)
		if !inWord && (r == '\'' || r == '’') && start >= 0 {
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			inWord = unicode.IsLetter(next)
		}
		if inWord {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			f(s[start:i])
			start = -1
		}
		i += n
	}
	if start >= 0 {
		f(s[start:])
	}
}

// words tokenises s into words with their matching terms.
func words(s string) []word {
	forms := splitWords(s)
	out := make([]word, len(forms))
	for i, f := range forms {
		out[i] = word{form: f, term: term(f)}
	}
	return out
}

// terms returns the content terms of s, in order, repeats kept (they are
// the term frequencies).
func terms(s string) []string {
	var out []string
	eachWord(s, func(f string) {
		if t := term(f); t != "" {
			out = append(out, t)
		}
	})
	return out
}

// term lower-cases and stems a word, or returns "" when the word carries
// no topic: a stop word, a number, a date word.
func term(f string) string {
	w := strings.ToLower(f)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if utf8.RuneCountInString(w) < 2 || stopWords[w] || isNumber(w) {
		return ""
	}
	return stem(w)
}

func isNumber(w string) bool {
	digits := 0
	for _, r := range w {
		if unicode.IsDigit(r) {
			digits++
		}
	}
	// 2018, 13th, 1st, c300, 18/19: numbers change between meetings and
	// say nothing about the topic.
	return digits > 0 && digits*2 >= len(w)-1
}

// stem strips the common English inflections so that "consultation",
// "consulted" and "consult" meet. It is deliberately lighter than Porter's
// algorithm: minutes are short, and over-stemming ("universe" and
// "university") costs more than it saves here.
func stem(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		w = w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "sses"):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:n-1]
	}
	for _, suf := range []string{"ations", "ation", "ments", "ment", "ings", "ing", "ed", "ly", "er"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	// Collapse a doubled final consonant left by -ed/-ing (planned → plan)
	// and drop a final e (determine, determined → determin).
	if n := len(w); n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		w = w[:n-1]
	}
	if n := len(w); n > 3 && w[n-1] == 'e' {
		w = w[:n-1]
	}
	return w
}

// stopWords are function words, the words every set of minutes uses
// whatever it is about, and the words of dates and numbers.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
a about above after again against all also am an and any are as at be
because been before being below between both but by can could did do does
doing down during each eg etc few for from further had has have having he
her here hers him his how i ie if in into is it its itself just me more
most my no nor not now of off on once only or other our ours out over own
same she should so some such than that the their theirs them then there
these they this those through to too under until up upon us very was we
were what when where which while who whom why will with within would you
your yours may might must shall need needs via per whether yet once
ongoing currently current further next previous following
board meeting meetings minutes item items update updated updates noted
received heard report reported discussed discussion agreed chair members
member said asked
january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
today tomorrow yesterday week weeks month months year years day days
early mid late spring summer autumn winter fall quarter midnight noon
one two three four five six seven eight nine ten eleven twelve thirteen
fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty
fifty sixty seventy eighty ninety hundred thousand million billion
first second third half dozen c m bn k`) {
		m[w] = true
	}
	return m
}()
