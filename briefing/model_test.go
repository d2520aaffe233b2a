package briefing_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// smallModel trains a model on the first articles of the corpus's training
// part: quick, and enough to tell topics apart.
func smallModel(t *testing.T) (*briefing.Model, []byte) {
	t.Helper()
	arts := readCorpus(t, "ko-train-1.jsonl")[:60]
	arts = append(arts, readCorpus(t, "en-train-1.jsonl")[:60]...)
	m := briefing.TrainModel([]string{"status", "defense", "mro", "future"}, arts, briefing.TrainOptions{Epochs: 4, Folds: 2, Lexicon: lexiconClassifier(t)})
	data, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return m, data
}

// TestTrainingIsReproducible checks that the same corpus gives the same
// model, byte for byte, and that a model read back from its bytes suggests
// what it did.
func TestTrainingIsReproducible(t *testing.T) {
	m, first := smallModel(t)
	_, second := smallModel(t)
	if !bytes.Equal(first, second) {
		t.Fatal("two trainings on the same corpus gave different models")
	}
	read, err := briefing.ReadModel(first)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := func(m *briefing.Model) *briefing.Template {
		tp := &briefing.Template{ID: "t"}
		for _, id := range m.Topics {
			tp.Topics = append(tp.Topics, briefing.TemplateTopic{ID: id})
		}
		tp.Model = m
		return tp
	}
	a, b := briefing.NewClassifier(tmpl(m)), briefing.NewClassifier(tmpl(read))
	suggested := 0
	for _, art := range readCorpus(t, "ko-test.jsonl")[:30] {
		for _, p := range art.Paragraphs {
			x, y := a.Classify(p.Text, ""), b.Classify(p.Text, "")
			if x.Topic != y.Topic || x.Score != y.Score {
				t.Fatalf("%q: %+v before writing, %+v after reading", p.Text, x, y)
			}
			if x.Topic != "" {
				suggested++
			}
		}
	}
	if suggested == 0 {
		t.Error("the small model suggested nothing")
	}
}

func TestReadModelRefusesOtherBytes(t *testing.T) {
	_, data := smallModel(t)
	for name, bad := range map[string][]byte{
		"empty":     nil,
		"text":      []byte("not a model at all"),
		"truncated": data[:len(data)/2],
		"longer":    append(append([]byte{}, data...), 0),
	} {
		if _, err := briefing.ReadModel(bad); !errors.Is(err, briefing.ErrModel) {
			t.Errorf("%s: %v, want ErrModel", name, err)
		}
	}
}

// TestContextDecidesWhatAParagraphAloneCannot checks that a paragraph that
// says little by itself (a quote) takes the topic of the article around it,
// and that the suggestion says so.
func TestContextDecidesWhatAParagraphAloneCannot(t *testing.T) {
	c := classifier(t)
	quote := "\"우리는 계속 대화할 것\"이라고 그는 덧붙였다."
	if s := c.Classify(quote, ""); s.Topic != "" {
		t.Fatalf("the quote alone got %+v", s)
	}
	a := &briefing.Article{Title: "한미 방위비분담금 협상 타결…내년 분담금 8.3% 인상", Language: "ko", Sections: []briefing.Section{{Paragraphs: []string{
		"한미 양국이 제12차 방위비분담특별협정(SMA) 협상을 타결하고 내년도 분담금을 8.3% 인상하기로 합의했다.",
		"양측 수석대표는 서울에서 열린 마지막 회의에서 협정 유효기간을 5년으로 하는 데 의견을 모았다.",
		quote,
		"협정문은 국회 비준 동의 절차를 거쳐 발효된다.",
	}}}}
	got := c.ClassifyArticle(a)[0]
	if got[0].Topic != "status" {
		t.Fatalf("the lead paragraph got %+v", got[0])
	}
	if got[2].Topic != "status" || got[2].Context == "" {
		t.Errorf("the quote in its article got %+v, want status from its context", got[2])
	}
}
