package pdf

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/encoding/korean"

	"github.com/briefdesk/briefdesk/briefing"
)

// ksx1001Hanja returns the 4,888 Hanja of KS X 1001 (rows 0xCA to 0xFD of
// EUC-KR).
func ksx1001Hanja(t *testing.T) []rune {
	var src []byte
	for hi := 0xCA; hi <= 0xFD; hi++ {
		for lo := 0xA1; lo <= 0xFE; lo++ {
			src = append(src, byte(hi), byte(lo))
		}
	}
	out, err := korean.EUCKR.NewDecoder().Bytes(src)
	if err != nil {
		t.Fatal(err)
	}
	return []rune(string(out))
}

// TestEveryCharacterOfNewsDraws checks that both typefaces, in every
// variant, have a font for every character Korean news prints.
func TestEveryCharacterOfNewsDraws(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	hanja := ksx1001Hanja(t)
	if len(hanja) != 4888 {
		t.Fatalf("%d Hanja in KS X 1001, want 4888", len(hanja))
	}
	sets := map[string][]rune{"KS X 1001 Hanja": hanja}
	span := func(name string, lo, hi rune) {
		for r := lo; r <= hi; r++ {
			sets[name] = append(sets[name], r)
		}
	}
	span("Latin-1", 0xA0, 0xFF)
	span("Latin Extended-A", 0x100, 0x17F)
	span("general punctuation", 0x2010, 0x2027)
	span("circled numbers", '①', '⑳')
	span("Hangul syllables", 0xAC00, 0xD7A3)
	sets["units, arrows and report bullets"] = []rune("㎞℃㎡№㎏㎜←↑→↓⇒□■○●◇◆※▶▷◦◎ㅇ·「」『』〈〉《》")
	for name, runes := range sets {
		missing := 0
		for _, r := range runes {
			for _, family := range []string{sans, serif} {
				for v := range 3 {
					for _, lang := range []string{"ko", "en"} {
						if fs.faceFor(r, style{family: family, bold: v == 1, italic: v == 2}, lang) < 0 {
							if missing++; missing < 5 {
								t.Errorf("%s: %q (U+%04X) has no font in %s variant %d", name, r, r, family, v)
							}
						}
					}
				}
			}
		}
	}
	var rep Report
	if got := fs.sanitize("北 美 日 韓 中 Curaçao 😀", &rep); got != "北 美 日 韓 中 Curaçao □" || len(rep.Replaced) != 1 {
		t.Errorf("sanitize gave %q, replaced %q", got, rep.Replaced)
	}
}

// TestHanjaAndAccentsComeBack prints Hanja and accented letters in every
// part of a handout and reads them back.
func TestHanjaAndAccentsComeBack(t *testing.T) {
	b := sampleHandout(t, "ko")
	b.Details.Title = "한미동맹(韓美同盟) 동향: 美 해군과 Curaçao·Zürich·São Paulo"
	b.Topics[1].Commentary = "北·中·日·韓의 communiqué, 更 便 吏 ① ㎞ ℃ № ※ ▶ C:\\자료 \\ 끝"
	pdf, rep := render(t, b, Options{})
	if len(rep.Replaced) != 0 {
		t.Errorf("characters replaced: %s", rep.ReplacedText())
	}
	text := flat(tool(t, pdf, "pdftotext", "-enc", "UTF-8"))
	for _, want := range []string{b.Details.Title, b.Topics[1].Commentary} {
		if !strings.Contains(text, want) {
			t.Errorf("%q does not come back from:\n%s", want, text)
		}
	}
	fonts := tool(t, pdf, "pdffonts")
	if !strings.Contains(fonts, "NotoSerifKR-Hanja") && !strings.Contains(fonts, "NanumGothic") {
		t.Errorf("no font with Hanja embedded:\n%s", fonts)
	}
	if strings.Contains(fonts, " no ") || strings.Contains(fonts, "Helvetica") {
		t.Errorf("a font is not embedded:\n%s", fonts)
	}
	// The backslashes are drawn in the Latin face, not as Nanum's won sign.
	latin := fontIDOf(t, pdf, "NotoSans-Regular")
	for _, d := range drawnTexts(t, pdf) {
		if strings.Contains(d.text, "\\") && d.font != latin {
			t.Errorf("%q is drawn in %s, not the Latin face %s", d.text, d.font, latin)
		}
	}
}

