package importer

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// News pages put furniture inside the article: photo credits, bylines and
// date lines, reporters' addresses, copyright notices, promotions, related
// links, advertisements and share buttons. furnitureKind recognises one
// paragraph of it by its text alone, so that it works whatever the markup.
//
// It errs towards body text. A pattern is anchored at the start or the end
// of the paragraph or must make up all of it (only a few phrases no body
// sentence uses, "click here" or an affiliate disclosure, may stand
// anywhere), and applies only to paragraphs short enough that the pattern
// is most of what they say: a body sentence that mentions a reporter, a
// photo, a subscription or a copyright dispute is long, and its words are
// not where furniture puts them.

// Kinds of furniture, as furnitureKind names them.
const (
	furnitureSeparator = "separator" // no letters or digits: "* * *", zero-width spaces
	furnitureCredit    = "credit"    // photo and graphic credits, captions ending in one
	furnitureByline    = "byline"    // reporters' names, with or without a date
	furnitureDate      = "date"      // date lines: 입력/수정, Published/Updated, a bare date
	furnitureContact   = "contact"   // e-mail, telephone, news-tip lines
	furnitureCopyright = "copyright" // copyright and reuse notices
	furnitureRelated   = "related"   // related-article headings and links
	furniturePromo     = "promo"     // subscription, newsletter, app and ▶ link prompts
	furnitureAd        = "ad"        // advertisement labels and sponsored notes
	furnitureShare     = "share"     // share, reaction, comment, print and gallery widgets
	furnitureNotice    = "notice"    // site notices: cookies, comment rules, affiliate links
)

// maxFurnitureRunes bounds the paragraphs that can be furniture at all: the
// longest notices (a copyright line with its AI clause, a caption) are well
// under it, and body paragraphs over it skip every test.
const maxFurnitureRunes = 400

// furnitureRule is one pattern and the longest paragraph, in runes, it may
// decide. A pattern anchored only at the end is matched against the
// paragraph's last tailBytes, and only when they hold one of the strings it
// needs: Go's regexp has no backward search and would try it at every
// position of every paragraph. A pattern anchored at the start is tried
// only on paragraphs whose first rune can begin a match.
type furnitureRule struct {
	kind string
	max  int
	re   *regexp.Regexp
	tail bool
	need []string
	// first holds the runes a lead rule's match can start with, as
	// ranges lo, hi, lo, hi…; nil when any can.
	first []rune
}

// tailBytes is how much of a paragraph's end an end-anchored pattern sees:
// more than any credit or notice it looks for.
const tailBytes = 300

// lead returns a rule anchored at the start of a paragraph.
func lead(kind string, max int, pattern string) furnitureRule {
	r := furnitureRule{kind: kind, max: max, re: regexp.MustCompile(pattern)}
	if syn, err := syntax.Parse(pattern, syntax.Perl); err == nil {
		if ranges, nullable, ok := firstRunes(syn); ok && !nullable {
			r.first = ranges
		}
	}
	return r
}

// trailing returns a rule anchored at the end of a paragraph; need lists
// the strings, one of which the paragraph must hold for it to be tried.
func trailing(kind string, max int, pattern string, need ...string) furnitureRule {
	return furnitureRule{kind: kind, max: max, re: regexp.MustCompile(pattern), tail: true, need: need}
}

// anywhere returns a rule whose pattern may match anywhere in a short
// paragraph that holds one of need.
func anywhere(kind string, max int, pattern string, need ...string) furnitureRule {
	return furnitureRule{kind: kind, max: max, re: regexp.MustCompile(pattern), need: need}
}

// matches reports whether the rule decides s, a paragraph of n runes.
func (r furnitureRule) matches(s string, n int) bool {
	if n > r.max {
		return false
	}
	if r.tail {
		s = lastBytes(s, tailBytes)
	}
	if r.need != nil && !containsAny(s, r.need...) {
		return false
	}
	if r.first != nil {
		if c, _ := utf8.DecodeRuneInString(s); !inRanges(c, r.first) {
			return false // most paragraphs end here, before the regexp
		}
	}
	return r.re.MatchString(s)
}

// firstRunes returns the runes a match of re can start with, as ranges lo,
// hi, lo, hi…, whether re can match the empty string, and false when any
// rune can start a match.
func firstRunes(re *syntax.Regexp) (ranges []rune, nullable, ok bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return nil, false, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return nil, true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, true, true
		}
		c := re.Rune[0]
		ranges = []rune{c, c}
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
				ranges = append(ranges, f, f)
			}
		}
		return ranges, false, true
	case syntax.OpCharClass:
		return re.Rune, false, true
	case syntax.OpCapture, syntax.OpPlus:
		return firstRunes(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		ranges, _, ok = firstRunes(re.Sub[0])
		return ranges, true, ok
	case syntax.OpRepeat:
		ranges, nullable, ok = firstRunes(re.Sub[0])
		return ranges, nullable || re.Min == 0, ok
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			r, n, ok := firstRunes(sub)
			if !ok {
				return nil, false, false
			}
			ranges = append(ranges, r...)
			if !n {
				return ranges, false, true
			}
		}
		return ranges, true, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			r, n, ok := firstRunes(sub)
			if !ok {
				return nil, false, false
			}
			ranges = append(ranges, r...)
			nullable = nullable || n
		}
		return ranges, nullable, true
	}
	return nil, false, false
}

func inRanges(c rune, ranges []rune) bool {
	for i := 0; i+1 < len(ranges); i += 2 {
		if ranges[i] <= c && c <= ranges[i+1] {
			return true
		}
	}
	return false
}

// lastBytes returns about the last n bytes of s, from a rune's start.
func lastBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

