package desk

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/brieffile"
)

// article returns a small distinct article.
func article(i int, title, text string) *briefing.Article {
	a := &briefing.Article{
		Title: title, Site: "국방일보", Published: fmt.Sprintf("2026-11-%02d", 10+i),
		URL: fmt.Sprintf("https://news.example/%d", i), Language: "ko",
		Sections: []briefing.Section{{Paragraphs: []string{text}}},
	}
	a.AssignID()
	return a
}

func TestLibraryStoreAndSearch(t *testing.T) {
	l := NewLibrary("")
	a := article(1, "한미 연합연습 일정", "연합연습은 다음 달 시작된다.")
	b := article(2, "Shipyard MRO deal", "The navy signed a ship repair contract.")
	c := article(3, "함정 정비 협력", "미 해군 함정 정비 물량이 늘었다.")
	for _, x := range []*briefing.Article{a, b, c} {
		if _, added := l.Add(x); !added {
			t.Fatalf("%s not added", x.Title)
		}
	}
	// The same text from another address is the same article.
	mirror := *c
	mirror.URL, mirror.ID = "https://mirror.example/3", ""
	if got, added := l.Add(&mirror); added || got != c {
		t.Errorf("duplicate added: %v", added)
	}
	cases := []struct {
		query string
		want  []string
	}{
		{"", []string{c.ID, b.ID, a.ID}}, // newest first
		{"연합연습", []string{a.ID}},
		{norm.NFD.String("함정 정비"), []string{c.ID}}, // decomposed Hangul
		{"SHIPYARD repair", []string{b.ID}},
		{"국방일보", []string{c.ID, b.ID, a.ID}}, // the site
		{"없는 단어", nil},
	}
	for _, tc := range cases {
		var got []string
		for _, x := range l.Find(tc.query) {
			got = append(got, x.ID)
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("Find(%q) = %v, want %v", tc.query, got, tc.want)
		}
	}
	if l.Get(b.ID) != b || l.Get("nope") != nil || l.Len() != 3 || len(l.Articles()) != 3 {
		t.Error("get or count")
	}
	if !l.Remove(b.ID) || l.Remove(b.ID) || l.Len() != 2 || len(l.Find("shipyard")) != 0 {
		t.Error("remove")
	}
	// A removed article can come back.
	if _, added := l.Add(b); !added {
		t.Error("a removed article could not be added again")
	}
}

func TestLibraryFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "보관함", LibraryFile)
	l := NewLibrary(path)
	if found, err := l.Load(); found || err != nil {
		t.Fatalf("no file yet: %v %v", found, err)
	}
	for i := 0; i < 3; i++ {
		l.Add(article(i, fmt.Sprintf("기사 %d", i), fmt.Sprintf("본문 %d.", i)))
	}
	if err := l.Save(); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(data), `{"format":"briefdesk.library","version":1,"articles":[`) {
		t.Errorf("file starts %.60s", data)
	}
	// Saving again without a change writes nothing: the file is the same
	// one, not a new one renamed over it.
	st, _ := os.Stat(path)
	if err := l.Save(); err != nil {
		t.Fatal(err)
	}
	if st2, _ := os.Stat(path); !os.SameFile(st, st2) {
		t.Error("an unchanged library was written again")
	}
	again := NewLibrary(path)
	if found, err := again.Load(); !found || err != nil || again.Len() != 3 {
		t.Fatalf("reloaded: %v %v, %d articles", found, err, again.Len())
	}
	if again.Save() != nil {
		t.Error("saving a library just loaded")
	}
	if got := again.Find("기사 1"); len(got) != 1 || got[0].Title != "기사 1" {
		t.Errorf("reloaded library searches wrong: %v", got)
	}
}

