package briefing

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

type lexTerm struct {
	key    string // normalised form searched for
	label  string // form reported to the user
	topic  int
	weight float64
	prefix bool // latin term matching any ending
	// word marks a Hangul term of one or two syllables: it must not be
	// matched across a space of the text, or "협정 비준" would hold "정비".
	word bool
	// start is a Latin term's first three letters: a text without them
	// cannot hold the term.
	start string
}

func (c *Classifier) add(term string, topic int, w float64) {
	label := norm.NFC.String(strings.TrimSpace(term))
	if hasHangul(label) {
		key := hangulKey(strings.ToLower(label))
		word := utf8.RuneCountInString(key) <= 2 && !strings.ContainsAny(label, " \t")
		c.hangul = append(c.hangul, lexTerm{key: key, label: label, topic: topic, weight: w, word: word})
		return
	}
	prefix := strings.HasSuffix(label, "*")
	label = strings.TrimSuffix(label, "*")
	key := " " + latinKey(label) + " "
	if prefix {
		key = strings.TrimSuffix(key, " ")
	}
	first := strings.TrimSpace(key)
	if i := strings.IndexByte(first, ' '); i >= 0 {
		first = first[:i]
	}
	start := first[:min(len(first), 3)]
	if prefix && len(first) < 3 {
		start = "" // "nk*" may start any word of three letters or more
	}
	c.latin = append(c.latin, lexTerm{key: key, label: label, topic: topic, weight: w, prefix: prefix, start: start})
}

// lexicon returns the lexicon's evidence for each topic and the terms that
// gave it.
func (c *Classifier) lexicon(text, heading string) ([]float64, []map[string]float64) {
	return c.lexiconNFC(norm.NFC.String(text), norm.NFC.String(heading))
}

// lexiconNFC is lexicon of a text and heading in NFC.
func (c *Classifier) lexiconNFC(text, heading string) ([]float64, []map[string]float64) {
	scores := make([]float64, len(c.topics))
	hits := make([]map[string]float64, len(c.topics))
	c.scoreNFC(text, 1, scores, hits)
	if heading != "" {
		c.scoreNFC(heading, headingWeight, scores, hits)
	}
	return scores, hits
}

// lexiconScores returns the lexicon's evidence for each topic.
func (c *Classifier) lexiconScores(text, heading string) []float64 {
	s, _ := c.lexicon(text, heading)
	return s
}

// scoreNFC adds the lexicon evidence of text, in NFC, to scores (weighed by
// factor) and the terms that gave it to hits.
func (c *Classifier) scoreNFC(text string, factor float64, scores []float64, hits []map[string]float64) {
	lower := strings.ToLower(text)
	// count counts the candidate terms (indices into terms, which are in
	// order of length) in hay.
	count := func(terms []lexTerm, cands []int, hay string, gaps []int) {
		if len(cands) == 0 {
			return
		}
		slices.Sort(cands)
		covered := make([]bool, len(hay))
		for i, ti := range cands {
			if i > 0 && cands[i-1] == ti {
				continue
			}
			t := &terms[ti]
			var crosses func(start, end int) bool
			if t.word {
				crosses = func(start, end int) bool {
					i := sort.SearchInts(gaps, start+1)
					return i < len(gaps) && gaps[i] < end
				}
			}
			n, at := countUncovered(hay, t.key, covered, crosses)
			if n == 0 {
				continue
			}
			label := t.label
			if t.prefix {
				label = surfaceWords(hay, at, len(t.key))
			}
			gain := t.weight * factor * (1 + repeatBonus*float64(min(n, maxRepeats)-1))
			scores[t.topic] += gain
			if hits[t.topic] == nil {
				hits[t.topic] = map[string]float64{}
			}
			hits[t.topic][label] += gain
		}
	}
	// Only the terms whose start is in the text are looked for.
	key, gaps := hangulKeyGaps(lower)
	if len(c.hangul) > 0 {
		var cands []int
		prev := rune(-1)
		for _, r := range key {
			cands = append(cands, c.byFirst[r]...)
			if prev >= 0 {
				cands = append(cands, c.byPair[pairKey(prev, r)]...)
			}
			prev = r
		}
		count(c.hangul, cands, key, gaps)
	}
	latin := " " + latinKey(lower) + " "
	if len(c.latin) > 0 && len(latin) > 2 {
		cands := slices.Clone(c.byStart[""])
		for _, w := range strings.Fields(latin) {
			cands = append(cands, c.byStart[w[:min(len(w), 3)]]...)
		}
		count(c.latin, cands, latin, nil)
	}
}

func pairKey(a, b rune) uint64 { return uint64(a)<<32 | uint64(uint32(b)) }

// countUncovered counts occurrences of key in hay that no longer term has
// claimed and that reject (if not nil) does not turn down, claims them, and
// returns where the first one starts.
func countUncovered(hay, key string, covered []bool, reject func(start, end int) bool) (n, first int) {
	for off := 0; off < len(hay); {
		i := strings.Index(hay[off:], key)
		if i < 0 {
			break
		}
		start := off + i
		end := start + len(key)
		if !covered[start] && !covered[end-1] && (reject == nil || !reject(start, end)) {
			for k := start; k < end; k++ {
				covered[k] = true
			}
			if n == 0 {
				first = start
			}
			n++
		}
		off = start + 1
	}
	return n, first
}

