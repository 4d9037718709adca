package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	lpdf "github.com/ledongthuc/pdf"
)

var (
	errFilter    = errors.New("pdf: unsupported stream filter")
	errPrevCycle = errors.New("pdf: cross-reference sections refer to each other in a loop")
)

// open opens data with the library inside a recover, first mending what
// the library is stricter about than viewers are: a version other than
// 1.0–1.7 or a header line not ended by a newline ("%PDF-2.0", "%PDF-1.7 "),
// and bytes after the last %%EOF. It refuses a file whose /Prev chain
// loops, on which the library would loop forever.
func open(data []byte) (r *lpdf.Reader, err error) {
	data = mendHeader(data)
	if i := bytes.LastIndex(data, []byte("%%EOF")); i >= 0 && len(data)-(i+5) > 64 {
		data = data[:i+5]
	}
	if err := checkPrevChain(data, maxObjects(len(data))); err != nil {
		return nil, err
	}
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("pdf: %v", p)
		}
	}()
	return lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
}

// mendHeader returns data with a header the library accepts: it wants
// "%PDF-1.N" with N in 0–7 followed by an end of line. The replacement
// has the same length, so no offset moves.
func mendHeader(data []byte) []byte {
	if len(data) < 9 || !bytes.HasPrefix(data, []byte("%PDF-")) {
		return data
	}
	if data[5] == '1' && data[6] == '.' && data[7] >= '0' && data[7] <= '7' && (data[8] == '\r' || data[8] == '\n') {
		return data
	}
	out := make([]byte, len(data))
	copy(out, data)
	copy(out, "%PDF-1.7\n")
	return out
}

var (
	reStartXref = regexp.MustCompile(`startxref\s+(\d+)`)
	rePrev      = regexp.MustCompile(`/Prev\s+(\d+)`)
)

// maxPrevChain bounds the incremental updates followed.
const maxPrevChain = 1000

// maxObjects bounds object numbers: the library allocates its object
// table up to the largest number a cross-reference section names (a
// section starting at 900000000 is a 28 GB allocation and a fatal error,
// measured). PDF's own implementation limit is 8,388,607; a file cannot
// sensibly hold more objects than an eighth of its bytes.
func maxObjects(size int) int64 {
	n := int64(size) / 8
	if n < 100000 {
		n = 100000
	}
	if n > 8388607 {
		n = 8388607
	}
	return n
}

// checkPrevChain follows startxref and the /Prev entries of the
// cross-reference sections the way the library will, and reports a loop
// (on which the library loops forever) or a section naming object numbers
// beyond max. It reads each section approximately (up to the next
// "startxref"), which is enough for both.
func checkPrevChain(data []byte, max int64) (err error) {
	off, ok := lastStartXref(data)
	if !ok {
		return nil
	}
	seen := map[int64]bool{}
	var streams []int64 // offsets of cross-reference streams, newest first
	defer func() {
		if err == nil {
			err = checkObjStmRefs(data, streams, max)
		}
	}()
	for n := 0; n < maxPrevChain; n++ {
		if off < 0 || off >= int64(len(data)) {
			return nil
		}
		if seen[off] {
			return errPrevCycle
		}
		seen[off] = true
		sec := data[off:]
		end := bytes.Index(sec, []byte("startxref"))
		if end < 0 {
			end = len(sec)
		}
		sec = sec[:end]
		// For a table the /Prev is in the trailer; for a stream, in the
		// stream's dictionary before "stream".
		if bytes.HasPrefix(bytes.TrimLeft(sec, " \t\r\n\f\x00"), []byte("xref")) {
			t := bytes.Index(sec, []byte("trailer"))
			if t < 0 {
				t = len(sec)
			}
			if err := checkXrefTable(sec[:t], max); err != nil {
				return err
			}
			sec = sec[t:]
		} else {
			if s := bytes.Index(sec, []byte("stream")); s >= 0 {
				sec = sec[:s]
			}
			if err := checkXrefStreamDict(sec, max); err != nil {
				return err
			}
			streams = append(streams, off)
		}
		m := rePrev.FindSubmatch(sec)
		if m == nil {
			return nil
		}
		off, err = strconv.ParseInt(string(m[1]), 10, 64)
		if err != nil {
			return nil
		}
	}
	return errPrevCycle
}

// lastStartXref is the offset the file's last startxref names, in its
// last 1024 bytes, where readers look for it.
func lastStartXref(data []byte) (int64, bool) {
	tail := data
	if len(tail) > 1024 {
		tail = tail[len(tail)-1024:]
	}
	ms := reStartXref.FindAllSubmatch(tail, -1)
	if len(ms) == 0 {
		return 0, false
	}
	off, err := strconv.ParseInt(string(ms[len(ms)-1][1]), 10, 64)
	return off, err == nil
}

var errHugeXref = errors.New("pdf: cross-reference section names impossibly many objects")

