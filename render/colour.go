package render

import (
	"bytes"
	"strings"

	"github.com/charmbracelet/colorprofile"
)

// Downsample converts the colours of rendered output for a terminal of the
// given colour profile: 16 colours (colorprofile.ANSI), none
// (colorprofile.ASCII keeps bold and italics, colorprofile.NoTTY removes
// every sequence). TrueColor, ANSI256 and Unknown leave s as it is. Each
// distinct SGR sequence is converted once, so the cost is close to one copy
// of s.
func Downsample(s string, p colorprofile.Profile) string {
	switch {
	case p >= colorprofile.ANSI256 || p == colorprofile.Unknown:
		return s
	case p == colorprofile.NoTTY:
		// The same writer, fed once, strips every sequence.
		var buf bytes.Buffer
		w := colorprofile.Writer{Forward: &buf, Profile: p}
		if _, err := w.WriteString(s); err != nil {
			return s
		}
		return buf.String()
	}
	cache := make(map[string]string)
	var sb strings.Builder
	sb.Grow(len(s))
	var buf bytes.Buffer
	w := colorprofile.Writer{Forward: &buf, Profile: p}
	for {
		i := strings.Index(s, "\x1b[")
		if i < 0 {
			sb.WriteString(s)
			return sb.String()
		}
		sb.WriteString(s[:i])
		j := seqEnd(s, i)
		seq := s[i:j]
		s = s[j:]
		if seq[len(seq)-1] != 'm' {
			sb.WriteString(seq)
			continue
		}
		conv, ok := cache[seq]
		if !ok {
			buf.Reset()
			if _, err := w.WriteString(seq); err != nil {
				conv = seq
			} else {
				conv = buf.String()
			}
			cache[seq] = conv
		}
		sb.WriteString(conv)
	}
}
