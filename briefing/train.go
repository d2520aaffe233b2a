package briefing

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"slices"
)

// TrainingArticle is an article of a labelled corpus: its paragraphs, each
// with every topic a careful analyst would accept (none: no topic).
type TrainingArticle struct {
	ID         string
	Lang       string
	Title      string
	Paragraphs []TrainingParagraph
}

// TrainingParagraph is a labelled paragraph.
type TrainingParagraph struct {
	Text    string
	Heading string
	Topics  []string
}

// TrainOptions set how a model is trained; zero values take the defaults.
type TrainOptions struct {
	Epochs  int         // passes of the first stage over the corpus (12)
	Folds   int         // the second stage learns from verdicts on articles the first stage did not see (5)
	Seed    uint64      // of the order examples are shown in
	Lexicon *Classifier // the template's lexicon, whose evidence the second stage weighs; nil for none
	// NoneRate is the share of the corpus's off-topic paragraphs that must
	// stay without a suggestion, which sets the decision rule (0.90). The
	// corpus's off-topic paragraphs are written to be confusable (shipyards'
	// commercial orders, civilian launches, "미래" in a company's name), so
	// this keeps more than 95 % of everyday off-topic news without one.
	NoneRate float64
}

// example is one paragraph as a learner sees it: its features and the
// share of each class in its label.
type example struct {
	feats  []feature
	y      []float32
	weight float32
}

// TrainModel trains a topic model for topics from a labelled corpus. The
// same corpus and options give the same model.
func TrainModel(topics []string, arts []TrainingArticle, opt TrainOptions) *Model {
	if opt.Epochs == 0 {
		opt.Epochs = 12
	}
	if opt.Folds == 0 {
		opt.Folds = 5
	}
	if opt.NoneRate == 0 {
		opt.NoneRate = 0.90
	}
	k := len(topics) + 1
	order := make([]int, len(arts))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	fold := make([]int, len(arts))
	for pos, i := range order {
		fold[i] = pos % opt.Folds
	}
	label := func(p TrainingParagraph) []float32 {
		y := make([]float32, k)
		n := 0
		for _, t := range p.Topics {
			if i := slices.Index(topics, t); i >= 0 {
				y[i+1]++
				n++
			}
		}
		if n == 0 {
			y[0] = 1
			return y
		}
		for i := range y {
			y[i] /= float32(n)
		}
		return y
	}
	feats := make([][][]feature, len(arts))
	for i, a := range arts {
		feats[i] = make([][]feature, len(a.Paragraphs))
		for j, p := range a.Paragraphs {
			feats[i][j], _ = textFeatures(p.Text, nil)
		}
	}
	examplesOf := func(keep func(i int) bool) []example {
		var out []example
		for _, i := range order {
			if !keep(i) {
				continue
			}
			for j, p := range arts[i].Paragraphs {
				out = append(out, example{feats: feats[i][j], y: label(p), weight: 1})
			}
		}
		return out
	}

	// The second stage learns from the first stage's verdicts on articles it
	// did not learn from, as it will meet them.
	var ctx []example
	var ctxX [][]float32
	for f := range opt.Folds {
		s1 := trainStage1(examplesOf(func(i int) bool { return fold[i] != f }), k, opt.Epochs, rng)
		for _, i := range order {
			if fold[i] != f {
				continue
			}
			for j, x := range s1.contexts(arts[i], feats[i], topics, opt.Lexicon) {
				y := label(arts[i].Paragraphs[j])
				ctx = append(ctx, example{y: y, weight: 1})
				ctxX = append(ctxX, x[0])
				// The same paragraph alone, as a suggestion for a pasted
				// paragraph meets it.
				ctx = append(ctx, example{y: y, weight: 0.3})
				ctxX = append(ctxX, x[1])
			}
		}
	}
	w2 := trainStage2(ctx, ctxX, k, rng)
	m := &Model{Topics: slices.Clone(topics), w2: w2}
	for lang := range m.noneBias {
		var exs []example
		var xs [][]float32
		for i, x := range ctxX {
			if languageOf(x, k) == lang {
				exs, xs = append(exs, ctx[i]), append(xs, x)
			}
		}
		m.noneBias[lang] = tuneNone(w2, exs, xs, k, opt.NoneRate)
	}

	s1 := trainStage1(examplesOf(func(int) bool { return true }), k, opt.Epochs, rng)
	m.bias1 = s1.bias
	m.scale = make([]float32, k)
	for c := range k {
		max := float32(0)
		for b := 0; b < 1<<featureBits; b++ {
			max = float32(math.Max(float64(max), math.Abs(float64(s1.w[b*k+c]))))
		}
		m.scale[c] = max / 32767
		if max == 0 {
			m.scale[c] = 1
		}
	}
	m.w1 = make([]byte, (1<<featureBits)*k*2)
	for b := 0; b < 1<<featureBits; b++ {
		for c := range k {
			q := math.Round(float64(s1.w[b*k+c] / m.scale[c]))
			binary.LittleEndian.PutUint16(m.w1[(b*k+c)*2:], uint16(int16(q)))
		}
	}
	return m
}