// TestMarkdownAsAReaderExpects prints a table long enough to break across
// pages, footnotes, raw HTML and a quotation.
func TestMarkdownAsAReaderExpects(t *testing.T) {
	b := sampleHandout(t, "ko")
	var md strings.Builder
	md.WriteString("연합연습 현황은 다음과 같다.[^n]\n\n| 연습 | 기간 | 참가 |\n|:--|:-:|--:|\n")
	for i := range 80 {
		fmt.Fprintf(&md, "| 을지 자유의 방패 %d차 | 2026. 8. %d. | %d명 |\n", i+1, i%28+1, 1000+i)
	}
	md.WriteString("\n<b>굵게가 아님</b> 그리고 <script>x</script>\n\n> 분석관의 인용문이다.\n\n[^n]: 국방부 보도자료.\n")
	b.Topics[0].Commentary = md.String()
	pdf, _ := render(t, b, Options{})
	text := tool(t, pdf, "pdftotext", "-enc", "UTF-8")
	if n := strings.Count(text, "연습 기간 참가") + strings.Count(text, "연습\n기간\n참가"); n < 2 {
		lines := strings.Count(text, "참가")
		if lines < 2 {
			t.Errorf("the table's header is not repeated on the next page (%d header rows):\n%s", n, text)
		}
	}
	for _, want := range []string{"을지 자유의 방패 80차", "1079명", "<b>굵게가 아님</b>", "<script>x</script>", "1) 국방부 보도자료.", "분석관의 인용문이다."} {
		if !strings.Contains(text, want) {
			t.Errorf("%q missing", want)
		}
	}
	// The quotation is not drawn in the excerpts' serif face.
	for _, d := range drawnTexts(t, pdf) {
		if strings.Contains(d.text, "분석관의 인용문이다") && d.font != fontIDOf(t, pdf, "NanumGothic") {
			t.Errorf("the analyst's quotation is set in %s, like an excerpt", d.font)
		}
	}
}

// fontIDOf returns the resource name (/F…) under which a font is used.
func fontIDOf(t *testing.T, pdf []byte, name string) string {
	t.Helper()
	m := regexp.MustCompile(`/(F[0-9a-f]+) (\d+) 0 R`).FindAllSubmatch(pdf, -1)
	for _, x := range m {
		obj := regexp.MustCompile(`(?s)\n` + string(x[2]) + ` 0 obj\n<<.*?/BaseFont /[A-Z]{6}\+([A-Za-z-]+)`).FindSubmatch(pdf)
		if obj != nil && string(obj[1]) == name {
			return "/" + string(x[1])
		}
	}
	t.Fatalf("font %s not found", name)
	return ""
}

