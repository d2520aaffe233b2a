package importer

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// The Chinese and Japanese lines below are written for these tests: made-up
// names (张三, 李四, 山田太郎…), outlets and events in the forms news pages,
// blogs and forums print them.

// cjkFurniture are Chinese and Japanese lines of metadata and the kind of
// furniture each is.
var cjkFurniture = []struct{ text, kind string }{
	// Dates alone or labelled.
	{"2018年08月25日 09:00", furnitureDate},
	{"2018-08-25 09:00:00", furnitureDate},
	{"2018年8月25日 星期六", furnitureDate},
	{"发布时间：2018-08-25", furnitureDate},
	{"发布时间：2018-08-25 09:00 | 更新时间：2018-08-26 10:30", furnitureDate},
	{"发表于 2018-8-25 21:03", furnitureDate},
	{"发表于2018年08月25日 09:00 (阅读:321;评论:4)", furnitureDate},
	{"时间：2018-08-25 10:00", furnitureDate},
	{"日期：2018年8月25日", furnitureDate},
	{"更新时间：2018-08-26 12:00", furnitureDate},
	{"來源：光華日報 2018年08月25日", furnitureDate},
	{"来源：新华网 2018-08-25", furnitureDate},
	{"2018-08-25 09:00 来源：东方晨报", furnitureDate},
	{"2018.08.25 09:00 来源：江南日报客户端", furnitureDate},
	{"2018年08月25日09:00 | 来源：江南日报", furnitureDate},
	{"2018-08-25 07:15更新 来源：网络", furnitureDate},
	{"http://news.example.cn 2018年08月25日 09:00 《江南周刊》", furnitureDate},
	{"NEWS.EXAMPLE.CN 2018年8月25日09:00 来源：[ 江南网 ]", furnitureDate},
	{"2018-08-25 阅读1024次", furnitureDate},
	{"2018-08-25 09:00 南方网—江南晚报", furnitureDate},
	{"2018-08-25 09:00:00 楼主", furnitureDate},
	{"3小时前", furnitureDate},
	{"２０１８年８月２５日 ０９：００", furnitureDate},
	{"2025年10月15日 16時20分", furnitureDate},
	{"2025年10月15日(水) 16時20分", furnitureDate},
	{"公開日：2025年10月15日", furnitureDate},
	{"更新日：2025/10/16", furnitureDate},
	{"2025年10月15日 16時20分 配信", furnitureDate},
	{"2025/10/15 16:20 公開 2025/10/16 09:00 更新", furnitureDate},
	{"令和７年１０月１５日", furnitureDate},

	// Bylines: the author named, with or without a date, an outlet or an
	// editor beside.
	{"作者：张三", furnitureByline},
	{"作者：张三 李四", furnitureByline},
	{"作者： 张三、李四", furnitureByline},
	{"记者 张三", furnitureByline},
	{"本报记者 张三 李四", furnitureByline},
	{"□ 本报记者 王小明", furnitureByline},
	{"江南日报记者 张三 通讯员 李四", furnitureByline},
	{"东方晨报记者 王小明 江苏南京报道", furnitureByline},
	{"本报记者欧阳明月发自上海", furnitureByline},
	{"江南晚报记者王小明/文", furnitureByline},
	{"文/张三", furnitureByline},
	{"文／张三", furnitureByline},
	{"撰文：张三", furnitureByline},
	{"图/文：张三", furnitureByline},
	{"作者：zhangsan88 阅读(120) 评论(3) 发表于:2018-08-25 09:00", furnitureByline},
	{"作者： 晴天小雨", furnitureByline},
	{"作者：张三 时间：2018-08-25 09:00:00", furnitureByline},
	{"时间：2018年8月25日09:00 作者：张三", furnitureByline},
	{"2018-08-25 阅读：512 来源:转载 作者:张三", furnitureByline},
	{"2018-08-25 09:00 来源：中国新闻网 作者：张三 责任编辑：李四", furnitureByline},
	{"作者：约翰·史密斯 来源：环球周刊", furnitureByline},
	{"作者： 王明 (Wang Ming)", furnitureByline},
	{"zhangsan88 发表于 2018-8-25 11:46:00", furnitureByline},
	{"記者：王小明", furnitureByline},
	{"記者：山田太郎", furnitureByline},
	{"文・山田太郎", furnitureByline},
	{"取材・文／山田 太郎", furnitureByline},
	{"山田太郎記者", furnitureByline},
	{"2025年10月15日 16時20分 配信 記者：山田太郎", furnitureByline},

	// Sources, editors and photographers: credits, never the author.
	{"来源：新华网", furnitureCredit},
	{"来源: 东方晨报", furnitureCredit},
	{"信息来源： 江南日报", furnitureCredit},
	{"编辑：李四", furnitureCredit},
	{"责任编辑：李四", furnitureCredit},
	{"（ 责任编辑：李四 ）", furnitureCredit},
	{"(责编：李四、王五)", furnitureCredit},
	{"来源：江南日报 编辑：李四", furnitureCredit},
	{"摄影 王五", furnitureCredit},
	{"图：新华社", furnitureCredit},
}

