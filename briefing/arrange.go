package briefing

import (
	"errors"
	"fmt"
)

// ErrNoTopics is returned when a paragraph is to be placed in a briefing
// without topics.
var ErrNoTopics = errors.New("the briefing has no topics")

// Own returns the briefing's copy of article a: the one with its id, or the
// same article (same address or text) under another id; nil if there is none.
func (b *Briefing) Own(a *Article) *Article {
	if x := b.Article(a.ID); x != nil {
		return x
	}
	// The same text has the same number of paragraphs: only those articles
	// need a fingerprint.
	n, print := a.paragraphCount(), ""
	for i := range b.Articles {
		if b.Articles[i].paragraphCount() != n {
			continue
		}
		if print == "" {
			print = a.Fingerprint()
		}
		if b.Articles[i].Fingerprint() == print {
			return &b.Articles[i]
		}
	}
	return nil
}

// PlacedIn returns, for each paragraph of the article a that the briefing
// quotes, the id of its excerpt, keyed by {section, paragraph}. The article
// may be the briefing's own copy or the same article from elsewhere.
func (b *Briefing) PlacedIn(a *Article) map[[2]int]string {
	placed := map[[2]int]string{}
	own := b.Own(a)
	if own == nil {
		return placed
	}
	for _, t := range b.Topics {
		for _, e := range t.Excerpts {
			if e.Article == own.ID {
				placed[[2]int{e.Section, e.Paragraph}] = e.ID
			}
		}
	}
	return placed
}

// AddParagraph quotes paragraph p of section s of article a under a topic,
// at position at (-1 for the end), bringing the article into the briefing if
// it is not there yet, and returns the excerpt's id.
func (b *Briefing) AddParagraph(topic string, a Article, s, p, at int) (string, error) {
	if b.Topic(topic) < 0 {
		return "", fmt.Errorf("topic %q: %w", topic, ErrNotFound)
	}
	ids, _ := b.AddArticles(a)
	return b.AddExcerpt(topic, ids[0], s, p, at)
}

// PlaceSection quotes every paragraph of section s of article a that is not
// placed yet under one topic, in their order, from position at (-1 for the
// end). It returns the number added.
func (b *Briefing) PlaceSection(a Article, s int, topic string, at int) (int, error) {
	if b.Topic(topic) < 0 {
		return 0, fmt.Errorf("topic %q: %w", topic, ErrNotFound)
	}
	if s < 0 || s >= len(a.Sections) {
		return 0, fmt.Errorf("section %d of %q: %w", s, a.Title, ErrNotFound)
	}
	return b.quoteSection(a, s, func(int) string { return topic }, at)
}

// AddSection quotes every paragraph of section s of article a that is not
// placed yet: each under the topic suggested for it (sugg, one per paragraph,
// may be nil), otherwise under the topic most of the section's paragraphs
// suggest, otherwise under the first topic. It returns the number added.
func (b *Briefing) AddSection(a Article, s int, sugg []Suggestion) (int, error) {
	if len(b.Topics) == 0 {
		return 0, ErrNoTopics
	}
	if s < 0 || s >= len(a.Sections) {
		return 0, fmt.Errorf("section %d of %q: %w", s, a.Title, ErrNotFound)
	}
	fallback := b.majorityTopic(sugg)
	return b.quoteSection(a, s, func(p int) string {
		if p < len(sugg) && b.Topic(sugg[p].Topic) >= 0 {
			return sugg[p].Topic
		}
		return fallback
	}, -1)
}

// quoteSection brings article a into the briefing and quotes the paragraphs
// of its section s that are not placed yet, each under topicOf(paragraph),
// in their order from position at of that topic (-1 for the end). It
// returns the number added.
func (b *Briefing) quoteSection(a Article, s int, topicOf func(p int) string, at int) (int, error) {
	ids, _ := b.AddArticles(a)
	added := 0
	for p := range a.Sections[s].Paragraphs {
		pos := at
		if at >= 0 {
			pos = at + added
		}
		_, err := b.AddExcerpt(topicOf(p), ids[0], s, p, pos)
		switch {
		case err == nil:
			added++
		case !errors.Is(err, ErrAlreadyPlaced):
			return added, err
		}
	}
	return added, nil
}

// majorityTopic returns the briefing's topic most suggestions name (the
// earliest named on a tie), or the first topic.
func (b *Briefing) majorityTopic(sugg []Suggestion) string {
	count := map[string]int{}
	best := ""
	for _, s := range sugg {
		if b.Topic(s.Topic) < 0 {
			continue
		}
		count[s.Topic]++
		if best == "" || count[s.Topic] > count[best] {
			best = s.Topic
		}
	}
	if best == "" {
		best = b.Topics[0].ID
	}
	return best
}

// MoveStep moves an excerpt or a topic (by id) one place up (step -1) or
// down (+1). An excerpt at the top or bottom of its topic moves on into the
// end of the previous topic or the start of the next one. It reports whether
// anything moved: nothing does at the ends of the briefing.
func (b *Briefing) MoveStep(id string, step int) (bool, error) {
	if step != -1 && step != 1 {
		return false, fmt.Errorf("step %d: only -1 and 1 are steps", step)
	}
	if ti := b.Topic(id); ti >= 0 {
		to := ti + step
		if to < 0 || to >= len(b.Topics) {
			return false, nil
		}
		return true, b.MoveTopic(id, to)
	}
	ti, pos := b.Find(id)
	if ti < 0 {
		return false, fmt.Errorf("excerpt %q: %w", id, ErrNotFound)
	}
	topic, to := b.Topics[ti].ID, pos+step
	switch {
	case to < 0 && ti > 0:
		topic, to = b.Topics[ti-1].ID, -1
	case to >= len(b.Topics[ti].Excerpts) && ti+1 < len(b.Topics):
		topic, to = b.Topics[ti+1].ID, 0
	case to < 0 || to >= len(b.Topics[ti].Excerpts):
		return false, nil
	}
	return true, b.MoveExcerpt(id, topic, to)
}

// DropExcerpt moves an excerpt to where it was dropped: before the excerpt
// that is at position before of the topic as the user sees it (the excerpt
// itself still in its old place); len(excerpts) or -1 for the end.
func (b *Briefing) DropExcerpt(id, topic string, before int) error {
	ti, from := b.Find(id)
	if ti < 0 {
		return fmt.Errorf("excerpt %q: %w", id, ErrNotFound)
	}
	if b.Topics[ti].ID == topic && before > from {
		before-- // the excerpt leaves its old place first
	}
	return b.MoveExcerpt(id, topic, before)
}

// DropTopic moves a topic to just before the topic it was dropped on, or to
// the end when onto is "".
func (b *Briefing) DropTopic(id, onto string) error {
	from := b.Topic(id)
	if from < 0 {
		return fmt.Errorf("topic %q: %w", id, ErrNotFound)
	}
	if onto == "" {
		return b.MoveTopic(id, len(b.Topics)-1)
	}
	to := b.Topic(onto)
	if to < 0 {
		return fmt.Errorf("topic %q: %w", onto, ErrNotFound)
	}
	if from < to {
		to-- // the topic leaves its old place first
	}
	return b.MoveTopic(id, to)
}
