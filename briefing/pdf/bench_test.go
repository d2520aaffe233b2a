package pdf

import (
	"bytes"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/handout/handouttest"
)

// bigBriefing returns a briefing of about 150 A4 pages: the sample
// handout's excerpts repeated from many copies of its articles.
func bigBriefing(b testing.TB) *briefing.Briefing {
	return handouttest.Big(b, sampleHandout(b, "ko"))
}

func BenchmarkExport150Pages(b *testing.B) {
	big := bigBriefing(b)
	var buf bytes.Buffer
	rep, err := Write(&buf, big, Options{})
	if err != nil {
		b.Fatal(err)
	}
	if rep.Pages < 140 || rep.Pages > 170 {
		b.Fatalf("the benchmark briefing has %d pages, not about 150", rep.Pages)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		buf.Reset()
		if rep, err = Write(&buf, big, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(rep.Pages), "pages")
	b.ReportMetric(float64(buf.Len()), "bytes")
}

// BenchmarkVersusChromium exports the benchmark briefing and prints the same
// paragraphs with headless Chromium, alternately in one run, and reports
// both times, how many times faster the export is and its size as a share
// of Chromium's. The product's goal: at least 30 times faster, at most 50 %.
func BenchmarkVersusChromium(b *testing.B) {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		b.Skip("chromium not installed (make bench installs it)")
	}
	big := bigBriefing(b)
	dir := b.TempDir()
	page := filepath.Join(dir, "handout.html")
	if err := os.WriteFile(page, []byte(htmlOf(big)), 0o644); err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(dir, "handout.pdf")
	var ours, theirs time.Duration
	var ourSize, theirSize int64
	var buf bytes.Buffer
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		buf.Reset()
		start := time.Now()
		if _, err := Write(&buf, big, Options{}); err != nil {
			b.Fatal(err)
		}
		ours += time.Since(start)
		ourSize = int64(buf.Len())

		start = time.Now()
		cmd := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--user-data-dir="+filepath.Join(dir, fmt.Sprintf("profile%d", i)),
			"--no-pdf-header-footer", "--print-to-pdf="+out, "file://"+page)
		if msg, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("chromium: %v\n%s", err, msg)
		}
		theirs += time.Since(start)
		st, err := os.Stat(out)
		if err != nil {
			b.Fatal(err)
		}
		theirSize = st.Size()
	}
	n := float64(b.N)
	b.ReportMetric(float64(ours.Milliseconds())/n, "export-ms")
	b.ReportMetric(float64(theirs.Milliseconds())/n, "chromium-ms")
	b.ReportMetric(float64(theirs)/float64(ours), "times-faster")
	b.ReportMetric(100*float64(ourSize)/float64(theirSize), "size-%")
}

// htmlOf writes the briefing's text as a simple printable page.
func htmlOf(b *briefing.Briefing) string {
	var sb strings.Builder
	sb.WriteString(`<!doctype html><html lang="ko"><meta charset="utf-8"><style>
@page{size:A4;margin:22mm} body{font-family:"NanumGothic";font-size:10.5pt;line-height:1.6}
blockquote{font-family:"NanumMyeongjo";background:#f4f5f7;border-left:2px solid #96a5be;padding:6px 12px}
h2{page-break-before:always;color:#183a6e} .src{color:#646464;font-size:8pt}</style><body>`)
	fmt.Fprintf(&sb, "<h1>%s</h1>", html.EscapeString(b.Details.Title))
	for i, t := range b.Topics {
		fmt.Fprintf(&sb, "<h2>%d. %s</h2>", i+1, html.EscapeString(t.Title))
		for _, e := range t.Excerpts {
			a := b.Article(e.Article)
			fmt.Fprintf(&sb, "<blockquote>%s</blockquote><p class=src>— %s, %s</p>", html.EscapeString(e.Text), html.EscapeString(a.Title), a.Published)
		}
	}
	sb.WriteString("</body></html>")
	return sb.String()
}

// TestBreakingAheadChangesNothing exports a briefing large enough for its
// excerpts' lines to be broken ahead on another goroutine, and again
// without: the same bytes.
func TestBreakingAheadChangesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("a 140-page export")
	}
	big := bigBriefing(t)
	ahead, rep := render(t, big, Options{})
	alone, _ := render(t, big, Options{alone: true})
	if rep.Pages < 100 || !bytes.Equal(ahead, alone) {
		t.Errorf("%d pages; the same bytes with and without lines broken ahead: %t", rep.Pages, bytes.Equal(ahead, alone))
	}
}
