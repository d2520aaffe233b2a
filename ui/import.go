package ui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing/desk"
)

// loadLibrary reads the saved library in the background, or puts the
// bundled samples in it on first run.
func (u *App) loadLibrary() {
	u.sh.jobs.run(func() func() {
		found, err := u.lib.Load()
		if !found || err != nil {
			samples, _ := desk.Samples()
			for _, a := range samples {
				u.lib.Add(a)
			}
		}
		saveErr := u.lib.Save()
		return func() {
			switch {
			case err != nil:
				u.sh.say(tr("The saved library could not be read (%v); starting with the samples.", explain(err)))
			case saveErr != nil:
				u.sh.say(tr("The library could not be saved: %v", saveErr))
			}
			u.library.refresh()
			u.library.showFirst()
		}
	})
}

// adoptArticles puts the articles the open briefing quotes into the
// library, which opening a briefing never does by itself.
func (u *App) adoptArticles() {
	b := u.session.Briefing()
	results := make([]desk.Result, len(b.Articles))
	for i := range b.Articles {
		a := b.Articles[i]
		results[i] = desk.Result{Input: a.Input, Article: &a}
	}
	rep := u.lib.AddResults(results)
	u.saveLibrary()
	u.library.refresh()
	u.sh.say(tr("Added %d of the briefing's articles to the library; %d were there already.", rep.Added, rep.Known))
}

// saveLibrary writes the library in the background.
func (u *App) saveLibrary() {
	u.sh.jobs.run(func() func() {
		if err := u.lib.Save(); err != nil {
			return func() { u.sh.say(tr("The library could not be saved: %v", explain(err))) }
		}
		return nil
	})
}

// importFiles asks for an article or feed file, or a briefing to open.
func (u *App) importFiles() {
	exts := append(desk.ImportExtensions(), desk.BriefExt)
	u.askOpenFile(exts, func(r fyne.URIReadCloser) {
		name := r.URI().Path()
		if desk.IsBriefing(name) {
			r.Close()
			u.confirmDiscard(func() { u.openPath(name) })
			return
		}
		u.runImport([]desk.Input{desk.Reader(name, r)}, r)
	})
}

// importFolder asks for a folder and lists the articles in it (subfolders
// too), all checked, to import the ones the user keeps checked.
func (u *App) importFolder() {
	d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil {
			u.sh.showError(err)
			return
		}
		if l != nil {
			u.prefs.setFolder(filepath.Dir(l.Path()))
			u.chooseFiles(l.Path())
		}
	}, u.sh.win)
	u.showFileDialog(d, lang.L("Choose a folder to import"), false)
}

// chooseFiles lists the importable files of a folder in the background and
// shows them with a check each.
func (u *App) chooseFiles(dir string) {
	u.sh.say(tr("Reading %s…", dir))
	u.sh.jobs.run(func() func() {
		files, more, err := desk.ImportableFiles(dir)
		return func() {
			u.sh.say("")
			if err != nil {
				u.sh.showError(fmt.Errorf("%s: %w", dir, err))
				return
			}
			u.showFiles(dir, files, more)
		}
	})
}

