package people

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/minutes-tool/minutes/extract/internal/doc"
	"github.com/minutes-tool/minutes/extract/internal/lex"
	"github.com/minutes-tool/minutes/schema"
)

// person is one attendee being assembled from the places it is named.
type person struct {
	name    string
	role    string
	status  string
	given   []string
	surname string
	alias   string
	listed  bool
	spans   []schema.Span
}

// roster is the people found so far, in the order found, with an index
// by surname: every mention asks for the person it names, and on a long
// page a scan of everyone found for each was most of the stage's time.
type roster struct {
	list      []*person
	bySurname map[string][]*person // by foldKey of the surname
}

// add appends p to the roster.
func (r *roster) add(p *person) {
	r.list = append(r.list, p)
	if p.surname != "" {
		k := foldKey(p.surname)
		r.bySurname[k] = append(r.bySurname[k], p)
	}
}

// withSurname returns the people whose surname is surname in any case
// (strings.EqualFold), in the order found.
func (r *roster) withSurname(surname string) []*person {
	if surname == "" {
		return nil
	}
	return r.bySurname[foldKey(surname)]
}

// foldKey is the same string for two strings exactly when
// strings.EqualFold holds: each rune replaced by the least rune of its
// simple case folding orbit.
func foldKey(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToUpper(s) // the least of an ASCII letter's orbit is its capital
	}
	var b strings.Builder
	for _, r := range s {
		m := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			m = min(m, f)
		}
		b.WriteRune(m)
	}
	return b.String()
}

// Find finds the people at the meeting: attendance lists and people
// named in the narrative. Spans are bytes. The warnings name the
// attendance labels that head no one.
func Find(d *doc.Document) ([]schema.Attendee, []string) {
	var out []schema.Attendee
	var warns []string
	d.WithAllTokens(func(toks []doc.Token) { out, warns = attendance(d.Text, toks, d.Genre) })
	return out, warns
}

// attendance is Find over the whole text's tokens, read by the
// conventions of genre g, with a warning for each attendance label that
// heads no one.
func attendance(text string, toks []doc.Token, g string) ([]schema.Attendee, []string) {
	lst, ranges, everyone, empty := findLists(text, toks, g)
	var warns []string
	for _, l := range empty {
		warns = append(warns, fmt.Sprintf("attendance label %q lists no one the extractor could read", l))
	}
	people := &roster{bySurname: map[string][]*person{}}
	for _, l := range lst {
		p := &person{name: l.name, role: l.role, status: l.status, given: l.nf.given, surname: l.nf.surname,
			alias: l.alias, listed: true, spans: []schema.Span{{Start: l.nf.start, End: l.nf.end}}}
		if q := match(people.withSurname(p.surname), p.given, p.surname); q != nil && q.listed {
			// Named twice in the lists: keep the first status.
			q.spans = append(q.spans, p.spans...)
			continue
		}
		people.add(p)
	}
	var roles []*person
	findMentions(text, toks, ranges, g, func(m mention) {
		sp := schema.Span{Start: m.start, End: m.end}
		switch {
		case m.name == "" && m.role != "":
			addRole(&roles, m, sp)
		case m.alias != "" && m.name == "":
			if q := byAlias(people.list, m.alias); q != nil {
				q.spans = append(q.spans, sp)
			}
		case m.alias != "":
			if q := byAlias(people.list, m.alias); q != nil {
				q.spans = append(q.spans, sp)
			} else {
				people.add(&person{name: m.name, status: "participant", alias: m.alias, spans: []schema.Span{sp}})
			}
		default:
			addNamed(people, m, sp)
		}
	})
	if everyone {
		presentAll(people.list)
	}
	out := make([]schema.Attendee, 0, len(people.list)+len(roles))
	for _, p := range append(people.list, roles...) {
		out = append(out, p.attendee())
	}
	return out, warns
}

// presentAll marks present the named people taking part, when a label
// said that everyone attended ("Attendance: all").
func presentAll(people []*person) {
	for _, p := range people {
		if p.status == "participant" {
			p.status = "present"
		}
	}
}

// addNamed joins a named mention to the person it names, or starts one.
func addNamed(people *roster, m mention, sp schema.Span) {
	q := match(people.withSurname(m.nf.surname), m.nf.given, m.nf.surname)
	if q == nil && m.nf.hon == "" && (len(m.nf.given) == 1 && m.onlyLink || len(m.nf.given) == 0) {
		// A given name alone: "Hazel asked", "Jonathan: Us encouraging".
		q = byGiven(people.list, m.name)
	}
	if q == nil {
		if m.onlyLink {
			return
		}
		status := "mentioned"
		if m.participant {
			status = "participant"
		}
		if m.status != "" {
			status = m.status
		}
		people.add(&person{name: m.name, role: m.role, status: status, given: m.nf.given,
			surname: m.nf.surname, spans: []schema.Span{sp}, listed: m.status != ""})
		return
	}
	q.spans = append(q.spans, sp)
	switch {
	case !q.listed && m.status != "":
		q.status, q.listed = m.status, true
	case !q.listed && m.participant:
		q.status = "participant"
	}
	if q.role == "" {
		q.role = m.role
	}
	if !m.onlyLink && fullGiven(m.nf.given) > fullGiven(q.given) {
		q.name, q.given = m.name, m.nf.given
	}
}

