package importer

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The examples below are written for these tests: made-up names, addresses
// and events in the forms Korean and English news pages use.

// furnitureExamples are paragraphs of furniture and the kind each is.
var furnitureExamples = []struct{ text, kind string }{
	// Separators and invisible text.
	{"\u200b\u200b\u200b", furnitureSeparator},
	{"* * *", furnitureSeparator},
	{"―――", furnitureSeparator},
	{"\u00a0", furnitureSeparator},
	{"■", furnitureSeparator},

	// Korean photo credits and captions ending in one.
	{"[사진=연합뉴스]", furnitureCredit},
	{"사진=연합뉴스", furnitureCredit},
	{"(사진=독자 제공)", furnitureCredit},
	{"[사진 제공=한빛전자]", furnitureCredit},
	{"그래픽=김현서 기자", furnitureCredit},
	{"자료: 한국은행", furnitureCredit},
	{"출처: 통계청", furnitureCredit},
	{"14일 서울 여의도에서 열린 토론회에서 참석자들이 발언을 듣고 있다. [사진=연합뉴스]", furnitureCredit},
	{"[사진=연합뉴스] 14일 서울 여의도에서 열린 토론회에서 참석자들이 발언을 듣고 있다.", furnitureCredit},
	{"시민들이 광장을 걷고 있다. /연합뉴스", furnitureCredit},
	{"시민들이 광장을 걷고 있다./뉴스1", furnitureCredit},
	{"새로 문을 연 물류센터 전경. 한빛전자 제공", furnitureCredit},
	{"선수들이 결승골을 넣은 뒤 환호하고 있다. AP 연합뉴스", furnitureCredit},
	{"대표단이 회담장에 들어서고 있다. /김영원 기자", furnitureCredit},
	{"국회 본회의가 열리고 있다. 국회사진기자단", furnitureCredit},
	{"한빛전자 제공", furnitureCredit},
	{"(독자 제공)", furnitureCredit},
	{"/국방부 제공", furnitureCredit},
	{"연합뉴스", furnitureCredit},
	{"AP연합뉴스", furnitureCredit},
	{"연합뉴스 자료사진", furnitureCredit},
	{"[연합뉴스 자료사진]", furnitureCredit},
	{"게티이미지뱅크", furnitureCredit},
	{"한빛일보DB", furnitureCredit},

	// English photo credits and captions ending in one.
	{"(Photo: Reuters)", furnitureCredit},
	{"Photo: Jane Doe/Reuters", furnitureCredit},
	{"Photograph: Jane Doe for The Daily Ledger", furnitureCredit},
	{"Credit: Jane Doe", furnitureCredit},
	{"Image source, Getty Images", furnitureCredit},
	{"Image caption, Volunteers clear debris after the storm", furnitureCredit},
	{"Getty Images", furnitureCredit},
	{"AFP via Getty Images", furnitureCredit},
	{"AP Photo/Jane Doe", furnitureCredit},
	{"Jane Doe/Getty Images", furnitureCredit},
	{"Protesters gather outside the ministry on Tuesday. (AP Photo/Jane Doe)", furnitureCredit},
	{"Volunteers load sandbags near the river. John Roe/AFP via Getty Images", furnitureCredit},
	{"A ferry leaves the harbour at dawn. REUTERS/Jane Doe", furnitureCredit},
	{"Delegates arrive for the summit. (Jane Doe/Bloomberg)", furnitureCredit},
	{"The new bridge under construction. (File photo)", furnitureCredit},
	{"Photo by Jane Doe on Unsplash", furnitureCredit},
	{"Illustration by John Roe", furnitureCredit},
	{"Firefighters work through the night. Credit...Jane Doe for The Daily Ledger", furnitureCredit},

	// Korean bylines.
	{"정하늘 기자", furnitureByline},
	{"김소연 기자 soyeon@example.co.kr", furnitureByline},
	{"김소연 기자 (soyeon@example.co.kr)", furnitureByline},
	{"워싱턴=김동현 특파원", furnitureByline},
	{"[서울=뉴시스] 홍길동 기자 =", furnitureByline},
	{"(서울=연합뉴스) 홍길동 기자 =", furnitureByline},
	{"글·사진 박지은 기자", furnitureByline},
	{"김철수·이영희 기자", furnitureByline},
	{"정하늘 기자, 김소연 기자", furnitureByline},
	{"한빛일보 정하늘 선임기자", furnitureByline},
	{"정하늘 기자 구독", furnitureByline},
	{"(서울=연합뉴스)", furnitureByline},
	{"[워싱턴=뉴시스]", furnitureByline},
	{"정하늘 기자의 다른 기사 보기", furnitureByline},
	{"정하늘 기자 | 입력 2025.10.14 16:20", furnitureByline},

	// English bylines.
	{"By Jane Doe", furnitureByline},
	{"By JANE DOE", furnitureByline},
	{"By Jane Doe and John Roe, Reuters", furnitureByline},
	{"By Jane Doe - 11/18/19 11:04 PM EST", furnitureByline},
	{"By Jane Doe, Staff Writer", furnitureByline},
	{"By Jane Doe | The Daily Ledger", furnitureByline},
	{"Written by Jane Doe", furnitureByline},
	{"Reporting by Jane Doe; Editing by John Roe", furnitureByline},
	{"(Reporting by Jane Doe in Seoul; Editing by John Roe)", furnitureByline},
	{"John Roe contributed reporting.", furnitureByline},
	{"Jane Doe in Brussels contributed to this report.", furnitureByline},
	{"Staff Writer", furnitureByline},
	{"Senior Correspondent", furnitureByline},
	{"More from Jane Doe", furnitureByline},
	{"About the author", furnitureByline},

	// Date lines.
	{"기사입력 2025.10.14. 오후 4:20", furnitureDate},
	{"기사입력 2025.10.14. 오후 4:20 최종수정 2025.10.14. 오후 5:01 기사원문", furnitureDate},
	{"입력 2018.08.25 09:00 수정 2018.08.26 10:30", furnitureDate},
	{"입력 : 2018-08-25 09:00", furnitureDate},
	{"입력 2018.08.25 09:00 | 수정 2018.08.26", furnitureDate},
	{"승인 2025.03.01 12:00", furnitureDate},
	{"등록 2024-01-02 10:11:12", furnitureDate},
	{"게재 일자 : 2025년 3월 1일", furnitureDate},
	{"2025.10.14", furnitureDate},
	{"2025년 10월 14일(화) 오후 4시 20분", furnitureDate},
	{"Published Oct. 15, 2025", furnitureDate},
	{"Published 15 October 2025", furnitureDate},
	{"Updated Nov 19, 6:55 AM", furnitureDate},
	{"Updated 3 hours ago", furnitureDate},
	{"November 19, 2019 at 6:55 a.m. ET", furnitureDate},
	{"Tuesday 19 November 2019 06.55 GMT", furnitureDate},
	{"2019-11-19T06:55:00Z", furnitureDate},
	{"Published: November 19, 2019 | Last updated: November 20, 2019", furnitureDate},
	{"Reuters · Nov. 20, 2026", furnitureDate},
	{"1시간 전", furnitureDate},

	// Contact lines.
	{"soyeon@example.co.kr", furnitureContact},
	{"이메일 hong@example.com", furnitureContact},
	{"Contact the author at jane.doe@example.com", furnitureContact},
	{"제보는 카카오톡 hanbitjebo", furnitureContact},
	{"기사 제보는 이메일 jebo@example.com으로 보내주시기 바랍니다.", furnitureContact},
	{"▷ 카카오톡: @한빛일보 ▷ 이메일: jebo@example.com ▷ 전화: 02-123-4567", furnitureContact},
	{"Tel 02-123-4567", furnitureContact},
	{"Got a tip? Email us at tips@example.com", furnitureContact},

	// Copyright notices.
	{"ⓒ중앙일보, 무단 전재 및 재배포 금지", furnitureCopyright},
	{"ⓒ 한빛일보 & hanbit.example, 무단전재 및 재배포 금지", furnitureCopyright},
	{"저작권자 © 한빛일보 무단전재-재배포 금지", furnitureCopyright},
	{"<저작권자 ⓒ 1980-2025 ㈜한빛뉴스. 무단 전재 재배포 금지, AI 학습 및 활용 금지>", furnitureCopyright},
	{"Copyright © 2025 The Daily Ledger. All rights reserved.", furnitureCopyright},
	{"Copyright 2025 The Daily Ledger", furnitureCopyright},
	{"© 2025 Daily Ledger Media", furnitureCopyright},
	{"All rights reserved.", furnitureCopyright},
	{"AI 학습 이용 금지", furnitureCopyright},
	{"무단 전재 및 재배포 금지", furnitureCopyright},
	{"이 기사의 저작권은 한빛일보에 있습니다.", furnitureCopyright},
	{"This material may not be published, broadcast, rewritten or redistributed.", furnitureCopyright},
	{"선수들이 경기장에 들어서고 있다. ⓒ 뉴스1", furnitureCredit},

	// Related links.
	{"관련기사", furnitureRelated},
	{"[관련기사]", furnitureRelated},
	{"■ 관련 기사", furnitureRelated},
	{"[관련기사] 정부, 내년 예산안 국회 제출", furnitureRelated},
	{"관련 기사: 정부, 내년 예산안 국회 제출", furnitureRelated},
	{"많이 본 뉴스", furnitureRelated},
	{"Related:", furnitureRelated},
	{"Related: City council approves new budget", furnitureRelated},
	{"Read more:", furnitureRelated},
	{"READ MORE", furnitureRelated},
	{"READ MORE: City council approves new budget", furnitureRelated},
	{"Read more about our coverage of the election", furnitureRelated},
	{"More: How the budget vote unfolded", furnitureRelated},
	{"You might also like", furnitureRelated},
	{"기사 원문 보기", furnitureRelated},

	// Promotions.
	{"▶ 네이버 채널에서 한빛일보를 구독하세요", furniturePromo},
	{"▶ 한빛일보 유튜브 바로가기", furniturePromo},
	{"☞ 오늘의 핫뉴스 보러가기", furniturePromo},
	{"네이버에서 한빛일보를 구독하세요!", furniturePromo},
	{"뉴스레터 신청하기", furniturePromo},
	{"구독", furniturePromo},
	{"Subscribe", furniturePromo},
	{"Sign up for our newsletter", furniturePromo},
	{"Sign up for our morning briefing and get the news in your inbox.", furniturePromo},
	{"Get the latest headlines delivered to your inbox every morning.", furniturePromo},
	{"Click here to read the full report", furnitureRelated},
	{"Click here to see the winners", furniturePromo},
	{"Support our journalism", furniturePromo},
	{"Stay up to date with our daily briefing", furniturePromo},
	{"By The Associated Press", furnitureByline},
	{"By Reuters", furnitureByline},
	{"Write to Jane Doe at jane.doe@example.com", furnitureContact},
	{"Send questions to help@example.com.", furnitureContact},
	{"Download our app for breaking news alerts", furniturePromo},
	{"Already a subscriber? Log in", furniturePromo},
	{"Follow us on Twitter", furniturePromo},

	// Advertisements.
	{"[광고] 가을맞이 특가 여행 상품", furnitureAd},
	{"(광고)", furnitureAd},
	{"광고", furnitureAd},
	{"Advertisement", furnitureAd},
	{"ADVERTISEMENT", furnitureAd},
	{"Story continues below advertisement", furnitureAd},
	{"[AD] Spring sale on flights", furnitureAd},
	{"Sponsored: The smarter way to save", furnitureAd},

	// More bylines, credits, promotions and notices.
	{"(Reporting by Jane Doe, with reporting by John Roe; editing by Mary Major.)", furnitureByline},
	{"Additional reporting by John Roe", furnitureByline},
	{"Contributing: Jane Doe", furnitureByline},
	{"Opinion Writer", furnitureByline},
	{"by Jane Doe September 15, 2014", furnitureByline},
	{"by Mira September 15, 2014", furnitureByline},
	{"By Jane Doe, John Roe on Friday, March 5th, 2021 at 9:40 a.m.", furnitureByline},
	{"Jane Doe/Daily Ledger/Getty Images", furnitureCredit},
	{"Copyright @ 2021 The Daily Ledger.", furnitureCopyright},
	{"March 3, 2021 - 09:15 AMT", furnitureDate},
	{"Follow Jane Doe on Twitter @janedoe", furniturePromo},
	{"Want more guides like this?", furniturePromo},
	{"Get the print edition delivered every month. Click here for more information.", furniturePromo},
	{"Plenty more where that came from. Sign up today to get the free daily newsletter in your inbox.", furniturePromo},
	{"E-mail Jane Doe at jdoe@example.com with questions.", furnitureContact},
	{"Reach the reporter at twitter.com/janedoe", furnitureContact},
	{"[Related: City council approves new budget]", furnitureRelated},
	{"Related post: How the budget vote unfolded", furnitureRelated},
	{"SEE MORE: How the budget vote unfolded", furnitureRelated},
	{"More Ledger Stories", furnitureRelated},
	{"More articles from Jane Doe", furnitureRelated},
	{"Follow our full coverage of the election at https://news.example/election", furnitureRelated},
	{"twitter.com/janedoe", furnitureContact},
	{"This website uses cookies to improve your experience.", furnitureNotice},
	{"Note: we are moderating all comments this week.", furnitureNotice},
	{"This gallery requires JavaScript.", furnitureNotice},
	{"This review contains affiliate links; we may be paid when you buy.", furnitureNotice},
	{"The Ledger may earn an affiliate commission if you buy through links in this article.", furnitureNotice},
	{"5 min read", furnitureShare},
	{"Reading time: 3 minutes", furnitureShare},
	{"Image 1 of 23", furnitureShare},
	{"Tell us what you think about this story", furnitureShare},
	{"Comment (+)", furnitureShare},
	{"Close", furnitureShare},
	{"사진 확대", furnitureShare},

	// Korean portal and newspaper layouts.
	{"<저작권자(c) 한빛뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", furnitureCopyright},
	{"Copyright ⓒ 한빛일보. All rights reserved. 무단 전재 및 재배포 금지.", furnitureCopyright},
	{"[ⓒ 한빛경제 & hanbit.example, 무단전재 및 재배포 금지]", furnitureCopyright},
	{"송고시간2025-03-01 12:00", furnitureDate},
	{"입력2025.10.14. 오후 4:20 수정2025.10.14. 오후 5:01 기사원문", furnitureDate},
	{"입력 2025. 10. 14. 16:20수정 2025. 10. 14. 17:01", furnitureDate},
	{"이정민 기자 jmlee@example.com 다른기사보기", furnitureByline},
	{"[한빛일보 정하늘 기자]", furnitureByline},
	{"기사 제공 한빛일보", furnitureCredit},
	{"제공=한빛전자", furnitureCredit},
	{"언론사 홈 바로가기", furnitureRelated},
	{"기사원문", furnitureRelated},
	{"▶ 한빛일보 후원하기", furniturePromo},
	{"한빛일보 앱 다운로드", furniturePromo},
	{"이 기사는 언론사에서 정치 섹션으로 분류했습니다.", furnitureNotice},
	{"자동 추출 기술로 요약된 내용입니다. 요약 기술의 특성상 본문의 주요 내용이 제외될 수 있습니다.", furnitureNotice},
	{"쏠쏠정보 0 흥미진진 0 공감백배 0 분석탁월 0 후속강추 0", furnitureShare},
	{"추천해요 0 좋아요 0 감동이에요 0 화나요 0 슬퍼요 0", furnitureShare},
	{"글씨크기 조절하기", furnitureShare},
	{"이 기사에 대해 어떻게 생각하시나요?", furnitureShare},

	// Share and reaction widgets.
	{"공유하기", furnitureShare},
	{"좋아요", furnitureShare},
	{"댓글", furnitureShare},
	{"댓글 12", furnitureShare},
	{"좋아요 0 훈훈해요 0 슬퍼요 0 화나요 0 후속기사 원해요 0", furnitureShare},
	{"페이스북 트위터 카카오톡 링크복사", furnitureShare},
	{"글자크기 설정", furnitureShare},
	{"Share this article", furnitureShare},
	{"Share", furnitureShare},
	{"Facebook Twitter Email", furnitureShare},
	{"Share on Facebook | Share on X | Copy link", furnitureShare},
	{"Comments (24)", furnitureShare},
	{"Listen to this article", furnitureShare},
	{"Print", furnitureShare},
}

