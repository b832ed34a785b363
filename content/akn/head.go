package akn

import (
	"bytes"

	"resolute/content"
)

// ParseHead reads the beginning of an AKN4UN document, its metadata and
// about n bytes after them, for a first screen while the whole is parsed: the
// elements still open at the cut are closed as if the document ended
// there. It reports whether it stopped before the end; errors are Parse's,
// for the part read.
func ParseHead(data []byte, name string, n int) (*content.Document, bool, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	root, cut, err := readTreeUpTo(data, name, n)
	if err != nil {
		return nil, false, err
	}
	return build(root, name), cut, nil
}
