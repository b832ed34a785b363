// Package compare aligns two versions of a resolution and diffs them word
// by word: last session's text against this session's, a draft against the
// adopted text, a PDF's text against the UN's XML.
//
// [Documents] works on two *content.Document values and returns a [Result]:
// the aligned [Pair]s of paragraphs in the reading order of the new
// document (deleted paragraphs where they stood), each with its [Op], the
// ids on both sides, a word diff and a note ("moved from PP7", "was OP4"),
// and a [Summary] of what changed, per part.
//
// How it aligns. Parts are matched first (by label and heading, else by
// content), then, within each pair of parts, preambular paragraphs with
// preambular ones and operative with operative: in one global alignment
// (Needleman–Wunsch with no gap cost, as a maximum-weight non-crossing
// matching) where paragraphs whose text is the same once white space,
// quotes, dashes and footnote markers are normalised weigh most, and the
// others weigh the similarity of their word bigrams (character bigrams in
// Chinese), when it is high enough. Paragraphs left over that match exactly
// elsewhere have moved; a paragraph that became two adjacent ones is a
// split, two that became one a merge; what is still left is matched across
// the whole document as moved if similar enough, or else inserted or
// deleted. Sub-paragraphs are aligned the same way inside their paragraph;
// annexes and footnotes too.
//
// Each aligned pair is diffed on words (github.com/sergi/go-diff on words
// mapped to runes, with its semantic clean-up), never the whole document at
// once. A change of white space, quotes, dashes or footnote markers alone
// is flagged [Word.Minor], for a reader to dim as `git diff -w` would.
//
// The package does no I/O and imports no terminal code.
package compare
