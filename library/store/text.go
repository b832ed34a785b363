package store

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// A document's text is stored in chunks of consecutive units, each
// compressed on its own (with its language's dictionary, see dict.go), so
// that a snippet costs the decompression of a few kilobytes rather than of
// the whole document. A chunk's id is the document id << unitBits | the
// number of its first unit; its data is the id of its dictionary (a
// uvarint, 0 for none) and the DEFLATE stream.

// chunkSize is about how many bytes of text a chunk holds before
// compression: some 2 KB after it, several to a page.
const chunkSize = 8 << 10

// compressLevel trades the index's size against the indexer's time.
const compressLevel = 5

// chunk is one compressed chunk of a document's text.
type chunk struct {
	first int // the number of its first unit
	data  []byte
}

// encoder compresses chunks; one per goroutine.
type encoder struct {
	raw bytes.Buffer
	out bytes.Buffer
	fw  map[uint64]*flate.Writer // by dictionary
	d   *dict                    // the dictionary of the chunks at hand, or nil
}

// chunks encodes units in chunks of about chunkSize bytes, with dictionary
// d (nil for none).
func (e *encoder) chunks(units []Unit, d *dict) ([]chunk, error) {
	e.d = d
	var out []chunk
	first := 0
	e.raw.Reset()
	flush := func(next int) error {
		if e.raw.Len() == 0 {
			return nil
		}
		data, err := e.compress(e.raw.Bytes())
		if err != nil {
			return err
		}
		out = append(out, chunk{first: first, data: data})
		e.raw.Reset()
		first = next
		return nil
	}
	for i, u := range units {
		appendUnit(&e.raw, u)
		if e.raw.Len() >= chunkSize {
			if err := flush(i + 1); err != nil {
				return nil, err
			}
		}
	}
	if err := flush(len(units)); err != nil {
		return nil, err
	}
	return out, nil
}

// compress returns b compressed with e.d, in a new slice.
func (e *encoder) compress(b []byte) ([]byte, error) {
	e.out.Reset()
	var id uint64
	var data []byte
	if e.d != nil {
		id, data = e.d.id, e.d.data
	}
	var n [binary.MaxVarintLen64]byte
	e.out.Write(n[:binary.PutUvarint(n[:], id)])
	if e.fw == nil {
		e.fw = map[uint64]*flate.Writer{}
	}
	fw := e.fw[id]
	if fw == nil {
		var err error
		if fw, err = flate.NewWriterDict(&e.out, compressLevel, data); err != nil {
			return nil, err
		}
		e.fw[id] = fw
	} else {
		fw.Reset(&e.out)
	}
	if _, err := fw.Write(b); err != nil {
		return nil, err
	}
	if err := fw.Close(); err != nil {
		return nil, err
	}
	return bytes.Clone(e.out.Bytes()), nil
}

// appendUnit writes one unit: its id, footnote marker, tail flag and text.
func appendUnit(b *bytes.Buffer, u Unit) {
	var n [binary.MaxVarintLen64]byte
	for _, s := range []string{u.ID, u.Footnote} {
		b.Write(n[:binary.PutUvarint(n[:], uint64(len(s)))])
		b.WriteString(s)
	}
	if u.Tail {
		b.WriteByte(1)
	} else {
		b.WriteByte(0)
	}
	b.Write(n[:binary.PutUvarint(n[:], uint64(len(u.Text)))])
	b.WriteString(u.Text)
}

// errBadChunk says a stored chunk does not decode.
var errBadChunk = errors.New("damaged text in the index")

// chunkDict returns the id of the dictionary a chunk was compressed with.
func chunkDict(data []byte) (uint64, error) {
	id, k := binary.Uvarint(data)
	if k <= 0 {
		return 0, errBadChunk
	}
	return id, nil
}

// decodeChunk returns the units of a compressed chunk, given its dictionary
// (nil for none).
func decodeChunk(data []byte, d *dict) ([]Unit, error) {
	var dec decoder
	return dec.decode(data, d, -1)
}

// decoder decompresses chunks, reusing its decompressor and buffer.
type decoder struct {
	fr  io.ReadCloser
	src bytes.Reader
	raw []byte
}

// decode returns the first n units of a compressed chunk (all of them
// for n < 0), decompressing no further than they need.
func (c *decoder) decode(data []byte, d *dict, n int) ([]Unit, error) {
	_, k := binary.Uvarint(data)
	if k <= 0 {
		return nil, errBadChunk
	}
	var dictData []byte
	if d != nil {
		dictData = d.data
	}
	c.src.Reset(data[k:])
	if c.fr == nil {
		c.fr = flate.NewReaderDict(&c.src, dictData)
	} else if err := c.fr.(flate.Resetter).Reset(&c.src, dictData); err != nil {
		return nil, fmt.Errorf("%w: %v", errBadChunk, err)
	}
	c.raw = c.raw[:0]
	var out []Unit
	var buf [4 << 10]byte
	pos := 0 // where the next unit starts in c.raw
	eof := false
	for n < 0 || len(out) < n {
		// Decode the units c.raw holds whole.
		for {
			u, size, ok := readUnit(c.raw[pos:])
			if !ok {
				break
			}
			out = append(out, u)
			pos += size
			if n >= 0 && len(out) == n {
				return out, nil
			}
		}
		if eof {
			if pos != len(c.raw) {
				return nil, errBadChunk
			}
			break
		}
		m, err := c.fr.Read(buf[:])
		c.raw = append(c.raw, buf[:m]...)
		if len(c.raw) > 64<<20 {
			return nil, errBadChunk
		}
		if err == io.EOF {
			eof = true
		} else if err != nil {
			return nil, fmt.Errorf("%w: %v", errBadChunk, err)
		}
	}
	return out, nil
}

// readUnit reads one unit from the head of b, and reports its size in
// bytes; ok is false when b does not hold it whole.
func readUnit(b []byte) (u Unit, size int, ok bool) {
	rest := b
	if u.ID, rest, ok = readString(rest); !ok {
		return Unit{}, 0, false
	}
	if u.Footnote, rest, ok = readString(rest); !ok {
		return Unit{}, 0, false
	}
	if len(rest) == 0 {
		return Unit{}, 0, false
	}
	u.Tail, rest = rest[0] == 1, rest[1:]
	if u.Text, rest, ok = readString(rest); !ok {
		return Unit{}, 0, false
	}
	return u, len(b) - len(rest), true
}

// readString reads a length-prefixed string from b.
func readString(b []byte) (string, []byte, bool) {
	n, k := binary.Uvarint(b)
	if k <= 0 || uint64(len(b)-k) < n {
		return "", nil, false
	}
	return string(b[k : k+int(n)]), b[k+int(n):], true
}