func TestFurnitureKinds(t *testing.T) {
	for _, tc := range furnitureExamples {
		if got := furnitureKind(tc.text); got != tc.kind {
			t.Errorf("furnitureKind(%q) = %q, want %q", tc.text, got, tc.kind)
		}
	}
}

// TestBodyIsNotFurniture holds sentences that mention what furniture is
// made of without being any.
// bodyExamples are paragraphs of body text.
var bodyExamples = []string{
	// Reporters, photos, credits.
	"정하늘 기자는 이날 현장을 찾아 주민들의 이야기를 들었다.",
	"[서울=뉴시스] 홍길동 기자 = 정부가 14일 내년도 예산안을 발표했다. 총지출은 올해보다 3% 늘었다.",
	"(서울=연합뉴스) 홍길동 기자 = 한국은행이 기준금리를 동결했다.",
	"사진 한 장이 온라인에서 빠르게 퍼지면서 논란이 커졌다.",
	"사진기자들은 새벽부터 현장에 나와 있었다.",
	"회사는 고객에게 무료 셔틀버스를 제공하기로 했다.",
	"무료 셔틀버스 제공",
	"맞춤형 정보 제공",
	"기자회견은 오후 2시에 시작됐다.",
	"By the end of the year, prices had doubled in most cities.",
	"By Monday, the company had withdrawn its offer.",
	"By 2030, emissions must fall by half, the report said.",
	"Photos of the flooded streets spread quickly on social media.",
	"Pictures by children from the village were displayed in the hall.",
	"The agency licensed the images to Getty Images for an undisclosed fee.",
	"Reuters reported the deal first, citing two people familiar with the matter.",
	"Credit card debt rose for the fifth straight quarter.",
	"Source code for the app was published on Tuesday.",
	"The photographer, Jane Doe, said she waited six hours for the shot.",

	// Subscriptions, promotions, advertising.
	"신문 구독자 수는 지난해보다 5% 줄었다.",
	"유료 구독 모델이 언론사의 새로운 수익원으로 떠올랐다.",
	"광고 시장이 위축되면서 방송사들의 실적이 악화됐다.",
	"More than 10,000 readers subscribe to the newsletter, the company said.",
	"Subscribers will pay $2 more a month from January.",
	"Advertisement revenue fell 10% last year as budgets shrank.",
	"Sign-ups for the program doubled after the deadline was extended, officials said.",
	"Click-through rates on the ads fell sharply.",
	"Watch closely: the central bank's statement changed one word.",

	// Copyright, related, share.
	"저작권자들은 이번 판결에 강하게 반발했다.",
	"법원은 기사를 무단 전재한 업체에 손해배상을 명령했다.",
	"음원 저작권 분쟁이 3년째 이어지고 있다.",
	"Copyright law has not kept pace with artificial intelligence, experts say.",
	"The copyright dispute dragged on for years before a settlement in 2024.",
	"관련 부처는 다음 주 대책을 내놓을 예정이다.",
	"관련 업계는 규제 완화를 환영했다.",
	"Related concerns about inflation weighed on markets.",
	"Read more closely, the ruling leaves room for appeal.",
	"More than half of respondents said they were worried.",
	"좋아요.",
	"댓글 조작 의혹이 불거지면서 경찰이 수사에 착수했다.",
	"Facebook and Twitter shares fell after the announcement.",
	"Share prices rose 4% in early trading.",

	// Dates and contacts inside sentences.
	"2025년 10월 14일 회의 결과",
	"입력 장치의 오류로 시스템이 멈췄다는 신고가 잇따랐다.",
	"Published in 1998, the novel sold a million copies.",
	"Updated guidelines will take effect on Nov. 1, the ministry said.",
	"The company can be reached at press@example.com for comment, a spokesperson said in a statement on Tuesday.",
	"제보는 익명으로 처리된다고 경찰은 설명했다.",
	"문의는 press@example.com으로 하면 된다고 회사 측은 밝혔다.",

	// Lines that start or end the way furniture does.
	"세부 정보는 다음 주 제공",
	"▲정부 ▲기업 ▲시민단체 대표들이 참석했다.",
	"▶ 신청 기간: 3월 1일~15일",
	"▶네이버: 3분기 영업이익 1조원 돌파",
	"▶ 앱 설치 방법",
	"상표 무단 사용",
	"Her email, jdoe@example.com, was hacked.",
	"Support for the measure among members of parliament fell.",
	"Watch what happened when the platform changed its rules on Facebook.",
	"More – much more – was at stake.",
	"Paid: $40 for parking, the receipt shows.",
	"By The Numbers",
	"By Christmas, the shelves were empty.",
	"By Air Force One, the president flew to the summit.",
	"김 대표는 “여러분, 구독과 좋아요 눌러 주세요”라고 말했다.",
	"“구독과 좋아요 눌러 주세요.”",
	"그는 ‘사진=증거’라는 공식은 통하지 않는다고 말했다.",
	"김 회장(사진)은 이날 기자간담회에서 신사업 계획을 밝혔다.",
	"Follow the money, investigators say.",
	"Get ready for a long winter, forecasters warn.",
	"Join us, the mayor told residents, in rebuilding the town.",
	"Source: interviews with officials suggest the plan is stalled, though no decision has been announced and the ministry declined to comment on the details of the talks this week.",

	// Near misses of the patterns above.
	"관련 기사를 참고하라는 안내문이 붙었다.",
	"2024년 12월 3일 비상계엄 선포 이후 정국은 요동쳤다.",
	"오전 9시 30분",
	"등록금 인상 2026학년도",
	"이 기사는 정정보도를 포함하고 있다.",
	"앱 설치 건수가 지난해보다 두 배로 늘었다.",
	"정부는 스타트업 후원 프로그램을 확대하기로 했다.",
	"Sign up for a streaming account costs $12 a month after the trial.",
	"Click the link in the email, the bank warned, and your account may be drained.",
	"12 March 2021 | 30 April 2021",
	"Reporting by the agency showed a sharp rise in complaints.",
	"Contributing factors included heavy rain and poor drainage.",
	"Affiliate links have become a major source of revenue for publishers, analysts say.",
	"Follow the money, and the motive becomes clear.",
	"More than 300 stories were filed from the summit.",
	"Tell us more, the judge said.",
	"Next, the committee will vote on the amendment.",
	"The reporter who was detained last year is a correspondent for a foreign newspaper.",

	"https://news.example/2019/11/18/budget-vote",
	"www.example.org",

	// Ordinary short body lines.
	"그러나 결과는 달랐다.",
	"It did not last.",
	"주한미군 순환배치 논의",
	"동맹 협의의 현주소",
	"Q. 앞으로의 계획은?",
	"1",
}

