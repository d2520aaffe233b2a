package briefing

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"time"
)

// Paper sizes for the handout.
const (
	PaperA4     = "a4"
	PaperLetter = "letter"
)

// Handout styles.
const (
	StyleBriefing = "briefing" // cover, contents, topics with their excerpts
	StyleReport   = "report"   // 보고서: title block, 요약 box, 개조식, excerpts in an annex
)

// What the handout does with a topic that has no excerpts and no commentary.
const (
	EmptyTopicLine = "line" // one line: "해당 없음" / "Nothing this period"
	EmptyTopicOmit = "omit" // left out, and out of the contents
)

// Details are the facts printed on the cover and in the running header.
type Details struct {
	Title        string `json:"title"`
	Subtitle     string `json:"subtitle,omitempty"`
	Author       string `json:"author,omitempty"`
	Organization string `json:"organization,omitempty"`
	Date         string `json:"date"`              // YYYY-MM-DD; also the PDF's creation date
	Marking      string `json:"marking,omitempty"` // handling marking, e.g. 대외비
	Language     string `json:"language"`          // "ko" or "en": labels of the handout
	Paper        string `json:"paper"`             // "a4" or "letter"
	// Style is the handout style: StyleBriefing ("" reads as it) or StyleReport.
	Style string `json:"style,omitempty"`
	// Declassify is the declassification notice (예고문) printed on the
	// cover of a marked handout, e.g. "2027. 12. 31.까지 대외비".
	Declassify string `json:"declassify,omitempty"`
	// TopicPages starts every topic on a new page; otherwise topics follow
	// one another with space above.
	TopicPages bool `json:"topicPages,omitempty"`
	// EmptyTopics is EmptyTopicLine ("" reads as it) or EmptyTopicOmit.
	EmptyTopics string `json:"emptyTopics,omitempty"`
}

// Briefing is what the user assembles: details, an executive summary, topics
// holding excerpts, and the articles those excerpts quote.
type Briefing struct {
	Details  Details   `json:"details"`
	Summary  string    `json:"summary"` // Markdown
	Template string    `json:"template"`
	Topics   []Topic   `json:"topics"`
	Articles []Article `json:"articles"`
	nextID   int
}

// Topic is one section of the briefing.
type Topic struct {
	ID         string    `json:"id"`
	Title      string    `json:"title"`
	Commentary string    `json:"commentary"` // Markdown
	Excerpts   []Excerpt `json:"excerpts"`
}

// Excerpt is a paragraph quoted from an article. Text is what the handout
// shows; when the user has edited it, Original keeps the article's words.
type Excerpt struct {
	ID        string `json:"id"`
	Article   string `json:"article"`
	Section   int    `json:"section"`
	Paragraph int    `json:"paragraph"`
	Text      string `json:"text"`
	Original  string `json:"original,omitempty"`
}

// Edited reports whether the excerpt's text differs from the article's.
func (e *Excerpt) Edited() bool { return e.Original != "" && e.Original != e.Text }

// New returns an empty briefing with the topics of template t, named in lang,
// dated today.
func New(t *Template, lang string, now time.Time) *Briefing {
	if lang != "en" {
		lang = "ko"
	}
	b := &Briefing{
		Details: Details{
			Title:    t.Name(lang),
			Date:     now.Format(time.DateOnly),
			Language: lang,
			Paper:    PaperA4,
		},
		Template: t.ID,
		Topics:   []Topic{},
		Articles: []Article{},
	}
	for _, tp := range t.Topics {
		b.Topics = append(b.Topics, Topic{ID: tp.ID, Title: tp.Name(lang), Excerpts: []Excerpt{}})
	}
	return b
}

// Article returns the article with the given id, or nil.
func (b *Briefing) Article(id string) *Article {
	for i := range b.Articles {
		if b.Articles[i].ID == id {
			return &b.Articles[i]
		}
	}
	return nil
}

// Topic returns the index of the topic with the given id, or -1.
func (b *Briefing) Topic(id string) int {
	for i := range b.Topics {
		if b.Topics[i].ID == id {
			return i
		}
	}
	return -1
}

// Find returns the topic and position of the excerpt with the given id, or -1, -1.
func (b *Briefing) Find(excerptID string) (topic, pos int) {
	for i := range b.Topics {
		for j := range b.Topics[i].Excerpts {
			if b.Topics[i].Excerpts[j].ID == excerptID {
				return i, j
			}
		}
	}
	return -1, -1
}

// ExcerptCount returns the number of excerpts in all topics.
func (b *Briefing) ExcerptCount() int {
	n := 0
	for _, t := range b.Topics {
		n += len(t.Excerpts)
	}
	return n
}

