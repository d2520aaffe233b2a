package hwpx

import (
	"archive/zip"
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/handout"
)

// TestPackage checks the package as the format wants it: the mimetype
// first and stored, the entries in Hancom Office's order, every part
// well-formed XML, the container pointing to content.hpf, whose manifest
// names parts that exist and whose spine reads the header then the section.
func TestPackage(t *testing.T) {
	for _, style := range []string{briefing.StyleBriefing, briefing.StyleReport} {
		data := export(t, sampleBriefing(t, "ko"), Options{Style: style})
		if !bytes.HasPrefix(data, []byte("PK\x03\x04")) || string(data[30:38+len(mimetype)]) != "mimetype"+mimetype {
			t.Errorf("%s: the first bytes are not the stored mimetype: %q", style, data[:80])
		}
		p := openPkg(t, data)
		want := []string{partMimetype, partVersion, partHeader, partSection, partPreview, partSettings, partContainer, partContent, partManifest}
		if !slices.Equal(p.names, want) {
			t.Fatalf("%s: entries %v, want %v", style, p.names, want)
		}
		if string(p.files[partMimetype]) != "application/hwp+zip" {
			t.Errorf("mimetype %q", p.files[partMimetype])
		}
		for _, name := range []string{partMimetype, partVersion} {
			if p.methods[name] != zip.Store {
				t.Errorf("%s is compressed", name)
			}
		}
		if p.methods[partSection] != zip.Deflate {
			t.Errorf("the section is stored")
		}
		parts := map[string]*node{}
		for _, name := range p.names {
			if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".hpf") {
				parts[name] = parseXML(t, name, p.files[name])
			}
		}
		var roots []string
		for _, rf := range parts[partContainer].all("rootfile") {
			roots = append(roots, rf.attrs["full-path"])
		}
		if len(roots) == 0 || roots[0] != partContent {
			t.Errorf("container's root files %v", roots)
		}
		for _, r := range roots {
			if _, ok := p.files[r]; !ok {
				t.Errorf("container names %s, which is not in the package", r)
			}
		}
		hrefs := map[string]string{}
		for _, it := range parts[partContent].all("item") {
			hrefs[it.attrs["id"]] = it.attrs["href"]
			if _, ok := p.files[it.attrs["href"]]; !ok {
				t.Errorf("manifest names %s, which is not in the package", it.attrs["href"])
			}
		}
		var spine []string
		for _, ref := range parts[partContent].all("itemref") {
			spine = append(spine, hrefs[ref.attrs["idref"]])
		}
		if !slices.Equal(spine, []string{partHeader, partSection}) {
			t.Errorf("reading order %v", spine)
		}
		if title := parts[partContent].all("title"); len(title) != 1 || title[0].text != sampleBriefing(t, "ko").Details.Title {
			t.Errorf("title %v", title)
		}
		if strings.Contains(string(p.files[partSection]), "linesegarray") || strings.Contains(string(p.files[partHeader]), "lineseg") {
			t.Errorf("%s: a line-layout cache was written", style)
		}
		if prv := string(p.files[partPreview]); !strings.Contains(prv, "\r\n") || !strings.Contains(prv, sampleBriefing(t, "ko").Details.Title) {
			t.Errorf("preview text %.100q", prv)
		}
	}
}

