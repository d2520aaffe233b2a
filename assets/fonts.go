package assets

import _ "embed"

// The bundled TrueType fonts, as byte slices rather than in FS: reading a
// file from FS copies it, and these are 4 MB each. Their licence is
// fonts/OFL.txt in FS.
var (
	//go:embed fonts/NanumGothic.ttf
	nanumGothic []byte
	//go:embed fonts/NanumGothicBold.ttf
	nanumGothicBold []byte
	//go:embed fonts/NanumMyeongjo.ttf
	nanumMyeongjo []byte
	//go:embed fonts/NanumMyeongjoBold.ttf
	nanumMyeongjoBold []byte
)

// Font returns the bundled font file of the given name (NanumGothic.ttf,
// NanumGothicBold.ttf, NanumMyeongjo.ttf or NanumMyeongjoBold.ttf). The
// bytes are shared: do not change them.
func Font(name string) ([]byte, bool) {
	switch name {
	case "NanumGothic.ttf":
		return nanumGothic, true
	case "NanumGothicBold.ttf":
		return nanumGothicBold, true
	case "NanumMyeongjo.ttf":
		return nanumMyeongjo, true
	case "NanumMyeongjoBold.ttf":
		return nanumMyeongjoBold, true
	}
	return nil, false
}
