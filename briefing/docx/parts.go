package docx

import "encoding/xml"

// The package's parts other than the document body: content types,
// relationships, properties, settings, fonts, numbering, footnotes,
// headers and footers (ECMA-376 Part 2, Open Packaging Conventions; Part 1,
// §17).

const (
	nsContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
	nsPkgRels      = "http://schemas.openxmlformats.org/package/2006/relationships"
	relBase        = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	ctBase         = "application/vnd.openxmlformats-officedocument.wordprocessingml."
)

type contentTypes struct {
	XMLName   xml.Name      `xml:"Types"`
	Xmlns     string        `xml:"xmlns,attr"`
	Defaults  []ctDefault   `xml:"Default"`
	Overrides []ctOverrride `xml:"Override"`
}

type ctDefault struct {
	Extension   string `xml:"Extension,attr"`
	ContentType string `xml:"ContentType,attr"`
}

type ctOverrride struct {
	PartName    string `xml:"PartName,attr"`
	ContentType string `xml:"ContentType,attr"`
}

type relationships struct {
	XMLName xml.Name       `xml:"Relationships"`
	Xmlns   string         `xml:"xmlns,attr"`
	Rels    []relationship `xml:"Relationship"`
}

type relationship struct {
	ID         string `xml:"Id,attr"`
	Type       string `xml:"Type,attr"`
	Target     string `xml:"Target,attr"`
	TargetMode string `xml:"TargetMode,attr,omitempty"`
}

// coreProps is docProps/core.xml: title, author, subject, keywords,
// language and dates.
type coreProps struct {
	XMLName  xml.Name `xml:"cp:coreProperties"`
	CP       string   `xml:"xmlns:cp,attr"`
	DC       string   `xml:"xmlns:dc,attr"`
	DCTerms  string   `xml:"xmlns:dcterms,attr"`
	XSI      string   `xml:"xmlns:xsi,attr"`
	Title    string   `xml:"dc:title"`
	Subject  string   `xml:"dc:subject,omitempty"`
	Creator  string   `xml:"dc:creator,omitempty"`
	Keywords string   `xml:"cp:keywords,omitempty"`
	Language string   `xml:"dc:language"`
	Created  w3cdtf   `xml:"dcterms:created"`
	Modified w3cdtf   `xml:"dcterms:modified"`
}

type w3cdtf struct {
	Type  string `xml:"xsi:type,attr"`
	Value string `xml:",chardata"`
}

// appProps is docProps/app.xml.
type appProps struct {
	XMLName     xml.Name `xml:"Properties"`
	Xmlns       string   `xml:"xmlns,attr"`
	Application string   `xml:"Application"`
	Company     string   `xml:"Company,omitempty"`
}

// settings is word/settings.xml.
type settings struct {
	XMLName          xml.Name   `xml:"w:settings"`
	W                string     `xml:"xmlns:w,attr"`
	Zoom             zoom       `xml:"w:zoom"`
	UpdateFields     *onOff     `xml:"w:updateFields"`
	DefaultTabStop   wInt       `xml:"w:defaultTabStop"`
	CharacterSpacing wVal       `xml:"w:characterSpacingControl"`
	FootnotePr       footnotePr `xml:"w:footnotePr"`
	Compat           compat     `xml:"w:compat"`
	ThemeFontLang    lang       `xml:"w:themeFontLang"`
	DecimalSymbol    wVal       `xml:"w:decimalSymbol"`
	ListSeparator    wVal       `xml:"w:listSeparator"`
}

type zoom struct {
	Percent int `xml:"w:percent,attr"`
}

type footnotePr struct {
	Footnotes []footnoteID `xml:"w:footnote"`
}

type footnoteID struct {
	ID int `xml:"w:id,attr"`
}

type compat struct {
	Settings []compatSetting `xml:"w:compatSetting"`
}

type compatSetting struct {
	Name string `xml:"w:name,attr"`
	URI  string `xml:"w:uri,attr"`
	Val  string `xml:"w:val,attr"`
}

// fontTable is word/fontTable.xml: the faces the styles name, with what a
// reader needs to substitute one it does not have.
type fontTable struct {
	XMLName xml.Name `xml:"w:fonts"`
	W       string   `xml:"xmlns:w,attr"`
	Fonts   []font   `xml:"w:font"`
}

type font struct {
	Name    string `xml:"w:name,attr"`
	AltName *wVal  `xml:"w:altName"`
	Panose  *wVal  `xml:"w:panose1"`
	Charset *wVal  `xml:"w:charset"`
	Family  wVal   `xml:"w:family"`
	Pitch   wVal   `xml:"w:pitch"`
}

