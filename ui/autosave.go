package ui

import (
	"sync"
	"time"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

// autosaveDelay bounds the work a crash can lose.
const autosaveDelay = 20 * time.Second

// autosaver writes the briefing to the recovery copy shortly after each
// change, in the background.
type autosaver struct {
	jobs     *jobs
	session  *desk.Session
	recovery *desk.Recovery
	say      func(string)
	delay    time.Duration

	mu    sync.Mutex
	timer *time.Timer
}

func newAutosaver(j *jobs, s *desk.Session, r *desk.Recovery, say func(string)) *autosaver {
	return &autosaver{jobs: j, session: s, recovery: r, say: say, delay: autosaveDelay}
}

// touch schedules a recovery copy.
func (a *autosaver) touch() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.timer != nil {
		return
	}
	a.timer = time.AfterFunc(a.delay, func() { a.jobs.do(a.saveNow) })
}

// saveNow writes the recovery copy, in the background, if there are unsaved
// changes. It runs on the UI goroutine.
func (a *autosaver) saveNow() {
	a.mu.Lock()
	a.timer = nil
	a.mu.Unlock()
	if !a.session.Dirty() {
		return
	}
	b, origin := a.session.Briefing(), a.session.Path()
	a.jobs.run(func() func() {
		err := a.recovery.Write(b, origin)
		return func() {
			switch {
			case err != nil:
				a.say(tr("Automatic recovery copy failed: %v", explain(err)))
			case !a.session.Dirty():
				a.recovery.Clear() // saved while the copy was written
			}
		}
	})
}

// clear stops a scheduled copy and removes the recovery copy.
func (a *autosaver) clear() {
	a.mu.Lock()
	if a.timer != nil {
		a.timer.Stop()
		a.timer = nil
	}
	a.mu.Unlock()
	a.recovery.Clear()
}

// offerRecovery offers to restore the briefing of a session that ended
// without saving; the copy is read in the background.
func (u *App) offerRecovery() {
	u.sh.jobs.run(func() func() {
		b, origin, found, err := u.recovery.Load()
		switch {
		case !found:
			return nil
		case err != nil:
			return func() {
				u.sh.say(tr("The automatic recovery copy could not be read: %v", explain(err)))
			}
		}
		return func() { u.askRestore(b, origin) }
	})
}

// askRestore asks whether to restore b, the recovery copy of the file
// origin ("" if it was never saved).
func (u *App) askRestore(b *briefing.Briefing, origin string) {
	u.sh.show(dialog.NewConfirm(lang.L("Restore unsaved work?"),
		tr("Briefdesk closed without saving “%s”. Restore the automatic copy?", b.Details.Title),
		func(ok bool) {
			if !ok {
				u.recovery.Clear()
				return
			}
			u.session.Restore(b, origin)
			name := u.session.Name()
			if name == "" {
				name = b.Details.Title
			}
			u.sh.say(tr("Restored the unsaved work on “%s”.", name))
		}, u.sh.win))
}
