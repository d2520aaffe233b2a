package briefing

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// DefaultTemplate is the identifier of the built-in US–ROK alliance template.
const DefaultTemplate = "alliance"

// ErrUnknownTemplate is returned when no template has the requested identifier.
var ErrUnknownTemplate = errors.New("unknown template")

// Template is a set of topics for a kind of briefing, with the lexicon the
// classifier uses to suggest a topic for each paragraph.
type Template struct {
	ID     string            `json:"id"`
	Names  map[string]string `json:"names"` // language → name
	Topics []TemplateTopic   `json:"topics"`
	// Model is the template's trained topic model, if it has one (the
	// built-in template's is trained from the project's corpus; see
	// TrainModel). It is not part of the template's file.
	Model *Model `json:"-"`
}

// TemplateTopic is one topic of a template.
type TemplateTopic struct {
	ID    string            `json:"id"`
	Names map[string]string `json:"names"` // language → name
	// Terms maps a language to its weighted terms. Korean terms match inside
	// words (particles attach to nouns); English terms match whole words, with
	// a trailing "*" matching any ending.
	Terms map[string]map[string]float64 `json:"terms"`
}

// Name returns the topic's name in lang, falling back to Korean, English, then the ID.
func (t *TemplateTopic) Name(lang string) string {
	return pickName(t.Names, lang, t.ID)
}

// Name returns the template's name in lang.
func (t *Template) Name(lang string) string {
	return pickName(t.Names, lang, t.ID)
}

func pickName(names map[string]string, lang, fallback string) string {
	for _, l := range []string{lang, "ko", "en"} {
		if n := names[l]; n != "" {
			return n
		}
	}
	return fallback
}

// Topic returns the template topic with the given id, or nil.
func (t *Template) Topic(id string) *TemplateTopic {
	for i := range t.Topics {
		if t.Topics[i].ID == id {
			return &t.Topics[i]
		}
	}
	return nil
}

// ParseTemplate reads a template from its JSON form and checks it.
func ParseTemplate(data []byte) (*Template, error) {
	var t Template
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("not a valid template: %w", err)
	}
	if t.ID == "" {
		return nil, errors.New("template has no id")
	}
	if len(t.Topics) == 0 {
		return nil, fmt.Errorf("template %q has no topics", t.ID)
	}
	seen := map[string]bool{}
	for i, tp := range t.Topics {
		if tp.ID == "" || seen[tp.ID] {
			return nil, fmt.Errorf("template %q: topic %d has a missing or repeated id %q", t.ID, i+1, tp.ID)
		}
		seen[tp.ID] = true
		for lang, terms := range tp.Terms {
			for term, w := range terms {
				if strings.TrimSpace(term) == "" || w <= 0 {
					return nil, fmt.Errorf("template %q: topic %q: %s term %q needs a positive weight", t.ID, tp.ID, lang, term)
				}
			}
		}
	}
	return &t, nil
}

// Templates is a set of templates by identifier.
type Templates map[string]*Template

// Load reads every *.json file in dir of fsys as a template. Later calls can
// add user templates to the same set, replacing built-in ones of the same id.
// A file that is not a valid template is left out and named in the error,
// which joins one error per such file; the other files are still loaded.
func (ts Templates) Load(fsys fs.FS, dir string) error {
	names, err := fs.Glob(fsys, path.Join(dir, "*.json"))
	if err != nil {
		return err
	}
	var errs []error
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err == nil {
			var t *Template
			if t, err = ParseTemplate(data); err == nil {
				ts[t.ID] = t
				continue
			}
		}
		errs = append(errs, fmt.Errorf("%s: %w", name, err))
	}
	return errors.Join(errs...)
}

// Get returns the template with the given id.
func (ts Templates) Get(id string) (*Template, error) {
	if id == "" {
		id = DefaultTemplate
	}
	t, ok := ts[id]
	if !ok {
		return nil, fmt.Errorf("%w %q (available: %s)", ErrUnknownTemplate, id, strings.Join(ts.IDs(), ", "))
	}
	return t, nil
}

// IDs returns the template identifiers in sorted order.
func (ts Templates) IDs() []string {
	ids := make([]string, 0, len(ts))
	for id := range ts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}
