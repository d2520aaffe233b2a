package ui

import (
	"fmt"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

// editorPanel edits the briefing's details, its executive summary and the
// commentary of the selected topic, with a rendered preview of the Markdown.
// Typing is recorded in the undo history when a field loses focus or the
// user pauses, not at every keystroke.
type editorPanel struct {
	sh                                       *shell
	session                                  *desk.Session
	prefs                                    *prefs
	tabs                                     *container.AppTabs
	title, subtitle, author, org, date, mark *field
	declassify                               *field
	language, paper, style, emptyTopics      *widget.Select
	topicPages                               *widget.Check
	summary, commentary                      *field
	summaryView, commentaryView              *widget.RichText
	topic                                    *widget.Select
	topicID                                  string
	loading                                  bool
}

func newEditorPanel(sh *shell, s *desk.Session, pr *prefs) *editorPanel {
	return &editorPanel{sh: sh, session: s, prefs: pr}
}

func (p *editorPanel) build() fyne.CanvasObject {
	p.title, p.subtitle, p.author = newField(p.sh, false), newField(p.sh, false), newField(p.sh, false)
	p.org, p.date, p.mark = newField(p.sh, false), newField(p.sh, false), newField(p.sh, false)
	p.date.SetPlaceHolder("2026-11-25")
	p.mark.SetPlaceHolder(lang.L("e.g. 대외비 or UNCLASSIFIED//FOUO"))
	p.declassify = newField(p.sh, false)
	p.declassify.SetPlaceHolder(lang.L("e.g. 2027. 12. 31.까지 대외비 (printed with the marking)"))
	for _, e := range []*field{p.title, p.subtitle, p.author, p.org, p.date, p.mark, p.declassify} {
		e.OnChanged = func(string) { p.onDetails() }
	}
	p.language = widget.NewSelect([]string{"한국어", "English"}, func(string) { p.onDetails() })
	p.paper = widget.NewSelect([]string{"A4", "US Letter"}, func(string) { p.onDetails() })
	p.style = widget.NewSelect(styleNames(), func(string) { p.onDetails() })
	p.topicPages = widget.NewCheck(lang.L("Start every topic on a new page"), func(bool) { p.onDetails() })
	p.emptyTopics = widget.NewSelect([]string{lang.L("Show one line (“Nothing this period”)"), lang.L("Leave out")}, func(string) { p.onDetails() })
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Title"), p.title),
		widget.NewFormItem(lang.L("Subtitle"), p.subtitle),
		widget.NewFormItem(lang.L("Author"), p.author),
		widget.NewFormItem(lang.L("Organization"), p.org),
		widget.NewFormItem(lang.L("Date"), p.date),
		widget.NewFormItem(lang.L("Marking"), p.mark),
		widget.NewFormItem(lang.L("Declassification"), p.declassify),
		widget.NewFormItem(lang.L("Handout language"), p.language),
		widget.NewFormItem(lang.L("Paper"), p.paper),
		widget.NewFormItem(lang.L("Handout style"), p.style),
		widget.NewFormItem(lang.L("Topics"), p.topicPages),
		widget.NewFormItem(lang.L("Empty topics"), p.emptyTopics),
	)
	p.summary, p.summaryView = p.markdownEditor(lang.L("Bottom line up front: what the reader must know, in Markdown."))
	p.summary.OnChanged = p.onSummary
	p.commentary, p.commentaryView = p.markdownEditor(lang.L("Your assessment of this topic, in Markdown."))
	p.commentary.OnChanged = p.onCommentary
	p.topic = widget.NewSelect(nil, p.onTopicChosen)
	p.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Details"), container.NewVScroll(form)),
		container.NewTabItem(lang.L("Summary"), split(p.summary, p.summaryView)),
		container.NewTabItem(lang.L("Commentary"), container.NewBorder(p.topic, nil, nil, nil, split(p.commentary, p.commentaryView))),
	)
	p.refresh()
	return p.tabs
}

// subscribe shows the briefing's values after every change but the typing
// in these fields themselves.
func (p *editorPanel) subscribe() (cancel func()) {
	return p.session.Subscribe(func(c desk.Change) {
		if c.Kind != desk.Typed && c.Kind != desk.Saved {
			p.refresh()
		}
	})
}

func (p *editorPanel) markdownEditor(placeholder string) (*field, *widget.RichText) {
	e := newField(p.sh, true)
	e.SetPlaceHolder(placeholder)
	view := widget.NewRichTextFromMarkdown("")
	view.Wrapping = fyne.TextWrapWord
	return e, view
}

func split(editor fyne.CanvasObject, view *widget.RichText) fyne.CanvasObject {
	s := container.NewHSplit(editor, container.NewVScroll(view))
	s.Offset = 0.55
	return s
}

