package importer

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// hwpPages makes an HWP document of about n A4 pages: per page a numbered
// outline heading, four paragraphs of Korean text with Hanja (about 1,500
// characters, what a page of 10-point 바탕 holds) and, every fifth page, a
// table of six rows.
func hwpPages(n int) []byte {
	sentences := []string{
		"한미(韓美) 양국은 연합방위태세를 굳건히 유지하기로 합의했다.",
		"국방부는 올해 하반기 연합연습 계획을 발표하면서 북한의 도발 가능성에 대비한다고 밝혔다.",
		"전문가들은 동맹(同盟)의 억제력이 역내 안정에 기여한다고 평가했다.",
		"정부는 방위비 분담 협상의 세부 사항을 국회에 보고할 예정이다.",
		"주한미군 사령관은 기자회견에서 준비태세 점검 결과를 설명했다.",
	}
	var w hwpWriter
	for p := 0; p < n; p++ {
		w.para(0, 1, 0, utf16le(fmt.Sprintf("%d. 제%d장 현황과 전망", p+1, p+1)), nil)
		for k := 0; k < 4; k++ {
			var b strings.Builder
			for s := 0; b.Len() < 1000; s++ {
				b.WriteString(sentences[(p+k+s)%len(sentences)])
				b.WriteByte(' ')
			}
			w.para(0, 0, 0, utf16le(b.String()), nil)
		}
		if p%5 == 4 {
			w.para(0, 0, 0, ctrlChar(11, "tbl "), func() {
				w.rec(tagCtrlHeader, 1, ctrlID("tbl "))
				w.rec(tagTable, 2, make([]byte, 22))
				for r := 0; r < 6; r++ {
					for c := 0; c < 4; c++ {
						w.list(2, r, fmt.Sprintf("%d행 %d열 병력 %d명", r+1, c+1, 100*r+c))
					}
				}
			})
		}
	}
	return hwpFile(w.buf.Bytes(), hwpCompressed)
}

// BenchmarkImportHWP100Pages reads a 100-page HWP document.
func BenchmarkImportHWP100Pages(b *testing.B) {
	data := hwpPages(100)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		a, err := Parse(data, Source{Name: "보고서.hwp"})
		if err != nil || a.ParagraphCount() < 500 {
			b.Fatal(a.ParagraphCount(), err)
		}
	}
}

// TestWriteLargeHWP writes the 100-page document to the file
// BRIEFDESK_WRITE_HWP names, to time `brief import` on it.
func TestWriteLargeHWP(t *testing.T) {
	path := os.Getenv("BRIEFDESK_WRITE_HWP")
	if path == "" {
		t.Skip("BRIEFDESK_WRITE_HWP names no file to write")
	}
	if err := os.WriteFile(path, hwpPages(100), 0o644); err != nil {
		t.Fatal(err)
	}
}