// Cited returns the articles quoted by excerpts, in order of first quotation;
// the position of an article in this list, plus one, is its citation number.
func (b *Briefing) Cited() []*Article {
	var out []*Article
	seen := map[string]bool{}
	for _, t := range b.Topics {
		for _, e := range t.Excerpts {
			if seen[e.Article] {
				continue
			}
			seen[e.Article] = true
			if a := b.Article(e.Article); a != nil {
				out = append(out, a)
			}
		}
	}
	return out
}

// Date returns the briefing's date, or the zero time when it is not set or
// not a date.
func (b *Briefing) Date() time.Time {
	t, err := time.Parse(time.DateOnly, b.Details.Date)
	if err != nil {
		return time.Time{}
	}
	return t
}

// Clone returns a copy to change, which shares with b what a change does not
// touch, so that each undo step costs only what it changed: the articles
// and every topic's excerpts are shared, clipped to their length so that
// adding to them makes a new array (insertAt, removeAt and append never
// write into a full one), and an excerpt is changed in place only after its
// topic has its own copy (ownExcerpt). The list of topics is copied.
func (b *Briefing) Clone() *Briefing {
	c := *b
	c.Topics = make([]Topic, len(b.Topics))
	for i, t := range b.Topics {
		t.Excerpts = slices.Clip(t.Excerpts)
		c.Topics[i] = t
	}
	c.Articles = slices.Clip(b.Articles)
	return &c
}

// Equal reports whether two briefings hold the same content. Steps share
// what did not change, so comparing them is quick.
func (b *Briefing) Equal(o *Briefing) bool {
	if b.Details != o.Details || b.Summary != o.Summary || b.Template != o.Template ||
		len(b.Topics) != len(o.Topics) || len(b.Articles) != len(o.Articles) {
		return false
	}
	for i := range b.Topics {
		t, u := &b.Topics[i], &o.Topics[i]
		if t.ID != u.ID || t.Title != u.Title || t.Commentary != u.Commentary || !slices.Equal(t.Excerpts, u.Excerpts) {
			return false
		}
	}
	for i := range b.Articles {
		if !reflect.DeepEqual(b.Articles[i], o.Articles[i]) {
			return false
		}
	}
	return true
}

// newID returns an identifier unused in the briefing, with the given prefix.
func (b *Briefing) newID(prefix string) string {
	for {
		b.nextID++
		id := prefix + strconv.Itoa(b.nextID)
		if !b.idInUse(id) {
			return id
		}
	}
}

func (b *Briefing) idInUse(id string) bool {
	if b.Topic(id) >= 0 {
		return true
	}
	t, _ := b.Find(id)
	return t >= 0
}

// Validate checks that every excerpt refers to an article and paragraph in the
// briefing and that identifiers are unique. The error names the place.
func (b *Briefing) Validate() error {
	if b.Details.Paper != PaperA4 && b.Details.Paper != PaperLetter {
		return fmt.Errorf("details.paper: %q is not a4 or letter", b.Details.Paper)
	}
	if s := b.Details.Style; s != "" && s != StyleBriefing && s != StyleReport {
		return fmt.Errorf("details.style: %q is not briefing or report", s)
	}
	if e := b.Details.EmptyTopics; e != "" && e != EmptyTopicLine && e != EmptyTopicOmit {
		return fmt.Errorf("details.emptyTopics: %q is not line or omit", e)
	}
	if b.Details.Date != "" {
		if _, err := time.Parse(time.DateOnly, b.Details.Date); err != nil {
			return fmt.Errorf("details.date: %q is not a date like 2026-11-25", b.Details.Date)
		}
	}
	articles := map[string]*Article{}
	for i := range b.Articles {
		a := &b.Articles[i]
		if a.ID == "" || articles[a.ID] != nil {
			return fmt.Errorf("articles[%d]: missing or repeated id %q", i, a.ID)
		}
		articles[a.ID] = a
	}
	ids := map[string]bool{}
	for i, t := range b.Topics {
		if t.ID == "" || ids[t.ID] {
			return fmt.Errorf("topics[%d]: missing or repeated id %q", i, t.ID)
		}
		ids[t.ID] = true
		for j, e := range t.Excerpts {
			where := func() string { return fmt.Sprintf("topics[%d].excerpts[%d]", i, j) }
			if e.ID == "" || ids[e.ID] {
				return fmt.Errorf("%s: missing or repeated id %q", where(), e.ID)
			}
			ids[e.ID] = true
			a := articles[e.Article]
			if a == nil {
				return fmt.Errorf("%s: article %q is not in the file", where(), e.Article)
			}
			if _, ok := a.Paragraph(e.Section, e.Paragraph); !ok {
				return fmt.Errorf("%s: article %q has no paragraph %d in section %d", where(), e.Article, e.Paragraph, e.Section)
			}
		}
	}
	return nil
}
