package docx

import (
	"bytes"
	"encoding/xml"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// fixture is a briefing that uses everything the document shows: details
// with a marking and a notice, a summary and commentary in Markdown (a
// heading, lists, the points of a report, a table, a quote, code, a rule,
// a footnote, safe and unsafe links), excerpts in Korean with Hanja and in
// English with accents, and an empty topic.
func fixture() *briefing.Briefing {
	b := &briefing.Briefing{
		Details: briefing.Details{
			Title: "한미동맹 주간 브리핑", Subtitle: "11월 넷째 주 동향", Author: "김분석", Organization: "국방정책연구팀",
			Date: "2026-11-25", Marking: "대외비", Declassify: "2027. 12. 31.까지 대외비", Language: "ko", Paper: briefing.PaperA4,
		},
		Summary: "**핵심:** 한미 양국은 *확장억제* 실행력을 높이기로 했다.\n\n" +
			"- 함정 정비 협력이 가장 구체적인 성과다\n- 전작권 전환은 조건 평가를 계속한다\n\n" +
			"자료: [국방부](https://www.mnd.go.kr/) · [위험](javascript:alert(1))",
		Articles: []briefing.Article{
			{ID: "a1", Title: "한미 국방 고위급 협의", Site: "국방안보신문", Author: "김하늘 기자", Published: "2026-11-18",
				URL: "https://news.example.kr/defense/ncg", Language: "ko"},
			{ID: "a2", Title: "Korean shipyards keep the US Navy at sea", Site: "Pacific Defense Review", Author: "Dana Whitfield",
				Published: "2026-10-14", URL: "https://example.org/pdr/mro", Retrieved: "2026-11-20T08:00:00Z", Language: "en"},
			{ID: "a3", Title: "수상한 주소의 기사", Site: "어느 블로그", URL: "javascript:alert('x')", Language: "ko"},
		},
		Topics: []briefing.Topic{
			{ID: "status", Title: "동맹 현황",
				Commentary: "## 평가\n\n동맹 현황은 안정적이다.[^1] 다만 방위비 분담 문제가\n다시 부각될 수 있다.\n\n" +
					"3. 정상 간 합의 이행 점검\n4. 의회 동향 관찰\n   - 하원 국방위\n\n" +
					"□ 한미 국방장관 회담 결과\n○ 확장억제 실행력 강화에 합의\n※ 세부 일정은 추후 협의\n- 핵협의그룹(NCG) 정례화\n\n" +
					"| 구분 | 2025 | 2026 |\n|:--|:-:|--:|\n| 분담금 | 1.1조 | 1.4조 |\n| 증가율 | — | 8.3% |\n\n" +
					"> 동맹은 가치의 공동체다.\n\n```\nNCG 4차 회의\n```\n\n---\n\n[^1]: 국방부 발표(2026. 11. 20.) 기준. <https://www.mnd.go.kr/news>",
				Excerpts: []briefing.Excerpt{
					{ID: "e1", Article: "a1", Text: "국방부 장관은 韓美同盟의 國防 협력을 점검했다. 미국 측은 철통같은 공약을 재확인했다."},
					{ID: "e2", Article: "a2", Text: "Officials describe the café-side résumé of naïve Škoda-like deals.\n\nA second paragraph of the same excerpt.",
						Original: "Officials describe the deals."},
				}},
			{ID: "defense", Title: "연합 방위", Excerpts: []briefing.Excerpt{
				{ID: "e3", Article: "a3", Text: "수상한 주소의 기사에서 옮긴 문단이다."},
			}},
			{ID: "future", Title: "미래 협력", Excerpts: []briefing.Excerpt{}},
		},
	}
	// The articles hold the paragraphs quoted, so that the briefing is
	// one a user could have made (and a .brief file may hold).
	for _, tp := range b.Topics {
		for _, e := range tp.Excerpts {
			a := b.Article(e.Article)
			text := e.Text
			if e.Original != "" {
				text = e.Original
			}
			a.Sections = []briefing.Section{{Paragraphs: []string{text}}}
		}
	}
	return b
}

func write(t testing.TB, b *briefing.Briefing, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, b, opt); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestPackage checks the package: the parts in Word's order with
// [Content_Types].xml first, every part well-formed XML in the namespace of
// its format, every part covered by a content type and reached by a
// relationship, every relationship's target present.
func TestPackage(t *testing.T) {
	for _, st := range []string{briefing.StyleBriefing, briefing.StyleReport} {
		p := readPkg(t, write(t, fixture(), Options{Style: st}))
		want := []string{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
			"word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/fontTable.xml", "word/footnotes.xml",
			"word/header1.xml", "word/header2.xml", "word/footer1.xml", "word/footer2.xml", "word/_rels/document.xml.rels",
			"word/_rels/footnotes.xml.rels"}
		if !slices.Equal(p.names, want) {
			t.Errorf("%s: parts\n%q\nwant\n%q", st, p.names, want)
		}
		for name, data := range p.parts {
			walk(t, name, data, func(e element) {
				if strings.HasPrefix(name, "word/") && !strings.Contains(name, "_rels") && e.name.Space != nsW && e.name.Space != nsR {
					t.Errorf("%s: element %s in namespace %q", name, e.name.Local, e.name.Space)
				}
			})
		}
		// Content types: an override for every part that is not a
		// relationship part (which the rels default covers).
		overrides := map[string]string{}
		walk(t, "types", p.parts["[Content_Types].xml"], func(e element) {
			if e.name.Local == "Override" {
				overrides[e.attrs["PartName"]] = e.attrs["ContentType"]
			}
		})
		for _, name := range p.names {
			if name == "[Content_Types].xml" || strings.HasSuffix(name, ".rels") {
				continue
			}
			if !strings.HasSuffix(overrides["/"+name], "+xml") {
				t.Errorf("%s: %s has no content type", st, name)
			}
		}
		for part := range overrides {
			if _, ok := p.parts[strings.TrimPrefix(part, "/")]; !ok {
				t.Errorf("%s: content type for missing part %s", st, part)
			}
		}
		// Relationships: targets exist, every part is reached, and every
		// r:id a part uses is one of its relationships.
		reached := map[string]bool{}
		for _, name := range p.names {
			if !strings.HasSuffix(name, ".rels") {
				continue
			}
			dir := strings.TrimSuffix(strings.TrimSuffix(name, "_rels/"+name[strings.LastIndex(name, "/")+1:]), "/")
			source := dir + "/" + strings.TrimSuffix(name[strings.LastIndex(name, "/")+1:], ".rels")
			ids := map[string]bool{}
			walk(t, name, p.parts[name], func(e element) {
				if e.name.Local != "Relationship" {
					return
				}
				ids[e.attrs["Id"]] = true
				if e.attrs["TargetMode"] == "External" {
					if !briefing.SafeLink(e.attrs["Target"]) {
						t.Errorf("%s: link to %q", st, e.attrs["Target"])
					}
					return
				}
				target := strings.TrimPrefix(dir+"/"+e.attrs["Target"], "/")
				if _, ok := p.parts[target]; !ok {
					t.Errorf("%s: %s points at missing %s", st, name, target)
				}
				reached[target] = true
			})
			if src, ok := p.parts[strings.TrimPrefix(source, "/")]; ok {
				walk(t, source, src, func(e element) {
					for k, v := range e.attrs {
						if (k == "id") && e.name.Local != "bookmarkStart" && e.name.Local != "bookmarkEnd" &&
							e.name.Local != "footnote" && e.name.Local != "footnoteReference" && !ids[v] {
							t.Errorf("%s: %s uses relationship %q it does not have", st, source, v)
						}
					}
				})
			}
		}
		for _, name := range p.names {
			if name != "[Content_Types].xml" && !strings.HasSuffix(name, ".rels") && !reached[name] {
				t.Errorf("%s: no relationship reaches %s", st, name)
			}
		}
	}
}

// TestStylesDefined checks that every style, list and footnote the parts
// refer to is defined, and that the built-in styles keep Word's names.
func TestStylesDefined(t *testing.T) {
	for _, st := range []string{briefing.StyleBriefing, briefing.StyleReport} {
		p := readPkg(t, write(t, fixture(), Options{Style: st}))
		defined := map[string]string{} // id → type
		names := map[string]string{}
		walk(t, "styles", p.parts["word/styles.xml"], func(e element) {
			if e.name.Local == "style" {
				defined[e.attrs["styleId"]] = e.attrs["type"]
			}
		})
		walk(t, "styles", p.parts["word/styles.xml"], func(e element) {})
		var last string
		walk(t, "styles", p.parts["word/styles.xml"], func(e element) {
			switch e.name.Local {
			case "style":
				last = e.attrs["styleId"]
			case "name":
				names[last] = e.attrs["val"]
			case "basedOn", "next", "link":
				if _, ok := defined[e.attrs["val"]]; !ok {
					t.Errorf("%s: style %s refers to undefined %s", st, last, e.attrs["val"])
				}
			}
		})
		for id, name := range map[string]string{"Heading1": "heading 1", "Heading2": "heading 2", "Heading3": "heading 3",
			"Title": "Title", "Subtitle": "Subtitle", "Quote": "Quote", "TOC1": "toc 1", "Header": "header", "Footer": "footer",
			"FootnoteText": "footnote text", "Hyperlink": "Hyperlink", "ListParagraph": "List Paragraph"} {
			if names[id] != name {
				t.Errorf("%s: style %s is named %q, want Word's %q", st, id, names[id], name)
			}
		}
		used := 0
		for name, data := range p.parts {
			walk(t, name, data, func(e element) {
				kind := map[string]string{"pStyle": "paragraph", "rStyle": "character", "tblStyle": "table"}[e.name.Local]
				if kind == "" || name == "word/styles.xml" {
					return
				}
				used++
				if defined[e.attrs["val"]] != kind {
					t.Errorf("%s: %s uses %s style %q, which is not defined", st, name, kind, e.attrs["val"])
				}
			})
		}
		if used < 20 {
			t.Errorf("%s: only %d style references", st, used)
		}
		nums := values(t, p.parts["word/numbering.xml"], "num", "numId")
		for _, id := range values(t, p.parts["word/document.xml"], "numId", "val") {
			if !slices.Contains(nums, id) {
				t.Errorf("%s: list %s is not in numbering.xml", st, id)
			}
		}
		notes := values(t, p.parts["word/footnotes.xml"], "footnote", "id")
		refs := values(t, p.parts["word/document.xml"], "footnoteReference", "id")
		if len(refs) != 1 {
			t.Errorf("%s: %d footnote references, want 1", st, len(refs))
		}
		for _, id := range refs {
			if !slices.Contains(notes, id) {
				t.Errorf("%s: footnote %s is not in footnotes.xml", st, id)
			}
		}
	}
}

// TestContent checks what a reader sees: the details, headings, the
// analyst's text, every excerpt exactly with its source line, Hanja and
// accented letters, the marking in every header and footer, page X / Y,
// the contents field and links to safe addresses only.
func TestContent(t *testing.T) {
	b := fixture()
	p := readPkg(t, write(t, b, Options{}))
	doc := p.parts["word/document.xml"]
	paras := paragraphs(t, doc)
	text := strings.Join(paras, "\n")
	for _, want := range []string{
		"한미동맹 주간 브리핑", "11월 넷째 주 동향", "김분석", "국방정책연구팀", "2026. 11. 25.", "대외비",
		"목차", "핵심 요약", "1. 동맹 현황", "2. 연합 방위", "3. 미래 협력", "해당 없음", "출처",
		"핵심: 한미 양국은 확장억제 실행력을 높이기로 했다.", "평가",
		"동맹 현황은 안정적이다. 다만 방위비 분담 문제가 다시 부각될 수 있다.",
		"□\t한미 국방장관 회담 결과", "○\t확장억제 실행력 강화에 합의", "-\t핵협의그룹(NCG) 정례화", "※\t세부 일정은 추후 협의",
		"동맹은 가치의 공동체다.", "NCG 4차 회의", "분담금", "8.3%",
		"— 국방안보신문 · 김하늘 기자 · 2026. 11. 18. · [1]",
		"— Pacific Defense Review · Dana Whitfield · 2026. 10. 14. · 발췌문 편집됨 · [2]",
		"[2]\tKorean shipyards keep the US Navy at sea", "검색 2026. 11. 20.",
		"javascript:alert('x')", // shown as text, not linked
	} {
		if !strings.Contains(text, want) {
			t.Errorf("document lacks %q", want)
		}
	}
	for _, tp := range b.Topics {
		for _, e := range tp.Excerpts {
			for _, para := range strings.Split(e.Text, "\n\n") {
				if !slices.Contains(paras, para) {
					t.Errorf("excerpt paragraph not a paragraph of its own: %q", para)
				}
			}
		}
	}
	for _, want := range []string{"韓美同盟", "國防", "café-side résumé", "naïve", "Škoda"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not preserved", want)
		}
	}
	if !strings.Contains(allText(t, p.parts["word/footnotes.xml"]), "국방부 발표(2026. 11. 20.) 기준.") {
		t.Error("the footnote is not in footnotes.xml")
	}
	// The marking at the top and the bottom of every page; the running
	// head and the page number after the first.
	for _, part := range []string{"word/header1.xml", "word/header2.xml", "word/footer1.xml", "word/footer2.xml"} {
		if !slices.Contains(paragraphs(t, p.parts[part]), "대외비") {
			t.Errorf("%s lacks the marking", part)
		}
	}
	if !slices.Contains(paragraphs(t, p.parts["word/footer1.xml"]), "예고문: 2027. 12. 31.까지 대외비") {
		t.Error("the declassification notice is not at the foot of the first page")
	}
	if !strings.Contains(allText(t, p.parts["word/header2.xml"]), "한미동맹 주간 브리핑\t\t2026. 11. 25.") {
		t.Error("the running head lacks the title and date")
	}
	var instr []string
	for _, part := range []string{"word/footer2.xml", "word/document.xml"} {
		instr = append(instr, instrTexts(t, p.parts[part])...)
	}
	for _, want := range []string{"PAGE", "NUMPAGES", `TOC \o "1-1" \h \z \u`} {
		if !slices.Contains(instr, want) {
			t.Errorf("no %s field among %q", want, instr)
		}
	}
	// The contents field's entries are written out: each section's
	// title is there twice, in the contents and as its heading.
	for _, title := range []string{"핵심 요약", "1. 동맹 현황", "3. 미래 협력", "출처"} {
		if n := strings.Count("\n"+text+"\n", "\n"+title+"\n"); n != 2 {
			t.Errorf("%q is %d times a paragraph of its own, want 2 (contents and heading)", title, n)
		}
	}
	if f := allText(t, p.parts["word/footer2.xml"]); !strings.Contains(f, " / ") || !strings.Contains(f, " 쪽") {
		t.Errorf("footer %q is not X / Y 쪽", f)
	}
	// Internal links land on bookmarks; external ones only on safe
	// addresses, and the unsafe ones are not links.
	marks := values(t, doc, "bookmarkStart", "name")
	anchors := values(t, doc, "hyperlink", "anchor")
	for _, a := range anchors {
		if a != "" && !slices.Contains(marks, a) {
			t.Errorf("link to missing bookmark %q", a)
		}
	}
	for _, want := range []string{"_TocSummary", "_TocTopic1", "_TocTopic3", "_TocSources", "source_1", "source_3"} {
		if !slices.Contains(anchors, want) {
			t.Errorf("nothing links to %s", want)
		}
	}
	rels := string(p.parts["word/_rels/document.xml.rels"])
	for _, want := range []string{"https://www.mnd.go.kr/", "https://news.example.kr/defense/ncg", "https://example.org/pdr/mro"} {
		if !strings.Contains(rels, `Target="`+want+`" TargetMode="External"`) {
			t.Errorf("no link to %s", want)
		}
	}
	if strings.Contains(rels, "javascript") {
		t.Error("a javascript: address became a link")
	}
	core := string(p.parts["docProps/core.xml"])
	for _, want := range []string{"<dc:title>한미동맹 주간 브리핑</dc:title>", "<dc:creator>김분석, 국방정책연구팀</dc:creator>",
		"<dc:language>ko-KR</dc:language>", "<cp:keywords>대외비, 동맹 현황, 연합 방위, 미래 협력, 2027. 12. 31.까지 대외비</cp:keywords>",
		`<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-25T00:00:00Z</dcterms:created>`} {
		if !strings.Contains(core, want) {
			t.Errorf("core properties lack %s", want)
		}
	}
	styles := string(p.parts["word/styles.xml"])
	if !strings.Contains(styles, `<w:lang w:val="en-US" w:eastAsia="ko-KR"`) || !strings.Contains(styles, `w:eastAsia="맑은 고딕"`) {
		t.Error("the document's languages or Korean face are not set")
	}
}