func TestLibraryFileProblems(t *testing.T) {
	cases := []struct {
		name, data string
		want       error
		detail     string
		articles   int
	}{
		{"cut off", `{"format":"briefdesk.library","version":1,"articles":[{"id":"a"`, brieffile.ErrDamaged, "line 1", 0},
		{"newer", `{"format":"briefdesk.library","version":9,"articles":[]}`, brieffile.ErrNewer, "version 9", 0},
		{"a briefing", `{"format":"briefdesk.brief","version":1}`, brieffile.ErrNotLibrary, "briefdesk.library", 0},
		{"not JSON", "hello", brieffile.ErrNotLibrary, "not a JSON", 0},
		{"no version", `{"format":"briefdesk.library","articles":[]}`, brieffile.ErrDamaged, "version", 0},
		{"wrong type", "{\"format\":\"briefdesk.library\",\"version\":1,\n\"articles\":{}}", brieffile.ErrDamaged, "line 2", 0},
		{"entries without text", `{"format":"briefdesk.library","version":1,"articles":[{"id":"a","title":"x","sections":[{"paragraphs":["본문"]}]},{"id":"","title":"y"},null]}`, ErrLibrary, "2 entries", 1},
		{"the list of older versions", "\ufeff" + `[{"id":"a","title":"x","language":"ko","sections":[{"paragraphs":["본문"]}]}]`, nil, "", 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, LibraryFile)
			os.WriteFile(path, []byte(tc.data), 0o644)
			l := NewLibrary(path)
			found, err := l.Load()
			if !found || !errors.Is(err, tc.want) || (tc.want != nil && !strings.Contains(err.Error(), tc.detail)) {
				t.Fatalf("found %v, error %v; want %v with %q", found, err, tc.want, tc.detail)
			}
			if l.Len() != tc.articles {
				t.Errorf("%d articles, want %d", l.Len(), tc.articles)
			}
			damaged := tc.articles == 0 && tc.want != nil
			if _, err := os.Stat(path + ".damaged-1"); damaged != (err == nil) {
				t.Errorf("damaged file kept aside: %v, want %v", err == nil, damaged)
			}
			if damaged && !strings.Contains(err.Error(), LibraryFile+".damaged-1") {
				t.Errorf("the error does not say where the damaged file went: %v", err)
			}
		})
	}
}

func TestLibrarySavesWhileChanging(t *testing.T) {
	path := filepath.Join(t.TempDir(), LibraryFile)
	l := NewLibrary(path)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				l.Add(article(w*100+i, fmt.Sprintf("기사 %d-%d", w, i), fmt.Sprintf("본문 %d-%d.", w, i)))
				if err := l.Save(); err != nil {
					t.Error(err)
				}
				l.Find("기사")
			}
		}()
	}
	wg.Wait()
	if err := l.Save(); err != nil {
		t.Fatal(err)
	}
	again := NewLibrary(path)
	if _, err := again.Load(); err != nil || again.Len() != 100 {
		t.Errorf("the last save holds %d articles (%v), want 100", again.Len(), err)
	}
}

func TestLibraryOrders(t *testing.T) {
	l := NewLibrary("")
	for _, a := range []briefing.Article{
		{Title: "나 기사", Site: "연합뉴스", Published: "2026-11-20", URL: "https://a.example/1"},
		{Title: "Alpha", Site: "", Published: "", URL: "https://a.example/2"},
		{Title: "가 기사", Site: "국방일보", Published: "2026-11-22", URL: "https://a.example/3"},
		{Title: "beta", Site: "연합뉴스", Published: "2026-11-24", URL: "https://a.example/4"},
	} {
		a.Language = "ko"
		a.Sections = []briefing.Section{{Paragraphs: []string{a.Title + " 본문"}}}
		a.AssignID()
		l.Add(&a)
	}
	titles := func(by Order) string {
		var out []string
		for _, a := range l.FindSorted("", by) {
			out = append(out, a.Title)
		}
		return strings.Join(out, ",")
	}
	for by, want := range map[Order]string{
		ByDate:  "beta,가 기사,나 기사,Alpha",
		ByTitle: "Alpha,beta,가 기사,나 기사",
		BySite:  "가 기사,beta,나 기사,Alpha",
		ByAdded: "beta,가 기사,Alpha,나 기사",
	} {
		if got := titles(by); got != want {
			t.Errorf("order %d: %s, want %s", by, got, want)
		}
	}
}
