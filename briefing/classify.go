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

// Suggestion is the classifier's verdict on one paragraph: the topic id it
// suggests ("" when no topic is confident), the score of the best topic and
// the terms that triggered the suggestion, strongest first.
type Suggestion struct {
	Topic   string    `json:"topic"`
	Score   float64   `json:"score"`
	Terms   []string  `json:"terms"`             // the evidence, strongest first
	Weights []float64 `json:"weights,omitempty"` // each term's share of the score
	// Context says where the evidence mostly comes from when it is not the
	// paragraph's own words: ContextArticle, ContextNeighbours or
	// ContextTitle; "" otherwise.
	Context string `json:"context,omitempty"`
	// Learned is true when the analyst's own placements (LearnedExamples)
	// weigh in the suggestion.
	Learned bool `json:"learned,omitempty"`
}

// Where the evidence of a suggestion comes from besides its own words.
const (
	ContextArticle    = "article"    // the rest of the article is about the topic
	ContextNeighbours = "neighbours" // the paragraphs around it are
	ContextTitle      = "title"      // the title or heading is
)

// StrongWeight is the evidence of a term that alone comes near a suggestion;
// terms below it only add to others.
const StrongWeight = 1.5

// Strong and Weak split the terms of a suggestion by their weight.
func (s Suggestion) Strong() []string { return s.split(true) }

// Weak returns the terms that only add to others; see Strong.
func (s Suggestion) Weak() []string { return s.split(false) }

func (s Suggestion) split(strong bool) []string {
	var out []string
	for i, t := range s.Terms {
		if i < len(s.Weights) && (s.Weights[i] >= StrongWeight) == strong {
			out = append(out, t)
		}
	}
	return out
}

// Tuning of the classifier. A suggestion needs an absolute amount of evidence
// (minScore) and a clear lead over the runner-up and over the rest, and headings lend their evidence to the paragraphs below them.
const (
	minScore      = 2.0
	minLead       = 1.25 // best score over the runner-up's
	minShare      = 0.35 // best score's share of all evidence
	headingWeight = 0.6
	repeatBonus   = 0.5 // each repeated occurrence adds this share of the weight
	maxRepeats    = 3
)

// Classifier suggests topics of one template for paragraphs of text: by
// the template's trained model when it has one (Template.Model), weighed
// with its lexicon and the article around the paragraph, or by the lexicon
// alone; and in both cases with what it learned from the analyst's own
// placements (WithExamples). A Classifier does not change once made, and
// may be used from several goroutines.
type Classifier struct {
	topics []string
	hangul []lexTerm // matched inside text with spaces removed
	latin  []lexTerm // matched on word boundaries
	// byPair lists the Hangul terms by their first two characters (byFirst
	// those of one), byStart the Latin ones by their first three letters:
	// the terms a text may hold.
	byPair  map[uint64][]int
	byFirst map[rune][]int
	byStart map[string][]int
	model   *Model
	// modelClass maps a topic of the template to its class in the model
	// (0: the model does not know it).
	modelClass []int
	learned    *learnedModel
}

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

// NewClassifier compiles the lexicon of t, and takes its model. A topic
// with no terms at all is found by the words of its names.
func NewClassifier(t *Template) *Classifier {
	c := &Classifier{model: t.Model}
	for i, tp := range t.Topics {
		c.topics = append(c.topics, tp.ID)
		n := 0
		for _, terms := range tp.Terms {
			for term, w := range terms {
				c.add(term, i, w)
				n++
			}
		}
		if n == 0 {
			for _, name := range nameTerms(tp.Names) {
				c.add(name, i, nameWeight)
			}
		}
		class := 0
		if t.Model != nil {
			class = slices.Index(t.Model.Topics, tp.ID) + 1
		}
		c.modelClass = append(c.modelClass, class)
	}
	// Longer terms first, so that "방위산업" claims its span before "방위".
	for _, l := range [][]lexTerm{c.hangul, c.latin} {
		sort.Slice(l, func(i, j int) bool {
			if len(l[i].key) != len(l[j].key) {
				return len(l[i].key) > len(l[j].key)
			}
			return l[i].key < l[j].key
		})
	}
	c.byPair, c.byFirst, c.byStart = map[uint64][]int{}, map[rune][]int{}, map[string][]int{}
	for i, t := range c.hangul {
		r := []rune(t.key)
		if len(r) == 1 {
			c.byFirst[r[0]] = append(c.byFirst[r[0]], i)
			continue
		}
		k := pairKey(r[0], r[1])
		c.byPair[k] = append(c.byPair[k], i)
	}
	for i, t := range c.latin {
		c.byStart[t.start] = append(c.byStart[t.start], i)
	}
	return c
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

// Classify suggests a topic for a paragraph alone, taking the heading of
// its section as context.
func (c *Classifier) Classify(text, heading string) Suggestion {
	if c.model == nil && c.learned == nil {
		scores, hits := c.lexicon(text, heading)
		return c.decide(scores, hits)
	}
	return c.suggest([]string{text}, []string{heading}, "", true)[0]
}

// ClassifyArticle returns a suggestion for every paragraph of a, by section,
// each weighed with the article around it.
func (c *Classifier) ClassifyArticle(a *Article) [][]Suggestion {
	out := make([][]Suggestion, len(a.Sections))
	if c.model == nil && c.learned == nil {
		for i, s := range a.Sections {
			out[i] = make([]Suggestion, len(s.Paragraphs))
			for j, p := range s.Paragraphs {
				out[i][j] = c.Classify(p, s.Heading)
			}
		}
		return out
	}
	var texts, headings []string
	for _, s := range a.Sections {
		for _, p := range s.Paragraphs {
			texts = append(texts, p)
			headings = append(headings, s.Heading)
		}
	}
	all := c.suggest(texts, headings, a.Title, false)
	for i, s := range a.Sections {
		out[i], all = all[:len(s.Paragraphs):len(s.Paragraphs)], all[len(s.Paragraphs):]
	}
	return out
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

func hasHangul(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Hangul, r) {
			return true
		}
	}
	return false
}
