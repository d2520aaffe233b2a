package ui

import (
	"fmt"
	"net/url"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/briefdesk/briefdesk/briefing"
)

// showMarkdown shows the analyst's Markdown in a preview. Nothing in it is
// fetched or opened by itself: an image shows as its address in brackets,
// a link to anything but an http, https or mailto address shows as its
// text, and a link that stays shows its address after its text and asks
// before the browser opens it.
func (s *shell) showMarkdown(view *widget.RichText, md string) {
	parsed := widget.NewRichTextFromMarkdown(briefing.BoundMarkdown(md))
	view.Segments = s.safeSegments(parsed.Segments)
	view.Refresh()
}

func (s *shell) safeSegments(segs []widget.RichTextSegment) []widget.RichTextSegment {
	out := make([]widget.RichTextSegment, 0, len(segs))
	for _, seg := range segs {
		switch x := seg.(type) {
		case *widget.ImageSegment:
			out = append(out, &widget.TextSegment{Style: widget.RichTextStyleInline,
				Text: fmt.Sprintf("[%s: %s]", lang.L("image, not loaded"), briefing.Neutral(x.Source.String()))})
		case *widget.HyperlinkSegment:
			out = append(out, s.safeLink(x)...)
		case *widget.ParagraphSegment:
			x.Texts = s.safeSegments(x.Texts)
			out = append(out, x)
		case *widget.ListSegment:
			x.Items = s.safeSegments(x.Items)
			out = append(out, x)
		default:
			out = append(out, seg)
		}
	}
	return out
}

// safeLink keeps a link a reader may follow, with its address shown after
// it, and turns any other into its text.
func (s *shell) safeLink(h *widget.HyperlinkSegment) []widget.RichTextSegment {
	text := &widget.TextSegment{Style: widget.RichTextStyleInline, Text: briefing.Neutral(h.Text)}
	if h.URL == nil || !briefing.SafeLink(h.URL.String()) {
		return []widget.RichTextSegment{text}
	}
	u := h.URL
	h.Text = briefing.Neutral(h.Text)
	h.OnTapped = func() { s.confirmOpen(u) }
	target := &widget.TextSegment{Style: widget.RichTextStyleInline, Text: " ⟨" + preview(u.String(), 80) + "⟩"}
	return []widget.RichTextSegment{h, target}
}

// confirmOpen shows an address in full and opens it in the browser only
// if the user agrees.
func (s *shell) confirmOpen(u *url.URL) {
	s.show(dialog.NewConfirm(lang.L("Open link?"),
		tr("Open this address in your browser?\n\n%s", u.String()),
		func(ok bool) {
			if !ok {
				return
			}
			if err := s.open(u); err != nil {
				s.showError(err)
			}
		}, s.win))
}