// TestPointsHang writes a Korean report's points: each keeps its line, and
// a point that wraps goes on under its own text, not under its mark.
func TestPointsHang(t *testing.T) {
	b := sampleHandout(t, "ko")
	long := strings.Repeat("한미 양국은 확장억제 실행력을 높이기 위한 협의를 이어 가기로 했다 ", 3)
	b.Topics[0].Commentary = "□ 추진 배경\n○ " + long + "\n- 세부 사항\n· 참고 사항\n※ 유의 사항"
	pdf, _ := render(t, b, Options{})
	texts := drawnTexts(t, pdf)
	start := -1
	for i, d := range texts {
		if d.text == "□" && i+1 < len(texts) && strings.HasPrefix(texts[i+1].text, "추진") {
			start = i
			break
		}
	}
	if start < 0 {
		t.Fatal("the points are not drawn")
	}
	x := map[string]float64{}
	var point []drawnText // the ○ point: its mark, then its text
	for _, d := range texts[start:] {
		if _, ok := x[d.text]; !ok && strings.Contains("□○-·※", d.text) && d.text != "" {
			x[d.text] = d.x
		}
		if _, ok := x["○"]; ok && len(point) < 200 && x["-"] == 0 {
			point = append(point, d)
		}
	}
	if !(x["□"] < x["○"] && x["○"] < x["-"] && x["-"] < x["·"]) {
		t.Errorf("points not indented by level: %v", x)
	}
	// The ○ point's second line starts where its first line's text does.
	var firstText, secondLine float64
	for i, d := range point {
		if i == 1 {
			firstText = d.x
		}
		if i > 1 && d.y != point[1].y {
			secondLine = d.x
			break
		}
	}
	if firstText <= x["○"] || secondLine != firstText {
		t.Errorf("the wrapped point goes on at %.1f, not under its text at %.1f (mark at %.1f)", secondLine, firstText, x["○"])
	}
	text := tool(t, pdf, "pdftotext", "-enc", "UTF-8")
	for _, line := range []string{"□ 추진 배경", "- 세부 사항", "· 참고 사항", "※ 유의 사항"} {
		if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(line) + `$`).MatchString(text) {
			t.Errorf("%q is not a line of its own", line)
		}
	}
}

func TestSplitKeepsTwoLines(t *testing.T) {
	for _, c := range []struct{ n, room, want int }{
		{5, 10, 5}, {5, 5, 5}, {5, 4, 3}, {5, 3, 3}, {5, 2, 2}, {5, 1, 0}, {3, 2, 0}, {4, 2, 2}, {4, 3, 2}, {2, 1, 0},
	} {
		if got := split(c.n, c.room, false); got != c.want {
			t.Errorf("split(%d lines, room %d) = %d, want %d", c.n, c.room, got, c.want)
		}
	}
	if got := split(100, 40, true); got != 40 {
		t.Errorf("a paragraph longer than a page at its top takes %d lines, want the page's 40", got)
	}
}

// TestLongExcerptSaysItGoesOn splits a long excerpt across pages: both parts
// keep two lines, and the first says the excerpt continues.
func TestLongExcerptSaysItGoesOn(t *testing.T) {
	b := sampleHandout(t, "ko")
	a := briefing.Article{Title: "긴 기사", Site: "국방일보", Published: "2026-11-20",
		Sections: []briefing.Section{{Paragraphs: []string{strings.Repeat("연합연습 계획을 점검한 양국은 후속 협의를 이어 가기로 했다. ", 120)}}}}
	a.AssignID()
	b.AddArticle(a)
	if _, err := b.AddExcerpt(b.Topics[2].ID, a.ID, 0, 0, -1); err != nil {
		t.Fatal(err)
	}
	pdf, _ := render(t, b, Options{})
	text := tool(t, pdf, "pdftotext", "-enc", "UTF-8")
	if !strings.Contains(text, "(다음 쪽에 계속)") {
		t.Error("a split excerpt has no continuation cue")
	}
	if !strings.Contains(flat(text), "국방일보 · 2026. 11. 20. · [") {
		t.Errorf("source line without site and Korean date:\n%s", text)
	}
}

// TestCitationsLinkToTheirSource checks that every [n] under an excerpt is
// a link into the document, and that each source says where it is cited.
func TestCitationsLinkToTheirSource(t *testing.T) {
	b := sampleHandout(t, "ko")
	b.Articles[0].Retrieved = "2026-11-24T10:00:00Z"
	pdf, rep := render(t, b, Options{})
	excerpts := 0
	for _, tp := range b.Topics {
		excerpts += len(tp.Excerpts)
	}
	if n := bytes.Count(pdf, []byte("/Dest [")); n < excerpts+len(b.Topics) {
		t.Errorf("%d internal links for %d excerpts and %d contents entries", n, excerpts, len(b.Topics))
	}
	last := flat(pageText(t, pdf, rep.Pages))
	for i := range b.Cited() {
		if !regexp.MustCompile(fmt.Sprintf(`\[%d\] .*?인용: \d+(, \d+)*쪽`, i+1)).MatchString(last) {
			t.Errorf("source [%d] does not list the pages citing it:\n%s", i+1, last)
		}
	}
	if !strings.Contains(last, "검색 2026. 11. 24.") {
		t.Errorf("the retrieval date is missing:\n%s", last)
	}
}

