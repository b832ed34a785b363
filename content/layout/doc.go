// Package layout turns hard-wrapped resolution text, as PDF extraction and
// OCR produce it, into the canonical layout the text parser reads: masthead
// lines, then one paragraph per line separated by blank lines, footnote
// markers as superscript digits, and every footnote text at the end.
//
// It removes running page headers and footers (symbol, short title, job
// number, barcode, page number), lifts footnote blocks out of the page feet,
// rejoins wrapped lines and split paragraphs, and keeps headings, annex
// titles and table rows on lines of their own. It works line by line in
// linear time and never fails: text it cannot place stays where it was.
package layout
