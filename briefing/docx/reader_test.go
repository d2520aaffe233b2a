package docx

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestLibreOfficeReadsIt is the independent reader's check: LibreOffice
// Writer, which we did not write, opens both styles of the handout and
// converts them to PDF; the text that comes back holds the title, the topic
// headings, the excerpts, their sources, Hangul and Hanja, the marking at
// the top and bottom of every page and "X / Y 쪽" in the footer, and the
// report's pointer names the page its excerpts are on in the annex.
func TestLibreOfficeReadsIt(t *testing.T) {
	if testing.Short() {
		t.Skip("converts with LibreOffice")
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice (soffice) is not installed: the independent reader's check was not run")
	}
	for _, tool := range []string{"pdftotext", "pdfinfo"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s (poppler-utils) is not installed: the independent reader's check was not run", tool)
		}
	}
	dir := t.TempDir()
	b := fixture()
	var inputs []string
	for _, st := range []string{briefing.StyleBriefing, briefing.StyleReport} {
		path := filepath.Join(dir, st+".docx")
		if err := os.WriteFile(path, write(t, b, Options{Style: st}), 0o644); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, path)
	}
	// A profile of its own, so that runs side by side do not share one.
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	args := append([]string{"-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(dir, "profile")),
		"--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir}, inputs...)
	out, err := exec.CommandContext(ctx, soffice, args...).CombinedOutput()
	if err != nil || strings.Contains(string(out), "Error") {
		t.Fatalf("LibreOffice could not convert the documents: %v\n%s", err, out)
	}
	for _, st := range []string{briefing.StyleBriefing, briefing.StyleReport} {
		pdf := filepath.Join(dir, st+".pdf")
		info := command(t, "pdfinfo", pdf)
		m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(info)
		if m == nil {
			t.Fatalf("%s: LibreOffice wrote no pages:\n%s\n%s", st, info, out)
		}
		pages, _ := strconv.Atoi(m[1])
		text := command(t, "pdftotext", "-enc", "UTF-8", pdf, "-")
		flat := strings.Join(strings.Fields(text), " ")
		t.Logf("%s: %d pages", st, pages)
		want := []string{"한미동맹 주간 브리핑", "동맹 현황", "연합 방위", "미래 협력", "韓美同盟", "國防", "café-side résumé",
			"국방부 장관은 韓美同盟의 國防 협력을 점검했다. 미국 측은 철통같은 공약을 재확인했다.",
			"국방안보신문 · 김하늘 기자 · 2026. 11. 18. · [1]", "Korean shipyards keep the US Navy at sea", "출처"}
		for _, w := range want {
			if !strings.Contains(flat, w) {
				t.Errorf("%s: LibreOffice's text lacks %q", st, w)
			}
		}
		if n := strings.Count(text, "대외비"); n < 2*pages {
			t.Errorf("%s: the marking appears %d times on %d pages; at the top and bottom of each, it would be %d", st, n, pages, 2*pages)
		}
		last := command(t, "pdftotext", "-enc", "UTF-8", "-f", m[1], "-l", m[1], pdf, "-")
		if !regexp.MustCompile(m[1] + `\s*/\s*` + m[1] + `\s*쪽`).MatchString(last) {
			t.Errorf("%s: the last page's footer is not %s / %s 쪽:\n%s", st, m[1], m[1], last)
		}
		if st == briefing.StyleReport {
			p := regexp.MustCompile(`관련 발췌 2\s*건: 붙임 (\d+)\s*쪽`).FindStringSubmatch(flat)
			if p == nil {
				t.Fatalf("report: no pointer to the annex with a page:\n%s", text)
			}
			page := command(t, "pdftotext", "-enc", "UTF-8", "-f", p[1], "-l", p[1], pdf, "-")
			if !strings.Contains(page, "붙임") || !strings.Contains(page, "Ⅰ. 동맹 현황") {
				t.Errorf("report: the pointer says page %s, which does not hold the annex's first topic:\n%s", p[1], page)
			}
		}
	}
}

func command(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", name, err, out)
	}
	return string(out)
}
