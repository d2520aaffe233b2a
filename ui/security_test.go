package ui

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

// segments returns every segment of a rich text, lists and paragraphs
// opened up.
func segments(segs []widget.RichTextSegment) []widget.RichTextSegment {
	var out []widget.RichTextSegment
	for _, s := range segs {
		out = append(out, s)
		switch x := s.(type) {
		case *widget.ListSegment:
			out = append(out, segments(x.Items)...)
		case *widget.ParagraphSegment:
			out = append(out, segments(x.Texts)...)
		}
	}
	return out
}

// TestBriefingOpensWithoutRequests opens a colleague's briefing whose
// summary and commentary hold images and links of every kind: nothing is
// fetched, only http, https and mailto stay links, each shows its address,
// and the browser opens only after the user agrees.
func TestBriefingOpensWithoutRequests(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	u := start(t, "en")
	var opened []string
	u.sh.open = func(x *url.URL) error { opened = append(opened, x.String()); return nil }
	md := "![track](" + srv.URL + "/pixel.png) ![local](/etc/passwd)\n\n" +
		"[web](https://news.example/a) [mail](mailto:desk@example.org) [script](javascript:alert(1)) " +
		"[file](file:///etc/passwd) [desktop](/usr/share/applications/x.desktop) [opt](--version) " +
		"[smb](smb://10.0.0.1/share) [data](data:text/html,x)\n\n- [in a list](" + srv.URL + "/list)\n"
	b := u.briefing().Clone()
	b.Summary = md
	b.Topics[0].Commentary = md
	path := filepath.Join(t.TempDir(), "colleague.brief")
	if err := desk.SaveBriefing(path, b); err != nil {
		t.Fatal(err)
	}
	u.openPath(path)
	u.sh.jobs.wait()
	for _, view := range []*widget.RichText{u.editor.summaryView, u.editor.commentaryView} {
		test.WidgetRenderer(view) // draws the segments, as the window would
		var links []string
		var texts strings.Builder
		for _, s := range segments(view.Segments) {
			switch x := s.(type) {
			case *widget.ImageSegment:
				t.Errorf("an image from %s", x.Source)
			case *widget.HyperlinkSegment:
				links = append(links, x.URL.String())
				if x.OnTapped == nil {
					t.Errorf("%s opens without asking", x.URL)
				}
			case *widget.TextSegment:
				texts.WriteString(x.Text)
			}
		}
		if strings.Join(links, " ") != "https://news.example/a mailto:desk@example.org "+srv.URL+"/list" {
			t.Errorf("links %v", links)
		}
		for _, want := range []string{"⟨https://news.example/a⟩", "image, not loaded: " + srv.URL + "/pixel.png", "script", "desktop", "opt"} {
			if !strings.Contains(texts.String(), want) {
				t.Errorf("the preview does not show %q: %q", want, texts.String())
			}
		}
	}
	if hits.Load() != 0 {
		t.Errorf("opening the briefing made %d requests", hits.Load())
	}
	var link *widget.HyperlinkSegment
	for _, s := range segments(u.editor.summaryView.Segments) {
		if h, ok := s.(*widget.HyperlinkSegment); ok && link == nil {
			link = h
		}
	}
	link.OnTapped()
	if len(opened) != 0 {
		t.Fatal("the link opened before the user agreed")
	}
	if findLabel(u.sh.win.Canvas(), "https://news.example/a") == "" {
		t.Error("the question does not show the address")
	}
	test.Tap(findButton(u.sh.win.Canvas(), "Yes"))
	if strings.Join(opened, " ") != "https://news.example/a" {
		t.Errorf("opened %v", opened)
	}
}

// TestOpeningLeavesTheLibraryAlone opens a briefing that quotes an article
// the library lacks: the library stays as it was until the user asks.
func TestOpeningLeavesTheLibraryAlone(t *testing.T) {
	u := start(t, "en")
	b := u.briefing().Clone()
	a := *u.lib.Articles()[0]
	a.Title, a.URL = "A colleague's article", "https://colleague.example/a"
	a.Sections = []briefing.Section{{Paragraphs: []string{"Only the colleague has read this paragraph about ship repair."}}}
	a.AssignID()
	b.AddArticle(a)
	path := filepath.Join(t.TempDir(), "colleague.brief")
	desk.SaveBriefing(path, b)
	before := u.lib.Len()
	u.openPath(path)
	u.sh.jobs.wait()
	if u.lib.Len() != before {
		t.Fatalf("opening added %d articles to the library", u.lib.Len()-before)
	}
	u.adoptArticles()
	u.sh.jobs.wait()
	if u.lib.Len() != before+1 || len(u.lib.Find("colleague")) != 1 {
		t.Errorf("adding the briefing's articles: %d → %d", before, u.lib.Len())
	}
}
