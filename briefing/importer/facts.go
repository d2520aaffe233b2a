package importer

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
