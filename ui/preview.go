package ui

import (
	"fmt"
	"html"
	"net/url"
	"slices"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/briefdesk/briefdesk/briefing"
)

// showMarkdown shows the analyst's Markdown in a preview. Nothing in it is
// fetched or opened by itself: an image shows as its address in brackets,
// a link to anything but an http, https or mailto address shows as its
// text, and a link that stays shows its address after its text and asks
// before the browser opens it. Lines keep their breaks as the handout
// does (markLines).
func (s *shell) showMarkdown(view *widget.RichText, md string) {
	parsed := widget.NewRichTextFromMarkdown(markLines(briefing.BoundMarkdown(md)))
	view.Segments = s.safeSegments(parsed.Segments)
	view.Refresh()
}

// Fyne's Markdown preview joins every line of a paragraph, drops hard line
// breaks and shows a dash item with a bullet. The handout keeps each point
// of a Korean report (개조식: □, ○, -, ※ ...) on a line of its own,
// indented by level, keeps hard breaks, and shows a dash as a dash. So
// markLines puts marks into the Markdown, where Fyne's parser carries them
// into the text of the segments, and the segments are then shown with them
// (showMarks, dashItems). The marks are Unicode noncharacters, which no
// text holds: the analyst's are taken out first.
const (
	lineMark   = '\uFDD0' // + steps: the text starts a line, indented steps
	indentMark = '\uFDD8' // + steps: the first line of a paragraph, indented
	dashMark   = '\uFDE0' // + steps: a dash item's text, its dash indented
	maxSteps   = 7
	indentStep = "    "
)

func isMark(r rune) bool { return r >= '\uFDD0' && r <= '\uFDEF' }

// previewParser reads Markdown as Fyne's preview does, so that the offsets
// found with it are where Fyne reads the same text.
var previewParser = goldmark.New(goldmark.WithExtensions(extension.Strikethrough, extension.TaskList, extension.Table)).Parser()

// A shownLine is a line of a paragraph as the preview shows it.
type shownLine struct {
	text  *ast.Text // its first text, where its mark goes; nil if none can
	level int       // pointLevel of its text, or prose
	dash  bool      // it starts a dash item
	first bool      // it starts a paragraph
}

// The preview sets the lines of a Korean report (개조식) by the rule the
// handout and the Markdown export share: briefing.PointLevel and
// briefing.Indents.
const prose = briefing.Prose

func pointLevel(line string) (int, bool) { return briefing.PointLevel(line) }

func indents(levels []int) []int { return briefing.Indents(levels) }

type insertion struct {
	at   int
	mark rune
}

// markLines returns md with marks where a line of the preview starts
// (after a hard break, or a soft one before a point), where a paragraph's
// first line is indented, and where a dash item's text starts.
func markLines(md string) string {
	src := []byte(strings.Map(func(r rune) rune {
		if isMark(r) {
			return -1
		}
		return r
	}, md))
	m := marker{src: src}
	m.blocks(previewParser.Parse(text.NewReader(src)))
	slices.SortStableFunc(m.marks, func(a, b insertion) int { return a.at - b.at })
	var sb strings.Builder
	sb.Grow(len(src) + 3*len(m.marks))
	last := 0
	for _, in := range m.marks {
		sb.Write(src[last:in.at])
		sb.WriteRune(in.mark)
		last = in.at
	}
	sb.Write(src[last:])
	return sb.String()
}

type marker struct {
	src   []byte
	marks []insertion
	lines []shownLine // of the run of blocks being read
	start bool        // the current line's first text is still to come
}

// blocks finds the runs of lines under n.
func (m *marker) blocks(n ast.Node) { m.from(n.FirstChild()) }

// from finds the runs of lines in b and the blocks after it: a paragraph
// and the dash lists right under it, with no blank line between, are
// indented as one, as in the handout and the Markdown export.
func (m *marker) from(b ast.Node) {
	for ; b != nil; b = b.NextSibling() {
		if !inRun(b) {
			switch b.(type) {
			case *ast.Blockquote, *ast.List, *ast.ListItem:
				m.blocks(b)
			}
			continue
		}
		m.lines = nil
		m.run(b, 0)
		for next := b.NextSibling(); next != nil && !next.HasBlankPreviousLines() && inRun(next); next = b.NextSibling() {
			m.run(next, 0)
			b = next
		}
		m.place()
	}
}

func inRun(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		return true
	case *ast.List:
		return n.Marker == '-'
	}
	return false
}

