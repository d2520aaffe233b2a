package hwpx

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefdesk/briefdesk/briefing"
)

var examples = flag.String("examples", "", "write the example handouts of the sample briefing into this directory")

// TestExamples writes docs/examples/sample-briefing.hwpx and
// sample-report.hwpx when asked:
//
//	go test ./briefing/hwpx -run TestExamples -args -examples=$PWD/docs/examples
func TestExamples(t *testing.T) {
	if *examples == "" {
		t.Skip("no -examples directory given")
	}
	b := sampleBriefing(t, "ko")
	b.Details.Title = "한미동맹 브리핑"
	for _, style := range []string{briefing.StyleBriefing, briefing.StyleReport} {
		name := filepath.Join(*examples, "sample-"+style+".hwpx")
		if err := os.WriteFile(name, export(t, b, Options{Style: style}), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
