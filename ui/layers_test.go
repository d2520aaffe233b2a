package ui

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestEngineWithoutToolkit checks what docs/architecture.md says of the
// layers: no package under briefing imports Fyne, so the engine, the
// application layer and the command build and run without a window.
func TestEngineWithoutToolkit(t *testing.T) {
	files := 0
	err := filepath.WalkDir("../briefing", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		files++
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, is := range f.Imports {
			if p, _ := strconv.Unquote(is.Path.Value); strings.HasPrefix(p, "fyne.io/") {
				t.Errorf("%s imports %s", path, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 30 {
		t.Errorf("only %d engine files read; is the path right?", files)
	}
}
