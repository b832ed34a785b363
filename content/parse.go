package content

// Options tune Parse.
type Options struct {
	// Language forces the language (ar, en, es, fr, ru, zh) instead of
	// detecting it from the text.
	Language string
}

// Parse reads the plain text of a resolution. It never fails: what it cannot
// place becomes a Diagnostic.
func Parse(text string, opt Options) *Document {
	d := &Document{Language: opt.Language}
	d.Diagnostics = append(d.Diagnostics, Diagnostic{Message: "text parser not written yet"})
	return d
}
