package brieffile

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
)

func testBriefing(t testing.TB) *briefing.Briefing {
	t.Helper()
	tmpl, err := briefing.ParseTemplate([]byte(`{"id":"t","names":{"ko":"주간 브리핑"},"topics":[{"id":"a","names":{"ko":"동맹 현황"}},{"id":"b","names":{"ko":"미래 협력"}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	b := briefing.New(tmpl, "ko", time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC))
	b.Details.Marking = "대외비"
	b.Summary = "**요약** <b>태그</b> & 기호"
	a := briefing.Article{Title: "기사", URL: "https://example.org/a?x=1&y=2", Language: "ko",
		Sections: []briefing.Section{{Heading: "머리", Paragraphs: []string{"첫 문단.", "둘째 문단."}}}}
	a.AssignID()
	b.AddArticle(a)
	id, err := b.AddExcerpt("a", a.ID, 0, 1, -1)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.EditExcerpt(id, "둘째."); err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRoundTrip(t *testing.T) {
	b := testBriefing(t)
	path := filepath.Join(t.TempDir(), "한글 브리핑.brief")
	if err := Save(path, b); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	var x, y bytes.Buffer
	Encode(&x, b)
	Encode(&y, got)
	if x.String() != y.String() {
		t.Errorf("round trip changed the briefing:\n%s\n---\n%s", x.String(), y.String())
	}
	// Readable and diff-friendly: indented, stable order, no HTML escaping.
	s := x.String()
	if !strings.HasPrefix(s, "{\n  \"format\": \"briefdesk.brief\",\n  \"version\": 1,\n  \"details\": {") {
		t.Errorf("file does not start with format and version:\n%s", s[:80])
	}
	if !strings.Contains(s, `<b>태그</b> & 기호`) || !strings.Contains(s, `"original": "둘째 문단."`) {
		t.Errorf("text escaped or original lost:\n%s", s)
	}
}

func TestSaveIsAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "b.brief")
	if err := Save(path, testBriefing(t)); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	boom := errors.New("disk full")
	err := WriteAtomic(path, func(w io.Writer) error {
		w.Write([]byte("{\"format\": \"briefdesk.brief\", \"ver"))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("error = %v", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("a failed save changed the file")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestDecodeErrors(t *testing.T) {
	var good bytes.Buffer
	Encode(&good, testBriefing(t))
	g := good.String()
	cases := []struct {
		name, data string
		want       error
		where      string
	}{
		{"cut off", g[:len(g)/2], ErrDamaged, "line "},
		{"syntax", strings.Replace(g, `"summary":`, `"summary" `, 1), ErrDamaged, "line 11, column 15"},
		{"wrong type", strings.Replace(g, `"section": 0`, `"section": "zero"`, 1), ErrDamaged, "section"},
		{"not json", "제목\n본문", ErrNotBrief, "not a JSON"},
		{"other json", `{"name": "package.json"}`, ErrNotBrief, "format"},
		{"json array", `[1, 2, 3]`, ErrNotBrief, "not an object"},
		{"newer", strings.Replace(g, `"version": 1`, `"version": 7`, 1), ErrNewer, "version 7"},
		{"no version", strings.Replace(g, `"version": 1,`, ``, 1), ErrDamaged, "version"},
		{"dangling", strings.Replace(g, `"paragraph": 1`, `"paragraph": 9`, 1), ErrInvalid, "topics[0].excerpts[0]"},
		{"bad paper", strings.Replace(g, `"paper": "a4"`, `"paper": "a3"`, 1), ErrInvalid, "details.paper"},
	}
	for _, c := range cases {
		_, err := Decode(strings.NewReader(c.data))
		if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.where) {
			t.Errorf("%s: error %v, want %v mentioning %q", c.name, err, c.want, c.where)
		}
	}
}

func FuzzDecode(f *testing.F) {
	var good bytes.Buffer
	Encode(&good, testBriefing(f))
	f.Add(good.Bytes())
	f.Add([]byte(`{"format":"briefdesk.brief","version":1,"topics":[{"id":"a","excerpts":[{"id":"a"}]}]}`))
	f.Add([]byte(`{"format":"briefdesk.brief","version":1,"details":{"paper":"a4","date":"2026-02-30"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Decode(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrNotBrief) && !errors.Is(err, ErrNewer) && !errors.Is(err, ErrInvalid) {
				t.Fatalf("error of no known kind: %v", err)
			}
			return
		}
		// Whatever loads must save and load back to the same thing.
		var once, twice bytes.Buffer
		if err := Encode(&once, b); err != nil {
			t.Fatal(err)
		}
		b2, err := Decode(bytes.NewReader(once.Bytes()))
		if err != nil {
			t.Fatalf("saved file does not load: %v\n%s", err, once.String())
		}
		Encode(&twice, b2)
		if once.String() != twice.String() {
			t.Fatal("save, load, save is not stable")
		}
	})
}
