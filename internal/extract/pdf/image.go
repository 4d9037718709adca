package pdf

import (
	"bufio"
	"bytes"
	"compress/lzw"
	"compress/zlib"
	"encoding/ascii85"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	"io"
	"math"

	lpdf "github.com/ledongthuc/pdf"
	"github.com/mishen-gov/mishen/internal/ocr"
	tifflzw "golang.org/x/image/tiff/lzw"
)

// A picture's region of the rendered page is what OCR reads of most
// pictures, but three kinds of picture came out of it unreadable and
// passed: one drawn turned (a watermark at 35 degrees), one drawn
// squeezed (a marking pasted 14 cm wide and 0.9 cm high), and one laid
// over the text translucent or through a soft mask (a PNG watermark with
// an alpha channel, grey at a third of its strength over black text).
// Each is upright, in proportion and at full strength in its own pixels;
// Picture decodes them, with the soft mask laid over white, for OCR.

// errImage is returned for pictures whose encoding Picture does not
// decode (JPEG 2000, JBIG2, CCITT, LZW); they are read by rendering.
var errImage = errors.New("pdf: picture encoding not decoded")

// maxImageBytes bounds the encoded bytes of one picture read.
const maxImageBytes = 256 << 20

// Picture decodes the image XObject object (as Document.Pictures names
// it) of the PDF data into grey, its soft mask laid over white and its
// contrast stretched, refusing one of more than maxPixels pixels.
func Picture(data []byte, object uint64, maxPixels int64) (g *image.Gray, err error) {
	r, err := open(data)
	if err != nil {
		return nil, err
	}
	defer func() {
		if p := recover(); p != nil {
			g, err = nil, fmt.Errorf("pdf: picture: %v", p)
		}
	}()
	v := r.Object(uint32(object>>16), uint16(object))
	if v.Kind() != lpdf.Stream || v.Key("Subtype").Name() != "Image" {
		return nil, fmt.Errorf("pdf: object %d is not a picture", object>>16)
	}
	g, err = decodeImage(v, maxPixels)
	if err != nil {
		return nil, err
	}
	if sm := v.Key("SMask"); sm.Kind() == lpdf.Stream {
		a, err := decodeImage(sm, maxPixels)
		if err != nil {
			return nil, err
		}
		overWhite(g, a)
	}
	stretch(g)
	return g, nil
}

// decodeImage decodes an image XObject into grey: 1 to 8 bits a
// component, in grey, RGB, CMYK, ICC-based or indexed colour, or a
// stencil mask (painted samples dark).
func decodeImage(v lpdf.Value, maxPixels int64) (*image.Gray, error) {
	w, h := int(v.Key("Width").Int64()), int(v.Key("Height").Int64())
	if w <= 0 || h <= 0 || int64(w)*int64(h) > maxPixels {
		return nil, fmt.Errorf("pdf: picture of %d × %d pixels", w, h)
	}
	src, dct, err := unfilter(v, maxImageBytes)
	if err != nil {
		return nil, err
	}
	if dct != nil {
		// A JPEG is decoded as an uploaded picture is: its own header's
		// size checked first, its luma the grey.
		return ocr.Decode(dct, maxPixels)
	}
	stencil := v.Key("ImageMask").Bool()
	bpc := int(v.Key("BitsPerComponent").Int64())
	switch {
	case stencil:
		bpc = 1
	case bpc == 0:
		bpc = 8
	}
	if bpc != 1 && bpc != 2 && bpc != 4 && bpc != 8 {
		return nil, errImage
	}
	ncomp, toGrey, err := greyOfSpace(spaceOf(v.Key("ColorSpace"), 0), bpc)
	if stencil {
		ncomp, toGrey, err = 1, func(s []int) uint8 { return uint8(255 * s[0]) }, nil
	}
	if err != nil {
		return nil, err
	}
	// The samples are read a row at a time, straight into grey: a
	// picture never takes more memory than its grey (a 6300 × 6300 CMYK
	// picture inflated whole was 160 MB, four of them past a child's
	// limit).
	stride := (w*ncomp*bpc + 7) / 8
	row := make([]byte, stride)
	// A /Decode of [1 0] for one component inverts its samples (a
	// stencil's [1 0] paints its set bits).
	inv := false
	if d := v.Key("Decode"); d.Len() >= 2 && ncomp == 1 && d.Index(0).Float64() > d.Index(1).Float64() {
		inv = true
	}
	g := image.NewGray(image.Rect(0, 0, w, h))
	top := 1<<bpc - 1
	s := make([]int, ncomp)
	for y := range h {
		if _, err := io.ReadFull(src, row); err != nil {
			return nil, fmt.Errorf("pdf: picture data short at row %d of %d: %w", y, h, err)
		}
		bit := 0
		for x := range w {
			for c := range ncomp {
				if bpc == 8 {
					s[c] = int(row[x*ncomp+c])
				} else {
					b := row[bit/8] >> (8 - bpc - bit%8) & byte(top)
					s[c] = int(b)
					bit += bpc
				}
				if inv {
					s[c] = top - s[c]
				}
			}
			g.Pix[y*g.Stride+x] = toGrey(s)
		}
	}
	return g, nil
}

