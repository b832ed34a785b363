package input

import "bytes"

// sniffWindow is how many leading bytes the binary and UTF-16 checks look at.
const sniffWindow = 64 << 10

// isBinary reports whether b looks like a binary file rather than text: it
// contains a NUL byte, or more than a tenth of its first bytes are control
// bytes that text does not use. ESC counts as text here: Clean removes escape
// sequences, and a document with many of them is hostile, not binary.
func isBinary(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	w := b[:min(len(b), sniffWindow)]
	odd := 0
	for _, c := range w {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b {
			odd++
		}
	}
	return odd*10 > len(w)
}

// sniffUTF16 reports whether b, which has no byte-order mark, looks like
// UTF-16 text, and whether it is big-endian. Mostly-ASCII UTF-16 has a zero
// byte in every other position, always on the same side of each pair.
func sniffUTF16(b []byte) (bigEndian, ok bool) {
	w := b[:min(len(b), sniffWindow)]
	if len(w) < 4 {
		return false, false
	}
	var zeros [2]int
	for i, c := range w {
		if c == 0 {
			zeros[i%2]++
		}
	}
	pairs := len(w) / 2
	switch {
	case zeros[0] == 0 && zeros[1]*2 >= pairs:
		return false, true
	case zeros[1] == 0 && zeros[0]*2 >= pairs:
		return true, true
	}
	return false, false
}
