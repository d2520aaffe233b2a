package desk

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/briefdesk/briefdesk/briefing"
)

// placement is a paragraph of an article, as an excerpt quotes it.
type placement struct {
	article       string
	section, para int
}

func (a placement) compare(b placement) int {
	return cmp.Or(strings.Compare(a.article, b.article), cmp.Compare(a.section, b.section), cmp.Compare(a.para, b.para))
}

// lessons returns what a step of the analyst taught, from the briefing
// before and after it: each paragraph placed under a topic or moved to
// another, each taken out, and a few paragraphs of an article quoted for
// the first time that were left out.
func lessons(before, after *briefing.Briefing) []briefing.LearnedExample {
	placed := func(b *briefing.Briefing) map[placement]string {
		m := map[placement]string{}
		for _, t := range b.Topics {
			for _, e := range t.Excerpts {
				m[placement{e.Article, e.Section, e.Paragraph}] = t.ID
			}
		}
		return m
	}
	was, is := placed(before), placed(after)
	text := func(b *briefing.Briefing, k placement) (string, string) {
		a := b.Article(k.article)
		if a == nil {
			return "", ""
		}
		p, ok := a.Paragraph(k.section, k.para)
		if !ok {
			return "", ""
		}
		return p, a.Sections[k.section].Heading
	}
	quotedBefore := map[string]bool{}
	for k := range was {
		quotedBefore[k.article] = true
	}
	var out []briefing.LearnedExample
	newArticles := map[string]bool{}
	for _, k := range slices.SortedFunc(maps.Keys(is), placement.compare) {
		topic := is[k]
		if was[k] == topic {
			continue
		}
		if p, h := text(after, k); p != "" {
			out = append(out, briefing.LearnedExample{Text: p, Heading: h, Topic: topic})
			if !quotedBefore[k.article] {
				newArticles[k.article] = true
			}
		}
	}
	for _, k := range slices.SortedFunc(maps.Keys(was), placement.compare) {
		if _, still := is[k]; still {
			continue
		}
		if p, h := text(before, k); p != "" {
			out = append(out, briefing.LearnedExample{Text: p, Heading: h, Removed: was[k]})
		}
	}
	for _, id := range slices.Sorted(maps.Keys(newArticles)) {
		a := after.Article(id)
		n := 0
		for si, s := range a.Sections {
			for pi, p := range s.Paragraphs {
				if _, in := is[placement{id, si, pi}]; in || n == passedPerArticle || strings.TrimSpace(p) == "" {
					continue
				}
				out = append(out, briefing.LearnedExample{Text: p, Heading: s.Heading, Passed: true})
				n++
			}
		}
	}
	return out
}

// UseLearning makes the session's suggestions learn from the analyst's
// placements, moves and removals, kept in l (nil to stop).
func (s *Session) UseLearning(l *Learning) {
	s.learning = l
	s.relearn()
}

// relearn makes the classifier of the session's template, with what was
// learned for it.
func (s *Session) relearn() {
	s.class, s.learnErr = s.base, nil
	if s.base == nil || s.learning == nil {
		return
	}
	ex, err := s.learning.Examples(s.tmpl.ID)
	s.learnErr = err
	if len(ex) > 0 {
		s.class = s.base.WithExamples(ex)
	}
}

// learnFrom records what the step that followed before taught, and
// suggests with it from now on.
func (s *Session) learnFrom(before *briefing.Briefing) {
	if s.learning == nil || s.tmpl == nil {
		return
	}
	ex := lessons(before, s.Briefing())
	if len(ex) == 0 {
		return
	}
	if err := s.learning.Add(s.tmpl.ID, ex...); err != nil {
		s.learnErr = err
	}
	s.relearn()
}

// learnedSteps are the steps of the analyst's that teach the suggestions
// when they are redone (a section's paragraphs may have been placed under
// their suggested topics, which teaches nothing: not redone).
var learnedSteps = map[string]bool{StepAddParagraph: true, StepMoveExcerpt: true, StepRemoveExcerpt: true}

// unlearn takes back what the step undone after before taught: a paragraph
// placed is forgotten; one moved or taken out is where it was again.
func (s *Session) unlearn(before *briefing.Briefing) {
	if s.learning == nil || s.tmpl == nil {
		return
	}
	var forget []string
	var back []briefing.LearnedExample
	for _, e := range lessons(before, s.Briefing()) {
		switch {
		case e.Removed != "":
			forget = append(forget, e.Text)
		case e.Topic != "":
			back = append(back, e)
		}
	}
	if err := s.learning.Forget(s.tmpl.ID, forget...); err != nil {
		s.learnErr = err
	}
	if err := s.learning.Add(s.tmpl.ID, back...); err != nil {
		s.learnErr = err
	}
	s.relearn()
}

// Learned returns the number of examples the suggestions of the
// briefing's template learned from.
func (s *Session) Learned() int {
	if s.learning == nil || s.tmpl == nil {
		return 0
	}
	return s.learning.Count(s.tmpl.ID)
}

// ForgetLearned forgets what the suggestions learned for every template.
func (s *Session) ForgetLearned() error {
	if s.learning == nil {
		return nil
	}
	err := s.learning.Reset("")
	s.relearn()
	return err
}

// LearningProblem says why what was learned could not be read or kept
// whole, or is nil.
func (s *Session) LearningProblem() error { return s.learnErr }

// Classifier returns the classifier of template t with what l learned for
// it (l may be nil): the engine the window, the command and automatic
// assembly share. An error says what was learned could not be read whole;
// the classifier is still good.
func Classifier(t *briefing.Template, l *Learning) (*briefing.Classifier, error) {
	c := briefing.NewClassifier(t)
	if l == nil {
		return c, nil
	}
	ex, err := l.Examples(t.ID)
	if len(ex) > 0 {
		c = c.WithExamples(ex)
	}
	return c, err
}
