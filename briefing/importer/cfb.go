package importer

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf16"
)

// A compound file (Microsoft's Compound File Binary format, also called OLE
// structured storage) is a little file system in one file: fixed-size
// sectors, a FAT chaining them into streams, a directory of named streams
// and storages (a red-black tree of siblings under each storage), and a
// mini stream of 64-byte sectors for small streams. HWP 5 documents are
// compound files; so are encrypted Office documents. This reader reads
// one from memory and trusts nothing in it: every chain is bounded by the
// number of sectors and may not loop, and every offset is checked.

var cfbMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

const (
	cfbEnd       = 0xFFFFFFFE // end of a chain
	cfbFree      = 0xFFFFFFFF
	cfbNone      = 0xFFFFFFFF // no sibling or child
	cfbMaxDirs   = 100_000
	cfbDirSize   = 128
	cfbMiniShift = 6
)

// cfbEntry is a directory entry: a storage or a stream.
type cfbEntry struct {
	name               string
	kind               byte // 1 storage, 2 stream, 5 root
	left, right, child uint32
	start              uint32
	size               uint64
}

// cfbFile is an open compound file.
type cfbFile struct {
	data    []byte
	shift   uint // sector size is 1<<shift
	fat     []uint32
	miniFAT []uint32
	mini    []byte // the mini stream
	cutoff  uint64
	entries []cfbEntry
	format  string // names the format in errors
}

func isCFB(data []byte) bool { return bytes.HasPrefix(data, cfbMagic) }

