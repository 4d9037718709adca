package pdf

import (
	"bufio"
	"errors"
	"io"
)

// This file is a lexer for content streams and CMaps. The library's own
// Interpret tokenizes them too, but it panics on inline image data, wraps
// every operand in a reflective Value and cannot be bounded; this one
// reads a byte stream once, allocates little, skips inline images and
// stops at a byte budget.

// opKind is the kind of an operand.
type opKind uint8

const (
	kNull opKind = iota
	kNum
	kStr // literal or hex string: raw bytes
	kName
	kBool
	kArray
	kDict // arr holds its top-level entries as key, value pairs
)

// operand is one value on the operand stack.
type operand struct {
	kind opKind
	num  float64
	str  []byte // kStr and kName; valid until the next operator
	arr  []operand
}

// errBudget is returned when a page's content is larger than its budget.
var errBudget = errors.New("pdf: content exceeds the size limit")

// budgetReader stops with errBudget after *left bytes. One budget is shared
// by a page's content streams and the forms it draws.
type budgetReader struct {
	r    io.Reader
	left *int64
}

func (b *budgetReader) Read(p []byte) (int, error) {
	if *b.left <= 0 {
		return 0, errBudget
	}
	if int64(len(p)) > *b.left {
		p = p[:*b.left]
	}
	n, err := b.r.Read(p)
	*b.left -= int64(n)
	return n, err
}

const (
	maxStringBytes = 1 << 20 // bytes kept of one string operand
	maxArrayDepth  = 32
	maxArrayLen    = 1 << 16
	maxOperands    = 1 << 12 // operands kept before an operator
)

// lexer reads tokens from a content stream. Strings and names live in
// arena until reset is called (after each operator).
type lexer struct {
	r       *bufio.Reader
	err     error // first read error other than io.EOF
	cut     bool  // a string or array was longer than kept
	arena   []byte
	tmp     []byte
	ops     []operand   // arena of array elements
	scratch [][]operand // per nesting depth, while an array is read
}

func newLexer(r io.Reader) *lexer {
	return &lexer{r: bufio.NewReaderSize(r, 32<<10), arena: make([]byte, 0, 1024)}
}

// reuse points a lexer at a new stream, keeping its buffers.
func (lx *lexer) reuse(r io.Reader) {
	lx.r.Reset(r)
	lx.err = nil
	lx.cut = false
	lx.reset()
}

// reset ends the life of the operands read so far.
func (lx *lexer) reset() {
	lx.arena = lx.arena[:0]
	// Arrays may be kept by a caller (CMap parsing copies them), so the
	// arena is only reused when it is small; a big one is dropped.
	if cap(lx.ops) > 1<<14 {
		lx.ops = nil
	}
	lx.ops = lx.ops[:0]
}

func (lx *lexer) readByte() (byte, bool) {
	c, err := lx.r.ReadByte()
	if err != nil {
		if err != io.EOF && lx.err == nil {
			lx.err = err
		}
		return 0, false
	}
	return c, true
}

func (lx *lexer) unread() { _ = lx.r.UnreadByte() }

