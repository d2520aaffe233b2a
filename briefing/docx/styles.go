package docx

// The faces the document names. Word and Hancom Office on Windows have
// 맑은 고딕 and 바탕; LibreOffice and Word elsewhere substitute them by
// the alternative names, the PANOSE numbers and the character set of
// fontTable.xml (LibreOffice's replacement table sends 바탕 to Nanum
// Myeongjo or Noto Serif KR). Latin text is set in the faces every system
// has or has a metric twin of (Liberation on Linux).
const (
	sansLatin  = "Arial"
	sansKorean = "맑은 고딕"
	serifLatin = "Times New Roman"
	serifKo    = "바탕"
	monoLatin  = "Courier New"
)

var fontList = []font{
	{Name: sansKorean, AltName: val("Malgun Gothic"), Panose: val("020B0503020000020004"), Charset: val("81"), Family: wVal{"swiss"}, Pitch: wVal{"variable"}},
	{Name: serifKo, AltName: val("Batang"), Panose: val("02030600000101010101"), Charset: val("81"), Family: wVal{"roman"}, Pitch: wVal{"variable"}},
	{Name: sansLatin, Panose: val("020B0604020202020204"), Charset: val("00"), Family: wVal{"swiss"}, Pitch: wVal{"variable"}},
	{Name: serifLatin, Panose: val("02020603050405020304"), Charset: val("00"), Family: wVal{"roman"}, Pitch: wVal{"variable"}},
	{Name: monoLatin, Panose: val("02070309020205020404"), Charset: val("00"), Family: wVal{"modern"}, Pitch: wVal{"fixed"}},
}

var (
	sansFonts  = &rFonts{ASCII: sansLatin, HAnsi: sansLatin, EastAsia: sansKorean, CS: sansLatin}
	serifFonts = &rFonts{ASCII: serifLatin, HAnsi: serifLatin, EastAsia: serifKo, CS: serifLatin}
	monoFonts  = &rFonts{ASCII: monoLatin, HAnsi: monoLatin, EastAsia: sansKorean, CS: monoLatin}
)

// Colours, as the PDF handout has them.
const (
	black      = "141414"
	gray       = "646464"
	accent     = "183A6E"
	linkColor  = "1446A0"
	markRed    = "B41414"
	quoteFill  = "F4F5F7"
	quoteRule  = "96A5BE"
	quoteBar   = "788CAF"
	quoteText  = "373C48"
	tableRule  = "AAB2BE"
	tableHead  = "E8ECF2"
	lightRule  = "C8C8C8"
	noticeRule = "646464"
)

// Style ids. Built-in styles keep Word's English names ("heading 1"), so
// that Word and LibreOffice show them under their own localised names.
const (
	stNormal      = "Normal"
	stTitle       = "Title"
	stSubtitle    = "Subtitle"
	stHeading     = "Heading" // + level 1 to 3
	stTOCHeading  = "TOCHeading"
	stTOC1        = "TOC1"
	stQuote       = "Quote"
	stExcerpt     = "Excerpt"
	stSource      = "Source"
	stList        = "ListParagraph"
	stPoint       = "Point" // + level 1 to 4
	stCode        = "Code"
	stRule        = "Rule"
	stFootnote    = "FootnoteText"
	stHeader      = "Header"
	stFooter      = "Footer"
	stMarking     = "Marking"
	stCoverFact   = "CoverFact"
	stMarkingBox  = "MarkingBox"
	stNotice      = "Notice"
	stSourceEntry = "SourceEntry"
	stSourceFacts = "SourceFacts"
	stNothing     = "Nothing"
	stPointer     = "Pointer"
	stTableText   = "TableText"
	stSummaryHead = "SummaryLabel"
	stTitleFacts  = "TitleFacts"

	chDefault   = "DefaultParagraphFont"
	chHyperlink = "Hyperlink"
	chNoteRef   = "FootnoteReference"
	chCode      = "CodeChar"
	chCitation  = "Citation"
	chLabel     = "Label"

	tbNormal  = "TableNormal"
	tbGrid    = "BriefTable"
	tbSummary = "SummaryBox"
)

