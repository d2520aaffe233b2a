package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// statusBar shows the outcome of the last action at the bottom of the window.
type statusBar struct {
	label *widget.Label
}

func newStatusBar() *statusBar {
	return &statusBar{label: widget.NewLabel("")}
}

func (s *statusBar) build() fyne.CanvasObject {
	s.label.Truncation = fyne.TextTruncateEllipsis
	return s.label
}

func (s *statusBar) set(text string) { s.label.SetText(text) }
