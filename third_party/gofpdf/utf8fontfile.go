/*
 * Copyright (c) 2019 Arteom Korotkiy (Gmail: arteomkorotkiy)
 *
 * Permission to use, copy, modify, and distribute this software for any
 * purpose with or without fee is hereby granted, provided that the above
 * copyright notice and this permission notice appear in all copies.
 *
 * THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
 * WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
 * MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
 * ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
 * WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
 * ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
 * OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
 */

package gofpdf

import (
	"encoding/binary"
	"fmt"
	"math"
	"sort"
)

// flags
const symbolWords = 1 << 0
const symbolScale = 1 << 3
const symbolContinue = 1 << 5
const symbolAllScale = 1 << 6
const symbol2x2 = 1 << 7
const symbolInstructions = 1 << 8 // Briefdesk: WE_HAVE_INSTRUCTIONS

// CID map Init
const toUnicode = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n<</Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n1 beginbfrange\n<0000> <FFFF> <0000>\nendbfrange\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"

type utf8FontFile struct {
	fileReader           *fileReader
	LastRune             int
	tableDescriptions    map[string]*tableDescription
	outTablesData        map[string][]byte
	symbolPosition       glyphLocations // Briefdesk: read where looked up
	Ascent               int
	Descent              int
	fontElementSize      int
	Bbox                 fontBoxType
	CapHeight            int
	StemV                int
	ItalicAngle          int
	Flags                int
	UnderlinePosition    float64
	UnderlineThickness   float64
	CharWidths           []int
	DefaultWidth         float64
	CodeSymbolDictionary map[int]int
	shared               *parsedFont // Briefdesk: the process-wide parse, or nil
	postScriptName       string      // Briefdesk: name ID 6, for BaseFont
	cmapPosition         int         // Briefdesk: the Unicode cmap subtable's, 0 for none
	runeGlyphs           *runeGlyphs // Briefdesk: the parse's reading of it
}

type tableDescription struct {
	name     string
	checksum []int
	position int
	size     int
}

type fileReader struct {
	readerPosition int64
	array          []byte
}

func (fr *fileReader) Read(s int) []byte {
	b := fr.array[fr.readerPosition : fr.readerPosition+int64(s)]
	fr.readerPosition += int64(s)
	return b
}

func (fr *fileReader) seek(shift int64, flag int) (int64, error) {
	if flag == 0 {
		fr.readerPosition = shift
	} else if flag == 1 {
		fr.readerPosition += shift
	} else if flag == 2 {
		fr.readerPosition = int64(len(fr.array)) - shift
	}
	return int64(fr.readerPosition), nil
}

func newUTF8Font(reader *fileReader) *utf8FontFile {
	utf := utf8FontFile{
		fileReader: reader,
	}
	return &utf
}

func (utf *utf8FontFile) parseFile() error {
	utf.fileReader.readerPosition = 0
	utf.symbolPosition = glyphLocations{}
	utf.tableDescriptions = make(map[string]*tableDescription)
	utf.outTablesData = make(map[string][]byte)
	utf.Ascent = 0
	utf.Descent = 0
	codeType := uint32(utf.readUint32())
	if codeType == 0x4F54544F {
		return fmt.Errorf("not supported\n ")
	}
	if codeType == 0x74746366 {
		return fmt.Errorf("not supported\n ")
	}
	if codeType != 0x00010000 && codeType != 0x74727565 {
		return fmt.Errorf("Not a TrueType font: codeType=%v\n ", codeType)
	}
	utf.generateTableDescriptions()
	utf.parseTables()
	return nil
}

func (utf *utf8FontFile) generateTableDescriptions() {

	tablesCount := utf.readUint16()
	_ = utf.readUint16()
	_ = utf.readUint16()
	_ = utf.readUint16()
	utf.tableDescriptions = make(map[string]*tableDescription)

	for i := 0; i < tablesCount; i++ {
		record := tableDescription{
			name:     utf.readTableName(),
			checksum: []int{utf.readUint16(), utf.readUint16()},
			position: utf.readUint32(),
			size:     utf.readUint32(),
		}
		utf.tableDescriptions[record.name] = &record
	}
}

func (utf *utf8FontFile) readTableName() string {
	return string(utf.fileReader.Read(4))
}

func (utf *utf8FontFile) readUint16() int {
	s := utf.fileReader.Read(2)
	return (int(s[0]) << 8) + int(s[1])
}

func (utf *utf8FontFile) readUint32() int {
	s := utf.fileReader.Read(4)
	return (int(s[0]) * 16777216) + (int(s[1]) << 16) + (int(s[2]) << 8) + int(s[3]) // 	16777216  = 1<<24
}

func (utf *utf8FontFile) calcInt32(x, y []int) []int {
	answer := make([]int, 2)
	if y[1] > x[1] {
		x[1] += 1 << 16
		x[0]++
	}
	answer[1] = x[1] - y[1]
	if y[0] > x[0] {
		x[0] += 1 << 16
	}
	answer[0] = x[0] - y[0]
	answer[0] = answer[0] & 0xFFFF
	return answer
}

