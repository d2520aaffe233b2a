package pdf

// canvas is the part of the PDF library the layout draws with. The final
// pass draws on gofpdf; the first pass, which only finds out where pages
// break, draws on a layout canvas that records nothing, so the fonts are
// parsed by gofpdf once per export instead of twice.
type canvas interface {
	AddPage()
	PageNo() int
	Text(x, y float64, s string)
	TextSpaced(x, y float64, words []string, gaps []float64)
	Rect(x, y, w, h float64, style string)
	Line(x1, y1, x2, y2 float64)
	SetFont(family, style string, size float64)
	SetTextColor(r, g, b int)
	SetDrawColor(r, g, b int)
	SetFillColor(r, g, b int)
	SetLineWidth(w float64)
	SetDashPattern(dashArray []float64, dashPhase float64)
	AddLink() int
	SetLink(link int, y float64, page int)
	Link(x, y, w, h float64, link int)
	LinkString(x, y, w, h float64, linkStr string)
	Bookmark(txtStr string, level int, y float64)
}

// layoutCanvas counts pages and ignores drawing.
type layoutCanvas struct{ pages, links int }

func (c *layoutCanvas) AddPage()                                         { c.pages++ }
func (c *layoutCanvas) PageNo() int                                      { return c.pages }
func (c *layoutCanvas) Text(x, y float64, s string)                      {}
func (c *layoutCanvas) TextSpaced(x, y float64, w []string, g []float64) {}
func (c *layoutCanvas) Rect(x, y, w, h float64, style string)            {}
func (c *layoutCanvas) Line(x1, y1, x2, y2 float64)                      {}
func (c *layoutCanvas) SetFont(family, style string, size float64) {
}
func (c *layoutCanvas) SetTextColor(r, g, b int)                      {}
func (c *layoutCanvas) SetDrawColor(r, g, b int)                      {}
func (c *layoutCanvas) SetFillColor(r, g, b int)                      {}
func (c *layoutCanvas) SetLineWidth(w float64)                        {}
func (c *layoutCanvas) SetDashPattern(dash []float64, phase float64)  {}
func (c *layoutCanvas) AddLink() int                                  { c.links++; return c.links }
func (c *layoutCanvas) SetLink(link int, y float64, page int)         {}
func (c *layoutCanvas) Link(x, y, w, h float64, link int)             {}
func (c *layoutCanvas) LinkString(x, y, w, h float64, linkStr string) {}
func (c *layoutCanvas) Bookmark(txtStr string, level int, y float64)  {}
