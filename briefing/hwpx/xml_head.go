package hwpx

import "encoding/xml"

// The types of Contents/header.xml (hh:head): the fonts, border fills,
// character and paragraph shapes, numberings, bullets and styles that the
// section refers to by id (the paragraphs' in xml_para.go). Element and attribute names, and their order,
// are those Hancom Office writes.

// namespaces are the prefixes Hancom Office declares on the root of every
// part of the document, whichever it uses.
type namespaces struct {
	HA         string `xml:"xmlns:ha,attr"`
	HP         string `xml:"xmlns:hp,attr"`
	HP10       string `xml:"xmlns:hp10,attr"`
	HS         string `xml:"xmlns:hs,attr"`
	HC         string `xml:"xmlns:hc,attr"`
	HH         string `xml:"xmlns:hh,attr"`
	HHS        string `xml:"xmlns:hhs,attr"`
	HM         string `xml:"xmlns:hm,attr"`
	HPF        string `xml:"xmlns:hpf,attr"`
	DC         string `xml:"xmlns:dc,attr"`
	OPF        string `xml:"xmlns:opf,attr"`
	OOXMLChart string `xml:"xmlns:ooxmlchart,attr"`
	HWPUnit    string `xml:"xmlns:hwpunitchar,attr"`
	EPUB       string `xml:"xmlns:epub,attr"`
	Config     string `xml:"xmlns:config,attr"`
}

// The namespaces of OWPML (KS X 6101).
const (
	nsApp       = "http://www.hancom.co.kr/hwpml/2011/app"
	nsPara      = "http://www.hancom.co.kr/hwpml/2011/paragraph"
	nsHwpUnit   = "http://www.hancom.co.kr/hwpml/2016/HwpUnitChar"
	nsContainer = "urn:oasis:names:tc:opendocument:xmlns:container"
	nsManifest  = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
	nsHPF       = "http://www.hancom.co.kr/schema/2011/hpf"
	nsOPF       = "http://www.idpf.org/2007/opf/"
	nsDC        = "http://purl.org/dc/elements/1.1/"
	nsConfig    = "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
	nsVersion   = "http://www.hancom.co.kr/hwpml/2011/version"
)

var allNamespaces = namespaces{
	HA:         nsApp,
	HP:         nsPara,
	HP10:       "http://www.hancom.co.kr/hwpml/2016/paragraph",
	HS:         "http://www.hancom.co.kr/hwpml/2011/section",
	HC:         "http://www.hancom.co.kr/hwpml/2011/core",
	HH:         "http://www.hancom.co.kr/hwpml/2011/head",
	HHS:        "http://www.hancom.co.kr/hwpml/2011/history",
	HM:         "http://www.hancom.co.kr/hwpml/2011/master-page",
	HPF:        nsHPF,
	DC:         nsDC,
	OPF:        nsOPF,
	OOXMLChart: "http://www.hancom.co.kr/hwpml/2016/ooxmlchart",
	HWPUnit:    nsHwpUnit,
	EPUB:       "http://www.idpf.org/2007/ops",
	Config:     nsConfig,
}

type head struct {
	XMLName xml.Name `xml:"hh:head"`
	namespaces
	Version   string    `xml:"version,attr"`
	SecCnt    int       `xml:"secCnt,attr"`
	BeginNum  beginNum  `xml:"hh:beginNum"`
	RefList   refList   `xml:"hh:refList"`
	Compat    compat    `xml:"hh:compatibleDocument"`
	DocOption docOption `xml:"hh:docOption"`
	Track     track     `xml:"hh:trackchageConfig"` // sic: Hancom's spelling
}

type beginNum struct {
	Page     int `xml:"page,attr"`
	Footnote int `xml:"footnote,attr"`
	Endnote  int `xml:"endnote,attr"`
	Pic      int `xml:"pic,attr"`
	Tbl      int `xml:"tbl,attr"`
	Equation int `xml:"equation,attr"`
}

type refList struct {
	FontFaces   fontFaces   `xml:"hh:fontfaces"`
	BorderFills borderFills `xml:"hh:borderFills"`
	CharProps   charProps   `xml:"hh:charProperties"`
	TabProps    tabProps    `xml:"hh:tabProperties"`
	Numberings  numberings  `xml:"hh:numberings"`
	Bullets     *bullets    `xml:"hh:bullets"`
	ParaProps   paraProps   `xml:"hh:paraProperties"`
	Styles      styles      `xml:"hh:styles"`
}

type fontFaces struct {
	ItemCnt int        `xml:"itemCnt,attr"`
	Faces   []fontFace `xml:"hh:fontface"`
}

type fontFace struct {
	Lang    string `xml:"lang,attr"`
	FontCnt int    `xml:"fontCnt,attr"`
	Fonts   []font `xml:"hh:font"`
}

type font struct {
	ID         int      `xml:"id,attr"`
	Face       string   `xml:"face,attr"`
	Type       string   `xml:"type,attr"`
	IsEmbedded int      `xml:"isEmbedded,attr"`
	TypeInfo   typeInfo `xml:"hh:typeInfo"`
}