func (utf *utf8FontFile) generateChecksum(data []byte) []int {
	if (len(data) % 4) != 0 {
		// Briefdesk: padded in a copy. data may be a table still in the
		// font's bytes, which appending wrote over (and which documents
		// share).
		padded := make([]byte, len(data)+4-len(data)%4)
		copy(padded, data)
		data = padded
	}
	// Briefdesk: the sum of the big-endian 32-bit words, modulo 2^32, as
	// its two halves; upstream added the halves apart and carried.
	var sum uint32
	for i := 0; i < len(data); i += 4 {
		sum += binary.BigEndian.Uint32(data[i:])
	}
	return []int{int(sum >> 16), int(sum & 0xFFFF)}
}

func (utf *utf8FontFile) seek(shift int) {
	_, _ = utf.fileReader.seek(int64(shift), 0)
}

func (utf *utf8FontFile) skip(delta int) {
	_, _ = utf.fileReader.seek(int64(delta), 1)
}

// SeekTable position
func (utf *utf8FontFile) SeekTable(name string) int {
	return utf.seekTable(name, 0)
}

func (utf *utf8FontFile) seekTable(name string, offsetInTable int) int {
	_, _ = utf.fileReader.seek(int64(utf.tableDescriptions[name].position+offsetInTable), 0)
	return int(utf.fileReader.readerPosition)
}

func (utf *utf8FontFile) readInt16() int16 {
	s := utf.fileReader.Read(2)
	a := (int16(s[0]) << 8) + int16(s[1])
	if (int(a) & (1 << 15)) == 0 {
		a = int16(int(a) - (1 << 16))
	}
	return a
}

func (utf *utf8FontFile) getUint16(pos int) int {
	_, _ = utf.fileReader.seek(int64(pos), 0)
	s := utf.fileReader.Read(2)
	return (int(s[0]) << 8) + int(s[1])
}

func (utf *utf8FontFile) splice(stream []byte, offset int, value []byte) []byte {
	stream = append([]byte{}, stream...)
	return append(append(stream[:offset], value...), stream[offset+len(value):]...)
}

func (utf *utf8FontFile) insertUint16(stream []byte, offset int, value int) []byte {
	up := make([]byte, 2)
	binary.BigEndian.PutUint16(up, uint16(value))
	return utf.splice(stream, offset, up)
}

func (utf *utf8FontFile) getRange(pos, length int) []byte {
	_, _ = utf.fileReader.seek(int64(pos), 0)
	if length < 1 {
		return make([]byte, 0)
	}
	s := utf.fileReader.Read(length)
	return s
}

func (utf *utf8FontFile) getTableData(name string) []byte {
	desckrip := utf.tableDescriptions[name]
	if desckrip == nil {
		return nil
	}
	if desckrip.size == 0 {
		return nil
	}
	_, _ = utf.fileReader.seek(int64(desckrip.position), 0)
	s := utf.fileReader.Read(desckrip.size)
	return s
}

func (utf *utf8FontFile) setOutTable(name string, data []byte) {
	if data == nil {
		return
	}
	if name == "head" {
		data = utf.splice(data, 8, []byte{0, 0, 0, 0})
	}
	utf.outTablesData[name] = data
}

func arrayKeys(arr map[int]string) []int {
	answer := make([]int, len(arr))
	i := 0
	for key := range arr {
		answer[i] = key
		i++
	}
	return answer
}

func inArray(s int, arr []int) bool {
	for _, i := range arr {
		if s == i {
			return true
		}
	}
	return false
}

func (utf *utf8FontFile) parseNAMETable() int {
	namePosition := utf.SeekTable("name")
	format := utf.readUint16()
	if format != 0 {
		fmt.Printf("Illegal format %d\n", format)
		return format
	}
	nameCount := utf.readUint16()
	stringDataPosition := namePosition + utf.readUint16()
	names := map[int]string{1: "", 2: "", 3: "", 4: "", 6: ""}
	keys := arrayKeys(names)
	counter := len(names)
	for i := 0; i < nameCount; i++ {
		system := utf.readUint16()
		code := utf.readUint16()
		local := utf.readUint16()
		nameID := utf.readUint16()
		size := utf.readUint16()
		position := utf.readUint16()
		if !inArray(nameID, keys) {
			continue
		}
		currentName := ""
		if system == 3 && code == 1 && local == 0x409 {
			oldPos := utf.fileReader.readerPosition
			utf.seek(stringDataPosition + position)
			if size%2 != 0 {
				fmt.Printf("name is not binar byte format\n")
				return format
			}
			size /= 2
			currentName = ""
			for size > 0 {
				char := utf.readUint16()
				currentName += string(rune(char))
				size--
			}
			utf.fileReader.readerPosition = oldPos
			utf.seek(int(oldPos))
		} else if system == 1 && code == 0 && local == 0 {
			oldPos := utf.fileReader.readerPosition
			currentName = string(utf.getRange(stringDataPosition+position, size))
			utf.fileReader.readerPosition = oldPos
			utf.seek(int(oldPos))
		}
		if currentName != "" && names[nameID] == "" {
			names[nameID] = currentName
			counter--
			if counter == 0 {
				break
			}
		}
	}
	utf.postScriptName = names[6] // Briefdesk: kept for BaseFont
	return format
}

