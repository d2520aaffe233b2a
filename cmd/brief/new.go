package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

// now is the clock, replaceable in tests.
var now = time.Now

func cmdNew(e *env, args []string) error {
	fs := newFlags(e, "new", "new -o OUT.brief [--title T] [--template ID] [--style briefing|report] [--auto [--per-topic N]] INPUT...")
	out := fs.String("o", "", "the `file` to write (required)")
	title := fs.String("title", "", "the briefing's title (default: the template's name)")
	tmplID := fs.String("template", briefing.DefaultTemplate, "the topic template `ID` (see: brief topics)")
	auto := fs.Bool("auto", false, "place every confidently classified paragraph under its topic, in article order; of near-identical paragraphs (one story in several outlets) only the best")
	perTopic := fs.Int("per-topic", 0, "with --auto, place at most `N` paragraphs under each topic, the best ranked (0: no limit)")
	lang := fs.String("lang", "ko", "the handout's language: ko or en")
	style := fs.String("style", briefing.StyleBriefing, "the handout style: briefing, or report (보고서)")
	web := webFlags(fs)
	inputs, err := parse(e, fs, args)
	if err != nil {
		return err
	}
	if *out == "" {
		return usageError(e, fs, "-o OUT.brief is required")
	}
	if *perTopic < 0 {
		return usageError(e, fs, "--per-topic must be 0 or more, not %d", *perTopic)
	}
	if *perTopic > 0 && !*auto {
		return usageError(e, fs, "--per-topic needs --auto")
	}
	if !oneOf(*lang, "ko", "en") {
		return usageError(e, fs, "--lang must be ko or en, not %q", *lang)
	}
	if !oneOf(*style, briefing.StyleBriefing, briefing.StyleReport) {
		return usageError(e, fs, "--style must be briefing or report, not %q", *style)
	}
	ts, err := loadTemplates(e)
	if err != nil {
		return err
	}
	t, err := ts.Get(*tmplID)
	if err != nil {
		return err
	}
	b := briefing.New(t, strings.ToLower(*lang), now())
	if *title != "" {
		b.Details.Title = *title
	}
	if s := strings.ToLower(*style); s != briefing.StyleBriefing {
		b.Details.Style = s // the default style is written as before: not at all
	}
	// importInputs has already reported and dropped duplicates.
	var arts []briefing.Article
	for _, im := range importInputs(e, inputs, *web) {
		arts = append(arts, *im.article)
	}
	b.AddArticles(arts...)
	placed := 0
	if *auto {
		ptrs := make([]*briefing.Article, len(b.Articles))
		for i := range b.Articles {
			ptrs[i] = &b.Articles[i]
		}
		props, err := desk.Propose(context.Background(), b, e.classifier(t), ptrs, *perTopic, nil)
		if err != nil {
			return err
		}
		if placed, err = b.Accept(slices.Clone(b.Articles), props); err != nil {
			return err
		}
	}
	if err := desk.SaveBriefing(*out, b); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s: %d articles, %d excerpts under %d topics\n", line(*out), len(b.Articles), placed, len(b.Topics))
	return nil
}

func cmdCheck(e *env, args []string) error {
	fs := newFlags(e, "check", "check FILE.brief")
	files, err := parse(e, fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usageError(e, fs, "no FILE.brief given")
	}
	for _, f := range files {
		b, err := desk.LoadBriefing(f)
		if err != nil {
			e.fail(f, errors.Unwrap(err))
			continue
		}
		fmt.Fprintf(e.stdout, "%s: ok: %q, %d topics, %d excerpts, %d articles\n", line(f), line(b.Details.Title), len(b.Topics), b.ExcerptCount(), len(b.Articles))
	}
	return nil
}