const (
	// Agencies and picture libraries credited under photos.
	koreanAgencies  = `(?:[A-Z]{2,7}\s?)?(?:연합뉴스|뉴시스|뉴스1|로이터|신화|교도|게티이미지(?:뱅크|코리아)?|셔터스톡|픽사베이|언스플래시|[가-힣]{0,8}(?:취재단|기자단))|AP|AFP|EPA|UPI`
	englishAgencies = `Getty Images|AFP|AP|AP Photo|AP Images|Reuters|REUTERS|EPA(?:-EFE)?|Bloomberg|Shutterstock|Alamy(?: Stock Photo)?|Xinhua|Yonhap|Kyodo|NurPhoto|Sipa(?: USA)?|Anadolu(?: Agency)?|Redux|iStock(?:photo)?|Unsplash|Pexels|Pixabay|ZUMA(?: Press)?|Polaris|Pool`
	// A capitalised name of up to five words: a photographer.
	englishName = `[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,4}`
	// Where a caption's credit may follow its sentence.
	koreanCaptionEnd = `(?:[.!?…]\s*|(?:다|중|모습|전경|풍경)\s+)`
)

var furnitureRules = []furnitureRule{
	// Photo credits: "[사진=연합뉴스]", "사진=연합뉴스", "(사진=독자 제공)",
	// "그래픽=김현서 기자", "자료: 한국은행", "출처: 통계청".
	lead(furnitureCredit, 60, `^[\[(<【]?\s*(?:사진|그래픽|자료|영상|이미지|일러스트|캡처|출처|도표|인포그래픽|제공)\s*(?:제공|출처|캡처)?\s*[=:：/]\s*[^\[\]()<>【】]{1,40}[\])>】]?$`),
	// A caption ending in a bracketed credit: "… 발언하고 있다. [사진=연합뉴스]".
	trailing(furnitureCredit, 300, `[\[(<【]\s*(?:사진|그래픽|이미지|일러스트|영상|캡처|자료사진)\s*(?:제공)?\s*(?:[=:：/]\s*[^\[\]()<>【】]{1,40})?[\])>】]$`,
		"사진", "그래픽", "이미지", "일러스트", "영상", "캡처"),
	// A caption starting with one: "[사진=연합뉴스] 14일 서울 …".
	lead(furnitureCredit, 200, `^[\[(<【]\s*(?:사진|그래픽|이미지|일러스트|영상)\s*(?:제공)?\s*[=:：]`),
	// A caption ending in an agency or supplier: "… 있다. /연합뉴스",
	// "… 모습. 삼성전자 제공", "… 있다. AP 연합뉴스", "… 있다. /김영원 기자".
	trailing(furnitureCredit, 200, koreanCaptionEnd+`(?:/\s*(?:`+koreanAgencies+`|[가-힣]{2,4}\s?기자)|/?\s*(?:`+koreanAgencies+`)(?:\s?(?:제공|자료사진|DB))?|/?\s*(?:사진\s*)?[^\s.]{1,15}(?:\s[^\s.]{1,15})?\s?(?:제공|자료사진|DB))\s*[\])]?$`,
		"/", "제공", "자료사진", "DB", "연합뉴스", "뉴시스", "뉴스1", "로이터", "신화", "교도", "게티", "셔터스톡", "픽사베이",
		"언스플래시", "취재단", "기자단", "AP", "AFP", "EPA", "UPI"),
	// A credit alone: "연합뉴스", "AP연합뉴스", "연합뉴스 자료사진", "조선DB".
	lead(furnitureCredit, 25, `^[\[(]?\s*(?:(?:`+koreanAgencies+`)(?:\s?(?:제공|자료사진|DB))?|[가-힣A-Za-z]{2,10}\s?(?:자료사진|DB))\s*[\])]?$`),
	// English credit lines: "Photo: Reuters", "Credit: Jane Doe", "Image
	// source, Getty Images", "Photograph: Jane Doe/AP", "Credit...".
	lead(furnitureCredit, 200, `(?i)^\(?\s*(?:photo|photograph|image|picture|illustration|graphic|video|file photo|photo illustration|top image|main image|lead image|header image|cover image)s?(?:\s+(?:credit|source)s?)?\s*(?::|…|\.\.\.)`),
	lead(furnitureCredit, 100, `(?i)^\(?\s*(?:credits?|sources?|caption)\s*(?::|…|\.\.\.)`),
	lead(furnitureCredit, 300, `(?i)^(?:image|photo|media)\s+(?:source|caption|credit),`),
	lead(furnitureCredit, 120, `^(?i:(?:photo(?:graph)?s?|images?|pictures?|illustrations?|photo illustration|graphics?|video|animation|photography)\s+(?:by|from|courtesy of)\s+)\p{Lu}[^.]{0,80}$`),
	// A credit alone: "Getty Images", "AP Photo/Jane Doe", "Jane Doe/AFP via
	// Getty Images", "REUTERS/Jane Doe".
	lead(furnitureCredit, 100, `^(?:`+englishName+`\s*/\s*){0,2}(?:`+englishAgencies+`)(?:\s+via\s+Getty Images)?(?:\s*/\s*`+englishName+`)?\s*\.?$`),
	// A caption ending in a parenthesised credit: "(AP Photo/Jane Doe)",
	// "(Photo: Reuters)", "(File photo)", "(Jane Doe/Getty Images)".
	trailing(furnitureCredit, 400, `(?i)\(\s*(?:(?:ap|afp|reuters|epa|upi|xinhua|yonhap|kyodo|file|staff|courtesy|pool)\s+)?(?:photo(?:graph)?s?|images?|pictures?|illustration|file photo|credit)\b[^()]{0,80}\)\s*\.?$`, "("),
	trailing(furnitureCredit, 300, `\(\s*(?:[^()]{0,50}/\s*)?(?:`+englishAgencies+`)(?:\s+via\s+Getty Images)?(?:\s*/\s*[^()]{1,40})?\s*\)\s*\.?$`, "("),
	// "… on Tuesday. Jane Doe/Getty Images", "… AFP via Getty Images",
	// "… at dawn. REUTERS/Jane Doe", "… Credit...Jane Doe for The Ledger".
	trailing(furnitureCredit, 300, `(?:[.!?"”’]\s+|\s[-–—|]\s+)(?:`+englishName+`\s*/\s*)?(?:`+englishAgencies+`|The New York Times|The Washington Post)(?:\s+via\s+Getty Images)?(?:\s*/\s*`+englishName+`)?\s*\.?$`,
		"Getty", "AFP", "AP", "Reuters", "REUTERS", "EPA", "Bloomberg", "Shutterstock", "Alamy", "Xinhua", "Yonhap", "Kyodo",
		"NurPhoto", "Sipa", "Anadolu", "Redux", "iStock", "Unsplash", "Pexels", "Pixabay", "ZUMA", "Polaris", "Pool", "Times", "Post"),
	trailing(furnitureCredit, 400, `[.!?"”’]\s*(?i:credit\s*(?:…|\.\.\.|:)\s*)\p{Lu}[^.!?]{0,80}$`, "credit", "Credit", "CREDIT"),

	// Korean bylines: "정하늘 기자", "김소연 기자 soyeon@example.co.kr",
	// "[서울=뉴시스] 홍길동 기자 =", "워싱턴=김동현 특파원", "글·사진 박지은
	// 기자", "김철수·이영희 기자", "중앙일보 정하늘 기자 구독".
	lead(furnitureByline, 100, `^`+
		`(?:[\[(【<]\s*[^\[\]()【】<>]{1,20}\s*[\])】>]\s*)?`+
		`(?:[가-힣A-Za-z]{1,10}\s*=\s*)?`+
		`(?:(?:글|사진|영상|그래픽|정리|취재|편집)(?:\s*[·ㆍ/,]\s*(?:글|사진|영상|그래픽|정리|취재|편집))*\s*[=:]?\s*)?`+
		`(?:[가-힣A-Za-z0-9]{2,12}\s+)?`+
		koreanNames+`\s*`+koreanRoles+
		`(?:\s*[·ㆍ,]\s*`+koreanNames+`\s*`+koreanRoles+`)*`+
		`\s*=?\s*(?:[(<\[]?\s*`+emailPattern+`\s*[)>\]]?\s*)*`+
		`(?:\s*(?:다른\s*기사\s*(?:더\s*)?보기|기사\s*더\s*보기|구독|팔로우|\+))*$`),
	// A bracketed byline: "[한빛일보 정하늘 기자]".
	lead(furnitureByline, 40, `^[\[(【<]\s*(?:[가-힣A-Za-z0-9]{2,12}\s+)?`+koreanNames+`\s*`+koreanRoles+`\s*[\])】>]$`),
	// "기사 제공 한빛일보", "제공=한빛전자".
	lead(furnitureCredit, 30, `^기사\s*제공\s*[:=]?\s*\S`),
	// A dateline alone: "(서울=연합뉴스)", "[워싱턴=뉴시스]".
	lead(furnitureByline, 30, `^[\[(【]\s*[가-힣A-Za-z ]{1,12}\s*=\s*[가-힣A-Za-z0-9 ]{1,12}\s*[\])】]$`),
	lead(furnitureByline, 40, `^(?:[가-힣]{2,4}\s*)?기자\s*(?:프로필|정보|페이지|구독|의\s*다른\s*기사(?:\s*보기)?|의\s*기사\s*더\s*보기|다른\s*기사\s*보기)`),
	// "(Reporting by Jane Doe, with reporting by …; editing by John Roe)",
	// "Additional reporting by …", "Contributing: Jane Doe".
	lead(furnitureByline, 300, `^\(?(?i:(?:additional |further )?(?:reporting|writing|editing|research|compiled|produced|translated|graphics?)(?: and (?:writing|editing|reporting))? by )\p{Lu}`),
	lead(furnitureByline, 150, `^(?i:contributing(?: writers?| reporters?)?\s*:\s*)\p{Lu}`),
	// "Jane Doe contributed reporting.", "… contributed to this report."
	trailing(furnitureByline, 250, `(?i)contributed (?:reporting|research|to this (?:report|article|story))(?: from [^.]{1,40})?\.?\)?$`, "contributed"),
	lead(furnitureByline, 40, `(?i)^(?:(?:senior|chief|staff|special|foreign|political|business|tech(?:nology)?|health|science|sports|white house|national|contributing|opinion|guest|freelance)\s+)*(?:writer|reporter|correspondent|editor|columnist|contributor|producer)s?$`),
	lead(furnitureByline, 70, `(?i)^(?:about the authors?|(?:more|see more|see all|view all) (?:from|by|(?:posts|articles|stories) by) .{1,40}|[^ ]+(?: [^ ]+){0,3}'s? (?:articles|stories|posts))$`),

	// Copyright notices: "ⓒ중앙일보, 무단 전재 및 재배포 금지", "Copyright ©
	// 2025 …", "<저작권자 ⓒ …>", "이 기사의 저작권은 …에 있습니다".
	lead(furnitureCopyright, 300, `(?i)^[<\[(【]?\s*(?:ⓒ|©|\(c\)\s*\d{4}|copyright\s*(?:ⓒ|©|\(c\)|@\s*\d{4}|\d{4}|by\b)|저작권자\s*(?:ⓒ|©|\(c\)|[:：]|\s\S{1,20}\s*(?:무단|all))|\S{1,20}\s*(?:ⓒ|©))`),
	trailing(furnitureCopyright, 200, `(?i)(?:무단\s*(?:전재|복제|배포)[^가-힣]*(?:(?:및|또는)\s*)?(?:재배포|배포|복제|전재)?[^가-힣]*(?:금지|불가)|재배포\s*(?:금지|불가)|all rights reserved|ai\s*학습.{0,10}금지|불법\s*(?:전재|복제).{0,10}금지)[^가-힣A-Za-z]{0,5}$`,
		"무단", "재배포", "reserved", "Reserved", "RESERVED", "학습", "불법"),
	lead(furnitureCopyright, 150, `^(?:이\s*)?(?:기사|콘텐츠|뉴스|글)의?\s*저작권은`),
	lead(furnitureCopyright, 250, `(?i)^(?:this (?:material|article|content|story) may not be (?:published|reproduced|copied|republished|redistributed)|our standards:)`),
	// A caption ending in a copyright credit: "… 있다. ⓒ 뉴스1".
	trailing(furnitureCredit, 300, `[ⓒ©]\s*[^\sⓒ©.]{1,20}(?:\s[^\sⓒ©.]{1,20}){0,3}\s*[\])]?$`, "ⓒ", "©"),

	// Contact lines: "Tel 02-123-4567", "Got a tip?".
	lead(furnitureContact, 60, `(?i)^(?:tel|phone|telephone|fax|대표\s*전화|전화|팩스|☎|📞)\s*[.:)]?\s*[+(]?\d[\d\s().-]{6,}`),
	lead(furnitureContact, 250, `(?i)^(?:(?:e-?mail|contact|write to|reach) \S.{0,60}\bat\s+\S+@|(?:reach|contact|follow|email) (?:the )?(?:reporters?|writers?|authors?|editors?|him|her|them)\b.{0,40}\b(?:at|on|via)\b)`),
	// A social account alone: "twitter.com/janedoe".
	lead(furnitureContact, 60, `^(?:https?://)?(?:www\.)?(?:(?:twitter|x|instagram|facebook)\.com|threads\.net|bsky\.app)/@?\w+/?$`),
	lead(furnitureContact, 200, `(?i)^(?:(?:got|have|do you have) a (?:news )?(?:tip|story)\b|(?:send|share) (?:us )?(?:your )?(?:news )?tips?\b)`),

	// Related articles: "[관련기사] …", "관련 기사 ▶ …", "Related: …", "READ
	// MORE: …", "Read more about …".
	lead(furnitureRelated, 200, `^(?:[\[<【(「]\s*관련\s*(?:기사|뉴스|영상)\s*[\]>】)」]|관련\s*(?:기사|뉴스)\s*[:：▶▷>»])`),
	lead(furnitureRelated, 200, `(?i)^[\[(]?\s*(?:related(?: articles?| stor(?:y|ies)| coverage| content| news| links?| reading| posts?| videos?| topics?)?|read more|read also|also read|read next|see also|see more|also|more|more from [^:|]{1,30}|more on [^:|]{1,30}|recommended(?: reading)?|must read|don't miss|further reading|go deeper|watch|listen|trending)\s*[:|»>]\s*\S`),
	lead(furnitureRelated, 60, `(?i)^(?:more|other|recent|latest|top|popular) (?:great |top |recent |latest |popular |related )?(?:[\p{L}'’]+ )?(?:stories|articles|news|coverage|reads|videos|posts)(?: (?:from|by) .{1,40})?$`),
	lead(furnitureRelated, 200, `(?i)^(?:follow|read|see|find|get) (?:\S+ ){0,4}(?:full |complete |live |latest |more )?coverage\b.{0,80}(?:https?://|\bat\b|\bhere\b)`),
	lead(furnitureRelated, 120, `(?i)^(?:read more (?:about|on|from|at|here|in)\b|read (?:the )?(?:full|original|whole|rest of the) (?:story|article|report)\b|(?:click|tap) (?:here )?(?:to )?read (?:more|the full)\b)`),
	trailing(furnitureRelated, 40, `(?:기사|원문|전문|영상)\s*(?:원문\s*)?(?:보기|보러\s*가기|바로\s*가기)$`, "보기", "가기"),

	// Promotions: "▶ 네이버 채널에서 중앙일보를 구독하세요", "Sign up for our
	// newsletter", "Click here to …", "Download our app".
	lead(furniturePromo, 150, `^[▶▷►☞👉➤➡→⇒]\s*.*(?:구독|채널|바로\s*가기|클릭|더\s*보기|보러\s*가기|기사\s*보기|다운로드|제보|관련\s*기사|핫\s*뉴스|인기\s*기사|많이\s*본|뉴스레터|https?://|화제의|지금\s*뜨는|놓치면|후원)`),
	trailing(furniturePromo, 40, `(?:앱|어플)\s*(?:다운로드|설치)(?:하기)?$`, "앱", "어플"),
	trailing(furnitureRelated, 40, `(?:바로\s*가기|보러\s*가기)$`, "가기"),
	trailing(furniturePromo, 100, `(?:구독|팔로우|친구\s*추가|채널\s*추가|알림\s*설정|좋아요)\s*(?:하기|하세요|해\s*(?:주세요|보세요)|신청(?:하기|하세요)?|하러\s*가기|눌러\s*주세요|\s*\+)[!.~\s]*$`,
		"구독", "팔로우", "추가", "설정", "좋아요"),
	trailing(furniturePromo, 60, `(?:뉴스레터|알림|구독)\s*(?:신청|받기|설정)(?:하기|하세요)?[!.~]*$`, "뉴스레터", "알림", "구독"),
	lead(furniturePromo, 20, `^[+]?\s*(?:[가-힣]{2,4}\s*기자\s*)?구독\s*[+]?$`),
	lead(furniturePromo, 200, `(?i)^(?:(?:sign up|subscribe)(?:\s+(?:now|here|today)\b|\s*[:!.]|\s*$|\s+(?:for|to)\b.{0,60}\b(?:newsletters?|our|inbox|briefing|digest|alerts|updates|podcast|channel|daily|weekly)\b)|(?:enter your e-?mail|already a (?:subscriber|member)|start your (?:free )?trial|(?:to )?continue reading|this (?:article|story|content) is (?:for|only available to|exclusive to) (?:subscribers|members)|unlock (?:this|unlimited|full)|you(?:'ve| have) read \d|create (?:a )?free account|log ?in to (?:read|continue))\b)`),
	lead(furniturePromo, 200, `(?i)^(?:(?:get|receive|want) .{0,80}\b(?:newsletters?|in your inbox|to your inbox|news alerts|breaking news alerts)\b|`+
		`(?:join|become) (?:our|a|the) .{0,40}\b(?:members?|subscribers?|community|newsletter)\b|`+
		`support (?:our|independent|quality|local|public|trusted|this) (?:journalism|reporting|newsroom|work)\b|`+
		`(?:follow|like) (?:us|our|@\w+)\b|(?:download|get|try) (?:the|our) .{0,30}\bapp\b|`+
		`(?:enjoy(?:ed)?|like|love) (?:this|what you)\b.{0,80}\b(?:newsletter|subscribe|sign up|share)|`+
		`(?:don't|never) miss\b.{0,80}\b(?:newsletter|inbox|subscribe|sign up|alerts|updates)\b|`+
		`stay (?:informed|up to date|up-to-date|in the know|connected)\b|`+
		`follow .{1,40} on (?:twitter|x|facebook|instagram|linkedin|threads|tiktok|youtube|bluesky|snapchat)\b|`+
		`want more\b.{0,40}\?$|`+
		`(?:click|tap) here\b)`),
	// Anywhere in a short paragraph: "… Click here for more information.",
	// "… Sign up … to get the free daily newsletter."
	anywhere(furniturePromo, 200, `(?i)\b(?:click(?:ing)?|tap(?:ping)?) here\b`, "here", "HERE", "Here"),
	anywhere(furniturePromo, 250, `(?i)(?:^|[.!?]\s+)(?:sign up|subscribe)\b.*\b(?:newsletter|inbox)\b`, "ign up", "ubscribe", "IGN UP", "UBSCRIBE"),

	// Portal notices: "이 기사는 언론사에서 정치 섹션으로 분류했습니다.", the
	// summary bot's disclaimer.
	lead(furnitureNotice, 80, `^이\s*기사는\s*(?:언론사에서\s*)?\S{1,10}\s*섹션으로\s*분류`),
	lead(furnitureNotice, 200, `^(?:자동\s*추출\s*기술로\s*요약|요약\s*기술의\s*특성상)`),
	lead(furnitureShare, 40, `^이\s*기사(?:에\s*대해|를)\s*어떻게\s*생각하(?:시나요|세요|십니까)\??$|^이\s*기사를\s*추천합니다$`),

	// Site notices: cookies, comment moderation, affiliate links, scripts.
	lead(furnitureNotice, 250, `(?i)^(?:this (?:web)?site uses cookies|we use cookies|by (?:continuing to use|using) (?:this|our) (?:site|website)|(?:note:\s*)?we (?:are )?(?:temporarily )?moderat\w+ (?:all )?comments|comments (?:are|will be) (?:moderated|reviewed|closed)|this (?:slideshow|gallery|video|content|page) requires javascript|(?:please )?enable javascript)`),
	anywhere(furnitureNotice, 300, `(?i)(?:this (?:post|article|page|story|review) (?:may )?contains?|we may (?:earn|receive)|may earn (?:an?|us)|earns? (?:an? )?(?:small )?commission|if you (?:buy|purchase|click)|through (?:our|these|the) links).{0,80}(?:affiliate|commission)`, "ffiliate", "ommission", "FFILIATE", "OMMISSION"),

	// Reading time and gallery widgets: "5 min read", "Reading time: 3
	// minutes", "Image 1 of 23", "Tell us what you think".
	lead(furnitureShare, 40, `(?i)^(?:(?:estimated )?read(?:ing)? time\s*:?\s*\d+|\d+\s*(?:min(?:ute)?s?|분)\s*(?:read|읽기)|(?:image|photo|picture|slide|사진)\s*\d+\s*(?:of|/)\s*/?\s*\d+)`),
	lead(furnitureShare, 60, `(?i)^(?:tell us what you think|leave a comment|leave a reply|share your (?:thoughts|views)|join the discussion|have your say|post a comment|add a comment)\b`),

	// Advertisements: "[광고] …", "(AD) …", "Sponsored: …".
	lead(furnitureAd, 300, `(?i)^[\[(<【]\s*(?:광고|ad|pr|스폰서|협찬|sponsored|advertisement|promoted|paid content|partner content|paid post)\s*[\])>】]`),
	lead(furnitureAd, 200, `(?i)^(?:(?:sponsored|promoted)(?:\s+(?:content|post|story))?|(?:paid|partner)\s+(?:content|post|story))(?:\s+(?:by|from))?\s*[:|]`),
}

