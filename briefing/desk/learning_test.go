package desk

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/brieffile"
)

// examplesOf returns the learned examples of the session's template as
// "topic|removed|passed text" lines.
func examplesOf(t *testing.T, l *Learning) []string {
	t.Helper()
	ex, err := l.Examples(briefing.DefaultTemplate)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ex {
		kind := "+" + e.Topic
		switch {
		case e.Removed != "":
			kind = "-" + e.Removed
		case e.Passed:
			kind = "~"
		}
		out = append(out, kind+" "+e.Text)
	}
	return out
}

func TestPlacementsMovesAndRemovalsAreLearned(t *testing.T) {
	s := newClock().session(t)
	l := NewLearning("")
	s.UseLearning(l)
	a := &briefing.Article{Title: "시험 기사", Language: "ko", Sections: []briefing.Section{{Paragraphs: []string{
		"한미 국방장관이 회담했다.", "연합연습이 시작됐다.", "날씨가 맑았다.", "주가가 올랐다.",
	}}}}
	a.AssignID()
	if _, err := s.AddParagraph("status", a, 0, 0); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(examplesOf(t, l), "\n")
	want := "+status 한미 국방장관이 회담했다.\n~ 연합연습이 시작됐다.\n~ 날씨가 맑았다.\n~ 주가가 올랐다."
	if got != want {
		t.Fatalf("after a placement:\n%s\nwant\n%s", got, want)
	}
	// The paragraph left out is then placed: what the analyst did wins.
	id, err := s.AddParagraph("status", a, 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.MoveExcerpt(id, "defense"); err != nil {
		t.Fatal(err)
	}
	first := excerptAt(s.Briefing(), 0, 0)
	if err := s.RemoveExcerpt(first); err != nil {
		t.Fatal(err)
	}
	got = strings.Join(examplesOf(t, l), "\n")
	want = "~ 날씨가 맑았다.\n~ 주가가 올랐다.\n+defense 연합연습이 시작됐다.\n-status 한미 국방장관이 회담했다."
	if got != want {
		t.Errorf("after a placement, a move and a removal:\n%s\nwant\n%s", got, want)
	}
	if s.Learned() != 4 {
		t.Errorf("Learned() = %d, want 4", s.Learned())
	}
	// Undoing the removal puts the paragraph back under its topic, and
	// what the removal taught goes with it; redoing it teaches it again.
	s.Undo()
	got = strings.Join(examplesOf(t, l), "\n")
	want = "~ 날씨가 맑았다.\n~ 주가가 올랐다.\n+defense 연합연습이 시작됐다.\n+status 한미 국방장관이 회담했다."
	if got != want {
		t.Errorf("after undoing the removal:\n%s\nwant\n%s", got, want)
	}
	s.Redo()
	if ex := examplesOf(t, l); ex[len(ex)-1] != "-status 한미 국방장관이 회담했다." {
		t.Errorf("after redoing the removal: %q", ex)
	}
	s.Undo()
	// Undoing a placement forgets it.
	if _, err := s.AddParagraph("mro", a, 0, 3); err != nil {
		t.Fatal(err)
	}
	s.Undo()
	for _, e := range examplesOf(t, l) {
		if strings.Contains(e, "주가가 올랐다") && e != "~ 주가가 올랐다." {
			t.Errorf("an undone placement is still learned: %q", e)
		}
	}
	before := len(examplesOf(t, l))
	// Accepting the suggestions teaches nothing.
	other := &briefing.Article{Title: "다른 기사", Language: "ko", Sections: []briefing.Section{{Paragraphs: []string{
		"한미 연합연습이 오늘 시작됐다. 양국 군은 북한의 미사일 도발에 대비한 연합 방어 훈련을 벌인다."}}}}
	other.AssignID()
	props, err := Propose(context.Background(), s.Briefing(), s.Classifier(), []*briefing.Article{other}, 0, nil)
	if err != nil || len(props) == 0 {
		t.Fatalf("no proposal to accept: %v", err)
	}
	if _, err := s.Accept([]*briefing.Article{other}, props); err != nil {
		t.Fatal(err)
	}
	if n := len(examplesOf(t, l)); n != before {
		t.Errorf("%d examples after accepting suggestions, %d before", n, before)
	}
}

func TestSuggestionsLearnFromTheAnalyst(t *testing.T) {
	ts := briefing.Templates{"mine": {ID: "mine", Topics: []briefing.TemplateTopic{
		{ID: "sport", Names: map[string]string{"ko": "가 항목"}}, {ID: "weather", Names: map[string]string{"ko": "나 항목"}},
	}}}
	b := briefing.New(ts["mine"], "ko", time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC))
	s := NewSession(ts, nil, b, nil)
	s.UseLearning(NewLearning(""))
	probe := &briefing.Article{Title: "오늘", Language: "ko", Sections: []briefing.Section{{Paragraphs: []string{"대표팀 공격수가 결승골을 넣어 팀이 승리했다."}}}}
	if got := s.Suggest(probe)[0][0]; got.Topic != "" {
		t.Fatalf("before any placement: %+v", got)
	}
	sport := []string{"대표팀이 결승골로 승리했다.", "공격수가 두 골을 넣었다.", "감독은 팀의 승리를 기뻐했다.", "결승골을 넣은 선수가 최우수 선수로 뽑혔다.",
		"대표팀 공격수가 부상에서 돌아왔다.", "팀은 원정 경기에서 승리했다.", "후반 공격수의 골로 역전승을 거뒀다.", "대표팀은 결승에 올랐다."}
	weather := []string{"내일은 전국에 비가 내리겠다.", "기온이 영하로 떨어지겠다.", "강풍 주의보가 내려졌다.", "오후부터 비가 그치고 맑겠다.",
		"주말에는 기온이 오르겠다.", "남부 지방에 많은 비가 예상된다.", "아침 기온이 크게 떨어지겠다.", "비 소식과 함께 바람이 강하겠다."}
	for i := range sport {
		a := &briefing.Article{Title: "기사", Language: "ko", Sections: []briefing.Section{{Paragraphs: []string{sport[i], weather[i]}}}}
		a.AssignID()
		if _, err := s.AddParagraph("sport", a, 0, 0); err != nil {
			t.Fatal(err)
		}
		if _, err := s.AddParagraph("weather", a, 0, 1); err != nil {
			t.Fatal(err)
		}
	}
	got := s.Suggest(probe)[0][0]
	if got.Topic != "sport" || !got.Learned || len(got.Terms) == 0 {
		t.Errorf("after 16 placements: %+v, want sport, learned, with words", got)
	}
	if err := s.ForgetLearned(); err != nil {
		t.Fatal(err)
	}
	if got := s.Suggest(probe)[0][0]; got.Topic != "" || s.Learned() != 0 {
		t.Errorf("after forgetting: %+v, %d examples", got, s.Learned())
	}
}

