package desk

import (
	"context"

	"github.com/briefdesk/briefdesk/briefing"
)

// DefaultPerTopic is how many paragraphs automatic assembly proposes for
// each topic unless told otherwise.
const DefaultPerTopic = 8

// Propose ranks the paragraphs of arts for the topics of briefing b (see
// briefing.Propose), keeping at most perTopic per topic (0 for all). It
// reads b and c only, so it runs on a background goroutine with a snapshot
// of the session; progress is told of every article read. A cancelled ctx
// stops it with ErrCancelled.
func Propose(ctx context.Context, b *briefing.Briefing, c *briefing.Classifier, arts []*briefing.Article, perTopic int, progress func(done, total int)) ([]briefing.Proposal, error) {
	if c == nil {
		return nil, ErrNoClassifier
	}
	copies := values(arts)
	props := b.Propose(c, copies, perTopic, func(done int) bool {
		if progress != nil {
			progress(done, len(copies))
		}
		return ctx.Err() == nil
	})
	if ctx.Err() != nil {
		return nil, ErrCancelled
	}
	return props, nil
}

// Accept quotes the accepted proposals of automatic assembly under their
// topics as one step, the articles in the order given, and returns the
// number of excerpts added.
func (s *Session) Accept(arts []*briefing.Article, props []briefing.Proposal) (int, error) {
	copies := values(arts)
	n := 0
	err := s.Do(StepAssemble, func(b *briefing.Briefing) (err error) {
		n, err = b.Accept(copies, props)
		return err
	})
	return n, err
}

// values copies the articles, for the engine, which takes them by value.
func values(arts []*briefing.Article) []briefing.Article {
	out := make([]briefing.Article, len(arts))
	for i, a := range arts {
		out[i] = *a
	}
	return out
}
