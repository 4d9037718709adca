// Package odf reads what an OpenDocument text (.odt) hides in ways that
// LibreOffice's conversion to DOCX does not keep. mishen reads ODF by
// converting it (package legacy), and the conversion writes a section
// shown nowhere (text:section text:display="none", or hidden by a
// condition) as ordinary paragraphs: its text would be scanned but never
// reported as hidden. Hidden reads content.xml itself, in the sandboxed
// child, for those sections, for hidden-paragraph fields and for the text
// of hidden-text fields, and returns it as hidden_text parts, which the
// scanner reports as hidden content; the dispatcher adds them to the
// converted document (extract.ExtractConverted).
package odf