// run reads the lines of a paragraph or of a dash list (depth deep in dash
// lists). A dash item's text and the dash lists under it are lines of the
// run; whatever else the item holds, and all after it, is read apart.
func (m *marker) run(n ast.Node, depth int) {
	list, ok := n.(*ast.List)
	if !ok {
		m.lines = append(m.lines, shownLine{level: prose, first: true})
		m.start = true
		m.inlines(n)
		return
	}
	dash := briefing.DashLevel
	for item := list.FirstChild(); item != nil; item = item.NextSibling() {
		c := item.FirstChild()
		if _, ok := c.(*ast.Paragraph); ok || isTextBlock(c) {
			m.lines = append(m.lines, shownLine{level: dash + depth, dash: true})
			m.start = true
			m.inlines(c)
			c = c.NextSibling()
		}
		for ; c != nil; c = c.NextSibling() {
			if sub, ok := c.(*ast.List); !ok || sub.Marker != '-' {
				apart := marker{src: m.src}
				apart.from(c)
				m.marks = append(m.marks, apart.marks...)
				break
			}
			m.run(c, depth+1)
		}
	}
}

func isTextBlock(n ast.Node) bool {
	_, ok := n.(*ast.TextBlock)
	return ok
}

// inlines reads the lines of a paragraph.
func (m *marker) inlines(n ast.Node) {
	m.walk(n, true)
}

// walk reads inline nodes: direct tells whether they are the paragraph's
// own, whose text may open a point, or inside emphasis.
func (m *marker) walk(n ast.Node, direct bool) {
	for x := n.FirstChild(); x != nil; x = x.NextSibling() {
		switch x := x.(type) {
		case *ast.Text:
			m.text(x, direct)
			if x.HardLineBreak() || x.SoftLineBreak() && m.startsPoint(x.NextSibling()) {
				m.lines = append(m.lines, shownLine{level: prose})
				m.start = true
			}
		case *ast.Emphasis, *extast.Strikethrough:
			m.walk(x, false)
		default: // a link, code, an image: no mark can go into them
			m.start = false
		}
	}
}

func (m *marker) text(t *ast.Text, direct bool) {
	if !m.start || t.Segment.Len() == 0 {
		return
	}
	m.start = false
	l := &m.lines[len(m.lines)-1]
	l.text = t
	if level, ok := pointLevel(m.shown(t)); ok && direct && !l.dash {
		l.level = level
	}
}

// shown is the text of t as Fyne shows it.
func (m *marker) shown(t *ast.Text) string {
	return html.UnescapeString(string(t.Segment.Value(m.src)))
}

func (m *marker) startsPoint(n ast.Node) bool {
	t, ok := n.(*ast.Text)
	if !ok {
		return false
	}
	_, point := pointLevel(m.shown(t))
	return point
}

// place marks the lines of a run, indented as indents says.
func (m *marker) place() {
	levels := make([]int, len(m.lines))
	for i, l := range m.lines {
		levels[i] = l.level
	}
	for i, steps := range indents(levels) {
		l := m.lines[i]
		steps = min(steps, maxSteps)
		var mark rune
		switch {
		case l.text == nil:
			continue
		case l.dash:
			mark = dashMark + rune(steps)
		case l.first && steps == 0:
			continue
		case l.first:
			mark = indentMark + rune(steps)
		default:
			mark = lineMark + rune(steps)
		}
		m.marks = append(m.marks, insertion{l.text.Segment.Start, mark})
	}
}

// showMarks returns a text segment with its marks shown: a line ended
// (by a segment that ends the row, as Fyne ends a paragraph: a new line in
// the text would be drawn after the end of the row before it), and
// indentation.
func showMarks(t *widget.TextSegment) []widget.RichTextSegment {
	if !strings.ContainsFunc(t.Text, isMark) {
		return []widget.RichTextSegment{t}
	}
	var out []widget.RichTextSegment
	var sb strings.Builder
	flush := func() {
		if sb.Len() > 0 {
			part := *t
			part.Text = sb.String()
			out = append(out, &part)
			sb.Reset()
		}
	}
	for _, r := range t.Text {
		switch {
		case r >= lineMark && r <= lineMark+maxSteps:
			flush()
			out = append(out, &widget.TextSegment{Style: widget.RichTextStyleParagraph})
			sb.WriteString(strings.Repeat(indentStep, int(r-lineMark)))
		case r >= indentMark && r <= indentMark+maxSteps:
			sb.WriteString(strings.Repeat(indentStep, int(r-indentMark)))
		case isMark(r):
		default:
			sb.WriteRune(r)
		}
	}
	flush()
	return out
}

