// Package markdown writes a briefing as a Markdown document, for readers
// without Briefdesk: the same order and numbering as the PDF handout.
package markdown

import (
	"fmt"
	"io"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

var labels = map[string]map[string]string{
	"ko": {"summary": "핵심 요약", "sources": "출처", "date": "일자", "author": "작성", "org": "소속", "none": "발췌한 기사가 없습니다.", "edited": "발췌문 편집됨"},
	"en": {"summary": "Executive summary", "sources": "Sources", "date": "Date", "author": "Author", "org": "Organization", "none": "No excerpts.", "edited": "excerpt edited"},
}

// Write writes b as Markdown to w. Plain-text fields (details, titles,
// names, excerpts) are escaped, so that they show as written and never as
// Markdown or HTML; the analyst's Markdown keeps its formatting, and only
// links to http, https and mailto addresses stay links.
func Write(w io.Writer, b *briefing.Briefing) error {
	var sb strings.Builder
	l := labels["ko"]
	if b.Details.Language == "en" {
		l = labels["en"]
	}
	d := b.Details
	if d.Marking != "" {
		fmt.Fprintf(&sb, "**%s**\n\n", Escape(d.Marking))
	}
	fmt.Fprintf(&sb, "# %s\n\n", Escape(d.Title))
	if d.Subtitle != "" {
		fmt.Fprintf(&sb, "_%s_\n\n", Escape(d.Subtitle))
	}
	for _, f := range [][2]string{{l["date"], d.Date}, {l["author"], d.Author}, {l["org"], d.Organization}} {
		if f[1] != "" {
			fmt.Fprintf(&sb, "- %s: %s\n", f[0], Escape(f[1]))
		}
	}
	fmt.Fprintf(&sb, "\n## %s\n\n", l["summary"])
	writeMarkdown(&sb, b.Summary)
	cites := map[string]int{}
	cited := b.Cited()
	for i, a := range cited {
		cites[a.ID] = i + 1
	}
	for i, t := range b.Topics {
		fmt.Fprintf(&sb, "## %d. %s\n\n", i+1, Escape(t.Title))
		writeMarkdown(&sb, t.Commentary)
		if len(t.Excerpts) == 0 {
			fmt.Fprintf(&sb, "_%s_\n\n", l["none"])
		}
		for _, e := range t.Excerpts {
			writeQuote(&sb, e.Text)
			fmt.Fprintf(&sb, ">\n> — %s [%d]", source(b.Article(e.Article)), cites[e.Article])
			if e.Edited() {
				fmt.Fprintf(&sb, " · %s", l["edited"])
			}
			fmt.Fprint(&sb, "\n\n")
		}
	}
	fmt.Fprintf(&sb, "## %s\n\n", l["sources"])
	for i, a := range cited {
		facts := []string{Escape(a.Title)}
		for _, f := range []string{a.Site, a.Author, a.Published} {
			if f != "" {
				facts = append(facts, Escape(f))
			}
		}
		fmt.Fprintf(&sb, "%d. %s", i+1, strings.Join(facts, ". "))
		switch {
		case briefing.SafeLink(a.URL):
			fmt.Fprintf(&sb, ". <%s>", angleSafe(a.URL))
		case a.URL != "":
			fmt.Fprintf(&sb, ". %s", Escape(a.URL))
		}
		fmt.Fprint(&sb, "\n")
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

// angleSafe percent-encodes the characters that would end an address in
// angle brackets early.
func angleSafe(addr string) string {
	return strings.NewReplacer("<", "%3C", ">", "%3E").Replace(addr)
}

func source(a *briefing.Article) string {
	if a == nil {
		return ""
	}
	parts := []string{}
	if a.Site != "" {
		parts = append(parts, Escape(a.Site))
	}
	parts = append(parts, "“"+Escape(a.Title)+"”")
	if a.Published != "" {
		parts = append(parts, Escape(a.Published))
	}
	return strings.Join(parts, ", ")
}
