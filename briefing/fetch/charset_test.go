package fetch

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/korean"
)

// TestHeaderCharset reads pages by the charset of the HTTP header, which
// the importer is given with the page: a Windows-1251 page that only the
// header names (detection does not try Windows-1251), and an EUC-KR page
// whose header says UTF-8, which its bytes do not fit.
func TestHeaderCharset(t *testing.T) {
	ru := "<html><head><title>Учения</title></head><body><article><p>Министерство обороны сегодня объявило график совместных учений на второе полугодие.</p></article></body></html>"
	ko := testPage("옛 인코딩 기사", "", "넷째,")
	pages := map[string]struct {
		contentType, page string
		enc               encoding.Encoding
		want              string
	}{
		"/ru": {"text/html; charset=windows-1251", ru, charmap.Windows1251, "Министерство обороны сегодня объявило"},
		"/ko": {"text/html; charset=utf-8", ko, korean.EUCKR, "넷째, 한미 양국은 이번 주 연합연습 일정을 확정하고"},
	}
	mux := http.NewServeMux()
	for path, p := range pages {
		body, err := p.enc.NewEncoder().Bytes([]byte(p.page))
		if err != nil {
			t.Fatal(err)
		}
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", p.contentType)
			w.Write(body)
		})
	}
	srv := httptest.NewServer(mux)
	defer srv.Close()
	for path, p := range pages {
		r := one(t, newFetcher(), srv.URL+path)
		if r.Err != nil {
			t.Errorf("%s: %v", path, r.Err)
			continue
		}
		if text := r.Article.Text(); !strings.Contains(text, p.want) {
			t.Errorf("%s: text lacks %q:\n%s", path, p.want, text)
		}
	}
}
