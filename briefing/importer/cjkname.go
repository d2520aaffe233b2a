package importer

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The names in a Chinese or Japanese byline: Chinese names are two to four
// Han characters, several to a byline parted by spaces or 、; Japanese ones
// may have kana or be written in two parts (山田 太郎); forum pages name a
// nickname after 作者. Roles (记者, 通讯员) come before the names in Chinese
// and after them in Japanese (山田太郎記者).

var (
	// gluedName is a name run onto its role, ended by a dateline or a
	// credit: "欧阳明月发自上海", "王小明/文".
	gluedName = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(\p{Han}{2,4}?)(?:发自|發自|报道|報道|摄|攝|\s*[/／]|$)`)
	})
	// latinAlias is a name's Latin writing after it: "王明 (Wang Ming)".
	latinAlias = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[（(][A-Za-z .'-]{1,40}[)）]`) })
)

// cjkReporters returns the authors a Chinese or Japanese byline names,
// editors and sources left out: "作者：张三 责任编辑：李四" → 张三, "本报记者
// 张三 李四" → 张三, 李四, "文・山田太郎" → 山田太郎.
func cjkReporters(s string) []string {
	if utf8.RuneCountInString(s) > 200 || !hasCJK(s) {
		return nil
	}
	return readCJKLine(s).names
}

// nameBeforeRole reports whether a role's prefix is the name of the one
// who holds it, as Japanese bylines write it ("山田太郎記者"): a full name in
// kanji before 記者, not a phrase ("他是一名記者"), a beat ("戦場記者") or a
// nationality ("日本人記者").
func nameBeforeRole(f cjkField) bool {
	n := utf8.RuneCountInString(f.prefix)
	if f.label != "記者" || n < 3 || n > 5 || strings.ContainsAny(f.prefix, functionHans+"一") || strings.HasSuffix(f.prefix, "国人") || strings.HasSuffix(f.prefix, "本人") {
		return false
	}
	return strings.IndexFunc(f.prefix, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) < 0 && isCJKName(f.prefix, false, true)
}

// firstWord returns the first word of v (an outlet's or an editor's name)
// and what follows it.
func firstWord(v string) (string, string) {
	loc := cjkWord().FindStringIndex(v)
	if loc == nil {
		return "", v
	}
	return v[loc[0]:loc[1]], v[loc[1]:]
}

// cjkNames reads the names at the start of a field's value: "张三 李四",
// "张三、李四", "山田 太郎" (one Japanese name when jp), and, when labelled
// says the field is an author's, a nickname or a Latin name first
// ("作者：zhangsan88", "作者：Jane Doe"). It returns them and the rest of the
// value.
func cjkNames(v string, labelled, jp bool) (names []string, rest string) {
	v = latinAlias().ReplaceAllString(v, " ")
	words := cjkWord().FindAllStringIndex(v, -1)
	word := func(i int) string { return v[words[i][0]:words[i][1]] }
	for i := 0; i < len(words); i++ {
		start := words[i][0]
		joins := func(sep string, ok func(string) bool) bool {
			return i+1 < len(words) && v[words[i][1]:words[i+1][0]] == sep && ok(word(i+1))
		}
		first := labelled && len(names) == 0
		switch {
		case jp && shortKanjiName(word(i)) && joins(" ", shortKanjiName):
			i++ // "山田 太郎"
		case first && isLatinName(word(i)):
			for n := 1; n < 4 && joins(" ", isCapitalisedName); n++ {
				i++ // "Jane Doe"
			}
		default:
			for n := 1; n < 4 && isHanWord(word(i)) && joins("·", isHanWord); n++ {
				i++ // "约翰·史密斯"
			}
		}
		end := words[i][1]
		w := v[start:end]
		if after := strings.TrimLeft(v[end:], " "); strings.HasPrefix(after, ":") || strings.HasPrefix(after, "：") || strings.HasPrefix(after, "=") {
			return names, v[start:] // "访问次数：" is a label of its own; width="20" is markup
		}
		switch {
		case isCJKName(w, first, jp):
			if !contains(names, w) {
				names = append(names, w)
			}
		case roleWord(w):
			// "作者：本报记者 张三": the role before the names
		default:
			return names, v[start:]
		}
	}
	return names, ""
}

