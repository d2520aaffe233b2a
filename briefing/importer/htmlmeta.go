package importer

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metadata is what a page says about itself in its head.
type metadata struct {
	title, site, author, published, canonical string
	publisher                                 string // JSON-LD publisher's name
}

// pageMeta reads meta tags, OpenGraph, the canonical link and JSON-LD.
// Readability reads most of these too; this fills what it leaves out (the
// canonical address above all) and takes precedence for the author, where
// readability falls back to guessing from the text.
func pageMeta(doc *html.Node) metadata {
	var m metadata
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				m.fromMeta(attr(n, "property")+attr(n, "name")+attr(n, "itemprop"), attr(n, "content"))
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = absoluteHTTP(attr(n, "href"))
				}
			case atom.Script:
				if attr(n, "type") == "application/ld+json" && n.FirstChild != nil {
					m.fromJSONLD(n.FirstChild.Data)
				}
			case atom.Title:
				if m.title == "" && n.FirstChild != nil {
					m.title = squash(n.FirstChild.Data)
				}
			case atom.Body:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

func (m *metadata) fromMeta(key, content string) {
	content = squash(content)
	if content == "" {
		return
	}
	set := func(dst *string) {
		if *dst == "" {
			*dst = content
		}
	}
	switch strings.ToLower(key) {
	case "og:title", "twitter:title":
		m.title = content
	case "og:site_name", "application-name":
		set(&m.site)
	case "author", "article:author", "byl", "dc.creator", "sailthru.author":
		if !strings.HasPrefix(content, "http") {
			set(&m.author)
		}
	case "article:published_time", "datepublished", "pubdate", "date", "dc.date", "og:published_time":
		set(&m.published)
	case "og:url":
		if m.canonical == "" {
			m.canonical = absoluteHTTP(content)
		}
	}
}

// fromJSONLD reads schema.org article data: headline, author, publisher, date.
func (m *metadata) fromJSONLD(data string) {
	var v any
	if json.Unmarshal([]byte(data), &v) != nil {
		return
	}
	var visit func(any)
	visit = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, x := range v {
				visit(x)
			}
		case map[string]any:
			if g, ok := v["@graph"]; ok {
				visit(g)
			}
			if !isArticleType(v["@type"]) {
				return
			}
			if m.author == "" {
				m.author = ldName(v["author"])
			}
			if m.publisher == "" {
				m.publisher = ldName(v["publisher"])
			}
			if s, ok := v["datePublished"].(string); ok && m.published == "" {
				m.published = s
			}
		}
	}
	visit(v)
}

func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || t == "Report" || t == "BlogPosting"
	case []any:
		for _, x := range t {
			if isArticleType(x) {
				return true
			}
		}
	}
	return false
}

// ldName returns the name of a schema.org person or organisation, or the
// names of several joined by commas.
func ldName(v any) string {
	switch v := v.(type) {
	case string:
		return squash(v)
	case map[string]any:
		if s, ok := v["name"].(string); ok {
			return squash(s)
		}
	case []any:
		var names []string
		for _, x := range v {
			if n := ldName(x); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func absoluteHTTP(u string) string {
	u = strings.TrimSpace(u)
	if strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
		return u
	}
	return ""
}
