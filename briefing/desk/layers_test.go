package desk

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestFrontEndsGoThroughDesk checks the layering docs/architecture.md
// describes: the window and the command reach readers and writers only
// through this package. (That nothing under briefing imports the window's
// toolkit is checked by the window's tests, ui/layers_test.go.)
func TestFrontEndsGoThroughDesk(t *testing.T) {
	readersAndWriters := []string{"importer", "fetch", "pdf", "markdown", "brieffile"}
	for _, dir := range []string{"../../ui", "../../cmd/brief"} {
		found := imports(t, dir)
		if len(found) < 10 {
			t.Fatalf("%s: only %d imports found; is the path right?", dir, len(found))
		}
		for path, imp := range found {
			for _, p := range readersAndWriters {
				if imp == "github.com/briefdesk/briefdesk/briefing/"+p {
					t.Errorf("%s imports %s directly", path, imp)
				}
			}
		}
	}
}

// imports returns the imports of the non-test Go files in dir, by file.
func imports(t *testing.T, dir string) map[string]string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	if len(files) == 0 {
		return nil
	}
	out := map[string]string{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		parsed, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, is := range parsed.Imports {
			p, _ := strconv.Unquote(is.Path.Value)
			out[f+" "+p] = p
		}
	}
	return out
}
