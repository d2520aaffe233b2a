// Package assets holds the files Briefdesk ships inside its binaries: the
// Korean fonts used by the PDF handout and the window, the topic templates and
// the sample articles. It imports nothing of Briefdesk's own.
package assets

import "embed"

// FS holds the bundled files: the fonts' licence under fonts/, templates/,
// samples/, translations/ and the icon. The fonts themselves are in Font.
//
//go:embed fonts/OFL.txt templates/*.json samples/* translations/*.json icon.png
var FS embed.FS