// TestAddressesBreakAfterPunctuation puts a long address in commentary: it
// is one link, and its lines end after / ? & = or -.
func TestAddressesBreakAfterPunctuation(t *testing.T) {
	b := sampleHandout(t, "ko")
	addr := "https://www.mnd.go.kr/user/boardList.action?command=view&page=1&boardId=O_46974&boardSeq=O_5126851&titleId=null&siteId=mnd&id=mnd_020500000000"
	b.Topics[0].Commentary = "자세한 내용은 " + addr + " 참조."
	pdf, _ := render(t, b, Options{})
	if !bytes.Contains(pdf, []byte("/URI ("+addr+")")) {
		t.Error("the address in the text is not a link")
	}
	text := tool(t, pdf, "pdftotext", "-enc", "UTF-8")
	if !strings.Contains(strings.ReplaceAll(text, "\n", ""), addr) {
		t.Fatalf("the address does not come back:\n%s", text)
	}
	for _, line := range strings.Split(text, "\n") {
		if strings.Contains(line, "mnd.go.kr") && !strings.HasSuffix(line, addr) {
			if !strings.ContainsAny(line[len(line)-1:], "/?&=-") {
				t.Errorf("the address breaks inside a word: %q", line)
			}
		}
	}
}

// TestEditedExcerptKeepsParagraphs gives an excerpt two paragraphs.
func TestEditedExcerptKeepsParagraphs(t *testing.T) {
	b := sampleHandout(t, "ko")
	e := &b.Topics[0].Excerpts[0]
	e.Text = "첫째 문단이다.\n\n둘째 문단이다."
	pdf, _ := render(t, b, Options{})
	if !regexp.MustCompile(`(?m)^첫째 문단이다\.\n+둘째 문단이다\.$`).MatchString(tool(t, pdf, "pdftotext", "-enc", "UTF-8")) {
		t.Error("the paragraphs of an edited excerpt ran together")
	}
}

// TestEnglishMeasure checks that English body text runs 60 to 80
// characters a line.
func TestEnglishMeasure(t *testing.T) {
	b := sampleHandout(t, "en")
	b.Summary = strings.Repeat("The allies agreed to widen the maintenance of US Navy ships in Korean yards, and to keep the exercises at their present scale. ", 6)
	pdf, _ := render(t, b, Options{})
	lines := strings.Split(pageText(t, pdf, 2), "\n")
	n, total := 0, 0
	for _, l := range lines {
		if strings.Contains(l, "allies") || strings.Contains(l, "Navy") || strings.Contains(l, "exercises") {
			if len(l) > 40 {
				n++
				total += len(l)
			}
		}
	}
	if n < 4 {
		t.Fatalf("summary lines not found:\n%s", strings.Join(lines, "\n"))
	}
	if avg := total / n; avg < 60 || avg > 80 {
		t.Errorf("English lines average %d characters, want 60 to 80", avg)
	}
}

// TestJustifiedKorean checks that Korean paragraphs are justified but for
// their last line, and English ones are not.
func TestJustifiedKorean(t *testing.T) {
	for lang, want := range map[string]bool{"ko": true, "en": false} {
		b := sampleHandout(t, lang)
		fs, _ := loadFonts()
		d := newDoc(b, fs, "a4", "", nil, false)
		runs := []run{textRun(strings.Repeat("한미 양국은 확장억제 실행력을 높이기로 했다. ", 12), sans, bodySize, false, black)}
		lines := d.breakLines(d.words(runs), 300, d.justified())
		for i, l := range lines {
			if l.justify != (want && i < len(lines)-1) {
				t.Errorf("%s: line %d justify=%t", lang, i, l.justify)
			}
			for _, p := range l.pieces[1:] {
				if p.join && strings.HasPrefix(p.text, "한") {
					t.Errorf("%s: a word split inside: %q", lang, p.text)
				}
			}
		}
	}
}

