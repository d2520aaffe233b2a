package ui

import (
	"errors"
	"fmt"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

func TestParticlesFollowTheLastSyllable(t *testing.T) {
	cases := map[string]string{
		"기사을(를) 열었습니다.":        "기사를 열었습니다.",
		"보고서.brief을(를) 열었습니다.": "보고서.brief를 열었습니다.",
		"“주간 정세”을(를) 저장":       "“주간 정세”를 저장",
		"“연합방위”(으)로 이동":        "“연합방위”로 이동",
		"“미래 협력”(으)로 이동":       "“미래 협력”으로 이동",
		"서울(으)로":               "서울로",
		"파일 3개이(가) 있습니다":       "파일 3개가 있습니다",
		"문서 1은(는)":             "문서 1은",
		"NCG과(와) 동맹":           "NCG와 동맹",
		"channel(으)로":          "channel로",
		"PDF을(를)":              "PDF를",
		"HTML(으)로":             "HTML로",
		"EUC-KR(이)라고":          "EUC-KR이라고",
		"NCG이(가)":              "NCG가",
		"기사.txt을(를)":           "기사.txt를",
		"page.html(으)로":        "page.html로",
		"page.html을(를)":        "page.html을",
		"괄호 없음":                "괄호 없음",
	}
	for in, want := range cases {
		if got := particles(in); got != want {
			t.Errorf("particles(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestErrorsInTheInterfaceLanguage(t *testing.T) {
	start(t, "ko")
	status := briefing.Because(errors.New("x"), "the server answered %s", "404 Not Found")
	cases := map[error]string{
		status: "서버 응답: 404 Not Found",
		fmt.Errorf("https://a.example/: %w", status):                                     "https://a.example/: 서버 응답: 404 Not Found",
		fmt.Errorf("page.html: %w", desk.ErrDamaged):                                     "page.html: 파일이 손상되었습니다",
		errors.Join(desk.ErrCancelled, errors.New("plain")):                              "취소됨\nplain",
		briefing.Because(nil, "the page says it is %s, but its bytes are not", "EUC-KR"): "페이지는 EUC-KR이라고 밝히지만 실제 내용은 그렇지 않습니다",
	}
	cases[cases2()] = "피드에 기사가 5건 있어 앞의 2건만 가져왔습니다(한도는 환경 설정에서 바꿀 수 있습니다)"
	for err, want := range cases {
		if got := explain(err); got != want {
			t.Errorf("explain(%q) = %q, want %q", err, got, want)
		}
	}
}

func cases2() error {
	return briefing.Because(nil, "the feed lists %d articles; the first %d were imported (the limit is a setting)", 5, 2)
}

func TestReasonSpelledAsTheText(t *testing.T) {
	start(t, "en")
	sg := briefing.Suggestion{Topic: "a", Terms: []string{"ncg", "security consultative meeting", "동맹"}, Weights: []float64{3, 2, 0.5}}
	got := reason(sg, "At the Security Consultative Meeting the NCG met; 동맹 관계도 논의했다.")
	if want := "strong: NCG, Security Consultative Meeting · weak: 동맹"; got != want {
		t.Errorf("reason %q, want %q", got, want)
	}
}

func TestReasonNamesContextAndLearning(t *testing.T) {
	start(t, "ko")
	sg := briefing.Suggestion{Topic: "a", Terms: []string{"협상"}, Weights: []float64{0.5}, Context: briefing.ContextArticle, Learned: true}
	got := reason(sg, "다음 협상은 내달 열린다.")
	if want := "약한 근거: 협상 · 기사의 나머지 부분이 이 주제를 다룸 · 내 브리핑에서 배움"; got != want {
		t.Errorf("reason %q, want %q", got, want)
	}
}
