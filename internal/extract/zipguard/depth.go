package zipguard

// depthScanner measures the element nesting of an XML byte stream without
// parsing it: a few states (text, tag, quoted value, comment, CDATA,
// processing instruction, declaration) are enough to tell a start tag from
// an end tag or an empty element. It is a Writer so that CheckAll can pass
// members through it while inflating them, for libraries whose own XML
// loops have no depth limit (excelize reads sheets token by token).
//
// It errs only towards depth: malformed XML is the parser's business.
// In a UTF-16 stream (its first two bytes hold a zero byte or a byte-order
// mark) zero bytes are skipped, so that its ASCII markup reads as ASCII;
// elsewhere a zero byte is a byte like any other, since skipping it would
// read "<!\x00[" as the start of a CDATA section that hides the elements
// after it (encoding/xml reads a declaration there).
type depthScanner struct {
	max, depth int
	deepest    int // the deepest nesting seen
	state      scanState
	quote      byte // the open quote in stateQuote
	prev       byte // the byte before, for "/>", "?>", "-->", "]]>"
	prev2      byte
	angle      int // < > nesting in a declaration, as encoding/xml counts it
	head       [2]byte
	nhead      int  // bytes of head seen
	wide       bool // UTF-16: zero bytes are skipped
	err        error
}

type scanState uint8

const (
	stateText    scanState = iota
	stateOpen              // after <
	stateBang              // after <!
	stateStart             // in a start tag
	stateQuote             // in an attribute value
	stateEnd               // in an end tag
	statePI                // in <? ?>
	stateComment           // in <!-- -->
	stateCDATA             // in <![CDATA[ ]]>
	stateDecl              // in <!DOCTYPE …>
)

func (s *depthScanner) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	for _, c := range p {
		if s.nhead < 2 {
			s.head[s.nhead] = c
			s.nhead++
			if s.nhead == 2 {
				h := s.head
				s.wide = h[0] == 0 || h[1] == 0 || h == [2]byte{0xff, 0xfe} || h == [2]byte{0xfe, 0xff}
			}
		}
		if c == 0 && s.wide {
			continue
		}
		switch s.state {
		case stateText:
			if c == '<' {
				s.state = stateOpen
			}
		case stateOpen:
			switch c {
			case '/':
				s.state = stateEnd
			case '?':
				s.state = statePI
			case '!':
				s.state = stateBang
			default:
				s.state = stateStart
				s.depth++
				s.deepest = max(s.deepest, s.depth)
				if s.depth > s.max {
					s.err = ErrTooDeep
					return 0, s.err
				}
			}
		case stateBang:
			switch c {
			case '-':
				s.state = stateComment
			case '[':
				s.state = stateCDATA
			default:
				// Like encoding/xml, the first byte of a declaration
				// neither opens a quote nor nests; a '>' here ends it
				// (erring towards counting the elements after it).
				s.state, s.angle, s.quote = stateDecl, 0, 0
				if c == '>' {
					s.state = stateText
				}
			}
		case stateStart:
			switch c {
			case '"', '\'':
				s.state, s.quote = stateQuote, c
			case '>':
				if s.prev == '/' {
					s.depth--
				}
				s.state = stateText
			}
		case stateQuote:
			if c == s.quote {
				s.state = stateStart
			}
		case stateEnd:
			if c == '>' {
				s.depth = max(s.depth-1, 0)
				s.state = stateText
			}
		case statePI:
			if c == '>' && s.prev == '?' {
				s.state = stateText
			}
		case stateComment:
			if c == '>' && s.prev == '-' && s.prev2 == '-' {
				s.state = stateText
			}
		case stateCDATA:
			if c == '>' && s.prev == ']' && s.prev2 == ']' {
				s.state = stateText
			}
		case stateDecl:
			switch {
			case s.quote != 0:
				if c == s.quote {
					s.quote = 0
				}
			case c == '"' || c == '\'':
				s.quote = c
			case c == '<':
				s.angle++
			case c == '>' && s.angle == 0:
				s.state = stateText
			case c == '>':
				s.angle--
			}
		}
		s.prev2, s.prev = s.prev, c
	}
	return len(p), nil
}

// finish reports ErrCorrupt when the stream ended inside markup or with
// elements open: XML cut short, which a library reading token by token
// may take for the whole (excelize stops at the first error in silence).
func (s *depthScanner) finish() error {
	if s.err != nil {
		return s.err
	}
	if s.depth != 0 || s.state != stateText {
		return ErrCorrupt
	}
	return nil
}
