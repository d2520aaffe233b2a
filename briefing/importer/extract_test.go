package importer

import (
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"golang.org/x/text/encoding/charmap"
)

// page wraps an article body in the furniture of a news site: a header
// with a menu, a sidebar of other stories and a footer.
func page(title, body string) string {
	return `<!doctype html><html><head><meta charset="utf-8"><title>` + title + `</title></head><body>
<header><nav><a href="/">홈</a> <a href="/politics">정치</a> <a href="/economy">경제</a> <a href="/world">국제</a></nav></header>
<main><article><h1>` + title + `</h1>` + body + `</article></main>
<aside><h3>많이 본 뉴스</h3><ul><li><a href="/a">연예인 A씨 결혼 발표</a></li><li><a href="/b">주말 날씨 맑음</a></li></ul></aside>
<footer><p>회사소개 | 광고문의 | 개인정보처리방침</p></footer></body></html>`
}

func parseHTML(t *testing.T, html string) *briefing.Article {
	t.Helper()
	a, err := Parse([]byte(html), Source{Name: "page.html", URL: "https://news.example.com/a/1"})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func paragraphs(a *briefing.Article) []string {
	var out []string
	for _, s := range a.Sections {
		out = append(out, s.Paragraphs...)
	}
	return out
}

// TestParagraphsAsThePageShowsThem writes a portal-style body: text in
// runs of <br>, paragraphs inside inline wrappers, empty and zero-width
// paragraphs.
func TestParagraphsAsThePageShowsThem(t *testing.T) {
	body := `<div id="newsct_article"><span class="wrap">한미 양국 국방장관은 워싱턴에서 회담을 열고 확장억제 실행력을 높이는 방안을 논의했다고 국방부가 밝혔다.<br><br>` +
		`양측은 연합연습의 규모를 유지하되 사이버와 우주 영역의 훈련을 늘리기로 했다. 군 관계자는 구체적인 일정은 추후 협의한다고 지적했다.<br><br><br>` +
		`논란의 중심에 있던 방위비 분담 문제는 이번 회의에서 다뤄지지 않았다. 정부는 내년 상반기 협상 재개를 목표로 하고 있다.<br>` +
		`한 줄 바꿈은 같은 문단 안에서 이어진다.</span>` +
		`<font><p>인라인 요소 안에 든 문단도 하나의 문단으로 읽혀야 한다. 이 문장은 두 번째 문단 블록에 있다.</p><p>그리고 이 문장은 세 번째 블록에 있다는 점이 중요하다.</p></font>` +
		`<p>&#8203;&#8203;</p><p>  </p><p>&nbsp;</p></div>`
	a := parseHTML(t, page("한미 국방장관 회담", body))
	got := paragraphs(a)
	want := []string{
		"한미 양국 국방장관은 워싱턴에서 회담을 열고 확장억제 실행력을 높이는 방안을 논의했다고 국방부가 밝혔다.",
		"양측은 연합연습의 규모를 유지하되 사이버와 우주 영역의 훈련을 늘리기로 했다. 군 관계자는 구체적인 일정은 추후 협의한다고 지적했다.",
		"논란의 중심에 있던 방위비 분담 문제는 이번 회의에서 다뤄지지 않았다. 정부는 내년 상반기 협상 재개를 목표로 하고 있다. 한 줄 바꿈은 같은 문단 안에서 이어진다.",
		"인라인 요소 안에 든 문단도 하나의 문단으로 읽혀야 한다. 이 문장은 두 번째 문단 블록에 있다.",
		"그리고 이 문장은 세 번째 블록에 있다는 점이 중요하다.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("paragraphs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, p := range got {
		if strings.Contains(p, "했다.논란") || strings.Contains(p, "지적했다.논란") {
			t.Errorf("two sentences glued: %q", p)
		}
	}
}

// TestCaptionsAndFurnitureElementsStayOut gives an article figures with
// captions (one repeated in the text), and share, related and newsletter
// blocks inside the article container.
func TestCaptionsAndFurnitureElementsStayOut(t *testing.T) {
	caption := "Sailors inspect the hull of a supply ship in dry dock at a Korean shipyard"
	body := `<div class="article-body">
<figure><img src="/a.jpg" alt="` + caption + `"><figcaption>` + caption + ` (Photo: Pacific Wire)</figcaption></figure>
<p>Two South Korean shipbuilders have signed agreements to repair US Navy ships, a step officials on both sides call overdue.</p>
<p>` + caption + `</p>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
<p>The first contracts cover supply ships and destroyers, and more yards are expected to apply for certification next year.</p>
<div class="related-stories"><h4>Related coverage</h4><ul><li><a href="/x">Navy budget faces cuts</a></li></ul></div>
<div class="newsletter-signup"><p>Get the morning briefing in your inbox every weekday, free of charge.</p></div>
<p>Officials said the agreements would shorten the time ships spend away from the region for maintenance.</p>
</div>`
	a := parseHTML(t, page("Korean yards to repair US Navy ships", body))
	text := strings.Join(paragraphs(a), "\n")
	for _, junk := range []string{caption, "Share on", "Navy budget faces cuts", "morning briefing", "Pacific Wire"} {
		if strings.Contains(text, junk) {
			t.Errorf("furniture %q in the body:\n%s", junk, text)
		}
	}
	for _, want := range []string{"Two South Korean shipbuilders", "The first contracts", "Officials said"} {
		if !strings.Contains(text, want) {
			t.Errorf("body lost %q:\n%s", want, text)
		}
	}
}

// TestNoArticleFoundFallsBack gives a page readability finds no article in
// (text in table cells, no paragraphs): the largest block of text is read.
func TestNoArticleFoundFallsBack(t *testing.T) {
	text := "국회 국방위원회는 오늘 전체회의를 열고 내년도 국방 예산안을 심사했다 위원들은 병력 감축에 따른 전력 공백 우려를 제기했고 국방부는 첨단 전력으로 보완하겠다고 답했다"
	html := `<html><head><title>국방위 예산 심사</title></head><body><table><tr><td><a href="/">홈</a></td></tr>` +
		`<tr><td>` + text + `<br><br>` + text + `</td></tr></table></body></html>`
	a := parseHTML(t, html)
	got := paragraphs(a)
	if len(got) != 2 || got[0] != text {
		t.Errorf("fallback read %q", got)
	}
}

// TestRubyLeftOut gives a Japanese page with readings (furigana) and a
// text file that came with a Content-Type charset.
func TestRubyLeftOut(t *testing.T) {
	body := `<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>で日米の防衛相が会談し、<ruby>同盟<rt>どうめい</rt></ruby>の強化で一致した。両国は共同訓練を増やす方針だ。</p>`
	a := parseHTML(t, page("日米防衛相会談", body))
	if got := strings.Join(paragraphs(a), "\n"); got != "東京で日米の防衛相が会談し、同盟の強化で一致した。両国は共同訓練を増やす方針だ。" {
		t.Errorf("ruby readings in the text: %q", got)
	}
}

// TestTextTakesTheHeadersCharset reads a fetched text file whose encoding
// only the HTTP header names (ISO-8859-5 is not among those detected).
func TestTextTakesTheHeadersCharset(t *testing.T) {
	want := "Министр обороны посетил Сеул и обсудил учения союзников."
	data, err := charmap.ISO8859_5.NewEncoder().Bytes([]byte(want))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(data, Source{Name: "https://news.example.com/a.txt", Format: FormatText, ContentType: "text/plain; charset=iso-8859-5"})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(paragraphs(a), "\n"); got != want {
		t.Errorf("read %q", got)
	}
}
