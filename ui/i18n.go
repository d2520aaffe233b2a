package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/briefdesk/briefdesk/assets"
	"github.com/briefdesk/briefdesk/briefing"
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

// translated holds the keys of the Korean translations, to ask Fyne only
// for messages it has (it logs every miss on the console).
var translated = sync.OnceValue(func() map[string]bool {
	keys := map[string]bool{}
	data, err := assets.FS.ReadFile("translations/base.ko.json")
	if err != nil {
		return keys
	}
	var all map[string]json.RawMessage
	if json.Unmarshal(data, &all) == nil {
		for k := range all {
			keys[k] = true
		}
	}
	return keys
})

// explain says what went wrong in the interface's language: a reason the
// engine gives (briefing.Reason, or an error whose message is translated),
// after the file or address named before it.
func explain(err error) string {
	if err == nil {
		return ""
	}
	if r, ok := err.(*briefing.Reason); ok {
		args := make([]any, len(r.Args))
		for i, a := range r.Args {
			if e, ok := a.(error); ok {
				a = explain(e)
			}
			args[i] = a
		}
		if !translated()[r.Format] {
			return fmt.Sprintf(r.Format, args...)
		}
		return tr(r.Format, args...)
	}
	text := err.Error()
	if translated()[text] {
		return particles(lang.L(text))
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var parts []string
		for _, e := range j.Unwrap() {
			parts = append(parts, explain(e))
		}
		return strings.Join(parts, "\n")
	}
	if inner := errors.Unwrap(err); inner != nil {
		in := inner.Error()
		switch {
		case strings.HasSuffix(text, in): // "file.brief: " + reason
			return text[:len(text)-len(in)] + explain(inner)
		case strings.HasPrefix(text, in): // reason + " (detail)"
			return explain(inner) + text[len(in):]
		}
	}
	return text
}
