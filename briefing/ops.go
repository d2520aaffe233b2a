package briefing

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Errors that callers of the operations may need to tell apart.
var (
	ErrNotFound      = errors.New("not found")
	ErrAlreadyPlaced = errors.New("paragraph is already in the briefing")
)

// AddArticle adds a to the briefing's articles unless the same article (same
// address or same text) is there already, and reports whether it was added.
func (b *Briefing) AddArticle(a Article) bool {
	_, added := b.AddArticles(a)
	return added == 1
}

// AddArticles adds the articles that are not in the briefing yet (the same
// address or the same text, also among themselves) and returns, for each
// article given, the id of the briefing's copy: the article's own, or the
// one already there. Adding many at once compares each with the others only
// through an index.
func (b *Briefing) AddArticles(as ...Article) (ids []string, added int) {
	if ids, ok := b.knownByID(as); ok {
		return ids, 0 // every one is there: no text to compare
	}
	index := NewArticleIndex[string]()
	for i := range b.Articles {
		index.Put(&b.Articles[i], b.Articles[i].ID)
	}
	ids = make([]string, len(as))
	for i, a := range as {
		if a.ID == "" {
			a.AssignID()
		}
		if id, ok := index.Find(&a); ok {
			ids[i] = id
			continue
		}
		b.Articles = append(b.Articles, a)
		index.Put(&a, a.ID)
		ids[i] = a.ID
		added++
	}
	return ids, added
}

// knownByID returns the ids of the articles if the briefing has an article
// of each one's id (quoting a paragraph of an article already in the
// briefing, the common case, needs no fingerprints).
func (b *Briefing) knownByID(as []Article) ([]string, bool) {
	have := make(map[string]bool, len(b.Articles))
	for i := range b.Articles {
		have[b.Articles[i].ID] = true
	}
	ids := make([]string, len(as))
	for i := range as {
		if as[i].ID == "" || !have[as[i].ID] {
			return nil, false
		}
		ids[i] = as[i].ID
	}
	return ids, true
}

// Placed returns the id of the excerpt quoting paragraph p of section s of
// the article, or "".
func (b *Briefing) Placed(article string, s, p int) string {
	for _, t := range b.Topics {
		for _, e := range t.Excerpts {
			if e.Article == article && e.Section == s && e.Paragraph == p {
				return e.ID
			}
		}
	}
	return ""
}

// AddExcerpt quotes paragraph p of section s of an article of the briefing
// under a topic, at position at (-1 for the end), and returns its id.
func (b *Briefing) AddExcerpt(topic, article string, s, p, at int) (string, error) {
	ti := b.Topic(topic)
	if ti < 0 {
		return "", fmt.Errorf("topic %q: %w", topic, ErrNotFound)
	}
	a := b.Article(article)
	if a == nil {
		return "", fmt.Errorf("article %q: %w", article, ErrNotFound)
	}
	text, ok := a.Paragraph(s, p)
	if !ok {
		return "", fmt.Errorf("paragraph %d of section %d in %q: %w", p, s, a.Title, ErrNotFound)
	}
	if b.Placed(article, s, p) != "" {
		return "", ErrAlreadyPlaced
	}
	e := Excerpt{ID: b.newID("e"), Article: article, Section: s, Paragraph: p, Text: text}
	t := &b.Topics[ti]
	t.Excerpts = insertAt(t.Excerpts, e, at)
	return e.ID, nil
}

// MoveExcerpt moves an excerpt to position at (-1 for the end) of a topic,
// which may be its own.
func (b *Briefing) MoveExcerpt(id, topic string, at int) error {
	ti, pos := b.Find(id)
	if ti < 0 {
		return fmt.Errorf("excerpt %q: %w", id, ErrNotFound)
	}
	to := b.Topic(topic)
	if to < 0 {
		return fmt.Errorf("topic %q: %w", topic, ErrNotFound)
	}
	e := b.Topics[ti].Excerpts[pos]
	b.Topics[ti].Excerpts = removeAt(b.Topics[ti].Excerpts, pos)
	b.Topics[to].Excerpts = insertAt(b.Topics[to].Excerpts, e, at)
	return nil
}

// RemoveExcerpt removes an excerpt from the briefing.
func (b *Briefing) RemoveExcerpt(id string) error {
	ti, pos := b.Find(id)
	if ti < 0 {
		return fmt.Errorf("excerpt %q: %w", id, ErrNotFound)
	}
	b.Topics[ti].Excerpts = removeAt(b.Topics[ti].Excerpts, pos)
	return nil
}

