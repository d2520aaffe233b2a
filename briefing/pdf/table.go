package pdf

import "github.com/briefdesk/briefdesk/briefing/richtext"

// table is a GitHub table of the analyst's Markdown.
type table struct {
	align  []richtext.Align
	header [][]run
	rows   [][][]run
}

// Table geometry, in points.
const (
	cellPadX  = 5
	cellPadY  = 3
	tableSize = 9.5
	tableLead = 1.4
)

var (
	tableRule   = [3]int{170, 178, 190}
	tableHeadBg = [3]int{232, 236, 242}
)

// columns returns the width of each column: what its longest cell needs
// when the table fits the width, otherwise its longest word plus a share
// of what is left in proportion to what it would need.
func (d *doc) columns(t *table, width float64) []float64 {
	n := len(t.align)
	natural := make([]float64, n)
	least := make([]float64, n)
	measureRow := func(row [][]run, bold bool) {
		for i, cell := range row {
			if i >= n {
				break
			}
			full, word := 0.0, 0.0
			for _, p := range d.words(cellRuns(cell, bold)) {
				w := p.width
				if p.space {
					full += d.gap(&p)
				}
				full += w
				word = max(word, w) // pieces of one word measured apart: close enough
			}
			natural[i] = max(natural[i], full+2*cellPadX)
			least[i] = max(least[i], min(word, width/float64(n))+2*cellPadX)
		}
	}
	measureRow(t.header, true)
	for _, r := range t.rows {
		measureRow(r, false)
	}
	total, totalLeast := 0.0, 0.0
	for i := range n {
		natural[i] = max(natural[i], 2*cellPadX+tableSize)
		least[i] = min(max(least[i], 2*cellPadX+tableSize), natural[i])
		total += natural[i]
		totalLeast += least[i]
	}
	cols := make([]float64, n)
	switch {
	case total <= width:
		// Spread what is left evenly, so that the table spans the column.
		for i := range n {
			cols[i] = natural[i] + (width-total)/float64(n)
		}
	case totalLeast >= width:
		for i := range n {
			cols[i] = width * least[i] / totalLeast
		}
	default:
		for i := range n {
			cols[i] = least[i] + (width-totalLeast)*(natural[i]-least[i])/(total-totalLeast)
		}
	}
	return cols
}

// cellRuns returns a cell's runs at the table's size.
func cellRuns(cell []run, bold bool) []run {
	out := make([]run, len(cell))
	for i, r := range cell {
		r.st.size = tableSize
		r.st.bold = r.st.bold || bold
		out[i] = r
	}
	return out
}

// drawTable draws a table with a shaded header row, thin rules and cells
// that wrap; a table that goes on to the next page repeats its header.
func (d *doc) drawTable(t *table) {
	width := d.right - d.left
	cols := d.columns(t, width)
	lh := tableSize * tableLead
	layout := func(row [][]run, bold bool) ([][]lineOf, int) {
		cells := make([][]lineOf, len(cols))
		most := 1
		for i := range cols {
			var cell []run
			if i < len(row) {
				cell = row[i]
			}
			cells[i] = d.lines(cellRuns(cell, bold), box{width: cols[i] - 2*cellPadX})
			most = max(most, len(cells[i]))
		}
		return cells, most
	}
	height := func(lines int) float64 { return float64(lines)*lh + 2*cellPadY }
	header, headLines := layout(t.header, true)
	headH := height(headLines)
	// drawRow draws lines [from, to) of each cell of a row.
	drawRow := func(cells [][]lineOf, from, to int, head bool) {
		h := height(to - from)
		x := d.left
		if head {
			d.pdf.SetFillColor(tableHeadBg[0], tableHeadBg[1], tableHeadBg[2])
			d.pdf.Rect(d.left, d.y, width, h, "F")
		}
		d.pdf.SetDrawColor(tableRule[0], tableRule[1], tableRule[2])
		d.pdf.SetLineWidth(0.5)
		d.pdf.Rect(d.left, d.y, width, h, "D")
		for i, lines := range cells {
			if i > 0 {
				d.pdf.Line(x, d.y, x, d.y+h)
			}
			y := d.y + cellPadY
			for _, l := range lines[min(from, len(lines)):min(to, len(lines))] {
				lx := x + cellPadX
				switch d.alignOf(t, i) {
				case richtext.AlignRight:
					lx = x + cols[i] - cellPadX - l.width
				case richtext.AlignCenter:
					lx = x + (cols[i]-l.width)/2
				}
				d.drawLine(l, lx, y+lh/2+tableSize*0.35, cols[i]-2*cellPadX)
				y += lh
			}
			x += cols[i]
		}
		d.y += h
	}
	first := 1
	if len(t.rows) > 0 {
		_, n := layout(t.rows[0], false)
		first = min(n, minLines)
	}
	d.ensure(headH + height(first))
	drawRow(header, 0, headLines, true)
	for _, row := range t.rows {
		cells, n := layout(row, false)
		// A row taller than what is left of the page goes on to the next,
		// the header repeated, two lines at least on each side.
		for from := 0; from < n; {
			room := int((d.bottom - d.y - 2*cellPadY) / lh)
			k := split(n-from, room, false)
			if k == 0 {
				d.newPage()
				drawRow(header, 0, headLines, true)
				room = max(1, int((d.bottom-d.y-2*cellPadY)/lh))
				k = split(n-from, room, true)
			}
			drawRow(cells, from, from+k, false)
			from += k
		}
	}
}

func (d *doc) alignOf(t *table, i int) richtext.Align {
	if i < len(t.align) {
		return t.align[i]
	}
	return richtext.AlignNone
}
