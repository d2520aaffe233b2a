package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing/desk"
)

// brief runs a command line in-process and returns its exit status and output.
func brief(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut}
	code := run(e, args)
	if strings.Contains(errOut.String(), "goroutine ") || strings.Contains(errOut.String(), "panic") {
		t.Fatalf("stack trace on stderr:\n%s", errOut.String())
	}
	return code, out.String(), errOut.String()
}

func samples(t *testing.T) string {
	dir := filepath.Join(t.TempDir(), "기사 모음")
	if code, _, stderr := brief(t, "", "sample", dir); code != 0 {
		t.Fatalf("sample: %d %s", code, stderr)
	}
	return dir
}

func TestImportJSONContract(t *testing.T) {
	dir := samples(t)
	bad := filepath.Join(t.TempDir(), "broken.txt")
	os.WriteFile(bad, []byte("\x00\x01\x02binary\x00"), 0o644)
	code, stdout, stderr := brief(t, "표준 입력 기사\n\n연합연습 일정이 발표되었다. 확장억제 협의도 이어진다.", "import", "--json", dir, bad, "-", filepath.Join(dir, "missing.md"))
	if code != 1 {
		t.Errorf("exit status %d, want 1 (some inputs failed)", code)
	}
	var doc struct {
		Articles []struct {
			Input, Title, Site, Author, Published, URL, Language string
			Sections                                             []struct {
				Heading    string
				Paragraphs []struct {
					Text, Topic string
					Score       float64
					Terms       []string
				}
			}
		}
		Errors []struct{ Input, Error string }
	}
	dec := json.NewDecoder(strings.NewReader(stdout))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("output is not the contract's JSON: %v\n%s", err, stdout)
	}
	if len(doc.Articles) != 4 || len(doc.Errors) != 2 {
		t.Fatalf("%d articles and %d errors, want 4 and 2:\n%s", len(doc.Articles), len(doc.Errors), stdout)
	}
	for _, key := range []string{`"input"`, `"title"`, `"site"`, `"author"`, `"published"`, `"url"`, `"language"`, `"sections"`, `"heading"`, `"paragraphs"`, `"text"`, `"topic"`, `"score"`, `"terms"`, `"errors"`} {
		if !strings.Contains(stdout, key) {
			t.Errorf("key %s missing", key)
		}
	}
	topics := map[string]int{}
	for _, a := range doc.Articles {
		for _, s := range a.Sections {
			for _, p := range s.Paragraphs {
				topics[p.Topic]++
				if p.Topic != "" && len(p.Terms) == 0 {
					t.Errorf("suggestion without terms: %+v", p)
				}
			}
		}
	}
	for _, id := range []string{"status", "defense", "mro", "future"} {
		if topics[id] == 0 {
			t.Errorf("no paragraph suggested for %s: %v", id, topics)
		}
	}
	if last := doc.Articles[3]; last.Input != "-" || last.Title != "표준 입력 기사" || last.Language != "ko" {
		t.Errorf("stdin article: %+v", last)
	}
	for _, want := range []string{"brief: " + bad + ": not a text file", "brief: " + filepath.Join(dir, "missing.md") + ": no such file"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

func TestNewExportCheck(t *testing.T) {
	now = func() time.Time { return time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC) }
	dir := samples(t)
	out := filepath.Join(t.TempDir(), "주간 브리핑.brief")
	code, stdout, stderr := brief(t, "", "new", "-o", out, "--auto", "--title", "주간 동맹 브리핑", dir)
	if code != 0 || !strings.Contains(stdout, "3 articles") {
		t.Fatalf("new: %d %s %s", code, stdout, stderr)
	}
	code, stdout, _ = brief(t, "", "check", out)
	if code != 0 || !strings.Contains(stdout, `ok: "주간 동맹 브리핑", 4 topics`) {
		t.Errorf("check: %d %s", code, stdout)
	}
	// Flags after the operand work too.
	code, stdout, stderr = brief(t, "", "export", out, "--paper", "letter")
	pdfPath := strings.TrimSuffix(out, ".brief") + ".pdf"
	if code != 0 || strings.TrimSpace(stdout) != pdfPath {
		t.Fatalf("export: %d %q %s", code, stdout, stderr)
	}
	data, err := os.ReadFile(pdfPath)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("no PDF written: %v", err)
	}
	code, stdout, _ = brief(t, "", "export", "--format", "md", "-o", "-", out)
	if code != 0 || !strings.Contains(stdout, "# 주간 동맹 브리핑") || !strings.Contains(stdout, "## 1. 동맹 현황") || !strings.Contains(stdout, "> ") {
		t.Errorf("markdown export: %d\n%s", code, stdout)
	}
}