// wholeFurniture are paragraphs that are furniture when they are all the
// paragraph holds (after its edge symbols and a trailing colon).
var wholeFurniture = map[string]string{}

func init() {
	add := func(kind string, phrases ...string) {
		for _, p := range phrases {
			wholeFurniture[p] = kind
		}
	}
	add(furnitureRelated, "관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "관련 영상", "관련기사 더보기", "관련 기사 더보기",
		"추천기사", "추천 기사", "추천 뉴스", "많이 본 기사", "많이 본 뉴스", "가장 많이 본 뉴스", "인기 기사", "인기기사",
		"인기 뉴스", "주요 뉴스", "주요뉴스", "오늘의 주요뉴스", "오늘의 주요 뉴스", "이 시각 주요뉴스", "이 시각 주요 뉴스",
		"이 시각 인기 뉴스", "함께 보면 좋은 기사", "함께 보면 좋은 뉴스", "함께 읽으면 좋은 기사",
		"이 기사와 함께 많이 본 뉴스", "이 기사와 함께 많이 본 기사", "에디터 추천", "기자 추천", "랭킹 뉴스", "랭킹뉴스",
		"핫이슈", "포토 뉴스", "포토뉴스", "최신 뉴스", "최신뉴스", "실시간 뉴스", "실시간 인기 기사", "전체 기사",
		"다른 기사 보기", "기사 더보기", "더보기", "더 보기", "기사원문", "언론사 홈", "이 언론사의 주요 뉴스",
		"언론사 편집", "언론사별 많이 본 뉴스", "이 기사의 주요 키워드", "기사 섹션 분류 안내", "주요 키워드", "이전 기사", "다음 기사", "이전글", "다음글", "목록",
		"related", "related articles", "related article", "related stories", "related content", "related coverage",
		"related news", "related links", "related topics", "read more", "read next", "read also", "see also", "also read",
		"more stories", "more news", "more on this story", "more on this", "recommended", "recommended for you",
		"recommended stories", "recommended reading", "you may also like", "you might also like", "you may be interested in",
		"most read", "most popular", "most viewed", "most shared", "trending", "trending now", "top stories", "latest news",
		"latest stories", "editor's picks", "editors' picks", "what to read next", "up next", "watch next", "don't miss",
		"more videos", "more from this author", "topics", "tags", "next article", "previous article", "next story")
	add(furniturePromo, "구독", "구독하기", "기자 구독", "구독하기 +", "뉴스레터", "뉴스레터 구독", "뉴스레터 신청",
		"앱 다운로드", "앱 설치", "언론사 구독", "구독자", "subscribe", "subscribe now", "sign up", "sign up now", "newsletter", "newsletters",
		"get the app", "download the app", "log in", "sign in", "register", "create an account", "support us",
		"continue reading", "follow us", "join the conversation")
	add(furnitureAd, "광고", "(광고)", "ad", "ads", "advertisement", "advertisements", "advertising", "sponsored",
		"sponsored content", "sponsored post", "paid content", "paid post", "promoted", "partner content",
		"story continues below advertisement", "article continues below advertisement", "continue reading below",
		"article continues below", "story continues below", "scroll to continue with content", "skip advertisement",
		"ad feedback", "remove ads", "report this ad", "advertisement - scroll to continue", "스폰서", "협찬",
		"파트너 콘텐츠", "애드")
	add(furnitureShare, "close", "caption", "expand", "enlarge", "fullscreen", "full screen", "zoom", "previous", "next", "prev",
		"view gallery", "view image", "view slideshow", "open gallery", "사진 확대", "이미지 확대", "확대보기", "크게보기")
	add(furnitureByline, "by", "기자", "기자 정보", "기자 프로필", "about the author", "staff", "staff report", "wire services")
}

