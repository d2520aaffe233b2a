package pdf

import (
	east "github.com/yuin/goldmark/extension/ast"
)

// table is a GitHub table of the analyst's Markdown.
type table struct {
	align  []east.Alignment
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
	layout := func(row [][]run, bold bool) ([][]lineOf, float64) {
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
		return cells, float64(most)*lh + 2*cellPadY
	}
	header, headH := layout(t.header, true)
	drawRow := func(cells [][]lineOf, h float64, head bool) {
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
			for _, l := range lines {
				lx := x + cellPadX
				switch d.alignOf(t, i) {
				case east.AlignRight:
					lx = x + cols[i] - cellPadX - l.width
				case east.AlignCenter:
					lx = x + (cols[i]-l.width)/2
				}
				d.drawLine(l, lx, y+lh/2+tableSize*0.35, cols[i]-2*cellPadX)
				y += lh
			}
			x += cols[i]
		}
		d.y += h
	}
	d.ensure(headH + lh + 2*cellPadY)
	drawRow(header, headH, true)
	for _, row := range t.rows {
		cells, h := layout(row, false)
		if d.y+h > d.bottom && d.y > d.top {
			d.newPage()
			drawRow(header, headH, true)
		}
		drawRow(cells, h, false)
	}
}

func (d *doc) alignOf(t *table, i int) east.Alignment {
	if i < len(t.align) {
		return t.align[i]
	}
	return east.AlignNone
}
