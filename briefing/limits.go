package briefing

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Limits on what a briefing holds. They are far above real work (a weekly
// briefing has a few dozen excerpts from a few dozen articles; a title is a
// line) and keep the time and memory of opening, showing and exporting any
// briefing bounded. A file over a limit is refused with the field named;
// nothing is cut short silently. docs/brief-format.md lists them.
const (
	MaxTitle      = 1000   // characters in a title, subtitle, topic title or article title
	MaxShortField = 500    // characters in author, organisation, marking, declassification notice, site, date, language, paper, style, ids
	MaxAddress    = 8192   // bytes in an article's address or input name
	MaxMarkdown   = 50_000 // characters in the summary or a topic's commentary
	MaxParagraph  = 50_000 // characters in a paragraph or excerpt
	MaxTopics     = 100
	MaxExcerpts   = 5_000 // in the whole briefing
	MaxArticles   = 2_000
	MaxSections   = 2_000  // in one article
	MaxParagraphs = 20_000 // in one article
)

// ErrTooLong is wrapped by the errors of fields over their limit.
var ErrTooLong = errors.New("over the limit")

// checkLen returns an error naming field when s has more than max characters.
func checkLen(field, s string, max int) error {
	if !over(s, max) { // bytes ≥ characters: most fields end at the length
		return nil
	}
	return fmt.Errorf("%s: %d characters, %w of %d", field, utf8.RuneCountInString(s), ErrTooLong, max)
}

// over reports whether s has more than max characters.
func over(s string, max int) bool {
	return len(s) > max && utf8.RuneCountInString(s) > max
}

func checkCount(field string, n, max int) error {
	if n > max {
		return fmt.Errorf("%s: %d entries, %w of %d", field, n, ErrTooLong, max)
	}
	return nil
}

// CheckLimits reports the first field of the briefing over its limit.
func (b *Briefing) CheckLimits() error {
	d := b.Details
	checks := []error{
		checkLen("details.title", d.Title, MaxTitle),
		checkLen("details.subtitle", d.Subtitle, MaxTitle),
		checkLen("details.author", d.Author, MaxShortField),
		checkLen("details.organization", d.Organization, MaxShortField),
		checkLen("details.date", d.Date, MaxShortField),
		checkLen("details.marking", d.Marking, MaxShortField),
		checkLen("details.language", d.Language, MaxShortField),
		checkLen("details.paper", d.Paper, MaxShortField),
		checkLen("details.style", d.Style, MaxShortField),
		checkLen("details.declassify", d.Declassify, MaxShortField),
		checkLen("details.emptyTopics", d.EmptyTopics, MaxShortField),
		checkLen("summary", b.Summary, MaxMarkdown),
		checkLen("template", b.Template, MaxShortField),
		checkCount("topics", len(b.Topics), MaxTopics),
		checkCount("articles", len(b.Articles), MaxArticles),
		checkCount("excerpts", b.ExcerptCount(), MaxExcerpts),
	}
	if err := errors.Join(checks...); err != nil {
		return firstOf(err)
	}
	for i, t := range b.Topics {
		where := fmt.Sprintf("topics[%d]", i)
		if err := firstOf(errors.Join(
			checkLen(where+".id", t.ID, MaxShortField),
			checkLen(where+".title", t.Title, MaxTitle),
			checkLen(where+".commentary", t.Commentary, MaxMarkdown),
		)); err != nil {
			return err
		}
		for j, e := range t.Excerpts {
			if !over(e.ID, MaxShortField) && !over(e.Text, MaxParagraph) && !over(e.Original, MaxParagraph) {
				continue // named below only when over: thousands of excerpts
			}
			where := fmt.Sprintf("topics[%d].excerpts[%d]", i, j)
			if err := firstOf(errors.Join(
				checkLen(where+".id", e.ID, MaxShortField),
				checkLen(where+".text", e.Text, MaxParagraph),
				checkLen(where+".original", e.Original, MaxParagraph),
			)); err != nil {
				return err
			}
		}
	}
	for i := range b.Articles {
		if err := b.Articles[i].CheckLimits(fmt.Sprintf("articles[%d]", i)); err != nil {
			return err
		}
	}
	return nil
}

// CheckLimits reports the first field of the article over its limit; where
// names the article in the error.
func (a *Article) CheckLimits(where string) error {
	if err := firstOf(errors.Join(
		checkLen(where+".id", a.ID, MaxShortField),
		checkLen(where+".title", a.Title, MaxTitle),
		checkLen(where+".site", a.Site, MaxShortField),
		checkLen(where+".author", a.Author, MaxShortField),
		checkLen(where+".published", a.Published, MaxShortField),
		checkLen(where+".retrieved", a.Retrieved, MaxShortField),
		checkLen(where+".language", a.Language, MaxShortField),
		checkLen(where+".url", a.URL, MaxAddress),
		checkLen(where+".input", a.Input, MaxAddress),
		checkCount(where+".sections", len(a.Sections), MaxSections),
		checkCount(where+".paragraphs", a.ParagraphCount(), MaxParagraphs),
	)); err != nil {
		return err
	}
	for s, sec := range a.Sections {
		if !over(sec.Heading, MaxTitle) && !slices.ContainsFunc(sec.Paragraphs, func(p string) bool { return over(p, MaxParagraph) }) {
			continue // named below only when over: a briefing holds thousands of paragraphs
		}
		if err := checkLen(fmt.Sprintf("%s.sections[%d].heading", where, s), sec.Heading, MaxTitle); err != nil {
			return err
		}
		for p, text := range sec.Paragraphs {
			if err := checkLen(fmt.Sprintf("%s.sections[%d].paragraphs[%d]", where, s, p), text, MaxParagraph); err != nil {
				return err
			}
		}
	}
	return nil
}

// firstOf returns the first of the errors errors.Join joined, or nil.
func firstOf(err error) error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		if errs := j.Unwrap(); len(errs) > 0 {
			return errs[0]
		}
	}
	return err
}