type typeInfo struct {
	FamilyType      string `xml:"familyType,attr"`
	Weight          int    `xml:"weight,attr"`
	Proportion      int    `xml:"proportion,attr"`
	Contrast        int    `xml:"contrast,attr"`
	StrokeVariation int    `xml:"strokeVariation,attr"`
	ArmStyle        int    `xml:"armStyle,attr"`
	Letterform      int    `xml:"letterform,attr"`
	Midline         int    `xml:"midline,attr"`
	XHeight         int    `xml:"xHeight,attr"`
}

type borderFills struct {
	ItemCnt int          `xml:"itemCnt,attr"`
	Fills   []borderFill `xml:"hh:borderFill"`
}

type borderFill struct {
	ID          int        `xml:"id,attr"`
	ThreeD      int        `xml:"threeD,attr"`
	Shadow      int        `xml:"shadow,attr"`
	CenterLine  string     `xml:"centerLine,attr"`
	BreakCellSL int        `xml:"breakCellSeparateLine,attr"`
	Slash       slash      `xml:"hh:slash"`
	BackSlash   slash      `xml:"hh:backSlash"`
	Left        border     `xml:"hh:leftBorder"`
	Right       border     `xml:"hh:rightBorder"`
	Top         border     `xml:"hh:topBorder"`
	Bottom      border     `xml:"hh:bottomBorder"`
	Diagonal    border     `xml:"hh:diagonal"`
	FillBrush   *fillBrush `xml:"hc:fillBrush"`
}

type slash struct {
	Type      string `xml:"type,attr"`
	Crooked   int    `xml:"Crooked,attr"`
	IsCounter int    `xml:"isCounter,attr"`
}

type border struct {
	Type  string `xml:"type,attr"`
	Width string `xml:"width,attr"`
	Color string `xml:"color,attr"`
}

type fillBrush struct {
	WinBrush winBrush `xml:"hc:winBrush"`
}

type winBrush struct {
	FaceColor  string `xml:"faceColor,attr"`
	HatchColor string `xml:"hatchColor,attr"`
	Alpha      int    `xml:"alpha,attr"`
}

type charProps struct {
	ItemCnt int      `xml:"itemCnt,attr"`
	Chars   []charPr `xml:"hh:charPr"`
}

type charPr struct {
	ID           int        `xml:"id,attr"`
	Height       int        `xml:"height,attr"`
	TextColor    string     `xml:"textColor,attr"`
	ShadeColor   string     `xml:"shadeColor,attr"`
	UseFontSpace int        `xml:"useFontSpace,attr"`
	UseKerning   int        `xml:"useKerning,attr"`
	SymMark      string     `xml:"symMark,attr"`
	BorderFill   int        `xml:"borderFillIDRef,attr"`
	FontRef      byLang     `xml:"hh:fontRef"`
	Ratio        byLang     `xml:"hh:ratio"`
	Spacing      byLang     `xml:"hh:spacing"`
	RelSz        byLang     `xml:"hh:relSz"`
	Offset       byLang     `xml:"hh:offset"`
	Bold         *struct{}  `xml:"hh:bold"`
	Italic       *struct{}  `xml:"hh:italic"`
	Underline    underline  `xml:"hh:underline"`
	Strikeout    strikeout  `xml:"hh:strikeout"`
	Outline      outline    `xml:"hh:outline"`
	Shadow       charShadow `xml:"hh:shadow"`
	Supscript    *struct{}  `xml:"hh:supscript"`
}

// byLang holds one value for each of the seven language groups of a font.
type byLang struct {
	Hangul   int `xml:"hangul,attr"`
	Latin    int `xml:"latin,attr"`
	Hanja    int `xml:"hanja,attr"`
	Japanese int `xml:"japanese,attr"`
	Other    int `xml:"other,attr"`
	Symbol   int `xml:"symbol,attr"`
	User     int `xml:"user,attr"`
}

func allLangs(v int) byLang { return byLang{v, v, v, v, v, v, v} }

type underline struct {
	Type  string `xml:"type,attr"`
	Shape string `xml:"shape,attr"`
	Color string `xml:"color,attr"`
}

type strikeout struct {
	Shape string `xml:"shape,attr"`
	Color string `xml:"color,attr"`
}

type outline struct {
	Type string `xml:"type,attr"`
}

type charShadow struct {
	Type    string `xml:"type,attr"`
	Color   string `xml:"color,attr"`
	OffsetX int    `xml:"offsetX,attr"`
	OffsetY int    `xml:"offsetY,attr"`
}

type compat struct {
	TargetProgram string   `xml:"targetProgram,attr"`
	Layout        struct{} `xml:"hh:layoutCompatibility"`
}

type docOption struct {
	LinkInfo linkInfo `xml:"hh:linkinfo"`
}

type linkInfo struct {
	Path            string `xml:"path,attr"`
	PageInherit     int    `xml:"pageInherit,attr"`
	FootnoteInherit int    `xml:"footnoteInherit,attr"`
}

type track struct {
	Flags int `xml:"flags,attr"`
}
