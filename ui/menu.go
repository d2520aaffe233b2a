package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
)

// menu builds the main menu. Its shortcuts work wherever the focus is,
// including inside text fields.
func (u *App) menu() *fyne.MainMenu {
	sc := func(k fyne.KeyName, m fyne.KeyModifier) fyne.Shortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: m}
	}
	mod := fyne.KeyModifierShortcutDefault
	item := func(label string, action func(), s fyne.Shortcut) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, action)
		it.Shortcut = s
		return it
	}
	// Ctrl+Z and Ctrl+Y reach the menu as Fyne's standard Undo and Redo
	// shortcuts, ahead of the focused text field, so they undo changes to the
	// briefing (typing included) wherever the focus is.
	u.undoItem = item(lang.L("Undo"), u.undo, &fyne.ShortcutUndo{})
	u.redoItem = item(lang.L("Redo"), u.redo, &fyne.ShortcutRedo{})
	u.recentMenu = fyne.NewMenuItem(lang.L("Open recent"), nil)
	u.recentMenu.ChildMenu = fyne.NewMenu("")
	exports := u.exportItems()
	exports[0].Shortcut = sc(fyne.KeyE, mod) // the handout
	items := []*fyne.MenuItem{
		item(lang.L("New"), u.newFile, sc(fyne.KeyN, mod)),
		item(lang.L("Open…"), u.openFile, sc(fyne.KeyO, mod)),
		u.recentMenu,
		item(lang.L("Save"), u.save, sc(fyne.KeyS, mod)),
		item(lang.L("Save as…"), u.saveAs, sc(fyne.KeyS, mod|fyne.KeyModifierShift)),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Import…"), u.importFiles, sc(fyne.KeyI, mod)),
		fyne.NewMenuItem(lang.L("Import folder…"), u.importFolder),
		fyne.NewMenuItem(lang.L("Import from address…"), u.importAddresses),
		fyne.NewMenuItem(lang.L("Paste text as article…"), u.pasteArticle),
		fyne.NewMenuItemSeparator(),
	}
	items = append(items, exports...)
	quit := item(lang.L("Quit"), u.onClose, sc(fyne.KeyQ, mod))
	quit.IsQuit = true // Fyne adds no Quit of its own, which would not ask to save
	items = append(items, fyne.NewMenuItemSeparator(),
		item(lang.L("Close window"), u.onClose, sc(fyne.KeyW, mod)),
		quit)
	file := fyne.NewMenu(lang.L("File"), items...)
	edit := fyne.NewMenu(lang.L("Edit"),
		u.undoItem, u.redoItem,
		fyne.NewMenuItemSeparator(),
		item(lang.L("Find in the outline"), func() { u.outline.focusFind() }, sc(fyne.KeyF, mod)),
		item(lang.L("Move up"), func() { u.outline.moveStep(-1) }, sc(fyne.KeyUp, fyne.KeyModifierAlt)),
		item(lang.L("Move down"), func() { u.outline.moveStep(+1) }, sc(fyne.KeyDown, fyne.KeyModifierAlt)),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Preferences…"), u.showPreferences, sc(fyne.KeyComma, mod)),
	)
	return fyne.NewMainMenu(file, edit)
}

// updateMenu names the steps Undo and Redo would take, enables them as the
// history allows, and lists the recent files.
func (u *App) updateMenu() {
	if u.undoItem == nil {
		return
	}
	u.undoItem.Label, u.redoItem.Label = lang.L("Undo"), lang.L("Redo")
	if n := u.session.UndoName(); n != "" {
		u.undoItem.Label = tr("Undo %s", stepName(n))
	}
	if n := u.session.RedoName(); n != "" {
		u.redoItem.Label = tr("Redo %s", stepName(n))
	}
	u.undoItem.Disabled = !u.session.CanUndo()
	u.redoItem.Disabled = !u.session.CanRedo()
	var items []*fyne.MenuItem
	for _, p := range u.prefs.recent() {
		if u.recovery.IsRecovery(p) {
			continue // remembered by an older version
		}
		path := p
		items = append(items, fyne.NewMenuItem(path, func() { u.confirmDiscard(func() { u.openPath(path) }) }))
	}
	u.recentMenu.ChildMenu.Items = items
	u.recentMenu.Disabled = len(items) == 0
	if mm := u.sh.win.MainMenu(); mm != nil {
		mm.Refresh()
	}
}
