package briefing_test

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/bundle"
)

func classifier(t testing.TB) *briefing.Classifier {
	t.Helper()
	_, c, err := bundle.Classifier(briefing.DefaultTemplate)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// lexiconClassifier returns the default template's classifier without its
// model: the lexicon alone.
func lexiconClassifier(t testing.TB) *briefing.Classifier {
	t.Helper()
	tmpl, _, err := bundle.Classifier(briefing.DefaultTemplate)
	if err != nil {
		t.Fatal(err)
	}
	bare := *tmpl
	bare.Model = nil
	return briefing.NewClassifier(&bare)
}

// TestClassifyUnseen checks suggestions on paragraphs written for the test,
// each alone, in both languages, including paragraphs that belong to no
// topic: at least 90 % right, and every suggestion with its evidence.
func TestClassifyUnseen(t *testing.T) {
	c := classifier(t)
	f, err := os.Open("testdata/classify.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, wrong := 0, 0
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		want, text, _ := strings.Cut(line, "\t")
		got := c.Classify(text, "")
		n++
		if got.Topic != want {
			wrong++
			t.Logf("%q\n  got %q (%.1f, %v), want %q", text, got.Topic, got.Score, got.Terms, want)
		}
		if got.Topic != "" && len(got.Terms) == 0 {
			t.Errorf("%q: suggestion %q without terms", text, got.Topic)
		}
	}
	if n < 20 {
		t.Fatalf("only %d cases read", n)
	}
	if share := 100 * float64(n-wrong) / float64(n); share < 90 {
		t.Errorf("%.1f %% right (%d of %d), want at least 90 %%", share, n-wrong, n)
	}
}

// TestClassifyTermsAndHeading checks how the lexicon finds its terms.
func TestClassifyTermsAndHeading(t *testing.T) {
	c := lexiconClassifier(t)
	s := c.Classify("양측은 함정 정비와 MRO 협력을 논의했다.", "")
	if s.Topic != "mro" || !contains(s.Terms, "mro") || !contains(s.Terms, "함정 정비") {
		t.Errorf("got %+v", s)
	}
	if len(s.Weights) != len(s.Terms) || s.Weights[0] < s.Weights[len(s.Weights)-1] || len(s.Strong()) == 0 {
		t.Errorf("weights %v for terms %v", s.Weights, s.Terms)
	}
	// The longer term claims its text: "방위산업" must not also count as "방위".
	s = c.Classify("방위산업 수출이 늘었다", "")
	if contains(s.Terms, "방위") {
		t.Errorf("overlapping shorter term counted: %+v", s)
	}
	// A one- or two-syllable term is a word: "협정 비준" does not hold
	// "정비", but "선박정비" and "정비를" do.
	if s = c.Classify("협정 비준 절차", ""); contains(s.Terms, "정비") {
		t.Errorf("a short term matched across a space: %+v", s)
	}
	for _, text := range []string{"선박정비 물량", "정비를 맡는다"} {
		if s = c.Classify(text, ""); !contains(s.Terms, "정비") {
			t.Errorf("%q: 정비 not found: %+v", text, s)
		}
	}
	// British spelling counts as American.
	if s = c.Classify("The defence ministry updated its missile defence plans.", ""); !contains(s.Terms, "missile defense") {
		t.Errorf("British spelling: %+v", s)
	}
	// A weak paragraph takes the hint of its heading.
	weak := "관계자들은 이 문제를 계속 논의하기로 했다."
	if got := c.Classify(weak, ""); got.Topic != "" {
		t.Errorf("no evidence, but got %+v", got)
	}
	if got := c.Classify(weak+" 연합연습", "연합 방위태세 점검"); got.Topic != "defense" {
		t.Errorf("heading context ignored: %+v", got)
	}
	// English prefixes match inflected forms and report the word as written.
	s = c.Classify("Both navies held drills and exercises to deter provocations.", "")
	if s.Topic != "defense" || !contains(s.Terms, "provocations") {
		t.Errorf("got %+v", s)
	}
	s = c.Classify("North Korean missile launches continued as allied commanders met.", "")
	if !contains(s.Terms, "north korean") {
		t.Errorf("a two-word prefix term is not reported whole: %+v", s)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestSuggestionReasonSplitsByWeight(t *testing.T) {
	s := briefing.Suggestion{Topic: "a", Terms: []string{"NCG", "확장억제", "동맹"}, Weights: []float64{3, 1.5, 0.6}}
	if got := s.Strong(); len(got) != 2 || got[0] != "NCG" || got[1] != "확장억제" {
		t.Errorf("strong: %v", got)
	}
	if got := s.Weak(); len(got) != 1 || got[0] != "동맹" {
		t.Errorf("weak: %v", got)
	}
}

// TestReasonsNameEachWordOnce checks that a word with a particle does not
// stand beside the word itself in a suggestion's reason.
func TestReasonsNameEachWordOnce(t *testing.T) {
	s := classifier(t).Classify("한미 양국은 확장억제 협의에서 확장억제의 실행력을 높이기로 하고 연합연습 일정을 논의했다.", "")
	if s.Topic == "" {
		t.Fatalf("no suggestion: %+v", s)
	}
	for _, a := range s.Terms {
		for _, b := range s.Terms {
			if a != b && strings.HasPrefix(b, a) {
				t.Errorf("the reason names %q and %q: %v", a, b, s.Terms)
			}
		}
	}
}

// TestReasonsAreWordsOfTheTopic checks that a reason names no figures and
// no words any sentence has.
func TestReasonsAreWordsOfTheTopic(t *testing.T) {
	c := classifier(t)
	for _, text := range []string{
		"The allies said their 14 warships would join the combined exercise for 10 days, more than the 2024 drill.",
		"한미 양국은 10일부터 14일까지 연합연습을 실시한다고 밝혔다.",
	} {
		s := c.Classify(text, "")
		if s.Topic == "" {
			t.Fatalf("%q: no suggestion", text)
		}
		for _, term := range s.Terms {
			if strings.Trim(term, "0123456789") == "" || term == "their" || term == "than" || term == "said" || term == "밝혔다" {
				t.Errorf("%q: the reason names %q: %v", text, term, s.Terms)
			}
		}
	}
}

// TestReasonsNameWhatNotHow checks that a reason leaves out Korean verbs and
// place phrases, and names an English word once, within the term that holds
// it or in one form.
func TestReasonsNameWhatNotHow(t *testing.T) {
	c := classifier(t)
	s := c.Classify("양국 국방장관은 서울에서 연합연습 확대를 논의했다.", "")
	for _, term := range s.Terms {
		if term == "서울에서" || term == "논의했다" {
			t.Errorf("the reason names %q: %v", term, s.Terms)
		}
	}
	s = c.Classify("At the Security Consultative Meeting, the ministers said yards and shipyards would repair Navy ships; the yard plans more docks.", "")
	for _, term := range s.Terms {
		if term == "meeting" || term == "consultative" || term == "yards" && slices.Contains(s.Terms, "yard") {
			t.Errorf("the reason names %q beside what holds it: %v", term, s.Terms)
		}
	}
}
