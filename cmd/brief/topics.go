package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/bundle"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

func cmdTopics(e *env, args []string) error {
	fs := newFlags(e, "topics", "topics [--template ID] [--forget-learned]")
	id := fs.String("template", "", "show only this template")
	forget := fs.Bool("forget-learned", false, "forget what the suggestions learned from your placements (of --template's template, or of every template)")
	if rest, err := parse(e, fs, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return usageError(e, fs, "unexpected argument %q", rest[0])
	}
	ts, err := loadTemplates(e)
	if err != nil {
		return err
	}
	ids := ts.IDs()
	if *id != "" {
		if _, err := ts.Get(*id); err != nil {
			return err
		}
		ids = []string{*id}
	}
	if *forget && e.learning != nil {
		if err := e.learning.Reset(*id); err != nil {
			return err
		}
	}
	for _, tid := range ids {
		t := ts[tid]
		fmt.Fprintf(e.stdout, "%s\t%s / %s\n", line(t.ID), line(t.Name("ko")), line(t.Name("en")))
		if t.Model != nil {
			fmt.Fprintf(e.stdout, "  trained model of %d topics\n", len(t.Model.Topics))
		}
		if n := e.learned(t); n > 0 {
			fmt.Fprintf(e.stdout, "  learned from %d of your placements, moves and removals\n", n)
		} else if e.learning != nil {
			fmt.Fprintln(e.stdout, "  nothing learned from your placements yet")
		}
		for i, tp := range t.Topics {
			fmt.Fprintf(e.stdout, "  %d. %s\t%s / %s\n", i+1, line(tp.ID), line(tp.Name("ko")), line(tp.Name("en")))
		}
	}
	return nil
}

// learned returns the number of examples the suggestions of t learned from.
func (e *env) learned(t *briefing.Template) int {
	if e.learning == nil {
		return 0
	}
	return e.learning.Count(t.ID)
}

// classifier returns the suggestions' engine for t, with what it learned;
// what could not be read of that is reported, and the rest used.
func (e *env) classifier(t *briefing.Template) *briefing.Classifier {
	c, err := desk.Classifier(t, e.learning)
	if err != nil {
		fmt.Fprintf(e.stderr, "brief: %s\n", errLine(err))
	}
	return c
}

// loadTemplates returns the built-in and user templates. A broken user
// template is reported as a failed input and the others are still used.
func loadTemplates(e *env) (briefing.Templates, error) {
	ts, err := desk.Templates(desk.UserTemplateDir())
	if ts == nil {
		return nil, err
	}
	if err != nil {
		e.fail("templates", err)
	}
	return ts, nil
}

func cmdSample(e *env, args []string) error {
	fs := newFlags(e, "sample", "sample DIR")
	rest, err := parse(e, fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usageError(e, fs, "give exactly one DIR")
	}
	samples, err := bundle.Samples()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(rest[0], 0o755); err != nil {
		return err
	}
	for _, s := range samples {
		path := filepath.Join(rest[0], s.Name)
		if err := os.WriteFile(path, s.Data, 0o644); err != nil {
			e.fail(path, err)
			continue
		}
		fmt.Fprintln(e.stdout, line(path))
	}
	return nil
}