// openCFB reads the header, the FAT, the directory and the mini stream.
func openCFB(data []byte, format string) (*cfbFile, error) {
	if len(data) < 512 || !isCFB(data) {
		return nil, damaged(format, "not a compound file")
	}
	f := &cfbFile{data: data, format: format}
	le := binary.LittleEndian
	f.shift = uint(le.Uint16(data[0x1E:]))
	if f.shift != 9 && f.shift != 12 {
		return nil, damaged(format, "unknown sector size")
	}
	if uint16(le.Uint16(data[0x20:])) != cfbMiniShift {
		return nil, damaged(format, "unknown mini sector size")
	}
	f.cutoff = uint64(le.Uint32(data[0x38:]))
	if err := f.readFAT(); err != nil {
		return nil, err
	}
	dir, err := f.chain(le.Uint32(data[0x30:]), f.fat, f.shift, nil, 0)
	if err != nil {
		return nil, err
	}
	if err := f.readDir(dir); err != nil {
		return nil, err
	}
	if mf, err := f.chain(le.Uint32(data[0x3C:]), f.fat, f.shift, nil, 0); err == nil {
		f.miniFAT = u32s(mf)
	}
	root := f.entries[0]
	if root.start != cfbEnd && root.size > 0 {
		if f.mini, err = f.chain(root.start, f.fat, f.shift, nil, root.size); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// sectors returns the number of whole sectors after the header.
func (f *cfbFile) sectors() uint32 {
	n := (len(f.data) >> f.shift) - 1
	if n < 0 {
		return 0
	}
	return uint32(n)
}

func (f *cfbFile) sector(n uint32) []byte {
	size := 1 << f.shift
	off := (int(n) + 1) << f.shift
	if n >= f.sectors() || off+size > len(f.data) {
		return nil
	}
	return f.data[off : off+size]
}

// readFAT gathers the FAT sectors the header and the DIFAT chain list.
func (f *cfbFile) readFAT() error {
	le := binary.LittleEndian
	var ids []uint32
	for i := 0; i < 109; i++ {
		ids = append(ids, le.Uint32(f.data[0x4C+4*i:]))
	}
	next := le.Uint32(f.data[0x44:])
	per := (1 << f.shift) / 4
	for seen := uint32(0); next < f.sectors(); seen++ {
		if seen > f.sectors() {
			return damaged(f.format, "the DIFAT chain loops")
		}
		s := f.sector(next)
		ids = append(ids, u32s(s[:4*(per-1)])...)
		next = le.Uint32(s[4*(per-1):])
	}
	for _, id := range ids {
		if id >= f.sectors() {
			continue // free entries, and sectors past the file's end
		}
		if len(f.fat) > int(f.sectors()) {
			break // the rest would link sectors past the file's end
		}
		f.fat = append(f.fat, u32s(f.sector(id))...)
	}
	if len(f.fat) == 0 {
		return damaged(f.format, "no FAT")
	}
	return nil
}

// chain reads the sectors of a chain from a FAT (or, with the mini
// stream's shift, from the mini FAT over the mini stream src), up to size
// bytes when size is not zero. A chain never has more sectors than the
// file (or the mini stream), so a loop is found by counting.
func (f *cfbFile) chain(start uint32, fat []uint32, shift uint, src []byte, size uint64) ([]byte, error) {
	var out []byte
	step := 1 << shift
	limit := int(f.sectors())
	if src != nil {
		limit = len(src) >> shift
	}
	for n, cur := 0, start; cur != cfbEnd; n++ {
		if n >= limit || int(cur) >= len(fat) {
			return nil, damaged(f.format, "a stream's chain is broken")
		}
		var s []byte
		if src == nil {
			s = f.sector(cur)
		} else if off := int(cur) << shift; off+step <= len(src) {
			s = src[off : off+step]
		}
		if s == nil {
			return nil, damaged(f.format, "a stream runs past the end of the file")
		}
		out = append(out, s...)
		if size > 0 && uint64(len(out)) >= size {
			return out[:size], nil
		}
		cur = fat[cur]
	}
	if size > 0 && uint64(len(out)) < size {
		return nil, damaged(f.format, "a stream is shorter than its directory entry says")
	}
	return out, nil
}

func (f *cfbFile) readDir(dir []byte) error {
	le := binary.LittleEndian
	for off := 0; off+cfbDirSize <= len(dir) && len(f.entries) < cfbMaxDirs; off += cfbDirSize {
		d := dir[off : off+cfbDirSize]
		n := int(le.Uint16(d[64:]))
		if n > 64 {
			n = 64
		}
		units := make([]uint16, 0, 32)
		for i := 0; i+1 < n; i += 2 {
			if u := le.Uint16(d[i:]); u != 0 {
				units = append(units, u)
			}
		}
		size := le.Uint64(d[120:])
		if f.shift == 9 {
			size &= 0xFFFFFFFF // version 3 files leave the high half undefined
		}
		f.entries = append(f.entries, cfbEntry{
			name: string(utf16.Decode(units)), kind: d[66],
			left: le.Uint32(d[68:]), right: le.Uint32(d[72:]), child: le.Uint32(d[76:]),
			start: le.Uint32(d[116:]), size: size,
		})
	}
	if len(f.entries) == 0 || f.entries[0].kind != 5 {
		return damaged(f.format, "no root directory entry")
	}
	return nil
}

// children lists the entries directly in a storage, by name.
func (f *cfbFile) children(storage int) map[string]int {
	out := map[string]int{}
	seen := map[uint32]bool{}
	stack := []uint32{f.entries[storage].child}
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if i == cfbNone || int(i) >= len(f.entries) || seen[i] {
			continue
		}
		seen[i] = true
		e := f.entries[i]
		out[strings.ToLower(e.name)] = int(i)
		stack = append(stack, e.left, e.right)
	}
	return out
}

// find returns the entry at a path of names ("BodyText/Section0"), or -1.
func (f *cfbFile) find(p string) int {
	cur := 0
	for _, name := range strings.Split(p, "/") {
		i, ok := f.children(cur)[strings.ToLower(name)]
		if !ok {
			return -1
		}
		cur = i
	}
	return cur
}

// stream returns the bytes of the stream at a path, and whether it exists.
func (f *cfbFile) stream(p string) ([]byte, bool, error) {
	i := f.find(p)
	if i < 0 || f.entries[i].kind != 2 {
		return nil, false, nil
	}
	e := f.entries[i]
	if e.size > uint64(len(f.data)) {
		return nil, true, damaged(f.format, "a stream is larger than the file")
	}
	if e.size == 0 {
		return nil, true, nil
	}
	var data []byte
	var err error
	if e.size < f.cutoff {
		data, err = f.chain(e.start, f.miniFAT, cfbMiniShift, f.mini, e.size)
	} else {
		data, err = f.chain(e.start, f.fat, f.shift, nil, e.size)
	}
	return data, true, err
}

func u32s(b []byte) []uint32 {
	out := make([]uint32, len(b)/4)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}
