package brieffile

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
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

// TestHandoutChoices round-trips the handout's style, declassification
// notice, topic pages and empty topics, and checks that a briefing which
// leaves them at their defaults is written as files were before they
// existed.
func TestHandoutChoices(t *testing.T) {
	b := testBriefing(t)
	var plain bytes.Buffer
	if err := Encode(&plain, b); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"style"`, `"declassify"`, `"topicPages"`, `"emptyTopics"`} {
		if strings.Contains(plain.String(), key) {
			t.Errorf("a briefing with default handout choices writes %s:\n%s", key, plain.String())
		}
	}
	got, err := Decode(&plain)
	if err != nil {
		t.Fatal(err)
	}
	if d := got.Details; d.Style != "" || d.Declassify != "" || d.TopicPages || d.EmptyTopics != "" {
		t.Errorf("defaults read back as %+v", d)
	}

	b.Details.Style = briefing.StyleReport
	b.Details.Declassify = "2027. 12. 31.까지 대외비"
	b.Details.TopicPages = true
	b.Details.EmptyTopics = briefing.EmptyTopicOmit
	var chosen bytes.Buffer
	if err := Encode(&chosen, b); err != nil {
		t.Fatal(err)
	}
	want := `"paper": "a4",
    "style": "report",
    "declassify": "2027. 12. 31.까지 대외비",
    "topicPages": true,
    "emptyTopics": "omit"
  },`
	if !strings.Contains(chosen.String(), want) {
		t.Errorf("the details are not written as documented:\n%s", chosen.String())
	}
	got, err = Decode(bytes.NewReader(chosen.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got.Details != b.Details {
		t.Errorf("round trip: got %+v, want %+v", got.Details, b.Details)
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
		{"bad style", strings.Replace(g, `"paper": "a4"`, `"paper": "a4", "style": "memo"`, 1), ErrInvalid, "details.style"},
		{"bad empty topics", strings.Replace(g, `"paper": "a4"`, `"paper": "a4", "emptyTopics": "hide"`, 1), ErrInvalid, "details.emptyTopics"},
		{"topicPages of the wrong type", strings.Replace(g, `"paper": "a4"`, `"paper": "a4", "topicPages": "yes"`, 1), ErrDamaged, "topicPages"},
		{"long notice", strings.Replace(g, `"paper": "a4"`, `"paper": "a4", "declassify": "`+strings.Repeat("가", briefing.MaxShortField+1)+`"`, 1), ErrLimits, "details.declassify"},
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
		// Whatever loads, the standard decoder reads too, the same.
		if want, err := decodeStd(data); err != nil {
			t.Fatalf("Decode accepts what the standard decoder refuses: %v", err)
		} else if normalise(want); !reflect.DeepEqual(b, want) {
			t.Fatalf("the decoders read different briefings:\n%+v\n%+v", b, want)
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

// TestSchemaHasTheDetails checks that docs/brief.schema.json describes every
// field of the details and allows exactly the values Validate accepts.
func TestSchemaHasTheDetails(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "docs", "brief.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Properties struct {
			Details struct {
				Properties map[string]struct {
					Enum []string `json:"enum"`
				} `json:"properties"`
			} `json:"details"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(data, &schema); err != nil {
		t.Fatal(err)
	}
	props := schema.Properties.Details.Properties
	typ := reflect.TypeOf(briefing.Details{})
	for i := range typ.NumField() {
		key, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
		if _, ok := props[key]; !ok {
			t.Errorf("the schema has no details.%s", key)
		}
	}
	if len(props) != typ.NumField() {
		t.Errorf("the schema has %d details, the briefing %d", len(props), typ.NumField())
	}
	enums := map[string][]string{
		"paper":       {briefing.PaperA4, briefing.PaperLetter},
		"style":       {briefing.StyleBriefing, briefing.StyleReport},
		"emptyTopics": {briefing.EmptyTopicLine, briefing.EmptyTopicOmit},
	}
	for key, want := range enums {
		if got := props[key].Enum; !slices.Equal(got, want) {
			t.Errorf("details.%s: the schema allows %q, the briefing %q", key, got, want)
		}
	}
}

// decodeStd is Decode with the standard decoder alone, as it was.
func decodeStd(data []byte) (*briefing.Briefing, error) {
	b := &briefing.Briefing{}
	err := json.Unmarshal(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), &file{Briefing: b})
	return b, err
}

// TestTheFastDecoderAgreesWithTheStandardOne decodes documents that stress
// what JSON decoders differ on — names in another case, repeated names,
// invalid UTF-8, escapes, nulls, numbers where strings belong — with the
// decoder Decode uses first and with the standard one: where both accept a
// document they read the same briefing, and Decode accepts what the
// standard one accepts.
func TestTheFastDecoderAgreesWithTheStandardOne(t *testing.T) {
	var good bytes.Buffer
	Encode(&good, testBriefing(t))
	head := `{"format":"briefdesk.brief","version":1,`
	for name, doc := range map[string]string{
		"written":    good.String(),
		"case":       head + `"Details":{"Title":"제목","PAPER":"a4"},"TOPICS":[{"ID":"a","Title":"주제"}]}`,
		"repeated":   head + `"summary":"첫째","summary":"둘째","details":{"paper":"a4"}}`,
		"utf8":       head + `"summary":"깨진 \xff\xfe 글자","details":{"paper":"a4"}}`,
		"escapes":    head + `"summary":"\u d55c\ud55c \"인용\" \\ \/ \t","details":{"paper":"a4"}}`,
		"nulls":      head + `"summary":null,"topics":null,"articles":[{"id":"x","sections":null}],"details":{"paper":"a4"}}`,
		"wrong type": head + `"summary":5,"details":{"paper":"a4"}}`,
		"unknown":    head + `"extra":{"deep":[1,2,{"x":null}]},"details":{"paper":"a4"}}`,
		"surrogates": head + `"summary":"\ud83d\ude00 \udc00 \ud800","details":{"paper":"a4"}}`,
	} {
		want, stdErr := decodeStd([]byte(doc))
		got, err := Decode(strings.NewReader(doc))
		if stdErr != nil {
			if err == nil {
				t.Errorf("%s: Decode accepts what the standard decoder refuses (%v)", name, stdErr)
			}
			continue
		}
		if err != nil {
			if errors.Is(err, ErrDamaged) {
				t.Errorf("%s: Decode finds damage the standard decoder does not: %v", name, err)
			}
			continue // refused after decoding, for a reason of the briefing's
		}
		normalise(want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the decoders read different briefings:\n%+v\n%+v", name, got, want)
		}
	}
}