// TestEveryReferenceIsDefined checks that every id the header and the
// section refer to is defined in header.xml, and that every itemCnt and
// fontCnt counts what it holds.
func TestEveryReferenceIsDefined(t *testing.T) {
	for _, style := range []string{briefing.StyleBriefing, briefing.StyleReport} {
		r := readHandout(t, export(t, sampleBriefing(t, "ko"), Options{Style: style}))
		ids := func(name string) map[string]bool {
			out := map[string]bool{}
			for _, n := range r.head.all(name) {
				if out[n.attrs["id"]] {
					t.Errorf("%s id %s defined twice", name, n.attrs["id"])
				}
				out[n.attrs["id"]] = true
			}
			return out
		}
		chars, paras, fills, styles := ids("charPr"), ids("paraPr"), ids("borderFill"), ids("style")
		numberings, bullets := ids("numbering"), ids("bullet")
		for _, n := range allElements(r.head) {
			if c, ok := n.attrs["itemCnt"]; ok && c != strconv.Itoa(len(n.kids)) {
				t.Errorf("%s itemCnt=%s holds %d", n.name, c, len(n.kids))
			}
			if c, ok := n.attrs["fontCnt"]; ok && c != strconv.Itoa(len(n.kids)) {
				t.Errorf("%s %s fontCnt=%s holds %d", n.name, n.attrs["lang"], c, len(n.kids))
			}
		}
		fonts := map[string]map[string]bool{}
		for _, ff := range r.head.all("fontface") {
			fonts[strings.ToLower(ff.attrs["lang"])] = map[string]bool{}
			for _, f := range ff.kids {
				fonts[strings.ToLower(ff.attrs["lang"])][f.attrs["id"]] = true
			}
		}
		if len(fonts) != 7 {
			t.Errorf("font faces for %d language groups, want 7", len(fonts))
		}
		check := func(n *node, attr string, defined map[string]bool) {
			if v, ok := n.attrs[attr]; ok && !defined[v] && v != "4294967295" {
				t.Errorf("%s: <%s %s=%q> is not defined", style, n.name, attr, v)
			}
		}
		outline := r.sec.all("secPr")[0].attrs["outlineShapeIDRef"]
		if !numberings[outline] {
			t.Errorf("outline shape %s is not defined", outline)
		}
		for _, root := range []*node{r.head, r.sec} {
			for _, n := range allElements(root) {
				check(n, "charPrIDRef", chars)
				check(n, "paraPrIDRef", paras)
				check(n, "borderFillIDRef", fills)
				check(n, "styleIDRef", styles)
				check(n, "nextStyleIDRef", styles)
				if n.name == "fontRef" {
					for lang, v := range n.attrs {
						if !fonts[lang][v] {
							t.Errorf("fontRef %s=%s is not defined", lang, v)
						}
					}
				}
				if n.name == "heading" {
					switch n.attrs["type"] {
					case "BULLET":
						check(n, "idRef", bullets)
					case "NUMBER":
						check(n, "idRef", numberings)
					case "OUTLINE", "NONE":
						if n.attrs["idRef"] != "0" {
							t.Errorf("heading %v", n.attrs)
						}
					default:
						t.Errorf("heading type %q", n.attrs["type"])
					}
				}
			}
		}
		begins := map[string]bool{}
		for _, f := range r.sec.all("fieldBegin") {
			begins[f.attrs["id"]+"/"+f.attrs["fieldid"]] = true
		}
		ends := r.sec.all("fieldEnd")
		if len(ends) != len(begins) || len(ends) == 0 {
			t.Errorf("%d field ends for %d beginnings", len(ends), len(begins))
		}
		for _, e := range ends {
			if !begins[e.attrs["beginIDRef"]+"/"+e.attrs["fieldid"]] {
				t.Errorf("field end %v has no beginning", e.attrs)
			}
		}
	}
}

func allElements(n *node) []*node {
	out := []*node{n}
	for _, k := range n.kids {
		out = append(out, allElements(k)...)
	}
	return out
}

