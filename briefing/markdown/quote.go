package markdown

import (
	"strings"
)

// writeQuote writes an excerpt as a block quote, its text escaped: each of
// its paragraphs (apart at blank lines) a quoted paragraph, and each other
// line break a hard break, as the handout sets it.
func writeQuote(sb *strings.Builder, text string) {
	paras := excerptParagraphs(text)
	if len(paras) == 0 {
		paras = [][]string{{""}}
	}
	for i, para := range paras {
		if i > 0 {
			sb.WriteString(">\n")
		}
		for j, line := range para {
			if j > 0 {
				sb.WriteString("  \n")
			}
			sb.WriteString(strings.TrimRight("> "+Escape(line), " "))
		}
		sb.WriteString("\n")
	}
}

// excerptParagraphs splits an excerpt into paragraphs at blank lines, and
// each paragraph into its lines, leaving out empty ones.
func excerptParagraphs(text string) [][]string {
	text = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(text)
	var paras [][]string
	var cur []string
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			if cur != nil {
				paras = append(paras, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if cur != nil {
		paras = append(paras, cur)
	}
	return paras
}
