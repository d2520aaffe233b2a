package ui

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2/lang"

	"github.com/briefdesk/briefdesk/briefing"
)

// topicTitle returns the briefing's title for a topic id, or the template's.
func (u *App) topicTitle(id string) string {
	b := u.briefing()
	if i := b.Topic(id); i >= 0 {
		return b.Topics[i].Title
	}
	if u.tmpl != nil {
		if t := u.tmpl.Topic(id); t != nil {
			return t.Name(b.Details.Language)
		}
	}
	return id
}

// addParagraph quotes a paragraph under a topic, bringing its article into
// the briefing.
func (u *App) addParagraph(topic string, a *briefing.Article, si, pi int) {
	var id string
	ok := u.change(func(b *briefing.Briefing) (err error) {
		ids, _ := b.AddArticles(*a)
		id, err = b.AddExcerpt(topic, ids[0], si, pi, -1)
		return err
	})
	if ok {
		u.outline.selectExcerpt(id)
		u.status.set(fmt.Sprintf(lang.L("Added to %s."), u.topicTitle(topic)))
	}
}

// articleIn returns the briefing's copy of a (which may have come with a
// different id, if the same text was already there).
func articleIn(b *briefing.Briefing, a *briefing.Article) *briefing.Article {
	for i := range b.Articles {
		if b.Articles[i].SameAs(a) {
			return &b.Articles[i]
		}
	}
	return a
}

// sectionTopic picks the topic most of a section's paragraphs suggest, or
// the first topic.
func (u *App) sectionTopic(b *briefing.Briefing, sugg []briefing.Suggestion) string {
	count := map[string]int{}
	best := ""
	for _, s := range sugg {
		if b.Topic(s.Topic) >= 0 {
			count[s.Topic]++
			if best == "" || count[s.Topic] > count[best] {
				best = s.Topic
			}
		}
	}
	if best == "" {
		best = b.Topics[0].ID
	}
	return best
}

// assemble places the confidently classified paragraphs of the articles
// under their topics, as one undoable change.
func (u *App) assemble(arts []*briefing.Article) {
	if u.class == nil {
		u.showError(errors.New(lang.L("No topic template is available.")))
		return
	}
	n := 0
	u.change(func(b *briefing.Briefing) error {
		copies := make([]briefing.Article, len(arts))
		for i, a := range arts {
			copies[i] = *a
		}
		ids, _ := b.AddArticles(copies...)
		n = b.AutoAssemble(u.class, ids...)
		return nil
	})
	u.status.set(fmt.Sprintf(lang.L("Placed %d paragraphs automatically. Check them in the outline; Undo takes them all back."), n))
}
