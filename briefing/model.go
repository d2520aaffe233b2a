package briefing

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unicode"
)

// Model is a trained topic model of one template: a linear model over a
// paragraph's hashed features (stage one), and a second linear model that
// weighs that verdict with the article around the paragraph — the verdicts
// on the whole article, on its neighbours, on the title and headings — and
// with the template's lexicon (stage two). Class 0 is "no topic"; class k
// is Topics[k-1].
//
// A model is trained from a labelled corpus by TrainModel and kept as bytes
// (MarshalBinary, ReadModel); its first-stage weights are read from those
// bytes as they are needed, so that loading one costs nothing.
type Model struct {
	Topics []string
	scale  []float32 // per class: the first stage's weights are int16 × scale
	w1     []byte    // first stage: (1 << featureBits) × classes little-endian int16
	bias1  []float32 // per class
	w2     []float32 // second stage: classes × contextDims(classes)
	// noneBias is added to the "no topic" verdict, for Korean paragraphs
	// [0] and the others [1]: the decision rule's one setting, per language
	// setting, tuned in training so that off-topic paragraphs stay without a
	// suggestion.
	noneBias [2]float32
}

// classes is the number of classes: the topics and "no topic".
func (m *Model) classes() int { return len(m.Topics) + 1 }

// contextDims is the length of the second stage's input for k classes: the
// paragraph's own verdict, the mean verdict of the other paragraphs of the
// article, of its neighbours, of the title and heading, the lexicon's
// evidence, the article's verdict again as much as the paragraph's own is
// unsure (a quote or a figure says little alone), and four indicators:
// short, alone (no article around it), the share of Hangul in its letters
// (the languages differ in how much they say outright), and a constant.
func contextDims(k int) int { return 6*k + 4 }

// weight1 returns the first-stage weight of class k for a feature bucket.
func (m *Model) weight1(bucket uint32, k int) float32 {
	i := (int(bucket)*m.classes() + k) * 2
	return float32(int16(binary.LittleEndian.Uint16(m.w1[i:]))) * m.scale[k]
}

// stage1 sets z to the first stage's verdict (logits) on features.
func (m *Model) stage1(feats []feature, z []float32) {
	k := m.classes()
	copy(z, m.bias1)
	if len(feats) == 0 {
		return
	}
	v := float32(1 / math.Sqrt(float64(len(feats))))
	for _, f := range feats {
		base := int(f.bucket) * k * 2
		for c := 0; c < k; c++ {
			z[c] += float32(int16(binary.LittleEndian.Uint16(m.w1[base+c*2:]))) * m.scale[c] * v
		}
	}
}

// stage2 returns the second stage's verdict (logits) on context x.
func (m *Model) stage2(x []float32, z []float32) {
	k, d := m.classes(), contextDims(m.classes())
	for c := 0; c < k; c++ {
		s := float32(0)
		for i, xi := range x {
			s += m.w2[c*d+i] * xi
		}
		z[c] = s
	}
	z[0] += m.noneBias[languageOf(x, k)]
}

// paragraphContext is what the second stage reads about one paragraph.
type paragraphContext struct {
	self       []float32 // the paragraph's own logits
	article    []float32 // mean probabilities of the other paragraphs; nil if alone
	neighbours []float32 // mean probabilities of the paragraphs before and after; nil if none
	title      []float32 // probabilities of the title and heading; nil if none
	lexicon    []float32 // per class: log(1 + the lexicon's score); class 0 is 1 when the lexicon found nothing
	short      bool      // under shortParagraph characters
	korean     float32   // the share of Hangul among its letters
}

// shortParagraph is the length under which a paragraph says little alone
// (a quote, a figure, a name).
const shortParagraph = 80

