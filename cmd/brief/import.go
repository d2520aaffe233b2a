package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

// importInputs imports every input through the application's import
// pipeline, reporting each failure, skipped file and duplicate on stderr, and
// returns the articles with the input each came from, in the order of the
// inputs.
func importInputs(e *env, args []string, web desk.WebOptions) []imported {
	inputs := make([]desk.Input, len(args))
	for i, a := range args {
		inputs[i] = desk.Arg(a, e.stdin)
	}
	var out []imported
	for _, r := range desk.NewImporter(web).Import(context.Background(), inputs, nil) {
		switch {
		case r.Skipped:
			fmt.Fprintf(e.stderr, "brief: %s: skipped: %s\n", line(r.Input), errLine(r.Err))
		case r.Err != nil:
			e.fail(r.Input, r.Err)
		case r.SameAs != "":
			fmt.Fprintf(e.stderr, "brief: %s: same article as %s; kept once\n", line(r.Input), line(r.SameAs))
		default:
			out = append(out, imported{r.Input, r.Article})
		}
	}
	return out
}

// webFlags adds the options of web imports to a command's flags.
func webFlags(fs *flag.FlagSet) *desk.WebOptions {
	var opt desk.WebOptions
	fs.BoolVar(&opt.AllowPrivate, "allow-private", false, "also import from private addresses (loopback, the intranet); by default only public addresses are fetched")
	fs.IntVar(&opt.MaxItems, "max-items", desk.DefaultFeedItems, "import at most this many articles from one feed")
	return &opt
}

type imported struct {
	input   string
	article *briefing.Article
}

func cmdImport(e *env, args []string) error {
	fs := newFlags(e, "import", "import [--json] INPUT...")
	asJSON := fs.Bool("json", false, "print one JSON document with the articles, their suggested topics and the errors")
	web := webFlags(fs)
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
	c := e.classifier(t)
	arts := importInputs(e, inputs, *web)
	if *asJSON {
		return printJSON(e, arts, c)
	}
	for _, im := range arts {
		printArticle(e, im.article, c)
	}
	return nil
}
