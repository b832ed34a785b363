package ui

import (
	"reflect"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// The children answer the reader's keys with a message for the root, and
// change nothing of the root themselves.

func TestPromptMessages(t *testing.T) {
	tests := []struct {
		name  string
		mode  promptMode
		typed string
		key   string
		want  tea.Msg
	}{
		{"jump", promptJump, " II.3 ", "enter", jumpRequestedMsg{ref: "II.3"}},
		{"search", promptSearch, "paz", "enter", searchRequestedMsg{query: "paz"}},
		{"empty search", promptSearch, "", "enter", searchRequestedMsg{query: ""}},
		{"esc", promptJump, "4", "esc", promptCancelledMsg{}},
		{"ctrl+c", promptSearch, "x", "ctrl+c", quitRequestedMsg{}},
		{"a letter", promptSearch, "pa", "z", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newPrompt()
			p.open(tt.mode, tt.typed)
			k := keyMsg(tt.key)
			if tt.key == "ctrl+c" {
				k = tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
			}
			p, _, up := p.Update(k)
			if !reflect.DeepEqual(up, tt.want) {
				t.Errorf("up = %#v, want %#v", up, tt.want)
			}
			if open := tt.want == nil || tt.want == (quitRequestedMsg{}); p.isOpen() != open {
				t.Errorf("open = %v, want %v", p.isOpen(), open)
			}
		})
	}
	if _, _, up := newPrompt().Update(keyMsg("enter")); up != nil {
		t.Errorf("closed prompt: up = %#v, want nil", up)
	}
}

func TestPanelMessages(t *testing.T) {
	m := newSized(fixture(), Options{}, 140, 20)
	if len(m.view.cited) < 2 {
		t.Fatalf("fixture cites %d documents, want 2 or more", len(m.view.cited))
	}
	tests := []struct {
		name string
		tab  tab
		key  string
		want tea.Msg
	}{
		{"down", tabCited, "j", selectionMovedMsg{tab: tabCited, index: 1}},
		{"tab right", tabCited, "l", selectionMovedMsg{tab: tabOutline, index: 0}},
		{"to Cited by", tabOutline, "l", citedByShownMsg{}},
		{"enter on a citation", tabCited, "enter", goToMentionMsg{index: 0}},
		{"enter on the outline", tabOutline, "enter", goToOutlineMsg{index: 0}},
		{"open a citation", tabCited, "o", openCitedMsg{index: 0}},
		{"open a citer", tabCitedBy, "o", openCiterMsg{index: 0}},
		{"copy a link", tabCited, "y", copyCitedLinkMsg{index: 0}},
		{"a key for the pane", tabOutline, "]", unhandledKeyMsg{key: keyMsg("]")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := m.panel
			p.reset()
			p.tab = tt.tab
			_, _, up := p.Update(keyMsg(tt.key), m.view, m.keys)
			if !reflect.DeepEqual(up, tt.want) {
				t.Errorf("up = %#v, want %#v", up, tt.want)
			}
		})
	}
	if m.panel.tab != tabCited || m.panel.selected() != 0 {
		t.Errorf("the root's panel changed: tab %d selection %d", m.panel.tab, m.panel.selected())
	}
}

func TestColumnMessages(t *testing.T) {
	m := newSized(fixture(), Options{}, 80, 12)
	c := column{m.view}
	tests := []struct {
		key  string
		want tea.Msg
	}{
		{"5", promptRequestedMsg{mode: promptJump, initial: "5"}},
		{":", promptRequestedMsg{mode: promptJump}},
		{"/", promptRequestedMsg{mode: promptSearch}},
		{"n", noticeMsg{text: "no search: press / to search"}},
		{"o", documentKeyMsg{key: keyMsg("o")}},
		{"f", documentKeyMsg{key: keyMsg("f")}},
		{"j", nil},
	}
	for _, tt := range tests {
		if _, _, up := c.Update(keyMsg(tt.key), m.keys); !reflect.DeepEqual(up, tt.want) {
			t.Errorf("%s: up = %#v, want %#v", tt.key, up, tt.want)
		}
	}
	if m.view.pane.top == 0 && m.view.pane.line == 0 {
		t.Error("j did not scroll the column")
	}
}

func TestUpwardThroughTheLoop(t *testing.T) {
	m := newSized(fixture(), Options{}, 80, 12)
	_, cmd := m.Update(jumpRequestedMsg{ref: "3"})
	run(m, cmd)
	if got := m.view.topID(); got != "op3" {
		t.Errorf("jumpRequestedMsg: top = %q, want op3", got)
	}
	m.Update(promptRequestedMsg{mode: promptSearch})
	if !m.prompt.isOpen() {
		t.Error("promptRequestedMsg: the prompt is closed")
	}
}
