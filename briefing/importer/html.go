package importer

import (
	"errors"
	"strings"

	"golang.org/x/net/html"
)

// minArticleChars is the least text a page must yield to count as an
// article; less is a menu or an error page that readability fell back on.
const minArticleChars = 40

// maxElements bounds the pages read: real news pages have a few thousand
// elements, and building and searching the tree of millions (a 20 MB page
// of table cells) takes minutes and gigabytes.
const maxElements = 200_000

// ErrTooComplex is returned for a page over maxElements.
var ErrTooComplex = errors.New("the page is too complex to read")

// countElements counts the start tags of a page, up to limit, with the
// tokenizer alone, which takes time in proportion to the page.
func countElements(page string, limit int) int {
	z := html.NewTokenizer(strings.NewReader(page))
	n := 0
	for n < limit {
		switch z.Next() {
		case html.ErrorToken:
			return n
		case html.StartTagToken, html.SelfClosingTagToken:
			n++
		}
	}
	return n
}

// cleanByline removes the reporter suffixes and dates news sites put in bylines.
func cleanByline(s string) string {
	s = squash(s)
	for _, cut := range []string{" · ", " | ", "입력", "기사입력", "Updated", "Published"} {
		if i := strings.Index(s, cut); i > 0 {
			s = strings.TrimSpace(s[:i])
		}
	}
	s = strings.TrimPrefix(s, "By ")
	s = strings.TrimPrefix(s, "by ")
	return s
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
