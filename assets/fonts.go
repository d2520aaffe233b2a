package assets

import _ "embed"

// The bundled TrueType fonts, as byte slices rather than in FS: reading a
// file from FS copies it, and some are 4 MB. Their licences are
// fonts/OFL.txt (Nanum) and fonts/OFL-Noto.txt (Noto) in FS; scripts/fonts
// rebuilds the Noto files.
var (
	//go:embed fonts/NanumGothic.ttf
	nanumGothic []byte
	//go:embed fonts/NanumGothicBold.ttf
	nanumGothicBold []byte
	//go:embed fonts/NanumMyeongjo.ttf
	nanumMyeongjo []byte
	//go:embed fonts/NanumMyeongjoBold.ttf
	nanumMyeongjoBold []byte
	//go:embed fonts/NotoSans-Regular.ttf
	notoSans []byte
	//go:embed fonts/NotoSans-Bold.ttf
	notoSansBold []byte
	//go:embed fonts/NotoSans-Italic.ttf
	notoSansItalic []byte
	//go:embed fonts/NotoSerif-Regular.ttf
	notoSerif []byte
	//go:embed fonts/NotoSerif-Bold.ttf
	notoSerifBold []byte
	//go:embed fonts/NotoSerif-Italic.ttf
	notoSerifItalic []byte
	//go:embed fonts/NotoSerifKR-Hanja-Regular.ttf
	notoSerifHanja []byte
	//go:embed fonts/NotoSerifKR-Hanja-Bold.ttf
	notoSerifHanjaBold []byte
)

var fontFiles = map[string]*[]byte{
	"NanumGothic.ttf":               &nanumGothic,
	"NanumGothicBold.ttf":           &nanumGothicBold,
	"NanumMyeongjo.ttf":             &nanumMyeongjo,
	"NanumMyeongjoBold.ttf":         &nanumMyeongjoBold,
	"NotoSans-Regular.ttf":          &notoSans,
	"NotoSans-Bold.ttf":             &notoSansBold,
	"NotoSans-Italic.ttf":           &notoSansItalic,
	"NotoSerif-Regular.ttf":         &notoSerif,
	"NotoSerif-Bold.ttf":            &notoSerifBold,
	"NotoSerif-Italic.ttf":          &notoSerifItalic,
	"NotoSerifKR-Hanja-Regular.ttf": &notoSerifHanja,
	"NotoSerifKR-Hanja-Bold.ttf":    &notoSerifHanjaBold,
}

// Font returns the bundled font file of the given name (as in assets/fonts,
// e.g. NanumGothic.ttf or NotoSerif-Italic.ttf). The bytes are shared: do
// not change them.
func Font(name string) ([]byte, bool) {
	if p, ok := fontFiles[name]; ok {
		return *p, true
	}
	return nil, false
}
