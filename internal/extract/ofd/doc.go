// Package ofd reads the text of an OFD file (GB/T 33190-2016), the
// national fixed-layout format of Chinese government e-documents: a zip
// of XML opened through zipguard, within doc.Limits.
//
// It follows the package from OFD.xml (DocBody: DocInfo, DocRoot,
// Signatures) to each Doc_N/Document.xml (CommonData with its resources
// and TemplatePages, Pages, Annotations, Attachments, CustomTags,
// Outlines). Locations are resolved as the standard says, relative to the
// folder of the file that writes them or absolute from the package root
// with a leading "/"; a root-relative location without the slash is
// accepted too. Elements are matched by local name, so files with the
// ofd: prefix, a default namespace, the older http://www.ofdspec.org
// namespace or none at all read alike.
//
// Where text goes:
//
//   - the text objects of a page (in layers, page blocks and composite
//     objects) and the appearance of its visible annotations: a page part,
//     in reading order. Each TextCode gives a start point and the offsets
//     of the following glyphs (DeltaX, DeltaY, with the "g count value"
//     shorthand); glyphs are placed on the page through the objects'
//     Boundary and CTM, grouped into lines by baseline (half a font size
//     of tolerance, so a ★ in another font and size stays on its line),
//     and each line is ordered by x, with a space only where the gap is a
//     word space. A marking drawn out of order in several text objects
//     therefore reads as one line. Vertical and rotated runs are kept
//     whole, in their own order;
//   - a template page (where the 红头 and the marking usually sit): a
//     header part, written once, at the first page that uses it;
//   - text objects that are not drawn (Visible="false", neither filled nor
//     stroked): a hidden_text part (Hidden 不显示的文字), except on a page
//     that draws images or paths and shows fewer than 50 letters of its
//     own, where it is the page's text layer (the OCR of a scan, or the
//     text of glyphs a converter drew as paths) and goes with the page;
//   - the notes of annotations (Remark, Parameters): a comment part,
//     Hidden OFD 注释中的文字; everything an annotation marked
//     Visible="false" holds: a comment part, Hidden 隐藏的注释;
//   - link targets (URI actions) of a page or the document: a part of
//     kind "link" (not hidden: the text the link sits on is visible);
//   - DocInfo (标题, 作者, 主题, 摘要, 关键词, 创建程序, CustomDatas),
//     outline titles (书签) and attachment names: one metadata part;
//     custom tags (the semantic tags of an official document): a metadata
//     part per tag file, one "tag: text" line per element with text;
//   - attached files: Document.Embedded, read one level deep by the
//     dispatcher.
//
// What is not read is an unreadable finding with a Chinese message: an
// encrypted package (Encryptions.xml), a missing or damaged page,
// template, resource, annotation, attachment or signature file (corrupt),
// a page that is a scan (image_only, Location page n: ImageObjects and no
// text, or images over half the page and fewer than 50 letters), text
// written as glyph codes rather than Unicode, or glyphs (CGTransform) with
// no text at all (font_encoding), pages past
// MaxPages, text past MaxTextRunes, composite objects nested too deep or
// drawn too often, and the time limit. After reading, every member not
// read (fonts, images, seals) is inflated once to prove it intact.
//
// Caveats: signatures are checked for presence and well-formed XML, not
// verified (that is not a finding); seal images and other pictures are
// not read (only counted for the scan rule); text hidden by colour, by a
// clip or under an image reads as visible; a template used by several
// pages is read once; annotation creators are not read.
package ofd
