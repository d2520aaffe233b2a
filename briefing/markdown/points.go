package markdown

import (
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// Korean government and military reports are written in 개조식: no Markdown,
// each point on a line of its own, opened by a mark that tells its level
// (□ → ○ → - → ·, ※ for a note). A reader of the export must see those
// lines as written, each on its own line, indented by level.

// pointLevels gives the level of each point mark, as the handout sets
// them: □ for the main points, ○ under them, - under those, · under those;
// a note (0: ※, *, ▶, ▷, >) sits at the level of the point before it.
var pointLevels = map[rune]int{
	'□': 1, '■': 1,
	'○': 2, '●': 2, '◎': 2, 'ㅇ': 2, '◇': 2, '◆': 2,
	'-': 3, '–': 3,
	'·': 4, '•': 4, '◦': 4,
	'※': 0, '*': 0, '▶': 0, '▷': 0, '>': 0,
}

// lineIndent is the space a line may start with: the analyst's own
// indentation, or the export's.
const lineIndent = " \t\u00a0\u3000"

// PointLevel reports whether a line opens a point of a Korean report — a
// point mark followed by a space, after any indentation — and its level: 1
// for □ ■, 2 for ○ ● ◎ ㅇ ◇ ◆, 3 for - –, 4 for · • ◦, and 0 for a note
// (※ * ▶ ▷ >), which sits at the level of the point before it.
func PointLevel(line string) (level int, ok bool) {
	line = strings.TrimLeft(line, lineIndent)
	r, size := utf8.DecodeRuneInString(line)
	level, ok = pointLevels[r]
	if !ok || !strings.HasPrefix(line[size:], " ") {
		return 0, false
	}
	return level, true
}

// Prose stands, among the levels given to Indents, for a line that opens
// no point.
const Prose = -1

// Indents returns how many steps to indent each line of a paragraph, given
// the level of the point each opens (PointLevel), or Prose: a point by its
// level below the paragraph's highest, so that a paragraph that starts at
// ○ is not pushed in; a note as the point before it; prose after a point
// one step further in than that point, under its text; prose before any
// point not at all.
func Indents(levels []int) []int {
	resolved := make([]int, len(levels))
	top, last := 0, 0
	for i, l := range levels {
		if l == 0 {
			l = last
		}
		if l > 0 {
			last = l
			if top == 0 || l < top {
				top = l
			}
		}
		resolved[i] = l
	}
	out := make([]int, len(levels))
	under := 0
	for i, l := range resolved {
		switch {
		case levels[i] == Prose:
			out[i] = under
		case l > 0:
			out[i] = l - top
			under = out[i] + 1
		default: // a note before any point
			under = 1
		}
	}
	return out
}

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
		il[0] = textLine{text: "\\- " + il[0].text, level: pointLevels['-'] + depth, hard: true,
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
	indents := Indents(levels)
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
