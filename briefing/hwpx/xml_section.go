package hwpx

import "encoding/xml"

// The types of Contents/section0.xml (hs:sec): paragraphs of runs holding
// text and controls (section and page setup, header and footer, numbers,
// fields, tables). Every element carries its prefixed name, so that a run
// can hold its children in the order the format wants.

type section struct {
	XMLName xml.Name `xml:"hs:sec"`
	namespaces
	Paras []*para
}

// para is a paragraph (hp:p). Hancom Office numbers the paragraphs of a
// list; an id of 0 lets it number them itself. No line-layout cache
// (hp:linesegarray) is written: Hancom lays the text out when it opens it.
type para struct {
	XMLName     xml.Name `xml:"hp:p"`
	ID          uint32   `xml:"id,attr"`
	ParaPr      int      `xml:"paraPrIDRef,attr"`
	Style       int      `xml:"styleIDRef,attr"`
	PageBreak   int      `xml:"pageBreak,attr"`
	ColumnBreak int      `xml:"columnBreak,attr"`
	Merged      int      `xml:"merged,attr"`
	Runs        []*run
}

// run is text in one character shape (hp:run); Items are its secPr, ctrl,
// t and tbl elements in order.
type run struct {
	XMLName xml.Name `xml:"hp:run"`
	CharPr  int      `xml:"charPrIDRef,attr"`
	Items   []any
}

// text is hp:t: characters and line breaks.
type text struct {
	Parts []string // "\n" is a line break (hp:lineBreak)
}

// MarshalXML writes the text with its line breaks as hp:lineBreak elements,
// always as hp:t, whatever the field holding it is called.
func (t text) MarshalXML(e *xml.Encoder, _ xml.StartElement) error {
	start := xml.StartElement{Name: xml.Name{Local: "hp:t"}}
	if err := e.EncodeToken(start); err != nil {
		return err
	}
	for _, p := range t.Parts {
		if p == "\n" {
			br := xml.StartElement{Name: xml.Name{Local: "hp:lineBreak"}}
			if err := e.EncodeToken(br); err != nil {
				return err
			}
			if err := e.EncodeToken(br.End()); err != nil {
				return err
			}
			continue
		}
		if err := e.EncodeToken(xml.CharData(p)); err != nil {
			return err
		}
	}
	return e.EncodeToken(start.End())
}

type ctrl struct {
	XMLName xml.Name `xml:"hp:ctrl"`
	Item    any
}

type secPr struct {
	XMLName        xml.Name         `xml:"hp:secPr"`
	ID             string           `xml:"id,attr"`
	TextDirection  string           `xml:"textDirection,attr"`
	SpaceColumns   int              `xml:"spaceColumns,attr"`
	TabStop        int              `xml:"tabStop,attr"`
	TabStopVal     int              `xml:"tabStopVal,attr"`
	TabStopUnit    string           `xml:"tabStopUnit,attr"`
	OutlineShape   int              `xml:"outlineShapeIDRef,attr"`
	MemoShape      int              `xml:"memoShapeIDRef,attr"`
	TextVertWidth  int              `xml:"textVerticalWidthHead,attr"`
	MasterPageCnt  int              `xml:"masterPageCnt,attr"`
	Grid           grid             `xml:"hp:grid"`
	StartNum       startNum         `xml:"hp:startNum"`
	Visibility     visibility       `xml:"hp:visibility"`
	LineNumber     lineNumber       `xml:"hp:lineNumberShape"`
	PagePr         pagePr           `xml:"hp:pagePr"`
	FootNotePr     notePr           `xml:"hp:footNotePr"`
	EndNotePr      notePr           `xml:"hp:endNotePr"`
	PageBorderFill []pageBorderFill `xml:"hp:pageBorderFill"`
}

type grid struct {
	LineGrid int `xml:"lineGrid,attr"`
	CharGrid int `xml:"charGrid,attr"`
	Wonggoji int `xml:"wonggojiFormat,attr"`
}

type startNum struct {
	PageStartsOn string `xml:"pageStartsOn,attr"`
	Page         int    `xml:"page,attr"`
	Pic          int    `xml:"pic,attr"`
	Tbl          int    `xml:"tbl,attr"`
	Equation     int    `xml:"equation,attr"`
}

type visibility struct {
	HideFirstHeader     int    `xml:"hideFirstHeader,attr"`
	HideFirstFooter     int    `xml:"hideFirstFooter,attr"`
	HideFirstMasterPage int    `xml:"hideFirstMasterPage,attr"`
	Border              string `xml:"border,attr"`
	Fill                string `xml:"fill,attr"`
	HideFirstPageNum    int    `xml:"hideFirstPageNum,attr"`
	HideFirstEmptyLine  int    `xml:"hideFirstEmptyLine,attr"`
	ShowLineNumber      int    `xml:"showLineNumber,attr"`
}

