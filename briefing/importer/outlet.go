package importer

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The outlet's name, as a page shows it: its site name, its publisher, its
// press logo, its copyright line; for a portal, the paper it republishes.

// copyrightMark is what starts a copyright notice: "ⓒ", "©", "저작권자 ©",
// "Copyright © 2025", "(c) 2025".
var copyrightMark = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:저작권자|copyright)\s*[:：]?\s*(?:ⓒ|©|\(c\)|@\s*\d{4})|copyright\s+(?:by\s+)?\d{4}|ⓒ|©|\(c\)\s*\d{4}|^[\s<\[(【]*저작권자(?:\s*[:：]?\s*(?:ⓒ|©|\(c\))|\s*[:：]?\s)`)
})
var (
	copyrightYears = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?:(?:19|20)\d{2}(?:\s*[-–~]\s*(?:19|20)\d{2})?\s*[,.]?\s*)+`)
	})
	copyrightOwner = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?i:by\s+)?(?:㈜|\(주\)|주식회사\s*)?\s*`) })
	copyrightEnd   = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)[,.|<>\[\](){}/&:;]|\s-\s|무단|재배포|all rights|ai\s*학습|\s(?:inc|ltd|llc)\b`)
	})
	copyrightTerms = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)무단\s*(?:전재|복제|배포|사용)|재배포|all rights reserved|학습.{0,10}금지`)
	})
	quotedTagline = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?:'[^']{1,40}'|"[^"]{1,40}"|‘[^’]{1,40}’|“[^”]{1,40}”|「[^」]{1,40}」)\s*`)
	})
	copyrightHolder = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`저작권은\s*(\S{1,30}?)\s*에\s*있`) })
)

// copyrightOutlet returns the owner a copyright notice names: "ⓒ중앙일보,
// 무단 전재 및 재배포 금지" → "중앙일보", "저작권자 © 연합뉴스 무단전재-재배포
// 금지" → "연합뉴스", "Copyright © 2025 The Washington Post. All rights
// reserved." → "The Washington Post". A text that is no copyright notice,
// or names no owner, gives "".
func copyrightOutlet(text string) string {
	s := squash(text)
	if m := copyrightHolder().FindStringSubmatch(s); m != nil {
		return outletCandidate(m[1])
	}
	loc := copyrightMark().FindStringIndex(s)
	if loc == nil || (!strings.ContainsAny(s[loc[0]:loc[1]], "ⓒ©(0123456789") && !copyrightTerms().MatchString(s)) {
		return ""
	}
	rest := strings.TrimSpace(s[loc[1]:])
	rest = strings.TrimLeft(rest, "@ ")
	rest = copyrightYears().ReplaceAllString(rest, "")
	if q := quotedTagline().FindString(rest); q != "" && len(q) < len(rest) {
		rest = strings.TrimSpace(rest[len(q):]) // "'대중문화 전문가그룹' 엔터미디어"
	}
	rest = copyrightOwner().ReplaceAllString(rest, "")
	if f := strings.Fields(rest); len(f) > 0 && hostLike().MatchString(strings.ToLower(strings.TrimRight(f[0], ".,"))) {
		return "" // a web address, not a name
	}
	if end := copyrightEnd().FindStringIndex(rest); end != nil {
		rest = rest[:end[0]]
	}
	return outletCandidate(rest)
}

// portals republish papers' articles under their own address; the article
// is the paper's.
var portals = []struct{ suffix, name string }{
	{"news.naver.com", "네이버 뉴스"},
	{"entertain.naver.com", "네이버 뉴스"},
	{"sports.naver.com", "네이버 스포츠"},
	{"v.daum.net", "다음뉴스"},
	{"news.daum.net", "다음뉴스"},
	{"news.nate.com", "네이트 뉴스"},
	{"news.zum.com", "줌 뉴스"},
}

// portalName returns the name of the news portal host belongs to, or "" for
// any other host. host may be a whole address.
func portalName(host string) string {
	h := hostOnly(host)
	for _, p := range portals {
		if h == p.suffix || strings.HasSuffix(h, "."+p.suffix) {
			return p.name
		}
	}
	return ""
}

// hostOnly returns the lower-case host of an address or host name, without
// "www." or a port.
func hostOnly(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	}
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.LastIndexByte(s, ':'); i >= 0 && !strings.Contains(s[i:], "]") {
		s = s[:i]
	}
	return strings.TrimPrefix(strings.TrimSuffix(s, "."), "www.")
}

var (
	// nameParts split "중앙일보 | 네이버 뉴스" or "The Post - Breaking News".
	nameParts = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\s+[|:–—-]\s+|\s*[|｜]\s*|\s+::\s+`) })
	// logoWords surround a press name in a logo's alternative text.
	logoWords = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^(?:logo\s+of|go\s+to|back\s+to)\s+|\s*(?:언론사\s*)?(?:로고|logo|홈페이지|홈|home\s*page|homepage|home|바로\s*가기|이미지|image)\s*$`)
	})
	// genericName are site names that name nothing.
	genericName = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^(?:home|홈|뉴스|news|기사|article|articles|logo|로고|언론사|untitled|index|main|메인|블로그|blog|본문|article page|뉴스홈)$`)
	})
	hostLike   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z0-9.-]+\.[a-z]{2,}$`) })
	portalLike = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^(?:네이버|naver|다음|daum|미디어\s*다음|카카오|kakao|네이트|nate|줌|zum)\s*(?:뉴스|news|스포츠|sports|연예|엔터)?$`)
	})
)

// outletCandidate cleans a name offered for the outlet, or returns "" when it
// names no outlet (a portal, a host name, "Home").
func outletCandidate(s string) string {
	s = strings.Trim(squash(s), " \"'“”‘’「」『』<>[]")
	for _, part := range nameParts().Split(s, -1) {
		part = strings.TrimSpace(logoWords().ReplaceAllString(strings.TrimSpace(part), ""))
		n := utf8.RuneCountInString(part)
		if n == 0 || n > 40 || genericName().MatchString(part) || hostLike().MatchString(part) || portalLike().MatchString(part) {
			continue
		}
		if strings.IndexFunc(part, unicode.IsLetter) < 0 {
			continue
		}
		return part
	}
	return ""
}

// outletName chooses the name of the outlet that published an article from
// what its page offers: siteName (og:site_name), publisher (JSON-LD
// publisher's name), logoAlt (the press logo's alt or title), copyrightLine
// (a copyright notice as the page shows it, "ⓒ중앙일보, 무단 전재…") and host
// (the page's host or address). An outlet's own page prefers its site name;
// a portal's (Naver, Daum, Nate, Zum news) prefers the paper it republishes,
// from the logo, the copyright line or the publisher, and falls back to the
// portal's name only when the page names no paper. Names that name nothing
// ("Home", "example.com", a logo's "로고") are passed over; "" when nothing
// is left.
func outletName(siteName, publisher, logoAlt, copyrightLine, host string) string {
	owner := copyrightOutlet(copyrightLine)
	candidates := []string{siteName, publisher, logoAlt, owner}
	portal := portalName(host)
	if portal != "" {
		candidates = []string{logoAlt, owner, publisher, siteName}
	}
	for _, c := range candidates {
		if n := outletCandidate(c); n != "" {
			return n
		}
	}
	return portal
}