func (utf *utf8FontFile) parseHEADTable() {
	utf.SeekTable("head")
	utf.skip(18)
	utf.fontElementSize = utf.readUint16()
	scale := 1000.0 / float64(utf.fontElementSize)
	utf.skip(16)
	xMin := utf.readInt16()
	yMin := utf.readInt16()
	xMax := utf.readInt16()
	yMax := utf.readInt16()
	utf.Bbox = fontBoxType{int(float64(xMin) * scale), int(float64(yMin) * scale), int(float64(xMax) * scale), int(float64(yMax) * scale)}
	utf.skip(3 * 2)
	_ = utf.readUint16()
	symbolDataFormat := utf.readUint16()
	if symbolDataFormat != 0 {
		fmt.Printf("Unknown symbol data format %d\n", symbolDataFormat)
		return
	}
}

func (utf *utf8FontFile) parseHHEATable() int {
	metricsCount := 0
	if _, OK := utf.tableDescriptions["hhea"]; OK {
		scale := 1000.0 / float64(utf.fontElementSize)
		utf.SeekTable("hhea")
		utf.skip(4)
		hheaAscender := utf.readInt16()
		hheaDescender := utf.readInt16()
		utf.Ascent = int(float64(hheaAscender) * scale)
		utf.Descent = int(float64(hheaDescender) * scale)
		utf.skip(24)
		metricDataFormat := utf.readUint16()
		if metricDataFormat != 0 {
			fmt.Printf("Unknown horizontal metric data format %d\n", metricDataFormat)
			return 0
		}
		metricsCount = utf.readUint16()
		if metricsCount == 0 {
			fmt.Printf("Number of horizontal metrics is 0\n")
			return 0
		}
	}
	return metricsCount
}

func (utf *utf8FontFile) parseOS2Table() int {
	var weightType int
	scale := 1000.0 / float64(utf.fontElementSize)
	if _, OK := utf.tableDescriptions["OS/2"]; OK {
		utf.SeekTable("OS/2")
		version := utf.readUint16()
		utf.skip(2)
		weightType = utf.readUint16()
		utf.skip(2)
		fsType := utf.readUint16()
		if fsType == 0x0002 || (fsType&0x0300) != 0 {
			fmt.Printf("ERROR - copyright restrictions.\n")
			return 0
		}
		utf.skip(20)
		_ = utf.readInt16()

		utf.skip(36)
		sTypoAscender := utf.readInt16()
		sTypoDescender := utf.readInt16()
		if utf.Ascent == 0 {
			utf.Ascent = int(float64(sTypoAscender) * scale)
		}
		if utf.Descent == 0 {
			utf.Descent = int(float64(sTypoDescender) * scale)
		}
		if version > 1 {
			utf.skip(16)
			sCapHeight := utf.readInt16()
			utf.CapHeight = int(float64(sCapHeight) * scale)
		} else {
			utf.CapHeight = utf.Ascent
		}
	} else {
		weightType = 500
		if utf.Ascent == 0 {
			utf.Ascent = int(float64(utf.Bbox.Ymax) * scale)
		}
		if utf.Descent == 0 {
			utf.Descent = int(float64(utf.Bbox.Ymin) * scale)
		}
		utf.CapHeight = utf.Ascent
	}
	utf.StemV = 50 + int(math.Pow(float64(weightType)/65.0, 2))
	return weightType
}

func (utf *utf8FontFile) parsePOSTTable(weight int) {
	utf.SeekTable("post")
	utf.skip(4)
	utf.ItalicAngle = int(utf.readInt16()) + utf.readUint16()/65536.0
	scale := 1000.0 / float64(utf.fontElementSize)
	utf.UnderlinePosition = float64(utf.readInt16()) * scale
	utf.UnderlineThickness = float64(utf.readInt16()) * scale
	fixed := utf.readUint32()

	utf.Flags = 4

	if utf.ItalicAngle != 0 {
		utf.Flags = utf.Flags | 64
	}
	if weight >= 600 {
		utf.Flags = utf.Flags | 262144
	}
	if fixed != 0 {
		utf.Flags = utf.Flags | 1
	}
}

func (utf *utf8FontFile) parseCMAPTable(format int) int {
	cmapPosition := utf.SeekTable("cmap")
	utf.skip(2)
	cmapTableCount := utf.readUint16()
	cidCMAPPosition := 0
	for i := 0; i < cmapTableCount; i++ {
		system := utf.readUint16()
		coded := utf.readUint16()
		position := utf.readUint32()
		oldReaderPosition := utf.fileReader.readerPosition
		if (system == 3 && coded == 1) || system == 0 { // Microsoft, Unicode
			format = utf.getUint16(cmapPosition + position)
			if format == 4 {
				if cidCMAPPosition == 0 {
					cidCMAPPosition = cmapPosition + position
				}
				break
			}
		}
		utf.seek(int(oldReaderPosition))
	}
	if cidCMAPPosition == 0 {
		fmt.Printf("Font does not have cmap for Unicode\n")
		return cidCMAPPosition
	}
	return cidCMAPPosition
}

func (utf *utf8FontFile) parseTables() {
	f := utf.parseNAMETable()
	utf.parseHEADTable()
	n := utf.parseHHEATable()
	w := utf.parseOS2Table()
	utf.parsePOSTTable(w)
	runeCMAPPosition := utf.parseCMAPTable(f)

	utf.SeekTable("maxp")
	utf.skip(4)
	numSymbols := utf.readUint16()

	// Briefdesk: the cmap is read once, into an array that subsets use
	// too, and the widths are taken from it as it is read; upstream built
	// two maps of the whole cmap here and built them again to subset.
	scale := 1000.0 / float64(utf.fontElementSize)
	utf.cmapPosition = runeCMAPPosition
	utf.parseHMTXTable(n, numSymbols, runeCMAPPosition, scale)
}