// TestLists checks the numbering: a numbered list starts where the
// Markdown starts it, a nested list is a level deeper, and each list is a
// numbering of its own.
func TestLists(t *testing.T) {
	p := readPkg(t, write(t, fixture(), Options{}))
	var items [][2]string // ilvl, numId of each numbered paragraph
	var cur [2]string
	walk(t, "document", p.parts["word/document.xml"], func(e element) {
		switch e.name.Local {
		case "ilvl":
			cur[0] = e.attrs["val"]
		case "numId":
			cur[1] = e.attrs["val"]
			items = append(items, cur)
		}
	})
	// The summary's bullets, then 3., 4. and the dash under 4.
	if len(items) != 5 || items[0] != items[1] || items[2] != items[3] || items[4][0] != "1" || items[4][1] == items[2][1] {
		t.Fatalf("list paragraphs %v", items)
	}
	num := string(p.parts["word/numbering.xml"])
	if !regexp.MustCompile(`<w:num w:numId="` + items[2][1] + `"><w:abstractNumId w:val="2"></w:abstractNumId><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3">`).MatchString(num) {
		t.Errorf("the numbered list does not start at 3:\n%s", num)
	}
}

// instrTexts returns the instructions of a part's fields.
func instrTexts(t testing.TB, data []byte) []string {
	t.Helper()
	var out []string
	d := xml.NewDecoder(bytes.NewReader(data))
	in := false
	for {
		tok, err := d.Token()
		if err != nil {
			return out
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			in = tok.Name.Local == "instrText"
		case xml.EndElement:
			in = false
		case xml.CharData:
			if in {
				out = append(out, strings.TrimSpace(string(tok)))
			}
		}
	}
}
