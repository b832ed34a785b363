package render

import "slices"

// Adopt takes over old's rendered output for every block that is the same in
// both renderers (same id, kind, Markdown and links), at every width old has
// rendered, and old's idle glamour renderers. It does nothing unless both
// render in the same style. A document that replaces a provisional one (the
// head of a large file, parsed first) so need not render again what is
// already on screen.
func (r *Renderer) Adopt(old *Renderer) {
	if old == nil || old == r || old.style != r.style {
		return
	}
	old.mu.Lock()
	defer old.mu.Unlock()
	r.mu.Lock()
	defer r.mu.Unlock()
	index := make(map[string]int, len(old.blocks))
	for j, b := range old.blocks {
		if _, dup := index[b.ID]; b.ID != "" && !dup {
			index[b.ID] = j
		}
	}
	// Oldest first, so that old's most recently used width ends up first.
	for k := len(old.widths) - 1; k >= 0; k-- {
		owc := old.widths[k]
		wc := r.cacheFor(owc.width)
		for i, b := range r.blocks {
			j, ok := index[b.ID]
			if ok && owc.done[j] && sameBlock(b, old.blocks[j]) {
				wc.out[i], wc.done[i] = owc.out[j], true
			}
		}
		for v := range owc.idle {
			wc.idle[v] = append(wc.idle[v], owc.idle[v]...)
			owc.idle[v] = nil
		}
	}
}

// sameBlock reports whether a and b render the same.
func sameBlock(a, b Block) bool {
	return a.ID == b.ID && a.Kind == b.Kind && a.Markdown == b.Markdown && slices.Equal(a.Links, b.Links)
}
