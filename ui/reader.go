package ui

import (
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
	sh        *shell
	session   *desk.Session
	article   *briefing.Article
	title     *widget.RichText
	titleText string // the title shown, unmarked
	meta      *widget.Label
	body      *fyne.Container
	scroll    *container.Scroll
	terms     bool     // show the words behind each suggestion
	words     []string // the library's search, marked in the text
	// addButtons[section][paragraph] are the add buttons, kept for tests.
	addButtons [][]*widget.Button
	paras      [][]*paraView
	// what the cards were built for: the article, the classifier, the terms
	built      *briefing.Article
	builtFor   *briefing.Classifier
	builtTerms bool

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
	p.title = widget.NewRichText()
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

// refresh shows the article. The cards are built when another article is
// shown (or the suggestions change); after an edit of the briefing only
// their buttons and suggestion lines are brought up to date, so that an edit
// costs the same with a long article open.
func (p *readerPanel) refresh() {
	if p.body == nil {
		return
	}
	a := p.article
	if a == nil {
		p.built, p.paras, p.addButtons = nil, nil, nil
		p.setTitle(lang.L("Choose an article in the library."))
		p.meta.SetText("")
		p.body.Objects = nil
		p.body.Refresh()
		return
	}
	class := p.session.Classifier()
	if a != p.built || class != p.builtFor || p.terms != p.builtTerms {
		p.build1(a)
		p.built, p.builtFor, p.builtTerms = a, class, p.terms
	}
	placed := p.session.Briefing().PlacedIn(a)
	for _, row := range p.paras {
		for _, v := range row {
			p.update(v, placed[[2]int{v.si, v.pi}])
		}
	}
}

// build1 makes the cards of an article.
func (p *readerPanel) build1(a *briefing.Article) {
	p.addButtons, p.paras = nil, nil
	p.setTitle(briefing.Neutral(a.Title))
	p.meta.SetText(briefing.Neutral(strings.Join(nonEmpty(a.Site, a.Author, a.Published, a.URL), " · ")))
	sugg := p.session.Suggest(a)
	var cards []fyne.CanvasObject // added at once, not laid out once per card
	for si, s := range a.Sections {
		if s.Heading != "" {
			cards = append(cards, p.sectionHeader(si, s.Heading))
		}
		var row []*paraView
		var buttons []*widget.Button
		for pi, text := range s.Paragraphs {
			var sg briefing.Suggestion
			if si < len(sugg) && pi < len(sugg[si]) {
				sg = sugg[si][pi]
			}
			v := p.paragraph(si, pi, text, sg)
			cards = append(cards, v.card)
			row = append(row, v)
			buttons = append(buttons, v.btn)
		}
		p.paras = append(p.paras, row)
		p.addButtons = append(p.addButtons, buttons)
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

// paraView is the card of one paragraph, with what changes as the briefing
// does: its suggestion line and its add button.
type paraView struct {
	si, pi int
	raw    string // the paragraph as shown
	text   *widget.RichText
	sg     briefing.Suggestion
	card   fyne.CanvasObject
	info   *widget.Label
	btn    *widget.Button
	other  *widget.Button
	state  string // what the button shows, to change it only when needed
}

// paragraph returns the card of one paragraph.
func (p *readerPanel) paragraph(si, pi int, text string, sg briefing.Suggestion) *paraView {
	v := &paraView{si: si, pi: pi, sg: sg}
	v.raw = briefing.Neutral(text)
	v.text = widget.NewRichText(highlighted(v.raw, p.words)...)
	v.text.Wrapping = fyne.TextWrapWord
	v.info = widget.NewLabel("")
	v.info.Wrapping = fyne.TextWrapWord
	v.other = widget.NewButtonWithIcon("", theme.MenuDropDownIcon(), nil)
	v.other.OnTapped = func() { p.topicMenu(v.other, si, pi) }
	v.btn = widget.NewButtonWithIcon("", theme.ContentAddIcon(), nil)
	actions := container.NewBorder(nil, nil, nil, container.NewHBox(v.btn, v.other), v.info)
	a := p.article
	draggable := newDragSource(v.text, p.onDrag, func() { p.onDropParagraph(a, si, pi) })
	v.card = container.NewVBox(draggable, actions, widget.NewSeparator())
	return v
}

// update shows a paragraph's suggestion and what its button does; placed
// is the id of the excerpt quoting it, or "".
func (p *readerPanel) update(v *paraView, placed string) {
	sg := v.sg
	topicName := briefing.Neutral(p.session.TopicTitle(sg.Topic))
	info := lang.L("No suggestion")
	importance := widget.LowImportance
	if sg.Topic != "" {
		info = "→ " + topicName
		importance = widget.HighImportance
		if p.terms {
			if why := reason(sg, v.raw); why != "" {
				info += "  (" + why + ")"
			}
		}
	}
	if v.info.Text != info || v.info.Importance != importance {
		v.info.Importance = importance
		v.info.SetText(info)
	}
	var state string
	switch {
	case placed != "":
		state = "placed\x00" + placed
	case sg.Topic != "" && p.session.Briefing().Topic(sg.Topic) >= 0:
		state = "add\x00" + topicName
	default:
		state = "choose"
	}
	if state == v.state {
		return
	}
	v.state = state
	switch {
	case placed != "":
		v.btn.SetText(lang.L("In briefing"))
		v.btn.SetIcon(theme.ConfirmIcon())
		v.btn.Importance = widget.SuccessImportance
		v.btn.OnTapped = func() { p.onPlaced(placed) }
	case state != "choose":
		topic := sg.Topic
		v.btn.SetText(tr("Add to %s", topicName))
		v.btn.SetIcon(theme.ContentAddIcon())
		v.btn.Importance = widget.HighImportance
		v.btn.OnTapped = func() { p.add(topic, v.si, v.pi) }
	default:
		v.btn.SetText(lang.L("Add to…"))
		v.btn.SetIcon(theme.ContentAddIcon())
		v.btn.Importance = widget.MediumImportance
		v.btn.OnTapped = v.other.OnTapped
	}
	v.btn.Refresh()
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

// setTitle shows the article's title in bold, the search words marked.
func (p *readerPanel) setTitle(t string) {
	p.titleText = t
	p.title.Segments = highlightedIn(t, p.words, widget.RichTextStyleStrong)
	p.title.Refresh()
}

// highlight marks the words of a library search in the article's title and
// text.
func (p *readerPanel) highlight(query string) {
	p.words = strings.Fields(strings.ToLower(query))
	p.setTitle(p.titleText)
	for _, row := range p.paras {
		for _, v := range row {
			v.text.Segments = highlighted(v.raw, p.words)
			v.text.Refresh()
		}
	}
}

// highlighted returns the segments of text with every occurrence of the
// words (lower case) set in bold in the accent colour.
func highlighted(text string, words []string) []widget.RichTextSegment {
	return highlightedIn(text, words, widget.RichTextStyleInline)
}

// highlightedIn is highlighted with the text set in base.
func highlightedIn(text string, words []string, base widget.RichTextStyle) []widget.RichTextSegment {
	base.Inline = true
	plain := func(s string) *widget.TextSegment {
		return &widget.TextSegment{Text: s, Style: base}
	}
	lower := strings.ToLower(text)
	if len(words) == 0 || len(lower) != len(text) {
		return []widget.RichTextSegment{plain(text)}
	}
	hit := make([]bool, len(text))
	for _, w := range words {
		for off := 0; ; {
			i := strings.Index(lower[off:], w)
			if i < 0 || w == "" {
				break
			}
			for k := off + i; k < off+i+len(w); k++ {
				hit[k] = true
			}
			off += i + len(w)
		}
	}
	var segs []widget.RichTextSegment
	start := 0
	for i := 1; i <= len(text); i++ {
		if i < len(text) && hit[i] == hit[start] {
			continue
		}
		if hit[start] {
			style := widget.RichTextStyleStrong
			style.Inline = true
			style.ColorName = theme.ColorNamePrimary
			segs = append(segs, &widget.TextSegment{Text: text[start:i], Style: style})
		} else {
			segs = append(segs, plain(text[start:i]))
		}
		start = i
	}
	return segs
}

// reason says in words why a topic is suggested for text: the terms that
// weigh, then those that only add to them, spelled as the text spells them
// (the lexicon keeps them in lower case: "ncg" is NCG in the article).
func reason(sg briefing.Suggestion, text string) string {
	spell := func(terms []string) string {
		lower := strings.ToLower(text)
		out := make([]string, len(terms))
		for i, t := range terms {
			out[i] = t
			if j := strings.Index(lower, t); j >= 0 && len(lower) == len(text) {
				out[i] = text[j : j+len(t)]
			}
		}
		return strings.Join(out, ", ")
	}
	var parts []string
	if strong := sg.Strong(); len(strong) > 0 {
		parts = append(parts, tr("strong: %s", spell(strong)))
	}
	if weak := sg.Weak(); len(weak) > 0 {
		parts = append(parts, tr("weak: %s", spell(weak)))
	}
	switch sg.Context {
	case briefing.ContextArticle:
		parts = append(parts, lang.L("the rest of the article is about it"))
	case briefing.ContextNeighbours:
		parts = append(parts, lang.L("the paragraphs around it are about it"))
	case briefing.ContextTitle:
		parts = append(parts, lang.L("the title or heading is about it"))
	}
	if sg.Learned {
		parts = append(parts, lang.L("learned from your briefings"))
	}
	return strings.Join(parts, " · ")
}