// addRole joins a role-only mention to the office it names ("The
// Accountable Officer" is the "Accountable Officer of NHS Medway CCG"),
// or starts one.
func addRole(roles *[]*person, m mention, sp schema.Span) {
	key := roleKey(m.role)
	for _, r := range *roles {
		rk := roleKey(r.role)
		if contains(rk, key) || contains(key, rk) {
			r.spans = append(r.spans, sp)
			if len(key) > len(rk) {
				r.role = m.role
			}
			return
		}
	}
	*roles = append(*roles, &person{role: m.role, status: "participant", spans: []schema.Span{sp}})
}

// roleKey is a role's words, lower case.
func roleKey(s string) []string {
	return strings.Fields(strings.ToLower(strings.NewReplacer(",", " ", "&", " and ").Replace(s)))
}

// contains tells whether the words of b start a run inside a.
func contains(a, b []string) bool {
	if len(b) == 0 {
		return false
	}
	for i := 0; i+len(b) <= len(a); i++ {
		ok := true
		for k := range b {
			if a[i+k] != b[k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// match finds the person a name names: the same surname and given names
// that agree ("O. Williams" is "Owen Williams"; "H.L. Gwynne" is not
// "Hubert Gwynne"). A surname alone matches only when one person has it.
func match(people []*person, given []string, surname string) *person {
	var found []*person
	for _, p := range people {
		if p.surname == "" || !strings.EqualFold(p.surname, surname) {
			continue
		}
		if len(given) == 0 || len(p.given) == 0 {
			found = append(found, p)
			continue
		}
		if givenAgree(p.given, given) {
			// An exact match wins outright.
			if strings.EqualFold(strings.Join(p.given, " "), strings.Join(given, " ")) {
				return p
			}
			found = append(found, p)
		}
	}
	if len(found) == 0 {
		return nil
	}
	if len(given) == 0 && len(found) > 1 {
		return nil
	}
	return found[0]
}

// givenAgree compares given names, where either may be initials.
func givenAgree(a, b []string) bool {
	fa, fb := fullGiven(a) > 0, fullGiven(b) > 0
	switch {
	case fa && fb:
		return strings.EqualFold(a[0], b[0])
	case !fa && !fb:
		return strings.EqualFold(strings.Join(a, ""), strings.Join(b, ""))
	case fa:
		return len(b) <= len(a) && strings.EqualFold(a[0][:1], b[0][:1])
	default:
		return len(a) <= len(b) && strings.EqualFold(a[0][:1], b[0][:1])
	}
}

// fullGiven counts the given names written out in full.
func fullGiven(g []string) int {
	n := 0
	for _, w := range g {
		if len([]rune(w)) > 1 {
			n++
		}
	}
	return n
}

// byAlias finds the person whose initials these are: given in the
// list ("Mark Wardle (MW)"), or else those of the one person whose name
// they spell ("EL asked KC" for Elizabeth Loney and Kate Clough).
func byAlias(people []*person, alias string) *person {
	for _, p := range people {
		if p.alias == alias {
			return p
		}
	}
	if lex.NotNameWords[strings.ToLower(alias)] {
		return nil // "AS AMENDED": a word in capitals
	}
	var found *person
	for _, p := range people {
		if p.alias == "" && hasInitials(p, alias) {
			if found != nil {
				return nil
			}
			found = p
		}
	}
	return found
}

// initialsOf spells a person's initials from the name: the first
// letters of the given names and the surname, "" without both.
func initialsOf(p *person) string {
	if len(p.given) == 0 || p.surname == "" {
		return ""
	}
	var b strings.Builder
	for _, w := range append(append([]string{}, p.given...), p.surname) {
		r := []rune(w)
		b.WriteString(strings.ToUpper(string(r[0])))
	}
	return b.String()
}

// hasInitials tells whether alias spells p's initials (initialsOf), read
// without building them: it is asked of every person for every alias.
func hasInitials(p *person, alias string) bool {
	if len(p.given) == 0 || p.surname == "" {
		return false
	}
	for k := 0; k < len(alias); k++ {
		if alias[k] >= utf8.RuneSelf {
			return initialsOf(p) == alias // letters past ASCII: spell them out
		}
	}
	if len(alias) != len(p.given)+1 {
		return false
	}
	for k := 0; k <= len(p.given); k++ {
		w := p.surname
		if k < len(p.given) {
			w = p.given[k]
		}
		r, _ := utf8.DecodeRuneInString(w)
		if r >= utf8.RuneSelf {
			return initialsOf(p) == alias
		}
		if unicode.ToUpper(r) != rune(alias[k]) {
			return false
		}
	}
	return true
}

// byGiven finds the one person with this given name.
func byGiven(people []*person, given string) *person {
	var found *person
	for _, p := range people {
		if len(p.given) > 0 && strings.EqualFold(p.given[0], given) {
			if found != nil {
				return nil
			}
			found = p
		}
	}
	return found
}

// attendee turns the assembled person into the record's element.
func (p *person) attendee() schema.Attendee {
	a := schema.Attendee{Status: p.status}
	if p.name != "" {
		n := p.name
		a.Name = &n
	}
	if p.role != "" {
		r := strings.TrimSpace(p.role)
		a.Role = &r
	}
	sort.Slice(p.spans, func(i, j int) bool { return p.spans[i].Start < p.spans[j].Start })
	for i, s := range p.spans {
		if i > 0 && s == p.spans[i-1] {
			continue
		}
		a.Spans = append(a.Spans, s)
	}
	return a
}
