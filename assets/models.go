package assets

import _ "embed"

// The trained topic models of the built-in templates, as byte slices (a
// model reads its weights from them in place). make model rebuilds them
// from the project's labelled corpus.
var (
	//go:embed models/alliance.model
	allianceModel []byte
)

// Model returns the trained topic model of a built-in template, if it has
// one. The bytes must not be changed.
func Model(template string) ([]byte, bool) {
	if template == "alliance" {
		return allianceModel, true
	}
	return nil, false
}
