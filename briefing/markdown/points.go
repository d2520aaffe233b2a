package markdown

import (
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/yuin/goldmark/ast"
)

// Korean government and military reports are written in 개조식: no Markdown,
// each point on a line of its own, opened by a mark that tells its level
// (□ → ○ → - → ·, ※ for a note). A reader of the export must see those
// lines as written, each on its own line, indented by level.

// indentStep indents a point by one level: no-break spaces, which a
// Markdown reader neither drops nor reads as the indentation of code.
const indentStep = "\u00a0\u00a0\u00a0\u00a0"

// pointLines returns the lines of a paragraph, or of a list of dash items
// written as points.
func (c *copier) pointLines(n ast.Node) ([]textLine, bool) {
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		return inlineLines(n, c.src), true
	case *ast.List:
		return c.dashLines(n, 0)
	}
	return nil, false
}

// dashLines returns the lines of a list of "-" items as points of level 3
// (deeper when nested), each "\-" so that a reader shows the dash as
// written rather than a bullet. A list whose items hold more than a
// paragraph and dash lists stays a Markdown list.
func (c *copier) dashLines(l *ast.List, depth int) ([]textLine, bool) {
	if l.IsOrdered() || l.Marker != '-' {
		return nil, false
	}
	var lines []textLine
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		first := item.FirstChild()
		switch first.(type) {
		case *ast.Paragraph, *ast.TextBlock:
		default:
			return nil, false
		}
		il := inlineLines(first, c.src)
		il[0] = textLine{text: "\\- " + il[0].text, level: briefing.DashLevel + depth, hard: true,
			para: !l.IsTight && item != l.FirstChild()}
		lines = append(lines, il...)
		for sub := first.NextSibling(); sub != nil; sub = sub.NextSibling() {
			list, ok := sub.(*ast.List)
			if !ok {
				return nil, false
			}
			more, ok := c.dashLines(list, depth+1)
			if !ok {
				return nil, false
			}
			more[0].hard = true
			lines = append(lines, more...)
		}
	}
	return lines, true
}

// writeLines writes the lines of a block: a line of its own after a hard
// break, indented by its level (Indents); a paragraph break where the
// analyst left a blank line between dash items; a soft break elsewhere,
// for a reader to join the lines as the handout does.
func writeLines(lines []textLine) string {
	var kept []textLine
	var levels []int
	var carry textLine // the breaks before lines left out for being empty
	for _, l := range lines {
		l.hard, l.para = l.hard || carry.hard, l.para || carry.para
		if l.text == "" {
			carry = l
			continue
		}
		carry = textLine{}
		if len(kept) == 0 || l.hard || l.para {
			levels = append(levels, l.level)
		}
		kept = append(kept, l)
	}
	indents := briefing.Indents(levels)
	var sb strings.Builder
	for i, l := range kept {
		switch {
		case i == 0:
		case l.para:
			sb.WriteString("\n\n")
		case l.hard:
			sb.WriteString("  \n")
		default:
			sb.WriteString("\n" + l.text)
			continue
		}
		sb.WriteString(strings.Repeat(indentStep, indents[0]) + l.text)
		indents = indents[1:]
	}
	return sb.String()
}
