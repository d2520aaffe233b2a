package pdf

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/handout/handouttest"
)

// sampleHandout returns a briefing assembled from the bundled samples, with a
// summary, commentary and a marking.
func sampleHandout(t testing.TB, lang string) *briefing.Briefing {
	t.Helper()
	b := handouttest.Samples(t, lang)
	b.Summary = "**핵심:** 한미 양국은 *확장억제* 실행력을 높이기로 했다.\n\n- 함정 정비 협력이 가장 구체적인 성과다\n- 전작권 전환은 조건 평가를 계속한다"
	b.Topics[0].Commentary = "## 평가\n\n동맹 현황은 안정적이다. 다만 방위비 분담 문제가\n다시 부각될 수 있다.\n\n1. 정상 간 합의 이행 점검\n2. 의회 동향 관찰"
	return b
}

func render(t testing.TB, b *briefing.Briefing, opt Options) ([]byte, Report) {
	t.Helper()
	var buf bytes.Buffer
	rep, err := Write(&buf, b, opt)
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), rep
}

// tool runs a poppler or qpdf command on a PDF and returns its output.
func tool(t *testing.T, pdf []byte, name string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Skipf("%s not installed (make test installs it)", name)
	}
	path := filepath.Join(t.TempDir(), "handout.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	args = append(args, path)
	if name == "pdftotext" {
		args = append(args, "-")
	}
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", name, err, out)
	}
	return string(out)
}

func pageText(t *testing.T, pdf []byte, page int) string {
	n := strconv.Itoa(page)
	return tool(t, pdf, "pdftotext", "-f", n, "-l", n, "-enc", "UTF-8")
}

// flat collapses white space so that text broken into lines compares equal.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestTextComesBack(t *testing.T) {
	b := sampleHandout(t, "ko")
	pdf, _ := render(t, b, Options{})
	text := flat(strings.ReplaceAll(tool(t, pdf, "pdftotext", "-enc", "UTF-8"), "\f", " "))
	if b.ExcerptCount() < 10 {
		t.Fatalf("only %d excerpts assembled", b.ExcerptCount())
	}
	for _, tp := range b.Topics {
		for _, e := range tp.Excerpts {
			if !strings.Contains(text, flat(e.Text)) {
				t.Errorf("excerpt not extracted exactly: %q", e.Text)
			}
		}
	}
	for _, want := range []string{
		"핵심: 한미 양국은 확장억제 실행력을 높이기로 했다.",
		"동맹 현황은 안정적이다. 다만 방위비 분담 문제가 다시 부각될 수 있다.",
		"1. 정상 간 합의 이행 점검", "함정 정비 협력이 가장 구체적인 성과다",
		"목차", "출처", "1. 동맹 현황", "4. 미래 협력", "대외비", "김분석", "국방정책연구팀",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q", want)
		}
	}
}

func TestContentsPageNumbers(t *testing.T) {
	b := sampleHandout(t, "ko")
	pdf, rep := render(t, b, Options{})
	contents := pageText(t, pdf, 2)
	if !strings.Contains(contents, "목차") {
		t.Fatalf("page 2 is not the contents:\n%s", contents)
	}
	for i, tp := range b.Topics {
		title := topicTitle(i, tp.Title)
		m := regexp.MustCompile(regexp.QuoteMeta(title) + `[\s.]*(\d+)`).FindStringSubmatch(flat(contents))
		if m == nil {
			t.Fatalf("%q not in the contents:\n%s", title, contents)
		}
		page, _ := strconv.Atoi(m[1])
		if page < 2 || page > rep.Pages || !strings.Contains(pageText(t, pdf, page), title) {
			t.Errorf("contents say %q is on page %d, but it is not there", title, page)
		}
	}
	last := pageText(t, pdf, rep.Pages)
	// pdftotext drops the narrow spaces around a lone "/" between digits.
	footer := regexp.MustCompile(fmt.Sprintf(`%d\s?/\s?%d\s?쪽`, rep.Pages, rep.Pages))
	if !strings.Contains(last, "출처") || !footer.MatchString(last) {
		t.Errorf("last page lacks the sources or its footer:\n%s", last)
	}
}

