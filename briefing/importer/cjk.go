package importer

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Chinese and Japanese pages print an article's metadata as labelled
// fields, several to a line: "2018-08-25 09:00 来源：中国新闻网 作者：张三
// 责任编辑：李四", "本报记者 张三 李四", "公開日：2025年10月15日", "文・山田太郎".
// readCJKLine reads such a line field by field. A line is metadata only when
// every part of it is a field, a date or time, an address or a count, with
// at most one short word besides (an outlet's name, a nickname): a sentence
// leaves more than that, or is punctuated as one.

// Kinds of label on such a line.
const (
	cjkNone      = iota
	cjkUpdate    // 更新时间, 更新日
	cjkPublished // 发布时间, 公開日, …16:20配信
	cjkAuthor    // 作者, 文, 撰文
	cjkRole      // 记者, 通讯员, 記者: names follow, or come before in Japanese
	cjkSource    // 来源: the outlet, not the author
	cjkEditor    // 责任编辑: not the author either
	cjkPhoto     // 摄影, 图
	cjkCount     // 阅读, 评论: counters
)

// cjkLabelPattern matches the labels; its groups follow the kinds above.
const cjkLabelPattern = `(` + cjkUpdateLabels + `)|(` + cjkDateLabels + `)|` +
	`(原作者|作\s?者|撰文|撰稿|执笔|執筆者?|笔者|筆者|著者|图文|圖文|文字|ライター|取材・文|文・写真|写真・文|图\s*/\s*文|文\s*/\s*图|文)|` +
	`((?:特约|特約|首席|见习|見習|实习|實習|特派)?(?:记者|記者)|通讯员|通訊員|特派員|特派员|編集委員|論説委員)|` +
	`(信息来源|文章来源|稿件来源|新闻来源|本文来源|图片来源|来源|來源|出处|出處|出自|稿源|出典|转自|轉自|转载自)|` +
	`(责任编辑|責任編輯|责编|責編|值班编辑|本版编辑|编辑|編輯|編集|主编|美编|审核|审校|校对|编审|编译|翻译|整理|监制|统筹)|` +
	`(摄影|攝影|摄|攝|图片|圖片|图|圖|写真|撮影|制图|视频|視頻)|` +
	`(阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論|访问|人气|閲覧)`

