package briefing

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
)

// ReadCorpus reads a labelled corpus in the project's format: one article
// a line, as JSON — {"id", "lang", "title", "paragraphs": [{"text",
// "topics": [...]}]} — where topics lists every topic a careful analyst
// would accept for the paragraph, the best first (none: no topic).
func ReadCorpus(r io.Reader) ([]TrainingArticle, error) {
	var out []TrainingArticle
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var a struct {
			ID         string `json:"id"`
			Lang       string `json:"lang"`
			Title      string `json:"title"`
			Paragraphs []struct {
				Text   string   `json:"text"`
				Topics []string `json:"topics"`
			} `json:"paragraphs"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		ta := TrainingArticle{ID: a.ID, Lang: a.Lang, Title: a.Title}
		for _, p := range a.Paragraphs {
			ta.Paragraphs = append(ta.Paragraphs, TrainingParagraph{Text: p.Text, Topics: p.Topics})
		}
		out = append(out, ta)
	}
	return out, sc.Err()
}

// Evaluation is how a classifier's suggestions fare on a labelled corpus:
// a suggestion is acceptable when it is one of the paragraph's topics, or
// none for a paragraph of none.
type Evaluation struct {
	ByLanguage map[string][2]int // language → acceptable, all
	ByTopic    map[string][2]int // topic ("" for none) → acceptable, all paragraphs of it
	// Confusion counts paragraphs by their first topic and the suggestion
	// ("" for none).
	Confusion map[[2]string]int
	Topics    []string
}

// Evaluate classifies every article of a corpus as the window does (each
// paragraph with the article around it) and tallies the suggestions.
func Evaluate(c *Classifier, arts []TrainingArticle) Evaluation {
	ev := Evaluation{ByLanguage: map[string][2]int{}, ByTopic: map[string][2]int{}, Confusion: map[[2]string]int{}, Topics: c.topics}
	add := func(m map[string][2]int, key string, ok bool) {
		v := m[key]
		v[1]++
		if ok {
			v[0]++
		}
		m[key] = v
	}
	for _, a := range arts {
		art := Article{Title: a.Title, Language: a.Lang}
		sec := Section{}
		for _, p := range a.Paragraphs {
			sec.Paragraphs = append(sec.Paragraphs, p.Text)
		}
		art.Sections = []Section{sec}
		got := c.ClassifyArticle(&art)[0]
		for i, p := range a.Paragraphs {
			topic := got[i].Topic
			ok := topic == "" && len(p.Topics) == 0 || topic != "" && slices.Contains(p.Topics, topic)
			add(ev.ByLanguage, a.Lang, ok)
			add(ev.ByLanguage, "all", ok)
			if len(p.Topics) == 0 {
				add(ev.ByTopic, "", ok)
			}
			for _, t := range p.Topics {
				add(ev.ByTopic, t, ok)
			}
			first := ""
			if len(p.Topics) > 0 {
				first = p.Topics[0]
			}
			ev.Confusion[[2]string{first, topic}]++
		}
	}
	return ev
}

// Share returns acceptable/all of a tally, in per cent.
func Share(v [2]int) float64 {
	if v[1] == 0 {
		return 0
	}
	return 100 * float64(v[0]) / float64(v[1])
}

// String reports the evaluation: acceptable suggestions per language and
// per topic, and the confusion table (rows: the paragraph's first topic;
// columns: the suggestion).
func (ev Evaluation) String() string {
	var b strings.Builder
	langs := make([]string, 0, len(ev.ByLanguage))
	for l := range ev.ByLanguage {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		v := ev.ByLanguage[l]
		fmt.Fprintf(&b, "%-8s %5.1f %% acceptable (%d of %d)\n", l, Share(v), v[0], v[1])
	}
	classes := append([]string{""}, ev.Topics...)
	name := func(t string) string {
		if t == "" {
			return "(none)"
		}
		return t
	}
	for _, t := range classes {
		if v, ok := ev.ByTopic[t]; ok {
			fmt.Fprintf(&b, "  %-8s %5.1f %% (%d of %d)\n", name(t), Share(v), v[0], v[1])
		}
	}
	fmt.Fprintf(&b, "%-9s", "first\\got")
	for _, t := range classes {
		fmt.Fprintf(&b, "%9s", name(t))
	}
	b.WriteByte('\n')
	for _, row := range classes {
		fmt.Fprintf(&b, "%-9s", name(row))
		for _, col := range classes {
			fmt.Fprintf(&b, "%9d", ev.Confusion[[2]string{row, col}])
		}
		b.WriteByte('\n')
	}
	return b.String()
}
