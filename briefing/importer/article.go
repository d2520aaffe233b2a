// Package importer reads articles from plain text, Markdown and HTML, in
// UTF-8, UTF-16 and the legacy encodings of Korean, Chinese, Japanese and
// Western pages (detected when undeclared), and from office documents (HWP 5,
// HWPX, DOCX), into briefing.Article values.
// It is one of Briefdesk's readers: it builds articles and never touches a
// briefing.
package importer

import (
	"path/filepath"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/briefdesk/briefdesk/briefing"
)

// builder collects an article's sections as a reader finds them.
type builder struct {
	a briefing.Article
}

func (b *builder) heading(text string) {
	text = squash(text)
	if text == "" {
		return
	}
	b.a.Sections = append(b.a.Sections, briefing.Section{Heading: text})
}

func (b *builder) paragraph(text string) {
	text = squash(text)
	if text == "" {
		return
	}
	if len(b.a.Sections) == 0 {
		b.a.Sections = append(b.a.Sections, briefing.Section{})
	}
	s := &b.a.Sections[len(b.a.Sections)-1]
	s.Paragraphs = append(s.Paragraphs, text)
}

// finish drops headings that no paragraph follows into the next section as
// paragraphs (so no text is lost), fills in the title and language, and
// assigns the article's id.
func (b *builder) finish(src Source) (*briefing.Article, error) {
	a := b.a
	var secs []briefing.Section
	var orphan []string
	for _, s := range a.Sections {
		if len(s.Paragraphs) == 0 {
			orphan = append(orphan, s.Heading)
			continue
		}
		if len(orphan) > 0 {
			s.Paragraphs = append(orphan, s.Paragraphs...)
			orphan = nil
		}
		secs = append(secs, s)
	}
	if len(orphan) > 0 {
		if len(secs) == 0 {
			secs = append(secs, briefing.Section{})
		}
		last := &secs[len(secs)-1]
		last.Paragraphs = append(last.Paragraphs, orphan...)
	}
	if len(secs) == 0 {
		return nil, ErrEmpty
	}
	a.Sections = secs
	a.Title = briefing.Neutral(squash(a.Title))
	a.Site, a.Author = briefing.Neutral(a.Site), briefing.Neutral(a.Author)
	named := a.Title != ""
	if !named {
		a.Title = fallbackTitle(src.Name, secs[0].Paragraphs[0])
	}
	if a.Language == "" {
		// A title made from the file's name says nothing of the language
		// ("report_final" over a Korean text).
		sample := a.Text()
		if named {
			sample = a.Title + " " + sample
		}
		a.Language = briefing.DetectLanguage(sample)
	} else {
		a.Language = normaliseLanguage(a.Language)
	}
	if a.URL == "" {
		a.URL = src.URL
	}
	a.Input = src.Name
	if err := a.CheckLimits("article"); err != nil {
		return nil, err
	}
	a.AssignID()
	return &a, nil
}

// fallbackTitle names an article that has no title of its own: after its
// file, or after the start of its first paragraph.
func fallbackTitle(name, first string) string {
	if name != "" && name != "-" && !strings.Contains(name, "://") {
		base := filepath.Base(name)
		base = strings.TrimSuffix(base, filepath.Ext(base))
		base = strings.Map(func(r rune) rune {
			if r == '_' {
				return ' '
			}
			return r
		}, base)
		if t := squash(base); t != "" {
			return t
		}
	}
	r := []rune(first)
	if len(r) > 60 {
		return strings.TrimSpace(string(r[:60])) + "…"
	}
	return first
}

func normaliseLanguage(l string) string {
	l = strings.ToLower(strings.TrimSpace(l))
	if strings.HasPrefix(l, "ko") || strings.HasPrefix(l, "kr") {
		return "ko"
	}
	return "en"
}

// dropInvisible leaves out the zero-width characters pages pad their text
// with (zero-width space, word joiner, BOM): a reader sees nothing there.
func dropInvisible(r rune) rune {
	if r == '\u200b' || r == '\u2060' || r == '\ufeff' {
		return -1
	}
	return r
}

// squash trims s, drops zero-width characters, collapses every run of white
// space into one space, and makes sure the result is NFC-normalised UTF-8
// whatever a parser produced.
func squash(s string) string {
	if strings.ContainsAny(s, "\u200b\u2060\ufeff") {
		s = strings.Map(dropInvisible, s)
	}
	s = strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
	return norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD"))
}
