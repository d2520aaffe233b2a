// Command brief is Briefdesk without a window: it imports articles, suggests
// topics, assembles briefings, checks and exports .brief files, for scripts,
// servers and tests.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/briefdesk/briefdesk/briefing/desk"
)

const usage = `brief — Briefdesk without a window

Usage:
  brief import [--json] INPUT...            import articles and show their suggested topics
  brief new -o OUT.brief [--title T] [--template ID] [--style briefing|report]
            [--auto [--per-topic N]] INPUT...
                                            start a briefing from articles
  brief export [-o OUT] [--format pdf|hwpx|docx|md|brief]
               [--style briefing|report] [--paper a4|letter] FILE.brief
                                            write the handout (PDF, Hancom HWPX, Word
                                            DOCX), Markdown or a copy
  brief check FILE.brief                    validate a briefing; explain what is wrong
  brief sample DIR                          write the bundled sample articles into DIR
  brief topics [--template ID] [--forget-learned]
                                            list templates and their topics, and
                                            what the suggestions learned

INPUT is a .txt, .md, .html or .htm file, a Hancom (.hwp, .hwpx) or Word
(.docx) document, a folder (every such file below it), an http(s) address of
a page or an RSS/Atom feed, a feed file (.rss, .atom, .xml), or - for
standard input. Text may be UTF-8, UTF-16 (with BOM) or EUC-KR/CP949. A
password-protected or distribution (배포용) document is refused with the
reason. The same article arriving twice (same address or same text) is
kept once, and the duplicate is reported.

Suggestions come from the template's trained model and lexicon, and from
what the analyst taught them by placing, moving and removing paragraphs in
the window (kept beside the user's preferences, never in a briefing).

A handout is in the briefing style (cover, contents, topics with their
excerpts) or the report style (보고서: title block, 요약 box, numbered 개조식
headings, excerpts in a 붙임 annex); a briefing keeps its own, and --style
chooses another for one export.

Exit status: 0 success; 1 some input or file failed (the rest is still done,
each failure reported as "brief: INPUT: reason"); 2 usage error.

Run "brief COMMAND --help" for the options of a command.
`

// Exit statuses of the contract.
const (
	exitOK     = 0
	exitFailed = 1
	exitUsage  = 2
)

// errUsage marks a mistake in the command line.
var errUsage = errors.New("usage")

// env is what a command needs from the process, so tests can run commands
// in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	failures       []failure // inputs that failed; exit status 1
	// learning is what the analyst taught the suggestions in the window,
	// beside their preferences; nil for nothing.
	learning *desk.Learning
}

// failure is one input that could not be used.
type failure struct {
	Input string `json:"input"`
	Error string `json:"error"`
}

// fail reports that an input failed; the command goes on with the rest.
func (e *env) fail(input string, err error) {
	fmt.Fprintf(e.stderr, "brief: %s: %s\n", line(input), errLine(err))
	e.failures = append(e.failures, failure{input, err.Error()})
}

func main() {
	if os.Getenv("GOGC") == "" {
		// A command runs for a moment: collecting garbage only as memory
		// nears the limit saves a fifth of an export's time, and the limit
		// still bounds what an untrusted input can take.
		debug.SetGCPercent(-1)
		debug.SetMemoryLimit(memoryLimit)
	}
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, learning: desk.NewLearning(desk.UserLearningDir())}
	os.Exit(run(e, os.Args[1:]))
}

// memoryLimit is the heap size at which the command collects garbage.
const memoryLimit = 1 << 30

var commands = map[string]func(*env, []string) error{
	"import": cmdImport,
	"new":    cmdNew,
	"export": cmdExport,
	"check":  cmdCheck,
	"sample": cmdSample,
	"topics": cmdTopics,
}

// run executes one command line and returns the exit status.
func run(e *env, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, usage)
		return exitUsage
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(e.stdout, usage)
		return exitOK
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "brief: unknown command %q\n\n%s", line(args[0]), usage)
		return exitUsage
	}
	err := cmd(e, args[1:])
	switch {
	case errors.Is(err, errHelp):
		return exitOK
	case errors.Is(err, errUsage):
		return exitUsage
	case err != nil:
		fmt.Fprintf(e.stderr, "brief: %s\n", errLine(err))
		return exitFailed
	case len(e.failures) > 0:
		return exitFailed
	}
	return exitOK
}
