package importer

import (
	"regexp"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// furnitureRule is one pattern and the longest paragraph, in runes, it may
// decide. A pattern anchored only at the end is matched against the
// paragraph's last tailBytes, and only when they hold one of the strings it
// needs: Go's regexp has no backward search and would try it at every
// position of every paragraph. A pattern anchored at the start is tried
// only on paragraphs whose first rune can begin a match.
type furnitureRule struct {
	kind string
	max  int
	re   *regexp.Regexp
	tail bool
	need []string
	// first holds the runes a lead rule's match can start with, as
	// ranges lo, hi, lo, hi…; nil when any can.
	first []rune
}

// tailBytes is how much of a paragraph's end an end-anchored pattern sees:
// more than any credit or notice it looks for.
const tailBytes = 300

// lead returns a rule anchored at the start of a paragraph.
func lead(kind string, max int, pattern string) furnitureRule {
	r := furnitureRule{kind: kind, max: max, re: regexp.MustCompile(pattern)}
	if syn, err := syntax.Parse(pattern, syntax.Perl); err == nil {
		if ranges, nullable, ok := firstRunes(syn); ok && !nullable {
			r.first = ranges
		}
	}
	return r
}

// trailing returns a rule anchored at the end of a paragraph; need lists
// the strings, one of which the paragraph must hold for it to be tried.
func trailing(kind string, max int, pattern string, need ...string) furnitureRule {
	return furnitureRule{kind: kind, max: max, re: regexp.MustCompile(pattern), tail: true, need: need}
}

// anywhere returns a rule whose pattern may match anywhere in a short
// paragraph that holds one of need.
func anywhere(kind string, max int, pattern string, need ...string) furnitureRule {
	return furnitureRule{kind: kind, max: max, re: regexp.MustCompile(pattern), need: need}
}

// matches reports whether the rule decides s, a paragraph of n runes.
func (r furnitureRule) matches(s string, n int) bool {
	if n > r.max {
		return false
	}
	if r.tail {
		s = lastBytes(s, tailBytes)
	}
	if r.need != nil && !containsAny(s, r.need...) {
		return false
	}
	if r.first != nil {
		if c, _ := utf8.DecodeRuneInString(s); !inRanges(c, r.first) {
			return false // most paragraphs end here, before the regexp
		}
	}
	return r.re.MatchString(s)
}

// firstRunes returns the runes a match of re can start with, as ranges lo,
// hi, lo, hi…, whether re can match the empty string, and false when any
// rune can start a match.
func firstRunes(re *syntax.Regexp) (ranges []rune, nullable, ok bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return nil, false, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return nil, true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, true, true
		}
		c := re.Rune[0]
		ranges = []rune{c, c}
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
				ranges = append(ranges, f, f)
			}
		}
		return ranges, false, true
	case syntax.OpCharClass:
		return re.Rune, false, true
	case syntax.OpCapture, syntax.OpPlus:
		return firstRunes(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		ranges, _, ok = firstRunes(re.Sub[0])
		return ranges, true, ok
	case syntax.OpRepeat:
		ranges, nullable, ok = firstRunes(re.Sub[0])
		return ranges, nullable || re.Min == 0, ok
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			r, n, ok := firstRunes(sub)
			if !ok {
				return nil, false, false
			}
			ranges = append(ranges, r...)
			if !n {
				return ranges, false, true
			}
		}
		return ranges, true, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			r, n, ok := firstRunes(sub)
			if !ok {
				return nil, false, false
			}
			ranges = append(ranges, r...)
			nullable = nullable || n
		}
		return ranges, nullable, true
	}
	return nil, false, false
}

func inRanges(c rune, ranges []rune) bool {
	for i := 0; i+1 < len(ranges); i += 2 {
		if ranges[i] <= c && c <= ranges[i+1] {
			return true
		}
	}
	return false
}

// lastBytes returns about the last n bytes of s, from a rune's start.
func lastBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}
