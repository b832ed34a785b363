package ui

import (
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// promptMode says what the bottom prompt asks for.
type promptMode int

// The prompt's modes.
const (
	promptClosed promptMode = iota
	promptJump
	promptSearch
)

// prompt is the one-line input at the bottom, for a paragraph reference or
// a search.
type prompt struct {
	mode  promptMode
	input textinput.Model
}

// newPrompt returns a closed prompt.
func newPrompt() prompt {
	in := textinput.New()
	in.CharLimit = 200
	st := in.Styles()
	st.Cursor.Blink = false
	in.SetStyles(st)
	return prompt{input: in}
}

// open opens the prompt in mode with initial text.
func (p *prompt) open(mode promptMode, initial string) tea.Cmd {
	p.mode = mode
	switch mode {
	case promptJump:
		p.input.Prompt = "Go to paragraph: "
		p.input.Placeholder = "3, op3, pp2, 3(a), II.3"
	default:
		p.input.Prompt = "/"
		p.input.Placeholder = ""
	}
	p.input.SetValue(initial)
	p.input.CursorEnd()
	return p.input.Focus()
}

// close closes the prompt and returns what was typed.
func (p *prompt) close() string {
	s := p.input.Value()
	p.mode = promptClosed
	p.input.Blur()
	p.input.Reset()
	return s
}

// setWidth sets the prompt's width in cells.
func (p *prompt) setWidth(w int) {
	p.input.SetWidth(max(1, w-len([]rune(p.input.Prompt))-1))
}

// update passes a message to the input.
func (p *prompt) update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	return cmd
}

// view returns the prompt line.
func (p *prompt) view(width int) string {
	return fit(p.input.View(), width)
}
