package ui

import (
	"strings"

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
// a search. It is a child of the root model: the root opens it (open) and
// passes it every message while it is open; its Update answers with a
// message for the root when the reader is done with it (jumpRequestedMsg,
// searchRequestedMsg, promptCancelledMsg, quitRequestedMsg).
type prompt struct {
	mode  promptMode
	input textinput.Model
}

// jumpRequestedMsg asks the root to put the paragraph ref names on the
// first row (enter at the jump prompt).
type jumpRequestedMsg struct{ ref string }

// searchRequestedMsg asks the root to search for query ("" clears the
// search), from enter at the search prompt.
type searchRequestedMsg struct{ query string }

// promptCancelledMsg says the prompt was closed without an answer (esc).
type promptCancelledMsg struct{}

// quitRequestedMsg asks the root to end the program (ctrl+c in a child).
type quitRequestedMsg struct{}

// newPrompt returns a closed prompt.
func newPrompt() prompt {
	in := textinput.New()
	in.CharLimit = 200
	st := in.Styles()
	st.Cursor.Blink = false
	in.SetStyles(st)
	return prompt{input: in}
}

// isOpen reports whether the prompt is open, and takes the keys.
func (p prompt) isOpen() bool { return p.mode != promptClosed }

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

// Update handles a message while the prompt is open: enter closes it with
// a jumpRequestedMsg or a searchRequestedMsg for the root, esc with a
// promptCancelledMsg, ctrl+c asks to quit; anything else goes to the
// input. up is the message for the root, nil for none; the root handles
// it before its own Update returns, so that a key typed after enter finds
// the jump made (see compose.go).
func (p prompt) Update(msg tea.Msg) (_ prompt, cmd tea.Cmd, up tea.Msg) {
	if !p.isOpen() {
		return p, nil, nil
	}
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "ctrl+c":
			return p, nil, quitRequestedMsg{}
		case "esc":
			p.close()
			return p, nil, promptCancelledMsg{}
		case "enter":
			mode := p.mode
			s := strings.TrimSpace(p.close())
			if mode == promptJump {
				return p, nil, jumpRequestedMsg{ref: s}
			}
			return p, nil, searchRequestedMsg{query: s}
		}
	}
	p.input, cmd = p.input.Update(msg)
	return p, cmd, nil
}

// View returns the prompt line, exactly width cells.
func (p prompt) View(width int) string {
	return fit(p.input.View(), width)
}
