package ui

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

// confirmDiscard runs next at once if there are no unsaved changes, and
// otherwise asks whether to save them first.
func (u *App) confirmDiscard(next func()) {
	if !u.session.Dirty() {
		next()
		return
	}
	d := dialog.NewCustomWithoutButtons(lang.L("Unsaved changes"),
		widgetLabel(lang.L("The briefing has changes that are not saved. Save them first?")), u.sh.win)
	var closed func()
	answer := func(then func()) func() {
		return func() {
			closed()
			d.Hide()
			if then != nil {
				then()
			}
		}
	}
	cancel := answer(func() { u.sh.say(lang.L("Kept the briefing as it is.")) })
	save := widget.NewButton(lang.L("Save"), answer(func() { u.saveThen(next) }))
	save.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{
		widget.NewButton(lang.L("Cancel"), cancel),
		widget.NewButton(lang.L("Don't save"), answer(next)),
		save,
	})
	closed = u.sh.onEscape(cancel)
	d.Show()
}

// onClose asks before losing unsaved changes, then quits.
func (u *App) onClose() {
	u.confirmDiscard(func() {
		u.autosave.clear()
		u.sh.win.Close()
	})
}

func (u *App) newFile() {
	u.confirmDiscard(func() {
		u.session.Replace(u.newBriefing(u.session.Templates()), "")
		u.autosave.clear()
		u.sh.say(lang.L("New briefing."))
	})
}

func (u *App) openFile() {
	u.confirmDiscard(func() {
		u.askOpenFile([]string{desk.BriefExt}, func(r fyne.URIReadCloser) {
			r.Close()
			u.openPath(r.URI().Path())
		})
	})
}

// askOpenFile asks for a file with one of the extensions and hands it to
// use, which closes it.
func (u *App) askOpenFile(exts []string, use func(r fyne.URIReadCloser)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.sh.showError(err)
			return
		}
		if r == nil {
			return
		}
		if r.URI().Scheme() == "file" {
			u.prefs.setFolder(filepath.Dir(r.URI().Path()))
		}
		use(r)
	}, u.sh.win)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	u.showFileDialog(d, lang.L("Choose a file to open"), false)
}

// openPath opens a .brief file in the background; a file that cannot be
// opened is explained and the open briefing stays as it is.
func (u *App) openPath(path string) {
	name := filepath.Base(path)
	u.sh.say(tr("Opening %s…", name))
	// A large file shows that it is being read, and can be given up.
	cancelled := false
	var d dialog.Dialog
	if st, err := os.Stat(path); err == nil && st.Size() > openProgressSize {
		d = dialog.NewCustom(tr("Opening %s…", name), lang.L("Cancel"), widget.NewProgressBarInfinite(), u.sh.win)
		d.SetOnClosed(func() { cancelled = true })
		u.sh.show(d)
	}
	u.sh.jobs.run(func() func() {
		b, err := desk.LoadBriefing(path)
		return func() {
			if d != nil {
				if cancelled {
					u.sh.say(tr("Stopped opening %s; the open briefing stays.", name))
					return
				}
				d.Hide()
			}
			if err != nil {
				u.prefs.removeRecent(path)
				u.updateMenu()
				u.sh.say("")
				u.sh.showError(err)
				return
			}
			u.opened(b, path)
		}
	})
}

// openProgressSize is the size of a briefing file above which opening it
// shows progress and Cancel (about 1,000 excerpts).
const openProgressSize = 1 << 20

// opened shows a briefing read from path.
func (u *App) opened(b *briefing.Briefing, path string) {
	u.session.Replace(b, path)
	u.addRecent(path)
	u.autosave.clear()
	msg := tr("Opened %s.", filepath.Base(path))
	if err := u.session.TemplateProblem(); err != nil {
		msg += " " + tr("No topic suggestions: %v", explain(err))
	}
	u.sh.say(msg)
}

// addRecent remembers a briefing's file in Open Recent; the recovery copy is
// never one.
func (u *App) addRecent(path string) {
	if path == "" || u.recovery.IsRecovery(path) {
		return
	}
	u.prefs.addRecent(path)
	u.updateMenu()
}

