// Package markdown writes a briefing as a Markdown document, for readers
// without Briefdesk: the same order and numbering as the PDF handout.
package markdown

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

var labels = map[string]map[string]string{
	"ko": {"summary": "핵심 요약", "sources": "출처", "date": "일자", "author": "작성", "org": "소속", "none": "발췌한 기사가 없습니다.", "edited": "발췌문 편집됨"},
	"en": {"summary": "Executive summary", "sources": "Sources", "date": "Date", "author": "Author", "org": "Organization", "none": "No excerpts.", "edited": "excerpt edited"},
}

// Write writes b as Markdown to w.
func Write(w io.Writer, b *briefing.Briefing) error {
	bw := bufio.NewWriter(w)
	l := labels["ko"]
	if b.Details.Language == "en" {
		l = labels["en"]
	}
	d := b.Details
	if d.Marking != "" {
		fmt.Fprintf(bw, "**%s**\n\n", d.Marking)
	}
	fmt.Fprintf(bw, "# %s\n\n", oneLine(d.Title))
	if d.Subtitle != "" {
		fmt.Fprintf(bw, "_%s_\n\n", oneLine(d.Subtitle))
	}
	for _, f := range [][2]string{{l["date"], d.Date}, {l["author"], d.Author}, {l["org"], d.Organization}} {
		if f[1] != "" {
			fmt.Fprintf(bw, "- %s: %s\n", f[0], f[1])
		}
	}
	fmt.Fprintf(bw, "\n## %s\n\n", l["summary"])
	writeBlock(bw, b.Summary)
	cites := map[string]int{}
	cited := b.Cited()
	for i, a := range cited {
		cites[a.ID] = i + 1
	}
	for i, t := range b.Topics {
		fmt.Fprintf(bw, "## %d. %s\n\n", i+1, oneLine(t.Title))
		writeBlock(bw, t.Commentary)
		if len(t.Excerpts) == 0 {
			fmt.Fprintf(bw, "_%s_\n\n", l["none"])
		}
		for _, e := range t.Excerpts {
			fmt.Fprintf(bw, "> %s\n>\n> — %s [%d]", oneLine(e.Text), source(b.Article(e.Article)), cites[e.Article])
			if e.Edited() {
				fmt.Fprintf(bw, " · %s", l["edited"])
			}
			fmt.Fprint(bw, "\n\n")
		}
	}
	fmt.Fprintf(bw, "## %s\n\n", l["sources"])
	for i, a := range cited {
		facts := []string{a.Title}
		for _, f := range []string{a.Site, a.Author, a.Published} {
			if f != "" {
				facts = append(facts, f)
			}
		}
		fmt.Fprintf(bw, "%d. %s", i+1, strings.Join(facts, ". "))
		if a.URL != "" {
			fmt.Fprintf(bw, ". <%s>", a.URL)
		}
		fmt.Fprint(bw, "\n")
	}
	return bw.Flush()
}

func writeBlock(w io.Writer, md string) {
	if md = strings.TrimSpace(md); md != "" {
		fmt.Fprintf(w, "%s\n\n", md)
	}
}

func source(a *briefing.Article) string {
	if a == nil {
		return ""
	}
	parts := []string{}
	if a.Site != "" {
		parts = append(parts, a.Site)
	}
	parts = append(parts, "“"+a.Title+"”")
	if a.Published != "" {
		parts = append(parts, a.Published)
	}
	return strings.Join(parts, ", ")
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
