package ui

import (
	"fmt"
	"runtime"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

// library1000 holds 1,000 distinct articles made from the samples.
func library1000(b *testing.B) *desk.Library {
	samples, err := desk.Samples()
	if err != nil {
		b.Fatal(err)
	}
	l := desk.NewLibrary("")
	for i := 0; l.Len() < 1000; i++ {
		a := *samples[i%len(samples)]
		a.Title = fmt.Sprintf("%s %d", a.Title, i)
		a.URL = fmt.Sprintf("https://example.org/%d", i)
		a.Sections = append([]briefing.Section{}, a.Sections...)
		a.Sections[0].Paragraphs = append([]string{fmt.Sprintf("기사 번호 %d.", i)}, a.Sections[0].Paragraphs...)
		a.AssignID()
		l.Add(&a)
	}
	return l
}

// BenchmarkSearch1000 searches a library of 1,000 articles as the user
// types: Hangul, English and two-word queries.
func BenchmarkSearch1000(b *testing.B) {
	l := library1000(b)
	queries := []string{"연합연습", "shipyard", "함정 정비", "확장억제 ncg", "없는단어"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, q := range queries {
			l.Find(q)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(queries))/1000, "ms/search")
}

// bigWindow opens the window on a briefing of 2,000 excerpts from 300
// articles, with the article of fresh paragraphs in the reader.
func bigWindow(b *testing.B) (*App, *briefing.Article) {
	a := test.NewTempApp(b)
	u := newApp(a, options{now: fixedNow, queued: true, dir: b.TempDir()})
	u.Start("")
	u.sh.jobs.wait()
	u.session.Replace(largeBriefing(b, u.session.Template(), 300, 2000), "")
	fresh := &briefing.Article{Title: "새 기사", Language: "ko"}
	var paras []string
	for i := 0; i < 40; i++ { // a long article
		paras = append(paras, fmt.Sprintf("새 문단 %d. 한미 해군은 함정 정비 협력을 넓히기로 했다.", i))
	}
	fresh.Sections = []briefing.Section{{Paragraphs: paras}}
	fresh.AssignID()
	u.reader.show(fresh)
	u.outline.selectExcerpt(u.session.Briefing().Topics[1].Excerpts[10].ID)
	return u, fresh
}

// timed runs op b.N times and reports the median and 95th percentile of
// one run, in milliseconds.
func timed(b *testing.B, op func(i int)) {
	d := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		op(i)
		d = append(d, time.Since(t0))
	}
	b.StopTimer()
	slices.Sort(d)
	ms := func(q float64) float64 { return float64(d[int(q*float64(len(d)-1))].Microseconds()) / 1000 }
	b.ReportMetric(ms(0.5), "p50-ms")
	b.ReportMetric(ms(0.95), "p95-ms")
}

// BenchmarkLargeBriefing times one edit of a briefing of 2,000 excerpts
// from 300 articles, as the user makes it in the window: the session's
// step, every panel's update and the layout of the rows on screen (the test
// driver does not paint; the real window's frames are in the README).
func BenchmarkLargeBriefing(b *testing.B) {
	b.Run("add", func(b *testing.B) {
		u, _ := bigWindow(b)
		timed(b, func(i int) {
			if i%40 == 0 && i > 0 {
				b.StopTimer()
				u.session.Undo() // the 40 paragraphs back out, as one step each
				for j := 1; j < 40; j++ {
					u.session.Undo()
				}
				b.StartTimer()
			}
			u.reader.add("mro", 0, i%40)
		})
	})
	b.Run("move", func(b *testing.B) {
		u, _ := bigWindow(b)
		timed(b, func(i int) { u.outline.moveStep(1 - 2*(i%2)) })
	})
	b.Run("remove+undo", func(b *testing.B) {
		u, _ := bigWindow(b)
		timed(b, func(int) {
			u.outline.onRemoveExcerpt(u.outline.selExcerpt)
			u.undo()
		})
	})
	b.Run("undo+redo", func(b *testing.B) {
		u, _ := bigWindow(b)
		u.outline.moveStep(1)
		timed(b, func(int) {
			u.undo()
			u.redo()
		})
	})
	b.Run("type", func(b *testing.B) {
		u, _ := bigWindow(b)
		timed(b, func(i int) { u.editor.title.TypedRune(rune('가' + i%100)) })
	})
}

// BenchmarkMemoryAfter200Edits reports the heap in use after every 200
// edits of the large briefing, the whole history (200 steps) kept.
func BenchmarkMemoryAfter200Edits(b *testing.B) {
	u, _ := bigWindow(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i > 0 {
			b.StopTimer()
			for u.session.CanUndo() { // the paragraphs can be added again
				u.session.Undo()
			}
			b.StartTimer()
		}
		for j := 0; j < 200; j++ {
			switch j % 4 {
			case 0:
				u.reader.add("future", 0, j/4%40)
			case 1:
				u.outline.moveStep(1)
			case 2:
				u.editor.title.TypedRune('가')
				u.session.Do("x", func(*briefing.Briefing) error { return nil })
			default:
				u.outline.onRemoveExcerpt(u.outline.selExcerpt)
			}
		}
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		b.ReportMetric(float64(m.HeapInuse)/(1<<20), "heap-MB")
		b.ReportMetric(float64(len(u.session.Briefing().Articles)), "articles")
	}
}