// TestPageSetup checks the first paragraph: the paper, the margins, the
// marking at the top and the bottom of every page, and the page numbers.
func TestPageSetup(t *testing.T) {
	b := sampleBriefing(t, "ko")
	for paper, size := range map[string][2]string{briefing.PaperA4: {"59528", "84188"}, briefing.PaperLetter: {"61200", "79200"}} {
		r := readHandout(t, export(t, b, Options{Paper: paper}))
		first := r.paras[0]
		sp := first.all("secPr")
		if len(sp) != 1 || len(r.sec.all("secPr")) != 1 {
			t.Fatalf("%s: the first paragraph has %d secPr, the section %d", paper, len(sp), len(r.sec.all("secPr")))
		}
		pp := sp[0].all("pagePr")[0]
		if pp.attrs["width"] != size[0] || pp.attrs["height"] != size[1] {
			t.Errorf("%s: page %s × %s, want %v", paper, pp.attrs["width"], pp.attrs["height"], size)
		}
		m := pp.all("margin")[0].attrs
		if m["top"] != "2835" || m["bottom"] != "2835" || m["header"] == "0" || m["footer"] == "0" {
			t.Errorf("%s: margins %v", paper, m)
		}
		headers, footers := first.all("header"), first.all("footer")
		if len(headers) != 1 || len(footers) != 1 || headers[0].attrs["applyPageType"] != "BOTH" || footers[0].attrs["applyPageType"] != "BOTH" {
			t.Fatalf("%s: %d headers and %d footers", paper, len(headers), len(footers))
		}
		if got := headerTexts(headers[0]); len(got) == 0 || got[0] != "대외비" {
			t.Errorf("header %q, want the marking first", got)
		}
		got := headerTexts(footers[0])
		if len(got) != 2 || got[1] != "대외비" || got[0] != " /  쪽" {
			t.Errorf("footer %q, want the page number line and the marking", got)
		}
		var kinds []string
		for _, n := range footers[0].all("autoNum") {
			kinds = append(kinds, n.attrs["numType"])
		}
		if !slices.Equal(kinds, []string{"PAGE", "TOTAL_PAGE"}) {
			t.Errorf("page numbers %v", kinds)
		}
	}
	b.Details.Marking = ""
	r := readHandout(t, export(t, b, Options{Style: briefing.StyleReport}))
	if strings.Contains(string(r.pkg.files[partSection]), "hp:header") || len(r.paras[0].all("footer")) != 1 {
		t.Errorf("an unmarked report has a header, or lost its footer")
	}
}

func headerTexts(n *node) []string {
	var out []string
	for _, p := range n.all("p") {
		out = append(out, p.plain())
	}
	return out
}

// TestBriefingStyle checks what a reader of the briefing style sees, in
// order: the cover, the summary, numbered topics as outline paragraphs,
// commentary, excerpts in their style each followed by its source line,
// and the source list with links.
func TestBriefingStyle(t *testing.T) {
	b := sampleBriefing(t, "ko")
	r := readHandout(t, export(t, b, Options{}))
	if r.style(r.paras[1]) != "제목" || r.paras[1].plain() != b.Details.Title {
		t.Errorf("the cover does not open with the title:\n%s", r.dump())
	}
	for _, want := range []string{"2027. 12. 31.까지 대외비", "김분석", "국방정책연구팀", "2026. 11. 25."} {
		if len(r.find(want)) == 0 {
			t.Errorf("the cover lacks %q", want)
		}
	}
	var headings []string
	for _, p := range r.paras {
		if r.style(p) == "개요 1" {
			headings = append(headings, p.plain())
			if h := r.paraPrs[p.attrs["paraPrIDRef"]].all("heading")[0]; h.attrs["type"] != "OUTLINE" || h.attrs["level"] != "0" {
				t.Errorf("heading %q is not outline level 1: %v", p.plain(), h.attrs)
			}
		}
	}
	want := []string{"핵심 요약"}
	for i, tp := range b.Topics {
		want = append(want, strconv.Itoa(i+1)+". "+tp.Title)
	}
	want = append(want, "출처")
	if !slices.Equal(headings, want) {
		t.Errorf("headings %q, want %q", headings, want)
	}
	if r.find("핵심 요약")[0].attrs["pageBreak"] != "1" || r.find("1. " + b.Topics[0].Title)[0].attrs["pageBreak"] != "0" {
		t.Error("the summary does not start a page after the cover, or the first topic starts another")
	}
	checkExcerpts(t, r, b)
	// The source list: every cited article with its address as a link.
	for i, a := range b.Cited() {
		if ps := r.find("[" + strconv.Itoa(i+1) + "]  " + a.Title); len(ps) != 1 || r.style(ps[0]) != "출처 목록" {
			t.Errorf("source %d %q is not listed once", i+1, a.Title)
		}
		if a.URL != "" && !linked(r, a.URL) {
			t.Errorf("source %d's address %s is not a link", i+1, a.URL)
		}
	}
}