func (utf *utf8FontFile) parseSymbols(usedRunes map[int]int) (map[int]int, map[int]int, map[int]int, []int) {
	// Briefdesk: the maps are made at the size they will have (composite
	// glyphs add to two of them), and the runes' new glyphs are filled in
	// without sorting the runes first.
	symbolCollection := make(map[int]int, 2*len(usedRunes)+1)
	symbolCollection[0] = 0
	charSymbolPairCollection := make(map[int]int, len(usedRunes))
	for _, char := range usedRunes {
		if glyph, OK := utf.runeGlyphs.lookup(char); OK {
			symbolCollection[glyph] = char
			charSymbolPairCollection[char] = glyph
		}
		utf.LastRune = max(utf.LastRune, char)
	}

	begin := utf.tableDescriptions["glyf"].position

	symbolArray := make(map[int]int, 2*len(usedRunes)+1)
	symbolCollectionKeys := keySortInt(symbolCollection)

	symbolCounter := 0
	maxRune := 0
	for _, oldSymbolIndex := range symbolCollectionKeys {
		maxRune = max(maxRune, symbolCollection[oldSymbolIndex])
		symbolArray[oldSymbolIndex] = symbolCounter
		symbolCounter++
	}
	runeSymbolPairCollection := make(map[int]int, len(charSymbolPairCollection))
	for runa, glyph := range charSymbolPairCollection {
		runeSymbolPairCollection[runa] = symbolArray[glyph]
	}
	utf.CodeSymbolDictionary = runeSymbolPairCollection

	symbolCollectionKeys = keySortInt(symbolCollection)
	for _, oldSymbolIndex := range symbolCollectionKeys {
		_, symbolArray, symbolCollection, symbolCollectionKeys = utf.getSymbols(oldSymbolIndex, &begin, symbolArray, symbolCollection, symbolCollectionKeys)
	}

	return runeSymbolPairCollection, symbolArray, symbolCollection, symbolCollectionKeys
}

func (utf *utf8FontFile) generateCMAPTable(cidSymbolPairCollection map[int]int, numSymbols int) []byte {
	cidSymbolPairCollectionKeys := keySortInt(cidSymbolPairCollection)
	cidID := 0
	cidArray := make(map[int][]int)
	prevCid := -2
	prevSymbol := -1
	for _, cid := range cidSymbolPairCollectionKeys {
		if cid == (prevCid+1) && cidSymbolPairCollection[cid] == (prevSymbol+1) {
			if n, OK := cidArray[cidID]; !OK || n == nil {
				cidArray[cidID] = make([]int, 0)
			}
			cidArray[cidID] = append(cidArray[cidID], cidSymbolPairCollection[cid])
		} else {
			cidID = cid
			cidArray[cidID] = make([]int, 0)
			cidArray[cidID] = append(cidArray[cidID], cidSymbolPairCollection[cid])
		}
		prevCid = cid
		prevSymbol = cidSymbolPairCollection[cid]
	}
	cidArrayKeys := keySortArrayRangeMap(cidArray)
	segCount := len(cidArray) + 1

	searchRange := 1
	entrySelector := 0
	for searchRange*2 <= segCount {
		searchRange = searchRange * 2
		entrySelector = entrySelector + 1
	}
	searchRange = searchRange * 2
	rangeShift := segCount*2 - searchRange
	length := 16 + (8 * segCount) + (numSymbols + 1)
	cmap := []int{0, 1, 3, 1, 0, 12, 4, length, 0, segCount * 2, searchRange, entrySelector, rangeShift}

	for _, start := range cidArrayKeys {
		endCode := start + (len(cidArray[start]) - 1)
		cmap = append(cmap, endCode)
	}
	cmap = append(cmap, 0xFFFF)
	cmap = append(cmap, 0)

	for _, cidKey := range cidArrayKeys {
		cmap = append(cmap, cidKey)
	}
	cmap = append(cmap, 0xFFFF)
	for _, cidKey := range cidArrayKeys {
		idDelta := -(cidKey - cidArray[cidKey][0])
		cmap = append(cmap, idDelta)
	}
	cmap = append(cmap, 1)
	for range cidArray {
		cmap = append(cmap, 0)

	}
	cmap = append(cmap, 0)
	for _, start := range cidArrayKeys {
		for _, glidx := range cidArray[start] {
			cmap = append(cmap, glidx)
		}
	}
	cmap = append(cmap, 0)
	// Briefdesk: the subtable's length is its size in bytes: everything
	// after the 12-byte table header. It was computed in mixed units, which
	// strict font readers reject.
	cmap[7] = 2 * (len(cmap) - 6)
	cmapstr := make([]byte, 0)
	for _, cm := range cmap {
		cmapstr = append(cmapstr, packUint16(cm)...)
	}
	return cmapstr
}

