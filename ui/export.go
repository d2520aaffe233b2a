package ui

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing/desk"
)

// exportPDF asks where to write the handout and writes it.
func (u *App) exportPDF() {
	if f, err := desk.LookupFormat("pdf"); err == nil {
		u.export(f)
	}
}

// export asks where to write the briefing in format f and writes it.
func (u *App) export(f desk.Format) {
	u.askSavePath(f.Ext, func(path string) { u.writeExport(path, f) })
}

// writeExport writes the briefing in the background with a progress dialog.
func (u *App) writeExport(path string, f desk.Format) {
	b := u.session.Briefing() // a snapshot: later edits make new states
	opt := desk.ExportOptions{Source: u.session.Path()}
	bar := widget.NewProgressBarInfinite()
	prog := dialog.NewCustomWithoutButtons(lang.L("Exporting…"), container.NewVBox(widget.NewLabel(filepath.Base(path)), bar), u.sh.win)
	prog.Show()
	u.sh.jobs.run(func() func() {
		rep, err := f.WriteFile(path, b, opt)
		return func() {
			prog.Hide()
			bar.Stop()
			if err != nil {
				u.sh.showError(fmt.Errorf(lang.L("The handout could not be written to %s: %w"), path, err))
				return
			}
			u.exported(path, rep)
		}
	})
}

// exported tells the user where the file is and offers to open it.
func (u *App) exported(path string, rep desk.ExportReport) {
	msg := tr("Written to %s.", path)
	if rep.Pages > 0 {
		msg = tr("%d pages written to %s.", rep.Pages, path)
	}
	if rep.Replaced != "" {
		msg += "\n\n" + tr("Characters the fonts cannot draw were printed as □: %s", rep.Replaced)
	}
	u.sh.say(strings.ReplaceAll(msg, "\n\n", " "))
	open := func(p string) {
		if err := u.sh.open(&url.URL{Scheme: "file", Path: p}); err != nil {
			u.sh.showError(err)
		}
	}
	d := dialog.NewCustom(lang.L("Export finished"), lang.L("Close"), container.NewVBox(
		widgetLabel(msg),
		container.NewHBox(
			widget.NewButton(lang.L("Open file"), func() { open(path) }),
			widget.NewButton(lang.L("Open folder"), func() { open(filepath.Dir(path)) }),
		),
	), u.sh.win)
	u.sh.show(d)
	// Wide enough for a path of a usual length on one line or two.
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
}

// exportItems are the Export menu's items, one per format of the registry.
func (u *App) exportItems() []*fyne.MenuItem {
	var items []*fyne.MenuItem
	for _, f := range desk.Formats() {
		f := f
		items = append(items, fyne.NewMenuItem(tr("Export %s…", formatName(f)), func() { u.export(f) }))
	}
	return items
}
