package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
)

func TestLibraryOrderAndSelection(t *testing.T) {
	u := start(t, "en")
	p := u.library
	p.order.SetSelectedIndex(1) // by title
	for i := 1; i < len(p.shown); i++ {
		if strings.ToLower(p.shown[i-1].Title) > strings.ToLower(p.shown[i].Title) && p.shown[i-1].Title[0] < 0x80 && p.shown[i].Title[0] < 0x80 {
			t.Errorf("not by title: %q before %q", p.shown[i-1].Title, p.shown[i].Title)
		}
	}
	// Read an article found by a search; clearing the search keeps it selected.
	u.library.search.SetText("도상연습")
	reading := p.shown[0]
	p.show(reading)
	u.library.search.SetText("")
	if u.reader.current() != reading {
		t.Fatal("clearing the search changed the article being read")
	}
	sel := -1
	for i, a := range p.shown {
		if a.ID == reading.ID {
			sel = i
		}
	}
	p.list.Select(sel) // already selected: nothing happens
	if u.reader.current() != reading || p.selected != reading.ID {
		t.Error("the library's selection differs from the article being read")
	}
}

func TestSearchHitsMarkedInTheReader(t *testing.T) {
	u := start(t, "en")
	u.library.search.SetText("도상연습")
	u.library.show(u.library.shown[0])
	marked := 0
	for _, row := range u.reader.paras {
		for _, v := range row {
			for _, s := range v.text.Segments {
				ts := s.(*widget.TextSegment)
				if ts.Style.ColorName == theme.ColorNamePrimary {
					marked++
					if ts.Text != "도상연습" {
						t.Errorf("marked %q", ts.Text)
					}
				}
			}
		}
	}
	if marked == 0 {
		t.Fatal("the search word is not marked in the article")
	}
	u.library.search.SetText("")
	for _, row := range u.reader.paras {
		for _, v := range row {
			if len(v.text.Segments) != 1 {
				t.Fatal("marks stay after the search is cleared")
			}
		}
	}
}

func TestPasteWithDetails(t *testing.T) {
	u := start(t, "en")
	u.fyne.Clipboard().SetContent("한미 정비 협력 확대\n\n정비 협력 본문이다. 양국은 함정 정비를 논의했다.\n")
	u.pasteArticle()
	var fields []*field
	for _, o := range overlayObjects(u.sh.win.Canvas()) {
		if f, ok := o.(*field); ok {
			fields = append(fields, f)
		}
	}
	if len(fields) != 6 {
		t.Fatalf("the paste form has %d fields, want title, site, author, date, address and text", len(fields))
	}
	fields[1].SetText("국방일보")
	fields[3].SetText("2026-13-01")
	if fields[3].Validate() == nil {
		t.Error("a month 13 date passes")
	}
	fields[3].SetText("2026-11-21")
	fields[4].SetText("https://news.example/paste/1")
	test.Tap(findButton(u.sh.win.Canvas(), "Add"))
	u.sh.jobs.wait()
	var got *briefing.Article
	for _, a := range u.lib.Articles() {
		if a.Title == "한미 정비 협력 확대" {
			got = a
		}
	}
	if got == nil || got.Site != "국방일보" || got.Published != "2026-11-21" || got.URL != "https://news.example/paste/1" {
		t.Errorf("pasted article: %+v", got)
	}
}

func TestImportSeveralFilesOfAFolder(t *testing.T) {
	u := start(t, "en")
	dir := t.TempDir()
	for i, name := range []string{"가.txt", "나.txt", "다.md"} {
		body := fmt.Sprintf("기사 %d 제목\n\n본문 %d입니다. 한미 양국은 정비 협력을 논의했다.\n", i, i)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	before := u.lib.Len()
	u.chooseFiles(dir)
	u.sh.jobs.wait()
	var checks []*escCheck
	for _, o := range overlayObjects(u.sh.win.Canvas()) {
		if c, ok := o.(*escCheck); ok {
			checks = append(checks, c)
		}
	}
	if len(checks) != 3 || !checks[0].Checked {
		t.Fatalf("%d files listed", len(checks))
	}
	checks[1].SetChecked(false) // 나.txt
	test.Tap(findButton(u.sh.win.Canvas(), "Import checked"))
	u.sh.jobs.wait()
	if got := u.lib.Len() - before; got != 2 {
		t.Errorf("%d articles imported, want the 2 checked", got)
	}
	for _, a := range u.lib.Articles() {
		if a.Title == "기사 1 제목" {
			t.Error("the unchecked file was imported")
		}
	}
}
