package importer

import (
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

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

// pageFacts are the lines of a page that say who wrote an article, when,
// and for whom: bylines, date lines, a copyright line, the press logo.
type pageFacts struct {
	bylines, dates []string
	copyright      string
	logo           string
	// inBylines and inDates count the lines of bylines and dates found in
	// the article, which come first, in the article's order.
	inBylines, inDates int
}

// note keeps a line of furniture of the given kind; lines inside the
// article come before those around it.
func (f *pageFacts) note(kind, text string, inArticle bool) {
	// add puts a line of the article after the article's lines before it
	// and ahead of those around the article, which it may push out of a
	// full list; a line around the article goes last, if there is room.
	add := func(list []string, in *int) []string {
		if !inArticle {
			if len(list) >= maxFacts {
				return list
			}
			return append(list, text)
		}
		*in = min(*in, len(list))
		list = slices.Insert(list, *in, text)
		*in++
		if len(list) > maxFacts {
			list = list[:maxFacts]
		}
		return list
	}
	switch kind {
	case furnitureByline, furnitureContact:
		f.bylines = add(f.bylines, &f.inBylines)
		// A byline often carries the date too ("2018-08-25 作者：…").
		if kind == furnitureByline {
			f.dates = add(f.dates, &f.inDates)
		}
	case furnitureDate:
		f.dates = add(f.dates, &f.inDates)
	case furnitureCopyright:
		if f.copyright == "" || inArticle {
			f.copyright = text
		}
	}
}

// maxFacts bounds the bylines and date lines kept.
const maxFacts = 20

// pageLines reads the short lines of a whole page (before readability
// takes the article out of it) for the facts furniture tells: bylines and
// date lines above or below the article, the copyright line at its foot,
// and the press logo's name.
func pageLines(doc *html.Node) pageFacts {
	var f pageFacts
	var buf strings.Builder
	var lines []string
	flush := func() {
		if t := squash(buf.String()); t != "" && utf8.RuneCountInString(t) <= 200 {
			lines = append(lines, t)
		}
		buf.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				buf.WriteString(c.Data)
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.Img:
				if f.logo == "" && isLogo(c) {
					f.logo = squash(firstNonEmpty(attr(c, "alt"), attr(c, "title")))
				}
			case c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Noscript || c.DataAtom == atom.Template:
			case c.DataAtom == atom.Br || blockAtoms[c.DataAtom] || isHeading(c.DataAtom) || c.DataAtom == atom.Span && furnitureElement(c):
				flush()
				walk(c)
				flush()
			default:
				walk(c)
			}
		}
	}
	walk(doc)
	flush()
	// The facts sit near the top of a page (bylines, dates) and at its
	// foot (the copyright line): the lines in between are not read, so
	// that a page of a hundred thousand lines is read in bounded time.
	if len(lines) > headLines+footLines {
		lines = append(lines[:headLines:headLines], lines[len(lines)-footLines:]...)
	}
	for _, t := range lines {
		if kind := furnitureKind(t); kind != "" {
			f.note(kind, t, false)
		}
	}
	return f
}

// The short lines of a page that pageLines reads: the first headLines and
// the last footLines.
const (
	headLines = 2000
	footLines = 500
)

// isLogo reports whether an image is a press logo: it, or an element just
// around it, says "logo" in its class or id, and it has a name to give.
func isLogo(img *html.Node) bool {
	if firstNonEmpty(attr(img, "alt"), attr(img, "title")) == "" {
		return false
	}
	for n, i := img, 0; n != nil && i < 3; n, i = n.Parent, i+1 {
		if strings.Contains(strings.ToLower(attr(n, "class")+" "+attr(n, "id")), "logo") {
			return true
		}
	}
	return false
}

