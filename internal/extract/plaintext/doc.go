// Package plaintext reads text files: it detects the encoding (a UTF-8 or
// UTF-16 byte-order mark, valid UTF-8, else GB18030, which covers GBK and
// GB2312) and decodes to UTF-8, so that no text is ever matched as raw
// bytes. A file that decodes cleanly in none of these is unreadable.
//
// Caveat: a short GB18030 text can also be valid UTF-8 by chance; valid
// UTF-8 wins, as it does in every editor.
package plaintext
