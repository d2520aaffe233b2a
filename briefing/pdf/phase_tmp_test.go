package pdf

import (
	"bytes"
	"os"
	"testing"
	"time"
)

func TestPhasesTmp(t *testing.T) {
	b := &testing.B{}
	_ = b
	big := bigBriefing(t)
	fs, _ := loadFonts()
	for i := 0; i < 6; i++ {
		t0 := time.Now()
		first := newDoc(big, fs, "", nil, false)
		first.render()
		t1 := time.Now()
		second := newDoc(big, fs, "", first.anchors, true)
		second.replay = first.laidOut
		second.render()
		t2 := time.Now()
		var buf bytes.Buffer
		second.out.Output(&buf)
		t3 := time.Now()
		t.Logf("layout %v draw %v output %v total %v", t1.Sub(t0), t2.Sub(t1), t3.Sub(t2), t3.Sub(t0))
	}
}

func TestDumpTmp(t *testing.T) {
	big := bigBriefing(t)
	var buf bytes.Buffer
	if _, err := Write(&buf, big, Options{}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(os.Getenv("DUMP")+"-big.pdf", buf.Bytes(), 0o644)
	for _, lang := range []string{"ko", "en"} {
		buf.Reset()
		if _, err := Write(&buf, handout(t, lang), Options{}); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(os.Getenv("DUMP")+"-"+lang+".pdf", buf.Bytes(), 0o644)
	}
}

func BenchmarkLayoutTmp(b *testing.B) {
	big := bigBriefing(b)
	fs, _ := loadFonts()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		first := newDoc(big, fs, "", nil, false)
		first.render()
	}
}
