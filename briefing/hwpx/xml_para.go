package hwpx

// The types of header.xml for paragraphs: their shapes (paraPr), tabs,
// numberings and bullets, and the styles that name them.

type tabProps struct {
	ItemCnt int     `xml:"itemCnt,attr"`
	Tabs    []tabPr `xml:"hh:tabPr"`
}

type tabPr struct {
	ID           int `xml:"id,attr"`
	AutoTabLeft  int `xml:"autoTabLeft,attr"`
	AutoTabRight int `xml:"autoTabRight,attr"`
}

type numberings struct {
	ItemCnt    int         `xml:"itemCnt,attr"`
	Numberings []numbering `xml:"hh:numbering"`
}

type numbering struct {
	ID        int        `xml:"id,attr"`
	Start     int        `xml:"start,attr"`
	ParaHeads []paraHead `xml:"hh:paraHead"`
}

// paraHead is the number or bullet of one level; Text is the number's
// format ("^1." is the level-1 number and a full stop), empty for a bullet
// or for a level that shows no number.
type paraHead struct {
	Start          *int   `xml:"start,attr"`
	Level          int    `xml:"level,attr"`
	Align          string `xml:"align,attr"`
	UseInstWidth   int    `xml:"useInstWidth,attr"`
	AutoIndent     int    `xml:"autoIndent,attr"`
	WidthAdjust    int    `xml:"widthAdjust,attr"`
	TextOffsetType string `xml:"textOffsetType,attr"`
	TextOffset     int    `xml:"textOffset,attr"`
	NumFormat      string `xml:"numFormat,attr"`
	CharPr         uint32 `xml:"charPrIDRef,attr"`
	Checkable      int    `xml:"checkable,attr"`
	Text           string `xml:",chardata"`
}

// noCharPr is the charPrIDRef of a number or bullet drawn in the
// paragraph's own character shape, as Hancom writes it.
const noCharPr = 4294967295

type bullets struct {
	ItemCnt int      `xml:"itemCnt,attr"`
	Bullets []bullet `xml:"hh:bullet"`
}

type bullet struct {
	ID       int      `xml:"id,attr"`
	Char     string   `xml:"char,attr"`
	UseImage int      `xml:"useImage,attr"`
	ParaHead paraHead `xml:"hh:paraHead"`
}

type paraProps struct {
	ItemCnt int      `xml:"itemCnt,attr"`
	Paras   []paraPr `xml:"hh:paraPr"`
}

type paraPr struct {
	ID                  int          `xml:"id,attr"`
	TabPr               int          `xml:"tabPrIDRef,attr"`
	Condense            int          `xml:"condense,attr"`
	FontLineHeight      int          `xml:"fontLineHeight,attr"`
	SnapToGrid          int          `xml:"snapToGrid,attr"`
	SuppressLineNumbers int          `xml:"suppressLineNumbers,attr"`
	Checked             int          `xml:"checked,attr"`
	Align               paraAlign    `xml:"hh:align"`
	Heading             heading      `xml:"hh:heading"`
	BreakSetting        breakSetting `xml:"hh:breakSetting"`
	AutoSpacing         autoSpacing  `xml:"hh:autoSpacing"`
	Switch              marginSwitch `xml:"hp:switch"`
	Border              paraBorder   `xml:"hh:border"`
}

type paraAlign struct {
	Horizontal string `xml:"horizontal,attr"`
	Vertical   string `xml:"vertical,attr"`
}

// heading makes a paragraph an outline level (OUTLINE), a numbered
// (NUMBER) or bulleted (BULLET) paragraph; IDRef names the numbering or
// bullet, Level is from 0.
type heading struct {
	Type  string `xml:"type,attr"`
	IDRef int    `xml:"idRef,attr"`
	Level int    `xml:"level,attr"`
}

type breakSetting struct {
	BreakLatinWord    string `xml:"breakLatinWord,attr"`
	BreakNonLatinWord string `xml:"breakNonLatinWord,attr"`
	WidowOrphan       int    `xml:"widowOrphan,attr"`
	KeepWithNext      int    `xml:"keepWithNext,attr"`
	KeepLines         int    `xml:"keepLines,attr"`
	PageBreakBefore   int    `xml:"pageBreakBefore,attr"`
	LineWrap          string `xml:"lineWrap,attr"`
}

type autoSpacing struct {
	EAsianEng int `xml:"eAsianEng,attr"`
	EAsianNum int `xml:"eAsianNum,attr"`
}

// marginSwitch holds a paragraph's margins and line spacing twice, as
// Hancom Office writes them: in HWPUNIT for readers that know the 2016
// HwpUnitChar namespace, and doubled for those that do not.
type marginSwitch struct {
	Case    marginCase `xml:"hp:case"`
	Default marginBody `xml:"hp:default"`
}

type marginCase struct {
	RequiredNamespace string `xml:"hp:required-namespace,attr"`
	marginBody
}

type marginBody struct {
	Margin      paraMargin  `xml:"hh:margin"`
	LineSpacing lineSpacing `xml:"hh:lineSpacing"`
}

type paraMargin struct {
	Intent unitValue `xml:"hc:intent"` // sic: the first-line indent
	Left   unitValue `xml:"hc:left"`
	Right  unitValue `xml:"hc:right"`
	Prev   unitValue `xml:"hc:prev"`
	Next   unitValue `xml:"hc:next"`
}

type unitValue struct {
	Value int    `xml:"value,attr"`
	Unit  string `xml:"unit,attr"`
}

type lineSpacing struct {
	Type  string `xml:"type,attr"`
	Value int    `xml:"value,attr"`
	Unit  string `xml:"unit,attr"`
}

type paraBorder struct {
	BorderFill   int `xml:"borderFillIDRef,attr"`
	OffsetLeft   int `xml:"offsetLeft,attr"`
	OffsetRight  int `xml:"offsetRight,attr"`
	OffsetTop    int `xml:"offsetTop,attr"`
	OffsetBottom int `xml:"offsetBottom,attr"`
	Connect      int `xml:"connect,attr"`
	IgnoreMargin int `xml:"ignoreMargin,attr"`
}

type styles struct {
	ItemCnt int         `xml:"itemCnt,attr"`
	Styles  []styleElem `xml:"hh:style"`
}

type styleElem struct {
	ID        int    `xml:"id,attr"`
	Type      string `xml:"type,attr"`
	Name      string `xml:"name,attr"`
	EngName   string `xml:"engName,attr"`
	ParaPr    int    `xml:"paraPrIDRef,attr"`
	CharPr    int    `xml:"charPrIDRef,attr"`
	NextStyle int    `xml:"nextStyleIDRef,attr"`
	LangID    int    `xml:"langID,attr"`
	LockForm  int    `xml:"lockForm,attr"`
}
