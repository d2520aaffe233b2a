package importer

import (
	"encoding/binary"
	"unicode/utf16"
)

// An HWP 5 stream is a sequence of records. Each has a 32-bit header — tag
// (10 bits), level (10 bits), size (12 bits; 0xFFF means a 32-bit size
// follows) — and its data. Levels make a tree: a record's children are the
// records after it at deeper levels. In BodyText a paragraph is a
// PARA_HEADER with its PARA_TEXT and one CTRL_HEADER for each extended
// control in its text (a table, a note, a header, a text box...); the
// paragraph lists of a control (a table's cells, a note) are LIST_HEADER
// records each followed by their paragraphs at the same level.

// Record tags (HWPTAG_BEGIN is 0x10).
const (
	tagParaShape  = 0x10 + 9
	tagStyle      = 0x10 + 10
	tagParaHeader = 0x10 + 50
	tagParaText   = 0x10 + 51
	tagCtrlHeader = 0x10 + 55
	tagListHeader = 0x10 + 56
	tagTable      = 0x10 + 61
)

type hwpRecord struct {
	tag, level uint16
	data       []byte
}

// hwpRecords splits a stream into records, at most max of them.
func hwpRecords(data []byte, max int) ([]hwpRecord, error) {
	var recs []hwpRecord
	le := binary.LittleEndian
	for off := 0; off+4 <= len(data); {
		h := le.Uint32(data[off:])
		off += 4
		size := int(h >> 20)
		if size == 0xFFF {
			if off+4 > len(data) {
				break
			}
			size = int(le.Uint32(data[off:]))
			off += 4
		}
		if size < 0 || size > len(data)-off {
			break // a record cut short: the stream was truncated
		}
		if len(recs) >= max {
			return nil, tooBig("HWP")
		}
		recs = append(recs, hwpRecord{tag: uint16(h & 0x3FF), level: uint16(h >> 10 & 0x3FF), data: data[off : off+size]})
		off += size
	}
	return recs, nil
}

// hwpSection walks the records of one BodyText section into w.
type hwpSection struct {
	recs []hwpRecord
	doc  *hwpDoc
	w    *docWalk
}

// end returns the index after record i's subtree.
func (s *hwpSection) end(i int) int {
	l := s.recs[i].level
	j := i + 1
	for j < len(s.recs) && s.recs[j].level > l {
		j++
	}
	return j
}

// list reads the paragraphs among records [from, to), including those in
// the subtrees of other records (the text boxes of drawing objects).
func (s *hwpSection) list(from, to int) {
	for i := from; i < to && s.w.err == nil; {
		if s.recs[i].tag != tagParaHeader {
			i++
			continue
		}
		j := min(s.end(i), to)
		s.paragraph(i, j)
		i = j
	}
}

// paragraph reads the paragraph whose records are [i, end).
func (s *hwpSection) paragraph(i, end int) {
	level, weak := s.level(s.recs[i].data)
	s.w.openPara(level, weak)
	child := s.recs[i].level + 1
	var text []byte
	var ctrls []int
	for k := i + 1; k < end; k++ {
		if s.recs[k].level != child {
			continue
		}
		switch s.recs[k].tag {
		case tagParaText:
			text = s.recs[k].data
		case tagCtrlHeader:
			ctrls = append(ctrls, k)
		}
	}
	next := s.text(text, ctrls)
	for ; next < len(ctrls); next++ { // controls the text did not place
		s.control(ctrls[next])
	}
	s.w.closePara()
}

// level is a paragraph's heading level: from its style's name, else from
// its shape's outline level.
func (s *hwpSection) level(header []byte) (int, bool) {
	if len(header) < 11 {
		return 0, false
	}
	shape, style := int(binary.LittleEndian.Uint16(header[8:])), int(header[10])
	if style < len(s.doc.styles) && s.doc.styles[style] != 0 {
		return s.doc.styles[style], false
	}
	if shape < len(s.doc.shapes) && s.doc.shapes[shape] != 0 {
		return s.doc.shapes[shape], true
	}
	return 0, false
}

// text reads a paragraph's characters. Codes below 32 are controls: char
// controls take one WCHAR (line break, paragraph end, hyphen, fixed
// spaces), inline and extended controls eight; the n-th extended control
// is the paragraph's n-th CTRL_HEADER, read where it stands. It returns how
// many controls it read.
func (s *hwpSection) text(text []byte, ctrls []int) int {
	var run []uint16
	flush := func() {
		if len(run) > 0 {
			s.w.text(string(utf16.Decode(run)))
			run = run[:0]
		}
	}
	next := 0
	for p := 0; p+1 < len(text); {
		c := binary.LittleEndian.Uint16(text[p:])
		switch {
		case c >= 32:
			run = append(run, c)
			p += 2
		case c == 0 || c == 10 || c == 13 || c >= 24: // char controls
			switch c {
			case 10, 30, 31:
				run = append(run, ' ')
			case 24:
				run = append(run, '-')
			}
			p += 2
		case c == 9: // a tab, an inline control
			run = append(run, ' ')
			p += 16
		case (c >= 4 && c <= 8) || c == 19 || c == 20: // other inline controls
			p += 16
		default: // extended controls
			flush()
			if next < len(ctrls) {
				s.control(ctrls[next])
				next++
			}
			p += 16
		}
	}
	flush()
	return next
}

// control reads the extended control whose CTRL_HEADER is record k.
func (s *hwpSection) control(k int) {
	if s.w.err != nil {
		return
	}
	end := s.end(k)
	data := s.recs[k].data
	if len(data) < 4 {
		return
	}
	id := binary.LittleEndian.Uint32(data)
	switch string([]byte{byte(id >> 24), byte(id >> 16), byte(id >> 8), byte(id)}) {
	case "tbl ":
		s.table(k, end)
	case "fn  ", "en  ":
		s.w.openNote(id>>24 == 'e')
		s.list(k+1, end)
		s.w.closeNote()
	case "head", "foot", "tcmt", "secd", "cold", "pgct", "pghd":
		// headers, footers, hidden comments, the section's page setup and
		// master pages: not the document's text
	default: // drawing objects with text boxes, fields, equations...
		s.list(k+1, end)
	}
}

// table reads a table: its caption, then its cells row by row. A cell is a
// LIST_HEADER (its row in bytes 10–11) followed by its paragraphs.
func (s *hwpSection) table(k, end int) {
	s.w.openTable()
	child := s.recs[k].level + 1
	var lists []int
	tableAt := -1
	for m := k + 1; m < end; m++ {
		if s.recs[m].level != child {
			continue
		}
		switch s.recs[m].tag {
		case tagListHeader:
			lists = append(lists, m)
		case tagTable:
			if tableAt < 0 {
				tableAt = m
			}
		}
	}
	row := -1
	for n, m := range lists {
		to := end
		if n+1 < len(lists) {
			to = lists[n+1]
		}
		if m < tableAt { // the caption
			s.list(m+1, min(to, tableAt))
			continue
		}
		if d := s.recs[m].data; len(d) >= 12 {
			if r := int(binary.LittleEndian.Uint16(d[10:])); r != row {
				if row >= 0 {
					s.w.closeRow()
				}
				s.w.openRow()
				row = r
			}
		}
		if row < 0 {
			s.w.openRow()
			row = 0
		}
		s.w.openCell()
		s.list(m+1, to)
		s.w.closeCell()
	}
	s.w.closeTable()
}