// furnitureClasses are the words in an element's class or id that mark the
// furniture of an article page rather than its text.
var furnitureClasses = map[string]bool{
	"caption": true, "credit": true, "credits": true, "byline": true, "dateline": true, "timestamp": true,
	"share": true, "sharing": true, "social": true, "related": true, "newsletter": true, "subscribe": true,
	"subscription": true, "promo": true, "advert": true, "advertisement": true, "ad": true, "ads": true,
	"sponsor": true, "sponsored": true, "copyright": true, "reporter": true, "breadcrumb": true,
	"breadcrumbs": true, "toolbar": true, "recommend": true, "recommended": true, "popular": true,
	"photocredit": true, "imgcaption": true, "img_desc": true, "photo_desc": true, "byline_info": true,
}

// furnitureElement reports whether an element is furniture: its class or
// id names it so, and it is short or mostly links (a container whose class
// happens to say "share" or "related" but that holds the article is not).
func furnitureElement(n *html.Node) bool {
	if !furnitureNamed(n) {
		return false
	}
	// Counted with a budget of nodes, so that furniture nested in furniture
	// costs time in proportion to the page, not to its square.
	text, links := textAndLinks(n, 4000)
	return text < 400 || links*2 > text
}

// textAndLinks counts the characters of text under n and those inside
// links, looking at no more than budget nodes (what lies beyond counts as
// text, which keeps a large element).
func textAndLinks(n *html.Node, budget int) (text, links int) {
	var walk func(n *html.Node, inLink bool)
	walk = func(n *html.Node, inLink bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if budget--; budget < 0 {
				text += 1000
				return
			}
			switch {
			case c.Type == html.TextNode:
				k := utf8.RuneCountInString(strings.TrimSpace(c.Data))
				text += k
				if inLink {
					links += k
				}
			case c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style):
			case c.Type == html.ElementNode:
				walk(c, inLink || c.DataAtom == atom.A)
			}
		}
	}
	walk(n, false)
	return text, links
}

// furnitureNamed reports whether an element's class or id names it as
// furniture.
func furnitureNamed(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		if furnitureClasses[strings.ToLower(a.Val)] {
			return true
		}
		for _, word := range strings.FieldsFunc(strings.ToLower(a.Val), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
		}) {
			if furnitureClasses[word] {
				return true
			}
		}
	}
	return false
}

// pageCaptions returns the texts the page shows as captions of its pictures
// (figure captions and the pictures' descriptions), which are not the
// article's text wherever else they appear.
func pageCaptions(doc *html.Node) map[string]bool {
	out := map[string]bool{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Figcaption:
				if t := squash(nodeText(n)); utf8.RuneCountInString(t) >= 8 {
					out[t] = true
				}
				return
			case atom.Img:
				if t := squash(attr(n, "alt")); utf8.RuneCountInString(t) >= 20 {
					out[t] = true
				}
			case atom.Script, atom.Style:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// largestTextBlock finds the element whose own paragraphs hold the most
// text, links aside: on a page where readability finds no article, the
// article is most likely there.
func largestTextBlock(doc *html.Node) *html.Node {
	var best *html.Node
	bestScore := 0
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && (skipAtoms[n.DataAtom] || furnitureElement(n)) {
			return
		}
		if n.Type == html.ElementNode {
			if s := ownTextScore(n); s > bestScore {
				best, bestScore = n, s
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	return best
}

// ownTextScore is the text in n's own text nodes and in its inline and
// paragraph children, less the text of links: a block of article text has
// much of it, a menu of links little. Each child is measured with a budget
// of nodes, so that the whole search takes time in proportion to the page.
func ownTextScore(n *html.Node) int {
	score := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			score += utf8.RuneCountInString(strings.TrimSpace(c.Data))
		case c.Type == html.ElementNode && c.DataAtom == atom.A:
			text, _ := textAndLinks(c, 200)
			score -= text / 2
		case c.Type == html.ElementNode && (c.DataAtom == atom.P || !blockAtoms[c.DataAtom] && !skipAtoms[c.DataAtom]):
			text, links := textAndLinks(c, 200)
			score += text - links
		}
	}
	return score
}

// nodeText returns the text inside n, with <br> as a space and ruby
// annotations left out.
func nodeText(n *html.Node) string {
	var buf strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			buf.WriteString(n.Data)
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			buf.WriteByte(' ')
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Rt || n.DataAtom == atom.Rp):
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return buf.String()
}
