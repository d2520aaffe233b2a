package ui

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
)

// readerPanel shows the selected article: its sections and paragraphs, each
// with its suggested topic and a button that adds it to the briefing.
type readerPanel struct {
	u       *App
	article *briefing.Article
	title   *widget.Label
	meta    *widget.Label
	body    *fyne.Container
	scroll  *container.Scroll
	terms   bool // show the words behind each suggestion
	// addButtons[section][paragraph] are the add buttons, kept for tests.
	addButtons [][]*widget.Button
}

func newReaderPanel(u *App) *readerPanel { return &readerPanel{u: u} }

func (p *readerPanel) build() fyne.CanvasObject {
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.Wrapping = fyne.TextWrapWord
	p.meta = widget.NewLabel("")
	p.meta.Wrapping = fyne.TextWrapWord
	p.meta.TextStyle.Italic = true
	p.body = container.NewVBox()
	p.scroll = container.NewVScroll(container.NewVBox(p.title, p.meta, p.body))
	why := widget.NewCheck(lang.L("Show why"), func(on bool) { p.terms = on; p.refresh() })
	why.Checked = p.terms
	autoBtn := widget.NewButtonWithIcon(lang.L("Assemble this article"), theme.MediaFastForwardIcon(), p.onAssemble)
	heading := widget.NewLabelWithStyle(lang.L("Article"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	top := container.NewBorder(nil, nil, heading, container.NewHBox(why, autoBtn))
	return container.NewBorder(top, nil, nil, nil, p.scroll)
}

// show puts an article in the reader; nil empties it.
func (p *readerPanel) show(a *briefing.Article) {
	p.article = a
	p.refresh()
	p.scroll.ScrollToTop()
}

func (p *readerPanel) refresh() {
	if p.body == nil {
		return
	}
	p.body.RemoveAll()
	p.addButtons = nil
	a := p.article
	if a == nil {
		p.title.SetText(lang.L("Choose an article in the library."))
		p.meta.SetText("")
		return
	}
	placed := p.placedParagraphs()
	p.title.SetText(a.Title)
	p.meta.SetText(strings.Join(nonEmpty(a.Site, a.Author, a.Published, a.URL), " · "))
	var sugg [][]briefing.Suggestion
	if p.u.class != nil {
		sugg = p.u.class.ClassifyArticle(a)
	}
	var cards []fyne.CanvasObject // added at once, not laid out once per card
	for si, s := range a.Sections {
		if s.Heading != "" {
			cards = append(cards, p.sectionHeader(si, s.Heading))
		}
		var row []*widget.Button
		for pi, text := range s.Paragraphs {
			var sg briefing.Suggestion
			if si < len(sugg) && pi < len(sugg[si]) {
				sg = sugg[si][pi]
			}
			card, btn := p.paragraph(si, pi, text, sg, placed[[2]int{si, pi}])
			cards = append(cards, card)
			row = append(row, btn)
		}
		p.addButtons = append(p.addButtons, row)
	}
	p.body.Objects = cards
	p.body.Refresh()
}

func (p *readerPanel) sectionHeader(si int, heading string) fyne.CanvasObject {
	h := widget.NewLabelWithStyle(heading, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	h.Wrapping = fyne.TextWrapWord
	add := widget.NewButtonWithIcon(lang.L("Add section"), theme.ContentAddIcon(), func() { p.onAddSection(si) })
	add.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, nil, add, h)
}

// placedParagraphs returns the section and paragraph numbers of the shown
// article's paragraphs that the briefing quotes.
func (p *readerPanel) placedParagraphs() map[[2]int]bool {
	b := p.u.briefing()
	id := articleIn(b, p.article).ID
	placed := map[[2]int]bool{}
	for _, t := range b.Topics {
		for _, e := range t.Excerpts {
			if e.Article == id {
				placed[[2]int{e.Section, e.Paragraph}] = true
			}
		}
	}
	return placed
}

// paragraph returns the card of one paragraph and its add button.
func (p *readerPanel) paragraph(si, pi int, text string, sg briefing.Suggestion, placed bool) (fyne.CanvasObject, *widget.Button) {
	label := widget.NewLabel(text)
	label.Wrapping = fyne.TextWrapWord
	topicName := p.u.topicTitle(sg.Topic)
	info := lang.L("No suggestion")
	if sg.Topic != "" {
		info = "→ " + topicName
		if p.terms && len(sg.Terms) > 0 {
			info += fmt.Sprintf("  (%s · %.1f)", strings.Join(sg.Terms, ", "), sg.Score)
		}
	}
	infoLabel := widget.NewLabel(info)
	infoLabel.Importance = widget.LowImportance
	if sg.Topic != "" {
		infoLabel.Importance = widget.HighImportance
	}
	infoLabel.Wrapping = fyne.TextWrapWord
	var btn *widget.Button
	switch {
	case placed:
		btn = widget.NewButtonWithIcon(lang.L("In briefing"), theme.ConfirmIcon(), func() {
			b := p.u.briefing()
			p.u.outline.selectExcerpt(b.Placed(articleIn(b, p.article).ID, si, pi))
		})
		btn.Importance = widget.SuccessImportance
	case sg.Topic != "" && p.u.briefing().Topic(sg.Topic) >= 0:
		btn = widget.NewButtonWithIcon(fmt.Sprintf(lang.L("Add to %s"), topicName), theme.ContentAddIcon(), func() {
			p.u.addParagraph(sg.Topic, p.article, si, pi)
		})
		btn.Importance = widget.HighImportance
	default:
		btn = widget.NewButtonWithIcon(lang.L("Add to…"), theme.ContentAddIcon(), nil)
	}
	other := widget.NewButtonWithIcon("", theme.MenuDropDownIcon(), nil)
	other.OnTapped = func() { p.topicMenu(other, si, pi) }
	if btn.OnTapped == nil {
		btn.OnTapped = other.OnTapped
	}
	actions := container.NewBorder(nil, nil, nil, container.NewHBox(btn, other), infoLabel)
	card := container.NewVBox(label, actions, widget.NewSeparator())
	return card, btn
}

// topicMenu offers every topic for a paragraph.
func (p *readerPanel) topicMenu(anchor fyne.CanvasObject, si, pi int) {
	var items []*fyne.MenuItem
	for _, t := range p.u.briefing().Topics {
		id := t.ID
		items = append(items, fyne.NewMenuItem(t.Title, func() { p.u.addParagraph(id, p.article, si, pi) }))
	}
	widget.ShowPopUpMenuAtRelativePosition(fyne.NewMenu("", items...), p.u.win.Canvas(), fyne.NewPos(0, anchor.Size().Height), anchor)
}

// onAddSection adds every paragraph of a section not yet in the briefing,
// each under its suggested topic, or under the first topic.
func (p *readerPanel) onAddSection(si int) {
	a := p.article
	if a == nil || len(p.u.briefing().Topics) == 0 {
		return
	}
	sugg := p.u.class.ClassifyArticle(a)
	p.u.change(func(b *briefing.Briefing) error {
		ids, _ := b.AddArticles(*a)
		id := ids[0]
		for pi := range a.Sections[si].Paragraphs {
			topic := sugg[si][pi].Topic
			if b.Topic(topic) < 0 {
				topic = p.u.sectionTopic(b, sugg[si])
			}
			if _, err := b.AddExcerpt(topic, id, si, pi, -1); err != nil && !errors.Is(err, briefing.ErrAlreadyPlaced) {
				return err
			}
		}
		return nil
	})
}

// onAssemble places this article's confidently classified paragraphs.
func (p *readerPanel) onAssemble() {
	if p.article != nil {
		p.u.assemble([]*briefing.Article{p.article})
	}
}

func nonEmpty(vals ...string) []string {
	var out []string
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			out = append(out, v)
		}
	}
	return out
}
