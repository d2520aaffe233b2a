package importer

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/itlightning/dateparse"
)

var koreanDate = regexp.MustCompile(`(\d{4})\s*[년./-]\s*(\d{1,2})\s*[월./-]\s*(\d{1,2})`)

// normaliseDate turns the many ways pages write a publication date into
// YYYY-MM-DD, in the date's own time zone. It returns "" for anything it
// cannot read rather than guessing.
func normaliseDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if m := koreanDate.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Month() == time.Month(mo) && t.Day() == d {
			return t.Format(time.DateOnly)
		}
		return ""
	}
	t, err := dateparse.ParseIn(s, time.UTC)
	if err != nil || t.Year() < 1900 || t.Year() > 2200 {
		return ""
	}
	return t.Format(time.DateOnly)
}