var (
	// cjkLabel is cjkLabelPattern where a label may start: a line is
	// scanned for the characters labels begin with, and the pattern is
	// tried only there, which costs a small part of searching the line for
	// it.
	cjkLabel      = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:` + cjkLabelPattern + `)`) })
	cjkLabelFirst = mustFirstRunes(cjkLabelPattern)
)

// mustFirstRunes returns the runes a match of pattern starts with; like
// regexp.MustCompile, it fails on a pattern that cannot be so filtered.
func mustFirstRunes(pattern string) []rune {
	syn, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		panic(err)
	}
	ranges, nullable, ok := firstRunes(syn)
	if !ok || nullable {
		panic("a label pattern that may start anywhere")
	}
	return ranges
}

// cjkLabelMatches returns the submatch indexes of the labels in s, leftmost
// first, as FindAllStringSubmatchIndex would.
func cjkLabelMatches(s string) [][]int {
	var out [][]int
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if inRanges(r, cjkLabelFirst) {
			if m := cjkLabel().FindStringSubmatchIndex(s[i:]); m != nil {
				for j := range m {
					if m[j] >= 0 {
						m[j] += i
					}
				}
				out = append(out, m)
				i = m[1]
				continue
			}
		}
		i += size
	}
	return out
}

// cjkSeparators part the fields and names of a line.
const cjkSeparators = " \t：:／/|｜丨・·[]【】()（）<>《》〈〉「」『』-—–,，、;；~～*□■◆◇●○▲△▼▽▶▷►→#=+\"'“”‘’"

func isCJKSeparator(r rune) bool {
	return r == utf8.RuneError || unicode.IsSpace(r) || strings.ContainsRune(cjkSeparators, r)
}

func isHanOrKana(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || r == 'ー' || r == '々'
}

// hasCJK reports whether s has Chinese or Japanese characters and no
// Korean ones (a Korean line with a Hanja word is read as Korean).
func hasCJK(s string) bool {
	cjk := false
	for _, r := range s {
		if r < 0x1100 {
			continue
		}
		if isHangul(r) || unicode.Is(unicode.Hangul, r) {
			return false
		}
		cjk = cjk || isHanOrKana(r)
	}
	return cjk
}

func hasKana(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
	}) >= 0
}

// cjkField is a label found on a line and the text it governs.
type cjkField struct {
	kind          int
	label, value  string
	prefix        string // a role's prefix: "本报" in "本报记者", "山田太郎" in "山田太郎記者"
	gluedToLabel  bool   // the value starts right after the label: "本报记者欧阳明月"
	posterBefore  bool   // the label is 发表于 or the like, after the poster's name
	labelPosition int
}

// cjkLabels returns the labels of s that stand as labels: a word such as 作者
// or 来源 starts a word and is followed by a separator (作者简介 is no
// label), a date's label is followed by a separator, a digit or the end.
func cjkLabels(s string) []cjkField {
	var out []cjkField
	for _, m := range cjkLabelMatches(s) {
		kind := cjkNone
		for k := 1; k <= cjkCount; k++ {
			if m[2*k] >= 0 {
				kind = k
				break
			}
		}
		before, _ := utf8.DecodeLastRuneInString(s[:m[0]])
		after, _ := utf8.DecodeRuneInString(s[m[1]:])
		label := s[m[0]:m[1]]
		startsWord := m[0] == 0 || !isHanOrKana(before) && !unicode.IsLetter(before)
		ends := m[1] == len(s) || isCJKSeparator(after) && !strings.ContainsRune(")）]】〕", after)
		ok := false
		switch kind {
		case cjkUpdate, cjkPublished:
			ok = (ends || isASCIIDigit(after)) && (startsWord || utf8.RuneCountInString(label) >= 3 || isASCIIDigit(before))
		case cjkRole:
			ok = true
		case cjkCount:
			ok = startsWord && (ends || isASCIIDigit(after))
		default:
			ok = startsWord && ends
		}
		if ok {
			out = append(out, cjkField{kind: kind, label: label, labelPosition: m[0]})
		}
	}
	return out
}

// cjkLine is what readCJKLine finds on a line.
type cjkLine struct {
	names    []string // the authors, in order
	date     bool     // a whole date is written
	credits  bool     // a source, editor or photographer is named
	rest     []string // words that belong to no field
	sentence bool     // punctuated as a sentence, or an entry of a list
	// unlabelled is set by a label readCJKLine does not know: "等级：",
	// "注册于:" may stand before any date.
	unlabelled bool
}

// readCJKLine reads the fields of a Chinese or Japanese metadata line.
func readCJKLine(s string) cjkLine {
	var l cjkLine
	s = cjkDigits(s)
	if isSentence(s) || listedItem(s) {
		l.sentence = true
		return l
	}
	fields := cjkLabels(s)
	jp := hasKana(s)
	head := s
	if len(fields) > 0 {
		head = s[:fields[0].labelPosition]
	}
	for i := range fields {
		f := &fields[i]
		start := f.labelPosition + len(f.label)
		end := len(s)
		if i+1 < len(fields) {
			end = fields[i+1].labelPosition
		}
		f.value = s[start:end]
		f.gluedToLabel = f.value != "" && !isCJKSeparator(firstRune(f.value))
		f.posterBefore = strings.HasSuffix(f.label, "于") || strings.HasSuffix(f.label, "於")
		jp = jp || strings.Contains(f.label, "・")
	}
	// A role takes the word just before it as its prefix.
	for i := range fields {
		if fields[i].kind != cjkRole {
			continue
		}
		prev := &head
		if i > 0 {
			prev = &fields[i-1].value
		}
		cut := len(*prev)
		for cut > 0 {
			r, size := utf8.DecodeLastRuneInString((*prev)[:cut])
			if !isHanOrKana(r) && r != '·' {
				break
			}
			cut -= size
		}
		fields[i].prefix = (*prev)[cut:]
		*prev = (*prev)[:cut]
	}
	headWords := l.words(head)
	if len(fields) > 0 && fields[0].posterBefore && len(headWords) == 1 && isCJKName(headWords[0], true, jp) {
		l.names = append(l.names, headWords[0]) // "张三 发表于 2018-08-25"
		headWords = nil
	}
	l.rest = append(l.rest, headWords...)
	for _, f := range fields {
		l.readField(f, jp)
	}
	return l
}

// isSentence reports whether s is punctuated as a sentence: "。", "，", a
// question or an exclamation (not a web address's "?").
func isSentence(s string) bool {
	if strings.ContainsAny(s, "。！？，") {
		return true
	}
	return strings.ContainsAny(s, "!?") && strings.ContainsAny(webAddress().ReplaceAllString(s, ""), "!?")
}

// bracketed is a short text in brackets.
var bracketed = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`[（(\[【〔][^（()）\[\]【】〔〕]{0,60}[)）\]】〕]`)
})

// listedItem reports whether s is an entry of a list of links, a title with
// its date in brackets: "江南古镇游记 (2018-08-25 09:00)", "[2018-08-25] 标题".
func listedItem(s string) bool {
	dated := false
	outside := bracketed().ReplaceAllStringFunc(s, func(b string) string {
		if _, ok := firstWrittenDate(b); ok {
			dated = true
		}
		return " "
	})
	if !dated {
		return false
	}
	outside = cjkFullDate().ReplaceAllString(outside, " ")
	outside = cjkDatePart().ReplaceAllString(outside, " ")
	return strings.IndexFunc(outside, unicode.IsLetter) >= 0
}

// readField reads one labelled field into l.
func (l *cjkLine) readField(f cjkField, jp bool) {
	v := f.value
	switch f.kind {
	case cjkAuthor:
		names, rest := cjkNames(v, true, jp)
		l.names = append(l.names, names...)
		v = rest
	case cjkRole:
		names, rest := cjkNames(v, false, jp)
		if f.gluedToLabel {
			names, rest = gluedNames(v, isOutletPrefix(f.prefix))
		}
		if len(names) == 0 && strings.TrimFunc(v, isCJKSeparator) == "" && nameBeforeRole(f) {
			names = []string{f.prefix} // "山田太郎記者"
		}
		l.names = append(l.names, names...)
		v = rest
	case cjkEditor, cjkPhoto:
		names, rest := cjkNames(v, true, jp)
		if len(names) > 0 {
			l.credits, v = true, rest
		} else if w, rest := firstWord(v); w != "" {
			l.credits, v = true, rest
		}
	case cjkSource:
		if w, rest := firstWord(v); w != "" {
			l.credits, v = true, rest
		}
	case cjkCount:
		v = leadingCount().ReplaceAllString(v, "")
	}
	l.rest = append(l.rest, l.words(v)...)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

var (
	leadingCount = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[\s:：]*[（(]?\s*\d+\s*[)）]?\s*次?`) })
	cjkWord      = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`[^\s：:／/|｜丨・·\[\]【】()（）<>《》〈〉「」『』\-—–,，、;；~～*□■◆◇●○▲△▼▽▶▷►→#=+"'“”‘’]+`)
	})
)

// cjkLineKind returns the kind of furniture a Chinese or Japanese metadata
// line is: "byline" when it names an author, "date" when it writes a date
// and names none, "credit" when it only names a source or an editor; "" when
// it is no metadata line.
func cjkLineKind(s string) string {
	if !hasCJK(s) {
		return ""
	}
	l := readCJKLine(s)
	if !l.fits() {
		return ""
	}
	switch {
	case len(l.names) > 0:
		return furnitureByline
	case l.date:
		return furnitureDate
	case l.credits:
		return furnitureCredit
	}
	return ""
}
