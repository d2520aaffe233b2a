package importer

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// Chinese and Japanese pages write dates as 2018年08月25日 09:00, 2018-08-25
// 09:00:00 or 2025年10月15日 16時20分, often in full-width digits, and a
// Japanese page may count years by era (令和7年). The labels before a date
// (发布时间, 公開日) or after it (…16:20配信, …更新) say which date it is.

const (
	// cjkUpdateLabels are the labels of an update's date.
	cjkUpdateLabels = `最后更新|最後更新|最终更新|最終更新日?|更新(?:时间|時間|日期|日時|日|于|於)?|修改(?:时间|時間|日期)|修订(?:时间|日期)`
	// cjkDateLabels are the labels of a publication's date.
	cjkDateLabels = `发布(?:时间|日期|于)|發[布佈](?:時間|日期|於)|发表(?:时间|日期|于)|發表(?:時間|日期|於)|发稿时间|刊发(?:时间|日期)|` +
		`出版(?:时间|日期)|录入时间|上传时间|添加时间|创建时间|时间|時間|日期|公開(?:日時|日)?|掲載(?:日時|日)?|配信(?:日時|日)?|` +
		`投稿(?:日時|日)|作成日|発行日|発表日`
)

// cjkDateRunes are the characters of a Chinese or Japanese date and time
// besides digits: 年 月 日 时 分 秒, weekdays (星期六, 周六, (土)), 上午/下午,
// 午前/午後, and how long ago (3小时前, 刚刚).
const cjkDateRunes = "年月日号號时時間分秒钟鐘小星期周週礼拜一二三四五六七天上下午前後后晚凌晨早中曜火水木金土刚剛"

var (
	fullWidthDigits = strings.NewReplacer("０", "0", "１", "1", "２", "2", "３", "3", "４", "4", "５", "5",
		"６", "6", "７", "7", "８", "8", "９", "9", "：", ":", "／", "/", "．", ".", "－", "-")
	// eraYear is a year counted in a Japanese era: 令和7年, 平成30年, 令和元年.
	eraYear = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(令和|平成)\s*(元|\d{1,2})\s*年`) })
)

// cjkDigits writes a line's full-width digits and separators as ASCII and
// its era years as years of the common era, so that the date readers see
// 2025年10月15日 in "令和７年１０月１５日".
func cjkDigits(s string) string {
	if !hasWideRune(s) {
		return s
	}
	s = fullWidthDigits.Replace(s)
	return eraYear().ReplaceAllStringFunc(s, func(m string) string {
		sub := eraYear().FindStringSubmatch(m)
		n := 1
		if sub[2] != "元" {
			n, _ = strconv.Atoi(sub[2])
		}
		base := 2018 // 令和1 is 2019
		if sub[1] == "平成" {
			base = 1988
		}
		return strconv.Itoa(base+n) + "年"
	})
}

// hasWideRune reports whether s has a character outside Latin and Hangul
// text that cjkDigits may rewrite.
func hasWideRune(s string) bool {
	for _, r := range s {
		if r >= 0xFF00 && r <= 0xFFEF || r == '令' || r == '平' {
			return true
		}
	}
	return false
}

// isCJKDateWord reports whether every character of w belongs to a written
// date or time: "年", "月", "日", "星期六", "下午", "時".
func isCJKDateWord(w string) bool {
	for _, r := range w {
		if !strings.ContainsRune(cjkDateRunes, r) {
			return false
		}
	}
	return true
}