// showFiles shows the files of a folder with a check each, to import the
// checked ones.
func (u *App) showFiles(dir string, files []string, more bool) {
	if len(files) == 0 {
		u.sh.say(tr("No articles to import in %s.", dir))
		return
	}
	on := make([]bool, len(files))
	for i := range on {
		on[i] = true
	}
	count := widget.NewLabel("")
	counted := func() {
		n := 0
		for _, c := range on {
			if c {
				n++
			}
		}
		count.SetText(tr("%d of %d checked", n, len(files)))
	}
	counted()
	list := newEscList(u.sh, func() int { return len(files) },
		func() fyne.CanvasObject { return newEscCheck(u.sh) },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*escCheck)
			c.OnChanged = nil
			c.Text, c.Checked = files[i], on[i]
			c.Refresh() // a reused row shows its new file even if the check is the same
			c.OnChanged = func(v bool) { on[i] = v; counted() }
		})
	all := func(v bool) func() {
		return func() {
			for i := range on {
				on[i] = v
			}
			counted()
			list.Refresh()
		}
	}
	intro := tr("Articles in %s", dir)
	if more {
		intro += " " + tr("(the first %d)", desk.MaxListed)
	}
	var dlg dialog.Dialog
	var closed func()
	finish := func(run bool) func() {
		return func() {
			closed()
			dlg.Hide()
			if !run {
				return
			}
			var inputs []desk.Input
			for i, f := range files {
				if on[i] {
					inputs = append(inputs, desk.Path(filepath.Join(dir, f)))
				}
			}
			if len(inputs) > 0 {
				u.runImport(inputs, nil)
			}
		}
	}
	importBtn := widget.NewButton(lang.L("Import checked"), finish(true))
	importBtn.Importance = widget.HighImportance
	top := container.NewVBox(widgetLabel(intro), container.NewHBox(
		widget.NewButton(lang.L("Check all"), all(true)), widget.NewButton(lang.L("Uncheck all"), all(false))))
	bottom := container.NewBorder(nil, nil, count, container.NewHBox(widget.NewButton(lang.L("Cancel"), finish(false)), importBtn))
	dlg = dialog.NewCustomWithoutButtons(lang.L("Import folder"), container.NewBorder(top, bottom, nil, nil, list), u.sh.win)
	closed = u.sh.onEscape(finish(false))
	dlg.Show()
	dlg.Resize(fyne.NewSize(720, 560))
}

// importAddresses asks for web addresses, one per line, and imports them.
func (u *App) importAddresses() {
	entry := newField(u.sh, true)
	entry.SetPlaceHolder("https://…\nhttps://…")
	entry.SetMinRowsVisible(6)
	d := dialog.NewForm(lang.L("Import from address"), lang.L("Import"), lang.L("Cancel"),
		[]*widget.FormItem{widget.NewFormItem(lang.L("Addresses or feeds"), entry)},
		func(ok bool) {
			if !ok {
				return
			}
			var inputs []desk.Input
			for _, a := range strings.Fields(entry.Text) {
				inputs = append(inputs, desk.Arg(a, nil))
			}
			if len(inputs) > 0 {
				u.runImport(inputs, nil)
			}
		}, u.sh.win)
	u.sh.show(d)
	d.Resize(fyne.NewSize(700, 320))
}

// pasteArticle makes an article of text the user pastes.
func (u *App) pasteArticle() {
	title, site, author, date, address := newField(u.sh, false), newField(u.sh, false), newField(u.sh, false), newField(u.sh, false), newField(u.sh, false)
	title.SetPlaceHolder(lang.L("Title (optional: else the first line)"))
	site.SetPlaceHolder(lang.L("e.g. 연합뉴스 (optional)"))
	date.SetPlaceHolder("2026-11-20")
	address.SetPlaceHolder("https://…")
	details := func() desk.PastedDetails {
		return desk.PastedDetails{Title: title.Text, Site: site.Text, Author: author.Text, Published: date.Text, URL: address.Text}
	}
	date.Validator = func(string) error { return checkPasted(desk.PastedDetails{Published: date.Text}) }
	address.Validator = func(string) error { return checkPasted(desk.PastedDetails{URL: address.Text}) }
	body := newField(u.sh, true)
	body.SetMinRowsVisible(10)
	if clip := u.fyne.Clipboard(); clip != nil {
		body.SetText(clip.Content())
	}
	d := dialog.NewForm(lang.L("Paste text as article"), lang.L("Add"), lang.L("Cancel"),
		[]*widget.FormItem{
			widget.NewFormItem(lang.L("Title"), title),
			widget.NewFormItem(lang.L("Site"), site),
			widget.NewFormItem(lang.L("Author"), author),
			widget.NewFormItem(lang.L("Date"), date),
			widget.NewFormItem(lang.L("Address"), address),
			widget.NewFormItem(lang.L("Text"), body),
		},
		func(ok bool) {
			if !ok || strings.TrimSpace(body.Text) == "" {
				return
			}
			u.runImport([]desk.Input{desk.Pasted(lang.L("Pasted text"), details(), body.Text)}, nil)
		}, u.sh.win)
	u.sh.show(d)
	d.Resize(fyne.NewSize(760, 620))
}

