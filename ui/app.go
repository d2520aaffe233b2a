// Package ui is Briefdesk's window: the library of articles, the article
// being read, the briefing's outline and the editor for its details,
// summary and commentary. It drives the engine in package briefing and keeps
// every change to the briefing in an undo history.
package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/bundle"
)

// App is one Briefdesk window and the briefing open in it.
type App struct {
	fyne   fyne.App
	win    fyne.Window
	prefs  *prefs
	hist   *briefing.History
	tmpls  briefing.Templates
	tmpl   *briefing.Template
	class  *briefing.Classifier
	lib    *library
	path   string             // file of the open briefing; "" until saved
	saved  *briefing.Briefing // state at the last save, to tell unsaved changes
	now    func() time.Time
	status *statusBar

	libPanel *libraryPanel
	reader   *readerPanel
	outline  *outlinePanel
	editor   *editorPanel
	autosave *autosaver

	undoItem, redoItem, recentMenu *fyne.MenuItem
	lastTyping                     time.Time
	lastField                      string
}

// New builds the window of a Briefdesk app: the library holds the bundled
// samples on first run and a new briefing of the default template is open.
func New(a fyne.App) *App { return newApp(a, time.Now) }

func newApp(a fyne.App, now func() time.Time) *App {
	u := &App{fyne: a, now: now, prefs: newPrefs(a.Preferences())}
	deferFileWrites()
	setLanguage(u.prefs.language())
	a.Settings().SetTheme(newTheme())
	u.tmpls, _ = bundle.Templates()
	if u.tmpls == nil {
		u.tmpls = briefing.Templates{}
	}
	u.tmpl, _ = u.tmpls.Get(briefing.DefaultTemplate)
	if u.tmpl != nil {
		u.class = briefing.NewClassifier(u.tmpl)
	}
	u.lib = newLibrary(u.storagePath("library.json"))
	u.win = a.NewWindow("Briefdesk")
	u.win.Resize(fyne.NewSize(1400, 860))
	u.hist = briefing.NewHistory(u.newBriefing(), 200)
	u.saved = u.hist.Current()
	u.autosave = newAutosaver(u)
	u.build()
	u.win.SetCloseIntercept(u.onClose)
	u.win.SetOnDropped(u.onDropped)
	return u
}

// Window returns the main window.
func (u *App) Window() fyne.Window { return u.win }

// Start loads the library (the samples on first run) and offers to restore
// work from a crash, then opens path if one is given.
func (u *App) Start(path string) {
	u.loadLibrary()
	if path != "" {
		u.openPath(path)
		return
	}
	u.offerRecovery()
}

// newBriefing returns an empty briefing with the remembered details.
func (u *App) newBriefing() *briefing.Briefing {
	lng := u.prefs.language()
	tmpl := u.tmpl
	if tmpl == nil {
		tmpl = &briefing.Template{ID: "none"}
	}
	b := briefing.New(tmpl, lng, u.now())
	b.Details.Author = u.prefs.author()
	b.Details.Organization = u.prefs.organization()
	b.Details.Marking = u.prefs.marking()
	b.Details.Paper = u.prefs.paper()
	return b
}

// build lays out the window; it is called again when the language changes.
func (u *App) build() {
	u.status = newStatusBar()
	u.libPanel = newLibraryPanel(u)
	u.reader = newReaderPanel(u)
	u.outline = newOutlinePanel(u)
	u.editor = newEditorPanel(u)
	right := container.NewVSplit(u.outline.build(), u.editor.build())
	right.Offset = 0.55
	middle := container.NewHSplit(u.reader.build(), right)
	middle.Offset = 0.5
	main := container.NewHSplit(u.libPanel.build(), middle)
	main.Offset = 0.22
	u.win.SetContent(container.NewBorder(nil, u.status.build(), nil, nil, main))
	u.win.SetMainMenu(u.menu())
	u.refresh()
}

// briefing returns the briefing as it stands.
func (u *App) briefing() *briefing.Briefing { return u.hist.Current() }

// change applies an edit to the briefing through the undo history and
// updates the window. Errors are shown to the user.
func (u *App) change(edit func(b *briefing.Briefing) error) bool {
	if err := u.hist.Do(edit); err != nil {
		u.showError(err)
		return false
	}
	u.changed()
	return true
}

// changed updates everything that shows the briefing.
func (u *App) changed() {
	u.refresh()
	u.autosave.touch()
}

// dirty reports whether the briefing has unsaved changes.
func (u *App) dirty() bool { return u.hist.Current() != u.saved }

func (u *App) refresh() {
	u.reader.refresh()
	u.outline.refresh()
	u.editor.refresh()
	u.updateTitle()
	u.updateMenu()
}

func (u *App) updateTitle() {
	name := lang.L("Untitled")
	if u.path != "" {
		name = baseName(u.path)
	}
	mark := ""
	if u.dirty() {
		mark = "• "
	}
	u.win.SetTitle(mark + name + " — Briefdesk")
}

func (u *App) undo() {
	if u.hist.Undo() {
		u.changed()
	}
}

func (u *App) redo() {
	if u.hist.Redo() {
		u.changed()
	}
}
