// Package styles keeps the registry of named styles glamour registers its
// code-block style in.
package styles

import "github.com/alecthomas/chroma/v2"

// Registry holds the registered styles by name. glamour reads and fills it
// under its own lock.
var Registry = map[string]*chroma.Style{}

// Register adds style to the registry and returns it.
func Register(style *chroma.Style) *chroma.Style {
	Registry[style.Name] = style
	return style
}
