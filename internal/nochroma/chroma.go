// Package chroma stands in for github.com/alecthomas/chroma/v2, the syntax
// highlighter glamour links for fenced code blocks, through a replace
// directive in resolute's go.mod.
//
// Resolutions have no code blocks, and resolute's Markdown escapes every
// byte of document text, so glamour never highlights code here; yet the real
// module's package initialisation (its lexers and styles) took 13–15 ms of
// every start of the reader, a third of its 50 ms budget for the first
// frame. This module keeps only the names glamour's ansi package uses, and
// quick.Highlight writes code as it is.
package chroma

// TokenType is the type of a lexical token.
type TokenType int

// The token types glamour maps its code-block styles to.
const (
	Background TokenType = iota - 1
	Text
	Error
	Comment
	CommentPreproc
	Keyword
	KeywordReserved
	KeywordNamespace
	KeywordType
	Operator
	Punctuation
	Name
	NameBuiltin
	NameTag
	NameAttribute
	NameClass
	NameConstant
	NameDecorator
	NameException
	NameFunction
	NameOther
	Literal
	LiteralNumber
	LiteralDate
	LiteralString
	LiteralStringEscape
	GenericDeleted
	GenericEmph
	GenericInserted
	GenericStrong
	GenericSubheading
)

// StyleEntries maps token types to style definitions.
type StyleEntries map[TokenType]string

// Style is a named set of style entries.
type Style struct {
	Name    string
	Entries StyleEntries
}

// MustNewStyle returns a style named name with entries.
func MustNewStyle(name string, entries StyleEntries) *Style {
	return &Style{Name: name, Entries: entries}
}