// denseStage1 is a first stage being trained: its weights in full.
type denseStage1 struct {
	k    int
	w    []float32
	bias []float32
}

func (s *denseStage1) logits(feats []feature, z []float32) {
	copy(z, s.bias)
	if len(feats) == 0 {
		return
	}
	v := float32(1 / math.Sqrt(float64(len(feats))))
	for _, f := range feats {
		row := s.w[int(f.bucket)*s.k:]
		for c := range s.k {
			z[c] += row[c] * v
		}
	}
}

// contexts returns, for each paragraph of a, the second stage's input with
// the article around it and alone.
func (s *denseStage1) contexts(a TrainingArticle, feats [][]feature, topics []string, lex *Classifier) [][2][]float32 {
	k := s.k
	logits := make([][]float32, len(feats))
	probs := make([][]float32, len(feats))
	for j, f := range feats {
		logits[j] = make([]float32, k)
		probs[j] = make([]float32, k)
		s.logits(f, logits[j])
		softmax(logits[j], probs[j])
	}
	var title []float32
	if a.Title != "" {
		tf, _ := textFeatures(a.Title, nil)
		z := make([]float32, k)
		s.logits(tf, z)
		title = make([]float32, k)
		softmax(z, title)
	}
	out := make([][2][]float32, len(feats))
	for j, p := range a.Paragraphs {
		c := articleContext(logits[j], probs, j, title)
		c.lexicon = lexiconEvidence(lex, topics, p.Text, p.Heading)
		c.short = len([]rune(p.Text)) < shortParagraph
		c.korean = hangulShare(p.Text)
		out[j][0] = contextVector(c, k, nil)
		alone := paragraphContext{self: logits[j], lexicon: c.lexicon, short: c.short, korean: c.korean}
		out[j][1] = contextVector(alone, k, nil)
	}
	return out
}

// articleContext is the context of paragraph j among an article's
// paragraphs (their probabilities) under a title.
func articleContext(self []float32, probs [][]float32, j int, title []float32) paragraphContext {
	k := len(self)
	c := paragraphContext{self: self, title: title}
	if len(probs) > 1 {
		c.article = make([]float32, k)
		for i, p := range probs {
			if i == j {
				continue
			}
			for x := range k {
				c.article[x] += p[x] / float32(len(probs)-1)
			}
		}
		c.neighbours = make([]float32, k)
		n := 0
		for _, i := range []int{j - 1, j + 1} {
			if i >= 0 && i < len(probs) {
				n++
				for x := range k {
					c.neighbours[x] += probs[i][x]
				}
			}
		}
		for x := range k {
			c.neighbours[x] /= float32(n)
		}
	}
	return c
}

// lexiconEvidence returns the lexicon's evidence for each class: log(1 +
// score) per topic, and for class 0 whether it found nothing.
func lexiconEvidence(lex *Classifier, topics []string, text, heading string) []float32 {
	k := len(topics) + 1
	ev := make([]float32, k)
	if lex == nil {
		return ev
	}
	scores := lex.lexiconScores(text, heading)
	found := false
	for i, t := range topics {
		if ti := slices.Index(lex.topics, t); ti >= 0 && scores[ti] > 0 {
			ev[i+1] = float32(math.Log1p(scores[ti]))
			found = true
		}
	}
	if !found {
		ev[0] = 1
	}
	return ev
}

