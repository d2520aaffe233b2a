package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/brieffile"
)

// typingPause is how long a pause in typing starts a new undo step.
const typingPause = 1500 * time.Millisecond

// typing records an edit made by typing in a field; a burst of typing in
// one field is one undo step.
func (u *App) typing(field string, edit func(b *briefing.Briefing) error) {
	var err error
	if field == u.lastField && time.Since(u.lastTyping) < typingPause {
		err = u.hist.Amend(edit)
	} else {
		err = u.hist.Do(edit)
	}
	u.lastTyping, u.lastField = time.Now(), field
	if err != nil {
		u.showError(err)
		return
	}
	u.updateTitle()
	u.updateMenu()
	u.autosave.touch()
}

// confirmDiscard runs next at once if there are no unsaved changes, and
// otherwise asks whether to save them first.
func (u *App) confirmDiscard(next func()) {
	if !u.dirty() {
		next()
		return
	}
	d := dialog.NewCustomConfirm(lang.L("Unsaved changes"), lang.L("Save"), lang.L("Don't save"),
		widgetLabel(lang.L("The briefing has changes that are not saved. Save them first?")),
		func(save bool) {
			if !save {
				next()
				return
			}
			u.saveThen(next)
		}, u.win)
	d.Show()
}

// onClose asks before losing unsaved changes, then quits.
func (u *App) onClose() {
	u.confirmDiscard(func() {
		u.autosave.clear()
		u.win.Close()
	})
}

func (u *App) newFile() {
	u.confirmDiscard(func() {
		u.path = ""
		u.hist = briefing.NewHistory(u.newBriefing(), 200)
		u.saved = u.hist.Current()
		u.autosave.clear()
		u.changed()
	})
}

func (u *App) openFile() {
	u.confirmDiscard(func() {
		u.askOpenFile([]string{brieffile.Ext}, func(r fyne.URIReadCloser) { u.openPath(r.URI().Path()) })
	})
}

// askOpenFile asks for a file with one of the extensions and hands it to
// use, closing it afterwards.
func (u *App) askOpenFile(exts []string, use func(r fyne.URIReadCloser)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if r == nil {
			return
		}
		defer r.Close()
		if r.URI().Scheme() == "file" {
			u.prefs.setFolder(filepath.Dir(r.URI().Path()))
		}
		use(r)
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	u.showFileDialog(d, false)
}

// openPath opens a .brief file; a file that cannot be opened is explained and
// the open briefing stays as it is.
func (u *App) openPath(path string) {
	b, err := brieffile.Load(path)
	if err != nil {
		u.prefs.removeRecent(path)
		u.showError(fmt.Errorf("%s: %w", baseName(path), err))
		return
	}
	u.path = path
	u.hist = briefing.NewHistory(b, 200)
	u.saved = b
	u.prefs.addRecent(path)
	for i := range b.Articles {
		u.lib.add(&b.Articles[i])
	}
	u.saveLibrary()
	u.libPanel.refresh()
	u.autosave.clear()
	u.changed()
	u.status.set(fmt.Sprintf(lang.L("Opened %s."), baseName(path)))
}

func (u *App) save() { u.saveThen(nil) }

// saveThen saves to the current file, asking for one if there is none, and
// runs next after a successful save.
func (u *App) saveThen(next func()) {
	if u.path == "" {
		u.saveAsThen(next)
		return
	}
	if err := u.writeTo(u.path); err != nil {
		u.showError(err)
		return
	}
	if next != nil {
		next()
	}
}

func (u *App) saveAs() { u.saveAsThen(nil) }

func (u *App) saveAsThen(next func()) {
	u.askSavePath(brieffile.Ext, func(path string) {
		if err := u.writeTo(path); err != nil {
			u.showError(err)
			return
		}
		if next != nil {
			next()
		}
	})
}

// askSavePath asks where to write a file with the given extension (".brief",
// ".pdf"), suggesting a name made of the briefing's title and date.
func (u *App) askSavePath(ext string, onPath func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
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
		dialog.ShowConfirm(lang.L("Overwrite?"), fmt.Sprintf(lang.L("Are you sure you want to overwrite the file\n%s?"), filepath.Base(path)), func(ok bool) {
			if ok {
				onPath(path)
			}
		}, u.win)
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	d.SetFileName(suggestedName(u.briefing()) + ext)
	u.showFileDialog(d, true)
}

// showFileDialog opens a file dialog in startFolder(briefingFirst), at a
// size that shows file names whole. Fyne sizes a dialog when it is shown, so
// the size is set after.
func (u *App) showFileDialog(d *dialog.FileDialog, briefingFirst bool) {
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
	if u.path != "" {
		dirs[1] = filepath.Dir(u.path)
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

// writeTo saves the briefing atomically.
func (u *App) writeTo(path string) error {
	b := u.briefing()
	if err := brieffile.Save(path, b); err != nil {
		return fmt.Errorf("%s: %w", baseName(path), err)
	}
	u.path = path
	u.saved = b
	u.prefs.addRecent(path)
	u.autosave.clear()
	u.updateTitle()
	u.updateMenu()
	u.status.set(fmt.Sprintf(lang.L("Saved %s."), baseName(path)))
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

// storagePath returns a file in the app's own storage folder.
func (u *App) storagePath(name string) string {
	root := u.fyne.Storage().RootURI()
	if root == nil {
		return ""
	}
	return filepath.Join(root.Path(), name)
}

func (u *App) showError(err error) {
	if err == nil {
		return
	}
	var msg string
	switch {
	case errors.Is(err, brieffile.ErrNewer):
		msg = lang.L("This briefing was written by a newer version of Briefdesk. Update Briefdesk to open it.")
	case errors.Is(err, brieffile.ErrNotBrief):
		msg = lang.L("This file is not a Briefdesk briefing.")
	case errors.Is(err, brieffile.ErrDamaged), errors.Is(err, brieffile.ErrInvalid):
		msg = lang.L("This briefing file is damaged. Nothing was changed; the details below say where.")
	}
	if msg != "" {
		err = fmt.Errorf("%s\n\n%v", msg, err)
	}
	dialog.ShowError(err, u.win)
}
