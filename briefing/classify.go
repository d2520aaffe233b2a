package briefing

import (
	"slices"
	"sort"
	"unicode"
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

func hasHangul(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Hangul, r) {
			return true
		}
	}
	return false
}
