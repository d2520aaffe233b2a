package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

// assemble proposes paragraphs of the articles for the briefing's topics in
// the background, with progress and Cancel, and then lets the user review
// the proposals.
func (u *App) assemble(arts []*briefing.Article) {
	if len(arts) == 0 {
		return
	}
	b, c := u.session.Briefing(), u.session.Classifier()
	if c == nil {
		u.sh.showError(errors.New(lang.L("No topic template is available.")))
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	bar.Max = float64(len(arts))
	d := dialog.NewCustom(lang.L("Assembling…"), lang.L("Cancel"), bar, u.sh.win)
	d.SetOnClosed(cancel)
	u.sh.show(d)
	d.Resize(fyne.NewSize(420, 120))
	perTopic := u.prefs.perTopic()
	step := max(1, len(arts)/100)
	u.sh.jobs.run(func() func() {
		props, err := desk.Propose(ctx, b, c, arts, perTopic, func(done, total int) {
			if done%step == 0 {
				u.sh.jobs.do(func() { bar.SetValue(float64(done)) })
			}
		})
		return func() {
			stopped := ctx.Err() != nil // Cancel, even if the work was done
			d.Hide()
			switch {
			case stopped || errors.Is(err, desk.ErrCancelled):
				u.sh.say(lang.L("Automatic assembly cancelled; nothing was placed."))
			case err != nil:
				u.sh.showError(err)
			case len(props) == 0:
				u.sh.say(lang.L("Nothing to propose: no paragraph that is not in the briefing yet is clearly about one of its topics."))
			default:
				u.review(arts, props)
			}
		}
	})
}

// review shows the proposals of automatic assembly by topic, each with a
// check, for the user to accept all, accept the checked ones, or dismiss.
func (u *App) review(arts []*briefing.Article, props []briefing.Proposal) {
	r := &reviewList{u: u, arts: arts, props: props, titles: map[string]string{}}
	for _, a := range arts {
		r.titles[a.ID] = a.Title
	}
	r.build()
	u.sh.reviewing = r
}

// reviewList is the review of automatic assembly's proposals.
type reviewList struct {
	u       *App
	arts    []*briefing.Article
	props   []briefing.Proposal
	titles  map[string]string // article titles by id
	rows    []reviewRow
	list    *escList
	count   *widget.Label
	preview *widget.Label // the chosen proposal, whole
	d       dialog.Dialog
	closed  func()
}

// reviewRow is a topic heading (prop < 0) or a proposal.
type reviewRow struct {
	topic string
	prop  int
	on    bool
}

func (r *reviewList) build() {
	u := r.u
	last := ""
	for i, p := range r.props {
		if p.Topic != last {
			r.rows = append(r.rows, reviewRow{topic: p.Topic, prop: -1})
			last = p.Topic
		}
		r.rows = append(r.rows, reviewRow{topic: p.Topic, prop: i, on: true})
	}
	r.list = newEscList(u.sh, func() int { return len(r.rows) }, r.newRow, r.updateRow)
	r.list.HideSeparators = true
	// A proposal's whole paragraph shows below the list when its row is
	// chosen; its box checks it. A topic's heading checks them all.
	r.preview = widget.NewLabel(lang.L("Choose a proposal to read it whole."))
	r.preview.Wrapping = fyne.TextWrapWord
	r.list.OnSelected = func(i widget.ListItemID) {
		if row := r.rows[i]; row.prop >= 0 {
			r.preview.SetText(briefing.Neutral(r.props[row.prop].Text))
			return
		}
		r.list.Unselect(i)
		r.toggle(i)
	}
	r.count = widget.NewLabel("")
	r.updateCount()
	acceptAll := widget.NewButton(lang.L("Accept all"), func() { r.accept(true) })
	acceptAll.Importance = widget.HighImportance
	buttons := container.NewHBox(
		widget.NewButton(lang.L("Dismiss"), r.dismiss),
		widget.NewButton(lang.L("Accept checked"), func() { r.accept(false) }),
		acceptAll)
	intro := widgetLabel(tr("Automatic assembly proposes %d paragraphs, at most %d a topic, the best first. Uncheck what does not belong; nothing is placed until you accept, and what you accept goes in reading order.", len(r.props), u.prefs.perTopic()))
	preview := container.NewVScroll(r.preview)
	preview.SetMinSize(fyne.NewSize(0, 96))
	bottom := container.NewVBox(widget.NewSeparator(), preview, container.NewBorder(nil, nil, r.count, buttons))
	content := container.NewBorder(intro, bottom, nil, nil, r.list)
	r.d = dialog.NewCustomWithoutButtons(lang.L("Review automatic assembly"), content, u.sh.win)
	r.closed = u.sh.onEscape(r.dismiss)
	r.d.Show()
	r.d.Resize(fyne.NewSize(min(1100, u.sh.win.Canvas().Size().Width-40), min(720, u.sh.win.Canvas().Size().Height-40)))
}

func (r *reviewList) newRow() fyne.CanvasObject {
	check := newEscCheck(r.u.sh)
	text := widget.NewLabel("")
	text.Truncation = fyne.TextTruncateEllipsis
	meta := widget.NewLabel("")
	meta.Truncation = fyne.TextTruncateEllipsis
	// italic, not faint: the faint colour is unreadable in the light theme
	meta.TextStyle.Italic = true
	return container.NewBorder(nil, nil, check, nil, container.NewVBox(text, meta))
}

func (r *reviewList) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	row := r.rows[i]
	c := o.(*fyne.Container)
	body := c.Objects[0].(*fyne.Container)
	check := c.Objects[1].(*escCheck)
	text, meta := body.Objects[0].(*widget.Label), body.Objects[1].(*widget.Label)
	if row.prop < 0 {
		check.Hide()
		text.TextStyle.Bold = true
		text.SetText(briefing.Neutral(r.u.session.TopicTitle(row.topic)))
		on, all := r.checked(row.topic)
		meta.SetText(tr("%d of %d checked", on, all))
		return
	}
	p := r.props[row.prop]
	check.Show()
	check.OnChanged = nil
	check.SetChecked(row.on)
	check.OnChanged = func(bool) { r.toggle(i) }
	text.TextStyle.Bold = false
	text.SetText(briefing.Neutral(oneLine(p.Text)))
	parts := []string{briefing.Neutral(r.titles[p.Article])}
	if why := reason(p.Suggestion, p.Text); why != "" {
		parts = append(parts, why)
	}
	if p.Duplicates > 0 {
		parts = append(parts, tr("%d similar paragraphs from other articles left out", p.Duplicates))
	}
	meta.SetText(strings.Join(parts, " · "))
}

