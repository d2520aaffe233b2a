package pdf

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

// TestOnlySafeLinks exports Markdown links and source addresses of every
// scheme: the PDF links only to http, https and mailto addresses, and an
// address too long to link is text, once, not one annotation per line.
func TestOnlySafeLinks(t *testing.T) {
	md := "[web](https://news.example/a) [mail](mailto:desk@example.org) [js](javascript:alert(1)) " +
		"[file](file:///etc/passwd) [smb](smb://10.0.0.1/s) [data](data:text/html,x) [vb](vbscript:x) " +
		"[msdt](ms-msdt:/id) [rel](../secret.pdf) [opt](--version) <javascript:alert(2)>"
	b := fuzzBriefing(t, md, "발췌문 본문입니다.", "")
	long := "https://news.example/" + strings.Repeat("a", 20_000)
	b.Articles[0].URL = "javascript:alert(3)"
	second := briefing.Article{Title: "긴 주소", URL: long, Sections: []briefing.Section{{Paragraphs: []string{"둘째 기사."}}}}
	second.AssignID()
	b.AddArticle(second)
	b.AddExcerpt("a", second.ID, 0, 0, -1)
	var buf bytes.Buffer
	if _, err := Write(&buf, b, Options{}); err != nil {
		t.Fatal(err)
	}
	var uris []string
	for _, m := range regexp.MustCompile(`/URI \(([^)]*)\)`).FindAllSubmatch(buf.Bytes(), -1) {
		uris = append(uris, string(m[1]))
	}
	for _, u := range uris {
		if !strings.HasPrefix(u, "https://news.example/a") && u != "mailto:desk@example.org" {
			t.Errorf("a link to %.60q", u)
		}
	}
	if len(uris) != 4 { // the web and mail links, in the summary and the commentary
		t.Errorf("%d links, want 4: %q", len(uris), uris)
	}
	if buf.Len() > 400_000 {
		t.Errorf("the PDF is %d bytes: the long address is repeated", buf.Len())
	}
}
