// Package termsafe keeps what reaches the terminal harmless.
//
// [Filter] is the last step before output: it keeps text, newlines, tabs,
// SGR colour sequences and https OSC 8 hyperlinks of the form [Link] makes,
// and drops every other escape sequence and control character. Glamour is
// not a sanitiser (it decodes "&#27;" into a live ESC), so rendered Markdown
// must pass through Filter, in the reader and in pipe mode alike.
//
// [EscapeMarkdown] turns document text into Markdown that renders as the same
// visible text, and [Violations] is a test aid that lists what Filter would
// have to remove.
package termsafe
