package ui

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

// libraryPanel lists the imported articles with a search box and the ways to
// import more.
type libraryPanel struct {
	sh       *shell
	lib      *desk.Library
	search   *field
	order    *widget.Select
	list     *widget.List
	count    *widget.Label
	more     *widget.Button
	shown    []*briefing.Article
	selected string // article id

	onOpen    func(a *briefing.Article) // an article was chosen (nil: none)
	onSearch  func(query string)        // the search changed
	onRemoved func()                    // an article left the library
	onImport  func()                    // the import button
	imports   []*fyne.MenuItem          // the other ways to import
}

func newLibraryPanel(sh *shell, lib *desk.Library) *libraryPanel {
	return &libraryPanel{sh: sh, lib: lib}
}

func (p *libraryPanel) build() fyne.CanvasObject {
	p.search = newField(p.sh, false)
	p.search.SetPlaceHolder(lang.L("Search titles and text"))
	p.search.OnChanged = p.searched
	p.order = widget.NewSelect(orderNames(), nil)
	p.order.SetSelectedIndex(0)
	p.order.OnChanged = func(string) { p.refresh() }
	p.count = widget.NewLabel("")
	p.list = widget.NewList(func() int { return len(p.shown) }, newLibraryRow, p.updateRow)
	p.list.OnSelected = p.onSelected
	importBtn := widget.NewButtonWithIcon(lang.L("Import…"), theme.FolderOpenIcon(), func() { p.onImport() })
	importBtn.Importance = widget.HighImportance
	p.more = widget.NewButtonWithIcon("", theme.MoreVerticalIcon(), p.onMore)
	heading := widget.NewLabelWithStyle(lang.L("Library"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	top := container.NewVBox(container.NewBorder(nil, nil, heading, container.NewHBox(importBtn, p.more)), p.search,
		container.NewBorder(nil, nil, widget.NewLabel(lang.L("Sort")), nil, p.order))
	p.refresh()
	return container.NewBorder(top, p.count, nil, nil, p.list)
}

// orderNames names the library's orders, in desk.Order's order.
func orderNames() []string {
	return []string{lang.L("Newest first"), lang.L("Title"), lang.L("Site"), lang.L("Recently added")}
}

// newLibraryRow is the title, and under it the site and date.
func newLibraryRow() fyne.CanvasObject {
	title := widget.NewLabel("title")
	title.TextStyle.Bold = true
	title.Truncation = fyne.TextTruncateEllipsis
	meta := widget.NewLabel("site · date")
	meta.Truncation = fyne.TextTruncateEllipsis
	meta.TextStyle.Italic = true // the faint colour of low importance is unreadable in the light theme
	return container.NewVBox(title, meta)
}

func (p *libraryPanel) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(p.shown) {
		return
	}
	a := p.shown[i]
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(briefing.Neutral(a.Title))
	site := a.Site
	if site == "" && a.URL == "" {
		site = filepath.Base(a.Input)
	}
	meta := strings.Join(nonEmpty(site, a.Published), " · ")
	box.Objects[1].(*widget.Label).SetText(briefing.Neutral(meta))
}

// onMore offers the other ways to import, and removing the article chosen.
func (p *libraryPanel) onMore() {
	items := append(append([]*fyne.MenuItem{}, p.imports...),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Remove from library"), p.onRemove))
	widget.ShowPopUpMenuAtRelativePosition(fyne.NewMenu("", items...), p.sh.win.Canvas(), fyne.NewPos(0, p.more.Size().Height), p.more)
}

// refresh filters the list by the search box, in the chosen order, and
// keeps the article being read selected if it is shown.
func (p *libraryPanel) refresh() {
	if p.search == nil {
		return
	}
	p.shown = p.lib.FindSorted(p.search.Text, desk.Order(max(0, p.order.SelectedIndex())))
	p.count.SetText(tr("%d of %d articles", len(p.shown), p.lib.Len()))
	p.list.UnselectAll()
	for i, a := range p.shown {
		if a.ID == p.selected {
			p.list.Select(i)
			p.list.ScrollTo(i)
		}
	}
	p.list.Refresh()
}

// Shown returns the articles the search shows.
func (p *libraryPanel) Shown() []*briefing.Article { return p.shown }

func (p *libraryPanel) searched(q string) {
	p.refresh()
	if p.onSearch != nil {
		p.onSearch(q)
	}
}

// query returns the search.
func (p *libraryPanel) query() string { return p.search.Text }

// setQuery searches the library.
func (p *libraryPanel) setQuery(q string) { p.search.SetText(q) }

func (p *libraryPanel) onSelected(i widget.ListItemID) {
	if i < len(p.shown) && p.shown[i].ID != p.selected {
		p.show(p.shown[i])
	}
}

// show selects an article and opens it.
func (p *libraryPanel) show(a *briefing.Article) {
	p.selected = a.ID
	for i, x := range p.shown {
		if x.ID == a.ID {
			p.list.Select(i)
		}
	}
	p.onOpen(a)
}

// showFirst opens the first article shown, if nothing is open yet.
func (p *libraryPanel) showFirst() {
	if p.selected == "" && len(p.shown) > 0 {
		p.show(p.shown[0])
	}
}

func (p *libraryPanel) onRemove() {
	if p.selected == "" {
		return
	}
	p.lib.Remove(p.selected)
	p.selected = ""
	p.list.UnselectAll()
	p.refresh()
	p.onRemoved()
}
