package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
)

// libraryPanel lists the imported articles with a search box and the ways to
// import more.
type libraryPanel struct {
	u        *App
	search   *widget.Entry
	list     *widget.List
	count    *widget.Label
	shown    []*briefing.Article
	selected string // article id
}

func newLibraryPanel(u *App) *libraryPanel {
	return &libraryPanel{u: u}
}

func (p *libraryPanel) build() fyne.CanvasObject {
	p.search = widget.NewEntry()
	p.search.SetPlaceHolder(lang.L("Search titles and text"))
	p.search.OnChanged = p.onSearch
	p.count = widget.NewLabel("")
	p.list = widget.NewList(
		func() int { return len(p.shown) },
		func() fyne.CanvasObject {
			title := widget.NewLabel("title")
			title.TextStyle.Bold = true
			title.Truncation = fyne.TextTruncateEllipsis
			meta := widget.NewLabel("site · date")
			meta.Truncation = fyne.TextTruncateEllipsis
			meta.TextStyle.Italic = true
			return container.NewVBox(title, meta)
		},
		p.updateRow,
	)
	p.list.OnSelected = p.onSelected
	importBtn := widget.NewButtonWithIcon(lang.L("Import…"), theme.FolderOpenIcon(), p.u.importFiles)
	importBtn.Importance = widget.HighImportance
	more := widget.NewButtonWithIcon("", theme.MoreVerticalIcon(), nil)
	more.OnTapped = func() {
		menu := fyne.NewMenu("",
			fyne.NewMenuItem(lang.L("Import folder…"), p.u.importFolder),
			fyne.NewMenuItem(lang.L("Import from address…"), p.u.importAddresses),
			fyne.NewMenuItem(lang.L("Paste text as article…"), p.u.pasteArticle),
			fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem(lang.L("Remove from library"), p.onRemove),
		)
		widget.ShowPopUpMenuAtRelativePosition(menu, p.u.win.Canvas(), fyne.NewPos(0, more.Size().Height), more)
	}
	heading := widget.NewLabelWithStyle(lang.L("Library"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	top := container.NewVBox(container.NewBorder(nil, nil, heading, container.NewHBox(importBtn, more)), p.search)
	p.refresh()
	return container.NewBorder(top, p.count, nil, nil, p.list)
}

func (p *libraryPanel) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(p.shown) {
		return
	}
	a := p.shown[i]
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(a.Title)
	meta := a.Site
	if a.Published != "" {
		if meta != "" {
			meta += " · "
		}
		meta += a.Published
	}
	if meta == "" {
		meta = baseName(a.Input)
	}
	box.Objects[1].(*widget.Label).SetText(meta)
}

// refresh filters the list by the search box.
func (p *libraryPanel) refresh() {
	p.shown = p.u.lib.find(p.search.Text)
	p.count.SetText(fmt.Sprintf(lang.L("%d of %d articles"), len(p.shown), len(p.u.lib.articles)))
	p.list.Refresh()
}

func (p *libraryPanel) onSearch(string) {
	p.refresh()
}

func (p *libraryPanel) onSelected(i widget.ListItemID) {
	if i < len(p.shown) {
		p.show(p.shown[i])
	}
}

// show selects an article and opens it in the reader.
func (p *libraryPanel) show(a *briefing.Article) {
	p.selected = a.ID
	p.u.reader.show(a)
	for i, x := range p.shown {
		if x.ID == a.ID {
			p.list.Select(i)
		}
	}
}

func (p *libraryPanel) onRemove() {
	if p.selected == "" {
		return
	}
	p.u.lib.remove(p.selected)
	p.u.saveLibrary()
	p.selected = ""
	p.list.UnselectAll()
	p.u.reader.show(nil)
	p.refresh()
}
