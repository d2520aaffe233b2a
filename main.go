// Command briefdesk is the Briefdesk desktop app: it turns news articles
// into briefings and PDF handouts.
package main

import (
	"os"
	"strings"

	"fyne.io/fyne/v2/app"

	"github.com/briefdesk/briefdesk/ui"
)

func main() {
	a := app.NewWithID("org.briefdesk.app")
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
