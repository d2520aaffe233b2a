// Package briefing is Briefdesk's engine: articles and their sections, topic
// templates and the classifier that suggests a topic for every paragraph, and
// the briefing a user assembles from excerpts. It knows nothing of files,
// windows or PDF; readers (package importer) produce articles, and writers
// (packages pdf, markdown and brieffile) consume briefings.
package briefing

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
)

// Article is one imported news article or document.
type Article struct {
	ID        string    `json:"id"`
	Input     string    `json:"input,omitempty"` // file name or address it came from
	Title     string    `json:"title"`
	Site      string    `json:"site,omitempty"`
	Author    string    `json:"author,omitempty"`
	Published string    `json:"published,omitempty"` // YYYY-MM-DD when known
	URL       string    `json:"url,omitempty"`
	Retrieved string    `json:"retrieved,omitempty"` // RFC 3339 time it was fetched from the web
	Language  string    `json:"language"`            // "ko" or "en"
	Sections  []Section `json:"sections"`
}

// Section is a run of paragraphs under one heading. The first section of an
// article may have no heading (the lead).
type Section struct {
	Heading    string   `json:"heading"`
	Paragraphs []string `json:"paragraphs"`
}

// ParagraphCount returns the number of paragraphs in all sections.
func (a *Article) ParagraphCount() int {
	n := 0
	for _, s := range a.Sections {
		n += len(s.Paragraphs)
	}
	return n
}

// Paragraph returns the text of paragraph p of section s, and whether it exists.
func (a *Article) Paragraph(s, p int) (string, bool) {
	if s < 0 || s >= len(a.Sections) || p < 0 || p >= len(a.Sections[s].Paragraphs) {
		return "", false
	}
	return a.Sections[s].Paragraphs[p], true
}

// Text returns the article's headings and paragraphs as plain text, one block
// per line.
func (a *Article) Text() string {
	var b strings.Builder
	for _, s := range a.Sections {
		if s.Heading != "" {
			b.WriteString(s.Heading)
			b.WriteByte('\n')
		}
		for _, p := range s.Paragraphs {
			b.WriteString(p)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// AssignID gives the article an identifier derived from its address, or from
// its text when it has none, so that the same article imported twice gets the
// same identifier.
func (a *Article) AssignID() {
	h := sha256.New()
	if a.URL != "" {
		h.Write([]byte("url\x00" + a.URL))
	} else {
		h.Write([]byte("text\x00" + a.Title + "\x00" + a.Text()))
	}
	a.ID = "a-" + hex.EncodeToString(h.Sum(nil))[:12]
}

// Fingerprint identifies an article's text regardless of where it came from:
// the same story saved from two sites, or a page and its copy in a feed,
// have the same fingerprint. Runs of white space count as one space.
func (a *Article) Fingerprint() string {
	h := sha256.New()
	var buf []byte
	for _, s := range a.Sections {
		for _, p := range s.Paragraphs {
			buf = buf[:0]
			for w := range strings.FieldsSeq(p) {
				if len(buf) > 0 {
					buf = append(buf, ' ')
				}
				buf = append(buf, w...)
			}
			h.Write(append(buf, 0))
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// paragraphCount returns the number of paragraphs, which the fingerprint
// covers one by one.
func (a *Article) paragraphCount() int {
	n := 0
	for _, s := range a.Sections {
		n += len(s.Paragraphs)
	}
	return n
}

// SameAs reports whether a and b are the same article: the same address, or
// the same text.
func (a *Article) SameAs(b *Article) bool {
	return a.ID == b.ID || a.Fingerprint() == b.Fingerprint()
}

// ArticleIndex finds, among many articles, the one that is the same as
// another (SameAs) without comparing it with each: it keeps every article's
// id and fingerprint. V is what the caller wants back for a match.
type ArticleIndex[V any] struct {
	ids    map[string]V
	prints map[string]V
}

// NewArticleIndex returns an empty index.
func NewArticleIndex[V any]() *ArticleIndex[V] {
	return &ArticleIndex[V]{ids: map[string]V{}, prints: map[string]V{}}
}

// Find returns the value put for the article that is the same as a.
func (x *ArticleIndex[V]) Find(a *Article) (V, bool) {
	if v, ok := x.ids[a.ID]; ok {
		return v, true
	}
	v, ok := x.prints[a.Fingerprint()]
	return v, ok
}

// Put records a with the value v.
func (x *ArticleIndex[V]) Put(a *Article, v V) {
	x.ids[a.ID] = v
	x.prints[a.Fingerprint()] = v
}

// Delete forgets a.
func (x *ArticleIndex[V]) Delete(a *Article) {
	delete(x.ids, a.ID)
	delete(x.prints, a.Fingerprint())
}

// DetectLanguage returns "ko" when Hangul makes up a fair share of the letters
// in text, and "en" otherwise.
func DetectLanguage(text string) string {
	hangul, letters := 0, 0
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Hangul, r):
			hangul++
			letters++
		case unicode.IsLetter(r):
			letters++
		}
	}
	// A Hangul syllable carries about three Latin letters' worth of text.
	if letters > 0 && hangul*3 >= (letters-hangul) {
		return "ko"
	}
	return "en"
}
