// Package docx reads the text of a Word document (.docx, also .docm and
// .dotx) from every part that can reach a reader: body, headers, footers,
// footnotes, endnotes, text boxes, comments, tracked deletions and
// insertions, hidden text, and the document properties.
//
// It streams each member through encoding/xml within doc.Limits, using
// zipguard for the container. Runs of one paragraph are joined with nothing
// between them, so a marking that Word split over several runs (机密★ in
// three <w:r>) stays whole; every paragraph ends with "\n", a tab is "\t"
// and a line break "\n".
//
// Where text goes:
//
//   - text a reader sees: body (or header, footer, footnote, endnote,
//     comment for those members);
//   - text boxes (w:txbxContent): a textbox part of the same member, not
//     the body; of the two copies Word writes (mc:Choice and its VML
//     mc:Fallback) only the first is read;
//   - tracked deletions (w:del, w:moveFrom): tracked_deletion only;
//   - tracked insertions (w:ins, w:moveTo): tracked_insertion, and also the
//     visible part, since Word shows them;
//   - hidden text (w:vanish set on the run, its character style or its
//     paragraph style): hidden_text only;
//   - charts (word/charts: titles, labels, cached values): a chart part
//     per member; SmartArt (word/diagrams/data*.xml): a textbox part per
//     member, see AddDrawings;
//   - watermarks: the text path of a VML shape (v:textpath string="内部资料",
//     as Word and LibreOffice write them) in a header or footer, or in a
//     shape named a watermark, and the text of a DrawingML shape whose
//     wp:docPr names it a watermark: a watermark part, visible;
//   - alternative text and titles of pictures and shapes (wp:docPr,
//     pic:cNvPr descr and title, v:shape alt, v:imagedata o:title) and
//     hyperlink tooltips: an alt_text part, once per text and member;
//   - field instructions (w:instrText joined over its runs, w:fldSimple
//     w:instr: HYPERLINK "url", INCLUDETEXT "path"), a line each, doubled
//     backslashes undone: a field part; the field's result is body text;
//   - content controls: their titles (w:alias) and the entries of their
//     drop-down lists (w:listItem displayText and value): a
//     content_control part; their content is body text;
//   - legacy form fields (w:ffData): help and status texts, the default
//     of a text field, the entries of a drop-down: a form_field part;
//   - the glossary document (word/glossary/document.xml: building blocks
//     and placeholder texts): a glossary part;
//   - the external targets of every relationships member (*.rels,
//     TargetMode="External": hyperlinks, linked pictures, the attached
//     template): a link_target part per member, a bare target a line,
//     percent-decoded, see AddLinkTargets;
//   - custom XML data items (customXml/item1.xml) that hold text: a
//     custom_xml part (Hidden 自定义XML数据), one text node a line, see
//     AddCustomXML.
//
// What is not read is reported, never dropped (rule unreadable.embedded,
// one finding per kind, naming the first member and the count): files
// embedded in the package (word/embeddings: an xlsx in a docx, the
// workbook behind a chart, OLE objects), oleObject*.bin elsewhere,
// ActiveX controls, macros (vbaProject.bin), and content imported with
// w:altChunk in a kind no extractor reads. The documents, HTML pages, web
// archives (MHT), RTF and text that w:altChunk imports go to the dispatcher as
// embedded files, which reads them one level deep. A document that
// shows pictures stored in word/media with fewer than 20 characters of
// body text per picture (scanned pages pasted into Word) is
// unreadable.image_only.
//
// Hidden parts carry Part.Hidden; the scanner reports them as
// hidden_content. The parts beside the flow (watermark, alt_text, field,
// content_control, form_field, glossary, link_target, chart) are not
// hidden: they are scanned for markings, personal data and intranet
// addresses, and only what is found in them is reported. Every problem with the input (not a zip, encrypted, a
// zip bomb, deep XML, a damaged member) is an unreadable finding; a damaged
// member costs that member only, and what was read of it is kept.
//
// AddProperties and AddDrawings are exported for the XLSX extractor, which
// shares the OOXML document properties and DrawingML.
//
// AddEmbedded and AddCustomXML are shared with the XLSX extractor too.
//
// Caveats: symbols inserted from a symbol font (w:sym) other than
// Wingdings's star are private-use characters in the text; embedded files
// are reported, not opened; text
// hidden by colour or size is read as visible. The image-only rule counts
// pictures in every member read (a logo in a header counts) against the
// text of the main document.
package docx
