package importer

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// BenchmarkReadabilityTestPages measures how close Briefdesk's article text
// comes to the expected text of the real-world pages that go-readability
// ships in its module (Mozilla's test suite): word-level F1 per page,
// averaged, reported as metrics. The pages live outside the repository, so
// this is a measurement for make bench, not a test; it fails when the
// figures drop below the README's.
func BenchmarkReadabilityTestPages(b *testing.B) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "codeberg.org/readeck/go-readability/v2").Output()
	if err != nil {
		b.Skipf("module directory not found: %v", err)
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), "test-pages")
	pages, _ := filepath.Glob(filepath.Join(dir, "*", "source.html"))
	if len(pages) < 50 {
		b.Skipf("only %d test pages in %s", len(pages), dir)
	}
	for i := 0; i < b.N; i++ {
		mean, median := readabilityScores(b, pages)
		b.ReportMetric(mean, "meanF1")
		b.ReportMetric(median, "medianF1")
		if mean < 0.9 || median < 0.95 {
			b.Fatalf("article text strays from readability's expected text: mean %.3f, median %.3f", mean, median)
		}
	}
}

// readabilityScores returns the mean and median word F1 over the pages.
func readabilityScores(b *testing.B, pages []string) (mean, median float64) {
	var scores []float64
	var worst []string
	for _, src := range pages {
		name := filepath.Base(filepath.Dir(src))
		want, err := os.ReadFile(filepath.Join(filepath.Dir(src), "expected.html"))
		if err != nil {
			continue
		}
		data, _ := os.ReadFile(src)
		a, err := Parse(data, Source{Name: name + ".html", URL: "http://fakehost/test/page.html"})
		got := ""
		if err == nil {
			got = a.Text()
		}
		f1 := wordF1(got, htmlText(string(want)))
		scores = append(scores, f1)
		if f1 < 0.8 {
			worst = append(worst, name)
		}
	}
	sort.Float64s(scores)
	sum := 0.0
	for _, s := range scores {
		sum += s
	}
	mean, median = sum/float64(len(scores)), scores[len(scores)/2]
	b.Logf("%d pages: mean word F1 %.3f, median %.3f; below 0.8: %d %v", len(scores), mean, median, len(worst), worst)
	return mean, median
}

// htmlText returns the text of an HTML fragment.
func htmlText(s string) string {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return ""
	}
	return nodeText(doc)
}

// wordF1 compares the words of two texts as multisets.
func wordF1(got, want string) float64 {
	g, w := strings.Fields(got), strings.Fields(want)
	if len(g) == 0 || len(w) == 0 {
		if len(g) == len(w) {
			return 1
		}
		return 0
	}
	count := map[string]int{}
	for _, x := range w {
		count[x]++
	}
	common := 0
	for _, x := range g {
		if count[x] > 0 {
			count[x]--
			common++
		}
	}
	p, r := float64(common)/float64(len(g)), float64(common)/float64(len(w))
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