func TestFailuresAndUsage(t *testing.T) {
	dir := t.TempDir()
	damaged := filepath.Join(dir, "damaged.brief")
	os.WriteFile(damaged, []byte("{\"format\": \"briefdesk.brief\", \"version\": 1, \"topics\": ["), 0o644)
	newer := filepath.Join(dir, "newer.brief")
	os.WriteFile(newer, []byte(`{"format": "briefdesk.brief", "version": 99}`), 0o644)
	cases := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"check", damaged}, 1, "damaged.brief: the file is damaged: line 1"},
		{[]string{"check", newer}, 1, "newer version of Briefdesk"},
		{[]string{"export", damaged}, 1, "damaged.brief: the file is damaged"},
		{[]string{"export", "--format", "odt", damaged}, 2, "--format must be one of pdf, hwpx, docx, md, brief"},
		{[]string{"export", "--style", "memo", damaged}, 2, `--style must be briefing or report, not "memo"`},
		{[]string{"new", "-o", filepath.Join(dir, "x.brief"), "--style", "보고서", dir}, 2, `--style must be briefing or report, not "보고서"`},
		{[]string{"new", dir}, 2, "-o OUT.brief is required"},
		{[]string{"import"}, 2, "no INPUT given"},
		{[]string{"frobnicate"}, 2, "unknown command"},
		{[]string{"import", "--bogus", "x"}, 2, "flag provided but not defined"},
		{[]string{"topics", "--template", "nope"}, 1, `unknown template "nope"`},
		{[]string{"import", "ftp://example.org/a"}, 1, "ftp://example.org/a: only http and https"},
	}
	for _, c := range cases {
		code, _, stderr := brief(t, "", c.args...)
		if code != c.code || !strings.Contains(stderr, c.stderr) {
			t.Errorf("brief %s: status %d, stderr %q; want %d and %q", strings.Join(c.args, " "), code, stderr, c.code, c.stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "damaged.pdf")); err == nil {
		t.Error("a failed export left a file")
	}
}