func isSpace(c byte) bool {
	switch c {
	case 0, '\t', '\n', '\f', '\r', ' ':
		return true
	}
	return false
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// token kinds returned by next, besides operands.
type tokKind uint8

const (
	tEOF tokKind = iota
	tOperand
	tOperator
	tArrayStart
	tArrayEnd
	tDictStart
	tDictEnd
)

// next reads one token. For tOperand it fills op; for tOperator op.str
// holds the operator's name.
func (lx *lexer) next(op *operand) tokKind {
	for {
		c, ok := lx.readByte()
		if !ok {
			return tEOF
		}
		if isSpace(c) {
			continue
		}
		switch c {
		case '%':
			for {
				c, ok := lx.readByte()
				if !ok {
					return tEOF
				}
				if c == '\n' || c == '\r' {
					break
				}
			}
			continue
		case '/':
			start := len(lx.arena)
			for {
				c, ok := lx.readByte()
				if !ok {
					break
				}
				if isSpace(c) || isDelim(c) {
					lx.unread()
					break
				}
				if c == '#' {
					h1, ok1 := lx.readByte()
					h2, ok2 := lx.readByte()
					if ok1 && ok2 && unhex(h1) >= 0 && unhex(h2) >= 0 {
						c = byte(unhex(h1)<<4 | unhex(h2))
					} else {
						if ok2 {
							lx.unread()
						}
						c = '#'
					}
				}
				if len(lx.arena)-start < 256 {
					lx.arena = append(lx.arena, c)
				}
			}
			*op = operand{kind: kName, str: lx.arena[start:len(lx.arena):len(lx.arena)]}
			return tOperand
		case '(':
			*op = operand{kind: kStr, str: lx.literal()}
			return tOperand
		case '<':
			c2, ok := lx.readByte()
			if ok && c2 == '<' {
				return tDictStart
			}
			if ok {
				lx.unread()
			}
			*op = operand{kind: kStr, str: lx.hex()}
			return tOperand
		case '>':
			c2, ok := lx.readByte()
			if ok && c2 != '>' {
				lx.unread()
			}
			return tDictEnd
		case '[':
			return tArrayStart
		case ']':
			return tArrayEnd
		case '{', '}':
			continue // PostScript procedures do not occur in content
		case ')':
			continue
		}
		if c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9' {
			*op = operand{kind: kNum, num: lx.number(c)}
			return tOperand
		}
		// A keyword: an operator, or true/false/null.
		lx.tmp = append(lx.tmp[:0], c)
		for {
			c, ok := lx.readByte()
			if !ok {
				break
			}
			if isSpace(c) || isDelim(c) {
				lx.unread()
				break
			}
			if len(lx.tmp) < 64 {
				lx.tmp = append(lx.tmp, c)
			}
		}
		switch string(lx.tmp) {
		case "true":
			*op = operand{kind: kBool, num: 1}
			return tOperand
		case "false":
			*op = operand{kind: kBool}
			return tOperand
		case "null":
			*op = operand{kind: kNull}
			return tOperand
		}
		*op = operand{str: lx.tmp}
		return tOperator
	}
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// number parses a PDF number whose first byte is c. Malformed numbers
// ("--1", "1.2.3") read as what their digits say, as viewers do.
func (lx *lexer) number(c byte) float64 {
	neg := false
	var v float64
	frac := 0.0
	scale := 1.0
	seenDot := false
	for first := true; ; first = false {
		if !first {
			var ok bool
			c, ok = lx.readByte()
			if !ok {
				break
			}
		}
		switch {
		case c >= '0' && c <= '9':
			if seenDot {
				scale /= 10
				frac += float64(c-'0') * scale
			} else {
				v = v*10 + float64(c-'0')
			}
		case c == '.':
			seenDot = true
		case c == '-':
			if first {
				neg = true
			}
		case c == '+':
		default:
			lx.unread()
			goto done
		}
	}
done:
	v += frac
	if neg {
		v = -v
	}
	return v
}

// literal reads a (string) after its opening parenthesis.
func (lx *lexer) literal() []byte {
	start := len(lx.arena)
	depth := 1
	put := func(c byte) {
		if len(lx.arena)-start < maxStringBytes {
			lx.arena = append(lx.arena, c)
		} else {
			lx.cut = true
		}
	}
	for {
		c, ok := lx.readByte()
		if !ok {
			break
		}
		switch c {
		case '(':
			depth++
			put(c)
			continue
		case ')':
			depth--
			if depth == 0 {
				return lx.arena[start:len(lx.arena):len(lx.arena)]
			}
			put(c)
			continue
		case '\r':
			// An end of line in a string is a newline.
			if c2, ok := lx.readByte(); ok && c2 != '\n' {
				lx.unread()
			}
			put('\n')
			continue
		case '\\':
		default:
			put(c)
			continue
		}
		c, ok = lx.readByte()
		if !ok {
			break
		}
		switch c {
		case 'n':
			put('\n')
		case 'r':
			put('\r')
		case 't':
			put('\t')
		case 'b':
			put('\b')
		case 'f':
			put('\f')
		case '\r':
			if c2, ok := lx.readByte(); ok && c2 != '\n' {
				lx.unread()
			}
		case '\n':
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for i := 0; i < 2; i++ {
				c2, ok := lx.readByte()
				if !ok {
					break
				}
				if c2 < '0' || c2 > '7' {
					lx.unread()
					break
				}
				v = v*8 + int(c2-'0')
			}
			put(byte(v))
		default:
			put(c)
		}
	}
	return lx.arena[start:len(lx.arena):len(lx.arena)]
}

// hex reads a <hex string> after its opening bracket.
func (lx *lexer) hex() []byte {
	start := len(lx.arena)
	hi := -1
	for {
		c, ok := lx.readByte()
		if !ok || c == '>' {
			break
		}
		v := unhex(c)
		if v < 0 {
			continue // white space and junk are ignored
		}
		if hi < 0 {
			hi = v
			continue
		}
		if len(lx.arena)-start < maxStringBytes {
			lx.arena = append(lx.arena, byte(hi<<4|v))
		} else {
			lx.cut = true
		}
		hi = -1
	}
	if hi >= 0 && len(lx.arena)-start < maxStringBytes {
		lx.arena = append(lx.arena, byte(hi<<4))
	}
	return lx.arena[start:len(lx.arena):len(lx.arena)]
}

// array reads the rest of an array after "[". Nested dictionaries are
// skipped; nesting deeper than maxArrayDepth is flattened away. The
// result lives in the lexer's operand arena until reset.
func (lx *lexer) array(depth int) []operand {
	if depth >= len(lx.scratch) {
		lx.scratch = append(lx.scratch, make([][]operand, depth-len(lx.scratch)+1)...)
	}
	lx.scratch[depth] = lx.scratch[depth][:0]
	var op operand
	for {
		switch lx.next(&op) {
		case tEOF, tArrayEnd:
			start := len(lx.ops)
			lx.ops = append(lx.ops, lx.scratch[depth]...)
			return lx.ops[start:len(lx.ops):len(lx.ops)]
		case tOperand:
			if len(lx.scratch[depth]) < maxArrayLen {
				lx.scratch[depth] = append(lx.scratch[depth], op)
			} else {
				lx.cut = true
			}
		case tArrayStart:
			if depth >= maxArrayDepth {
				lx.array(depth + 1)
				continue
			}
			a := lx.array(depth + 1)
			if len(lx.scratch[depth]) < maxArrayLen {
				lx.scratch[depth] = append(lx.scratch[depth], operand{kind: kArray, arr: a})
			}
		case tDictStart:
			lx.skipDict(depth + 1)
		case tOperator, tDictEnd:
			// An operator inside an array is malformed: ignore it.
		}
	}
}

// dict reads the rest of a dictionary after "<<" and returns its entries
// as key, value pairs (a key is a kName). Values that are dictionaries or
// arrays are kept as empty placeholders; nesting is bounded as in array.
// The result lives in the operand arena until reset.
func (lx *lexer) dict() []operand {
	var (
		op    operand
		kv    [2]operand
		have  int
		pairs []operand
	)
	push := func(v operand) {
		kv[have] = v
		have++
		if have == 2 {
			if kv[0].kind == kName && len(pairs) < 2*maxDictEntries {
				pairs = append(pairs, kv[0], kv[1])
			}
			have = 0
		}
	}
	for {
		switch lx.next(&op) {
		case tEOF, tDictEnd:
			start := len(lx.ops)
			lx.ops = append(lx.ops, pairs...)
			return lx.ops[start:len(lx.ops):len(lx.ops)]
		case tOperand:
			push(op)
		case tArrayStart:
			lx.array(1)
			push(operand{kind: kArray})
		case tDictStart:
			lx.skipDict(1)
			push(operand{kind: kDict})
		}
	}
}

// maxDictEntries bounds the entries dict keeps.
const maxDictEntries = 64

// skipDict reads past the rest of a dictionary after "<<".
func (lx *lexer) skipDict(depth int) {
	var op operand
	for {
		switch lx.next(&op) {
		case tEOF, tDictEnd:
			return
		case tArrayStart:
			lx.array(depth + 1)
		case tDictStart:
			if depth < maxArrayDepth {
				lx.skipDict(depth + 1)
			}
		}
	}
}

// skipInlineImage reads past an inline image after the BI operator: its
// dictionary up to ID, one white-space byte, then the data up to an EI
// that stands alone between white space. It reports whether the image is
// a stencil mask (/IM true).
func (lx *lexer) skipInlineImage() (mask bool) {
	var op operand
	key := false // the last operand was the name IM or ImageMask
	for {
		k := lx.next(&op)
		if k == tEOF {
			return mask
		}
		if k == tOperator && string(op.str) == "ID" {
			break
		}
		if k == tArrayStart {
			lx.array(1)
		}
		if k == tOperand && op.kind == kBool && key && op.num == 1 {
			mask = true
		}
		key = k == tOperand && op.kind == kName && (string(op.str) == "IM" || string(op.str) == "ImageMask")
	}
	lx.reset()
	// State machine over the data: look for <space>EI<space|EOF>.
	prevSpace := true
	for {
		c, ok := lx.readByte()
		if !ok {
			return
		}
		if c == 'E' && prevSpace {
			c2, ok := lx.readByte()
			if !ok {
				return
			}
			if c2 == 'I' {
				c3, ok := lx.readByte()
				if !ok || isSpace(c3) {
					return
				}
				if isDelim(c3) {
					lx.unread()
					return
				}
			}
			prevSpace = isSpace(c2)
			continue
		}
		prevSpace = isSpace(c)
	}
}
