package briefing

import (
	"math"
	"slices"
	"sort"
	"strings"
)

// evidence returns the words of a paragraph that speak for class cl, the
// strongest first, with their weight: the lexicon's terms as it weighs
// them, and the words whose features the model and the analyst's examples
// weigh most for the class against the others.
func (c *Classifier) evidence(feats []feature, words []string, cl int, lexHits map[string]float64) ([]string, []float64) {
	byWord := map[string]float64{}
	for term, w := range lexHits {
		byWord[strings.ToLower(term)] += w
	}
	if len(feats) > 0 && (c.model != nil || c.learned != nil) {
		v := 1 / math.Sqrt(float64(len(feats)))
		perWord := make([]float64, len(words))
		for _, f := range feats {
			perWord[f.word] += c.featureLead(f.bucket, cl) * v
		}
		for wi, lead := range perWord {
			// A word's lead in logits, on the lexicon's scale: a word that
			// alone moves the verdict by about a third counts as strong.
			// Figures and words any sentence has weigh in, but say nothing
			// to the user.
			w := strings.ToLower(words[wi])
			if lead > minWordLead && !isNumber(w) && !functionWords[w] && !predicate(w) {
				byWord[w] += lead * 4
			}
		}
	}
	mergeInflected(byWord)
	mergeIntoTerms(byWord)
	terms := sortedTerms(byWord)
	if len(terms) > 8 {
		terms = terms[:8]
	}
	weights := make([]float64, len(terms))
	for i, t := range terms {
		weights[i] = math.Round(byWord[t]*100) / 100
	}
	return terms, weights
}

// minWordLead is the least lead (in logits) a word of the model needs to
// be named in a reason: weaker words weigh in but say little to a reader.
const minWordLead = 0.2

// predicate reports whether a Korean word is a verb or a place phrase by
// its ending ("논의했다", "높이는", "서울에서"): it says how, not what.
func predicate(w string) bool {
	if !hasHangul(w) {
		return false
	}
	for _, end := range []string{"다", "하는", "되는", "하고", "하며", "에서", "했던", "하기"} {
		if strings.HasSuffix(w, end) && w != end {
			return true
		}
	}
	return false
}

// mergeIntoTerms folds a word into a term of several words that holds it
// ("meeting" into "security consultative meeting"), and an English word
// into another of the same stem ("yards" into "yard").
func mergeIntoTerms(byWord map[string]float64) {
	words := make([]string, 0, len(byWord))
	for w := range byWord {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		if strings.Contains(w, " ") {
			continue
		}
		for _, t := range words {
			if _, ok := byWord[t]; !ok || t == w {
				continue
			}
			inTerm := strings.Contains(t, " ") && slices.Contains(strings.Fields(t), w)
			sameStem := !hasHangul(w) && !strings.Contains(t, " ") && latinStem(t) == latinStem(w) && (len(t) < len(w) || len(t) == len(w) && t < w)
			if inTerm || sameStem {
				byWord[t] += byWord[w]
				delete(byWord, w)
				break
			}
		}
	}
}

// functionWords are words that say nothing of a topic by themselves.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but if than then that this these those there their them they
		it its he she his her we our you your i me my of to in on at by for from with as into about over under
		after before between during while is are was were be been being has have had do does did will would
		can could may might must shall should not no so such also very more most less least only just even
		said says say told according which who whom whose what when where why how all any each both some other
		new one two per mr ms
		것 수 등 및 또 또한 그 이 저 더 위해 통해 대해 관련 있다 없다 했다 한다 밝혔다 말했다 전했다 이번 지난 오는 당시 현재 가운데`) {
		m[w] = true
	}
	return m
}()

// mergeInflected folds a Korean word with a particle or ending into the
// shorter word it starts with ("확장억제의" into "확장억제"), so that a
// reason names each word once.
func mergeInflected(byWord map[string]float64) {
	words := make([]string, 0, len(byWord))
	for w := range byWord {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	for i, long := range words {
		if !hasHangul(long) {
			continue
		}
		for _, short := range words[:i] {
			if _, ok := byWord[short]; ok && len(short) < len(long) && hasHangul(short) && strings.HasPrefix(long, short) {
				byWord[short] += byWord[long]
				delete(byWord, long)
				break
			}
		}
	}
}

// featureLead returns how much a feature speaks for class cl of the
// template against the strongest other class, "no topic" included: what
// tells the topic apart, not what any news says.
func (c *Classifier) featureLead(bucket uint32, cl int) float64 {
	k := len(c.topics) + 1
	var w [16]float64
	var ws []float64
	if k <= len(w) {
		ws = w[:k]
	} else {
		ws = make([]float64, k)
	}
	if m := c.model; m != nil {
		ws[0] += float64(m.weight1(bucket, 0))
		for ti, class := range c.modelClass {
			if class > 0 {
				ws[ti+1] += float64(m.weight1(bucket, class))
			}
		}
	}
	if l := c.learned; l != nil {
		if lw, ok := l.w[bucket]; ok {
			for j := range k {
				ws[j] += float64(lw[j] * l.strength)
			}
		}
	}
	other := math.Inf(-1)
	for j, x := range ws {
		if j != cl && x > other {
			other = x
		}
	}
	return ws[cl] - other
}