// TestReportStyle exports the report style (보고서): title block and summary
// box on the first page, Roman-numbered topics, excerpts in the annex, the
// declassification notice.
func TestReportStyle(t *testing.T) {
	b := sampleHandout(t, "ko")
	b.Details.Declassify = "2027. 12. 31.까지 대외비"
	b.Topics[0].Commentary = "# 평가\n□ 동맹은 안정적\n○ 방위비 분담 문제가 다시 부각될 수 있음\n## 세부\n- 함정 정비"
	pdf, rep := render(t, b, Options{Style: briefing.StyleReport})
	first := flat(pageText(t, pdf, 1))
	for _, want := range []string{"요 약", "2026. 11. 25.", "국방정책연구팀 김분석", "Ⅰ. 동맹 현황", "1. 평가", "□ 동맹은 안정적", "가. 세부", "예고문: 2027. 12. 31.까지 대외비"} {
		if !strings.Contains(first, want) {
			t.Errorf("the first page lacks %q:\n%s", want, first)
		}
	}
	if strings.Contains(first, "목차") || strings.Contains(first, b.Topics[0].Excerpts[0].Text[:30]) {
		t.Errorf("the first page has contents or an excerpt:\n%s", first)
	}
	all := flat(tool(t, pdf, "pdftotext", "-enc", "UTF-8"))
	annex := strings.Index(all, "붙임 관련 기사 발췌")
	if annex < 0 || !strings.Contains(all[annex:], flat(b.Topics[0].Excerpts[0].Text)) {
		t.Errorf("the excerpts are not in the annex")
	}
	if !regexp.MustCompile(`※ 관련 발췌 \d+건: 붙임 \d+쪽`).MatchString(all) {
		t.Error("a topic does not point to its excerpts in the annex")
	}
	if rep.Pages < 2 {
		t.Errorf("%d pages", rep.Pages)
	}
	briefingStyle, _ := render(t, b, Options{})
	if bytes.Equal(pdf, briefingStyle) {
		t.Error("the report style looks like the briefing style")
	}
}

// TestTheFile checks the file itself: its version, language, metadata,
// identifier and fonts.
func TestTheFile(t *testing.T) {
	b := sampleHandout(t, "en")
	pdf, _ := render(t, b, Options{})
	if !bytes.HasPrefix(pdf, []byte("%PDF-1.7")) {
		t.Errorf("version %q", pdf[:8])
	}
	for _, want := range []string{"/Lang (en)", "/Type /Metadata", "/ID [<", "<pdf:Keywords>대외비, "} {
		if !bytes.Contains(pdf, []byte(want)) {
			t.Errorf("no %q in the file", want)
		}
	}
	fonts := tool(t, pdf, "pdffonts")
	if !regexp.MustCompile(`(?m)^[A-Z]{6}\+NotoSerif-Regular`).MatchString(fonts) {
		t.Errorf("no subset tag on the fonts:\n%s", fonts)
	}
}

var update = flag.Bool("update", false, "rewrite the reference handouts in testdata/handouts")

