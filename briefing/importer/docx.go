package importer

import (
	"encoding/xml"
	"path"
	"strconv"
	"strings"
)

// DOCX (Office Open XML, WordprocessingML) is a zip package:
// word/document.xml holds the body's paragraphs (w:p) of runs (w:r) of text
// (w:t), and tables (w:tbl, w:tr, w:tc); word/styles.xml names the styles
// paragraphs refer to (Title, Heading 1–9, or any style with an outline
// level); word/footnotes.xml and word/endnotes.xml hold the notes the body
// refers to by id; docProps/core.xml the title, author and dates. Deleted
// text of tracked changes (w:delText, w:moveFrom) stays out, and of
// alternative content (mc:AlternateContent) only the first choice is read.

const docxFormat = "DOCX"

// docxStyle is what styles.xml says of a paragraph style.
type docxStyle struct {
	level   int // heading level, levelTitle, or 0
	basedOn string
}

// readDOCX reads a DOCX package into a walk.
func readDOCX(data []byte) (*docWalk, error) {
	pkg, err := openZip(data, docxFormat)
	if err != nil {
		return nil, err
	}
	doc := docxMain(pkg)
	if !pkg.has(doc) {
		return nil, damaged(docxFormat, "no word/document.xml")
	}
	w := &docWalk{format: docxFormat}
	docxCore(pkg, w)
	dir := path.Dir(partName(doc))
	styles := docxStyles(pkg, path.Join(dir, "styles.xml"))
	notes := [2]map[string]string{
		docxNotes(pkg, path.Join(dir, "footnotes.xml"), "footnote"),
		docxNotes(pkg, path.Join(dir, "endnotes.xml"), "endnote"),
	}
	if err := docxBody(pkg, doc, styles, notes, w); err != nil {
		return nil, err
	}
	return w, w.end()
}

// docxMain finds the main document part through the package's relationships.
func docxMain(pkg *zipPackage) string {
	main := "word/document.xml"
	if pkg.has("_rels/.rels") {
		_ = pkg.eachToken("_rels/.rels", func(t xml.Token) bool {
			if e, ok := t.(xml.StartElement); ok && e.Name.Local == "Relationship" && strings.HasSuffix(xattr(e, "Type"), "/officeDocument") {
				if target := xattr(e, "Target"); pkg.has(target) {
					main = target
				}
				return false
			}
			return true
		})
	}
	return main
}

// docxCore reads the title, author and creation date of docProps/core.xml.
func docxCore(pkg *zipPackage, w *docWalk) {
	name := "docProps/core.xml"
	if !pkg.has(name) {
		return
	}
	var field *string
	var created string
	_ = pkg.eachToken(name, func(t xml.Token) bool {
		switch t := t.(type) {
		case xml.StartElement:
			field = nil
			switch t.Name.Local {
			case "title":
				field = &w.title
			case "creator":
				field = &w.author
			case "created":
				field = &created
			}
		case xml.CharData:
			if field != nil {
				*field += string(t)
			}
		case xml.EndElement:
			field = nil
		}
		return true
	})
	w.published = isoDate(created)
	w.author = strings.TrimSpace(w.author)
}

// docxStyles reads the heading level of every paragraph style: from its
// name, else from its outline level, else from the style it is based on.
func docxStyles(pkg *zipPackage, name string) map[string]int {
	styles := map[string]*docxStyle{}
	if pkg.has(name) {
		var cur *docxStyle
		_ = pkg.eachToken(name, func(t xml.Token) bool {
			e, ok := t.(xml.StartElement)
			if !ok {
				return true
			}
			switch e.Name.Local {
			case "style":
				cur = nil
				if xattr(e, "type") == "paragraph" {
					cur = &docxStyle{}
					styles[xattr(e, "styleId")] = cur
				}
			case "name":
				if cur != nil && cur.level == 0 {
					cur.level = headingStyle(xattr(e, "val"))
				}
			case "outlineLvl":
				if n, err := strconv.Atoi(xattr(e, "val")); err == nil && cur != nil && cur.level == 0 && n >= 0 && n < 9 {
					cur.level = n + 1
				}
			case "basedOn":
				if cur != nil {
					cur.basedOn = xattr(e, "val")
				}
			}
			return true
		})
	}
	levels := make(map[string]int, len(styles))
	for id, s := range styles {
		for hops := 0; s != nil && hops < 10; hops++ { // basedOn may loop
			if s.level != 0 {
				levels[id] = s.level
				break
			}
			s = styles[s.basedOn]
		}
	}
	return levels
}

// docxNotes reads the text of every footnote or endnote by id; the
// separators Word keeps among them are left out.
func docxNotes(pkg *zipPackage, name, kind string) map[string]string {
	notes := map[string]string{}
	if !pkg.has(name) {
		return notes
	}
	var id string
	var text strings.Builder
	inText := false
	_ = pkg.eachToken(name, func(t xml.Token) bool {
		switch t := t.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case kind:
				id = ""
				if typ := xattr(t, "type"); typ == "" || typ == "normal" {
					id = xattr(t, "id")
				}
				text.Reset()
			case "t":
				inText = true
			case "tab", "br", "cr", "p":
				text.WriteByte(' ')
			}
		case xml.CharData:
			if inText && id != "" && text.Len() < maxParagraphBytes {
				text.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case kind:
				if id != "" && len(notes) < maxNotes {
					notes[id] = text.String()
				}
				id = ""
			}
		}
		return true
	})
	return notes
}

// Limits of a DOCX's notes, which are read before the body.
const (
	maxNotes          = 10_000
	maxParagraphBytes = 1 << 20
)

// docxBody walks the main document part.
func docxBody(pkg *zipPackage, name string, styles map[string]int, notes [2]map[string]string, w *docWalk) error {
	inText := false
	err := pkg.eachToken(name, func(t xml.Token) bool {
		switch t := t.(type) {
		case xml.StartElement:
			docxStart(t, styles, notes, w, &inText)
		case xml.EndElement:
			docxEnd(t.Name.Local, w, &inText)
		case xml.CharData:
			if inText {
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

func docxStart(e xml.StartElement, styles map[string]int, notes [2]map[string]string, w *docWalk, inText *bool) {
	switch e.Name.Local {
	case "p":
		w.openPara(0, false)
	case "pStyle":
		if f := w.top(); f != nil && f.kind == framePara && f.text.Len() == 0 {
			f.level, f.weak = styles[xattr(e, "val")], false
		}
	case "outlineLvl":
		if f := w.top(); f != nil && f.kind == framePara && f.level == 0 {
			if n, err := strconv.Atoi(xattr(e, "val")); err == nil && n >= 0 && n < 9 {
				f.level = n + 1
			}
		}
	case "t":
		*inText = true
	case "tab", "br", "cr":
		w.text(" ")
	case "noBreakHyphen":
		w.text("-")
	case "tbl":
		w.openTable()
	case "tr":
		w.openRow()
	case "tc":
		w.openCell()
	case "footnoteReference", "endnoteReference":
		k := 0
		if e.Name.Local == "endnoteReference" {
			k = 1
		}
		w.openNote(k == 1)
		w.openPara(0, false)
		w.text(notes[k][xattr(e, "id")])
		w.closeNote()
	case "Fallback", "moveFrom", "del":
		w.openSkip()
	}
}

func docxEnd(local string, w *docWalk, inText *bool) {
	switch local {
	case "p":
		w.closePara()
	case "t":
		*inText = false
	case "tbl":
		w.closeTable()
	case "tr":
		w.closeRow()
	case "tc":
		w.closeCell()
	case "Fallback", "moveFrom", "del":
		w.closeSkip()
	}
}