// unfilter returns the stream's bytes as a reader that decodes its
// filters as it is read, at most limit encoded bytes: FlateDecode and
// LZWDecode (with their predictors), ASCII85Decode, ASCIIHexDecode and
// RunLengthDecode, by full or abbreviated name, in any chain, for content
// streams, character maps and fonts as for pictures (mutool clean -a
// writes every stream of a file in ASCII hex). A DCTDecode, which must
// come last, is left to the JPEG decoder: its bytes are returned instead
// (dct). Any other filter is errImage.
func unfilter(v lpdf.Value, limit int64) (src io.Reader, dct []byte, err error) {
	src = io.LimitReader(v.EncodedReader(), limit)
	filters, params := v.Key("Filter"), v.Key("DecodeParms")
	n := 1
	switch filters.Kind() {
	case lpdf.Null:
		return src, nil, nil
	case lpdf.Array:
		n = filters.Len()
	}
	for i := range n {
		name, param := filters.Name(), params
		if filters.Kind() == lpdf.Array {
			name, param = filters.Index(i).Name(), params.Index(i)
		}
		switch name {
		case "DCTDecode", "DCT":
			if i != n-1 {
				return nil, nil, errImage
			}
			dct, err = io.ReadAll(src)
			return nil, dct, err
		case "FlateDecode", "Fl":
			zr, err := zlib.NewReader(src)
			if err != nil {
				return nil, nil, fmt.Errorf("pdf: stream: %w", err)
			}
			if src, err = unpredict(zr, param); err != nil {
				return nil, nil, err
			}
		case "LZWDecode", "LZW":
			// EarlyChange 1, the default, is TIFF's variant of LZW;
			// 0 is the variant of compress/lzw.
			if e := param.Key("EarlyChange"); e.Kind() == lpdf.Integer && e.Int64() == 0 {
				src = lzw.NewReader(src, lzw.MSB, 8)
			} else {
				src = tifflzw.NewReader(src, tifflzw.MSB, 8)
			}
			if src, err = unpredict(src, param); err != nil {
				return nil, nil, err
			}
		case "ASCII85Decode", "A85":
			src = ascii85.NewDecoder(&untilTilde{r: src})
		case "ASCIIHexDecode", "AHx":
			src = hex.NewDecoder(&hexDigits{r: src})
		case "RunLengthDecode", "RL":
			src = &runLength{r: bufio.NewReader(src)}
		case "Crypt":
			// Decrypted already by EncodedReader, as the document's
			// security handler says.
		default:
			return nil, nil, errImage
		}
	}
	return src, nil, nil
}

// decoded opens a stream that is not a picture (page content, a character
// map, a font program) through unfilter; a filter it cannot decode, or a
// picture's filter, makes reading fail with errFilter.
func decoded(v lpdf.Value) io.Reader {
	if v.StreamLength() == 0 {
		return bytes.NewReader(nil) // no data, whatever its filters
	}
	src, dct, err := unfilter(v, math.MaxInt64)
	if err != nil || dct != nil {
		return errReader{errFilter}
	}
	return src
}