// checkExcerpts checks that every excerpt's text is in the excerpt style,
// shaded, and followed by its source line with its citation number.
func checkExcerpts(t *testing.T, r *readBack, b *briefing.Briefing) {
	t.Helper()
	cites := map[string]int{}
	for i, a := range b.Cited() {
		cites[a.ID] = i + 1
	}
	n := 0
	for i, p := range r.paras {
		if r.style(p) != "발췌" {
			continue
		}
		n++
		if border := r.paraPrs[p.attrs["paraPrIDRef"]].all("border")[0].attrs; border["borderFillIDRef"] != strconv.Itoa(bfExcerpt) {
			t.Errorf("excerpt %q is not shaded: %v", p.plain(), border)
		}
		next := r.paras[i+1]
		if r.style(next) == "발췌" {
			continue // the next paragraph of the same excerpt
		}
		if r.style(next) != "출처 표시" || !strings.HasPrefix(next.plain(), "— ") || !strings.Contains(next.plain(), "[") {
			t.Errorf("excerpt %.40q is followed by %s %q", p.plain(), r.style(next), next.plain())
		}
	}
	total := 0
	for _, tp := range b.Topics {
		for _, e := range tp.Excerpts {
			paras := handout.ExcerptParagraphs(e.Text)
			total += len(paras)
			ps := r.find(paras[0])
			if len(ps) == 0 {
				t.Errorf("excerpt %.40q is missing", paras[0])
				continue
			}
			if len(ps) > 0 && r.style(ps[0]) != "발췌" {
				t.Errorf("excerpt %.40q is in style %s", paras[0], r.style(ps[0]))
			}
		}
	}
	if n != total || n == 0 {
		t.Errorf("%d paragraphs in the excerpt style, %d excerpt paragraphs", n, total)
	}
}

// linked reports whether the document links to addr.
func linked(r *readBack, addr string) bool {
	for _, f := range r.sec.all("fieldBegin") {
		for _, p := range f.all("stringParam") {
			if p.attrs["name"] == "Path" && p.text == addr {
				return f.attrs["type"] == "HYPERLINK"
			}
		}
	}
	return false
}

// TestReportStyle checks the report: the title block without a cover, the
// summary in its box, topics numbered Ⅰ., the commentary's headings 1. /
// 가. as outline levels, points as bullets from the style, and the
// excerpts gathered in the annex after every topic.
func TestReportStyle(t *testing.T) {
	b := sampleBriefing(t, "ko")
	b.Topics[2].Commentary = "# 배경\n\n□ 본문\n\n## 세부\n\n□ 하위\n\n# 전망\n\n□ 끝"
	r := readHandout(t, export(t, b, Options{Style: briefing.StyleReport}))
	if r.paras[1].plain() != b.Details.Title || len(r.find("요  약")) != 1 {
		t.Fatalf("no title block or summary box:\n%s", r.dump())
	}
	box := 0
	for _, p := range r.paras {
		if r.paraPrs[p.attrs["paraPrIDRef"]].all("border")[0].attrs["borderFillIDRef"] == strconv.Itoa(bfBox) {
			box++
		}
	}
	if box < 5 {
		t.Errorf("%d paragraphs in the summary box", box)
	}
	for i, tp := range b.Topics {
		heads := r.find(handout.RomanNumeral(i+1) + ". " + tp.Title)
		if len(heads) != 2 { // the topic, and its excerpts in the annex
			t.Errorf("topic %q appears %d times", tp.Title, len(heads))
		}
	}
	var annex []*node
	for _, p := range r.paras {
		if p.plain() == handout.For("ko").AnnexTitle {
			annex = append(annex, p)
		}
	}
	if len(annex) != 1 || annex[0].attrs["pageBreak"] != "1" {
		t.Fatal("no annex on a page of its own")
	}
	at := slices.Index(r.paras, annex[0])
	for i, p := range r.paras {
		if r.style(p) == "발췌" && i < at {
			t.Errorf("excerpt before the annex: %.40q", p.plain())
		}
	}
	if got := r.find("※ 관련 발췌"); len(got) == 0 {
		t.Error("no pointer to the annex")
	}
	checkExcerpts(t, r, b)
	for text, level := range map[string]string{"1. 배경": "1", "가. 세부": "2", "2. 전망": "1"} {
		ps := r.find(text)
		if len(ps) != 1 {
			t.Errorf("heading %q appears %d times:\n%s", text, len(ps), r.dump())
			continue
		}
		h := r.paraPrs[ps[0].attrs["paraPrIDRef"]].all("heading")[0].attrs
		if h["type"] != "OUTLINE" || h["level"] != level {
			t.Errorf("%q: heading %v, want outline level %s", text, h, level)
		}
	}
}