// refresh shows the briefing's current values without recording changes.
func (p *editorPanel) refresh() {
	if p.title == nil {
		return
	}
	b := p.session.Briefing()
	d := b.Details
	p.loading = true
	defer func() { p.loading = false }()
	setText(p.title, d.Title)
	setText(p.subtitle, d.Subtitle)
	setText(p.author, d.Author)
	setText(p.org, d.Organization)
	setText(p.date, d.Date)
	setText(p.mark, d.Marking)
	setText(p.declassify, d.Declassify)
	p.language.SetSelectedIndex(map[string]int{"ko": 0, "en": 1}[d.Language])
	p.paper.SetSelectedIndex(map[string]int{briefing.PaperA4: 0, briefing.PaperLetter: 1}[d.Paper])
	p.style.SetSelectedIndex(max(0, slices.Index(styles, d.Style))) // "" reads as the first
	p.topicPages.SetChecked(d.TopicPages)
	p.emptyTopics.SetSelectedIndex(max(0, slices.Index(emptyTopics, d.EmptyTopics)))
	if p.summary.Text != b.Summary {
		p.summary.SetText(b.Summary)
		p.sh.showMarkdown(p.summaryView, b.Summary)
	}
	var names []string
	for i, t := range b.Topics {
		names = append(names, fmt.Sprintf("%d. %s", i+1, briefing.Neutral(t.Title)))
	}
	p.topic.Options = names
	if b.Topic(p.topicID) < 0 && len(b.Topics) > 0 {
		p.topicID = b.Topics[0].ID
	}
	if ti := b.Topic(p.topicID); ti >= 0 {
		p.topic.SetSelectedIndex(ti)
		if p.commentary.Text != b.Topics[ti].Commentary {
			p.commentary.SetText(b.Topics[ti].Commentary)
			p.sh.showMarkdown(p.commentaryView, b.Topics[ti].Commentary)
		}
	}
	p.topic.Refresh()
}

func setText(e *field, s string) {
	if e.Text != s {
		e.SetText(s)
	}
}

// showTopic puts a topic's commentary in the editor.
func (p *editorPanel) showTopic(id string) {
	p.topicID = id
	p.refresh()
}

func (p *editorPanel) onTopicChosen(string) {
	if p.loading {
		return
	}
	b := p.session.Briefing()
	if i := p.topic.SelectedIndex(); i >= 0 && i < len(b.Topics) {
		p.topicID = b.Topics[i].ID
		p.refresh()
	}
}

// The values of the style and empty-topics choices, in the order of their
// options; "" is a briefing's way of saying the first, and is kept.
var (
	styles      = []string{briefing.StyleBriefing, briefing.StyleReport}
	emptyTopics = []string{briefing.EmptyTopicLine, briefing.EmptyTopicOmit}
)

// styleNames are the names of styles, in the interface language.
func styleNames() []string {
	return []string{lang.L("Briefing"), lang.L("Report (보고서)")}
}

// chosen returns the value of the option selected in s. A briefing that
// leaves the value "" keeps it while the first option is chosen, so that
// editing another field does not write the default into the file.
func chosen(s *widget.Select, values []string, was string) string {
	v := values[max(0, s.SelectedIndex())]
	if was == "" && v == values[0] {
		return ""
	}
	return v
}

// onDetails records the details form in the briefing, and remembers author,
// organisation, marking, paper and style for the next briefing.
func (p *editorPanel) onDetails() {
	if p.loading || p.title == nil {
		return
	}
	was := p.session.Briefing().Details
	d := briefing.Details{
		Title: p.title.Text, Subtitle: p.subtitle.Text, Author: p.author.Text,
		Organization: p.org.Text, Date: p.date.Text, Marking: p.mark.Text,
		Language:    []string{"ko", "en"}[max(0, p.language.SelectedIndex())],
		Paper:       []string{briefing.PaperA4, briefing.PaperLetter}[max(0, p.paper.SelectedIndex())],
		Style:       chosen(p.style, styles, was.Style),
		Declassify:  p.declassify.Text,
		TopicPages:  p.topicPages.Checked,
		EmptyTopics: chosen(p.emptyTopics, emptyTopics, was.EmptyTopics),
	}
	if d.Date != "" {
		if _, err := time.Parse(time.DateOnly, d.Date); err != nil {
			p.sh.say(lang.L("The date must look like 2026-11-25; it is kept as it was until then."))
			d.Date = was.Date
		}
	}
	if d == was {
		return
	}
	p.prefs.setAuthor(d.Author)
	p.prefs.setOrg(d.Organization)
	p.prefs.setMarking(d.Marking)
	p.prefs.setPaper(d.Paper)
	p.prefs.setStyle(d.Style)
	p.report(p.session.SetDetails(d))
}

func (p *editorPanel) onSummary(s string) {
	p.sh.showMarkdown(p.summaryView, s)
	if !p.loading {
		p.report(p.session.SetSummary(s))
	}
}

func (p *editorPanel) onCommentary(s string) {
	p.sh.showMarkdown(p.commentaryView, s)
	if !p.loading {
		p.report(p.session.SetCommentary(p.topicID, s))
	}
}

// report shows err, if any.
func (p *editorPanel) report(err error) {
	if err != nil {
		p.sh.showError(err)
	}
}
