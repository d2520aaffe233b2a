package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/bundle"
	"github.com/briefdesk/briefdesk/briefing/fetch"
	"github.com/briefdesk/briefdesk/briefing/importer"
)

// fetchOptions configure web imports; tests shorten the limits.
var fetchOptions = fetch.Options{}

// isFeedFile reports whether a file name names an RSS or Atom feed.
func isFeedFile(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".rss", ".atom", ".xml":
		return true
	}
	return false
}

// importInputs imports every input, reporting each failure, skipped file and
// duplicate on stderr, and returns the articles with the input each came
// from, in the order of the inputs. Web addresses are fetched a few at a time.
func importInputs(e *env, inputs []string) []imported {
	f := fetch.New(fetchOptions)
	var addrs []string
	for _, in := range inputs {
		if fetch.IsAddress(in) {
			addrs = append(addrs, in)
		}
	}
	var web [][]importer.Result
	if len(addrs) > 0 {
		web = f.Import(context.Background(), addrs, nil)
	}
	var out []imported
	seen := briefing.NewArticleIndex[string]() // article → the input it came from
	for _, in := range inputs {
		var results []importer.Result
		switch {
		case in == "-":
			a, err := importer.Read(e.stdin, importer.Source{Name: "-"})
			results = []importer.Result{{Input: "-", Article: a, Err: err}}
		case fetch.IsAddress(in):
			results, web = web[0], web[1:]
		case isFeedFile(in):
			data, err := os.ReadFile(in)
			if err != nil {
				results = []importer.Result{{Input: in, Err: err}}
			} else {
				results = f.Feed(context.Background(), in, data)
			}
		default:
			results = importer.ReadPath(in)
		}
		out = collect(e, out, seen, results)
	}
	return out
}

// collect reports failures and duplicates and appends the new articles,
// recording them in seen.
func collect(e *env, out []imported, seen *briefing.ArticleIndex[string], results []importer.Result) []imported {
	for _, r := range results {
		switch {
		case r.Skipped:
			fmt.Fprintf(e.stderr, "brief: %s: skipped: %v\n", r.Input, r.Err)
		case r.Err != nil:
			e.fail(r.Input, r.Err)
		default:
			if dup, ok := seen.Find(r.Article); ok {
				fmt.Fprintf(e.stderr, "brief: %s: same article as %s; kept once\n", r.Input, dup)
				continue
			}
			seen.Put(r.Article, r.Input)
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
	_, c, err := bundle.Classifier(briefing.DefaultTemplate)
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