// shareWords are what share, reaction, comment and print widgets are made
// of; a paragraph of nothing else (and counts) is a widget. The fillers
// join them but never make one on their own.
var shareWords, shareFillers = map[string]bool{}, map[string]bool{}

func init() {
	for _, w := range strings.Fields(`공유 공유하기 좋아요 싫어요 댓글 댓글쓰기 댓글보기 댓글달기 스크랩 인쇄 인쇄하기 프린트
		글자크기 글씨크기 글자크기설정 북마크 추천 추천하기 추천해요 화나요 슬퍼요 훈훈해요 후속기사 원해요
		후속기사원해요 놀랐어요 최고예요 응원해요 감동이에요 카카오톡 카카오 카톡 페이스북 트위터 엑스 밴드 네이버밴드
		링크복사 주소복사 url복사 링크 닫기 메일 이메일 번역 듣기 기사듣기 본문듣기 음성듣기 요약 요약봇 저장 보내기
		퍼가기 신고 신고하기 확대 축소 원본보기 크게보기 작게 크게 가 가+ 가- 톡 페북 트윗 스레드 쓰레드 sns 텔레그램
		쏠쏠정보 흥미진진 공감백배 분석탁월 후속강추 응원 응원수 응원하기 구독자 본문요약봇 글씨크기조절하기
		share shares sharing facebook twitter x email e-mail mail print linkedin whatsapp reddit pinterest telegram
		messenger copy copied link links tweet pin flipboard threads bluesky comment comments reply replies save saved
		bookmark gift listen follow like likes reprints permissions sms font size a+ a-`) {
		shareWords[w] = true
	}
	for _, w := range strings.Fields(`기사 본문 사진 보통 이전 다음 목록 크기 글자 설정 음성으로 텍스트 url 복사 하기 이
		변경하기 조절하기 조절 변경 beta 베타 수
		this the to on via article story page more min read minute minutes a of and or your our view show hide post
		leave join conversation top back menu report x + -`) {
		shareFillers[w] = true
	}
}

