package briefing

import (
	"math"
	"math/rand/v2"
	"slices"
)

// LearnedExample is a paragraph the analyst placed under a topic, moved to
// one, or removed from one: what the suggestions learn from. The examples
// of a template are the user's, kept beside their preferences and never in
// a briefing.
type LearnedExample struct {
	Text    string `json:"text"`
	Heading string `json:"heading,omitempty"`
	Topic   string `json:"topic,omitempty"`   // placed or moved under it
	Removed string `json:"removed,omitempty"` // taken out of it, and put nowhere else
	// Passed is true for a paragraph of an article the analyst quoted
	// that they left out: a hint, no more, that it is about no topic.
	Passed bool `json:"passed,omitempty"`
}

// learnedModel is a small linear model over the same features as the
// template's model, fitted to the analyst's examples; its verdict adds to
// the template's, the more the more examples there are.
type learnedModel struct {
	k        int // classes: "no topic" and the template's topics
	w        map[uint32][]float32
	bias     []float32
	strength float32
}

// Fitting the analyst's examples.
const (
	learnEpochs = 20
	// learnFullEpochs is the number of examples up to which they are all
	// passed over learnEpochs times; more get fewer passes, down to
	// learnMinEpochs, so that learning from the most kept (MaxLearned)
	// takes a few hundredths of a second.
	learnFullEpochs = 200
	learnMinEpochs  = 4
	learnRate       = 0.4
	learnL2         = 1e-3
	// learnHalf is the number of examples at which they weigh half as much
	// as they ever will.
	learnHalf = 12
	// removedWeight is how much a removal says: the analyst may have taken
	// the paragraph out for want of space; passedWeight how much a
	// paragraph left out of a quoted article says.
	removedWeight = 0.5
	passedWeight  = 1.0
)

// WithExamples returns a classifier that also weighs what the analyst's
// examples teach; c itself does not change. Examples of topics the
// template does not have are left out.
func (c *Classifier) WithExamples(exs []LearnedExample) *Classifier {
	out := *c
	out.learned = nil
	k := len(c.topics) + 1
	type ex struct {
		feats  []feature
		class  int
		weight float32
	}
	var data []ex
	for _, e := range exs {
		class, weight := -1, float32(1)
		switch {
		case e.Topic != "":
			if i := slices.Index(c.topics, e.Topic); i >= 0 {
				class = i + 1
			}
		case e.Removed != "":
			if slices.Contains(c.topics, e.Removed) {
				class, weight = 0, removedWeight
			}
		case e.Passed:
			class, weight = 0, passedWeight
		}
		if class < 0 {
			continue
		}
		text := e.Text
		if e.Heading != "" {
			text = e.Heading + "\n" + text
		}
		f, _ := textFeatures(text, nil)
		data = append(data, ex{f, class, weight})
	}
	if len(data) == 0 {
		return &out
	}
	// The features the examples have, numbered, so that training works on
	// dense arrays rather than on maps.
	index := map[uint32]int32{}
	feats := make([][]int32, len(data))
	for i, e := range data {
		fs := make([]int32, len(e.feats))
		for j, f := range e.feats {
			at, ok := index[f.bucket]
			if !ok {
				at = int32(len(index))
				index[f.bucket] = at
			}
			fs[j] = at
		}
		feats[i] = fs
	}
	w := make([]float32, len(index)*k)
	g2 := make([]float32, len(w))
	bias, gb := make([]float32, k), make([]float32, k)
	z, p := make([]float32, k), make([]float32, k)
	rng := rand.New(rand.NewPCG(uint64(len(data)), 7))
	idx := make([]int, len(data))
	for i := range idx {
		idx[i] = i
	}
	// More examples need fewer passes; each pass over many costs more.
	epochs := max(learnMinEpochs, min(learnEpochs, learnEpochs*learnFullEpochs/len(data)))
	for range epochs {
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		for _, i := range idx {
			e, fs := data[i], feats[i]
			copy(z, bias)
			v := float32(1 / math.Sqrt(float64(max(1, len(fs)))))
			for _, f := range fs {
				row := w[int(f)*k : int(f)*k+k]
				for c := range k {
					z[c] += row[c] * v
				}
			}
			softmax(z, p)
			for c := range k {
				y := float32(0)
				if c == e.class {
					y = 1
				}
				g := (p[c] - y) * e.weight
				adagrad(&bias[c], &gb[c], g, learnRate)
				for _, f := range fs {
					at := int(f)*k + c
					adagrad(&w[at], &g2[at], g*v+learnL2*w[at], learnRate)
				}
			}
		}
	}
	l := &learnedModel{k: k, w: make(map[uint32][]float32, len(index)), bias: bias}
	for bucket, at := range index {
		l.w[bucket] = w[int(at)*k : int(at)*k+k : int(at)*k+k]
	}
	n := float32(len(data))
	l.strength = n / (n + learnHalf)
	out.learned = l
	return &out
}

// logits sets z to the model's verdict on features, weighed by its
// strength.
func (l *learnedModel) logits(feats []feature, z []float32) {
	copy(z, l.bias)
	if len(feats) > 0 {
		v := float32(1 / math.Sqrt(float64(len(feats))))
		for _, f := range feats {
			if w, ok := l.w[f.bucket]; ok {
				for c := range l.k {
					z[c] += w[c] * v
				}
			}
		}
	}
	for c := range z {
		z[c] *= l.strength
	}
}

// Learned reports whether the classifier weighs the analyst's examples
// (WithExamples).
func (c *Classifier) Learned() bool { return c.learned != nil }
