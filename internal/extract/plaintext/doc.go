// Package plaintext reads text files: it detects the encoding (a UTF-8 or
// UTF-16 byte-order mark, valid UTF-8, else GB18030, which covers GBK and
// GB2312) and decodes to UTF-8, so that no text is ever matched as raw
// bytes. A file that decodes cleanly in none of these is unreadable.
//
// Tables in the text become cells, so that a value's column heading is
// its context: a CSV or tab-separated text is one table with A1
// references; otherwise each GitHub-flavoured Markdown pipe table (a
// header row, a |---| delimiter row, body rows) is a table of its own,
// referenced "表2 R3C1" like a table in a document.
//
// Caveats: a short GB18030 text can also be valid UTF-8 by chance; valid
// UTF-8 wins, as it does in every editor. Markdown tables are read as GFM
// defines them but for three things: a line without a pipe ends a table
// (GFM would make it a row of one cell); a table indented as code or in a
// fenced code block is still a table (its heading still names its
// column); a table in a block quote (> | a |) gets no cells, and its text
// is read as prose.
package plaintext
