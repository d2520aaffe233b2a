package importer

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestDropRuby removes readings and their fallback parentheses and keeps
// the base text, in the forms ruby is written in.
func TestDropRuby(t *testing.T) {
	cases := []struct{ name, page, want string }{
		{"rt and rp", `<p>今日は<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を学ぶ。</p>`, "今日は漢字を学ぶ。"},
		{"one reading per character", `<p><ruby>東<rt>とう</rt>京<rt>きょう</rt></ruby>に行く。</p>`, "東京に行く。"},
		{"rb and rtc", `<p><ruby><rb>大</rb><rb>韓</rb><rtc><rt>대</rt><rt>한</rt></rtc></ruby>民國</p>`, "大韓民國"},
		{"Korean with hanja readings", `<p><ruby>同盟<rp>(</rp><rt>동맹</rt><rp>)</rp></ruby> 협력</p>`, "同盟 협력"},
		{"no ruby", `<p>한미 양국은 <b>함정</b> 정비 협력을 넓힌다.</p>`, "한미 양국은 함정 정비 협력을 넓힌다."},
		{"nested and adjacent", `<div><ruby>一<rt>いち</rt></ruby><ruby>二<rt>に</rt></ruby><span><ruby>三<rp>(</rp><rt>さん</rt><rp>)</rp></ruby></span></div>`, "一二三"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(c.page))
			if err != nil {
				t.Fatal(err)
			}
			dropRuby(doc)
			if got := rubyText(doc); got != c.want {
				t.Errorf("text %q, want %q", got, c.want)
			}
		})
	}
}

// rubyText is the text of a tree, in document order.
func rubyText(root *html.Node) string {
	var b strings.Builder
	for n := root; n != nil; {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.FirstChild != nil {
			n = n.FirstChild
		} else {
			n = afterSubtree(n, root)
		}
	}
	return b.String()
}