func (u *App) save() { u.saveThen(nil) }

// saveThen saves to the briefing's file, asking for one if there is none,
// and runs next after a successful save.
func (u *App) saveThen(next func()) {
	if u.session.Path() == "" {
		u.saveAsThen(next)
		return
	}
	u.writeTo(u.session.Path(), next)
}

func (u *App) saveAs() { u.saveAsThen(nil) }

func (u *App) saveAsThen(next func()) {
	u.askSavePath(desk.BriefExt, func(path string) { u.writeTo(path, next) })
}

// writeTo saves the briefing as it stands to path in the background, then
// runs next (if not nil) when the file is written.
func (u *App) writeTo(path string, next func()) {
	b := u.session.Briefing() // a snapshot: later edits make new states
	u.sh.jobs.run(func() func() {
		err := desk.SaveBriefing(path, b)
		return func() {
			if err != nil {
				u.sh.showError(err)
				return
			}
			u.session.MarkSaved(path, b)
			u.addRecent(path)
			u.autosave.clear()
			u.sh.say(tr("Saved %s.", filepath.Base(path)))
			if next != nil {
				next()
			}
		}
	})
}

// askSavePath asks where to write a file with the given extension (".brief",
// ".pdf"), suggesting a name made of the briefing's title and date.
func (u *App) askSavePath(ext string, onPath func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.sh.showError(err)
			return
		}
		if w == nil {
			return
		}
		// Closing the dialog's writer unwritten leaves the file as it was
		// (see deferFileWrites); the file is written atomically by onPath.
		path := w.URI().Path()
		w.Close()
		u.prefs.setFolder(filepath.Dir(path))
		if strings.HasSuffix(strings.ToLower(path), ext) {
			onPath(path)
			return
		}
		// The name was typed without the extension: the dialog asked about
		// the wrong file, so ask again about the one written.
		path += ext
		if _, err := os.Stat(path); err != nil {
			onPath(path)
			return
		}
		u.sh.show(dialog.NewConfirm(lang.L("Overwrite?"), tr("Are you sure you want to overwrite the file\n%s?", filepath.Base(path)), func(ok bool) {
			if ok {
				onPath(path)
			}
		}, u.sh.win))
	}, u.sh.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	d.SetFileName(suggestedName(u.session.Briefing()) + ext)
	u.showFileDialog(d, lang.L("Choose where to save"), true)
}

// showFileDialog opens a file dialog in startFolder(briefingFirst), at a
// size that shows file names whole. Fyne sizes a dialog when it is shown, so
// the size is set after.
func (u *App) showFileDialog(d *dialog.FileDialog, title string, briefingFirst bool) {
	d.SetTitleText(title) // Fyne's own joins two words in English order
	if dir := u.startFolder(briefingFirst); dir != nil {
		d.SetLocation(dir)
	}
	d.Show()
	d.Resize(fyne.NewSize(900, 600))
}

// startFolder is where a file dialog opens: the folder last used or, to
// save (briefingFirst), the folder of the open briefing's file; whichever of
// the two is still there.
func (u *App) startFolder(briefingFirst bool) fyne.ListableURI {
	dirs := []string{u.prefs.folder(), ""}
	if p := u.session.Path(); p != "" {
		dirs[1] = filepath.Dir(p)
	}
	if briefingFirst {
		dirs[0], dirs[1] = dirs[1], dirs[0]
	}
	for _, dir := range dirs {
		if st, err := os.Stat(dir); dir == "" || err != nil || !st.IsDir() {
			continue
		}
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			return l
		}
	}
	return nil
}

// suggestedName makes a file name of the briefing's title and date; Hangul is
// kept, characters that file systems refuse are not.
func suggestedName(b *briefing.Briefing) string {
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < 0x20 {
			return '-'
		}
		return r
	}, strings.TrimSpace(b.Details.Title))
	if name == "" {
		name = "briefing"
	}
	if b.Details.Date != "" {
		name += " " + b.Details.Date
	}
	return name
}
