package briefing

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

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

// A lexicon without a model becomes a verdict the analyst's examples can
// add to: each topic's evidence times lexiconScale, against "no topic" at
// the evidence a suggestion needs.
const lexiconScale = 0.8

// suggest classifies paragraphs: those of one article under title when
// alone is false, else each by itself under its heading.
func (c *Classifier) suggest(texts, headings []string, title string, alone bool) []Suggestion {
	n := len(texts)
	out := make([]Suggestion, n)
	if n == 0 {
		return out
	}
	// Every text in NFC once, for the features and the lexicon.
	texts = normalised(texts)
	headings = normalised(headings)
	title = norm.NFC.String(title)
	feats := make([][]feature, n)
	words := make([][]string, n)
	for i, t := range texts {
		feats[i], words[i] = nfcFeatures(t, make([]feature, 0, len(t)))
	}
	k := len(c.topics) + 1 // class 0 is "no topic"; class i+1 is topic i
	// z holds each paragraph's verdict over the template's classes; parts
	// say how much of the chosen class's lead came from where.
	type parts struct{ self, article, neighbours, title, learned float32 }
	z := make([][]float32, n)
	why := make([][]parts, n)
	// aloneZ is the verdict on each paragraph without the article around
	// it, which tells whether the context decided.
	aloneZ := make([][]float32, n)
	for i := range z {
		z[i] = make([]float32, k)
		why[i] = make([]parts, k)
		aloneZ[i] = z[i]
	}
	lex := make([][]float64, n)
	hits := make([][]map[string]float64, n)
	for i := range texts {
		lex[i], hits[i] = c.lexiconNFC(texts[i], headings[i])
	}
	if m := c.model; m != nil {
		mk := m.classes()
		logits := make([][]float32, n)
		probs := make([][]float32, n)
		for i := range texts {
			logits[i] = make([]float32, mk)
			probs[i] = make([]float32, mk)
			m.stage1(feats[i], logits[i])
			softmax(logits[i], probs[i])
		}
		frame := func(text string) []float32 {
			if strings.TrimSpace(text) == "" {
				return nil
			}
			f, _ := nfcFeatures(text, nil)
			lz, p := make([]float32, mk), make([]float32, mk)
			m.stage1(f, lz)
			softmax(lz, p)
			return p
		}
		titleP := frame(strings.TrimSpace(title + " " + headings[0]))
		x := make([]float32, 0, contextDims(mk))
		mz := make([]float32, mk)
		d := contextDims(mk)
		for i := range texts {
			var ctx paragraphContext
			if alone {
				ctx = paragraphContext{self: logits[i], title: frame(headings[i])}
			} else {
				if headings[i] != headings[0] {
					ctx = articleContext(logits[i], probs, i, frame(strings.TrimSpace(title+" "+headings[i])))
				} else {
					ctx = articleContext(logits[i], probs, i, titleP)
				}
			}
			ctx.lexicon = make([]float32, mk)
			found := false
			for ti, class := range c.modelClass {
				if class > 0 && lex[i][ti] > 0 {
					ctx.lexicon[class] = float32(math.Log1p(lex[i][ti]))
					found = true
				}
			}
			if !found {
				ctx.lexicon[0] = 1
			}
			ctx.short = len([]rune(texts[i])) < shortParagraph
			ctx.korean = hangulShare(texts[i])
			x = contextVector(ctx, mk, x)
			m.stage2(x, mz)
			// The template's classes from the model's; a topic the model
			// does not know keeps the lexicon's evidence.
			toTemplate := func(mz, z []float32) {
				z[0] = mz[0]
				for ti, class := range c.modelClass {
					if class > 0 {
						z[ti+1] = mz[class]
					} else {
						z[ti+1] = float32(lex[i][ti]*lexiconScale) - minScore*lexiconScale + mz[0]
					}
				}
			}
			toTemplate(mz, z[i])
			if !alone {
				x = contextVector(paragraphContext{self: logits[i], lexicon: ctx.lexicon, short: ctx.short, korean: ctx.korean}, mk, x)
				m.stage2(x, mz)
				aloneZ[i] = make([]float32, k)
				toTemplate(mz, aloneZ[i])
				x = contextVector(ctx, mk, x) // for the parts below
			}
			// Where the model's evidence came from, for each class against
			// "no topic".
			for ti, class := range c.modelClass {
				if class == 0 {
					why[i][ti+1].self = z[i][ti+1] - z[i][0]
					continue
				}
				part := func(from, to int) float32 {
					s := float32(0)
					for j := from; j < to; j++ {
						s += (m.w2[class*d+j] - m.w2[j]) * x[j]
					}
					return s
				}
				why[i][ti+1] = parts{
					self:       part(0, mk) + part(4*mk, 5*mk),
					article:    part(mk, 2*mk) + part(5*mk, 6*mk),
					neighbours: part(2*mk, 3*mk),
					title:      part(3*mk, 4*mk),
				}
			}
		}
	} else {
		// The lexicon's "no topic" stands back as the analyst's examples
		// come to know what no topic looks like.
		prior := float32(minScore * lexiconScale)
		if c.learned != nil {
			prior *= 1 - 0.5*c.learned.strength
		}
		for i := range texts {
			z[i][0] = prior
			for t := range c.topics {
				z[i][t+1] = float32(lex[i][t] * lexiconScale)
				why[i][t+1].self = z[i][t+1] - z[i][0]
			}
		}
	}
	if c.learned != nil {
		lz := make([]float32, k)
		for i := range texts {
			c.learned.logits(feats[i], lz)
			for cl := range k {
				z[i][cl] += lz[cl]
				why[i][cl].learned += lz[cl] - lz[0]
				if &aloneZ[i][0] != &z[i][0] {
					aloneZ[i][cl] += lz[cl]
				}
			}
		}
	}
	argmax := func(z []float32) int {
		best := 0
		for cl := 1; cl < k; cl++ {
			if z[cl] > z[best] {
				best = cl
			}
		}
		return best
	}
	p := make([]float32, k)
	for i := range texts {
		best := argmax(z[i])
		aloneBest := argmax(aloneZ[i])
		softmax(z[i], p)
		top := 1
		for cl := 2; cl < k; cl++ {
			if p[cl] > p[top] {
				top = cl
			}
		}
		s := Suggestion{Score: math.Round(float64(p[top])*1000) / 100, Terms: []string{}}
		if best == 0 {
			out[i] = s
			continue
		}
		t := best - 1
		s.Topic = c.topics[t]
		s.Score = math.Round(float64(p[best])*1000) / 100
		w := why[i][best]
		s.Learned = w.learned > 0.5 && w.learned > w.self/2
		switch ctx := max(w.article, w.neighbours, w.title); {
		case ctx <= 0 || aloneBest == best:
			// The paragraph alone would get the topic too.
		case ctx == w.article:
			s.Context = ContextArticle
		case ctx == w.neighbours:
			s.Context = ContextNeighbours
		default:
			s.Context = ContextTitle
		}
		s.Terms, s.Weights = c.evidence(feats[i], words[i], best, hits[i][t])
		out[i] = s
	}
	return out
}

// normalised returns texts in NFC, sharing the slice when they are.
func normalised(texts []string) []string {
	for i, t := range texts {
		if n := norm.NFC.String(t); n != t {
			out := slices.Clone(texts)
			out[i] = n
			for j := i + 1; j < len(out); j++ {
				out[j] = norm.NFC.String(out[j])
			}
			return out
		}
	}
	return texts
}

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
var functionWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or but if than then that this these those there their them they
		it its he she his her we our you your i me my of to in on at by for from with as into about over under
		after before between during while is are was were be been being has have had do does did will would
		can could may might must shall should not no so such also very more most less least only just even
		said says say told according which who whom whose what when where why how all any each both some other
		new one two per mr ms
		것 수 등 및 또 또한 그 이 저 더 위해 통해 대해 관련 있다 없다 했다 한다 밝혔다 말했다 전했다 이번 지난 오는 당시 현재 가운데`) {
		functionWords[w] = true
	}
}

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
