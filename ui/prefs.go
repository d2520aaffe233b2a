package ui

import (
	"encoding/json"

	"fyne.io/fyne/v2"

	"github.com/briefdesk/briefdesk/briefing"
	"github.com/briefdesk/briefdesk/briefing/desk"
)

// prefs are the user's remembered settings. They live in Fyne's preferences,
// never in a .brief file.
type prefs struct{ p fyne.Preferences }

func newPrefs(p fyne.Preferences) *prefs { return &prefs{p} }

const maxRecent = 8

// setString changes a setting only if it changed: Fyne writes the whole
// file on every change and its file watcher, reading it back mid-write,
// complains on the console ("Preferences load error: EOF"); typing in the
// title would otherwise write it at every key.
func (p *prefs) setString(key, v string) {
	if p.p.String(key) != v {
		p.p.SetString(key, v)
	}
}

func (p *prefs) author() string       { return p.p.String("author") }
func (p *prefs) organization() string { return p.p.String("organization") }
func (p *prefs) marking() string      { return p.p.String("marking") }
func (p *prefs) setAuthor(s string)   { p.setString("author", s) }
func (p *prefs) setOrg(s string)      { p.setString("organization", s) }
func (p *prefs) setMarking(s string)  { p.setString("marking", s) }
func (p *prefs) setPaper(s string) {
	if s != p.paper() { // A4 until told otherwise
		p.setString("paper", s)
	}
}
func (p *prefs) setLanguage(s string)    { p.setString("language", s) }
func (p *prefs) languageSetting() string { return p.p.String("language") }
func (p *prefs) folder() string          { return p.p.String("folder") }
func (p *prefs) allowPrivate() bool      { return p.p.Bool("allowPrivate") }
func (p *prefs) setAllowPrivate(b bool)  { p.p.SetBool("allowPrivate", b) }
func (p *prefs) setFeedItems(n int)      { p.p.SetInt("feedItems", n) }

// feedItems is how many articles one feed brings.
func (p *prefs) feedItems() int {
	return p.p.IntWithFallback("feedItems", desk.DefaultFeedItems)
}
func (p *prefs) setFolder(s string) { p.setString("folder", s) }

// perTopic is how many paragraphs automatic assembly proposes for a topic.
func (p *prefs) perTopic() int {
	return p.p.IntWithFallback("perTopic", desk.DefaultPerTopic)
}
func (p *prefs) setPerTopic(n int) { p.p.SetInt("perTopic", n) }

// style is the handout style of new briefings: briefing.StyleReport, or ""
// for the default, briefing.StyleBriefing, which a briefing need not name.
func (p *prefs) style() string {
	if s := p.p.String("style"); s == briefing.StyleReport {
		return s
	}
	return ""
}

func (p *prefs) setStyle(s string) {
	if s == briefing.StyleBriefing {
		s = ""
	}
	if s != p.style() { // the briefing style until told otherwise
		p.setString("style", s)
	}
}

func (p *prefs) paper() string {
	if s := p.p.String("paper"); s == briefing.PaperLetter {
		return s
	}
	return briefing.PaperA4
}

// language returns "ko" or "en": the chosen one, or the system's.
func (p *prefs) language() string {
	switch p.p.String("language") {
	case "ko":
		return "ko"
	case "en":
		return "en"
	}
	return systemLanguage()
}

// recent returns the recently opened files, newest first.
func (p *prefs) recent() []string {
	var list []string
	_ = json.Unmarshal([]byte(p.p.String("recent")), &list)
	return list
}

func (p *prefs) addRecent(path string) {
	list := []string{path}
	for _, r := range p.recent() {
		if r != path && len(list) < maxRecent {
			list = append(list, r)
		}
	}
	data, _ := json.Marshal(list)
	p.p.SetString("recent", string(data))
}

func (p *prefs) removeRecent(path string) {
	var list []string
	for _, r := range p.recent() {
		if r != path {
			list = append(list, r)
		}
	}
	data, _ := json.Marshal(list)
	p.p.SetString("recent", string(data))
}
