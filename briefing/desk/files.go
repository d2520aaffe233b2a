package desk

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/brieffile"
	"github.com/briefdesk/briefdesk/briefing/bundle"
	"github.com/briefdesk/briefdesk/briefing/importer"
)

// BriefExt is the file name extension of briefings.
const BriefExt = brieffile.Ext

// Errors of an unusable .brief file, for callers that explain them.
var (
	ErrDamaged  = brieffile.ErrDamaged
	ErrNotBrief = brieffile.ErrNotBrief
	ErrNewer    = brieffile.ErrNewer
	ErrInvalid  = brieffile.ErrInvalid
	ErrLimits   = brieffile.ErrLimits
)

// IsBriefing reports whether a file name names a .brief file.
func IsBriefing(name string) bool { return strings.EqualFold(filepath.Ext(name), BriefExt) }

// LoadBriefing reads a .brief file. Its errors name the file once and wrap
// one of ErrDamaged, ErrNotBrief, ErrNewer, ErrInvalid or ErrLimits, or the
// system's.
func LoadBriefing(path string) (*briefing.Briefing, error) {
	b, err := brieffile.Load(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is named once, below
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}

// SaveBriefing writes b to path atomically: the old file stays whole until
// the new one is complete.
func SaveBriefing(path string, b *briefing.Briefing) error {
	if err := brieffile.Save(path, b); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// WriteFile replaces the file at path with what write writes, atomically.
func WriteFile(path string, write func(io.Writer) error) error {
	return brieffile.WriteAtomic(path, write)
}

// Templates returns the built-in templates and the user's own from dir ("" for
// none). A user template that cannot be read is named in the error and the
// rest are returned; the set is nil only if the built-in ones fail.
func Templates(dir string) (briefing.Templates, error) { return bundle.TemplatesFrom(dir) }

// UserTemplateDir is the folder of the user's own templates.
func UserTemplateDir() string { return bundle.UserTemplateDir() }

// Samples returns the bundled sample articles, read as any import would.
func Samples() ([]*briefing.Article, error) {
	samples, err := bundle.Samples()
	if err != nil {
		return nil, err
	}
	var out []*briefing.Article
	for _, s := range samples {
		a, err := importer.Parse(s.Data, importer.Source{Name: s.Name})
		if err != nil {
			return nil, fmt.Errorf("sample %s: %w", s.Name, err)
		}
		out = append(out, a)
	}
	return out, nil
}

// Recovery is the copy of unsaved work written shortly after each change and
// removed when the work is saved or closed on purpose: one found at start
// means the last session ended badly.
type Recovery struct{ path string }

// NewRecovery keeps the recovery copy at path ("" for none).
func NewRecovery(path string) *Recovery { return &Recovery{path: path} }

// Write writes the recovery copy of b, which belongs to the file origin (""
// for a briefing never saved). It may run on any goroutine.
func (r *Recovery) Write(b *briefing.Briefing, origin string) error {
	if r.path == "" {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(r.path), 0o755); err != nil {
		return err
	}
	// The origin goes first: a copy without its own origin must not
	// inherit the one of an earlier copy.
	if err := brieffile.WriteAtomic(r.path+".origin", func(w io.Writer) error {
		_, err := io.WriteString(w, origin)
		return err
	}); err != nil {
		return err
	}
	return brieffile.Save(r.path, b)
}

// Load returns the recovery copy and the file it belongs to; found is false
// when there is none. A copy that cannot be read is an error.
func (r *Recovery) Load() (b *briefing.Briefing, origin string, found bool, err error) {
	if r.path == "" {
		return nil, "", false, nil
	}
	if _, err := os.Stat(r.path); err != nil {
		return nil, "", false, nil
	}
	b, err = brieffile.Load(r.path)
	if err != nil {
		return nil, "", true, err
	}
	data, _ := os.ReadFile(r.path + ".origin")
	return b, string(data), true, nil
}

// Exists reports whether there is a recovery copy.
func (r *Recovery) Exists() bool {
	_, err := os.Stat(r.path)
	return r.path != "" && err == nil
}

// Clear removes the recovery copy.
func (r *Recovery) Clear() {
	if r.path != "" {
		os.Remove(r.path)
		os.Remove(r.path + ".origin")
	}
}

// IsRecovery reports whether path is the recovery copy itself, which is
// never a briefing's own file.
func (r *Recovery) IsRecovery(path string) bool {
	if r.path == "" || path == "" {
		return false
	}
	a, err1 := filepath.Abs(path)
	b, err2 := filepath.Abs(r.path)
	return err1 == nil && err2 == nil && a == b
}

// Names of the files the window keeps in its storage folder.
const (
	LibraryFile  = "library.json"
	RecoveryFile = "recovery.brief"
)
