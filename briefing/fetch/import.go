package fetch

import (
	"context"
	"sync"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/importer"
)

// Progress is told about each finished address: done of total.
type Progress func(done, total int)

// Import imports every address: a page becomes one article, a feed becomes
// the articles it lists. Addresses are fetched a few at a time; the results
// of each address (a feed's articles in feed order) come back at its index,
// each with its error if it failed. Cancelling ctx stops what has not
// started.
func (f *Fetcher) Import(ctx context.Context, addresses []string, progress Progress) [][]importer.Result {
	results := make([][]importer.Result, len(addresses))
	var mu sync.Mutex
	done := 0
	sem := make(chan struct{}, 4)
	var wg sync.WaitGroup
	for i, addr := range addresses {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case sem <- struct{}{}:
				defer func() { <-sem }()
				results[i] = f.importOne(ctx, addr)
			case <-ctx.Done():
				results[i] = []importer.Result{{Input: addr, Err: ErrCancelled}}
			}
			mu.Lock()
			done++
			if progress != nil {
				progress(done, len(addresses))
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	return results
}

func (f *Fetcher) importOne(ctx context.Context, addr string) []importer.Result {
	if err := ctx.Err(); err != nil {
		return []importer.Result{{Input: addr, Err: ErrCancelled}}
	}
	p, err := f.get(ctx, addr)
	if err != nil {
		return []importer.Result{{Input: addr, Err: err}}
	}
	switch k := kind(p); k {
	case "feed":
		return f.feed(ctx, addr, p.body)
	case "":
		return []importer.Result{{Input: addr, Err: briefing.Because(ErrNotPage, "not a web page or feed (the server sent %s)", orUnknown(p.contentType))}}
	default:
		a, err := f.article(p, k)
		return []importer.Result{{Input: addr, Article: a, Err: err}}
	}
}

func orUnknown(ct string) string {
	if ct == "" {
		return "no content type"
	}
	return ct
}
