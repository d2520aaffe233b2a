package importer

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
