package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/bundle"
	"github.com/briefdesk/briefdesk/briefing/importer"
)

// errWeb is returned for web addresses until fetching is available.
var errWeb = errors.New("importing from web addresses is not available in this version; save the page as .html and import the file")

// importInputs imports every input, reporting each failure and skipped file
// on stderr, and returns the articles with the input each came from.
func importInputs(e *env, inputs []string) []imported {
	var out []imported
	for _, in := range inputs {
		switch {
		case in == "-":
			a, err := importer.Read(e.stdin, importer.Source{Name: "-"})
			if err != nil {
				e.fail("-", err)
				continue
			}
			out = append(out, imported{"-", a})
		case strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://"):
			e.fail(in, errWeb)
		default:
			for _, r := range importer.ReadPath(in) {
				switch {
				case r.Skipped:
					fmt.Fprintf(e.stderr, "brief: %s: skipped: %v\n", r.Input, r.Err)
				case r.Err != nil:
					e.fail(r.Input, r.Err)
				default:
					out = append(out, imported{r.Input, r.Article})
				}
			}
		}
	}
	return out
}

type imported struct {
	input   string
	article *briefing.Article
}

// defaultClassifier returns the classifier of the default template.
func defaultClassifier() (*briefing.Classifier, error) {
	ts, err := bundle.Templates()
	if ts == nil {
		return nil, err
	}
	t, err := ts.Get(briefing.DefaultTemplate)
	if err != nil {
		return nil, err
	}
	return briefing.NewClassifier(t), nil
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
	c, err := defaultClassifier()
	if err != nil {
		return err
	}
	arts := importInputs(e, inputs)
	if *asJSON {
		return printJSON(e, arts, c)
	}
	for _, im := range arts {
		printArticle(e, im.article, c)
	}
	return nil
}
