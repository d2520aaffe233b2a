package hwpx

// head builds Contents/header.xml from the sheet: every shape the section
// refers to, with counts that match.
func (d *doc) head() *head {
	s := d.sh
	h := &head{
		namespaces: allNamespaces, Version: "1.4", SecCnt: 1,
		BeginNum: beginNum{1, 1, 1, 1, 1, 1},
		Compat:   compat{TargetProgram: "HWP201X"},
		Track:    track{Flags: 56},
	}
	rl := &h.RefList
	for _, lang := range []string{"HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER"} {
		ff := fontFace{Lang: lang, FontCnt: len(fontNames)}
		for i, f := range fontNames {
			ff.Fonts = append(ff.Fonts, font{ID: i, Face: f.face, Type: "TTF",
				TypeInfo: typeInfo{FamilyType: f.family, Weight: 8, Proportion: 4, StrokeVariation: 1,
					ArmStyle: 1, Letterform: 1, Midline: 1, XHeight: 1}})
		}
		rl.FontFaces.Faces = append(rl.FontFaces.Faces, ff)
	}
	rl.FontFaces.ItemCnt = len(rl.FontFaces.Faces)
	for id := 1; id <= bfCount; id++ {
		rl.BorderFills.Fills = append(rl.BorderFills.Fills, borderFillOf(id, fills[id]))
	}
	rl.BorderFills.ItemCnt = len(rl.BorderFills.Fills)
	for id, c := range s.chars {
		rl.CharProps.Chars = append(rl.CharProps.Chars, charPrOf(id, c))
	}
	rl.CharProps.ItemCnt = len(rl.CharProps.Chars)
	rl.TabProps = tabProps{ItemCnt: 1, Tabs: []tabPr{{ID: 0}}}
	for i, n := range s.numberings {
		rl.Numberings.Numberings = append(rl.Numberings.Numberings, numberingOf(i+1, n))
	}
	rl.Numberings.ItemCnt = len(rl.Numberings.Numberings)
	if len(s.bullets) > 0 {
		rl.Bullets = &bullets{ItemCnt: len(s.bullets)}
		for i, c := range s.bullets {
			rl.Bullets.Bullets = append(rl.Bullets.Bullets, bullet{ID: i + 1, Char: c,
				ParaHead: paraHead{Level: 0, Align: "LEFT", AutoIndent: 1, TextOffsetType: "PERCENT",
					TextOffset: 50, NumFormat: "DIGIT", CharPr: noCharPr}})
		}
	}
	for id, p := range s.paras {
		rl.ParaProps.Paras = append(rl.ParaProps.Paras, paraPrOf(id, p))
	}
	rl.ParaProps.ItemCnt = len(rl.ParaProps.Paras)
	for id, st := range d.styles {
		rl.Styles.Styles = append(rl.Styles.Styles, styleElem{ID: id, Type: "PARA", Name: st.name, EngName: st.eng,
			ParaPr: st.paraID, CharPr: st.charID, NextStyle: nextStyle(id), LangID: 1042})
	}
	rl.Styles.ItemCnt = len(rl.Styles.Styles)
	return h
}

// nextStyle is the style Hancom Office gives the paragraph after one in
// style id when the user presses Enter: body text after headings and the
// title, the same style otherwise.
func nextStyle(id int) int {
	switch id {
	case stOutline1, stOutline2, stOutline3, stTitle, stSubtitle:
		return stBody
	}
	return id
}

func borderFillOf(id int, f fillSpec) borderFill {
	side := func(s [2]string) border {
		if s[0] == "" {
			return border{Type: "NONE", Width: "0.1 mm", Color: "#000000"}
		}
		return border{Type: s[0], Width: s[1], Color: f.color}
	}
	bf := borderFill{ID: id, CenterLine: "NONE",
		Slash: slash{Type: "NONE"}, BackSlash: slash{Type: "NONE"},
		Left: side(f.left), Right: side(f.right), Top: side(f.top), Bottom: side(f.bottom),
		Diagonal: border{Type: "SOLID", Width: "0.1 mm", Color: "#000000"}}
	switch f.fill {
	case "":
	case "none":
		bf.FillBrush = &fillBrush{winBrush{FaceColor: "none", HatchColor: "#FF000000"}}
	default:
		bf.FillBrush = &fillBrush{winBrush{FaceColor: f.fill, HatchColor: "#999999"}}
	}
	return bf
}

