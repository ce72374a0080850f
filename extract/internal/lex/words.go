package lex

// SmallWords may sit inside a title in lower case.
var SmallWords = map[string]bool{"of": true, "for": true, "and": true, "the": true, "to": true, "in": true,
	"on": true, "at": true, "a": true, "an": true, "&": true, "with": true, "from": true, "by": true}