// gluedNames reads a name run onto its role ("本报记者欧阳明月发自上海"). At
// the end of a line it is taken only after a prefix (本报记者张三): 記者会見
// names nobody.
func gluedNames(v string, prefixed bool) ([]string, string) {
	m := gluedName().FindStringSubmatchIndex(v)
	if m == nil || (m[1] == len(v) && !prefixed) {
		return nil, v
	}
	name := v[m[2]:m[3]]
	if !isCJKName(name, false, false) {
		return nil, v
	}
	return []string{name}, v[m[1]:]
}

// isOutletPrefix reports whether a role's prefix names an outlet: 本报记者,
// 新华社记者, 江南日报记者.
func isOutletPrefix(p string) bool {
	if notCJKName[p] {
		return true
	}
	for _, e := range outletEnds {
		if strings.HasSuffix(p, e) {
			return true
		}
	}
	return false
}

func shortKanjiName(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 1 && n <= 3 && strings.IndexFunc(w, func(r rune) bool { return !isHanOrKana(r) }) < 0
}

func isHanWord(w string) bool {
	return w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) < 0
}

func isLatinName(w string) bool {
	return w != "" && strings.IndexFunc(w, func(r rune) bool {
		return r > unicode.MaxLatin1 || !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\''
	}) < 0
}

func isCapitalisedName(w string) bool { return isLatinName(w) && unicode.IsUpper(firstRune(w)) }

func roleWord(w string) bool {
	return strings.HasSuffix(w, "记者") || strings.HasSuffix(w, "記者") || notCJKName[w]
}

// notCJKName are words that stand where a name does without being one:
// "本报", "佚名" (anonymous), "综合" (compiled), an outlet.
var notCJKName = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`本报 本報 本刊 本台 本网 本網 本站 本社 本报讯 本報訊 佚名 匿名 不详 不詳 未知 不明 網友 网友
		综合 綜合 整理 原创 原創 转载 轉載 编辑 編輯 记者 記者 作者 通讯员 通訊員 实习生 實習生 见习 小编 編者 编者 管理员 用户 游客
		楼主 博主 报道 報道 发自 供图 摄影 攝影 图片 圖片 文字 本文 编辑部 編輯部 編集部 会见 會見 会見 招待会 记者会 記者会 简介 單位 单位
		署名 無記名 特约 特約 新华社 新華社 中新社 中新网 中新網 人民网 央视网 新华网 來源 来源 责任编辑 責任編輯 admin administrator editor
		webmaster unknown anonymous null guest staff`) {
		notCJKName[w] = true
	}
}

// outletEnds are the ends of an outlet's or an office's name, which a
// person's name does not have: 日报, 新闻网, 新华社, 编辑部.
var outletEnds = []string{"报", "報", "网", "網", "社", "台", "站", "刊", "局", "部", "院", "会", "會", "厅", "廳",
	"处", "處", "所", "中心", "新闻", "新聞", "频道", "頻道", "杂志", "雜誌", "公司", "集团", "集團", "通信", "电视",
	"電視", "广播", "廣播", "大学", "大學", "政府", "ニュース", "新聞社"}

// isCJKName reports whether w is a person's name in a Chinese or Japanese
// byline: two to four Han characters (张三, 欧阳修文), a Japanese name with
// kana or written in two parts (山田 太郎, 佐藤みき), a foreign name with
// "·" (约翰·史密斯); and, where nickname allows (the first name after
// 作者), a forum nickname of up to twenty characters.
func isCJKName(w string, nickname, jp bool) bool {
	if w == "" || notCJKName[w] || notCJKName[strings.ToLower(w)] {
		return false
	}
	n := utf8.RuneCountInString(w)
	if strings.IndexFunc(w, func(r rune) bool { return !isHanOrKana(r) && r != '·' && r != ' ' }) < 0 {
		for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '·' || r == ' ' }) {
			if isOutletPrefix(part) {
				return false // "新华日报·交汇点", "本报"
			}
		}
		switch {
		case strings.ContainsAny(w, "· "):
			return n >= 3 && n <= 12
		case jp || hasKana(w):
			return n >= 2 && n <= 8
		case nickname:
			return n >= 2 && n <= 6
		}
		return n >= 2 && n <= 4
	}
	return nickname && n <= 20 && strings.IndexFunc(w, unicode.IsLetter) >= 0 && (isLatinName(w) || !strings.ContainsAny(w, "@."))
}