// checkPasted is a form validator: the problem with the details, in words.
func checkPasted(d desk.PastedDetails) error {
	if err := d.Check(); err != nil {
		return errors.New(explain(err))
	}
	return nil
}

// onDropped opens a dropped .brief file and imports everything else:
// articles, feeds and folders.
func (u *App) onDropped(_ fyne.Position, uris []fyne.URI) {
	var inputs []desk.Input
	for _, uri := range uris {
		if desk.IsBriefing(uri.Path()) {
			path := uri.Path()
			u.confirmDiscard(func() { u.openPath(path) })
			continue
		}
		inputs = append(inputs, desk.Path(uri.Path()))
	}
	if len(inputs) > 0 {
		u.runImport(inputs, nil)
	}
}

// runImport imports inputs in the background with a progress dialog that
// can cancel it, then adds the articles to the library and tells the user
// what happened to each input. closer, if not nil, is closed afterwards.
func (u *App) runImport(inputs []desk.Input, closer io.Closer) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	bar.Max = float64(len(inputs))
	d := dialog.NewCustom(lang.L("Importing…"), lang.L("Cancel"), container.NewVBox(bar), u.sh.win)
	d.SetOnClosed(cancel)
	u.sh.show(d)
	d.Resize(fyne.NewSize(420, 120))
	u.sh.jobs.run(func() func() {
		results := u.importer.Import(ctx, inputs, func(done, _ int) {
			u.sh.jobs.do(func() { bar.SetValue(float64(done)) })
		})
		if closer != nil {
			closer.Close()
		}
		cancelled := ctx.Err() != nil
		return func() {
			d.Hide()
			cancel()
			if cancelled && len(results) == 0 {
				u.sh.say(lang.L("Import cancelled."))
				return
			}
			u.imported(results)
		}
	})
}

// imported adds the new articles to the library and tells the user what
// happened to every input.
func (u *App) imported(results []desk.Result) {
	rep := u.lib.AddResults(results)
	u.saveLibrary()
	u.library.refresh()
	if a := rep.First(); a != nil {
		u.library.show(a)
	}
	summary := tr("Imported %d new articles; %d already in the library; %d failed.", rep.Added, rep.Known+rep.Repeated, rep.Failed)
	u.sh.say(summary)
	if len(rep.Entries) > 1 || rep.Failed+rep.Known+rep.Repeated > 0 {
		u.showResults(summary, reportLines(rep))
	}
}

// reportLines says what became of every input, one line each.
func reportLines(rep desk.Report) []string {
	var lines []string
	for _, e := range rep.Entries {
		var what string
		switch e.Outcome {
		case desk.Added:
			what = tr("imported “%s”", e.Article.Title)
		case desk.Known:
			what = tr("already in the library as “%s”", e.Article.Title)
		case desk.Repeated:
			what = tr("the same article as %s", e.SameAs)
		case desk.Skipped:
			what = lang.L("skipped: not an article file")
		default:
			what = explain(e.Err)
		}
		lines = append(lines, e.Input+" — "+what)
	}
	return lines
}

// showResults lists what happened to each input.
func (u *App) showResults(summary string, lines []string) {
	list := widget.NewLabel(strings.Join(lines, "\n"))
	list.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(fyne.NewSize(640, 220))
	d := dialog.NewCustom(lang.L("Import results"), lang.L("OK"), container.NewBorder(widget.NewLabel(summary), nil, nil, nil, scroll), u.sh.win)
	u.sh.show(d)
}
