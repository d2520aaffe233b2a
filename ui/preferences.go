package ui

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

// showPreferences edits what Briefdesk remembers between briefings.
func (u *App) showPreferences() {
	language := widget.NewSelect([]string{lang.L("System"), "한국어", "English"}, nil)
	language.SetSelectedIndex(map[string]int{"": 0, "ko": 1, "en": 2}[u.prefs.languageSetting()])
	author, org, mark := newField(u.sh, false), newField(u.sh, false), newField(u.sh, false)
	author.SetText(u.prefs.author())
	org.SetText(u.prefs.organization())
	mark.SetText(u.prefs.marking())
	paper := widget.NewSelect([]string{"A4", "US Letter"}, nil)
	paper.SetSelectedIndex(map[string]int{briefing.PaperA4: 0, briefing.PaperLetter: 1}[u.prefs.paper()])
	style := widget.NewSelect(styleNames(), nil)
	style.SetSelectedIndex(max(0, slices.Index(styles, u.prefs.style())))
	intranet := widget.NewCheck(lang.L("Also import from private addresses (the intranet)"), nil)
	intranet.Checked = u.prefs.allowPrivate()
	items := newField(u.sh, false)
	items.SetText(strconv.Itoa(u.prefs.feedItems()))
	perTopic := newField(u.sh, false)
	perTopic.SetText(strconv.Itoa(u.prefs.perTopic()))
	forget := widget.NewButton(lang.L("Forget what the suggestions learned"), nil)
	learned := widget.NewLabel(learnedText(u.session.Learned()))
	forget.OnTapped = func() {
		dialog.ShowConfirm(lang.L("Forget what the suggestions learned"),
			lang.L("The suggestions will forget every placement, move and removal they learned from, for every template. Your briefings do not change."),
			func(ok bool) {
				if !ok {
					return
				}
				if err := u.session.ForgetLearned(); err != nil {
					u.sh.showError(err)
				}
				learned.SetText(learnedText(u.session.Learned()))
			}, u.sh.win)
	}
	if u.session.Learned() == 0 {
		forget.Disable()
	}
	items.Validator = wholeNumber(1, 10000)
	perTopic.Validator = wholeNumber(1, 100)
	d := dialog.NewForm(lang.L("Preferences"), lang.L("Save"), lang.L("Cancel"), []*widget.FormItem{
		widget.NewFormItem(lang.L("Interface language"), language),
		widget.NewFormItem(lang.L("Author"), author),
		widget.NewFormItem(lang.L("Organization"), org),
		widget.NewFormItem(lang.L("Default marking"), mark),
		widget.NewFormItem(lang.L("Paper"), paper),
		widget.NewFormItem(lang.L("Handout style"), style),
		widget.NewFormItem(lang.L("Web import"), intranet),
		widget.NewFormItem(lang.L("Articles per feed"), items),
		widget.NewFormItem(lang.L("Proposals per topic"), perTopic),
		widget.NewFormItem(lang.L("Suggestions"), container.NewVBox(learned, forget)),
	}, func(ok bool) {
		if !ok {
			return
		}
		u.prefs.setAuthor(author.Text)
		u.prefs.setOrg(org.Text)
		u.prefs.setMarking(mark.Text)
		u.prefs.setPaper([]string{briefing.PaperA4, briefing.PaperLetter}[max(0, paper.SelectedIndex())])
		u.prefs.setStyle(styles[max(0, style.SelectedIndex())])
		u.prefs.setAllowPrivate(intranet.Checked)
		if n, err := strconv.Atoi(strings.TrimSpace(items.Text)); err == nil && n > 0 {
			u.prefs.setFeedItems(n)
		}
		if n, err := strconv.Atoi(strings.TrimSpace(perTopic.Text)); err == nil && n > 0 {
			u.prefs.setPerTopic(n)
		}
		u.importer = newImporter(u.prefs)
		choice := []string{"", "ko", "en"}[max(0, language.SelectedIndex())]
		if choice != u.prefs.languageSetting() {
			u.prefs.setLanguage(choice)
			u.switchLanguage()
		}
	}, u.sh.win)
	u.sh.show(d)
	d.Resize(fyne.NewSize(600, 540))
}

// learnedText says how many examples the suggestions learned from.
func learnedText(n int) string {
	if n == 0 {
		return lang.L("Nothing learned yet: place paragraphs under topics and the suggestions learn from it.")
	}
	return tr("Learned from %d of your placements, moves and removals.", n)
}

// wholeNumber is a validator of a number from lo to hi, which says in words
// what it wants: the form's Save button waits until it gets it.
func wholeNumber(lo, hi int) func(string) error {
	return func(s string) error {
		if n, err := strconv.Atoi(strings.TrimSpace(s)); err != nil || n < lo || n > hi {
			return errors.New(tr("A whole number from %d to %d.", lo, hi))
		}
		return nil
	}
}

// newImporter returns the import pipeline with the web options the user
// chose.
func newImporter(p *prefs) *desk.Importer {
	return desk.NewImporter(desk.WebOptions{AllowPrivate: p.allowPrivate(), MaxItems: p.feedItems()})
}

// switchLanguage rebuilds the window in the chosen language, keeping the
// briefing, the search and the article being read.
func (u *App) switchLanguage() {
	setLanguage(u.prefs.language())
	article := u.reader.current()
	query := u.library.query()
	u.build()
	u.library.setQuery(query)
	if article != nil {
		u.library.show(article)
	}
}
