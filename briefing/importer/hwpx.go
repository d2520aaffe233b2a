package importer

import (
	"encoding/xml"
	"path"
	"sort"
	"strconv"
	"strings"
)

// HWPX (OWPML, KS X 6101) is Hancom Office's open format: a zip package
// whose mimetype is application/hwp+zip. Contents/content.hpf lists the
// parts and their reading order (the spine), Contents/header.xml holds the
// paragraph shapes and styles the sections refer to by id, and each
// Contents/sectionN.xml holds paragraphs (hp:p) of runs (hp:run) of text
// (hp:t); tables (hp:tbl, hp:tr, hp:tc), footnotes and endnotes (hp:footNote,
// hp:endNote), headers and footers (hp:header, hp:footer) sit in a run where
// they are anchored. Elements are matched by local name, so the namespace
// versions (2011, 2016) read alike.

const hwpxMime = "application/hwp+zip"

// hwpxStyles is what header.xml says about paragraphs' levels.
type hwpxStyles struct {
	outline map[string]int // paraPr id → outline level (1..), from its heading
	styles  map[string]int // style id → heading level of its name, or levelTitle
}

// readHWPX reads an HWPX package into a walk.
func readHWPX(data []byte) (*docWalk, error) {
	pkg, err := openZip(data, "HWPX")
	if err != nil {
		return nil, err
	}
	if err := hwpxEncrypted(pkg); err != nil {
		return nil, err
	}
	w := &docWalk{format: "HWPX"}
	sections, err := hwpxSpine(pkg, w)
	if err != nil {
		return nil, err
	}
	st := hwpxHeader(pkg)
	for _, s := range sections {
		if err := hwpxSection(pkg, s, st, w); err != nil {
			return nil, err
		}
	}
	return w, w.end()
}

// hwpxEncrypted refuses a package whose manifest says its parts are
// encrypted (a password set in Hancom Office).
func hwpxEncrypted(pkg *zipPackage) error {
	if !pkg.has("META-INF/manifest.xml") {
		return nil
	}
	encrypted := false
	err := pkg.eachToken("META-INF/manifest.xml", func(t xml.Token) bool {
		if e, ok := t.(xml.StartElement); ok && e.Name.Local == "encryption-data" {
			encrypted = true
			return false
		}
		return true
	})
	if encrypted {
		return passwordProtected("HWPX", "Hancom Office")
	}
	return err
}

// hwpxSpine returns the section parts in reading order, and reads the
// package's title, author and date into w.
func hwpxSpine(pkg *zipPackage, w *docWalk) ([]string, error) {
	root := "Contents/content.hpf"
	if pkg.has("META-INF/container.xml") {
		_ = pkg.eachToken("META-INF/container.xml", func(t xml.Token) bool {
			if e, ok := t.(xml.StartElement); ok && e.Name.Local == "rootfile" && strings.HasSuffix(strings.ToLower(xattr(e, "full-path")), ".hpf") {
				root = xattr(e, "full-path")
				return false
			}
			return true
		})
	}
	var spine []string
	if pkg.has(root) {
		var err error
		if spine, err = hwpxContent(pkg, root, w); err != nil {
			return nil, err
		}
	}
	if len(spine) == 0 { // no manifest: the section parts in number order
		spine = hwpxSectionParts(pkg)
	}
	if len(spine) == 0 {
		return nil, damaged("HWPX", "no section parts")
	}
	return spine, nil
}

