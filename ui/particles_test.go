package ui

import "testing"

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
		"괄호 없음":                "괄호 없음",
	}
	for in, want := range cases {
		if got := particles(in); got != want {
			t.Errorf("particles(%q) = %q, want %q", in, got, want)
		}
	}
}
