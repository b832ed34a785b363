package akn

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// MaxSize is the largest input Parse accepts, in bytes.
const MaxSize = 64 << 20

// MaxDepth is the deepest element nesting Parse accepts.
const MaxDepth = 200

// MaxNodes is the largest number of elements and text nodes Parse
// accepts, which bounds its memory whatever the input.
const MaxNodes = 1 << 20

// node is one element of the parsed XML, or a text node when name is "".
type node struct {
	name  string // local name; "" for text
	attrs []xml.Attr
	text  string
	kids  []*node
}

// attr returns the value of the attribute with the given local name.
func (n *node) attr(name string) string {
	for _, a := range n.attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// child returns the first child element with the given name, or nil.
func (n *node) child(name string) *node {
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
	}
	return nil
}

// find returns the first element with the given name in n's subtree (n
// included), depth first, or nil.
func (n *node) find(name string) *node {
	if n == nil {
		return nil
	}
	if n.name == name {
		return n
	}
	for _, k := range n.kids {
		if k.name == "" {
			continue
		}
		if f := k.find(name); f != nil {
			return f
		}
	}
	return nil
}

// findAll appends every element with the given name in n's subtree, not
// looking inside a match.
func (n *node) findAll(name string, out []*node) []*node {
	if n == nil {
		return out
	}
	if n.name == name {
		return append(out, n)
	}
	for _, k := range n.kids {
		if k.name != "" {
			out = k.findAll(name, out)
		}
	}
	return out
}

// plain returns the text of n's subtree with white space collapsed.
func (n *node) plain() string {
	var b strings.Builder
	var walk func(*node)
	walk = func(n *node) {
		if n.name == "" {
			b.WriteString(clean(n.text))
			return
		}
		if n.name == "authorialNote" || n.name == "meta" {
			return
		}
		if n.name == "eol" || n.name == "p" {
			b.WriteByte(' ')
		}
		for _, k := range n.kids {
			walk(k)
		}
		if n.name == "p" {
			b.WriteByte(' ')
		}
	}
	walk(n)
	return collapse(b.String())
}

// collapse trims s and turns every run of white space into one space.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// readTree decodes the whole document into a tree of nodes, refusing input
// that is too large, too deep, not well-formed or that declares entities.
func readTree(r io.Reader, name string) (*node, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return readTreeBytes(data, name)
}

func readTreeBytes(data []byte, name string) (*node, error) {
	root, _, err := readTreeUpTo(data, name, 0)
	return root, err
}

// readTreeUpTo reads the tree of data; with stopAt > 0 it stops at the first
// end tag stopAt bytes or more after the end of <meta>, closes the elements
// still open there, as if the document ended, and reports that it did.
func readTreeUpTo(data []byte, name string, stopAt int) (root *node, cut bool, err error) {
	if len(data) > MaxSize {
		return nil, false, fmt.Errorf("%s: input larger than %d MB", name, MaxSize>>20)
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	dec.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		return nil, fmt.Errorf("unsupported encoding %q", label)
	}
	root = &node{name: "#document"}
	stack := []*node{root}
	// RawToken is much faster than Token; it leaves end-tag matching to us.
	names := []xml.Name{{}}
	count := 0
	metaDone, limit := false, int64(0)
	for len(stack) > 1 || stopAt == 0 || !metaDone {
		tok, err := dec.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, false, fmt.Errorf("%s: not well-formed XML: %s", name, xmlErr(err, dec))
		}
		top := stack[len(stack)-1]
		if _, end := tok.(xml.EndElement); !end {
			count++
		}
		if count > MaxNodes {
			line, _ := dec.InputPos()
			return nil, false, fmt.Errorf("%s: more than %d XML nodes at line %d", name, MaxNodes, line)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) > MaxDepth {
				line, _ := dec.InputPos()
				return nil, false, fmt.Errorf("%s: XML nested deeper than %d elements at line %d", name, MaxDepth, line)
			}
			n := &node{name: t.Name.Local, attrs: t.Attr}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
			names = append(names, t.Name)
		case xml.EndElement:
			if len(stack) == 1 || names[len(names)-1] != t.Name {
				line, _ := dec.InputPos()
				return nil, false, fmt.Errorf("%s: not well-formed XML: line %d: unexpected end element </%s>", name, line, oneLine(t.Name.Local, 40))
			}
			stack = stack[:len(stack)-1]
			names = names[:len(names)-1]
			if t.Name.Local == "meta" && !metaDone {
				metaDone, limit = true, dec.InputOffset()+int64(stopAt)
			}
			if stopAt > 0 && metaDone && len(stack) > 1 && dec.InputOffset() >= limit {
				stack, names, cut = stack[:1], names[:1], true
			}
		case xml.CharData:
			if len(stack) == 1 {
				continue
			}
			top.kids = append(top.kids, &node{text: string(t)})
		case xml.Directive:
			d := strings.ToUpper(string(t))
			if strings.Contains(d, "ENTITY") || strings.Contains(d, "[") {
				line, _ := dec.InputPos()
				return nil, false, fmt.Errorf("%s: refused: document type declaration with entity definitions at line %d", name, line)
			}
		}
	}
	if len(stack) > 1 {
		line, _ := dec.InputPos()
		return nil, false, fmt.Errorf("%s: not well-formed XML: line %d: unexpected end of input inside <%s>", name, line, oneLine(stack[len(stack)-1].name, 40))
	}
	var doc *node
	for _, k := range root.kids {
		if k.name != "" {
			doc = k
			break
		}
	}
	if doc == nil {
		return nil, false, fmt.Errorf("%s: not an Akoma Ntoso document (no root element)", name)
	}
	if doc.name != "akomaNtoso" {
		return nil, false, fmt.Errorf("%s: not an Akoma Ntoso document (root <%s>)", name, oneLine(doc.name, 40))
	}
	return doc, cut, nil
}

// xmlErr renders a decoder error on one line, with its line number.
func xmlErr(err error, dec *xml.Decoder) string {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("line %d: %s", se.Line, oneLine(se.Msg, 120))
	}
	line, _ := dec.InputPos()
	return fmt.Sprintf("line %d: %s", line, oneLine(err.Error(), 120))
}

// oneLine makes s safe for a one-line error message: no control characters,
// at most max runes.
func oneLine(s string, max int) string {
	var b strings.Builder
	n := 0
	for _, c := range s {
		if n >= max {
			b.WriteString("…")
			break
		}
		if c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) {
			c = ' '
		}
		b.WriteRune(c)
		n++
	}
	return b.String()
}
