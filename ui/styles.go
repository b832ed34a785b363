package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// The palette, as light/dark pairs.
const (
	accentLight, accentDark = "#5A3FC0", "#B8A6FF"
	mutedLight, mutedDark   = "#6B6B6B", "#9A9A9A"
	barBgLight, barBgDark   = "#E4E4E4", "#303030"
	matchBgLight            = "#FFE066"
	matchBgDark             = "#8A6D00"
	currentBgLight          = "#FF9F43"
	currentBgDark           = "#D35400"
	citeBgLight, citeBgDark = "#C7E9FF", "#1F4E6B"
)

// styles holds every style of the reader, grouped by the part that uses it.
type styles struct {
	isDark bool
	// Pane.
	placeholder, match, current, cite, gutter lipgloss.Style
	// Panel.
	tabOn, tabOff, selFocused, selBlurred, held, muted, separator lipgloss.Style
	// Status bar and prompt.
	bar, barKey, message lipgloss.Style
	// Info view.
	infoLabel lipgloss.Style
	help      help.Styles
}

// newStyles builds the styles for a dark or light background.
func newStyles(isDark bool) styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color(accentLight), lipgloss.Color(accentDark))
	muted := ld(lipgloss.Color(mutedLight), lipgloss.Color(mutedDark))
	barBg := ld(lipgloss.Color(barBgLight), lipgloss.Color(barBgDark))
	return styles{
		isDark:      isDark,
		placeholder: lipgloss.NewStyle().Foreground(muted),
		match:       lipgloss.NewStyle().Background(ld(lipgloss.Color(matchBgLight), lipgloss.Color(matchBgDark))),
		current:     lipgloss.NewStyle().Bold(true).Background(ld(lipgloss.Color(currentBgLight), lipgloss.Color(currentBgDark))),
		cite:        lipgloss.NewStyle().Underline(true).Background(ld(lipgloss.Color(citeBgLight), lipgloss.Color(citeBgDark))),
		gutter:      lipgloss.NewStyle().Bold(true).Foreground(accent),
		tabOn:       lipgloss.NewStyle().Bold(true).Underline(true).Foreground(accent),
		tabOff:      lipgloss.NewStyle().Foreground(muted),
		selFocused:  lipgloss.NewStyle().Reverse(true),
		selBlurred:  lipgloss.NewStyle().Bold(true),
		held:        lipgloss.NewStyle().Foreground(accent),
		muted:       lipgloss.NewStyle().Foreground(muted),
		separator:   lipgloss.NewStyle().Foreground(muted),
		bar:         lipgloss.NewStyle().Background(barBg),
		barKey:      lipgloss.NewStyle().Background(barBg).Bold(true).Foreground(accent),
		message:     lipgloss.NewStyle().Background(barBg).Italic(true),
		help:        help.DefaultStyles(isDark),
		infoLabel:   lipgloss.NewStyle().Bold(true).Foreground(muted),
	}
}