// cjkBody are Chinese and Japanese body text that mention what metadata is
// made of without being any.
var cjkBody = []string{
	"记者从市教育局获悉，今年全市将新建学校20所。",
	"2018年8月25日，市政府召开常务会议。",
	"2018年8月25日上午，第三届江南读书节在市图书馆开幕",
	"8月25日，记者在现场看到，排队的市民已有上百人。",
	"作者说，这本书他写了整整十年。",
	"来源于生活的艺术，才能打动人心。",
	"时间就是金钱",
	"发布时间待定",
	"北京时间2018年8月25日晚",
	"作者简介",
	"记者节",
	"记者手记",
	"他是一名记者",
	"战地记者",
	"编辑部的故事",
	"文化部部长出席开幕式",
	"图为2018年8月25日拍摄的江南古镇",
	"2018年8月25日 市政府常务会议召开",
	"张三 李四 王五",
	"2018年",
	"2018年8月",
	"[2018-08-25] 江南古镇迎来客流高峰",
	"江南古镇迎来客流高峰 (2018-08-25 09:00)",
	"第5版：小记者专栏",
	"[视频]《江南古镇》预告片",
	"[图] 江南古镇 张三 09:00 8/25/18 (12)",
	"回复： 第 3 楼 时间：2018-08-25 09:00:00",
	"注册于:2018年8月25日",
	"記者会見",
	"山田太郎記者は15日、東京都内で会見した。",
	"2025年10月15日に発表された",
	"記者の山田太郎さん",
	"東京新聞の記者",
	"配信停止のお知らせ",
	"更新履歴",
	"日本人記者",
}

func TestCJKFurnitureKinds(t *testing.T) {
	for _, tc := range cjkFurniture {
		if got := furnitureKind(tc.text); got != tc.kind {
			t.Errorf("furnitureKind(%q) = %q, want %q", tc.text, got, tc.kind)
		}
	}
}

func TestCJKBodyIsNotFurniture(t *testing.T) {
	for _, s := range cjkBody {
		if k := furnitureKind(s); k != "" {
			t.Errorf("furnitureKind(%q) = %q, want body", s, k)
		}
	}
}

func TestCJKReporterFrom(t *testing.T) {
	cases := map[string]string{
		"作者：张三":             "张三",
		"作者：张三 李四":          "张三, 李四",
		"作者： 张三、李四":         "张三, 李四",
		"作者：本报记者 张三":        "张三",
		"记者 张三":             "张三",
		"本报记者 张三 李四":        "张三, 李四",
		"江南日报记者 张三 通讯员 李四":  "张三, 李四",
		"东方晨报记者 王小明 江苏南京报道": "王小明",
		"本报记者欧阳明月发自上海":      "欧阳明月",
		"江南晚报记者王小明/文":       "王小明",
		"文/张三":              "张三",
		"撰文：张三":             "张三",
		"作者：zhangsan88 阅读(120) 评论(3) 发表于:2018-08-25 09:00": "zhangsan88",
		"作者：Jane Doe":        "Jane Doe",
		"作者： 王明 (Wang Ming)": "王明",
		"作者：约翰·史密斯 来源：环球周刊":  "约翰·史密斯",
		"2018-08-25 09:00 来源：中国新闻网 作者：张三 责任编辑：李四": "张三",
		"zhangsan88 发表于 2018-8-25 11:46:00":       "zhangsan88",
		"記者：山田太郎":      "山田太郎",
		"記者：山田太郎、鈴木花子": "山田太郎, 鈴木花子",
		"文・山田太郎":       "山田太郎",
		"取材・文／山田 太郎":   "山田 太郎",
		"山田太郎記者":       "山田太郎",

		// No author named: an editor, a source, a photographer, nobody.
		"责任编辑：李四":           "",
		"来源：新华网":            "",
		"来源: 张三":            "",
		"摄影 王五":             "",
		"作者：佚名":             "",
		"作者：本报":             "",
		"本报记者":              "",
		"江南日报记者":            "",
		"记者从市教育局获悉":         "",
		"作者简介":              "",
		"記者会見":              "",
		"作者：width=\"20\"":   "",
		"2018-08-25 09:00":  "",
		"来源：新华网 2018-08-25": "",
	}
	for in, want := range cases {
		if got := reporterFrom(in); got != want {
			t.Errorf("reporterFrom(%q) = %q, want %q", in, got, want)
		}
	}
}

// A long Chinese or Japanese paragraph is never furniture, whatever labels
// it starts with.
func TestCJKLongParagraphsAreBody(t *testing.T) {
	for _, s := range []string{
		"作者：张三 " + strings.Repeat("市政府今天召开常务会议研究部署秋季防汛工作", 8),
		"2018年08月25日 " + strings.Repeat("江南古镇迎来客流高峰", 16),
		"記者：山田太郎 " + strings.Repeat("東京都内で新しい図書館が開館した", 10),
	} {
		if k := furnitureKind(s); k != "" {
			t.Errorf("a %d-byte paragraph was %q", len(s), k)
		}
	}
}

// TestCJKLabelScan checks the scan that tries the label pattern only where a
// label may start: it finds what searching the whole line finds.
func TestCJKLabelScan(t *testing.T) {
	whole := regexp.MustCompile(cjkLabelPattern)
	texts := append([]string(nil), cjkBody...)
	for _, tc := range cjkFurniture {
		texts = append(texts, tc.text)
	}
	for _, s := range texts {
		if got, want := cjkLabelMatches(s), whole.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("labels of %q: scan %v, search %v", s, got, want)
		}
	}
}