// checkXrefTable checks the subsection headers ("start count" lines) of
// a cross-reference table.
func checkXrefTable(sec []byte, max int64) error {
	for _, line := range bytes.Split(sec, []byte("\n")) {
		f := bytes.Fields(line)
		if len(f) != 2 {
			continue
		}
		start, err1 := strconv.ParseInt(string(f[0]), 10, 64)
		count, err2 := strconv.ParseInt(string(f[1]), 10, 64)
		if err1 == nil && err2 == nil && (start < 0 || count < 0 || start+count > max) {
			return errHugeXref
		}
	}
	return nil
}

var (
	reSize    = regexp.MustCompile(`/Size\s+(\d+)`)
	reIndex   = regexp.MustCompile(`/Index\s*\[([\d\s]*)\]`)
	reW       = regexp.MustCompile(`/W\s*\[([\d\s]*)\]`)
	reColumns = regexp.MustCompile(`/Columns\s+(\d+)`)
)

// checkXrefStreamDict checks /Size, /Index and /W of a cross-reference
// stream's dictionary.
func checkXrefStreamDict(dict []byte, max int64) error {
	if m := reSize.FindSubmatch(dict); m != nil {
		if n, err := strconv.ParseInt(string(m[1]), 10, 64); err != nil || n > max {
			return errHugeXref
		}
	}
	if m := reIndex.FindSubmatch(dict); m != nil {
		f := bytes.Fields(m[1])
		for i := 0; i+1 < len(f); i += 2 {
			a, err1 := strconv.ParseInt(string(f[i]), 10, 64)
			b, err2 := strconv.ParseInt(string(f[i+1]), 10, 64)
			if err1 != nil || err2 != nil || a+b > max {
				return errHugeXref
			}
		}
	}
	if m := reW.FindSubmatch(dict); m != nil {
		for _, w := range bytes.Fields(m[1]) {
			if n, err := strconv.ParseInt(string(w), 10, 64); err != nil || n > 8 {
				return errHugeXref
			}
		}
	}
	return nil
}

var (
	errHostile = errors.New("pdf: structure built to exhaust a reader")
	reObjStm   = regexp.MustCompile(`(\d+)\s+\d+\s+obj\s*<<[^>]*/Type\s*/ObjStm`)
	reN        = regexp.MustCompile(`/N\s+(\d+)`)
	reExtends  = regexp.MustCompile(`/Extends\s+(\d+)\s+\d+\s+R`)
)

// Bounds for screen.
const (
	maxColumns     = 1 << 16  // a PNG predictor row; the library allocates it
	maxObjStmLen   = 1 << 17  // objects in one object stream
	maxObjStmBytes = 64 << 20 // object stream data screen decodes
)

// screen refuses constructs on which the library allocates without bound
// or loops: a PNG predictor row of absurd width (/Columns), an object
// stream claiming absurdly many objects (/N: the library reads that many
// pairs, re-reading the stream for every object it resolves), object
// streams whose /Extends chain loops (the library follows it forever),
// and an object stream ending in an unclosed hex string (the library's
// hex string reader loops forever at the end of an object stream).
// Stream dictionaries are never compressed, so reading them as text sees
// them all; a damaged file is still handled by the rebuild, which never
// touches object streams.
func screen(data []byte) error {
	for _, m := range reColumns.FindAllSubmatch(data, -1) {
		if n, err := strconv.ParseInt(string(m[1]), 10, 64); err != nil || n > maxColumns {
			return errHostile
		}
	}
	extends := map[string]string{}
	budget := int64(maxObjStmBytes)
	for _, loc := range reObjStm.FindAllSubmatchIndex(data, -1) {
		if budget > 0 {
			_, body, ok := rawStream(data, int64(loc[0]), budget)
			if ok {
				budget -= int64(len(body))
				if unterminatedHex(body) {
					return errHostile
				}
			}
		}
		num := string(data[loc[2]:loc[3]])
		end := loc[1] + 512
		if end > len(data) {
			end = len(data)
		}
		dict := data[loc[0]:end]
		if i := bytes.Index(dict, []byte("stream")); i >= 0 {
			dict = dict[:i]
		}
		if m := reN.FindSubmatch(dict); m != nil {
			if n, err := strconv.ParseInt(string(m[1]), 10, 64); err != nil || n > maxObjStmLen {
				return errHostile
			}
		}
		if m := reExtends.FindSubmatch(dict); m != nil {
			extends[num] = string(m[1])
		}
	}
	for start := range extends {
		cur := start
		for i := 0; i <= len(extends); i++ {
			next, ok := extends[cur]
			if !ok {
				break
			}
			if next == start {
				return errHostile
			}
			cur = next
		}
	}
	return nil
}

// encrypted reports whether the file declares encryption: an /Encrypt
// entry in a trailer or cross-reference stream dictionary.
func encrypted(data []byte) bool {
	for _, m := range reEncrypt.FindAllIndex(data, -1) {
		// The entry must be followed by a reference or a dictionary, not
		// sit inside text ("/EncryptMetadata" is a different key).
		rest := data[m[1]:]
		rest = bytes.TrimLeft(rest, " \t\r\n\f\x00")
		if len(rest) > 0 && (rest[0] >= '0' && rest[0] <= '9' || rest[0] == '<') {
			return true
		}
	}
	return false
}

var reEncrypt = regexp.MustCompile(`/Encrypt\b`)