// hwpxContent reads content.hpf: its metadata and the spine's section parts.
func hwpxContent(pkg *zipPackage, root string, w *docWalk) ([]string, error) {
	items := map[string]string{}
	var order []string
	var field *string
	var inTitle bool
	err := pkg.eachToken(root, func(t xml.Token) bool {
		switch t := t.(type) {
		case xml.StartElement:
			field, inTitle = nil, false
			switch t.Name.Local {
			case "item":
				items[xattr(t, "id")] = xattr(t, "href")
			case "itemref":
				order = append(order, xattr(t, "idref"))
			case "title":
				inTitle = true
			case "meta":
				switch xattr(t, "name") {
				case "creator":
					field = &w.author
				case "CreatedDate":
					field = &w.published
				}
			}
		case xml.CharData:
			switch {
			case inTitle:
				w.title += string(t)
			case field != nil:
				*field += string(t)
			}
		case xml.EndElement:
			field, inTitle = nil, false
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	w.published = isoDate(w.published)
	w.author = strings.TrimSpace(w.author)
	dir := path.Dir(partName(root))
	var spine []string
	for _, id := range order {
		href := items[id]
		if href == "" || !strings.HasPrefix(strings.ToLower(path.Base(href)), "section") {
			continue
		}
		for _, name := range []string{href, path.Join(dir, href)} {
			if pkg.has(name) {
				spine = append(spine, name)
				break
			}
		}
	}
	return spine, nil
}

// hwpxSectionParts lists Contents/sectionN.xml in number order.
func hwpxSectionParts(pkg *zipPackage) []string {
	type part struct {
		name string
		n    int
	}
	var parts []part
	for name := range pkg.files {
		num, ok := strings.CutPrefix(name, "contents/section")
		if !ok {
			continue
		}
		if n, err := strconv.Atoi(strings.TrimSuffix(num, ".xml")); err == nil && strings.HasSuffix(num, ".xml") {
			parts = append(parts, part{name, n})
		}
	}
	sort.Slice(parts, func(i, j int) bool { return parts[i].n < parts[j].n })
	names := make([]string, len(parts))
	for i, p := range parts {
		names[i] = p.name
	}
	return names
}

// hwpxHeader reads the outline levels of paragraph shapes and the heading
// levels of styles from header.xml. A missing or broken header costs the
// headings, not the text.
func hwpxHeader(pkg *zipPackage) hwpxStyles {
	st := hwpxStyles{outline: map[string]int{}, styles: map[string]int{}}
	name := "Contents/header.xml"
	if !pkg.has(name) {
		return st
	}
	var paraPr string
	_ = pkg.eachToken(name, func(t xml.Token) bool {
		e, ok := t.(xml.StartElement)
		if !ok {
			return true
		}
		switch e.Name.Local {
		case "paraPr":
			paraPr = xattr(e, "id")
		case "heading":
			if xattr(e, "type") == "OUTLINE" {
				if n, err := strconv.Atoi(xattr(e, "level")); err == nil && n >= 0 && n < 10 {
					st.outline[paraPr] = n + 1
				}
			}
		case "style":
			if xattr(e, "type") != "PARA" {
				break
			}
			id := xattr(e, "id")
			if l := headingStyle(xattr(e, "engName")); l != 0 {
				st.styles[id] = l
			} else if l := headingStyle(xattr(e, "name")); l != 0 {
				st.styles[id] = l
			}
		}
		return true
	})
	return st
}

// level is a paragraph's heading level: from its style's name, else from
// the outline level of its shape.
func (st hwpxStyles) level(e xml.StartElement) (int, bool) {
	if l := st.styles[xattr(e, "styleIDRef")]; l != 0 {
		return l, false
	}
	if l := st.outline[xattr(e, "paraPrIDRef")]; l != 0 {
		return l, true
	}
	return 0, false
}

// hwpxSection walks one section part.
func hwpxSection(pkg *zipPackage, name string, st hwpxStyles, w *docWalk) error {
	inText := 0       // inside hp:t
	deleting := false // between hp:deleteBegin and hp:deleteEnd: tracked deletions
	err := pkg.eachToken(name, func(t xml.Token) bool {
		switch t := t.(type) {
		case xml.StartElement:
			hwpxStart(t, st, w, &inText, &deleting)
		case xml.EndElement:
			hwpxEnd(t.Name.Local, w, &inText)
		case xml.CharData:
			if inText > 0 && !deleting {
				w.text(string(t))
			}
		}
		return w.err == nil
	})
	if err != nil {
		return err
	}
	return w.err
}

// textArtText turns the line breaks of a 글맵시's text (shown as ␍␊)
// into spaces.
var textArtText = strings.NewReplacer("\u240d\u240a", " ", "\u240d", " ", "\u240a", " ", "\r", " ", "\n", " ")

func hwpxStart(e xml.StartElement, st hwpxStyles, w *docWalk, inText *int, deleting *bool) {
	switch e.Name.Local {
	case "p":
		level, weak := st.level(e)
		w.openPara(level, weak)
	case "t", "mainText": // the text of a run; the main text of 덧말 (its note above stays out)
		*inText++
	case "tab", "lineBreak", "nbSpace", "fwSpace":
		if *inText > 0 {
			w.text(" ")
		}
	case "hyphen":
		if *inText > 0 {
			w.text("-")
		}
	case "textart": // 글맵시: its text is an attribute, lines apart by ␍␊
		if t := textArtText.Replace(xattr(e, "text")); !*deleting && strings.TrimSpace(t) != "" {
			w.text(" " + t + " ")
		}
	case "deleteBegin":
		*deleting = true
	case "deleteEnd":
		*deleting = false
	case "tbl":
		w.openTable()
	case "tr":
		w.openRow()
	case "tc":
		w.openCell()
	case "footNote":
		w.openNote(false)
	case "endNote":
		w.openNote(true)
	case "header", "footer", "hiddenComment", "fieldBegin", "masterPage":
		w.openSkip()
	}
}

func hwpxEnd(local string, w *docWalk, inText *int) {
	switch local {
	case "p":
		w.closePara()
	case "t", "mainText":
		if *inText > 0 {
			*inText--
		}
	case "tbl":
		w.closeTable()
	case "tr":
		w.closeRow()
	case "tc":
		w.closeCell()
	case "footNote", "endNote":
		w.closeNote()
	case "header", "footer", "hiddenComment", "fieldBegin", "masterPage":
		w.closeSkip()
	}
}
