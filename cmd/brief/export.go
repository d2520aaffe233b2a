package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/brieffile"
	"github.com/briefdesk/briefdesk/briefing/markdown"
	"github.com/briefdesk/briefdesk/briefing/pdf"
)

func cmdExport(e *env, args []string) error {
	fs := newFlags(e, "export", "export [-o OUT] [--format pdf|md] [--paper a4|letter] FILE.brief")
	out := fs.String("o", "", "the `file` to write, or - for standard output (default: FILE with .pdf or .md)")
	format := fs.String("format", "pdf", "pdf (the handout) or md (Markdown)")
	paper := fs.String("paper", "", "a4 or letter (default: the briefing's paper)")
	files, err := parse(e, fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return usageError(e, fs, "give exactly one FILE.brief")
	}
	*format = strings.ToLower(*format)
	if !oneOf(*format, "pdf", "md") {
		return usageError(e, fs, "--format must be pdf or md, not %q", *format)
	}
	if *paper != "" && !oneOf(*paper, briefing.PaperA4, briefing.PaperLetter) {
		return usageError(e, fs, "--paper must be a4 or letter, not %q", *paper)
	}
	in := files[0]
	b, err := brieffile.Load(in)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	dest := *out
	if dest == "" {
		dest = strings.TrimSuffix(in, filepath.Ext(in)) + "." + *format
	}
	write := func(w io.Writer) error {
		if *format == "md" {
			return markdown.Write(w, b)
		}
		rep, err := pdf.Write(w, b, pdf.Options{Paper: strings.ToLower(*paper)})
		if err == nil && len(rep.Replaced) > 0 {
			fmt.Fprintf(e.stderr, "brief: %s: characters the fonts cannot draw were printed as □: %s\n", in, rep.ReplacedText())
		}
		return err
	}
	if dest == "-" {
		return write(e.stdout)
	}
	if err := brieffile.WriteAtomic(dest, write); err != nil {
		return fmt.Errorf("%s: %w", dest, err)
	}
	fmt.Fprintln(e.stdout, dest)
	return nil
}
