package desk

import (
	"errors"

	"github.com/briefdesk/briefdesk/briefing"
)

// Names of the undoable steps, in English; the window translates them.
const (
	StepAddParagraph  = "add paragraph"
	StepAddSection    = "add section"
	StepAssemble      = "assemble automatically"
	StepMoveExcerpt   = "move excerpt"
	StepMoveTopic     = "move topic"
	StepRemoveExcerpt = "remove excerpt"
	StepEditExcerpt   = "edit excerpt"
	StepAddTopic      = "add topic"
	StepRenameTopic   = "rename topic"
	StepRemoveTopic   = "remove topic"
	StepDetails       = "edit details"
	StepSummary       = "edit summary"
	StepCommentary    = "edit commentary"
)

// ErrNoClassifier is returned by operations that need suggestions when the
// briefing's template is not installed.
var ErrNoClassifier = errors.New("no topic template is available for suggestions")

// learning1 does one step of the analyst's that places, moves or removes
// paragraphs, and learns from it (UseLearning). Steps the suggestions
// made (automatic assembly, a section under its suggested topics) teach
// nothing.
func (s *Session) learning1(name string, edit func(b *briefing.Briefing) error) error {
	before := s.Briefing()
	if err := s.Do(name, edit); err != nil {
		return err
	}
	s.learnFrom(before)
	return nil
}

// AddParagraph quotes a paragraph of article a (from the library or the
// briefing) at the end of a topic and returns the excerpt's id.
func (s *Session) AddParagraph(topic string, a *briefing.Article, si, pi int) (string, error) {
	return s.DropParagraph(topic, a, si, pi, -1)
}

// DropParagraph quotes a paragraph of article a under a topic at position at
// (-1 for the end), where it was dropped, and returns the excerpt's id.
func (s *Session) DropParagraph(topic string, a *briefing.Article, si, pi, at int) (string, error) {
	var id string
	err := s.learning1(StepAddParagraph, func(b *briefing.Briefing) (err error) {
		id, err = b.AddParagraph(topic, *a, si, pi, at)
		return err
	})
	return id, err
}

// DropSection quotes the paragraphs of a section not yet in the briefing
// under one topic from position at (-1 for the end), where the section was
// dropped, as one step, and returns the number added.
func (s *Session) DropSection(topic string, a *briefing.Article, si, at int) (int, error) {
	n := 0
	err := s.learning1(StepAddSection, func(b *briefing.Briefing) (err error) {
		n, err = b.PlaceSection(*a, si, topic, at)
		return err
	})
	return n, err
}

// AddSection quotes every paragraph of a section not yet in the briefing,
// each under its suggested topic (or the section's, or the first topic), as
// one step, and returns the number added.
func (s *Session) AddSection(a *briefing.Article, si int) (int, error) {
	var sugg []briefing.Suggestion
	if all := s.Suggest(a); si >= 0 && si < len(all) {
		sugg = all[si]
	}
	n := 0
	err := s.Do(StepAddSection, func(b *briefing.Briefing) (err error) {
		n, err = b.AddSection(*a, si, sugg)
		return err
	})
	return n, err
}

// MoveStep moves an excerpt or topic one place up (-1) or down (+1), an
// excerpt across topic boundaries; it reports whether anything moved.
func (s *Session) MoveStep(id string, step int) (bool, error) {
	name := StepMoveExcerpt
	if s.Briefing().Topic(id) >= 0 {
		name = StepMoveTopic
	}
	if moved, err := s.Briefing().Clone().MoveStep(id, step); err != nil || !moved {
		return false, err // at an end: no step recorded
	}
	return true, s.learning1(name, func(b *briefing.Briefing) error {
		_, err := b.MoveStep(id, step)
		return err
	})
}

// DropExcerpt moves an excerpt before the excerpt at position before of a
// topic, as the user sees the outline (-1 for the end).
func (s *Session) DropExcerpt(id, topic string, before int) error {
	return s.learning1(StepMoveExcerpt, func(b *briefing.Briefing) error { return b.DropExcerpt(id, topic, before) })
}

// MoveExcerpt moves an excerpt to the end of a topic.
func (s *Session) MoveExcerpt(id, topic string) error {
	return s.learning1(StepMoveExcerpt, func(b *briefing.Briefing) error { return b.MoveExcerpt(id, topic, -1) })
}

// DropTopic moves a topic to just before the topic it was dropped on, or to
// the end when onto is "".
func (s *Session) DropTopic(id, onto string) error {
	if id == onto {
		return nil
	}
	return s.Do(StepMoveTopic, func(b *briefing.Briefing) error { return b.DropTopic(id, onto) })
}

// RemoveExcerpt takes an excerpt out of the briefing.
func (s *Session) RemoveExcerpt(id string) error {
	return s.learning1(StepRemoveExcerpt, func(b *briefing.Briefing) error { return b.RemoveExcerpt(id) })
}

// EditExcerpt sets an excerpt's text; the text of the article itself puts
// the original back.
func (s *Session) EditExcerpt(id, text string) error {
	return s.Do(StepEditExcerpt, func(b *briefing.Briefing) error {
		ti, pos := b.Find(id)
		if ti >= 0 {
			if e := b.Topics[ti].Excerpts[pos]; e.Edited() && text == e.Original {
				return b.RestoreExcerpt(id)
			}
		}
		return b.EditExcerpt(id, text)
	})
}

// AddTopic appends a topic and returns its id.
func (s *Session) AddTopic(title string) (string, error) {
	var id string
	err := s.Do(StepAddTopic, func(b *briefing.Briefing) error { id = b.AddTopic(title); return nil })
	return id, err
}

// RenameTopic changes a topic's title.
func (s *Session) RenameTopic(id, title string) error {
	return s.Do(StepRenameTopic, func(b *briefing.Briefing) error { return b.RenameTopic(id, title) })
}

// RemoveTopic removes a topic with its excerpts and commentary.
func (s *Session) RemoveTopic(id string) error {
	return s.Do(StepRemoveTopic, func(b *briefing.Briefing) error { return b.RemoveTopic(id) })
}

// SetDetails records the details form as typing.
func (s *Session) SetDetails(d briefing.Details) error {
	if d == s.Briefing().Details {
		return nil
	}
	return s.Type("details", StepDetails, func(b *briefing.Briefing) error { b.Details = d; return nil })
}

// SetSummary records the executive summary as typing.
func (s *Session) SetSummary(markdown string) error {
	if markdown == s.Briefing().Summary {
		return nil
	}
	return s.Type("summary", StepSummary, func(b *briefing.Briefing) error { b.Summary = markdown; return nil })
}

// SetCommentary records a topic's commentary as typing.
func (s *Session) SetCommentary(topic, markdown string) error {
	b := s.Briefing()
	if ti := b.Topic(topic); ti >= 0 && b.Topics[ti].Commentary == markdown {
		return nil
	}
	return s.Type("commentary:"+topic, StepCommentary, func(b *briefing.Briefing) error { return b.SetCommentary(topic, markdown) })
}
