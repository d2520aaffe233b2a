// Package hwpx writes a briefing as a Hancom Office document (HWPX, the
// OWPML package of KS X 6101) that the reader can edit: the handout of the
// PDF writer in either style, with its marking in the header and footer of
// every page, page numbers, outline levels, and the analyst's points (개조식)
// as paragraph styles whose bullets and indents come from the style.
//
// The document is built in memory from typed structures and written with
// encoding/xml and archive/zip at the end, so that a failed export writes
// nothing and the same briefing always gives the same bytes.
package hwpx

import (
	"bytes"
	"fmt"
	"io"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/handout"
)

// Options adjust the handout; zero values take the briefing's own settings.
type Options = handout.Options

// Write writes the handout of b to w as an HWPX document.
func Write(w io.Writer, b *briefing.Briefing, opt Options) error {
	d := newDoc(b, opt)
	d.render()
	var buf bytes.Buffer
	if err := d.pack(&buf); err != nil {
		return fmt.Errorf("write HWPX: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write HWPX: %w", err)
	}
	return nil
}

// doc is the document being built.
type doc struct {
	b      *briefing.Briefing
	lbl    handout.Labels
	report bool
	en     bool
	shown  []int
	cites  map[string]int // article id → citation number
	page   pageSize
	sh     *sheet
	styles []styleDef
	paras  []*para
	ids    uint32 // the last id given to a table or field
}

func newDoc(b *briefing.Briefing, opt Options) *doc {
	paper, style := opt.Resolve(b)
	d := &doc{
		b: b, lbl: handout.For(b.Details.Language),
		report: style == briefing.StyleReport, en: b.Details.Language == "en",
		shown: handout.ShownTopics(b), cites: handout.Citations(b),
		page: pageSizeOf(paper), sh: newSheet(),
	}
	d.defineStyles()
	return d
}

// render builds the section: the page setup and furniture, then the
// handout in its style.
func (d *doc) render() {
	d.paras = append(d.paras, d.setupPara())
	if d.report {
		d.renderReport()
	} else {
		d.renderBriefing()
	}
}

// nextID returns a new id for a table or a field: the same in every export.
func (d *doc) nextID() uint32 {
	d.ids++
	return 1000000000 + d.ids
}