func (s *shell) safeSegments(segs []widget.RichTextSegment) []widget.RichTextSegment {
	out := make([]widget.RichTextSegment, 0, len(segs))
	for _, seg := range segs {
		switch x := seg.(type) {
		case *widget.TextSegment:
			out = append(out, showMarks(x)...)
		case *widget.ImageSegment:
			out = append(out, &widget.TextSegment{Style: widget.RichTextStyleInline,
				Text: fmt.Sprintf("[%s: %s]", lang.L("image, not loaded"), briefing.Neutral(x.Source.String()))})
		case *widget.HyperlinkSegment:
			out = append(out, s.safeLink(x)...)
		case *widget.ParagraphSegment:
			x.Texts = s.safeSegments(x.Texts)
			out = append(out, x)
		case *widget.ListSegment:
			if items, ok := s.dashItems(x); ok {
				out = append(out, items...)
				continue
			}
			x.Items = s.safeSegments(x.Items)
			out = append(out, x)
		default:
			out = append(out, seg)
		}
	}
	return out
}

// dashItems returns the items of a list of dash items as Fyne draws a
// list's items, each with its dash, indented as marked, instead of a
// bullet.
func (s *shell) dashItems(l *widget.ListSegment) ([]widget.RichTextSegment, bool) {
	if l.Ordered || !slices.ContainsFunc(l.Items, func(item widget.RichTextSegment) bool { return dashSteps(item) >= 0 }) {
		return nil, false
	}
	var out []widget.RichTextSegment
	for _, item := range l.Items {
		if _, sub := item.(*widget.ListSegment); sub {
			out = append(out, &widget.ParagraphSegment{Texts: s.safeSegments([]widget.RichTextSegment{item})})
			continue
		}
		dash := &widget.TextSegment{Style: widget.RichTextStyleInline, Text: strings.Repeat(indentStep, max(0, dashSteps(item))) + "- "}
		if t := firstText(item); t != nil {
			dash.Style.QuotingDepth = t.Style.QuotingDepth
		}
		out = append(out, &widget.ParagraphSegment{Texts: append([]widget.RichTextSegment{dash}, s.safeSegments([]widget.RichTextSegment{item})...)})
	}
	return out, true
}

// dashSteps returns the indentation marked at the start of a dash item, or
// -1 if the item has no such mark.
func dashSteps(item widget.RichTextSegment) int {
	t := firstText(item)
	if t == nil {
		return -1
	}
	r := []rune(t.Text)
	if len(r) == 0 || r[0] < dashMark || r[0] > dashMark+maxSteps {
		return -1
	}
	return int(r[0] - dashMark)
}

// firstText returns the first text segment in seg, if it comes before any
// other kind.
func firstText(seg widget.RichTextSegment) *widget.TextSegment {
	switch x := seg.(type) {
	case *widget.TextSegment:
		return x
	case *widget.ParagraphSegment:
		if len(x.Texts) > 0 {
			return firstText(x.Texts[0])
		}
	}
	return nil
}

// safeLink keeps a link a reader may follow, with its address shown after
// it, and turns any other into its text.
func (s *shell) safeLink(h *widget.HyperlinkSegment) []widget.RichTextSegment {
	text := &widget.TextSegment{Style: widget.RichTextStyleInline, Text: briefing.Neutral(h.Text)}
	if h.URL == nil || !briefing.SafeLink(h.URL.String()) {
		return []widget.RichTextSegment{text}
	}
	u := h.URL
	h.Text = briefing.Neutral(h.Text)
	h.OnTapped = func() { s.confirmOpen(u) }
	target := &widget.TextSegment{Style: widget.RichTextStyleInline, Text: " ⟨" + preview(u.String(), 80) + "⟩"}
	return []widget.RichTextSegment{h, target}
}

// confirmOpen shows an address in full and opens it in the browser only
// if the user agrees.
func (s *shell) confirmOpen(u *url.URL) {
	s.show(dialog.NewConfirm(lang.L("Open link?"),
		tr("Open this address in your browser?\n\n%s", u.String()),
		func(ok bool) {
			if !ok {
				return
			}
			if err := s.open(u); err != nil {
				s.showError(err)
			}
		}, s.win))
}
