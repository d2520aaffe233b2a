package docx

import "encoding/xml"

// The elements of WordprocessingML the handout uses, as typed structs that
// encoding/xml writes. The names carry their namespace prefix (w:, r:),
// which the root element of each part declares; child elements are listed
// in the order the schema (ECMA-376 Part 1, §17) requires.

const (
	nsW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
)

// wVal is an element whose value is its w:val attribute.
type wVal struct {
	Val string `xml:"w:val,attr"`
}

// wInt is an element with a number as its w:val.
type wInt struct {
	Val int `xml:"w:val,attr"`
}

// onOff is a toggle that is on by being there (<w:b/>).
type onOff struct{}

func val(s string) *wVal { return &wVal{Val: s} }

var on = &onOff{}

// document is word/document.xml.
type document struct {
	XMLName xml.Name `xml:"w:document"`
	W       string   `xml:"xmlns:w,attr"`
	R       string   `xml:"xmlns:r,attr"`
	Body    body     `xml:"w:body"`
}

// body holds paragraphs and tables, then the section's properties.
type body struct {
	Content []any
	SectPr  *sectPr `xml:"w:sectPr"`
}

// paragraph is <w:p>. Content holds runs, hyperlinks and bookmarks.
type paragraph struct {
	XMLName xml.Name `xml:"w:p"`
	PPr     *pPr     `xml:"w:pPr"`
	Content []any
}

type pPr struct {
	PStyle          *wVal    `xml:"w:pStyle"`
	KeepNext        *onOff   `xml:"w:keepNext"`
	KeepLines       *onOff   `xml:"w:keepLines"`
	PageBreakBefore *onOff   `xml:"w:pageBreakBefore"`
	WidowControl    *onOff   `xml:"w:widowControl"`
	NumPr           *numPr   `xml:"w:numPr"`
	PBdr            *pBdr    `xml:"w:pBdr"`
	Shd             *shd     `xml:"w:shd"`
	Tabs            *tabs    `xml:"w:tabs"`
	WordWrap        *onOff   `xml:"w:wordWrap"`
	AutoSpaceDE     *wVal    `xml:"w:autoSpaceDE"`
	AutoSpaceDN     *wVal    `xml:"w:autoSpaceDN"`
	Spacing         *spacing `xml:"w:spacing"`
	Ind             *ind     `xml:"w:ind"`
	Jc              *wVal    `xml:"w:jc"`
	OutlineLvl      *wInt    `xml:"w:outlineLvl"`
	RPr             *rPr     `xml:"w:rPr"`
	SectPr          *sectPr  `xml:"w:sectPr"`
}

type numPr struct {
	Ilvl  wInt `xml:"w:ilvl"`
	NumID wInt `xml:"w:numId"`
}

// border is one side of a paragraph's, run's, table's or cell's border;
// Sz is in eighths of a point, Space in points.
type border struct {
	Val   string `xml:"w:val,attr"`
	Sz    int    `xml:"w:sz,attr,omitempty"`
	Space int    `xml:"w:space,attr"`
	Color string `xml:"w:color,attr,omitempty"`
}

func line(eighths int, color string, space int) *border {
	return &border{Val: "single", Sz: eighths, Space: space, Color: color}
}

type pBdr struct {
	Top    *border `xml:"w:top"`
	Left   *border `xml:"w:left"`
	Bottom *border `xml:"w:bottom"`
	Right  *border `xml:"w:right"`
}

type shd struct {
	Val   string `xml:"w:val,attr"`
	Color string `xml:"w:color,attr"`
	Fill  string `xml:"w:fill,attr"`
}

func fill(color string) *shd { return &shd{Val: "clear", Color: "auto", Fill: color} }

type tabs struct {
	Tab []tab `xml:"w:tab"`
}

type tab struct {
	Val    string `xml:"w:val,attr"`
	Leader string `xml:"w:leader,attr,omitempty"`
	Pos    int    `xml:"w:pos,attr"`
}

