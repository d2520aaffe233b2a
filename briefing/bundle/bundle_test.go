package bundle

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestBuiltinTemplate(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	ts, err := Templates()
	if err != nil {
		t.Fatal(err)
	}
	tmpl, err := ts.Get("")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tp := range tmpl.Topics {
		got = append(got, tp.ID+"="+tp.Name("ko")+"/"+tp.Name("en"))
		if len(tp.Terms["ko"]) < 20 || len(tp.Terms["en"]) < 20 {
			t.Errorf("%s: lexicon too thin: %d Korean, %d English terms", tp.ID, len(tp.Terms["ko"]), len(tp.Terms["en"]))
		}
	}
	want := "status=동맹 현황/Alliance status defense=연합 방위/Combined defense mro=MRO·방산 협력/MRO and defense industry future=미래 협력/Future cooperation"
	if strings.Join(got, " ") != want {
		t.Errorf("topics:\n got %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestUserTemplateReplacesBuiltin(t *testing.T) {
	home := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", home)
	dir := UserTemplateDir()
	if !strings.HasPrefix(dir, home) {
		t.Skip("configuration folder does not follow XDG_CONFIG_HOME here")
	}
	write(t, filepath.Join(dir, "mine.json"), `{"id":"alliance","topics":[{"id":"only","names":{"ko":"하나"}}]}`)
	ts, err := Templates()
	if err != nil {
		t.Fatal(err)
	}
	if tmpl, _ := ts.Get("alliance"); len(tmpl.Topics) != 1 || tmpl.Topics[0].ID != "only" {
		t.Errorf("user template not used: %+v", tmpl)
	}
	write(t, filepath.Join(dir, "broken.json"), `{"id":`)
	ts, err = Templates()
	if err == nil || !strings.Contains(err.Error(), "broken.json") || ts == nil {
		t.Errorf("broken user template: %v (templates %v)", err, ts)
	}
	// broken.json sorts before mine.json: the good file is still loaded.
	if tmpl, _ := ts.Get("alliance"); tmpl == nil || tmpl.Topics[0].ID != "only" {
		t.Errorf("a broken user template dropped the good one after it: %+v", tmpl)
	}
}

func TestSamples(t *testing.T) {
	samples, err := Samples()
	if err != nil {
		t.Fatal(err)
	}
	exts := map[string]bool{}
	for _, s := range samples {
		exts[filepath.Ext(s.Name)] = true
	}
	if len(samples) < 3 || !exts[".txt"] || !exts[".md"] || !exts[".html"] {
		t.Errorf("samples: %d in formats %v", len(samples), exts)
	}
}