func TestLearningIsKeptBesideThePreferencesNotInTheBriefing(t *testing.T) {
	dir := t.TempDir()
	s, a := placedSession(t)
	plain := filepath.Join(dir, "plain.brief")
	if err := brieffile.Save(plain, s.Briefing()); err != nil {
		t.Fatal(err)
	}
	l := NewLearning(filepath.Join(dir, "learned"))
	s.UseLearning(l)
	if _, err := s.AddParagraph("mro", a, 2, 0); err != nil {
		t.Fatal(err)
	}
	if s.Learned() == 0 {
		t.Fatal("nothing learned")
	}
	// Another process (or the next start) reads what was kept.
	again := NewLearning(filepath.Join(dir, "learned"))
	if got := examplesOf(t, again); len(got) == 0 || got[0] != "+mro 문단 2-0. 날씨 이야기." {
		t.Errorf("read back: %q", got)
	}
	// The briefing file holds nothing of it: it is what it would be
	// without learning, with the new excerpt.
	withLearning := filepath.Join(dir, "learning.brief")
	if err := brieffile.Save(withLearning, s.Briefing()); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(withLearning)
	for _, word := range []string{"passed", "removed", "learned"} {
		if bytes.Contains(data, []byte(word)) {
			t.Errorf("the .brief holds %q", word)
		}
	}
	if err := again.Reset(""); err != nil {
		t.Fatal(err)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "learned", "*")); len(files) != 0 {
		t.Errorf("files left after reset: %v", files)
	}
}

