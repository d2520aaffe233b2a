// Package bundle connects the engine to the files shipped in package assets
// and to the user's own templates: it is where the command and the window
// find templates and sample articles.
package bundle

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/briefdesk/briefdesk/assets"
	"github.com/briefdesk/briefdesk/briefing"
)

// UserTemplateDir returns the folder where a user's own templates live
// (templates/ beside the user's preferences), or "" if there is no such place.
func UserTemplateDir() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "briefdesk", "templates")
}

// Templates returns the built-in templates and the user's own from
// UserTemplateDir (see TemplatesFrom).
func Templates() (briefing.Templates, error) { return TemplatesFrom(UserTemplateDir()) }

// TemplatesFrom returns the built-in templates and the user's own from dir
// ("" for none), which replace built-in ones with the same id. A broken user
// template is reported in the error, which names its file, and the rest are
// still returned; the set is nil only if the built-in ones fail.
func TemplatesFrom(dir string) (briefing.Templates, error) {
	ts := briefing.Templates{}
	if err := ts.Load(assets.FS, "templates"); err != nil {
		return nil, fmt.Errorf("built-in templates: %w", err)
	}
	var err error
	if dir != "" {
		if _, statErr := os.Stat(dir); statErr == nil {
			if loadErr := ts.Load(os.DirFS(dir), "."); loadErr != nil {
				err = fmt.Errorf("%s: %w", dir, loadErr)
			}
		}
	}
	// A template with a built-in id keeps the built-in model, which weighs
	// in on the topics of the same ids (a user's copy of the template with
	// topics added or renamed keeps the model for the others).
	for id, t := range ts {
		if data, ok := assets.Model(id); ok {
			m, mErr := briefing.ReadModel(data)
			if mErr != nil {
				return nil, fmt.Errorf("built-in topic model %s: %w", id, mErr)
			}
			t.Model = m
		}
	}
	return ts, err
}

// BuiltinTemplates returns the built-in templates alone.
func BuiltinTemplates() (briefing.Templates, error) { return TemplatesFrom("") }

// BareTemplates returns the built-in templates without their trained
// models: what a model is trained for (scripts/train).
func BareTemplates() (briefing.Templates, error) {
	ts := briefing.Templates{}
	if err := ts.Load(assets.FS, "templates"); err != nil {
		return nil, fmt.Errorf("built-in templates: %w", err)
	}
	return ts, nil
}

// Classifier returns a template (the default one for "") and its classifier.
func Classifier(id string) (*briefing.Template, *briefing.Classifier, error) {
	ts, err := Templates()
	if ts == nil {
		return nil, nil, err
	}
	t, err := ts.Get(id)
	if err != nil {
		return nil, nil, err
	}
	return t, briefing.NewClassifier(t), nil
}

// Sample is one bundled sample article.
type Sample struct {
	Name string
	Data []byte
}

// Samples returns the bundled sample articles in name order.
func Samples() ([]Sample, error) {
	entries, err := fs.ReadDir(assets.FS, "samples")
	if err != nil {
		return nil, err
	}
	var out []Sample
	for _, e := range entries {
		data, err := fs.ReadFile(assets.FS, "samples/"+e.Name())
		if err != nil {
			return nil, err
		}
		out = append(out, Sample{Name: e.Name(), Data: data})
	}
	return out, nil
}