// GenerateCutFont fill utf8FontFile from .utf file, only with runes from usedRunes
func (utf *utf8FontFile) GenerateCutFont(usedRunes map[int]int) []byte {
	// Briefdesk: the whole-font tables come from cutPrep, built once per
	// font; the glyph widths this function also re-read were never used.
	prep := utf.cutPrep()
	if prep.noUnicodeCmap {
		fmt.Printf("Font does not have cmap for Unicode\n")
		return nil
	}
	utf.fileReader.readerPosition = 0
	utf.symbolPosition = prep.symbolPosition
	utf.runeGlyphs = prep.cmap
	utf.tableDescriptions = prep.tables
	utf.outTablesData = make(map[string][]byte)
	utf.Ascent = 0
	utf.Descent = 0
	utf.LastRune = 0
	LocaFormat := prep.locaFormat
	oldMetrics := prep.metricsCount

	cidSymbolPairCollection, symbolArray, symbolCollection, symbolCollectionKeys := utf.parseSymbols(usedRunes)

	metricsCount := len(symbolCollection)
	numSymbols := metricsCount

	utf.setOutTable("name", utf.getTableData("name"))
	// Briefdesk: the subset carries no hinting: no cvt, fpgm or prep
	// tables, and no glyph instructions (see stripInstructions).
	utf.setOutTable("gasp", utf.getTableData("gasp"))

	postTable := utf.getTableData("post")
	postTable = append(append([]byte{0x00, 0x03, 0x00, 0x00}, postTable[4:16]...), []byte{0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00}...)
	utf.setOutTable("post", postTable)

	delete(cidSymbolPairCollection, 0)

	utf.setOutTable("cmap", utf.generateCMAPTable(cidSymbolPairCollection, numSymbols))

	symbolData := utf.getTableData("glyf")

	// Briefdesk: the tables are built in slices of their size; a composite
	// glyph is copied once and its components renumbered in the copy
	// (insertUint16 copied it for each); the components are no longer also
	// kept in a map, which nothing read.
	glyfSize := 0
	for _, originalSymbolIdx := range symbolCollectionKeys {
		glyfSize += utf.symbolPosition.at(originalSymbolIdx+1) - utf.symbolPosition.at(originalSymbolIdx) + 3
	}
	offsets := make([]int, 0, len(symbolCollectionKeys)+1)
	glyfData := make([]byte, 0, glyfSize)
	pos := 0
	hmtxData := make([]byte, 0, 4*len(symbolCollectionKeys))

	for _, originalSymbolIdx := range symbolCollectionKeys {
		hm := utf.getMetrics(oldMetrics, originalSymbolIdx)
		hmtxData = append(hmtxData, hm...)

		offsets = append(offsets, pos)
		symbolPos := utf.symbolPosition.at(originalSymbolIdx)
		symbolLen := utf.symbolPosition.at(originalSymbolIdx+1) - symbolPos
		data := symbolData[symbolPos : symbolPos+symbolLen]
		var up int
		if symbolLen > 0 {
			up = unpackUint16(data[0:2])
		}

		if symbolLen > 2 && (up&(1<<15)) != 0 {
			data = append([]byte(nil), data...)
			posInSymbol := 10
			flags := symbolContinue
			nComponentElements := 0
			lastFlags := posInSymbol
			for (flags & symbolContinue) != 0 {
				nComponentElements++
				lastFlags = posInSymbol
				up = unpackUint16(data[posInSymbol : posInSymbol+2])
				flags = up
				up = unpackUint16(data[posInSymbol+2 : posInSymbol+4])
				symbolIdx := up
				binary.BigEndian.PutUint16(data[posInSymbol+2:posInSymbol+4], uint16(symbolArray[symbolIdx]))
				posInSymbol += 4
				if (flags & symbolWords) != 0 {
					posInSymbol += 4
				} else {
					posInSymbol += 2
				}
				if (flags & symbolScale) != 0 {
					posInSymbol += 2
				} else if (flags & symbolAllScale) != 0 {
					posInSymbol += 4
				} else if (flags & symbol2x2) != 0 {
					posInSymbol += 8
				}
			}
			// Briefdesk: a composite's instructions follow its last
			// component; drop them and the flag that announces them. data
			// is a copy.
			if flags&symbolInstructions != 0 && posInSymbol <= len(data) {
				data = data[:posInSymbol]
				data[lastFlags] &^= symbolInstructions >> 8
			}
			glyfData = append(glyfData, data...)
		} else if symbolLen > 0 {
			glyfData = appendStripped(glyfData, data)
		} else {
			glyfData = append(glyfData, data...)
		}

		pos = len(glyfData)
		if pos%4 != 0 {
			padding := 4 - (pos % 4)
			glyfData = append(glyfData, 0, 0, 0)[:pos+padding]
			pos += padding
		}
	}

	offsets = append(offsets, pos)
	utf.setOutTable("glyf", glyfData)

	utf.setOutTable("hmtx", hmtxData)

	locaData := make([]byte, 0)
	if ((pos + 1) >> 1) > 0xFFFF {
		LocaFormat = 1
		for _, offset := range offsets {
			locaData = append(locaData, packUint32(offset)...)
		}
	} else {
		LocaFormat = 0
		for _, offset := range offsets {
			locaData = append(locaData, packUint16(offset/2)...)
		}
	}
	utf.setOutTable("loca", locaData)

	headData := utf.getTableData("head")
	headData = utf.insertUint16(headData, 50, LocaFormat)
	utf.setOutTable("head", headData)

	hheaData := utf.getTableData("hhea")
	hheaData = utf.insertUint16(hheaData, 34, metricsCount)
	utf.setOutTable("hhea", hheaData)

	maxp := utf.getTableData("maxp")
	maxp = utf.insertUint16(maxp, 4, numSymbols)
	utf.setOutTable("maxp", maxp)

	os2Data := utf.getTableData("OS/2")
	utf.setOutTable("OS/2", os2Data)

	return utf.assembleTables()
}

