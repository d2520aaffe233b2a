/*
 * Copyright (c) 2013 Kurt Jung (Gmail: kurt.w.jung)
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
	"bufio"
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	kzlib "github.com/klauspost/compress/zlib"
)

func round(f float64) int {
	if f < 0 {
		return -int(math.Floor(-f + 0.5))
	}
	return int(math.Floor(f + 0.5))
}

func sprintf(fmtStr string, args ...interface{}) string {
	return fmt.Sprintf(fmtStr, args...)
}

// fileExist returns true if the specified normal file exists
func fileExist(filename string) (ok bool) {
	info, err := os.Stat(filename)
	if err == nil {
		if ^os.ModePerm&info.Mode() == 0 {
			ok = true
		}
	}
	return ok
}

// fileSize returns the size of the specified file; ok will be false
// if the file does not exist or is not an ordinary file
func fileSize(filename string) (size int64, ok bool) {
	info, err := os.Stat(filename)
	ok = err == nil
	if ok {
		size = info.Size()
	}
	return
}

// bufferFromReader returns a new buffer populated with the contents of the specified Reader
func bufferFromReader(r io.Reader) (b *bytes.Buffer, err error) {
	b = new(bytes.Buffer)
	_, err = b.ReadFrom(r)
	return
}

// slicesEqual returns true if the two specified float slices are equal
func slicesEqual(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// sliceCompress returns a zlib-compressed copy of the specified byte array
//
// Briefdesk: the writers are klauspost/compress's, at level 2: streams
// smaller than the standard library's fastest level gave, in less time, and
// only about 6 % larger than at the default level 5, which took 70 % more
// time. They are pooled: a new writer allocates and clears hundreds
// of kilobytes, which cost more than compressing a page.
func sliceCompress(data []byte) []byte {
	// Briefdesk: room for what text and fonts compress to, about a third,
	// rather than growing from nothing by doubling.
	buf := bytes.NewBuffer(make([]byte, 0, len(data)/3+64))
	cmp := zlibWriters.Get().(*kzlib.Writer)
	cmp.Reset(buf)
	cmp.Write(data)
	cmp.Close()
	zlibWriters.Put(cmp)
	return buf.Bytes()
}

// compressionLevel is the level of the streams (Briefdesk).
const compressionLevel = 2

var zlibWriters = sync.Pool{New: func() interface{} {
	w, _ := kzlib.NewWriterLevel(nil, compressionLevel)
	return w
}}

// sliceUncompress returns an uncompressed copy of the specified zlib-compressed byte array
func sliceUncompress(data []byte) (outData []byte, err error) {
	inBuf := bytes.NewReader(data)
	r, err := zlib.NewReader(inBuf)
	defer r.Close()
	if err == nil {
		var outBuf bytes.Buffer
		_, err = outBuf.ReadFrom(r)
		if err == nil {
			outData = outBuf.Bytes()
		}
	}
	return
}

// utf8toutf16 converts UTF-8 to UTF-16BE; from http://www.fpdf.org/
func utf8toutf16(s string, withBOM ...bool) string {
	bom := true
	if len(withBOM) > 0 {
		bom = withBOM[0]
	}
	res := make([]byte, 0, 2*len(s)+2) // Briefdesk: sized once, not grown
	if bom {
		res = append(res, 0xFE, 0xFF)
	}
	nb := len(s)
	i := 0
	for i < nb {
		c1 := byte(s[i])
		i++
		switch {
		case c1 >= 224:
			// 3-byte character
			c2 := byte(s[i])
			i++
			c3 := byte(s[i])
			i++
			res = append(res, ((c1&0x0F)<<4)+((c2&0x3C)>>2),
				((c2&0x03)<<6)+(c3&0x3F))
		case c1 >= 192:
			// 2-byte character
			c2 := byte(s[i])
			i++
			res = append(res, ((c1 & 0x1C) >> 2),
				((c1&0x03)<<6)+(c2&0x3F))
		default:
			// Single-byte character
			res = append(res, 0, c1)
		}
	}
	return string(res)
}

// intIf returns a if cnd is true, otherwise b
func intIf(cnd bool, a, b int) int {
	if cnd {
		return a
	}
	return b
}

// strIf returns aStr if cnd is true, otherwise bStr
func strIf(cnd bool, aStr, bStr string) string {
	if cnd {
		return aStr
	}
	return bStr
}

// doNothing returns the passed string with no translation.
func doNothing(s string) string {
	return s
}

// Dump the internals of the specified values
// func dump(fileStr string, a ...interface{}) {
// 	fl, err := os.OpenFile(fileStr, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0600)
// 	if err == nil {
// 		fmt.Fprintf(fl, "----------------\n")
// 		spew.Fdump(fl, a...)
// 		fl.Close()
// 	}
// }

func repClosure(m map[rune]byte) func(string) string {
	var buf bytes.Buffer
	return func(str string) string {
		var ch byte
		var ok bool
		buf.Truncate(0)
		for _, r := range str {
			if r < 0x80 {
				ch = byte(r)
			} else {
				ch, ok = m[r]
				if !ok {
					ch = byte('.')
				}
			}
			buf.WriteByte(ch)
		}
		return buf.String()
	}
}

// UnicodeTranslator returns a function that can be used to translate, where
// possible, utf-8 strings to a form that is compatible with the specified code
// page. The returned function accepts a string and returns a string.
//
// r is a reader that should read a buffer made up of content lines that
// pertain to the code page of interest. Each line is made up of three
// whitespace separated fields. The first begins with "!" and is followed by
// two hexadecimal digits that identify the glyph position in the code page of
// interest. The second field begins with "U+" and is followed by the unicode
// code point value. The third is the glyph name. A number of these code page
// map files are packaged with the gfpdf library in the font directory.
//
// An error occurs only if a line is read that does not conform to the expected
// format. In this case, the returned function is valid but does not perform
// any rune translation.
func UnicodeTranslator(r io.Reader) (f func(string) string, err error) {
	m := make(map[rune]byte)
	var uPos, cPos uint32
	var lineStr, nameStr string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		lineStr = sc.Text()
		lineStr = strings.TrimSpace(lineStr)
		if len(lineStr) > 0 {
			_, err = fmt.Sscanf(lineStr, "!%2X U+%4X %s", &cPos, &uPos, &nameStr)
			if err == nil {
				if cPos >= 0x80 {
					m[rune(uPos)] = byte(cPos)
				}
			}
		}
	}
	if err == nil {
		f = repClosure(m)
	} else {
		f = doNothing
	}
	return
}

// UnicodeTranslatorFromFile returns a function that can be used to translate,
// where possible, utf-8 strings to a form that is compatible with the
// specified code page. See UnicodeTranslator for more details.
//
// fileStr identifies a font descriptor file that maps glyph positions to names.
//
// If an error occurs reading the file, the returned function is valid but does
// not perform any rune translation.
func UnicodeTranslatorFromFile(fileStr string) (f func(string) string, err error) {
	var fl *os.File
	fl, err = os.Open(fileStr)
	if err == nil {
		f, err = UnicodeTranslator(fl)
		fl.Close()
	} else {
		f = doNothing
	}
	return
}

// UnicodeTranslatorFromDescriptor returns a function that can be used to
// translate, where possible, utf-8 strings to a form that is compatible with
// the specified code page. See UnicodeTranslator for more details.
//
// cpStr identifies a code page. A descriptor file in the font directory, set
// with the fontDirStr argument in the call to New(), should have this name
// plus the extension ".map". If cpStr is empty, it will be replaced with
// "cp1252", the gofpdf code page default.
//
// If an error occurs reading the descriptor, the returned function is valid
// but does not perform any rune translation.
//
// The CellFormat_codepage example demonstrates this method.
func (f *Fpdf) UnicodeTranslatorFromDescriptor(cpStr string) (rep func(string) string) {
	var str string
	var ok bool
	if f.err == nil {
		if len(cpStr) == 0 {
			cpStr = "cp1252"
		}
		str, ok = embeddedMapList[cpStr]
		if ok {
			rep, f.err = UnicodeTranslator(strings.NewReader(str))
		} else {
			rep, f.err = UnicodeTranslatorFromFile(filepath.Join(f.fontpath, cpStr) + ".map")
		}
	} else {
		rep = doNothing
	}
	return
}

// Transform moves a point by given X, Y offset
func (p *PointType) Transform(x, y float64) PointType {
	return PointType{p.X + x, p.Y + y}
}

// Orientation returns the orientation of a given size:
// "P" for portrait, "L" for landscape
func (s *SizeType) Orientation() string {
	if s == nil || s.Ht == s.Wd {
		return ""
	}
	if s.Wd > s.Ht {
		return "L"
	}
	return "P"
}

// ScaleBy expands a size by a certain factor
func (s *SizeType) ScaleBy(factor float64) SizeType {
	return SizeType{s.Wd * factor, s.Ht * factor}
}

// ScaleToWidth adjusts the height of a size to match the given width
func (s *SizeType) ScaleToWidth(width float64) SizeType {
	height := s.Ht * width / s.Wd
	return SizeType{width, height}
}

// ScaleToHeight adjusts the width of a size to match the given height
func (s *SizeType) ScaleToHeight(height float64) SizeType {
	width := s.Wd * height / s.Ht
	return SizeType{width, height}
}

// The untypedKeyMap structure and its methods are copyrighted 2019 by Arteom Korotkiy (Gmail: arteomkorotkiy).
// Imitation of untyped Map Array
type untypedKeyMap struct {
	keySet   []interface{}
	valueSet []int
}

// Get position of key=>value in PHP Array
func (pa *untypedKeyMap) getIndex(key interface{}) int {
	if key != nil {
		for i, mKey := range pa.keySet {
			if mKey == key {
				return i
			}
		}
		return -1
	}
	return -1
}

// Put key=>value in PHP Array
func (pa *untypedKeyMap) put(key interface{}, value int) {
	if key == nil {
		// Briefdesk: when the int keys are 0, 1, 2... in order, as put
		// makes them, the next is their count; otherwise the search below,
		// which looked for each of 0, 1, 2... through all the keys.
		next := 0
		for _, k := range pa.keySet {
			if n, ok := k.(int); ok {
				if n != next {
					next = -1
					break
				}
				next++
			}
		}
		key = next
		for n := 0; next < 0; n++ {
			if pa.getIndex(n) < 0 {
				key, next = n, n
			}
		}
		pa.keySet = append(pa.keySet, key)
		pa.valueSet = append(pa.valueSet, value)
	} else {
		i := pa.getIndex(key)
		if i < 0 {
			pa.keySet = append(pa.keySet, key)
			pa.valueSet = append(pa.valueSet, value)
		} else {
			pa.valueSet[i] = value
		}
	}
}

// Delete value in PHP Array
func (pa *untypedKeyMap) delete(key interface{}) {
	if pa == nil || pa.keySet == nil || pa.valueSet == nil {
		return
	}
	i := pa.getIndex(key)
	if i >= 0 {
		if i == 0 {
			pa.keySet = pa.keySet[1:]
			pa.valueSet = pa.valueSet[1:]
		} else if i == len(pa.keySet)-1 {
			pa.keySet = pa.keySet[:len(pa.keySet)-1]
			pa.valueSet = pa.valueSet[:len(pa.valueSet)-1]
		} else {
			pa.keySet = append(pa.keySet[:i], pa.keySet[i+1:]...)
			pa.valueSet = append(pa.valueSet[:i], pa.valueSet[i+1:]...)
		}
	}
}

// Get value from PHP Array
func (pa *untypedKeyMap) get(key interface{}) int {
	i := pa.getIndex(key)
	if i >= 0 {
		return pa.valueSet[i]
	}
	return 0
}

// Imitation of PHP function pop()
func (pa *untypedKeyMap) pop() {
	pa.keySet = pa.keySet[:len(pa.keySet)-1]
	pa.valueSet = pa.valueSet[:len(pa.valueSet)-1]
}

// Imitation of PHP function array_merge()
func arrayMerge(arr1, arr2 *untypedKeyMap) *untypedKeyMap {
	answer := untypedKeyMap{}
	if arr1 == nil && arr2 == nil {
		answer = untypedKeyMap{
			make([]interface{}, 0),
			make([]int, 0),
		}
	} else if arr2 == nil {
		answer.keySet = arr1.keySet[:]
		answer.valueSet = arr1.valueSet[:]
	} else if arr1 == nil {
		answer.keySet = arr2.keySet[:]
		answer.valueSet = arr2.valueSet[:]
	} else {
		answer.keySet = arr1.keySet[:]
		answer.valueSet = arr1.valueSet[:]
		for i := 0; i < len(arr2.keySet); i++ {
			if arr2.keySet[i] == "interval" {
				if arr1.getIndex("interval") < 0 {
					answer.put("interval", arr2.valueSet[i])
				}
			} else {
				answer.put(nil, arr2.valueSet[i])
			}
		}
	}
	return &answer
}

func remove(arr []int, key int) []int {
	n := 0
	for i, mKey := range arr {
		if mKey == key {
			n = i
		}
	}
	if n == 0 {
		return arr[1:]
	} else if n == len(arr)-1 {
		return arr[:len(arr)-1]
	}
	return append(arr[:n], arr[n+1:]...)
}

func isChinese(rune2 rune) bool {
	// chinese unicode: 4e00-9fa5
	if rune2 >= rune(0x4e00) && rune2 <= rune(0x9fa5) {
		return true
	}
	return false
}

// Condition font family string to PDF name compliance. See section 5.3 (Names)
// in https://resources.infosecinstitute.com/pdf-file-format-basic-structure/
func fontFamilyEscape(familyStr string) (escStr string) {
	escStr = strings.Replace(familyStr, " ", "#20", -1)
	// Additional replacements can take place here
	return
}

// earlyPage is a page compressed when it was finished.
type earlyPage struct {
	length int    // of the page's contents then
	data   []byte // compressed; set when the goroutine is done
}

// compressLater compresses page n on another goroutine while the document
// goes on. The page's bytes are read as they are now: later writes to the
// page (after SetPage) append beyond them, and putpages compresses such a
// page again, as it does every page when aliases are replaced.
//
// Briefdesk: added; the pages were all compressed at the end.
func (f *Fpdf) compressLater(n int) {
	if !f.compress || n < 1 || n >= len(f.pages) {
		return
	}
	if f.early == nil {
		f.early = map[int]*earlyPage{}
		f.background = new(sync.WaitGroup)
		f.compressors = make(chan struct{}, max(1, runtime.GOMAXPROCS(0)-1))
		f.finishing = make(chan struct{})
	}
	data := f.pages[n].Bytes()
	page := &earlyPage{length: len(data)}
	f.early[n] = page
	f.background.Add(1)
	finishing := f.finishing // waitForPages closes it, then forgets it
	go func() {
		defer f.background.Done()
		// While pages are drawn, one processor is left to the drawing;
		// once the document ends, the pages still waiting are compressed
		// on every processor.
		select {
		case f.compressors <- struct{}{}:
			page.data = sliceCompress(data)
			<-f.compressors
		case <-finishing:
			page.data = sliceCompress(data)
		}
	}()
}

// pageStreams returns the compressed contents of pages 1 to nb: those
// compressed early and still the same, and the others compressed now on
// every processor. Call it after waitForPages.
//
// Briefdesk: added.
func (f *Fpdf) pageStreams(nb int) [][]byte {
	out := make([][]byte, nb)
	var todo []int
	for n := 1; n <= nb; n++ {
		if p, ok := f.early[n]; ok && len(f.aliasMap) == 0 && p.length == f.pages[n].Len() {
			out[n-1] = p.data
		} else {
			todo = append(todo, n)
		}
	}
	pages := make([]*bytes.Buffer, len(todo))
	for i, n := range todo {
		pages[i] = f.pages[n]
	}
	for i, data := range compressPages(pages) {
		out[todo[i]-1] = data
	}
	return out
}

// waitForPages waits until the pages compressed early are done.
//
// Briefdesk: added.
func (f *Fpdf) waitForPages() {
	if f.background != nil {
		if f.finishing != nil {
			close(f.finishing)
			f.finishing = nil
		}
		f.background.Wait()
	}
}

// compressPages compresses the pages' contents on every processor.
//
// Briefdesk: added; the pages were compressed one after another.
func compressPages(pages []*bytes.Buffer) [][]byte {
	out := make([][]byte, len(pages))
	workers := runtime.GOMAXPROCS(0)
	if workers > len(pages) {
		workers = len(pages)
	}
	var next int64 = -1
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(atomic.AddInt64(&next, 1))
				if i >= len(pages) {
					return
				}
				out[i] = sliceCompress(pages[i].Bytes())
			}
		}()
	}
	wg.Wait()
	return out
}

// appendNum appends v with prec decimals, as fmt's %.<prec>f writes it.
//
// Briefdesk: added; fmt was the largest cost of drawing text.
func appendNum(b []byte, v float64, prec int) []byte {
	// Briefdesk: a number of a page's size is scaled to an integer and
	// written digit by digit, which strconv's exact float formatting made
	// the largest cost of drawing text; when the scaled number lies too
	// near a rounding boundary for that to be exact, strconv decides.
	if prec >= 0 && prec <= 3 {
		scale := [4]float64{1, 10, 100, 1000}[prec]
		x := v * scale
		if !(x > -1e9 && x < 1e9) {
			// Larger numbers (or NaN): the product's error could cross
			// the boundary.
			return strconv.AppendFloat(b, v, 'f', prec, 64)
		}
		r := math.RoundToEven(x)
		// A negative number that rounds to zero is written "-0.00".
		if math.Abs(x-r) < 0.5-1e-6 && !(r == 0 && math.Signbit(v)) {
			return appendFixed(b, int64(r), prec)
		}
	}
	return strconv.AppendFloat(b, v, 'f', prec, 64)
}

// appendFixed appends n / 10^prec with prec decimals, as %.*f writes it.
//
// Briefdesk: added.
func appendFixed(b []byte, n int64, prec int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var digits [24]byte
	i := len(digits)
	for k := 0; k < prec || n > 0 || k == prec; k++ {
		if k == prec && prec > 0 {
			i--
			digits[i] = '.'
		}
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
		if k >= prec && n == 0 {
			break
		}
	}
	return append(b, digits[i:]...)
}

// cutFont is a UTF-8 font's subset, ready to be written.
type cutFont struct {
	font        []byte // compressed subset
	size        int    // uncompressed size of the subset
	cidToGidMap []byte // compressed
	tag         string // Briefdesk: the subset tag, six capital letters
}

// cutUTF8Fonts subsets and compresses the UTF-8 fonts among keys, each on
// its own goroutine: the fonts share nothing a subset changes.
//
// Briefdesk: added; putfonts did this font after font.
func (f *Fpdf) cutUTF8Fonts(keys []string) map[string]*cutFont {
	cuts := map[string]*cutFont{}
	for _, key := range keys {
		if f.fonts[key].Tp == "UTF8" {
			cuts[key] = &cutFont{}
		}
	}
	var wg sync.WaitGroup
	for key, cut := range cuts {
		font := f.fonts[key]
		wg.Add(1)
		go func(font fontDefType, cut *cutFont) {
			defer wg.Done()
			usedRunes := font.usedRunes
			delete(usedRunes, 0)
			stream := font.utf8File.GenerateCutFont(usedRunes)
			cut.size = len(stream)
			cut.tag = subsetTag(stream)
			cut.font = sliceCompress(stream)
			codeSign := font.utf8File.CodeSymbolDictionary
			delete(codeSign, 0)
			cidToGidMap := make([]byte, 256*256*2)
			for cc, glyph := range codeSign {
				cidToGidMap[cc*2] = byte(glyph >> 8)
				cidToGidMap[cc*2+1] = byte(glyph & 0xFF)
			}
			cut.cidToGidMap = sliceCompress(cidToGidMap)
		}(font, cut)
	}
	wg.Wait()
	return cuts
}