var (
	// edgeSymbols are bullets and brackets around a heading-like paragraph.
	edgeSymbols = "■□◆◇●○◎▶▷►◀◁▲△▼▽※#*-–—•·|[](){}<>【】「」『』:：=+ "
	// invisibleText drops the characters that show nothing.
	invisibleText = strings.NewReplacer("\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "", "\u00ad", "")
)

// furnitureKind names the kind of page furniture one paragraph of article
// text is (one of the furniture… constants: "credit", "byline", "date",
// "contact", "copyright", "related", "promo", "ad", "share", "notice",
// "separator"), or returns "" when it is body text.
func furnitureKind(text string) string {
	if len(text) > 8*maxFurnitureRunes && strings.IndexFunc(text, isLetterOrDigit) >= 0 {
		return "" // long body text: nothing to normalise or test
	}
	s := text
	if !plainSpaced(s) {
		s = strings.Join(strings.Fields(invisibleText.Replace(s)), " ")
	}
	n := utf8.RuneCountInString(s)
	if strings.IndexFunc(s, isLetterOrDigit) < 0 {
		return furnitureSeparator
	}
	if n > maxFurnitureRunes {
		return ""
	}
	if k := wholeFurniture[strings.ToLower(strings.TrimRight(strings.Trim(s, edgeSymbols), ".!"))]; k != "" {
		return k
	}
	if n <= 120 && isShareWidget(s) {
		return furnitureShare
	}
	if n <= 150 && containsAny(s, tipWords...) && tipLine.MatchString(s) && isContactLine(s) {
		return furnitureContact
	}
	for _, r := range furnitureRules {
		if r.matches(s, n) {
			return r.kind
		}
	}
	if n <= 150 {
		if k := metadataLineKind(s); k != "" {
			return k
		}
		if n <= 100 && isContactLine(s) {
			return furnitureContact
		}
		if n <= 120 && isEnglishByline(s) {
			return furnitureByline
		}
		if n <= 30 && isSupplierCredit(s) {
			return furnitureCredit
		}
	}
	return ""
}

// plainSpaced reports whether s is trimmed, its only white space single
// spaces and it has no invisible characters, as squash leaves text: such
// text needs no normalising.
func plainSpaced(s string) bool {
	prev := true // a leading space is not plain
	for _, r := range s {
		switch {
		case r == ' ':
			if prev {
				return false
			}
			prev = true
		case r == '\u200b', r == '\u200c', r == '\u200d', r == '\u2060', r == '\ufeff', r == '\u00ad', unicode.IsSpace(r):
			return false
		default:
			prev = false
		}
	}
	return !prev || s == ""
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isASCIIDigit(r rune) bool { return '0' <= r && r <= '9' }

// notWidgetRune separates the words of a widget: "Comments (24)", "댓글 3",
// "Facebook | X"; "e-mail" and "A+" stay whole.
func notWidgetRune(r rune) bool { return !unicode.IsLetter(r) && r != '+' && r != '-' }

func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isShareWidget reports whether s is made only of widget words and counts,
// at least one of them a widget's own ("공유하기", "Share", "Facebook").
func isShareWidget(s string) bool {
	if last, _ := utf8.DecodeLastRuneInString(s); strings.ContainsRune(".!?。", last) && len(strings.Fields(s)) <= 2 {
		return false // "좋아요." is someone speaking
	}
	strong := false
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notWidgetRune) {
		switch {
		case shareWords[w]:
			strong = true
		case !shareFillers[w]:
			return false
		}
	}
	return strong
}

var (
	// metaLineParts split a line of metadata: "정하늘 기자 | 입력 2025.10.14",
	// "By Jane Doe - Nov. 19, 2019".
	metaLineParts = regexp.MustCompile(`\s*[|｜│·ㆍ•]\s*|\s+[-–—/]\s+|\s{2,}`)
	relativeTime  = regexp.MustCompile(`(?i)\b\d+\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?)\s+ago\b|\d+\s*(?:시간|분|일)\s*전|^(?:just now|방금\s*전?)$`)
	clockTime     = regexp.MustCompile(`\d{1,2}[:.]\d{2}`)
)

// metadataLineKind returns "date" or "byline" for a line made only of dates
// (with their labels: 입력, 수정, Published, Updated…), bylines, e-mail
// addresses and at most one short other part (the outlet's name), with a
// date among them; "" for anything else.
func metadataLineKind(s string) string {
	if strings.IndexFunc(s, isASCIIDigit) < 0 {
		return "" // every date written has a digit
	}
	var date, byline, labelled bool
	others, dates := 0, 0
	parts := []string{s}
	if strings.ContainsAny(s, "|｜│·ㆍ•-–—/") {
		parts = metaLineParts.Split(s, -1)
	}
	for _, part := range parts {
		part = strings.Trim(part, " ,;()[]")
		switch {
		case part == "" || emailAddress.FindString(part) == part:
		case isDatePart(part):
			date = true
			dates++
			labelled = labelled || visibleDateLabel.MatchString(part)
		case clockTime.MatchString(part) && onlyDateWords(part):
			// a time beside the date: "November 20, 2019 - 11:28 AMT"
		case isBylinePart(part):
			byline = true
		case others == 0 && isOutletPart(part):
			others++
		default:
			return ""
		}
	}
	switch {
	case dates > 1 && !labelled && !byline:
		return "" // "29 November 2018 | 20 January 2019": when something runs
	case date && byline:
		return furnitureByline
	case date:
		return furnitureDate
	}
	return ""
}

// isDatePart reports whether s is a date or time and nothing else, labels
// aside: "입력 2018.08.25 09:00 수정 2018.08.26", "Updated Nov 19, 6:55 AM",
// "November 19, 2019 at 6:55 a.m. ET", "2019-11-19T06:55:00Z", "3 hours ago".
func isDatePart(s string) bool {
	if strings.IndexFunc(s, isASCIIDigit) < 0 || !onlyDateWords(s) {
		return false
	}
	if _, ok := firstWrittenDate(s); ok {
		return true
	}
	return relativeTime.MatchString(s) || (visibleDateLabel.MatchString(s) && clockTime.MatchString(s))
}

// koreanDateRunes are the syllables of Korean date lines: 년 월 일 시 분,
// 오전/오후, weekdays, and the labels (기사입력, 최종수정, 업데이트, 승인, 등록,
// 게재 일자, 송고 시간, 발행, 작성, 기사원문, 1시간 전, 방금).
const koreanDateRunes = "년월일시분초오전후요화수목금토기사입력최초종정업데이트갱신승인등록게재자송고간발행작성원문보방날짜"

// timeZone is a time zone's abbreviation: EST, KST, AEDT, AMT.
var timeZone = regexp.MustCompile(`^[A-Z]{1,3}[SD]?T$`)

// englishDateWords are the words of English date lines besides numbers.
var englishDateWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`jan january feb february mar march apr april may jun june jul july aug august
		sep sept september oct october nov november dec december mon monday tue tues tuesday wed wednesday thu thur
		thurs thursday fri friday sat saturday sun sunday a p m am pm noon midnight at on of the st nd rd th utc gmt
		kst jst cet cest bst et est edt ct cst cdt mt mst mdt pt pst pdt z t published updated update posted first
		last modified created revised date ago just now hour hours hr hrs minute minutes min mins day days week
		weeks month months second seconds sec secs yesterday today`) {
		englishDateWords[w] = true
	}
}

