package ui

import (
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/briefdesk/briefdesk/assets"
)

// The interface is written in English; assets/translations/base.ko.json
// translates it, and Fyne's own dialog buttons, into Korean. Fyne picks the
// language from the system's locale settings, so choosing a language in the
// preferences sets LANGUAGE for this process and reloads the translations.

// systemLanguage returns "ko" when the system speaks Korean, else "en".
func systemLanguage() string {
	if strings.HasPrefix(lang.SystemLocale().LanguageString(), "ko") {
		return "ko"
	}
	return "en"
}

// setLanguage switches the interface to "ko" or "en".
func setLanguage(l string) {
	if l == "ko" {
		os.Setenv("LANGUAGE", "ko_KR.UTF-8")
	} else {
		os.Setenv("LANGUAGE", "en_US.UTF-8")
	}
	if err := lang.AddTranslationsFS(assets.FS, "translations"); err != nil {
		fyne.LogError("loading translations", err)
	}
}
