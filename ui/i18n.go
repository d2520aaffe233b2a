package ui

import (
	"os"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/briefdesk/briefdesk/assets"
)

// The interface is written in English; assets/translations/base.ko.json
// translates it, and Fyne's own dialog buttons, into Korean. Fyne picks the
// language from the locale environment (LANGUAGE, unless LC_ALL, LC_MESSAGES
// or LANG say C), so choosing a language sets those for this process and
// reloads the translations.

var (
	systemOnce sync.Once
	systemLang string
)

// systemLanguage returns "ko" when the system speaks Korean, else "en". It
// is read once, before the preferences change the environment.
func systemLanguage() string {
	systemOnce.Do(func() {
		systemLang = "en"
		if strings.HasPrefix(lang.SystemLocale().LanguageString(), "ko") {
			systemLang = "ko"
		}
	})
	return systemLang
}

// setLanguage switches the interface to "ko" or "en".
func setLanguage(l string) {
	systemLanguage()
	loc := "en_US.UTF-8"
	if l == "ko" {
		loc = "ko_KR.UTF-8"
	}
	os.Setenv("LANGUAGE", loc)
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if x := os.Getenv(v); x != "" {
			if x == "C" || x == "POSIX" {
				os.Setenv(v, loc) // "C" would turn translations off altogether
			}
			break
		}
	}
	if err := lang.AddTranslationsFS(assets.FS, "translations"); err != nil {
		fyne.LogError("loading translations", err)
	}
}
