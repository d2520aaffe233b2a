package briefing

import (
	"reflect"
	"testing"
)

func TestPointLevel(t *testing.T) {
	for _, c := range []struct {
		line  string
		level int
		ok    bool
	}{
		{"□ 추진 배경", 1, true},
		{"  ○ 한미 협의", 2, true},
		{"\u00a0\u00a0ㅇ 부처 협의", 2, true},
		{"- 세부", 3, true},
		{"– 세부", 3, true},
		{"· 점", 4, true},
		{"※ 참고", 0, true},
		{"□추진", 0, false}, // no space after the mark
		{"-- 두 줄표", 0, false},
		{"ㅇㅇ 씨", 0, false},
		{"보통 문장", 0, false},
		{"", 0, false},
	} {
		level, ok := PointLevel(c.line)
		if level != c.level || ok != c.ok {
			t.Errorf("PointLevel(%q) = %d, %v; want %d, %v", c.line, level, ok, c.level, c.ok)
		}
	}
}

func TestIndents(t *testing.T) {
	for _, c := range []struct {
		name          string
		levels, steps []int
	}{
		{"by level", []int{1, 2, 3, 4, 2}, []int{0, 1, 2, 3, 1}},
		{"from the highest level", []int{2, 3, 3, 2}, []int{0, 1, 1, 0}},
		{"a note as the point before it", []int{1, 2, 0, 1, 0}, []int{0, 1, 1, 0, 0}},
		{"prose under its point", []int{Prose, 1, Prose, 2, Prose}, []int{0, 0, 1, 1, 2}},
		{"a note first", []int{0, Prose, 3}, []int{0, 1, 0}},
		{"prose only", []int{Prose, Prose}, []int{0, 0}},
	} {
		if got := Indents(c.levels); !reflect.DeepEqual(got, c.steps) {
			t.Errorf("%s: Indents(%v) = %v, want %v", c.name, c.levels, got, c.steps)
		}
	}
}