// surfaceWords returns the words a prefix term matched at i, from its start
// to the end of the word its key ends in, as the text spells them.
func surfaceWords(hay string, i, keyLen int) string {
	end := i + keyLen
	if j := strings.IndexByte(hay[end:], ' '); j >= 0 {
		end += j
	} else {
		end = len(hay)
	}
	return strings.TrimSpace(hay[i:end])
}

func (c *Classifier) decide(scores []float64, hits []map[string]float64) Suggestion {
	best, second, total := -1, -1, 0.0
	for i, s := range scores {
		total += s
		switch {
		case best < 0 || s > scores[best]:
			best, second = i, best
		case second < 0 || s > scores[second]:
			second = i
		}
	}
	if best < 0 || scores[best] == 0 {
		return Suggestion{Terms: []string{}}
	}
	s := Suggestion{Score: math.Round(scores[best]*100) / 100, Terms: []string{}}
	runnerUp := 0.0
	if second >= 0 {
		runnerUp = scores[second]
	}
	if scores[best] < minScore || scores[best] < minLead*runnerUp || scores[best] < minShare*total {
		return s
	}
	s.Topic = c.topics[best]
	s.Terms = sortedTerms(hits[best])
	for _, t := range s.Terms {
		s.Weights = append(s.Weights, math.Round(hits[best][t]*100)/100)
	}
	return s
}

func sortedTerms(h map[string]float64) []string {
	terms := make([]string, 0, len(h))
	for t := range h {
		terms = append(terms, t)
	}
	sort.Slice(terms, func(i, j int) bool {
		if h[terms[i]] != h[terms[j]] {
			return h[terms[i]] > h[terms[j]]
		}
		return terms[i] < terms[j]
	})
	return terms
}

// latinKey lowercases s and turns every run of characters other than Latin
// letters and digits into one space, so that terms match on word boundaries.
// British spellings become American ones.
func latinKey(s string) string {
	b := make([]byte, 0, len(s))
	word := 0 // where the current word starts in b
	endWord := func() {
		if us, ok := americanSpelling[string(b[word:])]; ok {
			b = append(b[:word], us...)
		}
	}
	space := false
	for _, r := range strings.ToLower(s) {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) || r == '-' {
			if space && len(b) > 0 {
				endWord()
				b = append(b, ' ')
				word = len(b)
			}
			space = false
			if r == '-' {
				endWord()
				b = append(b, ' ')
				word = len(b)
				continue
			}
			b = append(b, byte(r))
			continue
		}
		space = true
	}
	endWord()
	return string(b)
}

// americanSpelling maps British spellings common in defence reporting to
// the American ones the lexicon is written in.
var americanSpelling = map[string]string{
	"defence": "defense", "defences": "defenses", "offence": "offense", "offences": "offenses",
	"armour": "armor", "armoured": "armored", "harbour": "harbor", "harbours": "harbors",
	"centre": "center", "centres": "centers", "programme": "program", "programmes": "programs",
	"manoeuvre": "maneuver", "manoeuvres": "maneuvers", "labour": "labor", "organisation": "organization",
	"organisations": "organizations", "modernisation": "modernization", "authorised": "authorized",
}

// hangulKey removes spaces and middle dots, which Korean writers use
// inconsistently inside compounds ("함정 정비", "유지·보수").
func hangulKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '·' || r == '・' || r == 'ㆍ' {
			return -1
		}
		return r
	}, s)
}

// hangulKeyGaps is hangulKey, also returning, in order, the offsets in the
// key of the characters a space of s came right before.
func hangulKeyGaps(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	var gaps []int
	gap := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			gap = true
		case r == '·' || r == '・' || r == 'ㆍ':
		default:
			if gap {
				gaps = append(gaps, b.Len())
				gap = false
			}
			b.WriteRune(r)
		}
	}
	return b.String(), gaps
}

// nameWeight is the evidence of a word of a topic's name, for a topic that
// has no lexicon: enough with one more such word, or with what the analyst
// taught (WithExamples).
const nameWeight = 1.2

// nameTerms returns the words of a topic's names that say something: not
// the short particles and connectives between them.
func nameTerms(names map[string]string) []string {
	seen := map[string]bool{}
	var out []string
	for _, lang := range sortedKeys(names) {
		for _, w := range strings.FieldsFunc(names[lang], func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}) {
			lw := strings.ToLower(w)
			if seen[lw] || nameStopWords[lw] || len([]rune(lw)) < 2 && !hasHangul(lw) {
				continue
			}
			seen[lw] = true
			out = append(out, w)
		}
	}
	return out
}

var nameStopWords = map[string]bool{
	"and": true, "the": true, "of": true, "for": true, "in": true, "on": true, "with": true, "to": true,
	"및": true, "등": true, "의": true, "과": true, "와": true, "기타": true,
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
