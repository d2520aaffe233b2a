package importer

import (
	"reflect"
	"regexp"
	"testing"
	"time"
	"unicode/utf8"
)

// The bylines, notices and outlets below are made up for these tests.

func TestVisibleDates(t *testing.T) {
	cases := []struct{ line, published, updated string }{
		{"기사입력 2025.10.14. 오후 4:20", "2025-10-14", ""},
		{"기사입력 2025.10.14. 오후 4:20 최종수정 2025.10.15. 오전 9:01 기사원문", "2025-10-14", "2025-10-15"},
		{"입력 : 2018-08-25 09:00", "2018-08-25", ""},
		{"입력 2018.08.25 09:00 | 수정 2018.08.26", "2018-08-25", "2018-08-26"},
		{"입력2018.08.25 09:00수정2018.08.26 10:30", "2018-08-25", "2018-08-26"},
		{"수정 2018.08.26 10:30 입력 2018.08.25 09:00", "2018-08-25", "2018-08-26"},
		{"승인 2025.03.01 12:00", "2025-03-01", ""},
		{"등록 2024-01-02", "2024-01-02", ""},
		{"등록 2024.01.02 10:11 업데이트 2024.01.03 08:00", "2024-01-02", "2024-01-03"},
		{"게재 일자 : 2025년 3월 1일", "2025-03-01", ""},
		{"송고시간 2025-03-01 12:00", "2025-03-01", ""},
		{"송고시간2025-03-01 12:00", "2025-03-01", ""},
		{"입력2025.10.14. 오후 4:20 수정2025.10.15. 오전 9:01 기사원문", "2025-10-14", "2025-10-15"},
		{"입력 2025. 10. 14. 16:20수정 2025. 10. 14. 17:01", "2025-10-14", "2025-10-14"},
		{"정하늘 기자 | 입력 2025. 10. 14. 16:20", "2025-10-14", ""},
		{"2025년 10월 14일(화) 오후 4시 20분", "2025-10-14", ""},
		{"Published Oct. 15, 2025", "2025-10-15", ""},
		{"Published 15 October 2025", "2025-10-15", ""},
		{"Published: Oct. 15, 2025 Updated: Nov 19, 6:55 AM", "2025-10-15", "2025-11-19"},
		{"Published December 30, 2024, updated Jan. 2 at 8:00 a.m.", "2024-12-30", "2025-01-02"},
		{"Updated Nov 19, 6:55 AM", "", ""},
		{"Updated November 20, 2019", "", "2019-11-20"},
		{"November 19, 2019 at 6:55 a.m. ET", "2019-11-19", ""},
		{"November 19, 2019 (Updated November 20, 2019)", "2019-11-19", "2019-11-20"},
		{"Tuesday 19 November 2019 06.55 GMT", "2019-11-19", ""},
		{"2019-11-19T06:55:00Z", "2019-11-19", ""},
		{"By Jane Doe - 11/18/19 11:04 PM EST", "2019-11-18", ""},
		{"Posted on 19/11/2019", "2019-11-19", ""},
		{"Posted 19.11.2019, 14:02", "2019-11-19", ""},
		{"Mar. 2, 2021Updated: Mar. 4, 2021 8:05 a.m.", "2021-03-02", "2021-03-04"},
		{"PUBLISHED: 07:15, Mon, Mar 1, 2021 | UPDATED: 18:40, Tue, Mar 2, 2021", "2021-03-01", "2021-03-02"},
		{"Last modified on 1st of May, 2024", "", "2024-05-01"},

		// Nothing to read, or nothing plausible.
		{"", "", ""},
		{"어제", "", ""},
		{"Updated 3 hours ago", "", ""},
		{"입력 1985.01.01", "", ""},
		{"입력 2999.01.01", "", ""},
		{"입력 2025.02.30 09:00", "", ""},
		{"Published 32 October 2025", "", ""},
		{"전화 02-1234-5678", "", ""},
	}
	for _, tc := range cases {
		p, u := visibleDates(tc.line)
		if p != tc.published || u != tc.updated {
			t.Errorf("visibleDates(%q) = %q, %q; want %q, %q", tc.line, p, u, tc.published, tc.updated)
		}
	}
}