// numbering is word/numbering.xml: the list definitions, then the lists.
type numbering struct {
	XMLName  xml.Name      `xml:"w:numbering"`
	W        string        `xml:"xmlns:w,attr"`
	Abstract []abstractNum `xml:"w:abstractNum"`
	Nums     []num         `xml:"w:num"`
}

type abstractNum struct {
	ID        int   `xml:"w:abstractNumId,attr"`
	MultiType wVal  `xml:"w:multiLevelType"`
	Levels    []lvl `xml:"w:lvl"`
}

type lvl struct {
	Ilvl    int  `xml:"w:ilvl,attr"`
	Start   wInt `xml:"w:start"`
	NumFmt  wVal `xml:"w:numFmt"`
	LvlText wVal `xml:"w:lvlText"`
	LvlJc   wVal `xml:"w:lvlJc"`
	PPr     pPr  `xml:"w:pPr"`
	RPr     *rPr `xml:"w:rPr"`
}

type num struct {
	ID       int           `xml:"w:numId,attr"`
	Abstract wInt          `xml:"w:abstractNumId"`
	Override []lvlOverride `xml:"w:lvlOverride"`
}

type lvlOverride struct {
	Ilvl          int  `xml:"w:ilvl,attr"`
	StartOverride wInt `xml:"w:startOverride"`
}

// footnotes is word/footnotes.xml.
type footnotes struct {
	XMLName xml.Name   `xml:"w:footnotes"`
	W       string     `xml:"xmlns:w,attr"`
	R       string     `xml:"xmlns:r,attr"`
	Notes   []footnote `xml:"w:footnote"`
}

type footnote struct {
	Type    string `xml:"w:type,attr,omitempty"`
	ID      int    `xml:"w:id,attr"`
	Content []any
}

// headerPart is word/headerN.xml; footerPart word/footerN.xml.
type headerPart struct {
	XMLName xml.Name `xml:"w:hdr"`
	W       string   `xml:"xmlns:w,attr"`
	R       string   `xml:"xmlns:r,attr"`
	Content []any
}

type footerPart struct {
	XMLName xml.Name `xml:"w:ftr"`
	W       string   `xml:"xmlns:w,attr"`
	R       string   `xml:"xmlns:r,attr"`
	Content []any
}

// styleSheet is word/styles.xml.
type styleSheet struct {
	XMLName     xml.Name    `xml:"w:styles"`
	W           string      `xml:"xmlns:w,attr"`
	DocDefaults docDefaults `xml:"w:docDefaults"`
	Styles      []style     `xml:"w:style"`
}

type docDefaults struct {
	RPr rPrDefault `xml:"w:rPrDefault"`
	PPr pPrDefault `xml:"w:pPrDefault"`
}

type rPrDefault struct {
	RPr rPr `xml:"w:rPr"`
}

type pPrDefault struct {
	PPr pPr `xml:"w:pPr"`
}

type style struct {
	Type      string       `xml:"w:type,attr"`
	Default   string       `xml:"w:default,attr,omitempty"`
	CustomSty string       `xml:"w:customStyle,attr,omitempty"`
	ID        string       `xml:"w:styleId,attr"`
	Name      wVal         `xml:"w:name"`
	BasedOn   *wVal        `xml:"w:basedOn"`
	Next      *wVal        `xml:"w:next"`
	Link      *wVal        `xml:"w:link"`
	UIPrio    *wInt        `xml:"w:uiPriority"`
	SemiHid   *onOff       `xml:"w:semiHidden"`
	Unhide    *onOff       `xml:"w:unhideWhenUsed"`
	QFormat   *onOff       `xml:"w:qFormat"`
	PPr       *pPr         `xml:"w:pPr"`
	RPr       *rPr         `xml:"w:rPr"`
	TblPr     *tblPr       `xml:"w:tblPr"`
	TrPr      *trPr        `xml:"w:trPr"`
	TcPr      *tcPr        `xml:"w:tcPr"`
	Cond      []tblStylePr `xml:"w:tblStylePr"`
}

type tblStylePr struct {
	Type string `xml:"w:type,attr"`
	PPr  *pPr   `xml:"w:pPr"`
	RPr  *rPr   `xml:"w:rPr"`
	TrPr *trPr  `xml:"w:trPr"`
	TcPr *tcPr  `xml:"w:tcPr"`
}
