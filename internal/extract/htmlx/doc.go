// Package htmlx reads the text of an HTML page (a CMS draft) the way its
// readers meet it, and what they do not see but can reach: comments,
// hidden elements, attributes and link targets.
//
// The page is decoded to UTF-8 first: bytes that are valid UTF-8 and hold
// non-ASCII text are UTF-8 whatever the page declares (old templates keep
// <meta charset="gb2312"> in pages saved as UTF-8); otherwise a byte order
// mark, then <meta charset>, then GB18030, the usual encoding of Chinese
// pages that declare none. The page is then parsed with
// golang.org/x/net/html as a browser with scripting off would, entities
// decoded. Parts:
//
//   - body: visible text. Whitespace is collapsed as a browser does; block
//     elements and <br> end lines; table cells are separated by "\t";
//     inline elements are joined with nothing between them, so
//     <span>机</span><span>密</span> reads 机密. <pre>, <textarea>,
//     <listing>, <xmp> and <plaintext> keep their whitespace; <style> is
//     not text. <noscript> is read as body, as a browser with scripting
//     off shows it;
//   - html_script (KindScript, not hidden): text only in the page source,
//     the text of <script> and the fallback text of <noembed>, <noframes>
//     and <iframe>, each on lines of its own. It is scanned for markings
//     and personal data but not reported as hidden content, so that
//     ordinary JavaScript does not make a page need review;
//   - html_hidden (Hidden 隐藏元素): the text of elements hidden by
//     style="display:none" or "visibility:hidden" (any case and spacing,
//     !important or not), the hidden attribute, <template> (not a
//     declarative shadow root), and a <dialog> that is not open; a font
//     size of 0 and visibility:hidden are inherited, so the text they
//     hide is the text no element between sets a size of its own (not
//     relative to the parent's) or visibility:visible again;
//   - form_field (Hidden 隐藏表单字段): the values of <input type="hidden">,
//     "name: value" a line (a 信访 form may carry the writer's ID);
//   - html_comment (Hidden HTML注释): comments, one per line;
//   - html_attribute: what reaches readers from attributes (alt, title,
//     placeholder, label, the value of visible inputs, every aria-* and
//     data-* attribute), one "name: value" per line;
//   - link_target: link targets (href, src, srcset, action, formaction,
//     object data, poster, cite, the URL of a meta refresh), a bare target
//     a line, once per page, percent-decoded; links within the page (#…)
//     and javascript: are left out;
//   - html_meta: every <meta> with content, under its name, property,
//     http-equiv or itemprop, "key: content" a line;
//   - metadata: the <title> and meta author, as "标题: …", "作者: …".
//
// A data: URI in any attribute (an <img> src, an iframe's page, a lazy
// loader's data-src, a srcset candidate) is not a link: the file it
// carries goes to Document.Embedded, named 内嵌数据N by its media type,
// decoded as browsers decode it (decodeDataURI), each distinct one once,
// pictures too small for text left out, at most maxInline, and the
// dispatcher reads
// it with its own extractor (pictures with OCR, package extract). Links
// side by side with no white space between them are read as separate
// words (a menu's items).
//
// The srcdoc of an <iframe> is parsed as a page of its own and read where
// the iframe stands (body, or html_hidden when the iframe is hidden), three
// levels deep; deeper ones are read as page source (html_script).
//
// Limits: pages over MaxFileBytes are not read. golang.org/x/net/html
// refuses pages nested deeper than 512 elements; such a page is read flat
// (text, comments and attributes, without knowing what is hidden) and
// reported unreadable.too_deep, as is a page nested deeper than
// MaxXMLDepth, whose deeper elements are not read. Text over MaxTextRunes
// is cut and reported.
//
// Caveats: pictures a stylesheet draws (url(data:…) in CSS) are not
// read. Elements hidden by a stylesheet rule (a class whose rule says
// display:none) rather than their own style are read as visible; text made
// invisible by colour, size or position is not detected.
package htmlx
