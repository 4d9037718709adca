// Package pptx reads the text of a PowerPoint presentation (.pptx, also
// .pptm, .ppsx and .potx) from every place that can reach a reader or a
// listener: the slides in the order of the show, their tables, grouped
// shapes, charts and SmartArt, alternative text, external link targets,
// the text of the masters and layouts the slides show, speaker notes,
// comments, hidden slides and hidden shapes, and the document properties.
//
// It streams each member through encoding/xml within doc.Limits, using
// zipguard for the container. Runs of one paragraph are joined with
// nothing between them, so a marking that PowerPoint split over several
// runs (秘密★ in three <a:r>) stays whole; every paragraph ends with "\n".
//
// Where text goes (Part.Page is the slide's number in the show, 1-based,
// for everything that belongs to one slide):
//
//   - a slide's shapes, groups and graphic frames, in the order of the
//     slide's shape tree: body; the alternative text (cNvPr title,
//     descr) of its shapes and pictures: alt_text, a line each;
//   - each table (a:tbl): a part of its own of the slide's kind, a cell a
//     line, so that no two cells' numbers glue into one; Part.Cells maps
//     each cell to an A1 reference in the table's grid (B2 is row 2,
//     column 2), so that a column's heading is the context of its values;
//   - charts (cached values, titles, labels): chart; SmartArt data:
//     textbox;
//   - external relationships of a slide, layout, master or notes page
//     (hyperlinks, linked files), then of every other part (a chart's
//     linked workbook): link_target, a target a line and again
//     percent-decoded, not hidden: an intranet address may be nowhere
//     but behind a link;
//   - the text of the layouts and masters that shown slides use
//     (slide_master, no page): what a master carries, such as a footer
//     marking, shows on every slide. Placeholders are left out, since in
//     a master their text is a prompt no slide shows, except the footer;
//   - speaker notes: notes, scanned like the slide and not reported as
//     hidden, since PowerPoint's normal view shows them under the slide
//     (notes no slide reaches, and the notes master, are Hidden 演讲者备注);
//   - comments, classic and modern (threaded, with replies): comment
//     (Hidden 批注), one a line after the author's name;
//   - a slide left out of the show (p:sld show="0"): its text, tables,
//     alternative text and charts are hidden_slide (Hidden 隐藏的幻灯片);
//     a shape hidden on a slide (cNvPr hidden="1"): hidden_shape (Hidden
//     隐藏的形状);
//   - what no slide of the show reaches is still read, as hidden: slides
//     left out of the slide list, unused layouts and masters, the
//     handout master, orphaned notes, comments, charts and SmartArt;
//   - the document properties (docProps core, app, custom) and custom XML
//     data items, as for Word (docx.AddProperties, docx.AddCustomXML).
//
// Embedded office files and PDFs (ppt/embeddings/*.xlsx, the workbook
// behind a chart, a .docx, .pptx or .pdf; a .doc, .xls or .ppt, and an
// OLE object oleObject*.bin that is a Word, Excel or PowerPoint 97-2003
// file) go to Document.Embedded, which the dispatcher reads (or converts,
// or reports) one level deep. What is not read is reported, never
// dropped (unreadable.embedded, one finding per kind naming the first
// member and the count): other embedded files and OLE objects (a
// packaged file, an equation), ActiveX controls, macros, sound and video. Slides that show pictures
// with fewer than 20 characters of slide text per picture (scanned pages
// pasted as slides) are unreadable.image_only.
//
// Every problem with the input (not a zip, encrypted, a zip bomb, deep
// XML, a damaged member, text or time over the limits) is an unreadable
// finding; a damaged member costs that member only, and what was read of
// it is kept. An encrypted presentation is an OLE2 container that the
// dispatcher reports before it gets here.
//
// Caveats: text hidden by colour, size or position off the slide is read
// as visible; the order within a slide is that of the shape tree, not of
// the layout on the page; a placeholder's text inherited from the layout
// is read in the layout; a master's text is read as shown even where a
// layout or slide hides the master's shapes (showMasterSp="0"); section
// names, custom shows, animations' text and add-in tags (ppt/tags) are
// not read; pictures are not read here (the dispatcher reads
// ppt/media with OCR where Tesseract is installed, and makes
// unreadable.image_only unreadable.ocr_only when every picture was read);
// a chart or
// SmartArt member shown by two slides is reported under the first.
package pptx
