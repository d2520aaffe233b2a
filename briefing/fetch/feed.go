package fetch

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/importer"
)

// feed imports the articles an RSS or Atom feed lists: each item's page is
// fetched and extracted, and the feed's own title, date and author fill in
// what the page lacks. An item whose page cannot be fetched but whose feed
// entry carries text is imported from that text.
func (f *Fetcher) feed(ctx context.Context, input string, data []byte) []importer.Result {
	fd, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return []importer.Result{{Input: input, Err: ErrNotFeed}}
	}
	if len(fd.Items) == 0 {
		return []importer.Result{{Input: input, Err: ErrEmptyFeed}}
	}
	items := fd.Items
	var over *importer.Result
	if len(items) > f.maxItems {
		over = &importer.Result{Input: input, Err: briefing.Because(ErrFeedLimit, "the feed lists %d articles; the first %d were imported (the limit is a setting)", len(items), f.maxItems)}
		items = items[:f.maxItems]
	}
	// One deadline for the whole feed, so that a silent server holds up an
	// import once, not once per entry; entries are fetched a few at a time.
	ctx, cancel := context.WithTimeout(ctx, f.feedTime)
	defer cancel()
	out := make([]importer.Result, len(items))
	sem := make(chan struct{}, 4)
	var wg sync.WaitGroup
	for i, it := range items {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			name := firstNonEmpty(it.Link, it.GUID, it.Title)
			a, err := f.item(ctx, it)
			if err != nil {
				out[i] = importer.Result{Input: name, Err: err}
				return
			}
			fillFromItem(a, it, fd)
			out[i] = importer.Result{Input: name, Article: a}
		}()
	}
	wg.Wait()
	if over != nil {
		out = append(out, *over)
	}
	return out
}

func (f *Fetcher) item(ctx context.Context, it *gofeed.Item) (*briefing.Article, error) {
	var fetchErr error
	if it.Link != "" {
		p, err := f.get(ctx, it.Link)
		if err == nil {
			if k := kind(p); k != "" && k != "feed" {
				return f.article(p, k)
			}
			err = briefing.Because(ErrNotPage, "not a web page or feed (the server sent %s)", orUnknown(p.contentType))
		}
		fetchErr = err
	}
	body := firstNonEmpty(it.Content, it.Description)
	if body == "" {
		if fetchErr == nil {
			fetchErr = ErrNoEntry
		}
		return nil, fetchErr
	}
	page := "<html><head><title>" + it.Title + "</title></head><body><article>" + body + "</article></body></html>"
	a, err := importer.Parse([]byte(page), importer.Source{Name: it.Link, URL: it.Link, Format: importer.FormatHTML})
	if err != nil {
		if fetchErr != nil {
			return nil, fetchErr
		}
		return nil, err
	}
	a.Retrieved = f.now().UTC().Format(time.RFC3339)
	return a, nil
}

// fillFromItem completes an article with what its feed entry knows.
func fillFromItem(a *briefing.Article, it *gofeed.Item, fd *gofeed.Feed) {
	if a.Title == "" || a.Title == a.URL {
		a.Title = it.Title
	}
	if a.Author == "" {
		if it.Author != nil && it.Author.Name != "" {
			a.Author = it.Author.Name
		} else if len(it.Authors) > 0 && it.Authors[0] != nil {
			a.Author = it.Authors[0].Name
		}
	}
	if a.Published == "" {
		a.Published = feedDate(it.Published, it.PublishedParsed)
	}
	if a.Published == "" {
		a.Published = feedDate(it.Updated, it.UpdatedParsed)
	}
	if a.Site == "" {
		a.Site = fd.Title
	}
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// Feed imports the articles listed in a feed read from a file.
func (f *Fetcher) Feed(ctx context.Context, name string, data []byte) []importer.Result {
	return f.feed(ctx, name, data)
}

// feedDate returns the date of a feed timestamp in its own time zone (gofeed
// converts parsed times to UTC, which moves Korean morning news to the day
// before).
func feedDate(raw string, parsed *time.Time) string {
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC3339, "Mon, 2 Jan 2006 15:04:05 -0700"} {
		if t, err := time.Parse(layout, strings.TrimSpace(raw)); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	if parsed != nil {
		return parsed.Format(time.DateOnly)
	}
	return ""
}
