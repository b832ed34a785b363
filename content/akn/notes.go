package akn

import (
	"strconv"
	"strings"
)

// renumberNotes fixes footnote markers that are numbered with a constant
// offset ("2", "3" … for the first, second …), a slip seen in one language
// version of a resolution: they become 1, 2 ….
func renumberNotes(root *node) {
	notes := root.findAll("authorialNote", nil)
	if len(notes) == 0 {
		return
	}
	offset := 0
	for i, n := range notes {
		m, err := strconv.Atoi(strings.TrimSpace(n.attr("marker")))
		if err != nil {
			return
		}
		if i == 0 {
			offset = m - 1
		}
		if m-(i+1) != offset {
			return
		}
	}
	if offset == 0 {
		return
	}
	for i, n := range notes {
		for j := range n.attrs {
			if n.attrs[j].Name.Local == "marker" {
				n.attrs[j].Value = strconv.Itoa(i + 1)
			}
		}
	}
}
