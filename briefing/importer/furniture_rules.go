package importer

import (
	"strings"
	"sync"
)

// The rules furnitureKind tries, in order, and the phrases that are
// furniture when they make up a whole paragraph.

const (
	// Agencies and picture libraries credited under photos.
	koreanAgencies  = `(?:[A-Z]{2,7}\s?)?(?:연합뉴스|뉴시스|뉴스1|로이터|신화|교도|게티이미지(?:뱅크|코리아)?|셔터스톡|픽사베이|언스플래시|[가-힣]{0,8}(?:취재단|기자단))|AP|AFP|EPA|UPI`
	englishAgencies = `Getty Images|AFP|AP|AP Photo|AP Images|Reuters|REUTERS|EPA(?:-EFE)?|Bloomberg|Shutterstock|Alamy(?: Stock Photo)?|Xinhua|Yonhap|Kyodo|NurPhoto|Sipa(?: USA)?|Anadolu(?: Agency)?|Redux|iStock(?:photo)?|Unsplash|Pexels|Pixabay|ZUMA(?: Press)?|Polaris|Pool`
	// A capitalised name of up to five words: a photographer.
	englishName = `[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,4}`
	// Where a caption's credit may follow its sentence.
	koreanCaptionEnd = `(?:[.!?…]\s*|(?:다|중|모습|전경|풍경)\s+)`
)

// furnitureRules compiles the rules the first time a page is read, not
// when a process that never reads one starts.
var furnitureRules = sync.OnceValue(func() []furnitureRule {
	return []furnitureRule{
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
})

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
