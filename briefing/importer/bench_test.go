package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing/bundle"
)

// corpus500 returns 500 inputs in the three formats, built from the bundled
// samples with their text varied so that no two are the same article.
func corpus500(b *testing.B) []struct {
	name string
	data []byte
} {
	samples, err := bundle.Samples()
	if err != nil {
		b.Fatal(err)
	}
	var out []struct {
		name string
		data []byte
	}
	for i := 0; len(out) < 500; i++ {
		s := samples[i%len(samples)]
		data := append([]byte(fmt.Sprintf("<!-- %d -->\n", i)), s.Data...)
		if filepath.Ext(s.Name) != ".html" {
			data = append(append([]byte{}, s.Data...), []byte(fmt.Sprintf("\n\n추가 문단 %d번입니다. 동맹 협력이 계속된다.\n", i))...)
		}
		out = append(out, struct {
			name string
			data []byte
		}{fmt.Sprintf("%03d-%s", i, s.Name), data})
	}
	return out
}

func BenchmarkImport500(b *testing.B) {
	inputs := corpus500(b)
	var size int
	for _, in := range inputs {
		size += len(in.data)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, in := range inputs {
			if _, err := Parse(in.data, Source{Name: in.name}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkImportFolder500(b *testing.B) {
	dir := b.TempDir()
	for _, in := range corpus500(b) {
		if err := os.WriteFile(filepath.Join(dir, in.name), in.data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, r := range ReadPath(dir) {
			if r.Err != nil {
				b.Fatal(r.Err)
			}
		}
	}
}

// BenchmarkPathologicalPages reads pages built to make the extraction slow:
// furniture nested in furniture, 150,000 short lines that look like bylines
// and dates, and deep inline nesting where readability finds nothing. Each
// must take time in proportion to its size.
func BenchmarkPathologicalPages(b *testing.B) {
	pages := map[string]string{
		"nested share blocks": "<html><body><article>" + strings.Repeat(`<div class="share">x `, 5000) +
			strings.Repeat("한미 양국은 함정 정비 협력을 넓히기로 했다. ", 20) + strings.Repeat("</div>", 5000) + "</article></body></html>",
		"150,000 byline-like lines": "<html><body><div>" + strings.Repeat("<p>김철수 기자 입력 2025.10.14</p>", 150_000) + "</div></body></html>",
		"deep inline nesting":       "<html><body>" + strings.Repeat("<span>", 20_000) + strings.Repeat("한미 양국은 함정 정비 협력을 넓히기로 했다. ", 20) + strings.Repeat("</span>", 20_000) + "</body></html>",
	}
	for name, page := range pages {
		b.Run(name, func(b *testing.B) {
			for range b.N {
				Parse([]byte(page), Source{Name: "page.html"})
			}
			b.ReportMetric(float64(len(page))/1e6, "MB")
		})
	}
}
