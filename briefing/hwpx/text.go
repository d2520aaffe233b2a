package hwpx

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/handout"
	"github.com/briefdesk/briefdesk/briefing/richtext"
)

func nonEmpty(vals ...string) []string { return handout.NonEmpty(vals...) }

// clean makes text fit for XML 1.0 and a paragraph of Hancom Office: a
// tab becomes a space, a line break is kept (\n), and characters XML
// cannot hold (other control characters, unpaired surrogates, U+FFFE and
// U+FFFF, invalid UTF-8) are dropped.
func clean(s string) string {
	ok := true
	for i, r := range s {
		if !keep(r) || r == '\t' || r == '\r' || (r == utf8.RuneError && !validAt(s, i)) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var sb strings.Builder
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !validAt(s, i):
		case r == '\t':
			sb.WriteByte(' ')
		case r == '\r':
			sb.WriteByte('\n')
		case keep(r):
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// validAt reports whether the U+FFFD at byte i of s was written as such,
// not decoded from invalid bytes.
func validAt(s string, i int) bool { return strings.HasPrefix(s[i:], "\uFFFD") }

// keep reports whether XML 1.0 may hold r (and it is no C1 control, which
// no document means).
func keep(r rune) bool {
	switch {
	case r == '\n' || r == '\t' || r == '\r':
		return true
	case r < 0x20, r >= 0x7F && r <= 0x9F, r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r <= 0xDFFF:
		return false
	}
	return r <= unicode.MaxRune
}

// textOf returns the hp:t of s, its line breaks as hp:lineBreak.
func textOf(s string) text {
	s = clean(s)
	var t text
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			t.Parts = append(t.Parts, "\n")
		}
		if line != "" {
			t.Parts = append(t.Parts, line)
		}
	}
	return t
}

// run returns text in one character shape.
func (d *doc) run(c charStyle, s string) *run {
	return &run{CharPr: d.sh.char(c), Items: []any{textOf(s)}}
}

// runsOf returns the analyst's runs over the base character shape: bold,
// italic (underlined where the script has no italics, as in the PDF),
// struck out, code, links that a reader may follow, and footnote
// references raised.
func (d *doc) runsOf(rs []richtext.Run, base charStyle) []*run {
	var out []*run
	for _, r := range rs {
		c := base
		c.bold = c.bold || r.Bold
		c.strike = c.strike || r.Strike
		if r.Italic {
			c.italic = true
			c.underline = c.underline || hasHangulOrHan(r.Text)
		}
		if r.Code {
			c.font = mono
		}
		if r.Note > 0 {
			c.raised = true
		}
		if r.Link != "" && briefing.SafeLink(r.Link) {
			out = append(out, d.link(c, r.Text, r.Link)...)
			continue
		}
		out = append(out, d.run(c, r.Text))
	}
	return out
}

// hasHangulOrHan reports whether s has letters that have no italics.
func hasHangulOrHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// link returns the runs of a hyperlink: the field's beginning, its text
// (blue and underlined) and its end, each in a run of its own, as Hancom
// Office writes them. Only an address briefing.SafeLink accepts becomes a
// link; the caller checks.
func (d *doc) link(c charStyle, label, addr string) []*run {
	addr = clean(addr)
	c.color, c.underline = linkColor, true
	cid := d.sh.char(c)
	id, field := d.nextID(), d.nextID()
	category, command := "HWPHYPERLINK_TYPE_URL", hyperlinkCommand(addr)+";1;0;0;"
	if strings.HasPrefix(strings.ToLower(addr), "mailto:") {
		category, command = "HWPHYPERLINK_TYPE_EMAIL", addr+";2;0;0;"
	}
	begin := fieldBegin{ID: id, Type: "HYPERLINK", ZOrder: -1, FieldID: field, Params: parameters{Cnt: 6,
		Integer: []namedParam{{"Prop", "0"}},
		Strings: []namedParam{{"Command", command}, {"Path", addr}, {"Category", category},
			{"TargetType", "HWPHYPERLINK_TARGET_DOCUMENT_DONTCARE"}, {"DocOpenType", "HWPHYPERLINK_JUMP_NEWTAB"}}}}
	return []*run{
		{CharPr: cid, Items: []any{ctrl{Item: begin}}},
		{CharPr: cid, Items: []any{textOf(label)}},
		{CharPr: cid, Items: []any{ctrl{Item: fieldEnd{BeginIDRef: id, FieldID: field}}}},
	}
}

// hyperlinkCommand escapes an address for the field's command, where a
// colon, a semicolon and a backslash would be taken as separators.
func hyperlinkCommand(addr string) string {
	r := strings.NewReplacer(`\`, `\\`, ":", `\:`, ";", `\;`)
	return r.Replace(addr)
}