func TestTopicsAndHelp(t *testing.T) {
	code, stdout, _ := brief(t, "", "topics")
	if code != 0 || !strings.Contains(stdout, "alliance") || !strings.Contains(stdout, "3. mro\tMRO·방산 협력 / MRO and defense industry") {
		t.Errorf("topics: %d\n%s", code, stdout)
	}
	code, stdout, stderr := brief(t, "", "export", "--help")
	if code != 0 || !strings.Contains(stdout, "[--style briefing|report] [--paper a4|letter]") || strings.Count(stdout, "Usage:") != 1 || stderr != "" {
		t.Errorf("export --help: %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	// After "--", -h is an operand (a file of that name), not a call for help.
	if code, stdout, _ = brief(t, "", "export", "--", "-h"); code == 0 || strings.Contains(stdout, "Usage:") {
		t.Errorf("export -- -h: %d\n%s", code, stdout)
	}
}

// TestStyle checks that --style of new sets the briefing's handout style and
// that --style of export chooses the style of one export without changing
// the file: the copy (--format brief) shows the style it was given, and the
// handout is the one of a briefing in that style.
func TestStyle(t *testing.T) {
	now = func() time.Time { return time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC) }
	dir := samples(t)
	tmp := t.TempDir()
	styleOf := func(path string) string {
		t.Helper()
		b, err := desk.LoadBriefing(path)
		if err != nil {
			t.Fatal(err)
		}
		return b.Details.Style
	}
	plain, report := filepath.Join(tmp, "plain.brief"), filepath.Join(tmp, "report.brief")
	for _, args := range [][]string{{"-o", plain}, {"-o", report, "--style", "Report"}} {
		if code, stdout, stderr := brief(t, "", append(append([]string{"new"}, args...), dir)...); code != 0 {
			t.Fatalf("new %v: %d %s %s", args, code, stdout, stderr)
		}
	}
	if got := styleOf(plain); got != "" {
		t.Errorf("new without --style: style %q, want the default", got)
	}
	if got := styleOf(report); got != "report" {
		t.Errorf("new --style Report: style %q", got)
	}
	cases := []struct {
		file, style, want string
	}{
		{plain, "", ""},
		{plain, "report", `"style": "report"`},
		{report, "", `"style": "report"`},
		{report, "BRIEFING", `"style": "briefing"`},
	}
	for _, c := range cases {
		args := []string{"export", "--format", "brief", "-o", "-", c.file}
		if c.style != "" {
			args = append(args, "--style", c.style)
		}
		code, stdout, stderr := brief(t, "", args...)
		if code != 0 || (c.want == "") != !strings.Contains(stdout, `"style"`) || !strings.Contains(stdout, c.want) {
			t.Errorf("brief %s: %d %s\n%.300s", strings.Join(args, " "), code, stderr, stdout)
		}
	}
	// The handouts: --style gives the same bytes as a briefing of that style.
	handout := func(file string, args ...string) []byte {
		t.Helper()
		code, stdout, stderr := brief(t, "", append(append([]string{"export", "-o", "-"}, args...), file)...)
		if code != 0 || !strings.HasPrefix(stdout, "%PDF-") {
			t.Fatalf("export %v %s: %d %s", args, file, code, stderr)
		}
		return []byte(stdout)
	}
	briefingPDF, reportPDF := handout(plain), handout(report)
	if bytes.Equal(briefingPDF, reportPDF) {
		t.Error("the report style gives the same handout as the briefing style")
	}
	if !bytes.Equal(handout(plain, "--style", "report"), reportPDF) {
		t.Error("export --style report differs from the handout of a report-style briefing")
	}
	if !bytes.Equal(handout(report, "--style", "briefing"), briefingPDF) {
		t.Error("export --style briefing differs from the handout of a briefing-style briefing")
	}
	if got := styleOf(plain); got != "" {
		t.Errorf("export --style changed the briefing's file: style %q", got)
	}
}

func TestNewAutoPerTopic(t *testing.T) {
	dir := samples(t)
	counts := func(limit string) []int {
		t.Helper()
		out := filepath.Join(t.TempDir(), "b.brief")
		args := []string{"new", "-o", out, "--auto"}
		if limit != "" {
			args = append(args, "--per-topic", limit)
		}
		if code, stdout, stderr := brief(t, "", append(args, dir)...); code != 0 {
			t.Fatalf("new: %d %s %s", code, stdout, stderr)
		}
		b, err := desk.LoadBriefing(out)
		if err != nil {
			t.Fatal(err)
		}
		var n []int
		for _, tp := range b.Topics {
			n = append(n, len(tp.Excerpts))
		}
		return n
	}
	all, one := counts(""), counts("1")
	most := 0
	for i := range all {
		most = max(most, all[i])
		if one[i] > 1 || one[i] > all[i] || (all[i] > 0 && one[i] != 1) {
			t.Errorf("topic %d: %d excerpts with --per-topic 1, %d without", i, one[i], all[i])
		}
	}
	if most < 2 {
		t.Errorf("the samples give at most %d excerpts a topic; the limit is not tested", most)
	}
	for _, bad := range [][]string{{"--per-topic", "-1", "--auto"}, {"--per-topic", "2"}} {
		code, _, stderr := brief(t, "", append(append([]string{"new", "-o", filepath.Join(t.TempDir(), "x.brief")}, bad...), dir)...)
		if code != 2 || !strings.Contains(stderr, "--per-topic") {
			t.Errorf("%v: exit %d, %s", bad, code, stderr)
		}
	}
}