func TestBodyIsNotFurniture(t *testing.T) {
	for _, s := range bodyExamples {
		if k := furnitureKind(s); k != "" {
			t.Errorf("furnitureKind(%q) = %q, want body", s, k)
		}
	}
}

// TestFirstRunes checks the filter that spares most paragraphs the
// regexps: it never turns away what a rule's pattern matches.
func TestFirstRunes(t *testing.T) {
	texts := append([]string(nil), bodyExamples...)
	for _, tc := range furnitureExamples {
		texts = append(texts, tc.text)
	}
	filtered := 0
	for _, r := range furnitureRules() {
		if r.first == nil {
			continue
		}
		filtered++
		for _, s := range texts {
			if c, _ := utf8.DecodeRuneInString(s); r.re.MatchString(s) && !inRanges(c, r.first) {
				t.Errorf("%q matches %s but its first rune is filtered out", s, r.re)
			}
		}
	}
	if filtered < 20 {
		t.Errorf("only %d rules have a first-rune filter", filtered)
	}
}

// A long paragraph is never furniture, whatever it ends or starts with.
func TestLongParagraphsAreBody(t *testing.T) {
	long := strings.Repeat("정부는 내년 예산안에서 연구개발 투자를 늘리겠다고 밝혔다. ", 12)
	for _, s := range []string{
		long + "[사진=연합뉴스]",
		"[광고] " + long,
		long + "ⓒ한빛일보, 무단 전재 및 재배포 금지",
		"Related: " + strings.Repeat("The council voted to expand the bus network. ", 10),
	} {
		if k := furnitureKind(s); k != "" {
			t.Errorf("a %d-byte paragraph was %q", len(s), k)
		}
	}
}

func BenchmarkFurnitureKind(b *testing.B) {
	paragraphs := []string{
		strings.Repeat("정부는 내년 예산안에서 연구개발 투자를 늘리겠다고 밝혔다. ", 4),
		"The council voted on Tuesday to expand the city's bus network, adding three routes by spring.",
		"김소연 기자 soyeon@example.co.kr",
		"ⓒ한빛일보, 무단 전재 및 재배포 금지",
		"Sign up for our newsletter",
		"그러나 결과는 달랐다.",
		strings.Repeat("市政府今天召开常务会议，研究部署秋季防汛工作。", 3),
		"2018-08-25 09:00 来源：中国新闻网 作者：张三 责任编辑：李四",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paragraphs {
			furnitureKind(p)
		}
	}
}
