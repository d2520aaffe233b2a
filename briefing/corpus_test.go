package briefing_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// readCorpus reads the corpus files matching pattern in testdata/corpus
// (briefing.ReadCorpus).
func readCorpus(t testing.TB, pattern string) []briefing.TrainingArticle {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", pattern))
	var out []briefing.TrainingArticle
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		arts, err := briefing.ReadCorpus(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out = append(out, arts...)
	}
	return out
}

// TestCorpusIsWellFormed checks the corpus files: known topics, languages
// and ids, no paragraph twice, and no paragraph of the test part in the
// training part, nor one that shares more than half its runs of six
// characters with a paragraph of the training part (the same sentence with
// a date or a name changed tests nothing).
func TestCorpusIsWellFormed(t *testing.T) {
	topics := map[string]bool{"status": true, "defense": true, "mro": true, "future": true}
	seen := map[string]string{}
	ids := map[string]bool{}
	for _, part := range []string{"*-train*.jsonl", "*-test*.jsonl"} {
		for _, a := range readCorpus(t, part) {
			if a.ID == "" || ids[a.ID] || a.Lang != "ko" && a.Lang != "en" || len(a.Paragraphs) == 0 {
				t.Errorf("article %q: missing or repeated id, language %q, or no paragraphs", a.ID, a.Lang)
			}
			ids[a.ID] = true
			for _, p := range a.Paragraphs {
				for _, tp := range p.Topics {
					if !topics[tp] {
						t.Errorf("article %s: unknown topic %q", a.ID, tp)
					}
				}
				if where, ok := seen[p.Text]; ok {
					t.Errorf("article %s repeats a paragraph of %s: %.60q", a.ID, where, p.Text)
				}
				seen[p.Text] = a.ID
			}
		}
	}
	index := map[string][]int{}
	for i, a := range readCorpus(t, "*-train*.jsonl") {
		for j, p := range a.Paragraphs {
			for g := range shingles(p.Text) {
				index[g] = append(index[g], i<<16|j)
			}
		}
	}
	for _, a := range readCorpus(t, "*-test*.jsonl") {
		for _, p := range a.Paragraphs {
			own := shingles(p.Text)
			shared := map[int]int{}
			for g := range own {
				for _, k := range index[g] {
					shared[k]++
				}
			}
			for _, n := range shared {
				if 2*n > len(own) {
					t.Errorf("test article %s: %.60q is nearly a paragraph of the training part", a.ID, p.Text)
					break
				}
			}
		}
	}
}

// shingles returns the runs of six characters of text without its spaces.
func shingles(text string) map[string]bool {
	r := []rune(strings.Join(strings.Fields(text), ""))
	out := map[string]bool{}
	for i := 0; i+6 <= len(r) || i == 0 && len(r) < 6; i++ {
		out[string(r[i:min(i+6, len(r))])] = true
	}
	return out
}

// TestModelMeetsTheTargets checks the built-in model's suggestions on the
// corpus's test part, which training never reads (issue 13): at least 93 %
// acceptable in each language, 85 % for every topic, and 95 % of the
// off-topic paragraphs without a suggestion. The figures and the confusion
// table are logged (go test -v -run MeetsTheTargets ./briefing).
func TestModelMeetsTheTargets(t *testing.T) {
	test := readCorpus(t, "*-test*.jsonl")
	if len(test) == 0 {
		t.Fatal("no test part in testdata/corpus")
	}
	ev := briefing.Evaluate(classifier(t), test)
	t.Logf("\n%s", ev)
	for _, lang := range []string{"ko", "en"} {
		if got := briefing.Share(ev.ByLanguage[lang]); got < 93 {
			t.Errorf("%s: %.1f %% acceptable, want at least 93 %%", lang, got)
		}
	}
	for _, topic := range []string{"status", "defense", "mro", "future"} {
		if got := briefing.Share(ev.ByTopic[topic]); got < 85 {
			t.Errorf("%s: %.1f %% acceptable, want at least 85 %%", topic, got)
		}
	}
	if got := briefing.Share(ev.ByTopic[""]); got < 95 {
		t.Errorf("off-topic paragraphs: %.1f %% without a suggestion, want at least 95 %%", got)
	}
}

// BenchmarkClassifyParagraphs measures suggestions with the article around
// each paragraph, as the window makes them, on one core: paragraphs a
// second (issue 13 asks for at least 20,000).
func BenchmarkClassifyParagraphs(b *testing.B) {
	c := classifier(b)
	var arts []briefing.Article
	n := 0
	for _, a := range readCorpus(b, "*-test*.jsonl") {
		sec := briefing.Section{}
		for _, p := range a.Paragraphs {
			sec.Paragraphs = append(sec.Paragraphs, p.Text)
		}
		n += len(sec.Paragraphs)
		arts = append(arts, briefing.Article{Title: a.Title, Sections: []briefing.Section{sec}})
	}
	b.ResetTimer()
	for range b.N {
		for i := range arts {
			c.ClassifyArticle(&arts[i])
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "paragraphs/s")
}
