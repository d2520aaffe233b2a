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

// portalPage is a portal's page republishing a paper's article: the
// portal's and the paper's logos, the date line and byline above the body,
// furniture inside it, the copyright line at its foot. No metadata names
// the reporter, the paper or the date.
const portalPage = `<!doctype html><html><head><meta charset="utf-8"><title>한미, 함정 정비 협력 확대 합의 : 네이버 뉴스</title>
<meta property="og:site_name" content="네이버 뉴스"></head><body>
<div class="header"><a class="portal_logo"><img src="/p.png" alt="NAVER"></a></div>
<div class="media_end_head"><a class="press_logo"><img src="/l.png" alt="국방일보"></a>
<h2 class="title">한미, 함정 정비 협력 확대 합의</h2>
<div class="info"><span>기사입력 2025.10.14. 오후 4:20</span> <span>기사원문</span></div>
<p class="byline_p">정하늘 기자</p></div>
<div id="dic_area">[사진=국방부 제공]<br><br>
한미 양국은 미 해군 함정의 국내 정비를 늘리기로 하고 세부 절차를 협의하기 시작했다. 국방부는 첫 협의가 생산적이었다고 평가했다.<br><br>
양측은 정비 대상 함정을 보급함에서 구축함으로 넓히는 방안도 검토하기로 했다. 업계는 수주 물량이 두 배로 늘 것으로 기대한다.<br><br>
정하늘 기자 haneul@gukbang.example.co.kr<br><br>
▶ 네이버에서 국방일보 뉴스를 구독하세요!<br><br>
ⓒ국방일보, 무단 전재 및 재배포 금지</div>
<div class="footer">네이버 뉴스 홈 | 언론사별 뉴스 | 고객센터</div></body></html>`

