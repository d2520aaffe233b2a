package hwpx

// The named paragraph styles of the document, which an editor in Hancom
// Office sees and applies (서식 › 스타일): each has a paragraph and a
// character shape. A paragraph of the handout names its style and, where
// it differs (inside the summary box, say), a shape of its own.

// Style ids.
const (
	stNormal   = iota // 바탕글
	stBody            // 본문
	stOutline1        // topic and section headings
	stOutline2        // the commentary's headings
	stOutline3
	stHeader // 머리말
	stFooter // 꼬리말
	stTitle
	stSubtitle
	stPoint1 // 개조식 □
	stPoint2 // ○
	stPoint3 // -
	stPoint4 // ·
	stPointNote
	stExcerpt
	stSourceLine
	stSources
	stQuote
	stList
	stNote
	stTable
	stSummary
	stMarking
	stCount
)

type styleDef struct {
	name, eng string
	para      paraStyle
	char      charStyle
	paraID    int
	charID    int
}

// pointStep is the indent of each level of the analyst's points.
const pointStep = 1100

// defineStyles sets the document's named styles for the handout's style
// and language, and registers their shapes first, so that their ids are
// the lowest.
func (d *doc) defineStyles() {
	body := charStyle{font: sans, size: bodySize, color: black}
	if d.report {
		body = charStyle{font: serif, size: reportSize, color: black}
	}
	base := paraStyle{align: d.align(), after: 600}
	h1 := paraStyle{align: "LEFT", before: 2600, after: 1400, head: "OUTLINE", headID: 0, headLevel: 0,
		keepNext: true, keepLines: true, border: bfHeadingRule, borderPad: 300, line: 130}
	h1c := charStyle{font: sans, size: 1600, bold: true, color: accent}
	if d.report {
		h1 = paraStyle{align: "LEFT", before: 1600, after: 600, head: "OUTLINE", headLevel: 0, keepNext: true, keepLines: true, line: 130}
		h1c = charStyle{font: sans, size: 1350, bold: true, color: black}
	}
	heading := func(level, size int) (paraStyle, charStyle) {
		return paraStyle{align: "LEFT", before: 900, after: 300, head: "OUTLINE", headLevel: level, keepNext: true, keepLines: true, line: 130},
			charStyle{font: sans, size: size, bold: true, color: black}
	}
	h2, h2c := heading(1, 1300)
	h3, h3c := heading(2, 1200)
	point := func(level int, mark string) paraStyle {
		p := paraStyle{align: d.align(), left: (level - 1) * pointStep, after: 250,
			head: "BULLET", headID: d.sh.bullet(mark)}
		if level == 1 {
			p.before = 500
		}
		return p
	}
	small := charStyle{font: sans, size: sourceSize, color: gray}
	d.styles = []styleDef{
		stNormal:     {"바탕글", "Normal", paraStyle{align: d.align()}, body, 0, 0},
		stBody:       {"본문", "Body", base, body, 0, 0},
		stOutline1:   {"개요 1", "Outline 1", h1, h1c, 0, 0},
		stOutline2:   {"개요 2", "Outline 2", h2, h2c, 0, 0},
		stOutline3:   {"개요 3", "Outline 3", h3, h3c, 0, 0},
		stHeader:     {"머리말", "Header", paraStyle{align: "CENTER", line: 130}, charStyle{font: sans, size: sourceSize, color: gray}, 0, 0},
		stFooter:     {"꼬리말", "Footer", paraStyle{align: "CENTER", line: 130}, charStyle{font: sans, size: sourceSize, color: gray}, 0, 0},
		stTitle:      {"제목", "Title", paraStyle{align: "LEFT", after: 600, line: 125, keepNext: true}, charStyle{font: sans, size: 2400, bold: true, color: accent}, 0, 0},
		stSubtitle:   {"부제목", "Subtitle", paraStyle{align: "LEFT", after: 2800, line: 135}, charStyle{font: sans, size: 1400, color: gray}, 0, 0},
		stPoint1:     {"개조식 1", "Point 1", point(1, "□"), body, 0, 0},
		stPoint2:     {"개조식 2", "Point 2", point(2, "○"), body, 0, 0},
		stPoint3:     {"개조식 3", "Point 3", point(3, "-"), body, 0, 0},
		stPoint4:     {"개조식 4", "Point 4", point(4, "·"), body, 0, 0},
		stPointNote:  {"개조식 주", "Point note", point(2, "※"), body, 0, 0},
		stExcerpt:    {"발췌", "Excerpt", d.excerptPara(false), charStyle{font: serif, size: excerptSize, color: black}, 0, 0},
		stSourceLine: {"출처 표시", "Source line", paraStyle{align: "LEFT", left: excerptInset, right: excerptInset, before: 300, after: 1200, line: 150}, small, 0, 0},
		stSources:    {"출처 목록", "Sources", paraStyle{align: "LEFT", left: sourceHang, indent: -sourceHang, before: 500, line: 150, keepNext: true}, charStyle{font: sans, size: bodySize, bold: true, color: black}, 0, 0},
		stQuote:      {"인용", "Quote", paraStyle{align: d.align(), left: 1600, right: 1600, after: 600, border: bfQuoteBar, borderPad: 600}, charStyle{font: sans, size: bodySize, color: quoteText}, 0, 0},
		stList:       {"목록", "List", paraStyle{align: d.align(), left: listStep, after: 200, head: "BULLET", headID: d.sh.bullet("•")}, body, 0, 0},
		stNote:       {"각주", "Footnote", paraStyle{align: "LEFT", left: 1300, indent: -1300, after: 150}, charStyle{font: sans, size: smallSize, color: gray}, 0, 0},
		stTable:      {"표", "Table", paraStyle{align: "LEFT", line: 140}, charStyle{font: sans, size: smallSize + 50, color: black}, 0, 0},
		stSummary:    {"요약", "Summary", d.boxPara(paraStyle{align: d.align(), left: boxInset, right: boxInset, after: 400}), body, 0, 0},
		stMarking:    {"표시", "Marking", paraStyle{align: "CENTER", line: 130}, charStyle{font: sans, size: smallSize, bold: true, color: markRed}, 0, 0},
	}
	for i := range d.styles {
		s := &d.styles[i]
		s.paraID, s.charID = d.sh.para(s.para), d.sh.char(s.char)
	}
}