type lineNumber struct {
	RestartType int `xml:"restartType,attr"`
	CountBy     int `xml:"countBy,attr"`
	Distance    int `xml:"distance,attr"`
	StartNumber int `xml:"startNumber,attr"`
}

type pagePr struct {
	Landscape  string     `xml:"landscape,attr"`
	Width      int        `xml:"width,attr"`
	Height     int        `xml:"height,attr"`
	GutterType string     `xml:"gutterType,attr"`
	Margin     pageMargin `xml:"hp:margin"`
}

type pageMargin struct {
	Header int `xml:"header,attr"`
	Footer int `xml:"footer,attr"`
	Gutter int `xml:"gutter,attr"`
	Left   int `xml:"left,attr"`
	Right  int `xml:"right,attr"`
	Top    int `xml:"top,attr"`
	Bottom int `xml:"bottom,attr"`
}

type notePr struct {
	AutoNumFormat autoNumFormat `xml:"hp:autoNumFormat"`
	NoteLine      noteLine      `xml:"hp:noteLine"`
	NoteSpacing   noteSpacing   `xml:"hp:noteSpacing"`
	Numbering     noteNumbering `xml:"hp:numbering"`
	Placement     notePlacement `xml:"hp:placement"`
}

type autoNumFormat struct {
	Type       string `xml:"type,attr"`
	UserChar   string `xml:"userChar,attr"`
	PrefixChar string `xml:"prefixChar,attr"`
	SuffixChar string `xml:"suffixChar,attr"`
	Supscript  int    `xml:"supscript,attr"`
}

type noteLine struct {
	Length int    `xml:"length,attr"`
	Type   string `xml:"type,attr"`
	Width  string `xml:"width,attr"`
	Color  string `xml:"color,attr"`
}

type noteSpacing struct {
	BetweenNotes int `xml:"betweenNotes,attr"`
	BelowLine    int `xml:"belowLine,attr"`
	AboveLine    int `xml:"aboveLine,attr"`
}

type noteNumbering struct {
	Type   string `xml:"type,attr"`
	NewNum int    `xml:"newNum,attr"`
}

type notePlacement struct {
	Place       string `xml:"place,attr"`
	BeneathText int    `xml:"beneathText,attr"`
}

type pageBorderFill struct {
	Type         string     `xml:"type,attr"`
	BorderFill   int        `xml:"borderFillIDRef,attr"`
	TextBorder   string     `xml:"textBorder,attr"`
	HeaderInside int        `xml:"headerInside,attr"`
	FooterInside int        `xml:"footerInside,attr"`
	FillArea     string     `xml:"fillArea,attr"`
	Offset       sideMargin `xml:"hp:offset"`
}

type sideMargin struct {
	Left   int `xml:"left,attr"`
	Right  int `xml:"right,attr"`
	Top    int `xml:"top,attr"`
	Bottom int `xml:"bottom,attr"`
}

type colPr struct {
	XMLName  xml.Name `xml:"hp:colPr"`
	ID       string   `xml:"id,attr"`
	Type     string   `xml:"type,attr"`
	Layout   string   `xml:"layout,attr"`
	ColCount int      `xml:"colCount,attr"`
	SameSz   int      `xml:"sameSz,attr"`
	SameGap  int      `xml:"sameGap,attr"`
}

// headFoot is a header (hp:header) or footer (hp:footer) of every page.
type headFoot struct {
	XMLName   xml.Name
	ID        int     `xml:"id,attr"`
	ApplyPage string  `xml:"applyPageType,attr"`
	SubList   subList `xml:"hp:subList"`
}

type subList struct {
	ID            string  `xml:"id,attr"`
	TextDirection string  `xml:"textDirection,attr"`
	LineWrap      string  `xml:"lineWrap,attr"`
	VertAlign     string  `xml:"vertAlign,attr"`
	LinkList      int     `xml:"linkListIDRef,attr"`
	LinkListNext  int     `xml:"linkListNextIDRef,attr"`
	TextWidth     int     `xml:"textWidth,attr"`
	TextHeight    int     `xml:"textHeight,attr"`
	HasTextRef    int     `xml:"hasTextRef,attr"`
	HasNumRef     int     `xml:"hasNumRef,attr"`
	Paras         []*para `xml:"hp:p"`
}

// autoNum is the number of the page (PAGE) or of pages (TOTAL_PAGE),
// which Hancom Office fills in as it lays the document out.
type autoNum struct {
	XMLName xml.Name      `xml:"hp:autoNum"`
	Num     int           `xml:"num,attr"`
	NumType string        `xml:"numType,attr"`
	Format  autoNumFormat `xml:"hp:autoNumFormat"`
}