func TestOutlineLinksFontsMetadata(t *testing.T) {
	b := sampleHandout(t, "ko")
	pdf, _ := render(t, b, Options{})
	var doc struct {
		Outlines []struct {
			Title string `json:"title"`
			Kids  []struct {
				Title string `json:"title"`
			} `json:"kids"`
		} `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(tool(t, pdf, "qpdf", "--json", "--json-key=outlines")), &doc); err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, o := range doc.Outlines {
		titles = append(titles, o.Title)
	}
	want := "목차|핵심 요약|1. 동맹 현황|2. 연합 방위|3. MRO·방산 협력|4. 미래 협력|출처"
	if strings.Join(titles, "|") != want {
		t.Errorf("bookmarks %q, want %q", titles, want)
	}
	// The commentary's headings nest under their topic.
	if kids := doc.Outlines[2].Kids; len(kids) != 1 || kids[0].Title != "평가" {
		t.Errorf("the bookmarks under topic 1 are %v, want its heading 평가", kids)
	}
	// Every source with an address is clickable, and the contents link inside.
	for _, a := range b.Cited() {
		if a.URL != "" && !bytes.Contains(pdf, []byte("/URI ("+a.URL+")")) {
			t.Errorf("no link to %s", a.URL)
		}
	}
	if n := bytes.Count(pdf, []byte("/Dest [")); n < len(b.Topics)+1 {
		t.Errorf("%d internal links, want one per contents entry", n)
	}
	fonts := tool(t, pdf, "pdffonts")
	for _, f := range []string{"NanumGothic", "NanumGothicBold", "NanumMyeongjo", "NotoSans-Regular", "NotoSerif-Regular"} {
		if !regexp.MustCompile(`(?m)^[A-Z]{6}\+` + f + `\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes`).MatchString(fonts) {
			t.Errorf("%s not embedded:\n%s", f, fonts)
		}
	}
	// Each bundled font is over 3 MB; only the glyphs used may travel.
	if len(pdf) > 1<<20 {
		t.Errorf("handout is %d bytes: fonts not subset", len(pdf))
	}
	info := tool(t, pdf, "pdfinfo")
	for _, want := range []string{"Title:           한미동맹 브리핑", "Author:          김분석, 국방정책연구팀", "Subject:         11월 넷째 주 동향", "Creator:         Briefdesk"} {
		if !strings.Contains(info, want) {
			t.Errorf("metadata lacks %q:\n%s", want, info)
		}
	}
	if out := tool(t, pdf, "qpdf", "--check"); !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
}

func TestSameInputSameBytes(t *testing.T) {
	b := sampleHandout(t, "ko")
	one, _ := render(t, b, Options{})
	two, _ := render(t, b, Options{})
	if !bytes.Equal(one, two) {
		t.Fatal("two exports of the same briefing differ")
	}
	b.Details.Date = "2026-12-01"
	three, _ := render(t, b, Options{})
	if bytes.Equal(one, three) {
		t.Fatal("the date does not reach the document")
	}
}

// TestConcurrentExports exports briefings in both languages at the same
// time, as the window and a script might: the font tables and caches they
// share must give each the bytes it gets alone.
func TestConcurrentExports(t *testing.T) {
	briefings := []*briefing.Briefing{sampleHandout(t, "ko"), sampleHandout(t, "en")}
	alone := make([][]byte, len(briefings))
	for i, b := range briefings {
		alone[i], _ = render(t, b, Options{})
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for n := 0; n < 8; n++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var buf bytes.Buffer
			if _, err := Write(&buf, briefings[i], Options{}); err != nil {
				errs <- err
				return
			}
			if !bytes.Equal(buf.Bytes(), alone[i]) {
				errs <- fmt.Errorf("export %d differs from the same export alone", i)
			}
		}(n % len(briefings))
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestUndrawableCharacters(t *testing.T) {
	b := sampleHandout(t, "en")
	b.Summary = "Status 👍 and 𠀀 rare, path C:\\data\\brief"
	pdf, rep := render(t, b, Options{})
	if got := rep.ReplacedText(); !strings.Contains(got, "U+1F44D") || !strings.Contains(got, "U+20000") {
		t.Errorf("replacements reported: %q", got)
	}
	text := pageText(t, pdf, 2)
	if !strings.Contains(text, "Status □ and □ rare, path C:\\data\\brief") {
		t.Errorf("summary as extracted:\n%s", text)
	}
	if !strings.Contains(text, "Executive summary") || !strings.Contains(text, "page 2 of") {
		t.Errorf("English labels missing:\n%s", text)
	}
}

func TestPaperSizes(t *testing.T) {
	b := sampleHandout(t, "ko")
	for paper, want := range map[string]string{"a4": "595.28 x 841.89", "letter": "612 x 792"} {
		pdf, _ := render(t, b, Options{Paper: paper})
		if info := tool(t, pdf, "pdfinfo"); !strings.Contains(info, want) {
			t.Errorf("%s: page size not %s:\n%s", paper, want, info)
		}
	}
}

func TestLongWordsAndEmptyBriefing(t *testing.T) {
	tmpl, _ := briefing.ParseTemplate([]byte(`{"id":"x","topics":[{"id":"a","names":{"ko":"빈 주제"}}]}`))
	b := briefing.New(tmpl, "ko", time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC))
	b.Summary = "https://example.org/" + strings.Repeat("아주긴주소", 60)
	pdf, rep := render(t, b, Options{})
	if rep.Pages != 2 {
		t.Errorf("%d pages, want the cover and one page for contents, summary, the topic and sources", rep.Pages)
	}
	text := flat(tool(t, pdf, "pdftotext", "-enc", "UTF-8"))
	if !strings.Contains(text, "1. 빈 주제 해당 없음") {
		t.Errorf("the empty topic does not say so in one line:\n%s", text)
	}
	if strings.Contains(text, "아주긴주소아주긴주소아주긴주소아주긴주소아주긴주소아주긴주소아주긴주소아주긴주소아주긴주소아주긴주소아주긴주소") {
		t.Errorf("an over-long word ran on unbroken:\n%s", text)
	}
	b.Summary = "  "
	b.Details.EmptyTopics = briefing.EmptyTopicOmit
	pdf, _ = render(t, b, Options{})
	if text := flat(tool(t, pdf, "pdftotext", "-enc", "UTF-8")); strings.Contains(text, "빈 주제") || strings.Contains(text, "해당 없음") || strings.Contains(text, "핵심 요약") {
		t.Errorf("an empty topic left out, or an empty summary, still prints:\n%s", text)
	}
}

// FuzzLayout lays out briefings with arbitrary Markdown, text and markings.
// It runs the layout pass, which is all of this package's own code; drawing
// with gofpdf is covered by the tests above and is too slow to fuzz, as every
// run parses the bundled fonts.
// fuzzSeeds adds the seed inputs of the layout and export fuzz targets.
func fuzzSeeds(f *testing.F) {
	f.Add("**굵게** *기울임* [링크](https://example.org)\n\n- 항목", "발췌 😀 \\ 문단 (괄호) \r", "대외비")
	f.Add("# 제목\n\n> 인용\n\n```\ncode\n```\n\n---", strings.Repeat("긴단어", 100), "")
	f.Add("<b>raw</b>\n1. a\n   1. b", "\x00\t\r\n", "UNCLASSIFIED//FOUO")
}

// fuzzBriefing is a one-topic briefing made of the fuzzed strings.
func fuzzBriefing(t *testing.T, summary, excerpt, marking string) *briefing.Briefing {
	tmpl, _ := briefing.ParseTemplate([]byte(`{"id":"x","topics":[{"id":"a"}]}`))
	b := briefing.New(tmpl, "ko", time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC))
	b.Summary, b.Details.Marking, b.Details.Title = summary, marking, excerpt
	b.Topics[0].Commentary = summary
	a := briefing.Article{Title: excerpt, Sections: []briefing.Section{{Paragraphs: []string{excerpt}}}}
	a.AssignID()
	b.AddArticle(a)
	if _, err := b.AddExcerpt("a", a.ID, 0, 0, -1); err != nil {
		t.Fatal(err)
	}
	return b
}

func FuzzLayout(f *testing.F) {
	fuzzSeeds(f)
	fs, err := loadFonts()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, summary, excerpt, marking string) {
		b := fuzzBriefing(t, summary, excerpt, marking)
		for _, st := range []string{briefing.StyleBriefing, briefing.StyleReport} {
			d := newDoc(b, fs, "a4", st, nil, false)
			if err := d.render(); err != nil {
				t.Fatalf("layout failed: %v", err)
			}
			if d.anchors["sources"] < 2 {
				t.Fatalf("%s: sources on page %d, after the first", st, d.anchors["sources"])
			}
			for _, paragraphs := range d.laidOut {
				for _, lines := range paragraphs {
					for _, l := range lines {
						if l.width > d.right-d.left+0.01 {
							t.Fatalf("line of width %.1f overflows the text area", l.width)
						}
					}
				}
			}
		}
	})
}

// TestRunningHeadStyle checks that the marking and the running head look
// the same on every page, whatever the page before ended with.
func TestRunningHeadStyle(t *testing.T) {
	for _, lang := range []string{"ko", "en"} {
		b := sampleHandout(t, lang)
		pdf, rep := render(t, b, Options{})
		var marks, heads []drawnText
		for _, d := range drawnTexts(t, pdf) {
			if d.page == 1 {
				continue // the cover sets the marking in a box of its own
			}
			switch d.text {
			case b.Details.Marking:
				marks = append(marks, d)
			case b.Details.Title:
				heads = append(heads, d)
			}
		}
		if len(marks) != 2*(rep.Pages-1) || len(heads) != rep.Pages-1 {
			t.Fatalf("%s: %d markings and %d running heads on %d pages", lang, len(marks), len(heads), rep.Pages)
		}
		for _, group := range [][]drawnText{marks, heads} {
			for _, d := range group {
				if d.font != group[0].font || d.size != group[0].size || d.color != group[0].color {
					t.Errorf("%s: %q on page %d is %s %s %q; on page %d %s %s %q", lang, d.text, d.page, d.font, d.size, d.color,
						group[0].page, group[0].font, group[0].size, group[0].color)
				}
			}
		}
		// A printer may leave up to about 6 mm of the paper unprinted: the
		// marking keeps 10 mm from both edges, glyphs included.
		const safe = 10 / 25.4 * 72
		pageH := 841.89 // A4
		for _, m := range marks {
			if below, above := m.y-2.5, pageH-(m.y+7); min(below, above) < safe {
				t.Errorf("%s: the marking on page %d is %.1f mm from the edge", lang, m.page, min(below, above)*25.4/72)
				break
			}
		}
		if marks[0].size != "9.00" || marks[0].color != "0.706 0.078 0.078 rg" {
			t.Errorf("%s: the marking is %s pt in %q, want 9 pt red", lang, marks[0].size, marks[0].color)
		}
		if heads[0].size != "8.00" || heads[0].color != "0.392 g" {
			t.Errorf("%s: the running head is %s pt in %q, want 8 pt gray", lang, heads[0].size, heads[0].color)
		}
	}
}

// FuzzExport writes whole documents: the layout, then the drawing and the
// font subsets through gofpdf.
func FuzzExport(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, summary, excerpt, marking string) {
		b := fuzzBriefing(t, summary, excerpt, marking)
		var buf bytes.Buffer
		rep, err := Write(&buf, b, Options{})
		if err != nil {
			t.Fatalf("export failed: %v", err)
		}
		if rep.Pages < 2 || !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimSpace(buf.Bytes()), []byte("%%EOF")) {
			t.Fatalf("%d pages, %d bytes, not a whole PDF", rep.Pages, buf.Len())
		}
		for _, d := range drawnTexts(t, buf.Bytes()) {
			if !utf8.ValidString(d.text) || strings.ContainsFunc(d.text, unicode.IsControl) {
				t.Fatalf("page %d draws %q, not printable text", d.page, d.text)
			}
		}
	})
}

// TestLongNumberedLists numbers a list past 9: every item's text starts at
// one place, clear of its number, and the numbers end at one place.
func TestLongNumberedLists(t *testing.T) {
	b := sampleHandout(t, "en")
	var md strings.Builder
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&md, "%d. item%02d text\n", i, i)
	}
	b.Summary = md.String()
	pdf, _ := render(t, b, Options{})
	texts := drawnTexts(t, pdf)
	var starts []float64
	for i, d := range texts {
		if !strings.HasSuffix(d.text, ".") || len(d.text) > 3 || i+1 == len(texts) {
			continue
		}
		next := texts[i+1]
		if !strings.HasPrefix(next.text, "item") {
			continue
		}
		// Nanum Gothic's digits at 10.5 pt are about 6 pt wide, its full stop 3.
		w := 6.0*float64(len(d.text)-1) + 2.9
		if d.x+w > next.x-1 {
			t.Errorf("%q ends at about %.1f, past its text at %.1f", d.text, d.x+w, next.x)
		}
		starts = append(starts, next.x)
	}
	if len(starts) != 12 {
		t.Fatalf("found %d numbered items, want 12", len(starts))
	}
	for i := range starts {
		if starts[i] != starts[0] {
			t.Errorf("item %d starts at %.1f, item 1 at %.1f", i+1, starts[i], starts[0])
		}
	}
}

// TestLineBreaksAsWritten writes a 개조식 summary: every point stays a line,
// a backslash break leaves no backslash and breaks the line, a dash item
// keeps its dash, and prose wrapped by hand is joined with a space.
func TestLineBreaksAsWritten(t *testing.T) {
	b := sampleHandout(t, "ko")
	b.Summary = "□ 추진 배경\n○ 한미 국방 협의 정례화\n  ※ 차기 회의는 12월\\\n둘째 줄\n○ 후속 조치\n\n- 세부 과제 하나\n- 세부 과제 둘\n\n손으로 줄을 바꾼\n보통 문장은 이어진다.\n"
	pdf, _ := render(t, b, Options{})
	text := pageText(t, pdf, 2)
	for _, line := range []string{"□ 추진 배경", "○ 한미 국방 협의 정례화", "※ 차기 회의는 12월", "둘째 줄", "○ 후속 조치", "- 세부 과제 하나", "- 세부 과제 둘", "손으로 줄을 바꾼 보통 문장은 이어진다."} {
		found := false
		for _, l := range strings.Split(text, "\n") {
			if strings.TrimSpace(l) == line {
				found = true
			}
		}
		if !found {
			t.Errorf("%q is not a line of its own in:\n%s", line, text)
		}
	}
	if strings.Contains(text, "\\") {
		t.Error("a backslash break left its backslash")
	}
}

// TestSourceLineOnOneLine gives an article a title of three lines: the
// source line under its excerpt stays short and on one line (site ·
// reporter · date · [n]); the title is in the source list only.
func TestSourceLineOnOneLine(t *testing.T) {
	b := sampleHandout(t, "ko")
	long := strings.Repeat("한미 국방장관 회담에서 확장억제와 연합연습 조정 방안을 집중 논의 ", 4)
	for i := range b.Articles {
		b.Articles[i].Title = long
		b.Articles[i].Author = "김하늘 기자"
	}
	pdf, _ := render(t, b, Options{})
	lines := strings.Split(tool(t, pdf, "pdftotext", "-enc", "UTF-8"), "\n")
	sources := 0
	for i, l := range lines {
		if !strings.HasPrefix(l, "— ") {
			continue
		}
		sources++
		if !regexp.MustCompile(`^— ([^·]+ · )?김하늘 기자 (· 20\d\d\. 1?\d\. \d+\. )?· \[\d\]$`).MatchString(l) {
			t.Errorf("source line %q: not site · reporter · date · [n] on one line", l)
		}
		if strings.Contains(l, "확장억제") || i+1 < len(lines) && strings.HasPrefix(lines[i+1], "[") {
			t.Errorf("source line %q repeats the title or goes on to the next line", l)
		}
	}
	if sources == 0 {
		t.Fatal("no source lines found")
	}
}

// topicTitle is how the briefing style heads topic i.
func topicTitle(i int, title string) string { return fmt.Sprintf("%d. %s", i+1, title) }