func (utf *utf8FontFile) getSymbols(originalSymbolIdx int, start *int, symbolSet map[int]int, SymbolsCollection map[int]int, SymbolsCollectionKeys []int) (*int, map[int]int, map[int]int, []int) {
	symbolPos := utf.symbolPosition.at(originalSymbolIdx)
	symbolSize := utf.symbolPosition.at(originalSymbolIdx+1) - symbolPos
	if symbolSize == 0 {
		return start, symbolSet, SymbolsCollection, SymbolsCollectionKeys
	}
	utf.seek(*start + symbolPos)

	lineCount := utf.readInt16()

	if lineCount < 0 {
		utf.skip(8)
		flags := symbolContinue
		for flags&symbolContinue != 0 {
			flags = utf.readUint16()
			symbolIndex := utf.readUint16()
			if _, OK := symbolSet[symbolIndex]; !OK {
				symbolSet[symbolIndex] = len(SymbolsCollection)
				SymbolsCollection[symbolIndex] = 1
				SymbolsCollectionKeys = append(SymbolsCollectionKeys, symbolIndex)
			}
			oldPosition, _ := utf.fileReader.seek(0, 1)
			_, _, _, SymbolsCollectionKeys = utf.getSymbols(symbolIndex, start, symbolSet, SymbolsCollection, SymbolsCollectionKeys)
			utf.seek(int(oldPosition))
			if flags&symbolWords != 0 {
				utf.skip(4)
			} else {
				utf.skip(2)
			}
			if flags&symbolScale != 0 {
				utf.skip(2)
			} else if flags&symbolAllScale != 0 {
				utf.skip(4)
			} else if flags&symbol2x2 != 0 {
				utf.skip(8)
			}
		}
	}
	return start, symbolSet, SymbolsCollection, SymbolsCollectionKeys
}

// parseHMTXTable reads the cmap subtable at cmapPosition (see readCmap)
// and sets CharWidths and DefaultWidth from it and the horizontal metrics.
//
// Briefdesk: the widths upstream took from a map of every glyph's
// characters, built for this alone. As upstream: a character mapped to the
// missing glyph or to a glyph beyond both metric counts has no width; a
// character mapped twice (overlapping segments, in no valid font) has the
// width of the higher glyph; the glyphs past the full metrics take the last
// full metric's advance, read as 0 when its sign bit is set only if a
// character maps to its glyph; CharWidths[0] counts the mappings given a
// width.
func (utf *utf8FontFile) parseHMTXTable(numberOfHMetrics, numSymbols, cmapPosition int, scale float64) {
	metrics := utf.getRange(utf.SeekTable("hmtx"), numberOfHMetrics*4)
	glyphs := max(numberOfHMetrics, numSymbols)
	// First the highest glyph with a width of each character, then its
	// width.
	utf.CharWidths = make([]int, 256*256)
	count, lastMapped := 0, false
	utf.runeGlyphs = utf.readCmap(cmapPosition, func(r, glyph int) {
		if glyph == numberOfHMetrics-1 {
			lastMapped = true
		}
		if glyph == 0 || glyph >= glyphs || r == 0 || r == 0xFFFF {
			return
		}
		count++
		if glyph > utf.CharWidths[r] {
			utf.CharWidths[r] = glyph
		}
	})
	raw := func(glyph int) int {
		return int(binary.BigEndian.Uint16(metrics[4*glyph:]))
	}
	advance := func(glyph int) int { // as upstream read a glyph it used
		if a := raw(glyph); a < 1<<15 {
			return a
		}
		return 0
	}
	tail := 0
	if numberOfHMetrics > 0 {
		tail = raw(numberOfHMetrics - 1)
		if lastMapped || numberOfHMetrics == 1 {
			tail = advance(numberOfHMetrics - 1)
		}
		utf.DefaultWidth = scale * float64(advance(0))
	}
	for r, glyph := range utf.CharWidths {
		if glyph == 0 {
			continue
		}
		width := tail
		if glyph < numberOfHMetrics {
			width = advance(glyph)
		}
		if utf.CharWidths[r] = int(math.Round(scale * float64(width))); utf.CharWidths[r] == 0 {
			utf.CharWidths[r] = 65535
		}
	}
	utf.CharWidths[0] = count
}

func (utf *utf8FontFile) getMetrics(metricCount, gid int) []byte {
	start := utf.SeekTable("hmtx")
	var metrics []byte
	if gid < metricCount {
		utf.seek(start + (gid * 4))
		metrics = utf.fileReader.Read(4)
	} else {
		utf.seek(start + ((metricCount - 1) * 4))
		// Briefdesk: built in a new slice; appending to what Read returned
		// wrote over the font's bytes (the last full metric's side bearing).
		metrics = append([]byte{}, utf.fileReader.Read(2)...)
		utf.seek(start + (metricCount * 2) + (gid * 2))
		metrics = append(metrics, utf.fileReader.Read(2)...)
	}
	return metrics
}