func charPrOf(id int, c charStyle) charPr {
	p := charPr{ID: id, Height: c.size, TextColor: c.color, ShadeColor: "none", SymMark: "NONE",
		BorderFill: bfChar, FontRef: allLangs(c.font), Ratio: allLangs(100), Spacing: allLangs(0),
		RelSz: allLangs(100), Offset: allLangs(0),
		Underline: underline{Type: "NONE", Shape: "SOLID", Color: "#000000"},
		Strikeout: strikeout{Shape: "NONE", Color: "#000000"},
		Outline:   outline{Type: "NONE"},
		Shadow:    charShadow{Type: "NONE", Color: "#B2B2B2", OffsetX: 10, OffsetY: 10}}
	if c.bold {
		p.Bold = &struct{}{}
	}
	if c.italic {
		p.Italic = &struct{}{}
	}
	if c.underline {
		p.Underline = underline{Type: "BOTTOM", Shape: "SOLID", Color: c.color}
	}
	if c.strike {
		p.Strikeout = strikeout{Shape: "SOLID", Color: c.color}
	}
	if c.raised {
		p.Supscript = &struct{}{}
	}
	return p
}

// numberingOf writes a numbering: the outline's shows no numbers (the
// handout writes them as text); a list's numbers each level "1.".
func numberingOf(id int, n numberingDef) numbering {
	out := numbering{ID: id, Start: 0}
	for level := 1; level <= 7; level++ {
		start := 1
		ph := paraHead{Start: &start, Level: level, Align: "LEFT", UseInstWidth: 1, AutoIndent: 1,
			TextOffsetType: "PERCENT", TextOffset: 50, NumFormat: "DIGIT", CharPr: noCharPr}
		if !n.outline {
			s := n.start
			ph.Start = &s
			ph.Text = "^" + string(rune('0'+level)) + "."
		}
		out.ParaHeads = append(out.ParaHeads, ph)
	}
	return out
}

func paraPrOf(id int, p paraStyle) paraPr {
	bit := func(b bool) int {
		if b {
			return 1
		}
		return 0
	}
	word := "KEEP_WORD"
	if p.breakWord {
		word = "BREAK_WORD"
	}
	m := func(scale int) marginBody {
		u := func(v int) unitValue { return unitValue{Value: v * scale, Unit: "HWPUNIT"} }
		return marginBody{
			Margin: paraMargin{Intent: u(p.indent), Left: u(p.left), Right: u(p.right),
				Prev: u(p.before), Next: u(p.after)},
			LineSpacing: lineSpacing{Type: "PERCENT", Value: p.line, Unit: "HWPUNIT"},
		}
	}
	border := p.border
	if border == 0 {
		border = bfChar
	}
	return paraPr{ID: id, SnapToGrid: 1,
		Align:   paraAlign{Horizontal: p.align, Vertical: "BASELINE"},
		Heading: heading{Type: p.head, IDRef: p.headID, Level: p.headLevel},
		BreakSetting: breakSetting{BreakLatinWord: "KEEP_WORD", BreakNonLatinWord: word,
			WidowOrphan: 1, KeepWithNext: bit(p.keepNext), KeepLines: bit(p.keepLines),
			PageBreakBefore: bit(p.breakBefore), LineWrap: "BREAK"},
		// Hancom Office writes the margins twice: in HWPUNIT where the
		// reader knows the 2016 unit namespace, doubled for older readers.
		Switch: marginSwitch{Case: marginCase{RequiredNamespace: nsHwpUnit, marginBody: m(1)}, Default: m(2)},
		Border: paraBorder{BorderFill: border, OffsetLeft: p.borderPad, OffsetRight: p.borderPad,
			OffsetTop: p.borderPad, OffsetBottom: p.borderPad, Connect: bit(p.connect), IgnoreMargin: bit(p.ignoreMargin)},
	}
}