// TestPointsAreStyles checks that the analyst's points take their bullet
// and indent from the paragraph shape and style, not from their text.
func TestPointsAreStyles(t *testing.T) {
	r := readHandout(t, export(t, sampleBriefing(t, "ko"), Options{Style: briefing.StyleReport}))
	bullets := map[string]string{}
	for _, bl := range r.head.all("bullet") {
		bullets[bl.attrs["id"]] = bl.attrs["char"]
	}
	lastLeft := -1
	for _, c := range []struct{ text, style, mark string }{
		{"연합연습 유지", "개조식 1", "□"}, {"자유의 방패 보완", "개조식 2", "○"},
		{"사이버·우주 영역 추가", "개조식 3", "-"}, {"세부 과제", "개조식 4", "·"},
	} {
		ps := r.find(c.text)
		if len(ps) != 1 {
			t.Fatalf("%q appears %d times", c.text, len(ps))
		}
		p := ps[0]
		if r.style(p) != c.style || p.plain() != c.text {
			t.Errorf("%q: style %s, text %q", c.text, r.style(p), p.plain())
		}
		pp := r.paraPrs[p.attrs["paraPrIDRef"]]
		h := pp.all("heading")[0].attrs
		if h["type"] != "BULLET" || bullets[h["idRef"]] != c.mark {
			t.Errorf("%q: heading %v (bullet %q), want %s", c.text, h, bullets[h["idRef"]], c.mark)
		}
		left, _ := strconv.Atoi(pp.all("case")[0].all("left")[0].attrs["value"])
		if left <= lastLeft {
			t.Errorf("%q: indent %d not deeper than the level above (%d)", c.text, left, lastLeft)
		}
		lastLeft = left
	}
	note := r.find("북한 반발 가능성")[0]
	if r.style(note) != "개조식 주" {
		t.Errorf("the note is in style %s", r.style(note))
	}
}

// TestTextPreserved checks that Hangul, Hanja and accented Latin letters
// come back as written, that emphasis and links are kept, and that only an
// address a reader may follow becomes a link.
func TestTextPreserved(t *testing.T) {
	b := sampleBriefing(t, "ko")
	for _, style := range []string{briefing.StyleBriefing, briefing.StyleReport} {
		r := readHandout(t, export(t, b, Options{Style: style}))
		if len(r.find("漢字 表記와 café Ñandú 철자를 그대로 둔다.")) != 1 {
			t.Errorf("%s: Hanja or accented letters lost:\n%s", style, r.dump())
		}
		if !linked(r, "https://example.org/safe") {
			t.Errorf("%s: the safe link is not a link", style)
		}
		sec := string(r.pkg.files[partSection])
		if strings.Contains(sec, "javascript") && !strings.Contains(sec, ">위험한 주소<") {
			t.Errorf("%s: the unsafe address is more than text", style)
		}
		for _, f := range r.sec.all("fieldBegin") {
			if strings.Contains(strings.ToLower(allText(f)), "javascript") {
				t.Errorf("%s: a link to javascript:", style)
			}
		}
		if len(r.find("각주의 내용.")) != 1 {
			t.Errorf("%s: the footnote is missing", style)
		}
		table := r.sec.all("tbl")
		if len(table) != 1 || table[0].attrs["rowCnt"] != "2" || table[0].attrs["colCnt"] != "2" || !strings.Contains(table[0].plain(), "2건") {
			t.Errorf("%s: the summary's table: %d tables", style, len(table))
		}
	}
}

func allText(n *node) string {
	var sb strings.Builder
	for _, e := range allElements(n) {
		sb.WriteString(e.text)
	}
	return sb.String()
}