// TestPortalPageAsAReaderSeesIt reads the paper, the reporter and the date
// from what the portal's page shows, and keeps the furniture out.
func TestPortalPageAsAReaderSeesIt(t *testing.T) {
	a, err := Parse([]byte(portalPage), Source{Name: "https://n.news.naver.com/mnews/article/000/0000000001", URL: "https://n.news.naver.com/mnews/article/000/0000000001"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Site != "국방일보" || a.Author != "정하늘" || a.Published != "2025-10-14" {
		t.Errorf("site %q, author %q, date %q; want 국방일보, 정하늘, 2025-10-14", a.Site, a.Author, a.Published)
	}
	if a.URL != "https://n.news.naver.com/mnews/article/000/0000000001" {
		t.Errorf("the portal's address was not kept: %q", a.URL)
	}
	got := paragraphs(a)
	if len(got) != 2 || !strings.HasPrefix(got[0], "한미 양국은") || !strings.HasPrefix(got[1], "양측은") {
		t.Errorf("body:\n%s", strings.Join(got, "\n"))
	}
}

// TestNewsPagesAsAReaderSeesThem reads a Korean paper's page and an English
// one whose markup has no date or author.
func TestNewsPagesAsAReaderSeesThem(t *testing.T) {
	ko := `<html><head><meta charset="utf-8"><meta property="og:site_name" content="한국시사일보"><title>방산 수출 200억 달러 돌파</title></head><body>
<div class="article-head"><h1>방산 수출 200억 달러 돌파</h1><div class="date">입력 : 2018-08-25 09:00 | 수정 : 2018-08-26 10:30</div></div>
<div class="article-body"><p>올해 방산 수출이 처음으로 200억 달러를 넘어섰다고 방위사업청이 밝혔다. 폴란드와 중동 지역 수출이 늘어난 덕분이다.</p>
<figure><img src="/a.jpg" alt=""><figcaption>K9 자주포가 사격 훈련을 하고 있다. 방위사업청 제공</figcaption></figure>
<p>방위사업청은 내년에도 수출 지원 예산을 늘려 중소 협력업체의 해외 진출을 돕겠다고 말했다. 업계는 환영의 뜻을 밝혔다.</p>
<p>관련기사</p><p>김경희 기자 amator@sisa.example.co.kr</p>
<p>저작권자 © 한국시사일보 무단전재 및 재배포 금지</p></div></body></html>`
	a, err := Parse([]byte(ko), Source{Name: "https://www.sisa.example.co.kr/news/1", URL: "https://www.sisa.example.co.kr/news/1"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Site != "한국시사일보" || a.Author != "김경희" || a.Published != "2018-08-25" {
		t.Errorf("Korean page: site %q, author %q, date %q", a.Site, a.Author, a.Published)
	}
	if got := strings.Join(paragraphs(a), "\n"); strings.Contains(got, "기자") || strings.Contains(got, "저작권") || strings.Contains(got, "관련기사") || strings.Contains(got, "제공") {
		t.Errorf("furniture in the Korean body:\n%s", got)
	}

	en := `<html><head><meta charset="utf-8"><title>Allies widen ship repair pact | Pacific Ledger</title></head><body>
<header><img class="site-logo" src="/logo.png" alt="Pacific Ledger"></header>
<article><h1>Allies widen ship repair pact</h1><p class="meta">By Jane Doe and John Roe</p><p class="meta">Published Oct. 15, 2025</p>
<p>Seoul and Washington agreed on Tuesday to let Korean yards repair more classes of US Navy ships, officials said.</p>
<p>Credit: Pacific Ledger photo desk</p>
<p>The agreement follows two years of pilot projects in which supply ships were overhauled months faster than at home.</p>
<p>Read more: Navy budget faces new cuts</p><p>Sign up for our newsletter</p>
<p>Officials expect the first destroyer to arrive next spring, pending a final inspection of the yard.</p>
<p>Copyright © 2025 Pacific Ledger. All rights reserved.</p></article></body></html>`
	a, err = Parse([]byte(en), Source{Name: "https://ledger.example.com/2025/10/ships", URL: "https://ledger.example.com/2025/10/ships"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Author != "Jane Doe, John Roe" || a.Published != "2025-10-15" || a.Site != "Pacific Ledger" {
		t.Errorf("English page: site %q, author %q, date %q", a.Site, a.Author, a.Published)
	}
	got := paragraphs(a)
	if len(got) != 3 {
		t.Errorf("English body:\n%s", strings.Join(got, "\n"))
	}
}

// TestBylineWithADate reads the date from a Chinese byline line that also
// names the source and the editor, and takes no author from a contact line.
func TestBylineWithADate(t *testing.T) {
	body := `<div class="info">2018-08-25 09:00 来源：中国国防报 作者：王小明 责任编辑：李四</div>
<div class="content"><p>国防部发言人表示，两国将扩大海军舰艇维修合作，并在明年举行更多联合演习。</p><p>双方还同意加强信息共享，建立定期磋商机制。</p></div>`
	a := parseHTML(t, page("海军合作扩大", body))
	if a.Author != "王小明" || a.Published != "2018-08-25" {
		t.Errorf("author %q, date %q; want 王小明, 2018-08-25", a.Author, a.Published)
	}
	contact := `<p>The yards expect the first destroyer next spring, pending a final inspection of the dry dock.</p><p>Contact: desk@ledger.example.com</p>`
	if a := parseHTML(t, page("Yards await destroyer", contact)); a.Author != "" {
		t.Errorf("a contact line became the author: %q", a.Author)
	}
}

// TestFirstBylineWins gives an article a byline at its head and another
// reporter's at its foot, and a byline above the article with its name in
// a <small>: the article's first byline is the author, and a name in an
// inline element stays on its byline's line.
func TestFirstBylineWins(t *testing.T) {
	body := `<p>홍길동 기자</p><p>한미 양국은 미 해군 함정의 국내 정비를 늘리기로 하고 세부 절차를 협의하기 시작했다. 국방부는 첫 협의가 생산적이었다고 평가했다.</p>
<p>양측은 정비 대상 함정을 보급함에서 구축함으로 넓히는 방안도 검토하기로 했다.</p><p>김철수 기자 kim@example.com</p>`
	if a := parseHTML(t, page("함정 정비 협의", body)); a.Author != "홍길동" {
		t.Errorf("author %q, want the first byline's 홍길동", a.Author)
	}
	en := `<html><head><title>Yards await destroyer</title></head><body><div class="top"><div>By <small>Jane Doe</small>, Staff Reporter</div></div>
<article><p>The yards expect the first destroyer next spring, pending a final inspection of the dry dock, officials said on Tuesday.</p>
<p>The agreement follows two years of pilot projects in which supply ships were overhauled months faster than at home.</p></article></body></html>`
	if a := parseHTML(t, en); a.Author != "Jane Doe" {
		t.Errorf("author %q, want Jane Doe", a.Author)
	}
}
