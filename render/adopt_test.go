package render

import "testing"

func TestAdopt(t *testing.T) {
	full := Blocks(fixture())
	if len(full) < 4 {
		t.Fatalf("fixture has %d blocks, want at least 4", len(full))
	}
	// The provisional document: the head of the full one, its last block
	// cut short, and one block whose links differ.
	head := append([]Block(nil), full[:len(full)-1]...)
	cut := len(head) - 1
	head[cut].Markdown += " cut"
	relinked := 1
	head[relinked].Links = append(head[relinked].Links, Link{Text: "1/1", URL: "https://undocs.org/en/A/RES/1/1"})

	old := NewRenderer(head, "dark")
	old.RenderAll(80)
	old.Render(0, 60)

	r := NewRenderer(full, "dark")
	r.Adopt(old)
	fresh := NewRenderer(full, "dark")
	for i := range full {
		want := i < len(head) && i != cut && i != relinked
		if got := r.Cached(i, 80); got != want {
			t.Errorf("block %d (%s): cached %v after Adopt, want %v", i, full[i].ID, got, want)
		}
		if got, exp := r.Render(i, 80), fresh.Render(i, 80); got != exp {
			t.Errorf("block %d (%s): adopted output differs from a fresh render", i, full[i].ID)
		}
	}
	if !r.Cached(0, 60) {
		t.Error("a second width was not adopted")
	}

	other := NewRenderer(full, "light")
	other.Adopt(old)
	if other.Cached(0, 80) {
		t.Error("output of another style was adopted")
	}
	r.Adopt(nil)
	r.Adopt(r)
}
