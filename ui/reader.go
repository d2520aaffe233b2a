package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

// readerPanel shows the selected article: its sections and paragraphs, each
// with its suggested topic and a button that adds it to the briefing.
type readerPanel struct {
	sh      *shell
	session *desk.Session
	article *briefing.Article
	title   *widget.Label
	meta    *widget.Label
	body    *fyne.Container
	scroll  *container.Scroll
	terms   bool // show the words behind each suggestion
	// addButtons[section][paragraph] are the add buttons, kept for tests.
	addButtons [][]*widget.Button

	onPlaced   func(excerptID string)         // a paragraph was added, or its excerpt asked for
	onAssemble func(arts []*briefing.Article) // "assemble this article"
	// A paragraph or section is being dragged (onDrag, to an absolute
	// point) and dropped.
	onDrag          func(at fyne.Position)
	onDropParagraph func(a *briefing.Article, si, pi int)
	onDropSection   func(a *briefing.Article, si int)
}

func newReaderPanel(sh *shell, s *desk.Session) *readerPanel {
	return &readerPanel{sh: sh, session: s}
}

func (p *readerPanel) build() fyne.CanvasObject {
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.Wrapping = fyne.TextWrapWord
	p.meta = widget.NewLabel("")
	p.meta.Wrapping = fyne.TextWrapWord
	p.meta.TextStyle.Italic = true
	p.body = container.NewVBox()
	p.scroll = container.NewVScroll(container.NewVBox(p.title, p.meta, p.body))
	why := widget.NewCheck(lang.L("Show why"), p.onWhy)
	why.Checked = p.terms
	autoBtn := widget.NewButtonWithIcon(lang.L("Assemble this article"), theme.MediaFastForwardIcon(), p.onAssembleArticle)
	heading := widget.NewLabelWithStyle(lang.L("Article"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	top := container.NewBorder(nil, nil, heading, container.NewHBox(why, autoBtn))
	p.refresh()
	return container.NewBorder(top, nil, nil, nil, p.scroll)
}

// subscribe follows the briefing: what is placed, the topics and the
// template's suggestions. Typing changes none of them.
func (p *readerPanel) subscribe() (cancel func()) {
	return p.session.Subscribe(func(c desk.Change) {
		if c.Kind != desk.Typed && c.Kind != desk.Saved {
			p.refresh()
		}
	})
}

// current returns the article shown, or nil.
func (p *readerPanel) current() *briefing.Article { return p.article }

// show puts an article in the reader; nil empties it.
func (p *readerPanel) show(a *briefing.Article) {
	p.article = a
	p.refresh()
	p.scroll.ScrollToTop()
}

func (p *readerPanel) onWhy(on bool) {
	p.terms = on
	p.refresh()
}

func (p *readerPanel) refresh() {
	if p.body == nil {
		return
	}
	p.addButtons = nil
	a := p.article
	if a == nil {
		p.title.SetText(lang.L("Choose an article in the library."))
		p.meta.SetText("")
		p.body.Objects = nil
		p.body.Refresh()
		return
	}
	placed := p.session.Briefing().PlacedIn(a)
	p.title.SetText(briefing.Neutral(a.Title))
	p.meta.SetText(briefing.Neutral(strings.Join(nonEmpty(a.Site, a.Author, a.Published, a.URL), " · ")))
	sugg := p.session.Suggest(a)
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
	h := widget.NewLabelWithStyle(briefing.Neutral(heading), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	h.Wrapping = fyne.TextWrapWord
	add := widget.NewButtonWithIcon(lang.L("Add section"), theme.ContentAddIcon(), func() { p.onAddSection(si) })
	add.Importance = widget.LowImportance
	a := p.article
	return newDragSource(container.NewBorder(nil, nil, nil, add, h), p.onDrag, func() { p.onDropSection(a, si) })
}

// paragraph returns the card of one paragraph and its add button; placed is
// the id of the excerpt quoting it, or "".
func (p *readerPanel) paragraph(si, pi int, text string, sg briefing.Suggestion, placed string) (fyne.CanvasObject, *widget.Button) {
	label := widget.NewLabel(briefing.Neutral(text))
	label.Wrapping = fyne.TextWrapWord
	topicName := briefing.Neutral(p.session.TopicTitle(sg.Topic))
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
	other := widget.NewButtonWithIcon("", theme.MenuDropDownIcon(), nil)
	other.OnTapped = func() { p.topicMenu(other, si, pi) }
	var btn *widget.Button
	switch {
	case placed != "":
		btn = widget.NewButtonWithIcon(lang.L("In briefing"), theme.ConfirmIcon(), func() { p.onPlaced(placed) })
		btn.Importance = widget.SuccessImportance
	case sg.Topic != "" && p.session.Briefing().Topic(sg.Topic) >= 0:
		btn = widget.NewButtonWithIcon(tr("Add to %s", topicName), theme.ContentAddIcon(), func() {
			p.add(sg.Topic, si, pi)
		})
		btn.Importance = widget.HighImportance
	default:
		btn = widget.NewButtonWithIcon(lang.L("Add to…"), theme.ContentAddIcon(), other.OnTapped)
	}
	actions := container.NewBorder(nil, nil, nil, container.NewHBox(btn, other), infoLabel)
	a := p.article
	draggable := newDragSource(label, p.onDrag, func() { p.onDropParagraph(a, si, pi) })
	card := container.NewVBox(draggable, actions, widget.NewSeparator())
	return card, btn
}

// topicMenu offers every topic for a paragraph.
func (p *readerPanel) topicMenu(anchor fyne.CanvasObject, si, pi int) {
	var items []*fyne.MenuItem
	for _, t := range p.session.Briefing().Topics {
		id := t.ID
		items = append(items, fyne.NewMenuItem(briefing.Neutral(t.Title), func() { p.add(id, si, pi) }))
	}
	widget.ShowPopUpMenuAtRelativePosition(fyne.NewMenu("", items...), p.sh.win.Canvas(), fyne.NewPos(0, anchor.Size().Height), anchor)
}

// add quotes a paragraph of the article under a topic.
func (p *readerPanel) add(topic string, si, pi int) {
	id, err := p.session.AddParagraph(topic, p.article, si, pi)
	if err != nil {
		p.sh.showError(err)
		return
	}
	p.onPlaced(id)
	p.sh.say(tr("Added to %s.", p.session.TopicTitle(topic)))
}

// onAddSection adds every paragraph of a section not yet in the briefing,
// each under its suggested topic, or under the section's.
func (p *readerPanel) onAddSection(si int) {
	if p.article == nil {
		return
	}
	n, err := p.session.AddSection(p.article, si)
	if err != nil {
		p.sh.showError(err)
		return
	}
	p.sh.say(tr("Added %d paragraphs of the section.", n))
}

// onAssembleArticle places this article's confidently classified paragraphs.
func (p *readerPanel) onAssembleArticle() {
	if p.article != nil {
		p.onAssemble([]*briefing.Article{p.article})
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
