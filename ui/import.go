package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing/brieffile"
	"github.com/briefdesk/briefdesk/briefing/bundle"
	"github.com/briefdesk/briefdesk/briefing/fetch"
	"github.com/briefdesk/briefdesk/briefing/importer"
)

// loadLibrary reads the saved library, or puts the bundled samples in it on
// first run.
func (u *App) loadLibrary() {
	had, err := u.lib.load()
	if err != nil {
		u.status.set(fmt.Sprintf(lang.L("The saved library could not be read (%v); starting with the samples."), err))
	}
	if !had || err != nil {
		samples, _ := bundle.Samples()
		for _, s := range samples {
			if a, err := importer.Parse(s.Data, importer.Source{Name: s.Name}); err == nil {
				u.lib.add(a)
			}
		}
		u.saveLibrary()
	}
	u.libPanel.refresh()
	if len(u.lib.articles) > 0 && u.reader.article == nil {
		u.libPanel.show(u.libPanel.shown[0])
	}
}

func (u *App) saveLibrary() {
	if err := u.lib.save(); err != nil {
		u.status.set(fmt.Sprintf(lang.L("The library could not be saved: %v"), err))
	}
}

// importFiles asks for an article file and imports it.
func (u *App) importFiles() {
	exts := []string{".txt", ".md", ".markdown", ".html", ".htm", brieffile.Ext}
	u.askOpenFile(exts, func(r fyne.URIReadCloser) {
		name := r.URI().Path()
		if strings.HasSuffix(strings.ToLower(name), brieffile.Ext) {
			u.openPath(name)
			return
		}
		a, err := importer.Read(r, importer.Source{Name: name})
		u.imported([]importer.Result{{Input: name, Article: a, Err: err}})
	})
}

// importFolder asks for a folder and imports every article below it.
func (u *App) importFolder() {
	d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if l != nil {
			u.prefs.setFolder(filepath.Dir(l.Path()))
			u.importPaths([]string{l.Path()})
		}
	}, u.win)
	u.showFileDialog(d, false)
}

// importPaths imports files and folders off the UI goroutine.
func (u *App) importPaths(paths []string) {
	u.runImport(len(paths), func(ctx context.Context, progress func(int)) []importer.Result {
		var all []importer.Result
		for i, p := range paths {
			if ctx.Err() != nil {
				break
			}
			all = append(all, importer.ReadPath(p)...)
			progress(i + 1)
		}
		return all
	})
}

// importAddresses asks for web addresses, one per line, and imports them.
func (u *App) importAddresses() {
	entry := widget.NewMultiLineEntry()
	entry.SetPlaceHolder("https://…\nhttps://…")
	entry.SetMinRowsVisible(6)
	d := dialog.NewForm(lang.L("Import from address"), lang.L("Import"), lang.L("Cancel"),
		[]*widget.FormItem{widget.NewFormItem(lang.L("Addresses or feeds"), entry)},
		func(ok bool) {
			if !ok {
				return
			}
			addrs := strings.Fields(entry.Text)
			if len(addrs) == 0 {
				return
			}
			u.runImport(len(addrs), func(ctx context.Context, progress func(int)) []importer.Result {
				var all []importer.Result
				for _, rs := range fetch.New(fetch.Options{}).Import(ctx, addrs, func(done, total int, r importer.Result) { progress(done) }) {
					all = append(all, rs...)
				}
				return all
			})
		}, u.win)
	d.Show()
	d.Resize(fyne.NewSize(700, 320))
}

