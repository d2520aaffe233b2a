package briefing_test

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// namedOnly is a user template with topic names and no lexicon at all, the
// names saying nothing the news says.
func namedOnly() *briefing.Template {
	t := &briefing.Template{ID: "mine", Names: map[string]string{"ko": "나의 양식"}}
	for _, id := range []string{"가", "나", "다", "라"} {
		t.Topics = append(t.Topics, briefing.TemplateTopic{ID: id, Names: map[string]string{"ko": "항목 " + id}})
	}
	return t
}

// placements returns the analyst's work on the first n articles of each
// language of the corpus's training part that have a topic: each topical
// paragraph placed under the user template's topic for its first topic,
// the others passed over.
func placements(t *testing.T, n int) (exs []briefing.LearnedExample, placed int) {
	t.Helper()
	topics := map[string]string{"status": "가", "defense": "나", "mro": "다", "future": "라"}
	for _, lang := range []string{"ko", "en"} {
		taken := 0
		for _, a := range readCorpus(t, lang+"-train-1.jsonl") {
			if taken == n {
				break
			}
			var mine []briefing.LearnedExample
			for _, p := range a.Paragraphs {
				if len(p.Topics) == 0 {
					mine = append(mine, briefing.LearnedExample{Text: p.Text, Passed: true})
					continue
				}
				mine = append(mine, briefing.LearnedExample{Text: p.Text, Topic: topics[p.Topics[0]]})
				placed++
			}
			if len(mine) > 0 {
				exs = append(exs, mine...)
				taken++
			}
		}
	}
	return exs, placed
}

// learnedScore tells how the suggestions fare on the test part, each
// paragraph alone: the share of single-topic paragraphs that get their
// topic (found), the share of suggestions that are right (right), and the
// share of off-topic paragraphs that get one (stray).
func learnedScore(t *testing.T, c *briefing.Classifier) (found, right, stray float64) {
	t.Helper()
	topics := map[string]string{"status": "가", "defense": "나", "mro": "다", "future": "라"}
	var topical, ok, suggested, good, none, strays int
	for _, a := range readCorpus(t, "*-test*.jsonl") {
		for _, p := range a.Paragraphs {
			got := c.Classify(p.Text, "").Topic
			if len(p.Topics) == 0 {
				none++
				if got != "" {
					strays++
				}
				continue
			}
			if got != "" {
				suggested++
				for _, tp := range p.Topics {
					if topics[tp] == got {
						good++
						break
					}
				}
			}
			if len(p.Topics) == 1 {
				topical++
				if got == topics[p.Topics[0]] {
					ok++
				}
			}
		}
	}
	pct := func(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }
	return pct(ok, topical), pct(good, suggested), pct(strays, none)
}

// TestATemplateWithoutLexiconLearnsFromPlacements checks the learning loop
// of issue 13: a user template with topic names that say nothing and no
// lexicon suggests next to nothing, and after the analyst's placements in
// some twenty articles (about sixty paragraphs, in two languages) its
// suggestions on unseen paragraphs are mostly right, and better with more.
func TestATemplateWithoutLexiconLearnsFromPlacements(t *testing.T) {
	c := briefing.NewClassifier(namedOnly())
	found, right, stray := learnedScore(t, c)
	t.Logf("before: found %.1f %%, right %.1f %%, stray %.1f %%", found, right, stray)
	if found > 5 {
		t.Errorf("before any placement %.1f %% of topical paragraphs got their topic", found)
	}
	if c.Learned() {
		t.Error("a classifier with no examples says it learned")
	}
	var prevRight float64
	for _, n := range []int{10, 20, 50} {
		exs, placed := placements(t, n)
		learned := c.WithExamples(exs)
		if !learned.Learned() || c.Learned() {
			t.Fatal("WithExamples changed the classifier it was called on, or learned nothing")
		}
		found, right, stray := learnedScore(t, learned)
		t.Logf("%d placements in %d articles: found %.1f %%, right %.1f %%, stray %.1f %%", placed, 2*n, found, right, stray)
		if n >= 20 && (right < 70 || found < 15 || stray > 8) {
			t.Errorf("after %d placements: %.1f %% of suggestions right, %.1f %% of topical paragraphs found, %.1f %% of off-topic ones given a topic", placed, right, found, stray)
		}
		if right < prevRight-5 {
			t.Errorf("more placements, fewer right suggestions: %.1f %% after %.1f %%", right, prevRight)
		}
		prevRight = right
	}
}

// TestLearnedSuggestionsSayWhy checks that a suggestion the analyst's
// examples weigh in says so, with words of the paragraph.
func TestLearnedSuggestionsSayWhy(t *testing.T) {
	exs, _ := placements(t, 50)
	c := briefing.NewClassifier(namedOnly()).WithExamples(exs)
	for _, a := range readCorpus(t, "ko-test.jsonl") {
		for _, p := range a.Paragraphs {
			s := c.Classify(p.Text, "")
			if s.Topic == "" {
				continue
			}
			if !s.Learned || len(s.Terms) == 0 {
				t.Fatalf("%q: %+v, want the examples and words of it as the reason", p.Text, s)
			}
			for _, term := range s.Terms {
				if !strings.Contains(strings.ToLower(p.Text), term) {
					t.Errorf("%q: the reason %q is not a word of it", p.Text, term)
				}
			}
			return
		}
	}
	t.Fatal("no suggestion at all after 50 articles' placements")
}

// TestRemovalsTeachNoTopic checks that a paragraph the analyst keeps taking
// out of a topic stops being suggested for it.
func TestRemovalsTeachNoTopic(t *testing.T) {
	exs, _ := placements(t, 20)
	c := briefing.NewClassifier(namedOnly()).WithExamples(exs)
	var text, topic string
	for _, a := range readCorpus(t, "ko-test.jsonl") {
		for _, p := range a.Paragraphs {
			if s := c.Classify(p.Text, ""); s.Topic != "" && text == "" {
				text, topic = p.Text, s.Topic
			}
		}
	}
	if text == "" {
		t.Fatal("no suggestion to take back")
	}
	for range 5 {
		exs = append(exs, briefing.LearnedExample{Text: text, Removed: topic})
	}
	if s := c.WithExamples(exs).Classify(text, ""); s.Topic == topic {
		t.Errorf("%q: still suggested for %s after five removals: %+v", text, topic, s)
	}
}

// TestExamplesOfUnknownTopicsAreLeftOut checks that examples of a topic the
// template does not have teach nothing.
func TestExamplesOfUnknownTopicsAreLeftOut(t *testing.T) {
	c := briefing.NewClassifier(namedOnly())
	if c.WithExamples([]briefing.LearnedExample{{Text: "한미 연합연습", Topic: "defense"}}).Learned() {
		t.Error("an example of a topic the template lacks was learned from")
	}
}

// BenchmarkLearnFromMostKept measures learning from as many examples as a
// template keeps (2,000), which the window does after each placement.
func BenchmarkLearnFromMostKept(b *testing.B) {
	var exs []briefing.LearnedExample
	for _, a := range readCorpus(b, "*-train*.jsonl") {
		for _, p := range a.Paragraphs {
			if len(exs) < 2000 {
				exs = append(exs, briefing.LearnedExample{Text: p.Text, Topic: []string{"가", "나"}[len(p.Text)%2]})
			}
		}
	}
	c := briefing.NewClassifier(namedOnly())
	for b.Loop() {
		c.WithExamples(exs)
	}
}