// onlyDateWords reports whether every word of s belongs to a written date
// or its label: "기사입력 2025.10.14. 오후 4:20", "Updated Nov 19, 6:55 AM".
func onlyDateWords(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if r, _ := utf8.DecodeRuneInString(w); isHangul(r) {
			for _, r := range w {
				if !strings.ContainsRune(koreanDateRunes, r) {
					return false
				}
			}
		} else if !englishDateWords[strings.ToLower(w)] && !timeZone.MatchString(w) {
			return false
		}
	}
	return true
}

// koreanBylinePart is a byline among the parts of a metadata line.
var koreanBylinePart = regexp.MustCompile(`^(?:[\[(]\s*[^\[\]()]{1,20}\s*[\])]\s*)?(?:[가-힣A-Za-z]{1,10}\s*=\s*)?(?:[가-힣A-Za-z0-9]{2,12}\s+)?` + koreanNames + `\s*` + koreanRoles + `(?:\s*` + emailPattern + `)?$`)

func isBylinePart(s string) bool {
	return koreanBylinePart.MatchString(s) || isEnglishByline(s)
}

// isOutletPart reports whether s could be an outlet's name beside a date:
// short, no digits, no sentence.
func isOutletPart(s string) bool {
	if utf8.RuneCountInString(s) > 20 || len(strings.Fields(s)) > 3 || strings.ContainsAny(s, ".!?") {
		return false
	}
	return strings.IndexFunc(s, unicode.IsDigit) < 0
}

