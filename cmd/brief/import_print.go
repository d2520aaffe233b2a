package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// The JSON document of "brief import --json", exactly as the contract names it.
type (
	jsonImport struct {
		Articles []jsonArticle `json:"articles"`
		Errors   []failure     `json:"errors"`
	}
	jsonArticle struct {
		Input     string        `json:"input"`
		Title     string        `json:"title"`
		Site      string        `json:"site"`
		Author    string        `json:"author"`
		Published string        `json:"published"`
		URL       string        `json:"url"`
		Language  string        `json:"language"`
		Sections  []jsonSection `json:"sections"`
	}
	jsonSection struct {
		Heading    string          `json:"heading"`
		Paragraphs []jsonParagraph `json:"paragraphs"`
	}
	jsonParagraph struct {
		Text  string   `json:"text"`
		Topic string   `json:"topic"`
		Score float64  `json:"score"`
		Terms []string `json:"terms"`
	}
)

func printJSON(e *env, arts []imported, c *briefing.Classifier) error {
	doc := jsonImport{Articles: []jsonArticle{}, Errors: e.failures}
	if doc.Errors == nil {
		doc.Errors = []failure{}
	}
	for _, im := range arts {
		a := im.article
		ja := jsonArticle{
			Input: im.input, Title: a.Title, Site: a.Site, Author: a.Author,
			Published: a.Published, URL: a.URL, Language: a.Language, Sections: []jsonSection{},
		}
		for si, sugg := range c.ClassifyArticle(a) {
			js := jsonSection{Heading: a.Sections[si].Heading, Paragraphs: []jsonParagraph{}}
			for pi, s := range sugg {
				js.Paragraphs = append(js.Paragraphs, jsonParagraph{
					Text: a.Sections[si].Paragraphs[pi], Topic: s.Topic, Score: s.Score, Terms: s.Terms,
				})
			}
			ja.Sections = append(ja.Sections, js)
		}
		doc.Articles = append(doc.Articles, ja)
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// printArticle shows an article for a reader at a terminal: its details, and
// each paragraph's start with the suggested topic and the terms behind it.
func printArticle(e *env, a *briefing.Article, c *briefing.Classifier) {
	fmt.Fprintf(e.stdout, "%s\n", line(a.Title))
	var facts []string
	for _, f := range []string{a.Site, a.Author, a.Published, a.URL, a.Language} {
		if f != "" {
			facts = append(facts, f)
		}
	}
	fmt.Fprintf(e.stdout, "  %s\n", line(strings.Join(facts, " · ")))
	for si, sugg := range c.ClassifyArticle(a) {
		if h := a.Sections[si].Heading; h != "" {
			fmt.Fprintf(e.stdout, "  ## %s\n", line(h))
		}
		for pi, s := range sugg {
			topic := "-"
			if s.Topic != "" {
				why := strings.Join(s.Terms, ", ")
				if s.Context != "" {
					why += "; from the " + s.Context
				}
				if s.Learned {
					why += "; learned from your briefings"
				}
				topic = fmt.Sprintf("%s %.1f (%s)", s.Topic, s.Score, strings.TrimPrefix(why, "; "))
			}
			fmt.Fprintf(e.stdout, "  %2d.%-2d %-40s %s\n", si+1, pi+1, line(preview(a.Sections[si].Paragraphs[pi], 36)), line(topic))
		}
	}
	fmt.Fprintln(e.stdout)
}

// preview returns the first n characters of s.
func preview(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
