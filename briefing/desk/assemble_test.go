package desk

import (
	"context"
	"errors"
	"testing"
)

func TestProposeThenAcceptAsOneStep(t *testing.T) {
	s := newClock().session(t)
	arts := samples(t)
	var seen []int
	props, err := Propose(context.Background(), s.Briefing(), s.Classifier(), arts, 2, func(done, total int) {
		if total != len(arts) {
			t.Errorf("progress says %d articles, want %d", total, len(arts))
		}
		seen = append(seen, done)
	})
	if err != nil || len(props) == 0 {
		t.Fatalf("%d proposals: %v", len(props), err)
	}
	if len(seen) != len(arts) {
		t.Errorf("progress told %d times for %d articles", len(seen), len(arts))
	}
	per := map[string]int{}
	for _, p := range props {
		per[p.Topic]++
		if per[p.Topic] > 2 {
			t.Errorf("more than 2 proposals for %s", p.Topic)
		}
	}
	if s.Dirty() {
		t.Error("proposing changed the briefing")
	}
	n, err := s.Accept(arts, props[:1])
	if err != nil || n != 1 || s.UndoName() != StepAssemble || s.Briefing().ExcerptCount() != 1 {
		t.Errorf("accepting one proposal: %d, %v, step %q", n, err, s.UndoName())
	}
	s.Undo()
	if s.Briefing().ExcerptCount() != 0 || len(s.Briefing().Articles) != 0 {
		t.Error("undo left the accepted proposal or its article")
	}
}

func TestProposeCancelled(t *testing.T) {
	s := newClock().session(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Propose(ctx, s.Briefing(), s.Classifier(), samples(t), 0, nil); !errors.Is(err, ErrCancelled) {
		t.Errorf("a cancelled proposal gave %v", err)
	}
	if _, err := Propose(context.Background(), s.Briefing(), nil, samples(t), 0, nil); !errors.Is(err, ErrNoClassifier) {
		t.Errorf("without a classifier: %v", err)
	}
}
