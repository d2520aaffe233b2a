// Package ui is Briefdesk's window: the library of articles, the article
// being read, the briefing's outline and the editor for its details,
// summary and commentary. Each panel is given the session (package desk)
// and the window and follows the session's changes; App wires the panels
// together and keeps the menus and the window's dialogs.
package ui

import (
	"errors"
	"net/url"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

// App is one Briefdesk window and the briefing open in it.
type App struct {
	fyne     fyne.App
	sh       *shell
	prefs    *prefs
	session  *desk.Session
	lib      *desk.Library
	importer *desk.Importer
	recovery *desk.Recovery
	autosave *autosaver
	now      func() time.Time

	library *libraryPanel
	reader  *readerPanel
	outline *outlinePanel
	editor  *editorPanel

	undoItem, redoItem, recentMenu *fyne.MenuItem
	unsubscribe                    func()
}

// shell is what every panel may use of the window: the window itself, the
// status bar, error messages and background jobs.
type shell struct {
	win    fyne.Window
	status *statusBar
	jobs   *jobs
	open   func(*url.URL) error // the system's opener: a browser, a file manager
	redo   func()               // the briefing's Redo, for Ctrl+Shift+Z in text fields
	isMenu func(any) bool       // whether an object is an item of the menu bar
	// escapes are what Escape does, the dialog shown last on top.
	escapes []*func()
	// reviewing is the review of automatic assembly on screen, if any.
	reviewing *reviewList
}

// say shows the outcome of an action in the status bar.
func (s *shell) say(msg string) { s.status.set(msg) }

// showError explains an error in a dialog.
func (s *shell) showError(err error) {
	if err == nil {
		return
	}
	var msg string
	switch {
	case errors.Is(err, desk.ErrNewer):
		msg = lang.L("This briefing was written by a newer version of Briefdesk. Update Briefdesk to open it.")
	case errors.Is(err, desk.ErrNotBrief):
		msg = lang.L("This file is not a Briefdesk briefing.")
	case errors.Is(err, desk.ErrLimits):
		msg = lang.L("This briefing holds more than Briefdesk accepts. Nothing was changed; the details below say which part.")
	case errors.Is(err, desk.ErrDamaged), errors.Is(err, desk.ErrInvalid):
		msg = lang.L("This briefing file is damaged. Nothing was changed; the details below say where.")
	}
	text := explain(err)
	if msg != "" {
		text = msg + "\n\n" + text
	}
	s.show(dialog.NewError(errors.New(text), s.win))
}

// options are what tests change about a window.
type options struct {
	now       func() time.Time
	queued    bool   // run what background jobs hand back only when jobs.wait is called
	dir       string // for the library and the recovery copy; "" keeps none
	templates string // the user's templates; "" for none
	learned   string // what the suggestions learned from the user; "" keeps it in memory only
}

// New builds the window of a Briefdesk app: a new briefing of the default
// template is open; Start fills the library.
func New(a fyne.App) *App {
	opt := options{now: time.Now, templates: desk.UserTemplateDir(), learned: desk.UserLearningDir()}
	if root := a.Storage().RootURI(); root != nil {
		opt.dir = root.Path()
	}
	return newApp(a, opt)
}

func newApp(a fyne.App, opt options) *App {
	u := &App{fyne: a, now: opt.now, prefs: newPrefs(a.Preferences())}
	deferFileWrites()
	setLanguage(u.prefs.language())
	a.Settings().SetTheme(newTheme())
	u.sh = &shell{win: a.NewWindow("Briefdesk"), jobs: &jobs{queued: opt.queued}, open: a.OpenURL}
	u.sh.win.Resize(fyne.NewSize(1400, 860))
	ts, err := desk.Templates(opt.templates)
	u.session = desk.NewSession(ts, err, u.newBriefing(ts), u.now)
	u.session.UseLearning(desk.NewLearning(opt.learned))
	u.lib = desk.NewLibrary(join(opt.dir, desk.LibraryFile))
	u.recovery = desk.NewRecovery(join(opt.dir, desk.RecoveryFile))
	u.importer = newImporter(u.prefs)
	u.autosave = newAutosaver(u.sh.jobs, u.session, u.recovery, u.sh.say)
	u.session.Subscribe(u.onChange)
	u.build()
	u.sh.redo = u.redo
	u.sh.isMenu = isMenuBarItem
	u.sh.win.Canvas().SetOnTypedKey(u.sh.typedKey)
	u.sh.win.Canvas().AddShortcut(redoShortcut, func(fyne.Shortcut) { u.redo() })
	u.sh.win.SetCloseIntercept(u.onClose)
	u.sh.win.SetOnDropped(u.onDropped)
	return u
}

func join(dir, name string) string {
	if dir == "" {
		return ""
	}
	return filepath.Join(dir, name)
}

// Window returns the main window.
func (u *App) Window() fyne.Window { return u.sh.win }

// Start loads the library in the background (the samples on first run) and
// offers to restore work from a crash, or opens path if one is given.
func (u *App) Start(path string) {
	if err := u.session.TemplateProblem(); err != nil {
		u.sh.say(tr("Some topic templates could not be read: %v", explain(err)))
	}
	u.loadLibrary()
	if path != "" {
		u.openPath(path)
		return
	}
	u.offerRecovery()
}

// newBriefing returns an empty briefing of the default template with the
// remembered details.
func (u *App) newBriefing(ts briefing.Templates) *briefing.Briefing {
	tmpl, err := ts.Get(briefing.DefaultTemplate)
	if err != nil {
		tmpl = &briefing.Template{ID: briefing.DefaultTemplate}
	}
	b := briefing.New(tmpl, u.prefs.language(), u.now())
	b.Details.Author = u.prefs.author()
	b.Details.Organization = u.prefs.organization()
	b.Details.Marking = u.prefs.marking()
	b.Details.Paper = u.prefs.paper()
	b.Details.Style = u.prefs.style()
	return b
}

// build lays out the window; it is called again when the language changes.
func (u *App) build() {
	if u.unsubscribe != nil {
		u.unsubscribe()
	}
	u.sh.status = newStatusBar()
	u.library = newLibraryPanel(u.sh, u.lib)
	u.reader = newReaderPanel(u.sh, u.session)
	u.outline = newOutlinePanel(u.sh, u.session)
	u.editor = newEditorPanel(u.sh, u.session, u.prefs)
	u.wire()
	right := container.NewVSplit(u.outline.build(), u.editor.build())
	right.Offset = 0.66
	middle := container.NewHSplit(u.reader.build(), right)
	middle.Offset = 0.5
	main := container.NewHSplit(u.library.build(), middle)
	main.Offset = 0.22
	u.sh.win.SetContent(container.NewBorder(nil, u.sh.status.build(), nil, nil, main))
	u.sh.win.SetMainMenu(u.menu())
	cancels := []func(){u.reader.subscribe(), u.outline.subscribe(), u.editor.subscribe()}
	u.unsubscribe = func() {
		for _, c := range cancels {
			c()
		}
	}
	u.updateTitle()
	u.updateMenu()
}

// wire connects what one panel does to the others.
func (u *App) wire() {
	u.library.onOpen = u.reader.show
	u.library.onSearch = u.reader.highlight
	u.library.onRemoved = func() { u.reader.show(nil); u.saveLibrary() }
	u.library.imports = []*fyne.MenuItem{
		fyne.NewMenuItem(lang.L("Import folder…"), u.importFolder),
		fyne.NewMenuItem(lang.L("Import from address…"), u.importAddresses),
		fyne.NewMenuItem(lang.L("Paste text as article…"), u.pasteArticle),
		fyne.NewMenuItem(lang.L("Add the briefing's articles to the library"), u.adoptArticles),
	}
	u.library.onImport = u.importFiles
	u.reader.onPlaced = u.outline.selectExcerpt
	u.reader.onAssemble = u.assemble
	u.reader.onDrag = func(at fyne.Position) { u.outline.dragOver(at, false) }
	u.reader.onDropParagraph = u.outline.dropParagraph
	u.reader.onDropSection = u.outline.dropSection
	u.outline.onTopic = u.editor.showTopic
	u.outline.onExport = u.exportPDF
	u.outline.onAssembleAll = func() { u.assemble(u.library.Shown()) }
}

// onChange follows the session: the window's title, the menu and the
// recovery copy.
func (u *App) onChange(c desk.Change) {
	u.updateTitle()
	u.updateMenu()
	switch c.Kind {
	case desk.Edited, desk.Typed:
		u.autosave.touch()
	case desk.Undone:
		u.autosave.touch()
		u.sh.say(tr("Undone: %s.", stepName(c.Name)))
	case desk.Redone:
		u.autosave.touch()
		u.sh.say(tr("Redone: %s.", stepName(c.Name)))
	}
}

func (u *App) updateTitle() {
	name := u.session.Name()
	if name == "" {
		name = lang.L("Untitled")
	}
	mark := ""
	if u.session.Dirty() {
		mark = "• "
	}
	u.sh.win.SetTitle(mark + name + " — Briefdesk")
}

func (u *App) undo() { u.session.Undo() }
func (u *App) redo() { u.session.Redo() }