func (utf *utf8FontFile) parseLOCATable(format, numSymbols int) {
	start := utf.SeekTable("loca")
	utf.symbolPosition = glyphLocations{}
	// Briefdesk: kept as the table's bytes, read where a glyph is looked
	// up (see glyphLocations); upstream decoded every offset into a slice.
	if format == 0 {
		data := utf.getRange(start, (numSymbols*2)+2)
		utf.symbolPosition = glyphLocations{data: data[:len(data):len(data)]}
	} else if format == 1 {
		data := utf.getRange(start, (numSymbols*4)+4)
		utf.symbolPosition = glyphLocations{data: data[:len(data):len(data)], long: true}
	} else {
		fmt.Printf("Unknown loca table format %d\n", format)
		return
	}
}

// glyphLocations is a font's loca table: where each of its numSymbols
// glyphs starts in the glyph table, and where the last ends.
//
// Briefdesk: added; the whole table, 20,000 glyphs in a Nanum font, was
// decoded into a slice for the few hundred glyphs a document uses.
type glyphLocations struct {
	data []byte // numSymbols+1 offsets, as the font has them; no capacity past them
	long bool   // 32-bit offsets; 16-bit ones are halved
}

// at returns where glyph g starts; an index past the table panics, as it
// did in upstream's slice.
func (l glyphLocations) at(g int) int {
	if l.long {
		return int(binary.BigEndian.Uint32(l.data[4*g : 4*g+4]))
	}
	return int(binary.BigEndian.Uint16(l.data[2*g:2*g+2])) * 2
}

// runeGlyphs is a font's Unicode cmap subtable (format 4, so the Basic
// Multilingual Plane): the glyph of every character it maps.
//
// Briefdesk: added; upstream kept it in a map, filled a character at a time.
type runeGlyphs struct {
	glyph [0x10000]uint16
	has   runeSet
}

// lookup returns the glyph the cmap maps r to, and whether it maps r (the
// glyph may be 0, the missing glyph).
func (m *runeGlyphs) lookup(r int) (int, bool) {
	if r < 0 || r > 0xFFFF || m.has[r/64]&(1<<(uint(r)%64)) == 0 {
		return 0, false
	}
	return int(m.glyph[r]), true
}

// readCmap reads the format 4 cmap subtable at position as upstream's
// generateSCCSDictionaries did: every character of every segment in the
// table's order, a character mapped twice keeping the later glyph. visit,
// if not nil, sees every mapping as it is read.
//
// Briefdesk: added, in place of generateSCCSDictionaries.
func (utf *utf8FontFile) readCmap(position int, visit func(r, glyph int)) *runeGlyphs {
	utf.seek(position + 2)
	rim := position + utf.readUint16()
	utf.skip(2)
	segments := utf.readUint16() / 2
	utf.skip(6)
	ends := make([]int, segments)
	for i := range ends {
		ends[i] = utf.readUint16()
	}
	utf.skip(2)
	starts := make([]int, segments)
	for i := range starts {
		starts[i] = utf.readUint16()
	}
	deltas := make([]int, segments)
	for i := range deltas {
		deltas[i] = int(utf.readInt16())
	}
	offsetsAt := int(utf.fileReader.readerPosition)
	offsets := make([]int, segments)
	for i := range offsets {
		offsets[i] = utf.readUint16()
	}
	data := utf.fileReader.array
	m := new(runeGlyphs)
	for n := range segments {
		for r := starts[n]; r <= ends[n]; r++ {
			glyph := (r + deltas[n]) & 0xFFFF
			if offsets[n] != 0 {
				glyph = 0
				if at := offsetsAt + 2*n + offsets[n] + (r-starts[n])*2; at < rim {
					if glyph = int(binary.BigEndian.Uint16(data[at : at+2])); glyph != 0 {
						glyph = (glyph + deltas[n]) & 0xFFFF
					}
				}
			}
			m.glyph[r] = uint16(glyph)
			m.has[r/64] |= 1 << (uint(r) % 64)
			if visit != nil {
				visit(r, glyph)
			}
		}
	}
	return m
}

func max(i, n int) int {
	if n > i {
		return n
	}
	return i
}

func (utf *utf8FontFile) assembleTables() []byte {
	tablesCount := len(utf.outTablesData)
	findSize := 1
	writer := 0
	for findSize*2 <= tablesCount {
		findSize = findSize * 2
		writer = writer + 1
	}
	findSize = findSize * 16
	rOffset := tablesCount*16 - findSize

	tables := utf.outTablesData
	tablesNames := keySortStrings(tables)

	// Briefdesk: built in a slice of its size, the tables padded in place
	// rather than in copies, and the checksum adjustment written in place
	// rather than into another copy.
	size := 12 + tablesCount*16
	for _, name := range tablesNames {
		size += (len(tables[name]) + 3) &^ 3
	}
	answer := make([]byte, 0, size)
	answer = append(answer, packHeader(0x00010000, tablesCount, findSize, writer, rOffset)...)

	offset := 12 + tablesCount*16
	begin := 0

	for _, name := range tablesNames {
		if name == "head" {
			begin = offset
		}
		answer = append(answer, []byte(name)...)
		checksum := utf.generateChecksum(tables[name])
		answer = append(answer, pack2Uint16(checksum[0], checksum[1])...)
		answer = append(answer, pack2Uint32(offset, len(tables[name]))...)
		paddedLength := (len(tables[name]) + 3) &^ 3
		offset = offset + paddedLength
	}

	for _, key := range tablesNames {
		answer = append(answer, tables[key]...)
		answer = append(answer, 0, 0, 0)[:(len(answer)+3)&^3]
	}

	checksum := utf.generateChecksum([]byte(answer))
	checksum = utf.calcInt32([]int{0xB1B0, 0xAFBA}, checksum)
	copy(answer[begin+8:begin+12], pack2Uint16(checksum[0], checksum[1]))
	return answer
}

