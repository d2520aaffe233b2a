package pdf

import (
	"strconv"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/richtext"
)

// block is a paragraph-level element of the analyst's Markdown.
type block struct {
	kind   blockKind
	level  int    // heading level, list depth, or 개조식 level
	marker string // list bullet or number, or the point mark as written
	digits int    // of an ordered list's widest number, which sets the indent
	last   bool   // the last item of a list: space follows
	runs   []run
	table  *table
}

// blockKind is what a block is (richtext.Kind).
type blockKind = richtext.Kind

const (
	paraBlock    = richtext.Para
	headingBlock = richtext.Heading
	itemBlock    = richtext.Item
	pointBlock   = richtext.Point // a line of a Korean report (개조식), opened by its mark
	quoteBlock   = richtext.Quote
	codeBlock    = richtext.Code
	ruleBlock    = richtext.Rule
	tableBlock   = richtext.Table
	noteBlock    = richtext.Note // a footnote: marker is its number
)

// parseMarkdown turns Markdown into blocks whose runs start from base;
// scope names the text in the document (its footnotes link within it).
func parseMarkdown(src string, base style, scope string) []block {
	var out []block
	for _, rb := range richtext.Parse(src) {
		b := block{kind: rb.Kind, level: rb.Level, marker: rb.Marker, digits: rb.Digits, last: rb.Last,
			runs: styled(rb.Runs, base, scope)}
		if t := rb.Table; t != nil {
			tb := &table{align: t.Align, header: styledRow(t.Header, base, scope)}
			for _, r := range t.Rows {
				tb.rows = append(tb.rows, styledRow(r, base, scope))
			}
			b.table = tb
		}
		out = append(out, b)
	}
	return out
}

func styledRow(cells [][]richtext.Run, base style, scope string) [][]run {
	row := make([][]run, len(cells))
	for i, c := range cells {
		row[i] = styled(c, base, scope)
	}
	return row
}

// styled gives runs their look: strong text is bold, emphasis is italic
// (and underlined where the script has no italics), links are underlined
// and clickable, footnote references are small raised numbers linked to
// their note.
func styled(runs []richtext.Run, base style, scope string) []run {
	out := make([]run, len(runs))
	for i, r := range runs {
		st := base
		st.bold = st.bold || r.Bold
		st.italic = st.italic || r.Italic
		if r.Link != "" {
			st = linkStyle(st, r.Link)
		}
		if r.Note > 0 {
			st.size = base.size * 0.7
			st.rise = base.size * 0.35
			st.anchor = scope + "-" + noteAnchor(r.Note)
		}
		out[i] = run{r.Text, st}
	}
	return out
}

// linkStyle makes st a link to addr when addr is one a reader may follow
// (briefing.SafeLink); any other address stays plain text.
func linkStyle(st style, addr string) style {
	if briefing.SafeLink(addr) {
		st.link = addr
		st.color = linkColor
	}
	return st
}

// noteAnchor is the anchor of footnote i of the text being drawn; drawBlocks
// makes it unique in the document.
func noteAnchor(i int) string { return "note-" + strconv.Itoa(i) }