// TestSameBytes checks that the same briefing gives the same bytes, and a
// change in it other bytes.
func TestSameBytes(t *testing.T) {
	b := sampleBriefing(t, "ko")
	one, two := export(t, b, Options{}), export(t, b, Options{})
	if !bytes.Equal(one, two) {
		t.Error("two exports of one briefing differ")
	}
	b.Details.Title += "!"
	if bytes.Equal(one, export(t, b, Options{})) {
		t.Error("a changed title gave the same bytes")
	}
}

// TestEnglish checks an English handout: labels in English, text set
// ragged on a narrower measure.
func TestEnglish(t *testing.T) {
	b := sampleBriefing(t, "en")
	r := readHandout(t, export(t, b, Options{}))
	for _, want := range []string{"Executive summary", "Sources", "1. " + b.Topics[0].Title} {
		if len(r.find(want)) == 0 {
			t.Errorf("no %q", want)
		}
	}
	m := r.sec.all("pagePr")[0].all("margin")[0].attrs["left"]
	if left, _ := strconv.Atoi(m); left <= marginSide {
		t.Errorf("English left margin %s", m)
	}
	footer := headerTexts(r.paras[0].all("footer")[0])
	if footer[0] != "page  of " {
		t.Errorf("English footer %q", footer[0])
	}
}

// TestHostileBriefing exports a briefing full of what XML 1.0 cannot hold
// and of odd, huge Markdown: the document stays valid, and the text
// around the dropped characters survives.
func TestHostileBriefing(t *testing.T) {
	b := sampleBriefing(t, "ko")
	bad := "\x00\x01\x08\x0b\x0c\x1b\x7f\u0085\ufffe\uffff"
	b.Details.Title = "제목" + bad + "끝\t탭"
	b.Details.Marking = "대외" + bad + "비"
	b.Details.Subtitle = "<b>&amp;</b> \"인용\" 'x' ]]>"
	b.Topics[0].Title = "주제" + bad
	var huge strings.Builder
	for i := 0; i < 3000; i++ {
		huge.WriteString(strings.Repeat("  ", i%12) + "- 항목 " + strconv.Itoa(i) + bad + " 😀 [x](javascript:alert(1))\n")
		if i%50 == 0 {
			huge.WriteString("\n> > > 깊은 인용\n\n| a | b |\n|---|\n| 1 | 2 | 3 |\n\n```\n코드" + bad + "\n```\n\n")
		}
	}
	b.Topics[1].Commentary = huge.String()
	b.Summary = "[^x]\n\n[^x]: " + bad + "\n\n# \n\n□\n○ \n※"
	if len(b.Topics[0].Excerpts) > 0 {
		b.Topics[0].Excerpts[0].Text = "발췌" + bad + "\n\n\n\n두 번째" + bad
	}
	b.Articles[0].URL = "javascript:alert(1)"
	b.Articles[1].Title = "기사" + bad
	for _, style := range []string{briefing.StyleBriefing, briefing.StyleReport} {
		data := export(t, b, Options{Style: style})
		r := readHandout(t, data) // every part well-formed, or the test fails
		for _, name := range r.pkg.names {
			if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".hpf") {
				parseXML(t, name, r.pkg.files[name])
			}
			for _, c := range r.pkg.files[name] {
				if c < 0x20 && c != '\n' && c != '\r' && c != '\t' {
					t.Errorf("%s: %s holds the control character %#x", style, name, c)
					break
				}
			}
		}
		if got := r.paras[1].plain(); got != "제목끝 탭" {
			t.Errorf("%s: title %q", style, got)
		}
		if got := headerTexts(r.paras[0].all("footer")[0]); got[len(got)-1] != "대외비" {
			t.Errorf("%s: marking %q", style, got)
		}
		if linked(r, "javascript:alert(1)") {
			t.Errorf("%s: a javascript: address became a link", style)
		}
		if len(r.find("두 번째")) != 1 || len(r.find("😀")) == 0 {
			t.Errorf("%s: text lost around the dropped characters", style)
		}
	}
}
