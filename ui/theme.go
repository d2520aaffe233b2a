package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/briefdesk/briefdesk/assets"
)

// appTheme is Fyne's theme with the bundled Nanum Gothic as its text font, so
// that Hangul renders on machines without Korean fonts. Fyne's own fonts have
// no Hangul.
type appTheme struct {
	regular, bold fyne.Resource
}

func newTheme() fyne.Theme {
	return &appTheme{regular: fontResource("NanumGothic.ttf"), bold: fontResource("NanumGothicBold.ttf")}
}

func fontResource(name string) fyne.Resource {
	data, ok := assets.Font(name)
	if !ok {
		return nil
	}
	return fyne.NewStaticResource(name, data)
}

func (t *appTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Symbol || t.regular == nil {
		return theme.DefaultTheme().Font(s)
	}
	if s.Bold && t.bold != nil {
		return t.bold
	}
	return t.regular
}

func (t *appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return theme.DefaultTheme().Color(n, v)
}

func (t *appTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (t *appTheme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }
