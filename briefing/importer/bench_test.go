package importer

import (
	"fmt"
	"os"
	"path/filepath"
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