// contextVector lays out c as the second stage's input.
func contextVector(c paragraphContext, k int, x []float32) []float32 {
	x = x[:0]
	x = append(x, c.self...)
	add := func(v []float32) {
		if v == nil {
			for range k {
				x = append(x, 0)
			}
			return
		}
		x = append(x, v...)
	}
	add(c.article)
	add(c.neighbours)
	add(c.title)
	add(c.lexicon)
	short := float32(0)
	if c.short {
		short = 1
	}
	// The article's verdict again, as much as the paragraph's own is
	// unsure: a quote, a figure or a list of names says little alone.
	unsure := float32(0)
	if c.article != nil {
		// 1 - the largest probability of the paragraph's own verdict.
		top := c.self[0]
		for _, v := range c.self[1:] {
			top = max(top, v)
		}
		sum := 0.0
		for _, v := range c.self {
			sum += math.Exp(float64(v - top))
		}
		unsure = float32(1 - 1/sum)
	}
	for i := range k {
		v := float32(0)
		if c.article != nil {
			v = c.article[i] * unsure
		}
		x = append(x, v)
	}
	alone := float32(0)
	if c.article == nil {
		alone = 1
	}
	return append(x, short, alone, c.korean, 1)
}

func softmax(z []float32, p []float32) {
	max := z[0]
	for _, v := range z[1:] {
		if v > max {
			max = v
		}
	}
	sum := float32(0)
	for i, v := range z {
		p[i] = float32(math.Exp(float64(v - max)))
		sum += p[i]
	}
	for i := range p {
		p[i] /= sum
	}
}

// modelMagic opens a model's bytes; the version follows it.
const (
	modelMagic   = "BDTOPICS"
	modelVersion = 2
)

// ErrModel is returned for bytes that are not a topic model this version
// reads.
var ErrModel = errors.New("not a topic model of this version")

// MarshalBinary writes the model as bytes: magic, version, feature bits,
// topics, then the weights, little-endian.
func (m *Model) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(modelMagic)
	w := func(v any) { binary.Write(&b, binary.LittleEndian, v) }
	w(uint16(modelVersion))
	w(uint16(featureBits))
	w(uint16(len(m.Topics)))
	for _, t := range m.Topics {
		w(uint16(len(t)))
		b.WriteString(t)
	}
	w(m.scale)
	w(m.bias1)
	w(m.noneBias[:])
	w(m.w2)
	b.Write(m.w1)
	return b.Bytes(), nil
}

// ReadModel reads a model written by MarshalBinary. The model keeps data
// (it reads its first-stage weights from it), which must not change.
func ReadModel(data []byte) (*Model, error) {
	r := bytes.NewReader(data)
	magic := make([]byte, len(modelMagic))
	if _, err := r.Read(magic); err != nil || string(magic) != modelMagic {
		return nil, ErrModel
	}
	var version, bits, n uint16
	for _, v := range []*uint16{&version, &bits, &n} {
		if err := binary.Read(r, binary.LittleEndian, v); err != nil {
			return nil, ErrModel
		}
	}
	if version != modelVersion || bits != featureBits || n == 0 || n > 64 {
		return nil, fmt.Errorf("%w (version %d, %d feature bits, %d topics)", ErrModel, version, bits, n)
	}
	m := &Model{}
	for range n {
		var l uint16
		if err := binary.Read(r, binary.LittleEndian, &l); err != nil || int(l) > r.Len() {
			return nil, ErrModel
		}
		s := make([]byte, l)
		r.Read(s)
		m.Topics = append(m.Topics, string(s))
	}
	k := m.classes()
	m.scale = make([]float32, k)
	m.bias1 = make([]float32, k)
	m.w2 = make([]float32, k*contextDims(k))
	for _, v := range []any{m.scale, m.bias1, m.noneBias[:], m.w2} {
		if err := binary.Read(r, binary.LittleEndian, v); err != nil {
			return nil, ErrModel
		}
	}
	rest := data[len(data)-r.Len():]
	if len(rest) != (1<<featureBits)*k*2 {
		return nil, fmt.Errorf("%w (first-stage weights of %d bytes)", ErrModel, len(rest))
	}
	m.w1 = rest
	return m, nil
}

// languageOf returns 0 for the second stage's input x of a Korean
// paragraph (mostly Hangul), 1 for another.
func languageOf(x []float32, k int) int {
	if x[6*k+2] >= 0.5 {
		return 0
	}
	return 1
}

// hangulShare returns the share of Hangul syllables among the letters of
// text.
func hangulShare(text string) float32 {
	hangul, letters := 0, 0
	for _, r := range text {
		switch {
		case r >= '가' && r <= '힣':
			hangul++
			letters++
		case unicode.IsLetter(r):
			letters++
		}
	}
	if letters == 0 {
		return 0
	}
	return float32(hangul) / float32(letters)
}