// EditExcerpt replaces an excerpt's text, keeping the article's original.
func (b *Briefing) EditExcerpt(id, text string) error {
	ti, pos := b.Find(id)
	if ti < 0 {
		return fmt.Errorf("excerpt %q: %w", id, ErrNotFound)
	}
	e := b.ownExcerpt(ti, pos)
	if e.Original == "" {
		e.Original = e.Text
	}
	e.Text = strings.TrimSpace(text)
	if e.Text == e.Original {
		e.Original = ""
	}
	return nil
}

// RestoreExcerpt puts the article's original text back into an edited excerpt.
func (b *Briefing) RestoreExcerpt(id string) error {
	ti, pos := b.Find(id)
	if ti < 0 {
		return fmt.Errorf("excerpt %q: %w", id, ErrNotFound)
	}
	e := b.ownExcerpt(ti, pos)
	if e.Original != "" {
		e.Text, e.Original = e.Original, ""
	}
	return nil
}

// ownExcerpt returns excerpt pos of topic ti to change in place, after
// giving the topic its own copy of its excerpts: a clone shares them with
// the briefing it was made from (see Clone).
func (b *Briefing) ownExcerpt(ti, pos int) *Excerpt {
	t := &b.Topics[ti]
	t.Excerpts = slices.Clone(t.Excerpts)
	return &t.Excerpts[pos]
}

// AddTopic appends a topic with the given title and returns its id.
func (b *Briefing) AddTopic(title string) string {
	id := b.newID("t")
	b.Topics = append(b.Topics, Topic{ID: id, Title: strings.TrimSpace(title), Excerpts: []Excerpt{}})
	return id
}

// RenameTopic changes a topic's title.
func (b *Briefing) RenameTopic(id, title string) error {
	ti := b.Topic(id)
	if ti < 0 {
		return fmt.Errorf("topic %q: %w", id, ErrNotFound)
	}
	b.Topics[ti].Title = strings.TrimSpace(title)
	return nil
}

// RemoveTopic removes a topic with its excerpts and commentary.
func (b *Briefing) RemoveTopic(id string) error {
	ti := b.Topic(id)
	if ti < 0 {
		return fmt.Errorf("topic %q: %w", id, ErrNotFound)
	}
	b.Topics = removeAt(b.Topics, ti)
	return nil
}

// MoveTopic moves a topic to position at (-1 for the end).
func (b *Briefing) MoveTopic(id string, at int) error {
	ti := b.Topic(id)
	if ti < 0 {
		return fmt.Errorf("topic %q: %w", id, ErrNotFound)
	}
	t := b.Topics[ti]
	b.Topics = insertAt(removeAt(b.Topics, ti), t, at)
	return nil
}

// SetCommentary sets a topic's commentary (Markdown).
func (b *Briefing) SetCommentary(id, markdown string) error {
	ti := b.Topic(id)
	if ti < 0 {
		return fmt.Errorf("topic %q: %w", id, ErrNotFound)
	}
	b.Topics[ti].Commentary = markdown
	return nil
}

// AutoAssemble places every paragraph of the given articles (all articles
// when ids is empty) that the classifier confidently assigns to one of the
// briefing's topics under that topic, in article order, skipping paragraphs
// already placed. It returns the number of excerpts added.
func (b *Briefing) AutoAssemble(c *Classifier, ids ...string) int {
	added := 0
	for _, a := range b.Articles {
		if len(ids) > 0 && !contains(ids, a.ID) {
			continue
		}
		for si, sugg := range c.ClassifyArticle(&a) {
			for pi, sg := range sugg {
				if sg.Topic == "" || b.Topic(sg.Topic) < 0 {
					continue
				}
				if _, err := b.AddExcerpt(sg.Topic, a.ID, si, pi, -1); err == nil {
					added++
				}
			}
		}
	}
	return added
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func insertAt[T any](list []T, v T, at int) []T {
	if at < 0 || at > len(list) {
		at = len(list)
	}
	list = append(list, v)
	copy(list[at+1:], list[at:])
	list[at] = v
	return list
}

func removeAt[T any](list []T, i int) []T {
	return append(list[:i:i], list[i+1:]...)
}
