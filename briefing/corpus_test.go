package briefing_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// corpusArticle is one article of the labelled corpus the project writes
// for the topic classifier (testdata/corpus/*.jsonl, one article a line):
// its paragraphs, each with every topic a careful analyst would accept
// (none: no topic).
type corpusArticle struct {
	ID         string `json:"id"`
	Lang       string `json:"lang"`
	Title      string `json:"title"`
	Paragraphs []struct {
		Text   string   `json:"text"`
		Topics []string `json:"topics"`
	} `json:"paragraphs"`
}

// readCorpus reads the corpus files matching pattern in testdata/corpus.
func readCorpus(t testing.TB, pattern string) []corpusArticle {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", pattern))
	var out []corpusArticle
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<22)
		for line := 1; sc.Scan(); line++ {
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			var a corpusArticle
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				t.Fatalf("%s:%d: %v", name, line, err)
			}
			out = append(out, a)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	return out
}

// TestCorpusIsWellFormed checks the corpus files: known topics, languages
// and ids, no paragraph twice, and no paragraph of the test part in the
// training part.
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
}

// BenchmarkClassifierOnCorpus measures the suggestions on the test part of
// the corpus, as issue 13 asks: the share of acceptable suggestions per
// language and per topic (a suggestion is acceptable when it is one of the
// paragraph's topics, or none for a paragraph of none), and a confusion
// table of the paragraphs' first topic against the suggestion.
//
//	go test -run '^$' -bench ClassifierOnCorpus ./briefing
func BenchmarkClassifierOnCorpus(b *testing.B) {
	articles := readCorpus(b, "*-test*.jsonl")
	if len(articles) == 0 {
		b.Skip("no test corpus in testdata/corpus")
	}
	c := classifier(b)
	type tally struct{ ok, all int }
	byLang, byTopic := map[string]*tally{}, map[string]*tally{}
	confusion := map[[2]string]int{}
	add := func(m map[string]*tally, k string, ok bool) {
		if m[k] == nil {
			m[k] = &tally{}
		}
		m[k].all++
		if ok {
			m[k].ok++
		}
	}
	for range b.N {
		clear(byLang)
		clear(byTopic)
		clear(confusion)
		for _, a := range articles {
			for _, p := range a.Paragraphs {
				got := c.Classify(p.Text, "").Topic
				ok := got == "" && len(p.Topics) == 0 || got != "" && slices.Contains(p.Topics, got)
				add(byLang, a.Lang, ok)
				add(byLang, "all", ok)
				if len(p.Topics) == 0 {
					add(byTopic, "(none)", ok)
				}
				for _, tp := range p.Topics {
					add(byTopic, tp, ok)
				}
				first := "(none)"
				if len(p.Topics) > 0 {
					first = p.Topics[0]
				}
				if got == "" {
					got = "(none)"
				}
				confusion[[2]string{first, got}]++
			}
		}
	}
	b.StopTimer()
	report := func(name string, m map[string]*tally) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			b.Logf("%s %-8s %5.1f %% acceptable (%d of %d)", name, k, 100*float64(m[k].ok)/float64(m[k].all), m[k].ok, m[k].all)
		}
	}
	report("language", byLang)
	report("topic   ", byTopic)
	labels := []string{"status", "defense", "mro", "future", "(none)"}
	var sb strings.Builder
	fmt.Fprintf(&sb, "confusion (rows: first topic; columns: suggestion)\n%-8s", "")
	for _, l := range labels {
		fmt.Fprintf(&sb, "%8s", l)
	}
	for _, r := range labels {
		fmt.Fprintf(&sb, "\n%-8s", r)
		for _, col := range labels {
			fmt.Fprintf(&sb, "%8d", confusion[[2]string{r, col}])
		}
	}
	b.Log(sb.String())
	b.ReportMetric(100*float64(byLang["all"].ok)/float64(byLang["all"].all), "%acceptable")
}
