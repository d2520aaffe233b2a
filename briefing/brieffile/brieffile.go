// Package brieffile reads and writes .brief files: one indented UTF-8 JSON
// document with a format name and version, holding a briefing together with
// every article it quotes. docs/brief-format.md describes the layout and
// docs/brief.schema.json is its JSON Schema.
package brieffile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	fastjson "github.com/go-json-experiment/json/v1"

	"github.com/briefdesk/briefdesk/briefing"
)

// Format and Version identify the files this package writes.
const (
	Format  = "briefdesk.brief"
	Version = 1
	// Ext is the file name extension of briefings.
	Ext = ".brief"
)

// MaxSize is the largest file Load reads: far above a briefing at every
// limit of briefing.CheckLimits that real work reaches, and small enough to
// read in bounded memory.
const MaxSize = 32 << 20

// Errors that tell the kinds of unusable files apart.
var (
	ErrDamaged  = errors.New("the file is damaged")
	ErrNotBrief = errors.New("not a Briefdesk briefing")
	ErrNewer    = errors.New("written by a newer version of Briefdesk")
	ErrInvalid  = errors.New("the briefing in the file is inconsistent")
	ErrLimits   = errors.New("the briefing holds more than Briefdesk accepts")
)

// file is the top level of a .brief file. Field order is the order on disk.
type file struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	*briefing.Briefing
}

// Encode writes b as a .brief document.
func Encode(w io.Writer, b *briefing.Briefing) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(file{Format: Format, Version: Version, Briefing: b}); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// head is the start of a .brief file: what it is, and its version.
type head struct {
	Format  *string
	Version *int
}

// readHead reads the top-level "format" and "version" of a JSON object,
// stopping as soon as it has both (Briefdesk writes them first), so that a
// large file is not read through twice. Errors are those of json.Unmarshal
// on the whole document, for the same input.
func readHead(data []byte) (head, error) {
	var h head
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return h, json.Unmarshal(data, &struct{}{})
	}
	if tok != json.Delim('{') {
		// What json.Unmarshal says of a document that is not an object.
		return h, json.Unmarshal(data, &struct{}{})
	}
	for dec.More() && (h.Format == nil || h.Version == nil) {
		tok, err := dec.Token()
		if err != nil {
			return h, json.Unmarshal(data, &struct{}{})
		}
		key, _ := tok.(string)
		var v any
		switch key {
		case "format":
			v = &h.Format
		case "version":
			v = &h.Version
		default:
			v = &json.RawMessage{}
		}
		if err := dec.Decode(v); err != nil {
			var full struct {
				Format  *string `json:"format"`
				Version *int    `json:"version"`
			}
			return h, json.Unmarshal(data, &full)
		}
	}
	return h, nil
}

// Decode reads a .brief document. Its errors wrap ErrDamaged, ErrNotBrief,
// ErrNewer or ErrInvalid and say where in the file the problem is.
func Decode(r io.Reader) (*briefing.Briefing, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, err
	}
	return decode(data)
}

func decode(data []byte) (*briefing.Briefing, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("%w: larger than %d MB", ErrLimits, MaxSize>>20)
	}
	// A byte order mark, which some editors write, is not part of the JSON.
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	head, err := readHead(data)
	if err != nil {
		var typ *json.UnmarshalTypeError
		if errors.As(err, &typ) && typ.Field == "" {
			return nil, fmt.Errorf("%w (it is JSON, but not an object)", ErrNotBrief)
		}
		if !looksLikeJSON(data) {
			return nil, fmt.Errorf("%w (it is not a JSON document)", ErrNotBrief)
		}
		return nil, fmt.Errorf("%w: %s", ErrDamaged, jsonProblem(data, err))
	}
	switch {
	case head.Format == nil || *head.Format != Format:
		return nil, fmt.Errorf("%w (its \"format\" is not %q)", ErrNotBrief, Format)
	case head.Version == nil || *head.Version < 1:
		return nil, fmt.Errorf("%w: \"version\" is missing or not a positive number", ErrDamaged)
	case *head.Version > Version:
		return nil, fmt.Errorf("%w (file version %d; this version reads up to %d): update Briefdesk to open it", ErrNewer, *head.Version, Version)
	}
	b := &briefing.Briefing{}
	if err := fastjson.Unmarshal(data, &file{Briefing: b}); err != nil {
		// The standard decoder has the last word, and the error messages
		// (jsonProblem) are its.
		b = &briefing.Briefing{}
		if err := json.Unmarshal(data, &file{Briefing: b}); err != nil {
			return nil, fmt.Errorf("%w: %s", ErrDamaged, jsonProblem(data, err))
		}
	}
	normalise(b)
	if err := b.CheckLimits(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrLimits, err)
	}
	if err := b.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	return b, nil
}

// normalise fills in what older or hand-edited files may leave out.
func normalise(b *briefing.Briefing) {
	if b.Details.Paper == "" {
		b.Details.Paper = briefing.PaperA4
	}
	if b.Details.Language != "en" {
		b.Details.Language = "ko"
	}
	if b.Topics == nil {
		b.Topics = []briefing.Topic{}
	}
	if b.Articles == nil {
		b.Articles = []briefing.Article{}
	}
	for i := range b.Topics {
		if b.Topics[i].Excerpts == nil {
			b.Topics[i].Excerpts = []briefing.Excerpt{}
		}
	}
}

func looksLikeJSON(data []byte) bool {
	t := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	return len(t) > 0 && (t[0] == '{' || t[0] == '[')
}

// jsonProblem describes a decoding error with its line and column.
func jsonProblem(data []byte, err error) string {
	var off int64 = -1
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		off = syn.Offset
	case errors.As(err, &typ):
		off = typ.Offset
		if typ.Field != "" {
			return fmt.Sprintf("%s: field %q holds a %s where a %s belongs", position(data, off), typ.Field, typ.Value, typ.Type)
		}
	case errors.Is(err, io.ErrUnexpectedEOF):
		off = int64(len(data))
		return fmt.Sprintf("%s: the file ends too early (was it cut off?)", position(data, off))
	}
	if off < 0 {
		return err.Error()
	}
	return fmt.Sprintf("%s: %v", position(data, off), err)
}

// position turns a byte offset into "line L, column C".
func position(data []byte, off int64) string {
	off = min(off, int64(len(data)))
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := len([]rune(string(before[bytes.LastIndexByte(before, '\n')+1:]))) + 1
	return fmt.Sprintf("line %d, column %d", line, col)
}

// Load reads the .brief file at path.
func Load(path string) (*briefing.Briefing, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// Read in one piece when the size is known, rather than growing a
	// buffer by doubling from nothing.
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() && info.Size() <= MaxSize {
		data := make([]byte, info.Size()+1)
		n, err := io.ReadFull(f, data)
		if err == io.ErrUnexpectedEOF || err == io.EOF {
			return decode(data[:n])
		}
		if err != nil {
			return nil, err
		}
		// It grew while being read: the rest follows what was read.
		return Decode(io.MultiReader(bytes.NewReader(data), f))
	}
	return Decode(f)
}

// Save writes b to path atomically: to a temporary file in the same folder,
// synced to disk, then renamed over the old file. A crash at any moment
// leaves either the old file or the new one, never a half-written one.
func Save(path string, b *briefing.Briefing) error {
	return WriteAtomic(path, func(w io.Writer) error { return Encode(w, b) })
}