// runLength decodes RunLengthDecode: a length byte n, then n+1 bytes to
// copy (n < 128) or one byte to repeat 257-n times (n > 128); 128 ends.
// Data that ends without 128, or inside a run, is io.ErrUnexpectedEOF.
type runLength struct {
	r    *bufio.Reader
	rep  byte
	left int  // bytes of the current run not yet read
	copy bool // the run copies bytes rather than repeating one
	err  error
}

func (l *runLength) Read(b []byte) (int, error) {
	n := 0
	for n < len(b) && l.err == nil {
		if l.left == 0 {
			c, err := l.r.ReadByte()
			switch {
			case err != nil:
				l.err = err
			case c == 128:
				l.err = io.EOF
			case c < 128:
				l.left, l.copy = int(c)+1, true
			default:
				if l.rep, err = l.r.ReadByte(); err != nil {
					l.err = err
				}
				l.left, l.copy = 257-int(c), false
			}
			if l.err != nil {
				if l.err == io.EOF && c != 128 || err == io.EOF {
					l.err = io.ErrUnexpectedEOF
				}
				break
			}
		}
		k := min(l.left, len(b)-n)
		if l.copy {
			m, err := io.ReadFull(l.r, b[n:n+k])
			n += m
			l.left -= m
			if err != nil {
				l.err = io.ErrUnexpectedEOF
			}
			continue
		}
		for i := range k {
			b[n+i] = l.rep
		}
		n += k
		l.left -= k
	}
	if n == 0 && l.err != nil {
		return 0, l.err
	}
	return n, nil
}

// untilTilde reads up to ASCII85's end of data, "~>".
// Data that ends before it says so (a stream cut short, or a /Length
// too small) is io.ErrUnexpectedEOF, so that the page or picture is
// reported unread rather than read in part.
type untilTilde struct {
	r    io.Reader
	done bool
}

func (u *untilTilde) Read(b []byte) (int, error) {
	if u.done {
		return 0, io.EOF
	}
	n, err := u.r.Read(b)
	if i := bytes.IndexByte(b[:n], '~'); i >= 0 {
		u.done = true
		return i, nil
	}
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return n, err
}

// hexDigits reads the hex digits of ASCIIHex data up to its end, '>',
// leaving out white space and padding an odd last digit with 0; data
// without its '>' is io.ErrUnexpectedEOF.
type hexDigits struct {
	r    io.Reader
	n    int // digits passed on
	done bool
	err  error // why the data ended, if not at '>'
	buf  [512]byte
}

func (h *hexDigits) Read(b []byte) (int, error) {
	for {
		if h.done {
			if h.err != nil {
				return 0, h.err
			}
			if h.n%2 == 1 && len(b) > 0 {
				h.n++
				b[0] = '0'
				return 1, nil
			}
			return 0, io.EOF
		}
		m, err := h.r.Read(h.buf[:min(len(b), len(h.buf))])
		k := 0
		for _, c := range h.buf[:m] {
			if c == '>' {
				h.done = true
				break
			}
			if c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0 {
				continue
			}
			b[k] = c
			k++
		}
		h.n += k
		if err != nil && !h.done {
			h.done, h.err = true, err
			if err == io.EOF {
				h.err = io.ErrUnexpectedEOF
			}
		}
		if k > 0 {
			return k, nil
		}
	}
}

// unpredict undoes a PNG predictor (10 to 15) of a Flate stream's
// parameters as it is read; none (1) leaves the data as it is, TIFF's (2)
// is refused.
func unpredict(r io.Reader, param lpdf.Value) (io.Reader, error) {
	p := param.Key("Predictor").Int64()
	if p <= 1 {
		return r, nil
	}
	if p < 10 {
		return nil, errImage
	}
	colors, bpc, columns := param.Key("Colors").Int64(), param.Key("BitsPerComponent").Int64(), param.Key("Columns").Int64()
	colors, columns = max(colors, 1), max(columns, 1)
	if bpc <= 0 {
		bpc = 8
	}
	if colors > 32 || bpc > 16 || columns > 1<<20 {
		return nil, errImage
	}
	stride := int((colors*bpc*columns + 7) / 8)
	return &pngRows{r: r, bpp: int(max((colors*bpc+7)/8, 1)), in: make([]byte, stride+1), prev: make([]byte, stride)}, nil
}

