package brieffile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/briefdesk/briefdesk/briefing"
)

// LibraryFormat and LibraryVersion identify the library files this package
// writes: the user's collection of imported articles, kept beside the
// preferences (docs/library-format.md).
const (
	LibraryFormat  = "briefdesk.library"
	LibraryVersion = 1
)

// ErrNotLibrary is returned for a file that is not a library.
var ErrNotLibrary = errors.New("not a Briefdesk library")

// libraryFile is the top level of a library file.
type libraryFile struct {
	Format   string              `json:"format"`
	Version  int                 `json:"version"`
	Articles []*briefing.Article `json:"articles"`
}

// EncodeLibrary writes the articles as a library document. It is compact
// rather than indented: the library is not shared or compared, and it can
// hold thousands of articles.
func EncodeLibrary(w io.Writer, arts []*briefing.Article) error {
	if arts == nil {
		arts = []*briefing.Article{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(libraryFile{Format: LibraryFormat, Version: LibraryVersion, Articles: arts})
}

// DecodeLibrary reads a library document. The bare list of articles written
// before libraries had a format name is read too. Articles without an id or
// text are left out and counted in dropped, so the caller can say so. Errors
// wrap ErrDamaged, ErrNotLibrary or ErrNewer and say where.
func DecodeLibrary(r io.Reader) (arts []*briefing.Article, dropped int, err error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, 0, err
	}
	if len(data) > MaxSize {
		return nil, 0, fmt.Errorf("%w: larger than %d MB", ErrNotLibrary, MaxSize>>20)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimSpace(data)
	switch {
	case len(trimmed) > 0 && trimmed[0] == '[':
		err = json.Unmarshal(data, &arts)
	case len(trimmed) > 0 && trimmed[0] == '{':
		arts, err = decodeLibraryObject(data)
	default:
		return nil, 0, fmt.Errorf("%w (it is not a JSON document)", ErrNotLibrary)
	}
	if err != nil {
		if errors.Is(err, ErrNotLibrary) || errors.Is(err, ErrNewer) || errors.Is(err, ErrDamaged) {
			return nil, 0, err
		}
		return nil, 0, fmt.Errorf("%w: %s", ErrDamaged, jsonProblem(data, err))
	}
	kept := arts[:0]
	for _, a := range arts {
		if a != nil && a.ID != "" && len(a.Sections) > 0 {
			kept = append(kept, a)
		}
	}
	return kept, len(arts) - len(kept), nil
}

func decodeLibraryObject(data []byte) ([]*briefing.Article, error) {
	var head struct {
		Format  *string `json:"format"`
		Version *int    `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, err
	}
	switch {
	case head.Format == nil || *head.Format != LibraryFormat:
		return nil, fmt.Errorf("%w (its \"format\" is not %q)", ErrNotLibrary, LibraryFormat)
	case head.Version == nil || *head.Version < 1:
		return nil, fmt.Errorf("%w: \"version\" is missing or not a positive number", ErrDamaged)
	case *head.Version > LibraryVersion:
		return nil, fmt.Errorf("%w (library version %d; this version reads up to %d)", ErrNewer, *head.Version, LibraryVersion)
	}
	var f libraryFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, err
	}
	return f.Articles, nil
}
