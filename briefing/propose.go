package briefing

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
)

// Proposal is a paragraph that automatic assembly proposes to quote under a
// topic, for the user to accept or dismiss.
type Proposal struct {
	Topic      string     `json:"topic"`
	Article    string     `json:"article"` // id of the article as given to Propose
	Section    int        `json:"section"`
	Paragraph  int        `json:"paragraph"`
	Text       string     `json:"text"`
	Suggestion Suggestion `json:"suggestion"` // the evidence
	Rank       float64    `json:"rank"`       // evidence, weighed by place in the article
	// Duplicates counts the near-identical paragraphs of other articles (the
	// same story in several outlets) left out for this one.
	Duplicates int `json:"duplicates,omitempty"`
}

// SimilarText is how alike two paragraphs must be (the share of their
// four-character runs they have in common) to count as the same paragraph.
const SimilarText = 0.6

// Propose ranks, for each topic of the briefing, the paragraphs of arts that
// the classifier confidently assigns to it and that the briefing does not
// quote yet. Of paragraphs that are nearly the same (the same agency copy in
// several outlets, or an excerpt the briefing already has) it keeps the best
// ranked one. It keeps at most perTopic per topic (0 for no limit). The
// result is in the briefing's topic order, best first within a topic.
// progress, if not nil, is told of every article read and stops the work,
// returning nil, when it returns false.
func (b *Briefing) Propose(c *Classifier, arts []Article, perTopic int, progress func(done int) bool) []Proposal {
	byTopic := map[string][]Proposal{}
	for i := range arts {
		if progress != nil && !progress(i) {
			return nil
		}
		a := &arts[i]
		if a.ID == "" {
			a.AssignID()
		}
		placed := b.PlacedIn(a)
		for si, sugg := range c.ClassifyArticle(a) {
			for pi, sg := range sugg {
				if sg.Topic == "" || b.Topic(sg.Topic) < 0 || placed[[2]int{si, pi}] != "" {
					continue
				}
				text, _ := a.Paragraph(si, pi)
				byTopic[sg.Topic] = append(byTopic[sg.Topic], Proposal{
					Topic: sg.Topic, Article: a.ID, Section: si, Paragraph: pi, Text: text,
					Suggestion: sg, Rank: rank(sg.Score, si, pi),
				})
			}
		}
	}
	var quoted []shingles // what the briefing has already
	for _, t := range b.Topics {
		for _, e := range t.Excerpts {
			quoted = append(quoted, shinglesOf(e.Text))
		}
	}
	var out []Proposal
	for _, t := range b.Topics {
		out = append(out, keepBest(byTopic[t.ID], quoted, perTopic)...)
	}
	return out
}

// rank weighs evidence by place: a lead paragraph says what the article is
// about; the tenth may be background.
func rank(score float64, si, pi int) float64 {
	place := si*4 + pi // sections count for more than paragraphs
	return score * (1 + 0.25/float64(1+place))
}

// keepBest orders candidates best first and keeps those unlike any kept
// before and any quoted already, up to limit (0 for all). A candidate left
// out as like a kept one is counted on it.
func keepBest(cands []Proposal, quoted []shingles, limit int) []Proposal {
	slices.SortStableFunc(cands, func(x, y Proposal) int { return cmp.Compare(y.Rank, x.Rank) })
	var kept []Proposal
	var keptSh []shingles
next:
	for _, p := range cands {
		sh := shinglesOf(p.Text)
		for _, q := range quoted {
			if sh.similar(q) {
				continue next
			}
		}
		for k := range kept {
			if sh.similar(keptSh[k]) {
				kept[k].Duplicates++
				continue next
			}
		}
		if limit > 0 && len(kept) == limit {
			continue // still counted as duplicates above; not kept
		}
		kept = append(kept, p)
		keptSh = append(keptSh, sh)
	}
	return kept
}

// shingles are the four-character runs of a text's letters and digits.
type shingles map[string]struct{}

func shinglesOf(s string) shingles {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	sh := shingles{}
	for i := 0; i+4 <= len(rs); i++ {
		sh[string(rs[i:i+4])] = struct{}{}
	}
	return sh
}

// similar reports whether the texts share at least SimilarText of the runs
// of the shorter one, so that a copy trimmed by one outlet still counts.
func (a shingles) similar(b shingles) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	// Too different in length to be the same paragraph.
	if float64(len(a)) < SimilarText*float64(len(b)) {
		return false
	}
	common := 0
	for s := range a {
		if _, ok := b[s]; ok {
			common++
		}
	}
	return float64(common) >= SimilarText*float64(len(a))
}

// Accept quotes the accepted proposals under their topics, bringing their
// articles into the briefing, in the order the articles were given (as a
// reader meets them), and returns the number of excerpts added. Proposals
// for a topic the briefing no longer has (removed since, or undone) and
// paragraphs placed since are left out.
func (b *Briefing) Accept(arts []Article, ps []Proposal) (int, error) {
	order := map[string]int{}
	for i := range arts {
		if arts[i].ID == "" {
			arts[i].AssignID()
		}
		order[arts[i].ID] = i
	}
	ps = slices.Clone(ps)
	slices.SortStableFunc(ps, func(x, y Proposal) int {
		return cmp.Or(cmp.Compare(order[x.Article], order[y.Article]),
			cmp.Compare(x.Section, y.Section), cmp.Compare(x.Paragraph, y.Paragraph))
	})
	added := 0
	ids := map[string]string{} // the article's id in the briefing
	for _, p := range ps {
		i, ok := order[p.Article]
		if !ok || b.Topic(p.Topic) < 0 {
			continue
		}
		id, ok := ids[p.Article]
		if !ok {
			got, _ := b.AddArticles(arts[i])
			id = got[0]
			ids[p.Article] = id
		}
		_, err := b.AddExcerpt(p.Topic, id, p.Section, p.Paragraph, -1)
		switch {
		case err == nil:
			added++
		case err != ErrAlreadyPlaced:
			return added, err
		}
	}
	return added, nil
}