// A date more than a year ahead is a typo or a trap, never a publication.
func TestVisibleDatesFuture(t *testing.T) {
	soon := time.Now().AddDate(0, 6, 0)
	far := time.Now().AddDate(2, 0, 0)
	if p, _ := visibleDates("입력 " + soon.Format("2006.01.02")); p != soon.Format(time.DateOnly) {
		t.Errorf("a date six months ahead gave %q", p)
	}
	if p, _ := visibleDates("입력 " + far.Format("2006.01.02")); p != "" {
		t.Errorf("a date two years ahead gave %q", p)
	}
}

func TestPlausibleDate(t *testing.T) {
	cases := []struct {
		y, m, d int
		want    string
	}{
		{2025, 10, 14, "2025-10-14"},
		{1990, 1, 1, "1990-01-01"},
		{1989, 12, 31, ""},
		{2024, 2, 29, "2024-02-29"},
		{2025, 2, 29, ""},
		{2025, 13, 1, ""},
		{0, 11, 19, ""},
	}
	for _, tc := range cases {
		if got := plausibleDate(tc.y, tc.m, tc.d); got != tc.want {
			t.Errorf("plausibleDate(%d, %d, %d) = %q, want %q", tc.y, tc.m, tc.d, got, tc.want)
		}
	}
}

func BenchmarkVisible(b *testing.B) {
	lines := []string{
		"기사입력 2025.10.14. 오후 4:20 최종수정 2025.10.15. 오전 9:01",
		"By Jane Doe and John Roe, Reuters - Nov. 19, 2019",
		"[서울=뉴시스] 홍길동 기자 =",
		"<저작권자 ⓒ 1980-2025 ㈜한빛뉴스. 무단 전재 재배포 금지, AI 학습 및 활용 금지>",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			visibleDates(l)
			reporterFrom(l)
			copyrightOutlet(l)
		}
	}
}

// FuzzVisible checks that no text makes the readers of visible metadata or
// the furniture test fail, and that what they return has its promised form.
func FuzzVisible(f *testing.F) {
	for _, s := range []string{
		"기사입력 2025.10.14. 오후 4:20 최종수정 2025.10.15.", "By Jane Doe - 11/18/19 11:04 PM EST",
		"<저작권자 ⓒ 1980-2025 ㈜한빛뉴스. 무단 전재 재배포 금지>", "[서울=뉴시스] 홍길동 기자 =", "Updated Nov 19, 6:55 AM",
		"ⓒ", "By ", "2019/", "(c) 2025", "저작권은 에 있", "\u200b", "Mar. 2, 2021Updated: 3",
		"2018-08-25 09:00 来源：中国新闻网 作者：张三 责任编辑：李四", "本报记者欧阳明月发自上海", "文・山田 太郎", "令和元年５月１日",
		"2025/10/15 16:20 公開", "山田太郎記者", "作者：", "记者", "（2018-08-25）", "作者:a=",
	} {
		f.Add(s)
	}
	kinds := map[string]bool{"": true, furnitureSeparator: true, furnitureCredit: true, furnitureByline: true,
		furnitureDate: true, furnitureContact: true, furnitureCopyright: true, furnitureRelated: true,
		furniturePromo: true, furnitureAd: true, furnitureShare: true, furnitureNotice: true}
	fuzzLabels := regexp.MustCompile(cjkLabelPattern)
	f.Fuzz(func(t *testing.T, s string) {
		if k := furnitureKind(s); !kinds[k] {
			t.Errorf("furnitureKind(%q) = %q", s, k)
		}
		p, u := visibleDates(s)
		for _, d := range []string{p, u} {
			if d != "" {
				if _, err := time.Parse(time.DateOnly, d); err != nil {
					t.Errorf("visibleDates(%q) gave %q", s, d)
				}
			}
		}
		reporterFrom(s)
		outletName(s, s, s, s, s)
		if got, want := cjkLabelMatches(s), fuzzLabels.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("labels of %q: scan %v, search %v", s, got, want)
		}
		// The first-rune filter never turns away what a rule's pattern matches.
		for _, r := range furnitureRules() {
			if c, _ := utf8.DecodeRuneInString(s); r.first != nil && r.re.MatchString(s) && !inRanges(c, r.first) {
				t.Errorf("%q matches %s but its first rune is filtered out", s, r.re)
			}
		}
	})
}