func TestADamagedLearningFileIsNamedAndTheRestKept(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "alliance.jsonl")
	os.WriteFile(path, []byte("{\"text\":\"첫 문단\",\"topic\":\"status\"}\n{broken\n{\"text\":\"둘째 문단\",\"topic\":\"mro\"}\n"), 0o600)
	l := NewLearning(dir)
	ex, err := l.Examples(briefing.DefaultTemplate)
	if !errors.Is(err, ErrLearned) || !strings.Contains(err.Error(), path) || len(ex) != 2 {
		t.Fatalf("examples %v, error %v", ex, err)
	}
	// The next example writes the file anew, without the damaged line.
	if err := l.Add(briefing.DefaultTemplate, briefing.LearnedExample{Text: "셋째 문단", Topic: "future"}); err != nil {
		t.Fatal(err)
	}
	if ex, err := NewLearning(dir).Examples(briefing.DefaultTemplate); err != nil || len(ex) != 3 {
		t.Errorf("after rewriting: %v, %v", ex, err)
	}
}

func TestLearningKeepsTheNewest(t *testing.T) {
	l := NewLearning(t.TempDir())
	var ex []briefing.LearnedExample
	for i := range MaxLearned + 50 {
		ex = append(ex, briefing.LearnedExample{Text: strings.Repeat("가", 1+i%7) + string(rune('a'+i%26)) + strings.Repeat("나", i/26), Topic: "status"})
	}
	if err := l.Add("x/y", ex...); err != nil {
		t.Fatal(err)
	}
	got, err := NewLearning(l.dir).Examples("x/y")
	if err != nil || len(got) != MaxLearned || got[len(got)-1].Text != ex[len(ex)-1].Text {
		t.Errorf("%d examples read back (%v), want the newest %d", len(got), err, MaxLearned)
	}
	if files, _ := filepath.Glob(filepath.Join(l.dir, "*")); len(files) != 1 || strings.Contains(filepath.Base(files[0]), "/") {
		t.Errorf("files: %v", files)
	}
}

// TestALongDamagedLineLosesNothingAfterIt checks that a line too long to be
// an example, in the middle of the file, costs only itself.
func TestALongDamagedLineLosesNothingAfterIt(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "alliance.jsonl")
	content := "{\"text\":\"오래된 예시\",\"topic\":\"status\"}\n" + strings.Repeat("x", 300<<10) + "\n" +
		"{\"text\":\"새 예시 하나\",\"topic\":\"mro\"}\n{\"text\":\"새 예시 둘\",\"topic\":\"future\"}\n"
	os.WriteFile(path, []byte(content), 0o600)
	l := NewLearning(dir)
	ex, err := l.Examples(briefing.DefaultTemplate)
	if !errors.Is(err, ErrLearned) || len(ex) != 3 || ex[2].Text != "새 예시 둘" {
		t.Fatalf("examples %v, error %v", ex, err)
	}
	if err := l.Add(briefing.DefaultTemplate, briefing.LearnedExample{Text: "더 새 예시", Topic: "defense"}); err != nil {
		t.Fatal(err)
	}
	ex, err = NewLearning(dir).Examples(briefing.DefaultTemplate)
	if err != nil || len(ex) != 4 || ex[0].Text != "오래된 예시" || ex[3].Text != "더 새 예시" {
		t.Errorf("after rewriting: %v, %v", ex, err)
	}
}
