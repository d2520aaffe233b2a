package main

import (
	"fmt"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

func cmdExport(e *env, args []string) error {
	ids := strings.Join(desk.FormatIDs(), "|")
	fs := newFlags(e, "export", "export [-o OUT] [--format "+ids+"] [--style briefing|report] [--paper a4|letter] FILE.brief")
	out := fs.String("o", "", "the `file` to write, or - for standard output (default: FILE with the format's extension)")
	var names []string
	for _, f := range desk.Formats() {
		names = append(names, fmt.Sprintf("%s (%s)", f.ID, f.Name))
	}
	format := fs.String("format", "pdf", strings.Join(names, ", "))
	style := fs.String("style", "", "the handout style: briefing, or report (보고서: 요약 box, 개조식, excerpts in an annex) (default: the briefing's style)")
	paper := fs.String("paper", "", "a4 or letter (default: the briefing's paper)")
	files, err := parse(e, fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return usageError(e, fs, "give exactly one FILE.brief")
	}
	f, err := desk.LookupFormat(*format)
	if err != nil {
		return usageError(e, fs, "--format must be one of %s, not %q", strings.Join(desk.FormatIDs(), ", "), *format)
	}
	if *style != "" && !oneOf(*style, briefing.StyleBriefing, briefing.StyleReport) {
		return usageError(e, fs, "--style must be briefing or report, not %q", *style)
	}
	if *paper != "" && !oneOf(*paper, briefing.PaperA4, briefing.PaperLetter) {
		return usageError(e, fs, "--paper must be a4 or letter, not %q", *paper)
	}
	in := files[0]
	f.Prepare()
	b, err := desk.LoadBriefing(in)
	if err != nil {
		return err
	}
	dest := *out
	if dest == "" {
		dest = f.DefaultPath(in)
	}
	opt := desk.ExportOptions{Paper: strings.ToLower(*paper), Style: strings.ToLower(*style), Source: in}
	var rep desk.ExportReport
	if dest == "-" {
		rep, err = f.Write(e.stdout, b, opt)
	} else {
		rep, err = f.WriteFile(dest, b, opt)
	}
	if err != nil {
		return err
	}
	if rep.Replaced != "" {
		fmt.Fprintf(e.stderr, "brief: %s: characters the fonts cannot draw were printed as □: %s\n", line(in), line(rep.Replaced))
	}
	if dest != "-" {
		fmt.Fprintln(e.stdout, line(dest))
	}
	return nil
}
