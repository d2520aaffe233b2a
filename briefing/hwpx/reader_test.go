package hwpx

import (
	"context"
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/handout"
)

// The independent reader: an HWPX reader we did not write (MIT licence),
// installed once with npm into the user's cache, outside the repository.
const (
	readerPackage = "@ssabrojs/hwpxjs"
	readerVersion = "0.2.0"
)

// readerScript loads an HWPX file with the reader and prints what it
// finds: the package's reading order and the text of the body.
const readerScript = `
const [lib, file] = process.argv.slice(-2);
const { HwpxReader } = await import(lib);
const { readFileSync } = await import("node:fs");
const data = readFileSync(file);
const r = new HwpxReader();
await r.loadFromArrayBuffer(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
const info = await r.getDocumentInfo();
const text = await r.extractText();
console.log(JSON.stringify({ spine: info.summary.spine, title: info.metadata.title, text }));
`

// hwpxReader returns the path of the reader's entry module, installing it
// first if need be, or skips the test with the reason it cannot.
func hwpxReader(t *testing.T) (node, lib string) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: the independent HWPX reader was not run")
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("npm is not installed: the independent HWPX reader was not run")
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		t.Skipf("no cache directory for the independent HWPX reader: %v", err)
	}
	dir := filepath.Join(cache, "briefdesk-test", "hwpxjs-"+readerVersion)
	lib = filepath.Join(dir, "node_modules", "@ssabrojs", "hwpxjs", "dist", "index.js")
	if _, err := os.Stat(lib); err == nil {
		return node, lib
	}
	// Installed beside, then moved into place: another test process never
	// sees half an installation.
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		t.Skipf("cannot make the reader's cache directory: %v", err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "install-")
	if err != nil {
		t.Skipf("cannot make the reader's cache directory: %v", err)
	}
	defer os.RemoveAll(tmp)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, npm, "install", "--prefix", tmp, "--no-audit", "--no-fund", "--no-save",
		readerPackage+"@"+readerVersion)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("npm could not install %s@%s (%v): the independent HWPX reader was not run\n%s", readerPackage, readerVersion, err, out)
	}
	if err := os.Rename(tmp, dir); err != nil {
		if _, statErr := os.Stat(lib); statErr != nil {
			t.Skipf("cannot move the reader into the cache: %v", err)
		}
	}
	return node, lib
}

// TestIndependentReader reads the handout back with an HWPX reader we did
// not write and checks that it gives the handout's text: title, topic
// headings, excerpts, sources, Hangul, Hanja and accented letters.
func TestIndependentReader(t *testing.T) {
	node, lib := hwpxReader(t)
	b := sampleBriefing(t, "ko")
	for _, style := range []string{briefing.StyleBriefing, briefing.StyleReport} {
		file := filepath.Join(t.TempDir(), "handout.hwpx")
		if err := os.WriteFile(file, export(t, b, Options{Style: style}), 0o644); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		out, err := exec.CommandContext(ctx, node, "--input-type=module", "-e", readerScript, "--", lib, file).Output()
		cancel()
		if err != nil {
			t.Fatalf("%s: the reader failed: %v\n%s", style, err, out)
		}
		var got struct {
			Spine []string
			Title string
			Text  string
		}
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatalf("%s: reader's output: %v\n%s", style, err, out)
		}
		if strings.Join(got.Spine, ",") != "header,section0" || got.Title != b.Details.Title {
			t.Errorf("%s: the reader found the reading order %v and the title %q", style, got.Spine, got.Title)
		}
		// This reader leaves character references (&#39; for ') as they
		// are; a quote in our text is one, as encoding/xml writes it.
		text := html.UnescapeString(got.Text)
		lines := map[string]bool{}
		for _, l := range strings.Split(text, "\n") {
			lines[l] = true
		}
		want := []string{b.Details.Title, "동맹 현황은 안정적이다. 漢字 表記와 café Ñandú 철자를 그대로 둔다.1)", "출처"}
		for n, i := range handout.ShownTopics(b) {
			want = append(want, handout.TopicNumber(n+1, style == briefing.StyleReport)+" "+b.Topics[i].Title)
			for _, e := range b.Topics[i].Excerpts {
				want = append(want, handout.ExcerptParagraphs(e.Text)...)
			}
		}
		missing := 0
		for _, w := range want {
			if !lines[w] {
				missing++
				t.Errorf("%s: the reader does not give the line %.60q", style, w)
			}
		}
		for _, a := range b.Cited() {
			if !strings.Contains(text, a.Title) {
				t.Errorf("%s: the reader does not give the source %q", style, a.Title)
			}
		}
		t.Logf("%s: the reader gave %d lines, %d characters; %d of %d expected lines missing", style, len(lines), len([]rune(text)), missing, len(want))
	}
}