// toggle checks or unchecks a proposal, or every proposal of a topic, and
// shows it with the topic's count.
func (r *reviewList) toggle(i int) {
	row := r.rows[i]
	if row.prop >= 0 {
		r.rows[i].on = !row.on
	} else {
		on, all := r.checked(row.topic)
		for j := range r.rows {
			if r.rows[j].topic == row.topic && r.rows[j].prop >= 0 {
				r.rows[j].on = on < all
			}
		}
	}
	r.updateCount()
	r.list.Refresh()
}

// checked counts the checked proposals of a topic, and all of them.
func (r *reviewList) checked(topic string) (on, all int) {
	for _, row := range r.rows {
		if row.topic == topic && row.prop >= 0 {
			all++
			if row.on {
				on++
			}
		}
	}
	return on, all
}

func (r *reviewList) updateCount() {
	n := 0
	for _, row := range r.rows {
		if row.prop >= 0 && row.on {
			n++
		}
	}
	r.count.SetText(tr("%d of %d checked", n, len(r.props)))
}

// accept places all proposals, or the checked ones, as one step.
func (r *reviewList) accept(all bool) {
	var chosen []briefing.Proposal
	for _, row := range r.rows {
		if row.prop >= 0 && (all || row.on) {
			chosen = append(chosen, r.props[row.prop])
		}
	}
	if len(chosen) == 0 {
		r.close()
		r.u.sh.say(lang.L("Nothing was placed."))
		return
	}
	n, err := r.u.session.Accept(r.arts, chosen)
	if err != nil {
		r.u.sh.showError(err) // the review stays, with the user's choices
		return
	}
	r.close()
	if n < len(chosen) {
		r.u.sh.say(tr("Placed %d paragraphs; %d were left out, their topic or paragraph changed since. Undo takes them all back.", n, len(chosen)-n))
		return
	}
	r.u.sh.say(tr("Placed %d paragraphs. Undo takes them all back.", n))
}

func (r *reviewList) dismiss() {
	r.close()
	r.u.sh.say(fmt.Sprintf(lang.L("Dismissed %d proposals; nothing was placed."), len(r.props)))
}

func (r *reviewList) close() {
	r.closed()
	r.d.Hide()
	r.u.sh.reviewing = nil
}
