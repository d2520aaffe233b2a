package ui

import (
	"fyne.io/fyne/v2/lang"

	"github.com/briefdesk/briefdesk/briefing/desk"
)

// stepName translates the name of an undoable step.
func stepName(name string) string {
	switch name {
	case desk.StepAddParagraph:
		return lang.L("add paragraph")
	case desk.StepAddSection:
		return lang.L("add section")
	case desk.StepAssemble:
		return lang.L("assemble automatically")
	case desk.StepMoveExcerpt:
		return lang.L("move excerpt")
	case desk.StepMoveTopic:
		return lang.L("move topic")
	case desk.StepRemoveExcerpt:
		return lang.L("remove excerpt")
	case desk.StepEditExcerpt:
		return lang.L("edit excerpt")
	case desk.StepAddTopic:
		return lang.L("add topic")
	case desk.StepRenameTopic:
		return lang.L("rename topic")
	case desk.StepRemoveTopic:
		return lang.L("remove topic")
	case desk.StepDetails:
		return lang.L("edit details")
	case desk.StepSummary:
		return lang.L("edit summary")
	case desk.StepCommentary:
		return lang.L("edit commentary")
	}
	return name
}

// formatName translates the name of an export format.
func formatName(f desk.Format) string {
	switch f.ID {
	case "pdf":
		return lang.L("PDF")
	case "hwpx":
		return lang.L("Hancom document (HWPX)")
	case "docx":
		return lang.L("Word document (DOCX)")
	case "md":
		return lang.L("Markdown")
	case "brief":
		return lang.L("briefing copy")
	}
	return f.Name
}
