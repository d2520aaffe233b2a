package docx

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestReportAndBriefingDiffer checks what sets the two styles apart: the
// briefing has a cover and a contents field, the report a title block, the
// summary in a box headed 요약, points to the annex with its page, the annex
// itself, and a serif body.
func TestReportAndBriefingDiffer(t *testing.T) {
	b := fixture()
	brief := readPkg(t, write(t, b, Options{Style: briefing.StyleBriefing}))
	report := readPkg(t, write(t, b, Options{Style: briefing.StyleReport}))
	bText := paragraphs(t, brief.parts["word/document.xml"])
	rText := paragraphs(t, report.parts["word/document.xml"])
	bInstr := instrTexts(t, brief.parts["word/document.xml"])
	rInstr := instrTexts(t, report.parts["word/document.xml"])

	if !slices.Contains(bText, "목차") || slices.Contains(rText, "목차") {
		t.Error("the contents belong to the briefing style only")
	}
	if !slices.Contains(bInstr, `TOC \o "1-1" \h \z \u`) || slices.Contains(rInstr, `TOC \o "1-1" \h \z \u`) {
		t.Error("the contents field belongs to the briefing style only")
	}
	if !slices.Contains(rText, "요  약") || slices.Contains(bText, "요  약") || !slices.Contains(bText, "핵심 요약") {
		t.Error("the report heads its summary 요  약, the briefing 핵심 요약")
	}
	if !strings.Contains(string(report.parts["word/document.xml"]), `<w:tblStyle w:val="SummaryBox">`) {
		t.Error("the report's summary is not in its box")
	}
	for _, want := range []string{"Ⅰ. 동맹 현황", "Ⅱ. 연합 방위", "Ⅲ. 미래 협력", "붙임  관련 기사 발췌", "가. 평가"} {
		if !slices.Contains(rText, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if !slices.Contains(rText, "※ 관련 발췌 2건: 붙임 쪽") || !slices.Contains(rInstr, `PAGEREF annex_1 \h`) {
		t.Errorf("the report's pointer to the annex is missing or lacks its page field: %q", rInstr)
	}
	// The report's annex gathers the excerpts: after its heading come
	// both of the first topic's excerpts and their sources.
	annex := slices.Index(rText, "붙임  관련 기사 발췌")
	first := slices.Index(rText, b.Topics[0].Excerpts[0].Text)
	if annex < 0 || first < annex {
		t.Errorf("the excerpts are not in the annex (annex at %d, first excerpt at %d)", annex, first)
	}
	// In the briefing, each excerpt is under its topic's heading (the
	// heading's last occurrence: the first is in the contents).
	heading := func(title string) int {
		for i := len(bText) - 1; i >= 0; i-- {
			if bText[i] == title {
				return i
			}
		}
		return -1
	}
	if e := slices.Index(bText, b.Topics[0].Excerpts[0].Text); e < heading("1. 동맹 현황") || e > heading("2. 연합 방위") {
		t.Error("the briefing's excerpts are not under their topic")
	}
	bStyles, rStyles := string(brief.parts["word/styles.xml"]), string(report.parts["word/styles.xml"])
	normalFonts := func(s string) string {
		i := strings.Index(s, "<w:rPrDefault>")
		return s[i : i+strings.Index(s[i:], "</w:rPrDefault>")]
	}
	if !strings.Contains(normalFonts(bStyles), `w:eastAsia="맑은 고딕"`) || !strings.Contains(normalFonts(rStyles), `w:eastAsia="바탕"`) {
		t.Error("the briefing's body is not in the Korean sans face, or the report's not in the serif")
	}
	if !strings.Contains(rStyles, `<w:jc w:val="center"></w:jc></w:pPr><w:rPr><w:rFonts w:ascii="Arial"`) {
		t.Error("the report's title is not centred")
	}
}

// TestPaper checks the page size of A4 and Letter and the margins of
// Korean and English handouts (an English one keeps a 380 pt measure).
func TestPaper(t *testing.T) {
	for _, c := range []struct {
		paper, lang, want string
	}{
		{briefing.PaperA4, "ko", `<w:pgSz w:w="11906" w:h="16838"></w:pgSz><w:pgMar w:top="1560" w:right="1240" w:bottom="1400" w:left="1240"`},
		{briefing.PaperLetter, "ko", `<w:pgSz w:w="12240" w:h="15840"></w:pgSz><w:pgMar w:top="1560" w:right="1240" w:bottom="1400" w:left="1240"`},
		{briefing.PaperA4, "en", `<w:pgSz w:w="11906" w:h="16838"></w:pgSz><w:pgMar w:top="1560" w:right="2153" w:bottom="1400" w:left="2153"`},
		{"", "ko", `<w:pgSz w:w="12240" w:h="15840">`}, // the briefing's own paper
	} {
		b := fixture()
		b.Details.Language = c.lang
		if c.paper == "" {
			b.Details.Paper = briefing.PaperLetter
		}
		doc := string(readPkg(t, write(t, b, Options{Paper: c.paper})).parts["word/document.xml"])
		if !strings.Contains(doc, c.want) {
			t.Errorf("%s %s: page setup lacks %s", c.paper, c.lang, c.want)
		}
	}
}

// TestEnglish checks an English handout's labels, footer and language.
func TestEnglish(t *testing.T) {
	b := fixture()
	b.Details.Language = "en"
	p := readPkg(t, write(t, b, Options{}))
	text := allText(t, p.parts["word/document.xml"])
	for _, want := range []string{"Contents", "Executive summary", "Sources", "25 November 2026", "excerpt edited"} {
		if !strings.Contains(text, want) {
			t.Errorf("English handout lacks %q", want)
		}
	}
	if f := allText(t, p.parts["word/footer2.xml"]); !strings.HasPrefix(f, "page 1 of 1") {
		t.Errorf("footer %q", f)
	}
	if !strings.Contains(string(p.parts["docProps/core.xml"]), "<dc:language>en-US</dc:language>") {
		t.Error("the document's language is not en-US")
	}
}

// TestDeterministic checks that the same briefing gives the same bytes,
// and that the package's files carry the briefing's date.
func TestDeterministic(t *testing.T) {
	for _, st := range []string{briefing.StyleBriefing, briefing.StyleReport} {
		a := write(t, fixture(), Options{Style: st})
		b := write(t, fixture().Clone(), Options{Style: st})
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two writes differ", st)
		}
	}
	other := fixture()
	other.Details.Date = "2026-11-26"
	if bytes.Equal(write(t, fixture(), Options{}), write(t, other, Options{})) {
		t.Error("the date does not reach the document")
	}
}