// pasteArticle makes an article of text the user pastes.
func (u *App) pasteArticle() {
	title := widget.NewEntry()
	title.SetPlaceHolder(lang.L("Title (optional)"))
	body := widget.NewMultiLineEntry()
	body.Wrapping = fyne.TextWrapWord
	body.SetMinRowsVisible(12)
	if clip := u.fyne.Clipboard(); clip != nil {
		body.SetText(clip.Content())
	}
	d := dialog.NewForm(lang.L("Paste text as article"), lang.L("Add"), lang.L("Cancel"),
		[]*widget.FormItem{widget.NewFormItem(lang.L("Title"), title), widget.NewFormItem(lang.L("Text"), body)},
		func(ok bool) {
			if !ok || strings.TrimSpace(body.Text) == "" {
				return
			}
			text := body.Text
			if t := strings.TrimSpace(title.Text); t != "" {
				text = t + "\n\n" + text
			}
			a, err := importer.Parse([]byte(text), importer.Source{Name: lang.L("Pasted text"), Format: importer.FormatText})
			u.imported([]importer.Result{{Input: lang.L("Pasted text"), Article: a, Err: err}})
		}, u.win)
	d.Show()
	d.Resize(fyne.NewSize(760, 560))
}

// onDropped opens a dropped .brief file and imports everything else.
func (u *App) onDropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, uri := range uris {
		if strings.HasSuffix(strings.ToLower(uri.Path()), brieffile.Ext) {
			u.openPath(uri.Path())
			continue
		}
		paths = append(paths, uri.Path())
	}
	if len(paths) > 0 {
		u.importPaths(paths)
	}
}

// runImport runs an import off the UI goroutine with a progress dialog that
// can cancel it, then shows the results.
func (u *App) runImport(total int, work func(ctx context.Context, progress func(int)) []importer.Result) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	bar.Max = float64(total)
	d := dialog.NewCustom(lang.L("Importing…"), lang.L("Cancel"), container.NewVBox(bar), u.win)
	d.SetOnClosed(cancel)
	d.Show()
	d.Resize(fyne.NewSize(420, 120))
	go func() {
		results := work(ctx, func(done int) {
			fyne.Do(func() { bar.SetValue(float64(done)) })
		})
		cancelled := ctx.Err() != nil
		fyne.Do(func() {
			d.Hide()
			if cancelled && len(results) == 0 {
				u.status.set(lang.L("Import cancelled."))
				return
			}
			u.imported(results)
		})
	}()
}

// imported adds the new articles to the library and tells the user what
// happened to every input.
func (u *App) imported(results []importer.Result) {
	var added, dup, failed int
	var lines []string
	var first string
	for _, r := range results {
		switch {
		case r.Skipped:
			lines = append(lines, fmt.Sprintf("%s — %s", baseName(r.Input), lang.L("skipped: not an article file")))
		case r.Err != nil:
			failed++
			lines = append(lines, fmt.Sprintf("%s — %v", r.Input, r.Err))
		default:
			a, isNew := u.lib.add(r.Article)
			if first == "" {
				first = a.ID
			}
			if isNew {
				added++
				lines = append(lines, fmt.Sprintf("%s — %s", r.Input, fmt.Sprintf(lang.L("imported “%s”"), a.Title)))
			} else {
				dup++
				lines = append(lines, fmt.Sprintf("%s — %s", r.Input, fmt.Sprintf(lang.L("already in the library as “%s”"), a.Title)))
			}
		}
	}
	u.saveLibrary()
	u.libPanel.refresh()
	if a := u.lib.get(first); a != nil {
		u.libPanel.show(a)
	}
	summary := fmt.Sprintf(lang.L("Imported %d new articles; %d already in the library; %d failed."), added, dup, failed)
	u.status.set(summary)
	if len(results) > 1 || failed+dup > 0 {
		u.showResults(summary, lines)
	}
}

// showResults lists what happened to each input.
func (u *App) showResults(summary string, lines []string) {
	list := widget.NewLabel(strings.Join(lines, "\n"))
	list.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(fyne.NewSize(640, 220))
	d := dialog.NewCustom(lang.L("Import results"), lang.L("OK"), container.NewBorder(widget.NewLabel(summary), nil, nil, nil, scroll), u.win)
	d.Show()
}
