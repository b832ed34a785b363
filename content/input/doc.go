// Package input turns the bytes of a file into clean text that is safe to
// parse, render as Markdown and show in a terminal.
//
// [Decode] recognises the encodings resolutions arrive in (UTF-8 with or
// without a byte-order mark, UTF-16 with a byte-order mark, Windows-1252),
// normalises line endings and refuses binary files. [Clean] removes what must
// never reach a terminal: control characters, escape sequences and bidi
// overrides. [Read] and [ReadFile] bound the size of what is read.
//
// Text from documents is untrusted: nothing here panics on any input, and all
// work is linear in the size of the input.
package input
