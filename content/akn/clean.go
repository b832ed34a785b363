package akn

import "resolute/content/input"

// clean passes a text node of the untrusted XML through input.Clean, which
// removes control characters, escape sequences and bidi overrides.
func clean(s string) string { return input.Clean(s) }

// cleanLine cleans s and collapses its white space to single spaces.
func cleanLine(s string) string { return collapse(clean(s)) }
