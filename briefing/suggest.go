package briefing

import (
	"math"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"
)

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
