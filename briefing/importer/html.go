package importer

import (
	"bytes"
	"errors"
	"net/url"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/briefdesk/briefdesk/briefing"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/korean"
)

// decodeHTML decodes a page to UTF-8: a byte order mark, the HTTP header's
// charset or the page's own declaration wins when the bytes fit it; a
// declaration the bytes do not fit (a server that lies) is set aside for
// what the bytes are: valid UTF-8, or CP949. Without a declaration, anything
// else is tried as CP949 before the HTML standard's Windows-1252 default.
// Bytes that are text in none of these are an error, never an article.
func decodeHTML(data []byte, contentType string) (string, error) {
	if bomEncoding(data) != nil {
		return decodeText(data)
	}
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	if certain {
		if out, err := decodeStrict(enc, data); err == nil {
			return textual(out)
		}
	}
	if utf8.Valid(data) {
		return textual(data)
	}
	if out, err := decodeStrict(korean.EUCKR, data); err == nil {
		return textual(out)
	}
	if certain {
		return "", briefing.Because(ErrEncoding, "the page says it is %s, but its bytes are not", name)
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", ErrEncoding
	}
	return textual(out)
}

// textual cleans decoded text, refusing what is not text: more than one
// character in twenty a control character or a replacement character (a
// compressed or binary body, whatever its headers say).
func textual(b []byte) (string, error) {
	bad, all := 0, 0
	for _, r := range string(b) {
		all++
		if r == utf8.RuneError || r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' || r >= 0x7f && r < 0xa0 {
			bad++
		}
	}
	if all > 0 && bad*20 > all {
		return "", ErrBinary
	}
	return clean(b)
}

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

// readHTML extracts the article of a web page with readability, which leaves
// navigation, advertisements, comments and footers behind, and takes title,
// site, author, date and address from the page's metadata.
func readHTML(page string, pageURL string) (*builder, error) {
	if n := countElements(page, maxElements+1); n > maxElements {
		return nil, briefing.Because(ErrTooComplex, "the page is too complex to read: it has more than %d elements", maxElements)
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return nil, err
	}
	m := pageMeta(doc)
	var base *url.URL
	if u, err := url.Parse(firstNonEmpty(m.canonical, pageURL)); err == nil && u.IsAbs() {
		base = u
	}
	parser := readability.NewParser()
	art, err := parser.ParseDocument(doc, base)
	if err != nil || art.Node == nil {
		return nil, ErrEmpty
	}
	b := &builder{}
	b.a.Title = firstNonEmpty(art.Title(), m.title)
	b.a.Site = firstNonEmpty(art.SiteName(), m.site)
	b.a.Author = cleanByline(firstNonEmpty(m.author, art.Byline()))
	if t, err := art.PublishedTime(); err == nil {
		b.a.Published = t.Format("2006-01-02")
	} else {
		b.a.Published = normaliseDate(m.published)
	}
	b.a.URL = firstNonEmpty(m.canonical, pageURL)
	htmlBlocks(b, art.Node)
	if len([]rune(b.a.Text())) < minArticleChars {
		return nil, ErrEmpty
	}
	return b, nil
}

// htmlBlocks walks the extracted content and turns headings and block
// elements into sections and paragraphs.
func htmlBlocks(b *builder, n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.paragraph(c.Data)
			continue
		}
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			if t := squash(nodeText(c)); t != b.a.Title {
				b.heading(t)
			}
		case atom.P, atom.Li, atom.Pre, atom.Figcaption, atom.Dd, atom.Dt, atom.Td, atom.Th:
			if hasBlockChild(c) {
				htmlBlocks(b, c)
			} else {
				b.paragraph(nodeText(c))
			}
		case atom.Script, atom.Style, atom.Noscript, atom.Img, atom.Svg, atom.Iframe, atom.Button, atom.Form:
		default:
			if hasBlockChild(c) {
				htmlBlocks(b, c)
			} else {
				b.paragraph(nodeText(c))
			}
		}
	}
}

var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Ul: true, atom.Ol: true,
	atom.Li: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Figure: true, atom.Dl: true, atom.Header: true, atom.Footer: true, atom.Main: true,
	atom.Tbody: true, atom.Thead: true, atom.Td: true, atom.Th: true,
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && blockAtoms[c.DataAtom] {
			return true
		}
	}
	return false
}

// nodeText returns the text inside n, with <br> as a space.
func nodeText(n *html.Node) string {
	var buf bytes.Buffer
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			buf.WriteString(n.Data)
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			buf.WriteByte(' ')
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return buf.String()
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