// isEnglishByline reports whether s is "By" and names: "By Jane Doe", "By
// Jane Doe and John Roe, Reuters", "By JANE DOE - 11/18/19 11:04 PM EST",
// "Reporting by Jane Doe; Editing by John Roe", but not "By the end of the
// year, …" or "By Monday, …".
func isEnglishByline(s string) bool {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "("), ")")
	by := englishBy.FindString(s)
	if by == "" {
		return false
	}
	s = emailAddress.ReplaceAllString(s[len(by):], " ")
	s = handle.ReplaceAllString(s, "$1")
	s = strings.ReplaceAll(s, "; Editing by ", "; ")
	s = strings.ReplaceAll(s, "; editing by ", "; ")
	dated := false
	if d, ok := firstWrittenDate(s); ok && onlyDateWords(s[d.start:]) {
		s, dated = s[:d.start], true // "By Jane Doe on Monday, November 18th, 2019 at 11:08 a.m."
	}
	parts := bylineParts.Split(strings.TrimSpace(s), -1)
	for i, part := range parts {
		part = strings.Trim(part, " .,:;()[]")
		switch {
		case part == "":
		case i == 0:
			// A single name ("By Regan") is a byline only with its date.
			single := dated && len(strings.Fields(part)) == 1 && capitalised(part) && !calendarWords.MatchString(part)
			if !isPersonName(part) && !isOrganisation(part) && !single {
				return false
			}
		case capitalised(part) || isDatePart(part):
		default:
			return false
		}
	}
	return true
}