// Markdown nesting the writers and the window follow; deeper quotes and
// lists are shown at this depth. Parsing Markdown nested thousands deep
// takes minutes, and no briefing needs more than a few levels.
const (
	MaxQuoteDepth  = 8
	MaxIndent      = 24 // columns of indentation: lists about 12 deep
	maxLinkOpeners = 256
)

// BoundMarkdown returns src with its nesting within MaxQuoteDepth quote
// levels and MaxIndent columns of indentation, and with the "[" of a
// paragraph beyond the 256th escaped: parsing unclosed links takes time
// with the square of their number. Markdown within these bounds comes back
// unchanged. The writers and the window's preview parse what it returns.
func BoundMarkdown(src string) string {
	if !needsBounding(src) {
		return src
	}
	var out strings.Builder
	out.Grow(len(src))
	openers := 0
	for line := range strings.Lines(src) {
		body := strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(body) == "" {
			openers = 0 // a blank line ends the paragraph
		}
		body = boundLine(body)
		for _, r := range body {
			if r == '[' {
				openers++
				if openers > maxLinkOpeners {
					out.WriteByte('\\')
				}
			}
			out.WriteRune(r)
		}
		out.WriteString(line[len(strings.TrimRight(line, "\r\n")):])
	}
	return out.String()
}

// needsBounding reports cheaply whether BoundMarkdown would change src.
func needsBounding(src string) bool {
	if strings.Count(src, "[") > maxLinkOpeners {
		return true
	}
	for line := range strings.Lines(src) {
		if (line[0] == ' ' || line[0] == '\t' || line[0] == '>') && boundLine(line) != line {
			return true
		}
	}
	return false
}

// boundLine cuts a line's leading quote markers to MaxQuoteDepth and its
// indentation after them to MaxIndent columns.
func boundLine(line string) string {
	i, quotes := 0, 0
	var kept strings.Builder
	for i < len(line) {
		j := i
		for j < len(line) && j-i < 3 && line[j] == ' ' {
			j++
		}
		if j < len(line) && line[j] == '>' {
			quotes++
			if quotes <= MaxQuoteDepth {
				kept.WriteString(line[i : j+1])
			}
			i = j + 1
			continue
		}
		break
	}
	if quotes == 0 && !strings.HasPrefix(line, " ") && !strings.HasPrefix(line, "\t") {
		return line
	}
	cols, k := 0, i
	for k < len(line) && (line[k] == ' ' || line[k] == '\t') {
		if line[k] == '\t' {
			cols += 4 - cols%4
		} else {
			cols++
		}
		k++
	}
	if cols > MaxIndent {
		kept.WriteString(strings.Repeat(" ", MaxIndent))
	} else {
		kept.WriteString(line[i:k])
	}
	kept.WriteString(line[k:])
	return kept.String()
}
