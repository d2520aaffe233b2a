package hwpx

// The sheet collects the character and paragraph shapes, bullets and
// numberings the document uses, each once, and gives them the ids the
// section refers to. The same briefing uses them in the same order, so
// the ids, like the rest of the document, never change between exports.

// Font faces, the same in every language group: Hancom Office ships the
// 함초롬 faces with every copy, so the document looks as intended wherever
// it is opened; a reader without them substitutes its own.
const (
	sans  = iota // 함초롬돋움: headings, commentary, labels
	serif        // 함초롬바탕: excerpts, the report's body
	mono         // code
)

var fontNames = []struct{ face, family string }{
	{"함초롬돋움", "FCAT_GOTHIC"},
	{"함초롬바탕", "FCAT_OLDSTYLE"},
	{"굴림체", "FCAT_GOTHIC"},
}

// Colours of the handout, as in the PDF.
const (
	black     = "#141414"
	gray      = "#646464"
	accent    = "#183A6E"
	markRed   = "#B41414"
	linkColor = "#1446A0"
	quoteText = "#373C48"
)

// charStyle is a character shape. Sizes are in HWPUNIT (1/100 pt).
type charStyle struct {
	font                                    int
	size                                    int
	color                                   string
	bold, italic, underline, strike, raised bool
}

// paraStyle is a paragraph shape. Lengths are in HWPUNIT.
type paraStyle struct {
	align                            string // JUSTIFY, LEFT, CENTER, RIGHT
	left, right, indent              int
	before, after                    int
	line                             int    // line spacing, per cent
	head                             string // NONE, OUTLINE, BULLET, NUMBER
	headID, headLevel                int
	border                           int  // borderFill id, 0 for none
	borderPad                        int  // the border's distance from the text
	connect                          bool // one border around this and the next paragraph with it
	ignoreMargin                     bool // the border at the column's edges, not the paragraph's
	keepNext, keepLines, breakBefore bool
	breakWord                        bool // break Korean words (어절) at the line's end
}

// sheet interns the shapes and definitions of one document.
type sheet struct {
	chars      []charStyle
	charIDs    map[charStyle]int
	paras      []paraStyle
	paraIDs    map[paraStyle]int
	bullets    []string
	bulletIDs  map[string]int
	numberings []numberingDef
	numberIDs  map[numberingDef]int
}

// numberingDef is a numbering of ordered lists: every level numbered from
// start with a full stop ("3."), or the outline numbering (outline set),
// which shows no number: the handout writes its numbers as text, the same
// as in the PDF, and the levels make the document's outline.
type numberingDef struct {
	start   int
	outline bool
}

func newSheet() *sheet {
	s := &sheet{charIDs: map[charStyle]int{}, paraIDs: map[paraStyle]int{},
		bulletIDs: map[string]int{}, numberIDs: map[numberingDef]int{}}
	s.numbering(numberingDef{outline: true}) // id 1, the section's outline shape
	return s
}

// char returns the id of a character shape.
func (s *sheet) char(c charStyle) int {
	if id, ok := s.charIDs[c]; ok {
		return id
	}
	id := len(s.chars)
	s.chars = append(s.chars, c)
	s.charIDs[c] = id
	return id
}

// para returns the id of a paragraph shape.
func (s *sheet) para(p paraStyle) int {
	if p.line == 0 {
		p.line = bodyLine
	}
	if p.head == "" {
		p.head = "NONE"
	}
	if p.align == "" {
		p.align = "JUSTIFY"
	}
	if id, ok := s.paraIDs[p]; ok {
		return id
	}
	id := len(s.paras)
	s.paras = append(s.paras, p)
	s.paraIDs[p] = id
	return id
}

// bullet returns the id of the bullet drawn with char (ids start at 1).
func (s *sheet) bullet(char string) int {
	if id, ok := s.bulletIDs[char]; ok {
		return id
	}
	s.bullets = append(s.bullets, char)
	id := len(s.bullets)
	s.bulletIDs[char] = id
	return id
}

// numbering returns the id of a numbering (ids start at 1).
func (s *sheet) numbering(n numberingDef) int {
	if id, ok := s.numberIDs[n]; ok {
		return id
	}
	s.numberings = append(s.numberings, n)
	id := len(s.numberings)
	s.numberIDs[n] = id
	return id
}

// Border fills: fixed, since the handout uses only these.
const (
	bfNone        = iota + 1 // pages
	bfChar                   // characters: no border, no fill (as Hancom writes it)
	bfExcerpt                // shaded band with a rule on the left
	bfBox                    // the summary box
	bfBoxHead                // its shaded title
	bfCell                   // table cells
	bfCellHead               // header cells
	bfMarking                // the marking's frame on the cover
	bfTitleRules             // the report's title between rules
	bfHeadingRule            // a rule under a section heading
	bfQuoteBar               // the analyst's block quote
	bfNotice                 // the declassification notice
	bfRunning                // the rule under the running header
	bfCount       = bfRunning
)

type fillSpec struct {
	left, right, top, bottom [2]string // type and width; colour below
	color                    string
	fill                     string // face colour, "" for none
}

var fills = map[int]fillSpec{
	bfNone:        {},
	bfChar:        {fill: "none"},
	bfExcerpt:     {left: [2]string{"SOLID", "0.7 mm"}, color: "#96A5BE", fill: "#F4F5F7"},
	bfBox:         {left: solid("0.4 mm"), right: solid("0.4 mm"), top: solid("0.4 mm"), bottom: solid("0.4 mm"), color: "#000000"},
	bfBoxHead:     {left: solid("0.4 mm"), right: solid("0.4 mm"), top: solid("0.4 mm"), bottom: solid("0.4 mm"), color: "#000000", fill: "#E6E9EF"},
	bfCell:        {left: solid("0.12 mm"), right: solid("0.12 mm"), top: solid("0.12 mm"), bottom: solid("0.12 mm"), color: "#000000"},
	bfCellHead:    {left: solid("0.12 mm"), right: solid("0.12 mm"), top: solid("0.12 mm"), bottom: solid("0.12 mm"), color: "#000000", fill: "#E6E9EF"},
	bfMarking:     {left: solid("0.5 mm"), right: solid("0.5 mm"), top: solid("0.5 mm"), bottom: solid("0.5 mm"), color: markRed},
	bfTitleRules:  {top: solid("0.7 mm"), bottom: solid("0.25 mm"), color: "#000000"},
	bfHeadingRule: {bottom: solid("0.3 mm"), color: accent},
	bfQuoteBar:    {left: solid("0.5 mm"), color: "#788CAF"},
	bfNotice:      {left: solid("0.25 mm"), right: solid("0.25 mm"), top: solid("0.25 mm"), bottom: solid("0.25 mm"), color: gray},
	bfRunning:     {bottom: solid("0.12 mm"), color: "#C8C8C8"},
}

func solid(width string) [2]string { return [2]string{"SOLID", width} }

// Sizes and spacing, in HWPUNIT (1/100 pt).
const (
	bodySize    = 1050
	reportSize  = 1100
	excerptSize = 1000
	sourceSize  = 800
	smallSize   = 900
	bodyLine    = 160 // per cent
)
