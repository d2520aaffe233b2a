package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

// TestTopicsTellWhatWasLearnedAndForgetIt checks that the command uses and
// shows what the analyst taught the suggestions, and forgets it on request.
func TestTopicsTellWhatWasLearnedAndForgetIt(t *testing.T) {
	l := desk.NewLearning(t.TempDir())
	if err := l.Add(briefing.DefaultTemplate,
		briefing.LearnedExample{Text: "한미 국방장관이 회담했다.", Topic: "status"},
		briefing.LearnedExample{Text: "연합연습이 시작됐다.", Topic: "defense"}); err != nil {
		t.Fatal(err)
	}
	run1 := func(args ...string) string {
		var out, errOut bytes.Buffer
		e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, learning: l}
		if code := run(e, args); code != exitOK {
			t.Fatalf("brief %s: exit %d: %s", strings.Join(args, " "), code, errOut.String())
		}
		return out.String()
	}
	if out := run1("topics", "--template", "alliance"); !strings.Contains(out, "learned from 2 of your placements") || !strings.Contains(out, "trained model of 4 topics") {
		t.Errorf("topics:\n%s", out)
	}
	if err := l.Add("other", briefing.LearnedExample{Text: "다른 양식의 예시", Topic: "x"}); err != nil {
		t.Fatal(err)
	}
	if out := run1("topics", "--template", "alliance", "--forget-learned"); strings.Contains(out, "learned from 2") || !strings.Contains(out, "nothing learned from your placements yet") || l.Count("other") != 1 {
		t.Errorf("after --template alliance --forget-learned:\n%s\n%d examples of the other template", out, l.Count("other"))
	}
	if out := run1("topics", "--forget-learned"); strings.Contains(out, "learned from 2") || l.Count("other") != 0 {
		t.Errorf("after --forget-learned:\n%s", out)
	}
	if l.Count(briefing.DefaultTemplate) != 0 {
		t.Error("the examples are still there")
	}
}