// bylineAgencies are the names a byline may give alone: "By Reuters".
var bylineAgencies = regexp.MustCompile(`^(?:` + englishAgencies + `|CNN|BBC|NPR|CBS|NBC|ABC|AP|UPI|Yonhap)$`)

// isOrganisation reports whether s names a news organisation in a byline:
// "The Associated Press", "Staff", "Reuters"; not "The Numbers".
func isOrganisation(s string) bool {
	if bylineAgencies.MatchString(s) {
		return true
	}
	if !capitalised(s) || len(strings.Fields(s)) > 5 {
		return false
	}
	for _, w := range outletWords.FindAllString(s, -1) {
		if !strings.EqualFold(w, "the") {
			return true
		}
	}
	return false
}

// capitalised reports whether every word of s starts with a capital letter,
// a digit or is a name particle: a name, an outlet, a title.
func capitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !nameParticles[w] {
			return false
		}
	}
	return s != ""
}

var (
	contactWords = regexp.MustCompile(`(?i)이메일|메일|문의|연락처|제보|전화|팩스|카카오톡|카톡|기자|:|\b(?:e-?mail|contact|tel|phone|fax|twitter|reach|write to|at|the|author|reporter|me|us|him|her|them)\b`)
	phoneNumber  = regexp.MustCompile(`\+?\d{2,4}[-.)\s]\d{3,4}[-.\s]\d{4}`)
	tipWords     = []string{"제보", "문의", "카카오톡", "카톡", "메일", "전화", "☎"}
	tipLine      = regexp.MustCompile(`(?:제보|문의).*(?:카카오톡|카톡|이메일|메일|@|전화|☎|홈페이지|https?://|\d{2,4}-\d{3,4}-\d{4})|(?:카카오톡|카톡|이메일|메일|전화|☎).*(?:제보|문의|@|\d{2,4}-\d{3,4}-\d{4})`)
	requestEnds  = []string{"바랍니다", "주세요", "주십시오", "기다립니다", "환영합니다"}
)

// isContactLine reports whether s is a reporter's or newsroom's contact
// details: an e-mail address or telephone number with at most a few words
// of label, or a news-tip line ("제보는 카카오톡 hanbitjebo").
func isContactLine(s string) bool {
	if !strings.Contains(s, "@") && !containsAny(s, tipWords...) && strings.IndexFunc(s, isASCIIDigit) < 0 {
		return false
	}
	if endsKoreanSentence(s) && !endsRequest(s) {
		return false
	}
	if containsAny(s, tipWords...) && tipLine.MatchString(s) {
		return true
	}
	if !emailAddress.MatchString(s) && !phoneNumber.MatchString(s) {
		return false
	}
	if fields := strings.Fields(s); strings.ContainsAny(s[len(s)-1:], ".!?") && len(fields) > 2 {
		last := strings.TrimRight(fields[len(fields)-1], ".!?")
		if !emailAddress.MatchString(last) && !phoneNumber.MatchString(last) {
			return false // a sentence that gives an address
		}
	}
	rest := emailAddress.ReplaceAllString(s, " ")
	rest = phoneNumber.ReplaceAllString(rest, " ")
	rest = webAddress.ReplaceAllString(rest, " ")
	rest = contactWords.ReplaceAllString(rest, " ")
	words, runes := 0, 0
	for _, w := range strings.Fields(rest) {
		if strings.IndexFunc(w, isLetterOrDigit) >= 0 {
			words++
			runes += utf8.RuneCountInString(w)
		}
	}
	return runes <= 20 && words <= 3
}

// endsKoreanSentence reports whether s ends as a Korean sentence does
// ("…했다.", "…인가요?"), quotes and one stop aside.
func endsKoreanSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’")
	s = strings.TrimRight(s, ".!?")
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("다요까죠음", last)
}

// endsRequest reports whether s ends asking the reader for something
// ("…보내주시기 바랍니다."), as contact lines do.
func endsRequest(s string) bool {
	s = strings.TrimRight(s, ".!")
	for _, e := range requestEnds {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// supplierCredit is a credit naming who supplied a picture: "삼성전자 제공",
// "(독자 제공)", "/국방부 제공"; servedThings are what a heading such as
// "무료 셔틀버스 제공" offers instead.
var supplierCredit = regexp.MustCompile(`^[\[(<]?\s*(?:사진\s*)?/?\s*([^\s\[\]()<>]{1,15}(?:\s[^\s\[\]()<>]{1,15}){0,2})\s*제공\s*[\])>]?$`)
var servedThings = regexp.MustCompile(`(?:서비스|정보|혜택|무료|지원|기회|편의|교육|제품|할인|콘텐츠|셔틀|버스|식사|숙박|음료|간식|주차|쿠폰|상품|데이터|자료|시설|공간|일자리|교통|급식)$`)

// isSupplierCredit reports whether s is a photo credit naming who supplied
// the picture, not a heading about something provided.
func isSupplierCredit(s string) bool {
	m := supplierCredit.FindStringSubmatch(s)
	return m != nil && !servedThings.MatchString(m[1])
}
