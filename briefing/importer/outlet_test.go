package importer

import "testing"

// The notices, outlets and hosts below are made up for these tests.

func TestCopyrightOutlet(t *testing.T) {
	cases := map[string]string{
		"ⓒ중앙일보, 무단 전재 및 재배포 금지":                                       "중앙일보",
		"ⓒ 한빛일보 & hanbit.example, 무단전재 및 재배포 금지":                      "한빛일보",
		"저작권자 © 연합뉴스 무단전재-재배포 금지":                                     "연합뉴스",
		"저작권자 ⓒ 한빛뉴스, 무단 전재 및 재배포 금지":                                 "한빛뉴스",
		"<저작권자 ⓒ 1980-2025 ㈜한빛뉴스. 무단 전재 재배포 금지, AI 학습 및 활용 금지>":       "한빛뉴스",
		"저작권자 한빛경제 무단전재 및 재배포 금지":                                     "한빛경제",
		"Copyright ⓒ 한빛경제신문 All rights reserved.":                     "한빛경제신문",
		"Copyright © 2025 The Washington Post":                        "The Washington Post",
		"Copyright © 2025 The Daily Ledger. All rights reserved.":     "The Daily Ledger",
		"Copyright 2025 The Associated Press. All rights reserved.":   "The Associated Press",
		"© 2025 Daily Ledger Media":                                   "Daily Ledger Media",
		"© 2019-2025 Ledger Holdings, Inc.":                           "Ledger Holdings",
		"(c) 2025 Daily Ledger":                                       "Daily Ledger",
		"<저작권자(c) 한빛뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>":                    "한빛뉴스",
		"Copyright ⓒ 한빛일보. All rights reserved. 무단 전재 및 재배포 금지.":      "한빛일보",
		"[ⓒ 한빛경제 & hanbit.example, 무단전재 및 재배포 금지]":                    "한빛경제",
		"Copyright @ 2021 The Daily Ledger.":                          "The Daily Ledger",
		"저작권자 ⓒ '생활문화 전문 매체' 한빛매거진(www.hanbit.example), 무단전재 및 재배포금지": "한빛매거진",
		"이 기사의 저작권은 한빛일보에 있습니다.":                                      "한빛일보",

		"":               "",
		"무단 전재 및 재배포 금지": "",
		"저작권자들은 이번 판결에 반발했다.":              "",
		"저작권자 보호를 위한 법안이 발의됐다.":            "",
		"Copyright law has not kept pace.": "",
		"All rights reserved.":             "",
		"© hanbit.example":                 "",
	}
	for in, want := range cases {
		if got := copyrightOutlet(in); got != want {
			t.Errorf("copyrightOutlet(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOutletName(t *testing.T) {
	cases := []struct {
		site, publisher, logo, copyright, host, want string
	}{
		// An outlet's own page: its site name first.
		{"한빛일보", "", "", "", "www.hanbit.example", "한빛일보"},
		{"", "Daily Ledger", "", "", "dailyledger.example", "Daily Ledger"},
		{"Daily Ledger", "Ledger Media Group", "", "", "dailyledger.example", "Daily Ledger"},
		{"The Daily Ledger - Breaking News", "", "", "", "dailyledger.example", "The Daily Ledger"},
		{"Home", "Daily Ledger", "", "", "dailyledger.example", "Daily Ledger"},
		{"dailyledger.example", "", "", "", "dailyledger.example", ""},
		{"", "", "Daily Ledger logo", "", "dailyledger.example", "Daily Ledger"},
		{"", "", "한빛일보 로고", "", "hanbit.example", "한빛일보"},
		{"", "", "", "ⓒ 한빛일보, 무단 전재 및 재배포 금지", "hanbit.example", "한빛일보"},
		{"", "", "", "", "hanbit.example", ""},

		// A portal's page: the paper it republishes.
		{"네이버 뉴스", "", "한빛일보", "", "n.news.naver.com", "한빛일보"},
		{"네이버 뉴스", "Naver", "", "ⓒ 한빛일보, 무단 전재 및 재배포 금지", "https://n.news.naver.com/article/001/0000000001", "한빛일보"},
		{"NAVER", "", "한빛일보 언론사 로고", "", "m.news.naver.com", "한빛일보"},
		{"한빛일보 : 네이버 뉴스", "", "", "", "news.naver.com", "한빛일보"},
		{"다음뉴스", "한빛일보", "", "", "v.daum.net", "한빛일보"},
		{"Daum 뉴스", "", "한빛일보 로고", "", "https://v.daum.net/v/20251014162000000", "한빛일보"},
		{"네이트 뉴스", "", "", "", "m.news.nate.com", "네이트 뉴스"},
		{"", "", "", "", "news.zum.com", "줌 뉴스"},
		{"네이버 스포츠", "", "한빛스포츠", "", "m.sports.naver.com", "한빛스포츠"},
		// Look-alike hosts are not portals.
		{"네이버 뉴스 팬클럽", "", "", "", "news.naver.com.example", "네이버 뉴스 팬클럽"},
	}
	for _, tc := range cases {
		if got := outletName(tc.site, tc.publisher, tc.logo, tc.copyright, tc.host); got != tc.want {
			t.Errorf("outletName(%q, %q, %q, %q, %q) = %q, want %q", tc.site, tc.publisher, tc.logo, tc.copyright, tc.host, got, tc.want)
		}
	}
}

func TestPortalName(t *testing.T) {
	cases := map[string]string{
		"n.news.naver.com":                         "네이버 뉴스",
		"https://n.news.naver.com:443/article/1/2": "네이버 뉴스",
		"NEWS.NAVER.COM":                           "네이버 뉴스",
		"v.daum.net":                               "다음뉴스",
		"news.nate.com":                            "네이트 뉴스",
		"news.zum.com":                             "줌 뉴스",
		"www.naver.com":                            "",
		"blog.naver.com":                           "",
		"fakenews.naver.com":                       "",
		"hanbit.example":                           "",
		"":                                         "",
	}
	for in, want := range cases {
		if got := portalName(in); got != want {
			t.Errorf("portalName(%q) = %q, want %q", in, got, want)
		}
	}
}
