package ui

import (
	"sync"

	"fyne.io/fyne/v2"
)

// jobs runs work off the UI goroutine: reading and writing files, imports,
// exports. A job's work runs on a goroutine of its own and returns what to
// do with its result, which runs on the UI goroutine. Tests set queued, so
// that what jobs hand back waits until the test calls wait and then runs on
// the test's own goroutine: Fyne's test driver would run it at once on the
// job's goroutine, beside the test.
type jobs struct {
	queued bool

	wg    sync.WaitGroup
	mu    sync.Mutex
	queue []func()
}

// run starts work on its own goroutine; the function it returns, if not nil,
// runs on the UI goroutine afterwards.
func (j *jobs) run(work func() (then func())) {
	j.wg.Add(1)
	go func() {
		defer j.wg.Done()
		if then := work(); then != nil {
			j.do(then)
		}
	}()
}

// do runs f on the UI goroutine; other goroutines call it to touch widgets.
func (j *jobs) do(f func()) {
	if !j.queued {
		fyne.Do(f)
		return
	}
	j.mu.Lock()
	j.queue = append(j.queue, f)
	j.mu.Unlock()
}

// wait waits for every job, including those started by what jobs hand
// back, and runs what they hand back on the calling goroutine. Only queued
// jobs can be waited for.
func (j *jobs) wait() {
	for {
		j.wg.Wait()
		j.mu.Lock()
		queue := j.queue
		j.queue = nil
		j.mu.Unlock()
		if len(queue) == 0 {
			return
		}
		for _, f := range queue {
			f()
		}
	}
}
