package importer

import "testing"

// The bylines below are made up for these tests.

func TestReporterFrom(t *testing.T) {
	cases := map[string]string{
		"정하늘 기자":                                     "정하늘",
		"김소연 기자 soyeon@example.co.kr":                "김소연",
		"워싱턴=김동현 특파원":                                "김동현",
		"[서울=뉴시스] 홍길동 기자 =":                          "홍길동",
		"(서울=연합뉴스) 홍길동 기자 =":                         "홍길동",
		"글·사진 박지은 기자":                                "박지은",
		"김철수·이영희 기자":                                 "김철수, 이영희",
		"김철수, 이영희 기자":                                "김철수, 이영희",
		"정하늘 기자, 김소연 기자":                             "정하늘, 김소연",
		"[한빛일보 정하늘 기자]":                              "정하늘",
		"한빛일보 정하늘 선임기자":                              "정하늘",
		"정하늘기자":                                      "정하늘",
		"정하늘 기자 | 입력 2025.10.14 16:20":               "정하늘",
		"정하늘 기자의 다른 기사 보기":                           "정하늘",
		"사진·영상 박지은 기자":                               "박지은",
		"By Jane Doe":                                "Jane Doe",
		"by Jane Doe":                                "Jane Doe",
		"By Jane Doe and John Roe, Reuters":          "Jane Doe, John Roe",
		"By Jane Doe & John Roe":                     "Jane Doe, John Roe",
		"By JANE DOE":                                "Jane Doe",
		"BY JANE O'DOE-ROE":                          "Jane O'Doe-Roe",
		"By Jane McDoe":                              "Jane McDoe",
		"By Jane Doe, Staff Writer":                  "Jane Doe",
		"By Jane Doe - 11/18/19 11:04 PM EST":        "Jane Doe",
		"By Jane Doe | Updated Nov. 19, 2019":        "Jane Doe",
		"By Jane Doe in Seoul":                       "Jane Doe",
		"By Jane Doe for The Daily Ledger":           "Jane Doe",
		"By Jane van der Doe":                        "Jane van der Doe",
		"By Kim Ha-neul":                             "Kim Ha-neul",
		"Written by Jane Doe":                        "Jane Doe",
		"Jane Doe":                                   "Jane Doe",
		"Jane Doe and John Roe":                      "Jane Doe, John Roe",
		"Kim Ha-neul kimhn@example.com":              "Kim Ha-neul",
		"Reporting by Jane Doe; Editing by John Roe": "Jane Doe",
		"(Reporting by Jane Doe and Kim Ha-neul; additional reporting by John Roe; Editing by Mary Major)": "Jane Doe, Kim Ha-neul, John Roe",
		"Additional reporting by John Roe":                              "John Roe",
		"by Mira September 15, 2014":                                    "Mira",
		"By Jane Doe, John Roe on Friday, March 5th, 2021 at 9:40 a.m.": "Jane Doe, John Roe",

		// No person named.
		"":                        "",
		"한빛일보":                    "",
		"중앙일보":                    "",
		"Reuters":                 "",
		"By Reuters":              "",
		"By Staff":                "",
		"The Associated Press":    "",
		"By The Associated Press": "",
		"Daily Ledger Staff":      "",
		"사진 기자":                   "",
		"본지 기자":                   "",
		"한빛일보 기자":                 "",
		"정하늘":                     "",
		"정하늘 기자는 현장을 찾았다.":          "",
		"By the end of the year":    "",
		"By Monday":                 "",
		"By Reuters, Nov. 19, 2019": "",
		"By Christmas":              "",
		"입력 2025.10.14":             "",
	}
	for in, want := range cases {
		if got := reporterFrom(in); got != want {
			t.Errorf("reporterFrom(%q) = %q, want %q", in, got, want)
		}
	}
}
