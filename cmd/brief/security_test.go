package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNothingReachesTheTerminalRaw imports a page whose title holds escape
// sequences and a bell, and a feed whose entry names hold line breaks: what
// brief prints holds no control character, and every error is one line.
func TestNothingReachesTheTerminalRaw(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, webPage, "\x1b]0;owned\x07제목\x1b[2J\u202e\u009b31m")
	}))
	defer srv.Close()
	feed := filepath.Join(t.TempDir(), "forged.rss")
	os.WriteFile(feed, []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>
<item><title>a</title><guid>first&#10;brief: forged.txt: everything is fine</guid></item>
<item><title>b</title><guid>second&#13;brief: forged2</guid></item></channel></rss>`), 0o644)
	code, stdout, stderr := brief(t, "", "import", "--allow-private", srv.URL+"/a", feed)
	if code != 1 {
		t.Errorf("exit status %d, want 1 (two entries fail)", code)
	}
	for name, out := range map[string]string{"stdout": stdout, "stderr": stderr} {
		for _, r := range out {
			if r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r < 0xa0 || r == '\u202e' {
				t.Errorf("%s holds %U:\n%q", name, r, out)
				break
			}
		}
	}
	lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
	if len(lines) != 2 || strings.HasPrefix(lines[1], "brief: forged") || !strings.Contains(lines[0], "brief: forged.txt") {
		t.Errorf("want one line per failed entry:\n%s", stderr)
	}
	if !strings.Contains(stdout, "제목") {
		t.Errorf("the title is gone:\n%s", stdout)
	}
}

// TestExportNeverOverwritesItsInput exports a briefing saved under a .md
// name to Markdown at that name: refused, and the briefing is intact.
func TestExportNeverOverwritesItsInput(t *testing.T) {
	dir := samples(t)
	weekly := filepath.Join(t.TempDir(), "weekly.md")
	if code, _, stderr := brief(t, "", "new", "-o", weekly, "--auto", dir); code != 0 {
		t.Fatalf("new: %s", stderr)
	}
	before, _ := os.ReadFile(weekly)
	code, _, stderr := brief(t, "", "export", "--format", "md", "-o", weekly, weekly)
	if code != 1 || !strings.Contains(stderr, "the briefing's own file") {
		t.Errorf("export over its input: %d %s", code, stderr)
	}
	if code, _, _ := brief(t, "", "export", "--format", "md", weekly); code != 1 {
		t.Errorf("the default name is the input's own: %d", code)
	}
	after, _ := os.ReadFile(weekly)
	if string(before) != string(after) {
		t.Error("the briefing was overwritten")
	}
}