func unpackUint16(data []byte) int {
	return int(binary.BigEndian.Uint16(data))
}

func packHeader(N uint32, n1, n2, n3, n4 int) []byte {
	answer := make([]byte, 0)
	bs4 := make([]byte, 4)
	binary.BigEndian.PutUint32(bs4, N)
	answer = append(answer, bs4...)
	bs := make([]byte, 2)
	binary.BigEndian.PutUint16(bs, uint16(n1))
	answer = append(answer, bs...)
	binary.BigEndian.PutUint16(bs, uint16(n2))
	answer = append(answer, bs...)
	binary.BigEndian.PutUint16(bs, uint16(n3))
	answer = append(answer, bs...)
	binary.BigEndian.PutUint16(bs, uint16(n4))
	answer = append(answer, bs...)
	return answer
}

func pack2Uint16(n1, n2 int) []byte {
	answer := make([]byte, 0)
	bs := make([]byte, 2)
	binary.BigEndian.PutUint16(bs, uint16(n1))
	answer = append(answer, bs...)
	binary.BigEndian.PutUint16(bs, uint16(n2))
	answer = append(answer, bs...)
	return answer
}

func pack2Uint32(n1, n2 int) []byte {
	answer := make([]byte, 0)
	bs := make([]byte, 4)
	binary.BigEndian.PutUint32(bs, uint32(n1))
	answer = append(answer, bs...)
	binary.BigEndian.PutUint32(bs, uint32(n2))
	answer = append(answer, bs...)
	return answer
}

func packUint32(n1 int) []byte {
	bs := make([]byte, 4)
	binary.BigEndian.PutUint32(bs, uint32(n1))
	return bs
}

func packUint16(n1 int) []byte {
	bs := make([]byte, 2)
	binary.BigEndian.PutUint16(bs, uint16(n1))
	return bs
}

func keySortStrings(s map[string][]byte) []string {
	keys := make([]string, len(s))
	i := 0
	for key := range s {
		keys[i] = key
		i++
	}
	sort.Strings(keys)
	return keys
}

func keySortInt(s map[int]int) []int {
	keys := make([]int, len(s))
	i := 0
	for key := range s {
		keys[i] = key
		i++
	}
	sort.Ints(keys)
	return keys
}

func keySortArrayRangeMap(s map[int][]int) []int {
	keys := make([]int, len(s))
	i := 0
	for key := range s {
		keys[i] = key
		i++
	}
	sort.Ints(keys)
	return keys
}

// UTF8CutFont is a utility function that generates a TrueType font composed
// only of the runes included in cutset. The rune glyphs are copied from This
// function is demonstrated in ExampleUTF8CutFont().
func UTF8CutFont(inBuf []byte, cutset string) (outBuf []byte) {
	f := newUTF8Font(&fileReader{readerPosition: 0, array: inBuf})
	runes := map[int]int{}
	for i, r := range cutset {
		runes[i] = int(r)
	}
	outBuf = f.GenerateCutFont(runes)
	return
}

// stripInstructions returns a simple glyph without its hinting
// instructions and without the padding it had in the font. PDF viewers draw
// TrueType outlines unhinted, and the instructions were close to half of the
// Nanum fonts' glyph data. A glyph that does not parse as a simple glyph is
// returned as it is.
//
// Briefdesk: added.
func stripInstructions(data []byte) []byte {
	return appendStripped(nil, data)
}

// appendStripped appends stripInstructions(data) to b.
//
// Briefdesk: added.
func appendStripped(b, data []byte) []byte {
	if len(data) < 12 {
		return append(b, data...)
	}
	contours := int(int16(binary.BigEndian.Uint16(data)))
	at := 10 + 2*contours // where the instruction length is
	if contours <= 0 || at+2 > len(data) {
		return append(b, data...)
	}
	points := int(binary.BigEndian.Uint16(data[at-2:])) + 1
	start := at + 2 + int(binary.BigEndian.Uint16(data[at:])) // the flags
	p, coords := start, 0
	for n := 0; n < points; {
		if p >= len(data) {
			return append(b, data...)
		}
		flag := data[p]
		p++
		repeat := 1
		if flag&0x08 != 0 {
			if p >= len(data) {
				return append(b, data...)
			}
			repeat += int(data[p])
			p++
		}
		size := 0
		switch {
		case flag&0x02 != 0:
			size++
		case flag&0x10 == 0:
			size += 2
		}
		switch {
		case flag&0x04 != 0:
			size++
		case flag&0x20 == 0:
			size += 2
		}
		coords += size * repeat
		n += repeat
	}
	end := p + coords
	if end > len(data) {
		return append(b, data...)
	}
	b = append(b, data[:at]...)
	b = append(b, 0, 0)
	return append(b, data[start:end]...)
}
