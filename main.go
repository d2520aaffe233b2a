// Command briefdesk is the Briefdesk desktop app: it turns news articles
// into briefings and PDF handouts.
package main

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/app"

	"github.com/briefdesk/briefdesk/ui"
)

const appID = "org.briefdesk.app"

func main() {
	// Fyne makes its cache folder with os.Mkdir and complains on the console
	// when the user's cache folder does not exist yet (a fresh account).
	if dir, err := os.UserCacheDir(); err == nil {
		os.MkdirAll(filepath.Join(dir, "fyne", appID), 0o700)
	}
	a := app.NewWithID(appID)
	u := ui.New(a)
	path := ""
	for _, arg := range os.Args[1:] {
		if strings.HasSuffix(strings.ToLower(arg), ".brief") {
			path = arg
		}
	}
	u.Window().Show()
	u.Start(path)
	a.Run()
}