// spacing is in twentieths of a point; Line in 240ths of a line when
// LineRule is "auto".
type spacing struct {
	Before   *int   `xml:"w:before,attr"`
	After    *int   `xml:"w:after,attr"`
	Line     int    `xml:"w:line,attr,omitempty"`
	LineRule string `xml:"w:lineRule,attr,omitempty"`
}

func twips(n int) *int { return &n }

// ind is in twentieths of a point.
type ind struct {
	Left    int `xml:"w:left,attr"`
	Right   int `xml:"w:right,attr,omitempty"`
	Hanging int `xml:"w:hanging,attr,omitempty"`
}

type rPr struct {
	RStyle   *wVal   `xml:"w:rStyle"`
	RFonts   *rFonts `xml:"w:rFonts"`
	B        *onOff  `xml:"w:b"`
	BCs      *onOff  `xml:"w:bCs"`
	I        *onOff  `xml:"w:i"`
	ICs      *onOff  `xml:"w:iCs"`
	Strike   *onOff  `xml:"w:strike"`
	NoProof  *onOff  `xml:"w:noProof"`
	Color    *wVal   `xml:"w:color"`
	Kern     *wInt   `xml:"w:kern"`
	Sz       *wInt   `xml:"w:sz"`
	SzCs     *wInt   `xml:"w:szCs"`
	U        *wVal   `xml:"w:u"`
	Bdr      *border `xml:"w:bdr"`
	VertAlgn *wVal   `xml:"w:vertAlign"`
	Lang     *lang   `xml:"w:lang"`
}

type rFonts struct {
	Hint     string `xml:"w:hint,attr,omitempty"`
	ASCII    string `xml:"w:ascii,attr,omitempty"`
	HAnsi    string `xml:"w:hAnsi,attr,omitempty"`
	EastAsia string `xml:"w:eastAsia,attr,omitempty"`
	CS       string `xml:"w:cs,attr,omitempty"`
}

type lang struct {
	Val      string `xml:"w:val,attr,omitempty"`
	EastAsia string `xml:"w:eastAsia,attr,omitempty"`
	Bidi     string `xml:"w:bidi,attr,omitempty"`
}

// run is <w:r>: properties, then text, tabs, breaks, field characters and
// references in Content.
type run struct {
	XMLName xml.Name `xml:"w:r"`
	RPr     *rPr     `xml:"w:rPr"`
	Content []any
}

type text struct {
	XMLName xml.Name `xml:"w:t"`
	Space   string   `xml:"xml:space,attr,omitempty"`
	Text    string   `xml:",chardata"`
}

type instrText struct {
	XMLName xml.Name `xml:"w:instrText"`
	Space   string   `xml:"xml:space,attr"`
	Text    string   `xml:",chardata"`
}

type tabChar struct {
	XMLName xml.Name `xml:"w:tab"`
}

type brk struct {
	XMLName xml.Name `xml:"w:br"`
	Type    string   `xml:"w:type,attr,omitempty"`
}

type fldChar struct {
	XMLName xml.Name `xml:"w:fldChar"`
	Type    string   `xml:"w:fldCharType,attr"`
	Dirty   string   `xml:"w:dirty,attr,omitempty"`
}

type footnoteRef struct {
	XMLName xml.Name `xml:"w:footnoteReference"`
	ID      int      `xml:"w:id,attr"`
}

// footnoteMark is the number a footnote's own text starts with.
type footnoteMark struct {
	XMLName xml.Name `xml:"w:footnoteRef"`
}

type separator struct {
	XMLName xml.Name `xml:"w:separator"`
}

type continuationSeparator struct {
	XMLName xml.Name `xml:"w:continuationSeparator"`
}

type hyperlink struct {
	XMLName xml.Name `xml:"w:hyperlink"`
	ID      string   `xml:"r:id,attr,omitempty"`
	Anchor  string   `xml:"w:anchor,attr,omitempty"`
	History string   `xml:"w:history,attr,omitempty"`
	Content []any
}

type bookmarkStart struct {
	XMLName xml.Name `xml:"w:bookmarkStart"`
	ID      int      `xml:"w:id,attr"`
	Name    string   `xml:"w:name,attr"`
}

type bookmarkEnd struct {
	XMLName xml.Name `xml:"w:bookmarkEnd"`
	ID      int      `xml:"w:id,attr"`
}