// Indents, in HWPUNIT.
const (
	excerptInset = 1400 // the excerpt's text from the column's edges
	excerptPad   = 600  // its band around the text
	boxInset     = 1000 // the summary box's text from its frame
	sourceHang   = 3000 // the source list's text after its number
	listStep     = 1400 // a list level
)

// align is how body text is set: justified in a Korean handout, as
// official reports are; ragged in an English one.
func (d *doc) align() string {
	if d.en {
		return "LEFT"
	}
	return "JUSTIFY"
}

// excerptPara is the shape of an excerpt's paragraphs: a shaded band with
// a rule on its left, joined across the paragraphs of one excerpt (connect).
func (d *doc) excerptPara(more bool) paraStyle {
	p := paraStyle{align: d.align(), left: excerptInset, right: excerptInset, border: bfExcerpt,
		borderPad: excerptPad, connect: true, keepLines: false}
	if more {
		p.before = 600
	}
	return p
}

// boxPara puts a paragraph in the summary box: the box's frame is drawn at
// the column's edges whatever the paragraph's indent (ignoreMargin), and
// joins the paragraphs of the box.
func (d *doc) boxPara(p paraStyle) paraStyle {
	p.border, p.borderPad, p.connect, p.ignoreMargin = bfBox, 0, true, true
	return p
}

// styled returns a paragraph in style st with its own shape.
func (d *doc) styled(st int, ps paraStyle, runs ...*run) *para {
	return &para{ParaPr: d.sh.para(ps), Style: st, Runs: runs}
}

// inStyle returns a paragraph in style st and its shape.
func (d *doc) inStyle(st int, runs ...*run) *para {
	return &para{ParaPr: d.styles[st].paraID, Style: st, Runs: runs}
}

// add appends paragraphs to the section.
func (d *doc) add(ps ...*para) {
	d.paras = append(d.paras, ps...)
}
