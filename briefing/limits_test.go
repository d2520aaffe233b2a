package briefing_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/text"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestLimitsNameTheField(t *testing.T) {
	cases := []struct {
		field  string
		change func(b *briefing.Briefing)
	}{
		{"details.title", func(b *briefing.Briefing) { b.Details.Title = strings.Repeat("가", briefing.MaxTitle+1) }},
		{"details.marking", func(b *briefing.Briefing) { b.Details.Marking = strings.Repeat("x", briefing.MaxShortField+1) }},
		{"details.declassify", func(b *briefing.Briefing) {
			b.Details.Declassify = strings.Repeat("까지 대외비", briefing.MaxShortField)
		}},
		{"summary", func(b *briefing.Briefing) { b.Summary = strings.Repeat("[a](", briefing.MaxMarkdown) }},
		{"topics[1].commentary", func(b *briefing.Briefing) { b.Topics[1].Commentary = strings.Repeat("-", briefing.MaxMarkdown+1) }},
		{"topics[0].title", func(b *briefing.Briefing) { b.Topics[0].Title = strings.Repeat("제목", briefing.MaxTitle) }},
		{"articles[1].title", func(b *briefing.Briefing) { b.Articles[1].Title = strings.Repeat("t", briefing.MaxTitle+1) }},
		{"articles[0].url", func(b *briefing.Briefing) {
			b.Articles[0].URL = "https://x.example/" + strings.Repeat("a", briefing.MaxAddress)
		}},
		{"articles[0].sections[1].paragraphs[0]", func(b *briefing.Briefing) {
			b.Articles[0].Sections[1].Paragraphs[0] = strings.Repeat("문", briefing.MaxParagraph+1)
		}},
		{"topics", func(b *briefing.Briefing) {
			for len(b.Topics) <= briefing.MaxTopics {
				b.AddTopic("주제")
			}
		}},
	}
	for _, tc := range cases {
		b := sampleBriefing(t)
		if err := b.CheckLimits(); err != nil {
			t.Fatalf("the sample is over a limit: %v", err)
		}
		tc.change(b)
		err := b.CheckLimits()
		if !errors.Is(err, briefing.ErrTooLong) || !strings.HasPrefix(err.Error(), tc.field+": ") {
			t.Errorf("%s: %v", tc.field, err)
		}
	}
	// At the limit is within it: characters are counted, not bytes.
	b := sampleBriefing(t)
	b.Details.Title = strings.Repeat("가", briefing.MaxTitle)
	if err := b.CheckLimits(); err != nil {
		t.Errorf("a title of exactly the limit: %v", err)
	}
}

func TestBoundMarkdown(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"ordinary Markdown is left alone", "# 제목\n\n- 하나\n  - 둘\n\n> 인용\n\n[링크](https://x.example)\n", ""},
		{"deep quotes", strings.Repeat(">", 12) + " 깊다\n", strings.Repeat(">", 8) + " 깊다\n"},
		{"spaced quotes", "> > > > > > > > > > 깊다", "> > > > > > > > 깊다"},
		{"deep indentation", strings.Repeat(" ", 40) + "- 항목\n", strings.Repeat(" ", 24) + "- 항목\n"},
		{"tabs count four", strings.Repeat("\t", 8) + "x", strings.Repeat(" ", 24) + "x"},
		{"quotes then indentation", ">" + strings.Repeat(" ", 30) + "- x", ">" + strings.Repeat(" ", 24) + "- x"},
		{"code spans keep few brackets", "`[a]` [b](c)", ""},
	}
	for _, tc := range cases {
		want := tc.want
		if want == "" {
			want = tc.in
		}
		if got := briefing.BoundMarkdown(tc.in); got != want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, want)
		}
	}
	many := strings.Repeat("[a](", 300) + "\n\n[b](x)"
	got := briefing.BoundMarkdown(many)
	if strings.Count(got, `\[`) != 300-256 || !strings.HasSuffix(got, "\n\n[b](x)") {
		t.Errorf("link openers past the 256th of a paragraph are not escaped, or the next paragraph is: %d", strings.Count(got, `\[`))
	}
}

// BenchmarkPathologicalMarkdown parses, at the size limit, the Markdown
// that took goldmark minutes unbounded (the figures are in the README's
// Security section).
func BenchmarkPathologicalMarkdown(b *testing.B) {
	nested := func() string {
		var sb strings.Builder
		for i := 0; sb.Len() < briefing.MaxMarkdown; i++ {
			sb.WriteString(strings.Repeat("  ", i%200) + "- x\n")
		}
		return sb.String()
	}()
	p := goldmark.New().Parser()
	for _, c := range []struct{ name, src string }{
		{"unclosed-links", strings.Repeat("[a](", briefing.MaxMarkdown/4)},
		{"nested-quotes", strings.Repeat(">", briefing.MaxMarkdown)},
		{"nested-lists", nested},
		{"spaced-quotes", strings.Repeat("> ", briefing.MaxMarkdown/2)},
		{"images", strings.Repeat("![a](", briefing.MaxMarkdown/5)},
		{"link-definitions", strings.Repeat("[a]: <", briefing.MaxMarkdown/6)},
	} {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				p.Parse(text.NewReader([]byte(briefing.BoundMarkdown(c.src))))
			}
		})
	}
}
