package markdown

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

var update = flag.Bool("update", false, "rewrite the expected output of testdata/commentary")

// visible shows the characters of an export that cannot be seen: a no-break
// space as ⍽, the two spaces of a hard line break as ↵.
var visible = strings.NewReplacer("\u00a0", "⍽", "  \n", "↵\n")

// TestCommentaryFixtures exports each commentary of testdata/commentary and
// renders the export as a Markdown reader does (goldmark, to HTML): both
// must be as the fixture says, after "==== export" and "==== html".
func TestCommentaryFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/commentary/*.txt")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			src, rest, _ := strings.Cut(string(data), "==== export\n")
			wantExport, wantHTML, _ := strings.Cut(rest, "==== html\n")
			var sb strings.Builder
			writeMarkdown(&sb, src)
			var html bytes.Buffer
			if err := goldmark.Convert([]byte(sb.String()), &html); err != nil {
				t.Fatal(err)
			}
			export, gotHTML := visible.Replace(sb.String()), visible.Replace(html.String())
			if *update {
				out := src + "==== export\n" + export + "==== html\n" + gotHTML
				if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if export != wantExport {
				t.Errorf("export:\n%s\nwant:\n%s", export, wantExport)
			}
			if gotHTML != wantHTML {
				t.Errorf("rendered:\n%s\nwant:\n%s", gotHTML, wantHTML)
			}
		})
	}
}

// shown returns the lines a reader sees of each paragraph of a Markdown
// document: soft line breaks joined with a space, hard ones kept.
func shown(md string) [][]string {
	src := []byte(md)
	return shownIn(goldmark.New().Parser().Parse(text.NewReader(src)), src)
}

// shownIn returns the lines a reader sees of each paragraph under n.
func shownIn(n ast.Node, src []byte) [][]string {
	var paras [][]string
	ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if p, ok := n.(*ast.Paragraph); ok && entering {
			var lines []string
			var line strings.Builder
			var walk func(n ast.Node)
			walk = func(n ast.Node) {
				for x := n.FirstChild(); x != nil; x = x.NextSibling() {
					t, ok := x.(*ast.Text)
					if !ok {
						walk(x)
						continue
					}
					line.WriteString(textOf(t, src))
					switch {
					case t.HardLineBreak():
						lines = append(lines, line.String())
						line.Reset()
					case t.SoftLineBreak():
						line.WriteByte(' ')
					}
				}
			}
			walk(p)
			paras = append(paras, append(lines, line.String()))
		}
		return ast.WalkContinue, nil
	})
	return paras
}

// TestPointsOnTheirOwnLines writes a summary and a commentary in 개조식: a
// reader of the export sees every point on a line of its own, its mark as
// written, indented by level (no-break spaces), and prose wrapped by hand
// joined as in the handout.
func TestPointsOnTheirOwnLines(t *testing.T) {
	report := "□ 추진 배경\n○ 한미 국방 협의 정례화\n- 세부 과제 하나\n- 세부 과제 둘\n  · 점 항목\n※ 참고 사항\n○ 후속 조치\n\n손으로 줄을 바꾼\n문장은 이어진다.\n"
	b := hostile("제목", report)
	var buf bytes.Buffer
	if err := Write(&buf, b); err != nil {
		t.Fatal(err)
	}
	want := []string{"□ 추진 배경", "○ 한미 국방 협의 정례화", "- 세부 과제 하나", "- 세부 과제 둘", "· 점 항목", "※ 참고 사항", "○ 후속 조치"}
	found := 0
	for _, para := range shown(buf.String()) {
		if strings.Contains(para[0], "손으로") {
			if len(para) != 1 || para[0] != "손으로 줄을 바꾼 문장은 이어진다." {
				t.Errorf("hand-wrapped prose shows as %q", para)
			}
			continue
		}
		if !strings.HasPrefix(para[0], "□") {
			continue
		}
		found++
		if len(para) != len(want) {
			t.Fatalf("the points show as %d lines, want %d: %q", len(para), len(want), para)
		}
		indent := map[rune]int{}
		for i, line := range para {
			text := strings.TrimLeft(line, "\u00a0")
			if text != want[i] {
				t.Errorf("line %d shows %q, want %q", i+1, text, want[i])
			}
			mark := []rune(text)[0]
			n := len(line) - len(text)
			if seen, ok := indent[mark]; ok && seen != n {
				t.Errorf("%q is indented %d, another %c %d", line, n, mark, seen)
			}
			indent[mark] = n
		}
		if !(indent['□'] < indent['○'] && indent['○'] < indent['-'] && indent['-'] < indent['·'] && indent['·'] == indent['※']) {
			t.Errorf("indentation by mark does not follow the levels: %v", indent)
		}
	}
	if found != 2 { // the summary and the commentary
		t.Errorf("found the points %d times, want 2:\n%s", found, buf.String())
	}
}