// adagrad takes a step of AdaGrad: a weight moves against its gradient g
// by rate over the root of the squares of its gradients so far (sum).
func adagrad(w, sum *float32, g, rate float32) {
	*sum += g * g
	*w -= rate * g / float32(math.Sqrt(float64(*sum)+1e-8))
}

// trainStage1 fits the first stage by stochastic gradient descent with
// AdaGrad steps and a little L2 regularisation.
func trainStage1(exs []example, k, epochs int, rng *rand.Rand) *denseStage1 {
	const (
		rate = 0.3
		l2   = 1e-5
	)
	s := &denseStage1{k: k, w: make([]float32, (1<<featureBits)*k), bias: make([]float32, k)}
	g2 := make([]float32, len(s.w))
	gb := make([]float32, k)
	z, p := make([]float32, k), make([]float32, k)
	idx := make([]int, len(exs))
	for i := range idx {
		idx[i] = i
	}
	for range epochs {
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		for _, i := range idx {
			ex := exs[i]
			s.logits(ex.feats, z)
			softmax(z, p)
			v := float32(1 / math.Sqrt(float64(max(1, len(ex.feats)))))
			for c := range k {
				g := (p[c] - ex.y[c]) * ex.weight
				adagrad(&s.bias[c], &gb[c], g, rate)
				for _, f := range ex.feats {
					at := int(f.bucket)*k + c
					adagrad(&s.w[at], &g2[at], g*v+l2*s.w[at], rate)
				}
			}
		}
	}
	return s
}

// trainStage2 fits the second stage on its inputs xs, by the same method.
func trainStage2(exs []example, xs [][]float32, k int, rng *rand.Rand) []float32 {
	const (
		rate   = 0.05
		l2     = 1e-4
		epochs = 40
	)
	d := contextDims(k)
	w := make([]float32, k*d)
	// Start from trusting the paragraph's own verdict.
	for c := range k {
		w[c*d+c] = 1
	}
	g2 := make([]float32, len(w))
	z, p := make([]float32, k), make([]float32, k)
	idx := make([]int, len(exs))
	for i := range idx {
		idx[i] = i
	}
	for range epochs {
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		for _, i := range idx {
			x := xs[i]
			for c := range k {
				s := float32(0)
				for j, xj := range x {
					s += w[c*d+j] * xj
				}
				z[c] = s
			}
			softmax(z, p)
			for c := range k {
				g := (p[c] - exs[i].y[c]) * exs[i].weight
				for j, xj := range x {
					if xj == 0 {
						continue
					}
					adagrad(&w[c*d+j], &g2[c*d+j], g*xj+l2*w[c*d+j], rate)
				}
			}
		}
	}
	return w
}

// tuneNone returns the bias of the "no topic" verdict that gives the most
// acceptable suggestions while at least rate of the off-topic paragraphs
// keep none.
func tuneNone(w2 []float32, exs []example, xs [][]float32, k int, rate float64) float32 {
	d := contextDims(k)
	best, bestOK := float32(0), -1
	z := make([]float32, k)
	for step := -20; step <= 40; step++ {
		bias := float32(step) * 0.1
		ok, none, noneOK := 0, 0, 0
		for i, x := range xs {
			if exs[i].weight < 1 {
				continue
			}
			for c := range k {
				s := float32(0)
				for j, xj := range x {
					s += w2[c*d+j] * xj
				}
				z[c] = s
			}
			z[0] += bias
			got := 0
			for c := 1; c < k; c++ {
				if z[c] > z[got] {
					got = c
				}
			}
			if exs[i].y[got] > 0 {
				ok++
			}
			if exs[i].y[0] > 0 {
				none++
				if got == 0 {
					noneOK++
				}
			}
		}
		if float64(noneOK) >= rate*float64(none) && ok > bestOK {
			best, bestOK = bias, ok
		}
	}
	return best
}
