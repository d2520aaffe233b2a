package main

import (
	"context"
	"fmt"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

// importInputs imports every input through the application's import
// pipeline, reporting each failure, skipped file and duplicate on stderr, and
// returns the articles with the input each came from, in the order of the
// inputs.
func importInputs(e *env, args []string) []imported {
	inputs := make([]desk.Input, len(args))
	for i, a := range args {
		inputs[i] = desk.Arg(a, e.stdin)
	}
	var out []imported
	for _, r := range desk.NewImporter(desk.WebOptions{}).Import(context.Background(), inputs, nil) {
		switch {
		case r.Skipped:
			fmt.Fprintf(e.stderr, "brief: %s: skipped: %v\n", r.Input, r.Err)
		case r.Err != nil:
			e.fail(r.Input, r.Err)
		case r.SameAs != "":
			fmt.Fprintf(e.stderr, "brief: %s: same article as %s; kept once\n", r.Input, r.SameAs)
		default:
			out = append(out, imported{r.Input, r.Article})
		}
	}
	return out
}

type imported struct {
	input   string
	article *briefing.Article
}

func cmdImport(e *env, args []string) error {
	fs := newFlags(e, "import", "import [--json] INPUT...")
	asJSON := fs.Bool("json", false, "print one JSON document with the articles, their suggested topics and the errors")
	inputs, err := parse(e, fs, args)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		return usageError(e, fs, "no INPUT given")
	}
	ts, err := loadTemplates(e)
	if err != nil {
		return err
	}
	t, err := ts.Get(briefing.DefaultTemplate)
	if err != nil {
		return err
	}
	c := briefing.NewClassifier(t)
	arts := importInputs(e, inputs)
	if *asJSON {
		return printJSON(e, arts, c)
	}
	for _, im := range arts {
		printArticle(e, im.article, c)
	}
	return nil
}