// TestReferenceHandouts keeps the text of the handouts of one briefing in
// both styles, both languages and both papers, page by page: a change in
// what a reader sees shows as a diff (go test -run ReferenceHandouts
// -update rewrites them).
func TestReferenceHandouts(t *testing.T) {
	for _, lang := range []string{"ko", "en"} {
		for _, st := range []string{briefing.StyleBriefing, briefing.StyleReport} {
			for _, paper := range []string{briefing.PaperA4, briefing.PaperLetter} {
				name := fmt.Sprintf("%s-%s-%s.txt", st, lang, paper)
				t.Run(name, func(t *testing.T) {
					pdf, rep := render(t, sampleHandout(t, lang), Options{Style: st, Paper: paper})
					var b strings.Builder
					for p := 1; p <= rep.Pages; p++ {
						fmt.Fprintf(&b, "=== page %d\n%s", p, tool(t, pdf, "pdftotext", "-f", fmt.Sprint(p), "-l", fmt.Sprint(p), "-layout", "-enc", "UTF-8"))
					}
					path := filepath.Join("testdata", "handouts", name)
					if *update {
						if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
							t.Fatal(err)
						}
						if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
							t.Fatal(err)
						}
					}
					want, err := os.ReadFile(path)
					if err != nil {
						t.Fatal(err)
					}
					if b.String() != string(want) {
						t.Errorf("the %s handout changed; look at it, then go test -run ReferenceHandouts -update\ngot:\n%s", name, b.String())
					}
				})
			}
		}
	}
}

// TestFooterCountsEveryPage cites sixty articles with no site, author or
// date: the source list's "cited on" lines, which only the second pass
// knew before, must not push the last page past the footer's total.
func TestFooterCountsEveryPage(t *testing.T) {
	b := sampleHandout(t, "ko")
	for i := range 60 {
		a := briefing.Article{Title: fmt.Sprintf("제목만 있는 기사 %d번", i+1), Sections: []briefing.Section{{Paragraphs: []string{fmt.Sprintf("짧은 발췌문 %d번입니다.", i+1)}}}}
		a.AssignID()
		b.AddArticle(a)
		if _, err := b.AddExcerpt(b.Topics[0].ID, a.ID, 0, 0, -1); err != nil {
			t.Fatal(err)
		}
	}
	pdf, rep := render(t, b, Options{})
	last := flat(pageText(t, pdf, rep.Pages))
	if want := fmt.Sprintf("%d / %d 쪽", rep.Pages, rep.Pages); !strings.Contains(last, want) {
		t.Errorf("the last page's footer is not %q:\n%s", want, last)
	}
}

// TestTallTableRowGoesOn gives a table a cell longer than a page: the row
// goes on to the next page with the header repeated, and all of its text
// comes back.
func TestTallTableRowGoesOn(t *testing.T) {
	b := sampleHandout(t, "ko")
	var cell strings.Builder
	for i := range 1500 {
		fmt.Fprintf(&cell, "낱말%d ", i)
	}
	b.Topics[0].Commentary = "| 가 | 나 |\n|---|---|\n| 짧다 | " + cell.String() + "끝낱말 |\n"
	pdf, _ := render(t, b, Options{})
	text := flat(tool(t, pdf, "pdftotext", "-enc", "UTF-8"))
	for _, want := range []string{"낱말0 ", "낱말777 ", "낱말1499 끝낱말"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q lost from the tall row", want)
		}
	}
}

func TestAddressesInText(t *testing.T) {
	for _, c := range []struct{ word, lead, addr, trail string }{
		{"https://en.wikipedia.org/wiki/Foo_(bar)", "", "https://en.wikipedia.org/wiki/Foo_(bar)", ""},
		{"(https://example.org/a).", "(", "https://example.org/a", ")."},
		{"「www.mnd.go.kr」에서", "「", "https://www.mnd.go.kr", "」에서"},
		{"www.mnd.go.kr,", "", "https://www.mnd.go.kr", ","},
		{"mnd.go.kr", "", "", ""},
	} {
		lead, addr, trail := addressIn(c.word)
		if lead != c.lead || addr != c.addr || trail != c.trail {
			t.Errorf("addressIn(%q) = %q %q %q, want %q %q %q", c.word, lead, addr, trail, c.lead, c.addr, c.trail)
		}
	}
	got := addressParts("https://my-news.example.com/2025/10/ship-repair-deal?id=7&x=y")
	want := []string{"https://", "my-news.example.com/", "2025/", "10/", "ship-", "repair-", "deal?", "id=", "7&", "x=", "y"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("addressParts = %q, want %q", got, want)
	}
}
