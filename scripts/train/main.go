// Command train trains the topic model of the built-in template from the
// project's labelled corpus and reports how it fares on the corpus's test
// part, which it never learns from:
//
//	go run ./scripts/train            (make model)
//
// The same corpus gives the same model, byte for byte.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/bundle"
)

func main() {
	corpus := flag.String("corpus", "briefing/testdata/corpus", "folder of the labelled corpus (*-train*.jsonl to learn from, *-test*.jsonl to report on)")
	out := flag.String("o", "assets/models/alliance.model", "where to write the model")
	flag.Parse()
	if err := run(*corpus, *out); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(corpus, out string) error {
	ts, err := bundle.BareTemplates()
	if err != nil {
		return err
	}
	t := ts[briefing.DefaultTemplate]
	if t == nil {
		return fmt.Errorf("no built-in template %q", briefing.DefaultTemplate)
	}
	bare := *t
	bare.Model = nil
	lexicon := briefing.NewClassifier(&bare)
	train, err := read(corpus, "*-train*.jsonl")
	if err != nil {
		return err
	}
	test, err := read(corpus, "*-test*.jsonl")
	if err != nil {
		return err
	}
	var topics []string
	for _, tp := range t.Topics {
		topics = append(topics, tp.ID)
	}
	n := 0
	for _, a := range train {
		n += len(a.Paragraphs)
	}
	start := time.Now()
	m := briefing.TrainModel(topics, train, briefing.TrainOptions{Lexicon: lexicon})
	fmt.Printf("trained on %d paragraphs of %d articles in %.1f s\n", n, len(train), time.Since(start).Seconds())
	data, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d bytes)\n\n", out, len(data))
	withModel := *t
	withModel.Model = m
	fmt.Printf("lexicon alone, on the test part:\n%s\n", briefing.Evaluate(lexicon, test))
	fmt.Printf("model, on the test part:\n%s", briefing.Evaluate(briefing.NewClassifier(&withModel), test))
	return nil
}

func read(dir, pattern string) ([]briefing.TrainingArticle, error) {
	files, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("%s: no corpus files %s", dir, pattern)
	}
	var out []briefing.TrainingArticle
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		arts, err := briefing.ReadCorpus(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out = append(out, arts...)
	}
	return out, nil
}