// pngRows undoes PNG row filters one row at a time.
type pngRows struct {
	r    io.Reader
	bpp  int
	in   []byte // the filter byte and the row as read
	prev []byte // the row before, decoded
	pend []byte // what of the decoded row is not yet read
}

func (p *pngRows) Read(b []byte) (int, error) {
	if len(p.pend) == 0 {
		if _, err := io.ReadFull(p.r, p.in); err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) {
				err = io.EOF // a last row cut short is no row
			}
			return 0, err
		}
		f, row := p.in[0], p.in[1:]
		for i := range row {
			var a, c byte
			if i >= p.bpp {
				a, c = row[i-p.bpp], p.prev[i-p.bpp]
			}
			switch b := p.prev[i]; f {
			case 1:
				row[i] += a
			case 2:
				row[i] += b
			case 3:
				row[i] += byte((int(a) + int(b)) / 2)
			case 4:
				row[i] += paeth(a, b, c)
			}
		}
		copy(p.prev, row)
		p.pend = p.prev
	}
	n := copy(b, p.pend)
	p.pend = p.pend[n:]
	return n, nil
}

func paeth(a, b, c byte) byte {
	p := int(a) + int(b) - int(c)
	pa, pb, pc := abs(p-int(a)), abs(p-int(b)), abs(p-int(c))
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// greyOfSpace returns the components of a sample in space cs (read by
// spaceOf, as the text's colours are) and how its samples, 0 to 2^bpc-1
// each, become grey.
func greyOfSpace(cs *colourSpace, bpc int) (int, func([]int) uint8, error) {
	top := float64(int(1)<<bpc - 1)
	byKind := func(k spaceKind, top float64) (int, func([]int) uint8) {
		switch k {
		case csGray:
			return 1, func(s []int) uint8 { return uint8(float64(s[0]) * 255 / top) }
		case csRGB:
			return 3, func(s []int) uint8 {
				return uint8((0.299*float64(s[0]) + 0.587*float64(s[1]) + 0.114*float64(s[2])) * 255 / top)
			}
		case csCMYK:
			return 4, func(s []int) uint8 {
				c, m, y, k := float64(s[0])/top, float64(s[1])/top, float64(s[2])/top, float64(s[3])/top
				return uint8(255 * (1 - k) * (0.299*(1-c) + 0.587*(1-m) + 0.114*(1-y)))
			}
		}
		return 0, nil
	}
	if cs.kind != csIndexed {
		if n, f := byKind(cs.kind, top); n > 0 {
			return n, f, nil
		}
		return 0, nil, errImage
	}
	n, toGrey := byKind(cs.base, 255)
	if n == 0 {
		return 0, nil, errImage
	}
	var greys [256]uint8
	s := make([]int, n)
	for i := 0; (i+1)*n <= len(cs.lookup) && i < 256; i++ {
		for c := range n {
			s[c] = int(cs.lookup[i*n+c])
		}
		greys[i] = toGrey(s)
	}
	return 1, func(s []int) uint8 { return greys[s[0]&255] }, nil
}

// overWhite lays g over white through the soft mask a (scaled to g's
// size): where a is clear the picture shows nothing.
func overWhite(g, a *image.Gray) {
	gw, gh := g.Rect.Dx(), g.Rect.Dy()
	aw, ah := a.Rect.Dx(), a.Rect.Dy()
	for y := range gh {
		ay := y * ah / gh
		for x := range gw {
			al := int(a.Pix[ay*a.Stride+x*aw/gw])
			p := &g.Pix[y*g.Stride+x]
			*p = uint8((int(*p)*al + 255*(255-al)) / 255)
		}
	}
}

// stretch spreads g's greys over the whole range, so that a watermark in
// light grey reads as black on white; a picture of one grey is left.
func stretch(g *image.Gray) {
	lo, hi := uint8(255), uint8(0)
	for _, p := range g.Pix {
		lo, hi = min(lo, p), max(hi, p)
	}
	if hi-lo < 32 || lo == 0 && hi == 255 {
		return
	}
	span := int(hi - lo)
	for i, p := range g.Pix {
		g.Pix[i] = uint8(int(p-lo) * 255 / span)
	}
}
