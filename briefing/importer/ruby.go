package importer

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropRuby removes the annotations of ruby text from a parsed page: the
// readings (<rt>, and the <rtc> that groups them) and the parentheses shown
// where ruby is not supported (<rp>). A reader of 漢字 with its reading
// かんじ set above reads 漢字; the reading inlined into the text would
// break the word, and its search. The base text, in <rb> or not, stays.
// The walk needs no stack, however deep the page.
func dropRuby(doc *html.Node) {
	for n := doc.FirstChild; n != nil; {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Rt || n.DataAtom == atom.Rp || n.DataAtom == atom.Rtc) {
			next := afterSubtree(n, doc)
			n.Parent.RemoveChild(n)
			n = next
			continue
		}
		if n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		n = afterSubtree(n, doc)
	}
}

// afterSubtree returns the node after n and its subtree in document order,
// within root, or nil.
func afterSubtree(n, root *html.Node) *html.Node {
	for ; n != nil && n != root; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}
