package importer

import (
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/briefdesk/briefdesk/briefing"
)

// readHTML extracts the article of a web page: readability finds the
// container of the article (leaving navigation, advertisements, comments
// and footers behind), and the walker below reads its paragraphs as the page
// shows them, leaving out the furniture inside the container (captions,
// bylines, contact and copyright lines, promotions, share buttons). When
// readability finds nothing, the largest coherent block of text on the page
// is read instead. Title, site, author and dates come from the page's
// metadata, and from what the page shows where the metadata is silent.
func readHTML(page string, pageURL string) (*builder, error) {
	if n := countElements(page, maxElements+1); n > maxElements {
		return nil, briefing.Because(ErrTooComplex, "the page is too complex to read: it has more than %d elements", maxElements)
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return nil, err
	}
	dropRuby(doc)
	m := pageMeta(doc)
	var base *url.URL
	if u, err := url.Parse(firstNonEmpty(m.canonical, pageURL)); err == nil && u.IsAbs() {
		base = u
	}
	captions := pageCaptions(doc)
	seen := pageLines(doc)
	parser := readability.NewParser()
	parser.KeepClasses = true
	art, err := parser.ParseDocument(doc, base)
	b := &builder{}
	w := &walker{b: b, skip: captions, seen: &seen}
	if err == nil {
		// The walker leaves out a heading that repeats the title.
		b.a.Title = firstNonEmpty(art.Title(), m.title)
	}
	if err == nil && art.Node != nil {
		fixAtoms(art.Node)
		w.walk(art.Node)
		w.flush()
	}
	if len([]rune(b.a.Text())) < minArticleChars {
		// Readability found no article, or only a scrap of one.
		b.a.Sections = nil
		if n := largestTextBlock(doc); n != nil {
			w.walk(n)
			w.flush()
		}
	}
	if len([]rune(b.a.Text())) < minArticleChars {
		return nil, ErrEmpty
	}
	var byline, site string
	b.a.Title, site = m.title, m.site
	if err == nil {
		b.a.Title = firstNonEmpty(art.Title(), m.title)
		site = firstNonEmpty(art.SiteName(), m.site)
		byline = art.Byline()
		if t, err := art.PublishedTime(); err == nil {
			b.a.Published = t.Format("2006-01-02")
		}
	}
	if b.a.Published == "" {
		b.a.Published = normaliseDate(m.published)
	}
	if b.a.Published == "" {
		// What the page shows: the first date line, in the article or
		// around it.
		for _, line := range seen.dates {
			if p, _ := visibleDates(line); p != "" {
				b.a.Published = p
				break
			}
		}
	}
	b.a.URL = firstNonEmpty(m.canonical, pageURL)
	host := ""
	if u, err := url.Parse(firstNonEmpty(pageURL, b.a.URL)); err == nil {
		host = u.Host
	}
	b.a.Site = firstNonEmpty(outletName(site, m.publisher, seen.logo, seen.copyright, host), site)
	b.a.Author = authorOf(append(seen.bylines, byline, m.author), b.a.Site)
	return b, nil
}

// authorOf returns the reporters a page's bylines name, the first byline
// that names one winning; without one, the first byline as it is, unless
// it only names the outlet or is a contact line.
func authorOf(bylines []string, site string) string {
	for _, l := range bylines {
		if r := reporterFrom(l); r != "" {
			return r
		}
	}
	for _, l := range bylines {
		if furnitureKind(l) == furnitureContact {
			continue // an address or a telephone number is no author
		}
		if a := cleanByline(l); a != "" && !strings.EqualFold(a, site) && !strings.HasPrefix(a, "http") {
			return a
		}
	}
	return ""
}

// fixAtoms gives elements that were made by name (readability turns runs of
// <br> into <p> elements this way) the atom their name stands for, which is
// what the walker goes by.
func fixAtoms(n *html.Node) {
	if n.Type == html.ElementNode && n.DataAtom == 0 {
		n.DataAtom = atom.Lookup([]byte(n.Data))
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		fixAtoms(c)
	}
}

// isHeading reports whether a is one of the heading elements h1 to h6
// (atoms are no range of numbers).
func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// blockAtoms are the elements that start and end a paragraph.
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Ul: true, atom.Ol: true,
	atom.Li: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true,
	atom.Figure: true, atom.Dl: true, atom.Dd: true, atom.Dt: true, atom.Header: true, atom.Footer: true,
	atom.Main: true, atom.Tbody: true, atom.Thead: true, atom.Td: true, atom.Th: true, atom.Hr: true,
	atom.Address: true, atom.Center: true, atom.Details: true, atom.Summary: true, atom.Caption: true,
}

// skipAtoms are elements whose text is never part of an article.
var skipAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Button: true, atom.Form: true,
	atom.Input: true, atom.Select: true, atom.Textarea: true, atom.Label: true, atom.Nav: true,
	atom.Aside: true, atom.Figcaption: true, atom.Rt: true, atom.Rp: true, atom.Head: true,
	atom.Title: true, atom.Audio: true, atom.Video: true, atom.Canvas: true,
	atom.Menu: true, atom.Dialog: true,
}

// walker reads paragraphs from a tree: a block element, a heading or a run
// of two or more <br> ends one; inline elements and single <br> go on
// within it.
type walker struct {
	b    *builder
	buf  strings.Builder
	brs  int             // <br> since the last text
	skip map[string]bool // texts shown elsewhere on the page as captions
	seen *pageFacts      // what the furniture left out says about the article

	paragraphs int // read so far
}

func (w *walker) walk(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				if w.brs >= 2 {
					w.flush()
				}
				w.brs = 0
			}
			w.buf.WriteString(c.Data)
		case html.ElementNode:
			switch a := c.DataAtom; {
			case skipAtoms[a] || furnitureElement(c):
			case a == atom.Br:
				w.brs++
				w.buf.WriteByte(' ')
			case isHeading(a):
				w.flush()
				if t := squash(nodeText(c)); t != "" && t != w.b.a.Title {
					w.b.heading(t)
				}
			case blockAtoms[a]:
				w.flush()
				w.walk(c)
				w.flush()
			default:
				w.walk(c)
			}
		}
	}
}

// flush ends the paragraph being read; furniture and captions shown
// elsewhere on the page are left out.
func (w *walker) flush() {
	text := squash(w.buf.String())
	w.buf.Reset()
	w.brs = 0
	if text == "" || w.skip[text] {
		return
	}
	if w.paragraphs++; w.paragraphs > briefing.MaxParagraphs {
		// The article will be refused for its length: no need to read
		// each paragraph's words.
		w.b.paragraph(text)
		return
	}
	if kind := furnitureKind(text); kind != "" {
		w.seen.note(kind, text, true)
		return
	}
	w.b.paragraph(text)
}