type fieldBegin struct {
	XMLName  xml.Name   `xml:"hp:fieldBegin"`
	ID       uint32     `xml:"id,attr"`
	Type     string     `xml:"type,attr"`
	Name     string     `xml:"name,attr"`
	Editable int        `xml:"editable,attr"`
	Dirty    int        `xml:"dirty,attr"`
	ZOrder   int        `xml:"zorder,attr"`
	FieldID  uint32     `xml:"fieldid,attr"`
	Params   parameters `xml:"hp:parameters"`
}

type parameters struct {
	Cnt     int          `xml:"cnt,attr"`
	Name    string       `xml:"name,attr"`
	Integer []namedParam `xml:"hp:integerParam"`
	Strings []namedParam `xml:"hp:stringParam"`
}

type namedParam struct {
	Name  string `xml:"name,attr"`
	Value string `xml:",chardata"`
}

type fieldEnd struct {
	XMLName    xml.Name `xml:"hp:fieldEnd"`
	BeginIDRef uint32   `xml:"beginIDRef,attr"`
	FieldID    uint32   `xml:"fieldid,attr"`
}

type table struct {
	XMLName      xml.Name   `xml:"hp:tbl"`
	ID           uint32     `xml:"id,attr"`
	ZOrder       int        `xml:"zOrder,attr"`
	NumberingTyp string     `xml:"numberingType,attr"`
	TextWrap     string     `xml:"textWrap,attr"`
	TextFlow     string     `xml:"textFlow,attr"`
	Lock         int        `xml:"lock,attr"`
	DropCap      string     `xml:"dropcapstyle,attr"`
	PageBreak    string     `xml:"pageBreak,attr"`
	RepeatHeader int        `xml:"repeatHeader,attr"`
	RowCnt       int        `xml:"rowCnt,attr"`
	ColCnt       int        `xml:"colCnt,attr"`
	CellSpacing  int        `xml:"cellSpacing,attr"`
	BorderFill   int        `xml:"borderFillIDRef,attr"`
	NoAdjust     int        `xml:"noAdjust,attr"`
	Sz           objSize    `xml:"hp:sz"`
	Pos          objPos     `xml:"hp:pos"`
	OutMargin    sideMargin `xml:"hp:outMargin"`
	InMargin     sideMargin `xml:"hp:inMargin"`
	Rows         []tableRow `xml:"hp:tr"`
}

type objSize struct {
	Width       int    `xml:"width,attr"`
	WidthRelTo  string `xml:"widthRelTo,attr"`
	Height      int    `xml:"height,attr"`
	HeightRelTo string `xml:"heightRelTo,attr"`
	Protect     int    `xml:"protect,attr"`
}

type objPos struct {
	TreatAsChar     int    `xml:"treatAsChar,attr"`
	AffectLSpacing  int    `xml:"affectLSpacing,attr"`
	FlowWithText    int    `xml:"flowWithText,attr"`
	AllowOverlap    int    `xml:"allowOverlap,attr"`
	HoldAnchorAndSO int    `xml:"holdAnchorAndSO,attr"`
	VertRelTo       string `xml:"vertRelTo,attr"`
	HorzRelTo       string `xml:"horzRelTo,attr"`
	VertAlign       string `xml:"vertAlign,attr"`
	HorzAlign       string `xml:"horzAlign,attr"`
	VertOffset      int    `xml:"vertOffset,attr"`
	HorzOffset      int    `xml:"horzOffset,attr"`
}

type tableRow struct {
	Cells []tableCell `xml:"hp:tc"`
}

type tableCell struct {
	Name       string     `xml:"name,attr"`
	Header     int        `xml:"header,attr"`
	HasMargin  int        `xml:"hasMargin,attr"`
	Protect    int        `xml:"protect,attr"`
	Editable   int        `xml:"editable,attr"`
	Dirty      int        `xml:"dirty,attr"`
	BorderFill int        `xml:"borderFillIDRef,attr"`
	SubList    subList    `xml:"hp:subList"`
	Addr       cellAddr   `xml:"hp:cellAddr"`
	Span       cellSpan   `xml:"hp:cellSpan"`
	Size       cellSize   `xml:"hp:cellSz"`
	Margin     sideMargin `xml:"hp:cellMargin"`
}

type cellAddr struct {
	Col int `xml:"colAddr,attr"`
	Row int `xml:"rowAddr,attr"`
}

type cellSpan struct {
	Col int `xml:"colSpan,attr"`
	Row int `xml:"rowSpan,attr"`
}

type cellSize struct {
	Width  int `xml:"width,attr"`
	Height int `xml:"height,attr"`
}