// sectPr is the page setup of the document's one section.
type sectPr struct {
	HeaderRefs []hdrRef   `xml:"w:headerReference"`
	FooterRefs []hdrFtRef `xml:"w:footerReference"`
	PgSz       pgSz       `xml:"w:pgSz"`
	PgMar      pgMar      `xml:"w:pgMar"`
	Cols       *cols      `xml:"w:cols"`
	TitlePg    *onOff     `xml:"w:titlePg"`
	DocGrid    *docGrid   `xml:"w:docGrid"`
}

type hdrRef struct {
	Type string `xml:"w:type,attr"`
	ID   string `xml:"r:id,attr"`
}

type hdrFtRef = hdrRef

type pgSz struct {
	W int `xml:"w:w,attr"`
	H int `xml:"w:h,attr"`
}

type pgMar struct {
	Top    int `xml:"w:top,attr"`
	Right  int `xml:"w:right,attr"`
	Bottom int `xml:"w:bottom,attr"`
	Left   int `xml:"w:left,attr"`
	Header int `xml:"w:header,attr"`
	Footer int `xml:"w:footer,attr"`
	Gutter int `xml:"w:gutter,attr"`
}

type cols struct {
	Space int `xml:"w:space,attr"`
}

type docGrid struct {
	LinePitch int `xml:"w:linePitch,attr"`
}

// table is <w:tbl>.
type table struct {
	XMLName xml.Name `xml:"w:tbl"`
	TblPr   tblPr    `xml:"w:tblPr"`
	Grid    tblGrid  `xml:"w:tblGrid"`
	Rows    []row    `xml:"w:tr"`
}

type tblPr struct {
	TblStyle   *wVal       `xml:"w:tblStyle"`
	TblW       *width      `xml:"w:tblW"`
	Jc         *wVal       `xml:"w:jc"`
	TblInd     *width      `xml:"w:tblInd"`
	TblBorders *tblBorders `xml:"w:tblBorders"`
	TblLayout  *tblLayout  `xml:"w:tblLayout"`
	TblCellMar *cellMar    `xml:"w:tblCellMar"`
	TblLook    *tblLook    `xml:"w:tblLook"`
}

type width struct {
	W    int    `xml:"w:w,attr"`
	Type string `xml:"w:type,attr"`
}

type tblBorders struct {
	Top     *border `xml:"w:top"`
	Left    *border `xml:"w:left"`
	Bottom  *border `xml:"w:bottom"`
	Right   *border `xml:"w:right"`
	InsideH *border `xml:"w:insideH"`
	InsideV *border `xml:"w:insideV"`
}

type tblLayout struct {
	Type string `xml:"w:type,attr"`
}

type cellMar struct {
	Top    *width `xml:"w:top"`
	Left   *width `xml:"w:left"`
	Bottom *width `xml:"w:bottom"`
	Right  *width `xml:"w:right"`
}

type tblLook struct {
	Val         string `xml:"w:val,attr"`
	FirstRow    string `xml:"w:firstRow,attr"`
	LastRow     string `xml:"w:lastRow,attr"`
	FirstColumn string `xml:"w:firstColumn,attr"`
	LastColumn  string `xml:"w:lastColumn,attr"`
	NoHBand     string `xml:"w:noHBand,attr"`
	NoVBand     string `xml:"w:noVBand,attr"`
}

type tblGrid struct {
	Cols []wWidth `xml:"w:gridCol"`
}

type wWidth struct {
	W int `xml:"w:w,attr"`
}

type row struct {
	TrPr  *trPr  `xml:"w:trPr"`
	Cells []cell `xml:"w:tc"`
}

type trPr struct {
	CantSplit *onOff `xml:"w:cantSplit"`
	TblHeader *onOff `xml:"w:tblHeader"`
}

type cell struct {
	TcPr    *tcPr `xml:"w:tcPr"`
	Content []any // paragraphs and tables; at least one paragraph
}

type tcPr struct {
	TcW *width `xml:"w:tcW"`
	Shd *shd   `xml:"w:shd"`
}