// isEncryptionError reports whether err from the library is about
// encryption rather than structure.
func isEncryptionError(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, lpdf.ErrInvalidPassword) {
		return true
	}
	s := err.Error()
	return strings.Contains(s, "encrypt") || strings.Contains(s, "password")
}

var reObj = regexp.MustCompile(`(?m)(?:^|[\r\n\s])(\d{1,10})\s+(\d{1,5})\s+obj\b`)

// maxRebuiltObjects bounds a rebuilt cross-reference table.
const maxRebuiltObjects = 1 << 20

// rebuild returns data with a new cross-reference table appended, made by
// scanning for "N G obj" the way viewers repair a damaged file, or nil
// when no document catalog can be found. Objects stored inside object
// streams are not recovered.
func rebuild(data []byte) []byte {
	offsets := map[int]int{} // object number -> offset of its latest definition
	gens := map[int]int{}
	maxObj := 0
	for _, m := range reObj.FindAllSubmatchIndex(data, -1) {
		num, err1 := strconv.Atoi(string(data[m[2]:m[3]]))
		gen, err2 := strconv.Atoi(string(data[m[4]:m[5]]))
		if err1 != nil || err2 != nil || num <= 0 || num >= maxRebuiltObjects {
			continue
		}
		offsets[num] = m[2]
		gens[num] = gen
		if num > maxObj {
			maxObj = num
		}
	}
	if len(offsets) == 0 {
		return nil
	}
	root, info := findRoot(data, offsets)
	var kids []int
	if root == 0 {
		// The catalog is lost (a file cut short loses its end, where
		// most producers put it): make one over the pages that remain.
		kids = findPages(data, offsets)
		if len(kids) == 0 {
			return nil
		}
	}
	var b bytes.Buffer
	b.Grow(len(data) + 20*(maxObj+3) + 20*len(kids) + 200)
	b.Write(data)
	b.WriteString("\n")
	if root == 0 {
		root, maxObj = maxObj+1, maxObj+2
		offsets[root], gens[root] = b.Len(), 0
		fmt.Fprintf(&b, "%d 0 obj\n<< /Type /Catalog /Pages %d 0 R >>\nendobj\n", root, maxObj)
		offsets[maxObj], gens[maxObj] = b.Len(), 0
		fmt.Fprintf(&b, "%d 0 obj\n<< /Type /Pages /Count %d /Kids [", maxObj, len(kids))
		for _, k := range kids {
			fmt.Fprintf(&b, " %d %d R", k, gens[k])
		}
		b.WriteString(" ] >>\nendobj\n")
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", maxObj+1)
	for i := 1; i <= maxObj; i++ {
		if off, ok := offsets[i]; ok {
			fmt.Fprintf(&b, "%010d %05d n \n", off, gens[i])
		} else {
			b.WriteString("0000000000 65535 f \n")
		}
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d %d R", maxObj+1, root, gens[root])
	if info != 0 {
		fmt.Fprintf(&b, " /Info %d %d R", info, gens[info])
	}
	fmt.Fprintf(&b, " >>\nstartxref\n%d\n%%%%EOF\n", xref)
	return b.Bytes()
}

var (
	reCatalog = regexp.MustCompile(`/Type\s*/Catalog\b`)
	rePage    = regexp.MustCompile(`/Type\s*/Page\b`)
	reRootRef = regexp.MustCompile(`/Root\s+(\d+)\s+\d+\s+R`)
	reInfoRef = regexp.MustCompile(`/Info\s+(\d+)\s+\d+\s+R`)
)

// findRoot finds the document catalog: from a surviving trailer, else the
// object that says /Type /Catalog.
func findRoot(data []byte, offsets map[int]int) (root, info int) {
	if ms := reRootRef.FindAllSubmatch(data, -1); len(ms) > 0 {
		n, _ := strconv.Atoi(string(ms[len(ms)-1][1]))
		if _, ok := offsets[n]; ok {
			root = n
		}
	}
	if ms := reInfoRef.FindAllSubmatch(data, -1); len(ms) > 0 {
		n, _ := strconv.Atoi(string(ms[len(ms)-1][1]))
		if _, ok := offsets[n]; ok {
			info = n
		}
	}
	if root != 0 {
		return root, info
	}
	for num, off := range offsets {
		if reCatalog.Match(objectHead(data, off)) && (root == 0 || num > root) {
			root = num
		}
	}
	return root, info
}

// objectHead is the start of object num's definition, up to endobj or 512
// bytes: enough to see the /Type of a dictionary.
func objectHead(data []byte, off int) []byte {
	end := off + 512
	if end > len(data) {
		end = len(data)
	}
	head := data[off:end]
	if i := bytes.Index(head, []byte("endobj")); i >= 0 {
		head = head[:i]
	}
	return head
}

// findPages lists, in object number order, the objects that say
// /Type /Page.
func findPages(data []byte, offsets map[int]int) []int {
	var pages []int
	for num, off := range offsets {
		if rePage.Match(objectHead(data, off)) {
			pages = append(pages, num)
		}
	}
	sort.Ints(pages)
	return pages
}
