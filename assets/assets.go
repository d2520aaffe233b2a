// Package assets holds the files Briefdesk ships inside its binaries: the
// Korean fonts used by the PDF handout and the window, the topic templates and
// the sample articles. It imports nothing of Briefdesk's own.
package assets

import "embed"

// FS holds every bundled file, under fonts/, templates/ and samples/.
//
//go:embed fonts/*.ttf fonts/OFL.txt templates/*.json samples/* translations/*.json icon.png
var FS embed.FS
