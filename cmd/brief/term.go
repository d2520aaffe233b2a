package main

import (
	"strings"
	"unicode"

	"github.com/briefdesk/briefdesk/briefing"
)

// line makes text from an input (a title, an address, an error naming
// either) safe to print on a terminal as part of one line: control
// characters (escape sequences, bells, line breaks) become spaces and the
// characters that reorder text are left out, so that nothing an input holds
// can move the cursor, change the terminal or forge a line of its own.
func line(s string) string {
	if strings.IndexFunc(s, unsafeRune) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case briefing.IsBidiControl(r):
			return -1
		case unsafeRune(r):
			return ' '
		}
		return r
	}, s)
}

func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || briefing.IsBidiControl(r) || r == '\u2028' || r == '\u2029'
}

// errLine is line for an error.
func errLine(err error) string { return line(err.Error()) }
