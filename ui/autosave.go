package ui

import (
	"fmt"
	"os"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/briefdesk/briefdesk/briefing/brieffile"
)

// autosaveDelay bounds the work a crash can lose.
const autosaveDelay = 20 * time.Second

// autosaver writes the briefing to a recovery file shortly after each
// change; the file is removed when the briefing is saved or closed on
// purpose, so one found at start means the last session ended badly.
type autosaver struct {
	u     *App
	path  string
	mu    sync.Mutex
	timer *time.Timer
}

func newAutosaver(u *App) *autosaver {
	return &autosaver{u: u, path: u.storagePath("recovery.brief")}
}

// touch schedules a save of the recovery file.
func (a *autosaver) touch() {
	if a.path == "" {
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.timer != nil {
		return
	}
	a.timer = time.AfterFunc(autosaveDelay, func() {
		fyne.Do(a.saveNow)
	})
}

// saveNow writes the recovery file if there are unsaved changes.
func (a *autosaver) saveNow() {
	a.mu.Lock()
	a.timer = nil
	a.mu.Unlock()
	if a.path == "" || !a.u.dirty() {
		return
	}
	b := a.u.briefing()
	if err := brieffile.Save(a.path, b); err != nil {
		a.u.status.set(fmt.Sprintf(lang.L("Automatic recovery copy failed: %v"), err))
		return
	}
	if a.u.path != "" {
		_ = os.WriteFile(a.path+".origin", []byte(a.u.path), 0o644)
	}
}

// clear removes the recovery file.
func (a *autosaver) clear() {
	a.mu.Lock()
	if a.timer != nil {
		a.timer.Stop()
		a.timer = nil
	}
	a.mu.Unlock()
	if a.path != "" {
		os.Remove(a.path)
		os.Remove(a.path + ".origin")
	}
}

// offerRecovery offers to restore the briefing of a session that ended
// without saving.
func (u *App) offerRecovery() {
	path := u.autosave.path
	if path == "" {
		return
	}
	if _, err := os.Stat(path); err != nil {
		return
	}
	b, err := brieffile.Load(path)
	if err != nil {
		u.autosave.clear()
		return
	}
	origin, _ := os.ReadFile(path + ".origin")
	dialog.ShowConfirm(lang.L("Restore unsaved work?"),
		fmt.Sprintf(lang.L("Briefdesk closed without saving “%s”. Restore the automatic copy?"), b.Details.Title),
		func(ok bool) {
			if !ok {
				u.autosave.clear()
				return
			}
			u.openPath(path)
			u.path = string(origin)
			u.saved = nil // restored work is unsaved until the user saves it
			u.updateTitle()
			u.updateMenu()
		}, u.win)
}
