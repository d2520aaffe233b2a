package ui

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/brieffile"
	"github.com/briefdesk/briefdesk/briefing/markdown"
	"github.com/briefdesk/briefdesk/briefing/pdf"
)

// exportPDF asks where to write the handout and writes it off the UI
// goroutine, then offers to open it.
func (u *App) exportPDF() { u.export("pdf") }

// exportMarkdown writes the briefing as Markdown.
func (u *App) exportMarkdown() { u.export("md") }

func (u *App) export(format string) {
	u.askSavePath("."+format, func(path string) { u.writeExport(path, format) })
}

// writeExport renders the briefing in the background with a progress dialog.
func (u *App) writeExport(path, format string) {
	b := u.briefing() // an immutable snapshot: later edits make new states
	bar := widget.NewProgressBarInfinite()
	prog := dialog.NewCustomWithoutButtons(lang.L("Exporting…"), container.NewVBox(widget.NewLabel(baseName(path)), bar), u.win)
	prog.Show()
	go func() {
		rep, err := render(path, format, b)
		fyne.Do(func() {
			prog.Hide()
			if err != nil {
				u.showError(fmt.Errorf(lang.L("The handout could not be written to %s: %w"), path, err))
				return
			}
			u.exported(path, rep)
		})
	}()
}

func render(path, format string, b *briefing.Briefing) (pdf.Report, error) {
	var rep pdf.Report
	err := brieffile.WriteAtomic(path, func(w io.Writer) error {
		if format == "md" {
			return markdown.Write(w, b)
		}
		var buf bytes.Buffer
		var err error
		rep, err = pdf.Write(&buf, b, pdf.Options{})
		if err != nil {
			return err
		}
		_, err = w.Write(buf.Bytes())
		return err
	})
	return rep, err
}

// exported tells the user where the file is and offers to open it.
func (u *App) exported(path string, rep pdf.Report) {
	msg := fmt.Sprintf(lang.L("Written to %s."), path)
	if rep.Pages > 0 {
		msg = fmt.Sprintf(lang.L("%d pages written to %s."), rep.Pages, path)
	}
	if len(rep.Replaced) > 0 {
		msg += "\n\n" + fmt.Sprintf(lang.L("Characters the fonts cannot draw were printed as □: %s"), rep.ReplacedText())
	}
	u.status.set(strings.ReplaceAll(msg, "\n\n", " "))
	open := func(p string) {
		if err := u.fyne.OpenURL(&url.URL{Scheme: "file", Path: p}); err != nil {
			u.showError(err)
		}
	}
	d := dialog.NewCustom(lang.L("Export finished"), lang.L("Close"), container.NewVBox(
		widgetLabel(msg),
		container.NewHBox(
			widget.NewButton(lang.L("Open file"), func() { open(path) }),
			widget.NewButton(lang.L("Open folder"), func() { open(filepath.Dir(path)) }),
		),
	), u.win)
	d.Show()
}