// Sizes in half-points.
const (
	bodySize   = 21 // 10.5 pt
	reportSize = 22 // 11 pt
)

// lineAuto is the line height of body text, in 240ths of the face's
// single line (whose own height is already about 1.2 to 1.35 times the
// size): about the PDF's 160 % of the size.
const lineAuto = 288

func hp(n int) *wInt { return &wInt{Val: n} }

// styleSheet returns the styles of the handout: the briefing's or the
// report's look, in the handout's language.
func (x *builder) styleSheet() styleSheet {
	report := x.report
	bodyFonts, bodySz := sansFonts, bodySize
	if report {
		bodyFonts, bodySz = serifFonts, reportSize
	}
	jc := "left"
	if !x.en {
		jc = "both" // Korean is justified, as official reports are
	}
	langs := &lang{Val: "en-US", EastAsia: "ko-KR", Bidi: "ar-SA"}
	ss := styleSheet{W: nsW}
	// In a Korean handout, characters both scripts share (· — “ □ ○ ※)
	// take the Korean face, as Word's Korean documents set them.
	defFonts := *bodyFonts
	if !x.en {
		defFonts.Hint = "eastAsia"
	}
	ss.DocDefaults.RPr.RPr = rPr{RFonts: &defFonts, Kern: hp(0), Sz: hp(bodySz), SzCs: hp(bodySz), Lang: langs}
	// No automatic space between Hangul and Latin letters or digits
	// ("11월", not "11 월"), as the PDF and Hancom set them.
	ss.DocDefaults.PPr.PPr = pPr{
		AutoSpaceDE: val("0"), AutoSpaceDN: val("0"),
		Spacing: &spacing{After: twips(0), Line: lineAuto, LineRule: "auto"},
	}
	headColor := accent
	if report {
		headColor = black
	}
	textW := x.geo.textWidth
	add := func(s style) { ss.Styles = append(ss.Styles, s) }
	add(style{Type: "paragraph", Default: "1", ID: stNormal, Name: wVal{"Normal"}, QFormat: on,
		PPr: &pPr{Spacing: &spacing{After: twips(126)}, Jc: val(jc)},
		RPr: &rPr{Color: val(black)}})
	add(style{Type: "character", Default: "1", ID: chDefault, Name: wVal{"Default Paragraph Font"}, UIPrio: hp(1), SemiHid: on, Unhide: on})
	add(style{Type: "table", Default: "1", ID: tbNormal, Name: wVal{"Normal Table"}, UIPrio: hp(99), SemiHid: on, Unhide: on,
		TblPr: &tblPr{TblInd: &width{0, "dxa"}, TblCellMar: &cellMar{Top: &width{0, "dxa"}, Left: &width{108, "dxa"}, Bottom: &width{0, "dxa"}, Right: &width{108, "dxa"}}}})

	// Display and headings.
	title := style{Type: "paragraph", ID: stTitle, Name: wVal{"Title"}, BasedOn: val(stNormal), Next: val(stNormal), QFormat: on,
		PPr: &pPr{KeepNext: on, Spacing: &spacing{After: twips(200), Line: 293, LineRule: "auto"}, Jc: val("left")},
		RPr: &rPr{RFonts: sansFonts, B: on, BCs: on, Color: val(accent), Sz: hp(48), SzCs: hp(48)}}
	subtitle := style{Type: "paragraph", ID: stSubtitle, Name: wVal{"Subtitle"}, BasedOn: val(stNormal), Next: val(stNormal), QFormat: on,
		PPr: &pPr{Spacing: &spacing{After: twips(560)}, Jc: val("left")},
		RPr: &rPr{RFonts: sansFonts, Color: val(gray), Sz: hp(28), SzCs: hp(28)}}
	if report {
		title.PPr = &pPr{KeepNext: on, PBdr: &pBdr{Top: line(18, black, 8)}, Spacing: &spacing{Before: twips(80), After: twips(60), Line: 293, LineRule: "auto"}, Jc: val("center")}
		title.RPr = &rPr{RFonts: sansFonts, B: on, BCs: on, Color: val(black), Sz: hp(36), SzCs: hp(36)}
		subtitle.PPr = &pPr{Spacing: &spacing{After: twips(60)}, Jc: val("center")}
		subtitle.RPr = &rPr{RFonts: sansFonts, Color: val(gray), Sz: hp(24), SzCs: hp(24)}
	}
	add(title)
	add(subtitle)
	h1 := &pPr{KeepNext: on, KeepLines: on, PBdr: &pBdr{Bottom: line(6, accent, 4)},
		Spacing: &spacing{Before: twips(520), After: twips(280), Line: 250, LineRule: "auto"}, Jc: val("left"), OutlineLvl: &wInt{0}}
	h1Size := 32
	if report {
		h1 = &pPr{KeepNext: on, KeepLines: on, Spacing: &spacing{Before: twips(360), After: twips(120), Line: 250, LineRule: "auto"}, Jc: val("left"), OutlineLvl: &wInt{0}}
		h1Size = 27
	}
	add(style{Type: "paragraph", ID: stHeading + "1", Name: wVal{"heading 1"}, BasedOn: val(stNormal), Next: val(stNormal), UIPrio: hp(9), QFormat: on,
		PPr: h1, RPr: &rPr{RFonts: sansFonts, B: on, BCs: on, Color: val(headColor), Sz: hp(h1Size), SzCs: hp(h1Size)}})
	h2Color, h2Size := black, 26
	if report {
		h2Color, h2Size = accent, 23
	}
	add(style{Type: "paragraph", ID: stHeading + "2", Name: wVal{"heading 2"}, BasedOn: val(stNormal), Next: val(stNormal), UIPrio: hp(9), Unhide: on, QFormat: on,
		PPr: &pPr{KeepNext: on, KeepLines: on, Spacing: &spacing{Before: twips(240), After: twips(80), Line: 250, LineRule: "auto"}, Jc: val("left"), OutlineLvl: &wInt{1}},
		RPr: &rPr{RFonts: sansFonts, B: on, BCs: on, Color: val(h2Color), Sz: hp(h2Size), SzCs: hp(h2Size)}})
	add(style{Type: "paragraph", ID: stHeading + "3", Name: wVal{"heading 3"}, BasedOn: val(stNormal), Next: val(stNormal), UIPrio: hp(9), Unhide: on, QFormat: on,
		PPr: &pPr{KeepNext: on, KeepLines: on, Spacing: &spacing{Before: twips(200), After: twips(60), Line: 250, LineRule: "auto"}, Jc: val("left"), OutlineLvl: &wInt{2}},
		RPr: &rPr{RFonts: sansFonts, B: on, BCs: on, Color: val(black), Sz: hp(22), SzCs: hp(22)}})
	add(style{Type: "paragraph", ID: stTOCHeading, Name: wVal{"TOC Heading"}, BasedOn: val(stHeading + "1"), Next: val(stNormal), UIPrio: hp(39), Unhide: on, QFormat: on,
		PPr: &pPr{OutlineLvl: &wInt{9}}})
	add(style{Type: "paragraph", ID: stTOC1, Name: wVal{"toc 1"}, BasedOn: val(stNormal), Next: val(stNormal), UIPrio: hp(39), Unhide: on,
		PPr: &pPr{Tabs: &tabs{Tab: []tab{{Val: "right", Leader: "dot", Pos: textW}}}, Spacing: &spacing{After: twips(100)}, Ind: &ind{Left: 440, Hanging: 440}, Jc: val("left")},
		RPr: &rPr{RFonts: sansFonts, Sz: hp(22), SzCs: hp(22)}})

	// The analyst's text.
	add(style{Type: "paragraph", ID: stQuote, Name: wVal{"Quote"}, BasedOn: val(stNormal), Next: val(stNormal), UIPrio: hp(29), QFormat: on,
		PPr: &pPr{PBdr: &pBdr{Left: line(12, quoteBar, 8)}, Spacing: &spacing{Before: twips(40), After: twips(126)}, Ind: &ind{Left: 200, Right: 320}},
		RPr: &rPr{Color: val(quoteText)}})
	add(style{Type: "paragraph", ID: stList, Name: wVal{"List Paragraph"}, BasedOn: val(stNormal), UIPrio: hp(34), QFormat: on,
		PPr: &pPr{Spacing: &spacing{After: twips(40)}, Ind: &ind{Left: 360}}})
	for lv := 1; lv <= 4; lv++ {
		add(style{Type: "paragraph", CustomSty: "1", ID: stPoint + itoa(lv), Name: wVal{"Point " + itoa(lv)}, BasedOn: val(stNormal), Next: val(stPoint + itoa(lv)), QFormat: on,
			PPr: &pPr{Spacing: &spacing{Before: twips(pointBefore(lv)), After: twips(50)}, Ind: pointIndent(lv)}})
	}
	add(style{Type: "paragraph", CustomSty: "1", ID: stCode, Name: wVal{"Code"}, BasedOn: val(stNormal),
		PPr: &pPr{Spacing: &spacing{After: twips(0), Line: 240, LineRule: "auto"}, Ind: &ind{Left: 200}, Jc: val("left")},
		RPr: &rPr{RFonts: monoFonts, Sz: hp(19), SzCs: hp(19)}})
	add(style{Type: "paragraph", CustomSty: "1", ID: stRule, Name: wVal{"Rule"}, BasedOn: val(stNormal), Next: val(stNormal),
		PPr: &pPr{PBdr: &pBdr{Bottom: line(4, gray, 1)}, Spacing: &spacing{Before: twips(120), After: twips(160), Line: 120, LineRule: "exact"}},
		RPr: &rPr{Sz: hp(4), SzCs: hp(4)}})
	add(style{Type: "paragraph", ID: stTableText, Name: wVal{"Table Text"}, CustomSty: "1", BasedOn: val(stNormal),
		PPr: &pPr{Spacing: &spacing{Before: twips(20), After: twips(20), Line: 252, LineRule: "auto"}, Jc: val("left")},
		RPr: &rPr{RFonts: sansFonts, Sz: hp(19), SzCs: hp(19)}})
	add(style{Type: "paragraph", ID: stFootnote, Name: wVal{"footnote text"}, BasedOn: val(stNormal), UIPrio: hp(99), Unhide: on,
		PPr: &pPr{Spacing: &spacing{After: twips(40), Line: 252, LineRule: "auto"}, Ind: &ind{Left: 260, Hanging: 260}, Jc: val("left")},
		RPr: &rPr{RFonts: sansFonts, Color: val(gray), Sz: hp(18), SzCs: hp(18)}})
	add(style{Type: "character", ID: chNoteRef, Name: wVal{"footnote reference"}, BasedOn: val(chDefault), UIPrio: hp(99), Unhide: on,
		RPr: &rPr{VertAlgn: val("superscript")}})
	add(style{Type: "character", ID: chHyperlink, Name: wVal{"Hyperlink"}, BasedOn: val(chDefault), UIPrio: hp(99), Unhide: on,
		RPr: &rPr{Color: val(linkColor), U: val("single")}})
	add(style{Type: "character", CustomSty: "1", ID: chCode, Name: wVal{"Code Char"}, BasedOn: val(chDefault),
		RPr: &rPr{RFonts: monoFonts, Sz: hp(19), SzCs: hp(19)}})
	add(style{Type: "table", ID: tbGrid, Name: wVal{"Briefing Table"}, CustomSty: "1", BasedOn: val(tbNormal), UIPrio: hp(59),
		PPr: &pPr{Spacing: &spacing{After: twips(0)}},
		TblPr: &tblPr{
			TblBorders: &tblBorders{Top: line(4, tableRule, 0), Left: line(4, tableRule, 0), Bottom: line(4, tableRule, 0), Right: line(4, tableRule, 0),
				InsideH: line(4, tableRule, 0), InsideV: line(4, tableRule, 0)},
			TblCellMar: &cellMar{Top: &width{60, "dxa"}, Left: &width{100, "dxa"}, Bottom: &width{60, "dxa"}, Right: &width{100, "dxa"}}},
		Cond: []tblStylePr{{Type: "firstRow", RPr: &rPr{B: on, BCs: on}, TrPr: &trPr{TblHeader: on}, TcPr: &tcPr{Shd: fill(tableHead)}}}})
	add(style{Type: "table", ID: tbSummary, Name: wVal{"Summary Box"}, CustomSty: "1", BasedOn: val(tbNormal),
		TblPr: &tblPr{
			TblBorders: &tblBorders{Top: line(6, black, 0), Left: line(6, black, 0), Bottom: line(6, black, 0), Right: line(6, black, 0), InsideH: line(6, black, 0)},
			TblCellMar: &cellMar{Top: &width{100, "dxa"}, Left: &width{240, "dxa"}, Bottom: &width{100, "dxa"}, Right: &width{240, "dxa"}}},
		Cond: []tblStylePr{{Type: "firstRow", TcPr: &tcPr{Shd: fill(tableHead)}}}})

	// The handout's own paragraphs.
	excerptFonts := serifFonts
	add(style{Type: "paragraph", CustomSty: "1", ID: stExcerpt, Name: wVal{"Excerpt"}, BasedOn: val(stNormal), Next: val(stSource), QFormat: on,
		PPr: &pPr{PBdr: &pBdr{Left: line(18, quoteRule, 10)}, Shd: fill(quoteFill),
			Spacing: &spacing{Before: twips(0), After: twips(0), Line: lineAuto, LineRule: "auto"}, Ind: &ind{Left: 260, Right: 40}},
		RPr: &rPr{RFonts: excerptFonts, Sz: hp(20), SzCs: hp(20)}})
	add(style{Type: "paragraph", CustomSty: "1", ID: stSource, Name: wVal{"Source"}, BasedOn: val(stNormal), Next: val(stNormal), QFormat: on,
		PPr: &pPr{Spacing: &spacing{Before: twips(80), After: twips(240)}, Ind: &ind{Left: 260}, Jc: val("left")},
		RPr: &rPr{RFonts: sansFonts, Color: val(gray), Sz: hp(16), SzCs: hp(16)}})
	add(style{Type: "character", CustomSty: "1", ID: chCitation, Name: wVal{"Citation"}, BasedOn: val(chDefault),
		RPr: &rPr{B: on, BCs: on, Color: val(accent)}})
	add(style{Type: "character", CustomSty: "1", ID: chLabel, Name: wVal{"Label"}, BasedOn: val(chDefault),
		RPr: &rPr{B: on, BCs: on, Color: val(gray)}})
	add(style{Type: "paragraph", CustomSty: "1", ID: stCoverFact, Name: wVal{"Cover Fact"}, BasedOn: val(stNormal),
		PPr: &pPr{Spacing: &spacing{After: twips(60)}, Jc: val("left")}, RPr: &rPr{RFonts: sansFonts, Sz: hp(21), SzCs: hp(21)}})
	add(style{Type: "paragraph", CustomSty: "1", ID: stTitleFacts, Name: wVal{"Title Facts"}, BasedOn: val(stNormal),
		PPr: &pPr{Spacing: &spacing{After: twips(0)}, Jc: val("right")}, RPr: &rPr{RFonts: sansFonts, Sz: hp(20), SzCs: hp(20)}})
	add(style{Type: "paragraph", CustomSty: "1", ID: stMarkingBox, Name: wVal{"Marking Box"}, BasedOn: val(stNormal),
		PPr: &pPr{Spacing: &spacing{Before: twips(480)}, Ind: &ind{Left: 100}, Jc: val("left")},
		RPr: &rPr{RFonts: sansFonts, B: on, BCs: on, Color: val(markRed), Sz: hp(24), SzCs: hp(24), Bdr: line(10, markRed, 4)}})
	add(style{Type: "paragraph", CustomSty: "1", ID: stNotice, Name: wVal{"Declassification Notice"}, BasedOn: val(stNormal),
		PPr: &pPr{PBdr: &pBdr{Top: line(5, noticeRule, 4), Left: line(5, noticeRule, 6), Bottom: line(5, noticeRule, 4), Right: line(5, noticeRule, 6)},
			Spacing: &spacing{After: twips(200), Line: 252, LineRule: "auto"}, Ind: &ind{Left: 140, Right: 140}, Jc: val("left")},
		RPr: &rPr{RFonts: sansFonts, Sz: hp(18), SzCs: hp(18)}})
	add(style{Type: "paragraph", CustomSty: "1", ID: stSourceEntry, Name: wVal{"Source Entry"}, BasedOn: val(stNormal), Next: val(stSourceFacts),
		PPr: &pPr{KeepNext: on, Spacing: &spacing{Before: twips(120), After: twips(0)}, Ind: &ind{Left: 600, Hanging: 600}, Jc: val("left")},
		RPr: &rPr{RFonts: sansFonts, Sz: hp(bodySize), SzCs: hp(bodySize)}})
	add(style{Type: "paragraph", CustomSty: "1", ID: stSourceFacts, Name: wVal{"Source Facts"}, BasedOn: val(stNormal),
		PPr: &pPr{Spacing: &spacing{After: twips(0)}, Ind: &ind{Left: 600}, Jc: val("left")},
		RPr: &rPr{RFonts: sansFonts, Color: val(gray), Sz: hp(18), SzCs: hp(18)}})
	add(style{Type: "paragraph", CustomSty: "1", ID: stNothing, Name: wVal{"Nothing"}, BasedOn: val(stNormal),
		RPr: &rPr{Color: val(gray)}})
	add(style{Type: "paragraph", CustomSty: "1", ID: stPointer, Name: wVal{"Annex Pointer"}, BasedOn: val(stNormal),
		PPr: &pPr{Spacing: &spacing{Before: twips(40), After: twips(160)}, Jc: val("left")},
		RPr: &rPr{RFonts: sansFonts, Color: val(gray), Sz: hp(18), SzCs: hp(18)}})
	add(style{Type: "paragraph", CustomSty: "1", ID: stSummaryHead, Name: wVal{"Summary Label"}, BasedOn: val(stNormal),
		PPr: &pPr{KeepNext: on, Spacing: &spacing{After: twips(0)}, Jc: val("center")},
		RPr: &rPr{RFonts: sansFonts, B: on, BCs: on, Sz: hp(22), SzCs: hp(22)}})

	// Page furniture.
	center := &tabs{Tab: []tab{{Val: "center", Pos: textW / 2}, {Val: "right", Pos: textW}}}
	add(style{Type: "paragraph", ID: stHeader, Name: wVal{"header"}, BasedOn: val(stNormal), UIPrio: hp(99), Unhide: on,
		PPr: &pPr{Tabs: center, Spacing: &spacing{After: twips(0), Line: 240, LineRule: "auto"}, Jc: val("left")},
		RPr: &rPr{RFonts: sansFonts, Color: val(gray), Sz: hp(16), SzCs: hp(16)}})
	add(style{Type: "paragraph", ID: stFooter, Name: wVal{"footer"}, BasedOn: val(stNormal), UIPrio: hp(99), Unhide: on,
		PPr: &pPr{Tabs: center, Spacing: &spacing{After: twips(0), Line: 240, LineRule: "auto"}, Jc: val("center")},
		RPr: &rPr{RFonts: sansFonts, Color: val(gray), Sz: hp(16), SzCs: hp(16)}})
	add(style{Type: "paragraph", CustomSty: "1", ID: stMarking, Name: wVal{"Marking"}, BasedOn: val(stNormal),
		PPr: &pPr{Spacing: &spacing{After: twips(0), Line: 240, LineRule: "auto"}, Jc: val("center")},
		RPr: &rPr{RFonts: sansFonts, B: on, BCs: on, Color: val(markRed), Sz: hp(18), SzCs: hp(18)}})
	return ss
}

// pointIndent is the hanging indent of a point of a Korean report at level
// lv: the mark hangs, the text and its wrapped lines start 14 pt in, and
// every level sets in 12 pt further, as the PDF does.
func pointIndent(lv int) *ind {
	return &ind{Left: 280 + 240*(lv-1), Hanging: 280}
}

// pointBefore is the space above a point: a main point (□) sets its group
// apart.
func pointBefore(lv int) int {
	if lv == 1 {
		return 100
	}
	return 0
}
