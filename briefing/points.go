package briefing

import (
	"strings"
	"unicode/utf8"
)

// Korean government and military reports are written in 개조식: no Markdown,
// each point on a line of its own, opened by a mark that tells its level
// (□ → ○ → - → ·, ※ for a note). The handout, the Markdown export and the
// window's preview set such lines by this one rule.

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

// LineIndent is the space a line may start with: the analyst's own
// indentation, or the export's.
const LineIndent = " \t\u00a0\u3000"

// PointLevel reports whether a line opens a point of a Korean report — a
// point mark followed by a space, after any indentation — and its level: 1
// for □ ■, 2 for ○ ● ◎ ㅇ ◇ ◆, 3 for - –, 4 for · • ◦, and 0 for a note
// (※ * ▶ ▷ >), which sits at the level of the point before it.
func PointLevel(line string) (level int, ok bool) {
	line = strings.TrimLeft(line, LineIndent)
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

// PointMark returns the mark a line opens a point with ("□", "-"), or ""
// when it opens none (PointLevel).
func PointMark(line string) string {
	if _, ok := PointLevel(line); !ok {
		return ""
	}
	line = strings.TrimLeft(line, LineIndent)
	_, size := utf8.DecodeRuneInString(line)
	return line[:size]
}

// DashLevel is the level of a dash point ("- "), which a Markdown list of
// dash items under points also takes.
const DashLevel = 3
