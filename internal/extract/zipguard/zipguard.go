package zipguard

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/mishen-gov/mishen/internal/doc"
)

// The errors Open, Archive and XMLDecoder return. Each says what kind of
// limit or damage was met; Describe turns them into a rule and a message.
var (
	ErrNotZip         = errors.New("zipguard: not a valid zip file")
	ErrEncrypted      = errors.New("zipguard: encrypted")
	ErrTooLarge       = errors.New("zipguard: file over size limit")
	ErrTooManyEntries = errors.New("zipguard: too many entries")
	ErrDuplicate      = errors.New("zipguard: duplicate entry name")
	ErrZipBomb        = errors.New("zipguard: decompressed size over limit")
	ErrTooDeep        = errors.New("zipguard: XML nested too deep")
	ErrNotFound       = errors.New("zipguard: no such entry")
	ErrUnsupported    = errors.New("zipguard: unsupported compression method")
	ErrCorrupt        = errors.New("zipguard: corrupt entry")
)

// RatioGrace is how many bytes a member may inflate before MaxZipRatio is
// enforced on it. Small XML members of repeated markup compress far better
// than 200:1, and inflating them is harmless.
const RatioGrace = 1 << 20

// MemberError is an error about one member of an archive.
type MemberError struct {
	Name string // the member's name in the archive
	Err  error  // one of the Err values, or an encoding/xml error
}

func (e *MemberError) Error() string {
	return fmt.Sprintf("zipguard: %s: %s", e.Name, strings.TrimPrefix(e.Err.Error(), "zipguard: "))
}

func (e *MemberError) Unwrap() error { return e.Err }

// Member returns the name of the member err concerns, or "".
func Member(err error) string {
	var me *MemberError
	if errors.As(err, &me) {
		return me.Name
	}
	return ""
}

// FillDefaults returns l with every zero or negative field replaced by its
// value in doc.DefaultLimits, so that a zero Limits means "the defaults".
func FillDefaults(l doc.Limits) doc.Limits {
	d := doc.DefaultLimits()
	if l.MaxFileBytes <= 0 {
		l.MaxFileBytes = d.MaxFileBytes
	}
	if l.MaxUnzipBytes <= 0 {
		l.MaxUnzipBytes = d.MaxUnzipBytes
	}
	if l.MaxZipRatio <= 0 {
		l.MaxZipRatio = d.MaxZipRatio
	}
	if l.MaxZipEntries <= 0 {
		l.MaxZipEntries = d.MaxZipEntries
	}
	if l.MaxXMLDepth <= 0 {
		l.MaxXMLDepth = d.MaxXMLDepth
	}
	if l.MaxPages <= 0 {
		l.MaxPages = d.MaxPages
	}
	if l.MaxTextRunes <= 0 {
		l.MaxTextRunes = d.MaxTextRunes
	}
	if l.PerFileTimeout <= 0 {
		l.PerFileTimeout = d.PerFileTimeout
	}
	return l
}

// Archive is a zip container opened within limits. Its members are read
// through Open or ReadFile, which count every inflated byte. An Archive is
// not safe for concurrent use.
type Archive struct {
	lim    doc.Limits
	files  []*zip.File
	byName map[string]*zip.File
	read   int64              // bytes inflated so far, all members together
	done   map[*zip.File]bool // members read to the end without error
}

// Open parses the zip in data. It fails with ErrTooLarge, ErrEncrypted (an
// encrypted OOXML file), ErrNotZip, ErrTooManyEntries or ErrDuplicate; it
// inflates nothing.
func Open(data []byte, lim doc.Limits) (*Archive, error) {
	lim = FillDefaults(lim)
	if int64(len(data)) > lim.MaxFileBytes {
		return nil, ErrTooLarge
	}
	if IsOLE2(data) {
		if IsEncryptedOOXML(data) {
			return nil, ErrEncrypted
		}
		return nil, ErrNotZip
	}
	n, mismatch, ok := walkDirectory(data, lim.MaxZipEntries)
	if !ok {
		return nil, ErrNotZip
	}
	if n > lim.MaxZipEntries {
		return nil, ErrTooManyEntries
	}
	if mismatch != "" {
		return nil, &MemberError{Name: mismatch, Err: ErrCorrupt}
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, ErrNotZip
	}
	if len(zr.File) > lim.MaxZipEntries {
		return nil, ErrTooManyEntries
	}
	a := &Archive{lim: lim, files: zr.File, byName: make(map[string]*zip.File, len(zr.File)), done: map[*zip.File]bool{}}
	for _, f := range zr.File {
		key := canonical(f.Name)
		if _, dup := a.byName[key]; dup {
			return nil, &MemberError{Name: f.Name, Err: ErrDuplicate}
		}
		a.byName[key] = f
	}
	return a, nil
}

// canonical is the lookup key of a member name: OOXML part names are
// case-insensitive, and some writers use backslashes or a leading slash.
func canonical(name string) string {
	return strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(name, `\`, "/"), "/"))
}

// Names lists the members' names in archive order.
func (a *Archive) Names() []string {
	names := make([]string, len(a.files))
	for i, f := range a.files {
		names[i] = f.Name
	}
	return names
}

// Match lists the members whose canonical (lower-case) names match pattern
// as strings.HasPrefix(name, prefix) && strings.HasSuffix(name, suffix),
// sorted by name so that header1 comes before header2.
func (a *Archive) Match(prefix, suffix string) []string {
	var names []string
	for key, f := range a.byName {
		if strings.HasPrefix(key, prefix) && strings.HasSuffix(key, suffix) && !strings.HasSuffix(key, "/") {
			names = append(names, f.Name)
		}
	}
	sort.Slice(names, func(i, j int) bool { return natLess(names[i], names[j]) })
	return names
}

// natLess orders names so that digits compare by value: header2 < header10.
func natLess(a, b string) bool {
	for a != "" && b != "" {
		da, db := leadingDigits(a), leadingDigits(b)
		if da != "" && db != "" {
			if len(strings.TrimLeft(da, "0")) != len(strings.TrimLeft(db, "0")) {
				return len(strings.TrimLeft(da, "0")) < len(strings.TrimLeft(db, "0"))
			}
			if c := strings.Compare(strings.TrimLeft(da, "0"), strings.TrimLeft(db, "0")); c != 0 {
				return c < 0
			}
			a, b = a[len(da):], b[len(db):]
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

func leadingDigits(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i]
}

// Has reports whether the archive has a member called name (compared
// case-insensitively).
func (a *Archive) Has(name string) bool {
	_, ok := a.byName[canonical(name)]
	return ok
}

// Inflated is the number of bytes inflated so far from all members.
func (a *Archive) Inflated() int64 { return a.read }

// Open returns a reader of the member called name. Reading fails with a
// *MemberError wrapping ErrZipBomb as soon as the archive's total or the
// member's ratio is exceeded, and with ErrCorrupt when the member is
// damaged (bad deflate data, a checksum or size mismatch). A member that
// was already read to its end (by CheckAll, say) is known to be within
// the limits, and reading it again does not count against them.
func (a *Archive) Open(name string) (io.ReadCloser, error) {
	f, ok := a.byName[canonical(name)]
	if !ok {
		return nil, &MemberError{Name: name, Err: ErrNotFound}
	}
	verified := a.done[f]
	if !verified {
		if err := a.checkDeclared(f); err != nil {
			return nil, err
		}
	}
	rc, err := f.Open()
	if err != nil {
		return nil, &MemberError{Name: f.Name, Err: ErrCorrupt}
	}
	return &memberReader{a: a, f: f, rc: rc, verified: verified}, nil
}

// checkDeclared fails early on what a member admits: encryption, an
// unknown method, or a size that would break a limit. A member that lies
// is caught by memberReader instead.
func (a *Archive) checkDeclared(f *zip.File) error {
	switch {
	case f.Flags&0x1 != 0:
		return &MemberError{Name: f.Name, Err: ErrEncrypted}
	case f.Method != zip.Store && f.Method != zip.Deflate:
		return &MemberError{Name: f.Name, Err: ErrUnsupported}
	case a.read >= a.lim.MaxUnzipBytes || f.UncompressedSize64 > uint64(a.lim.MaxUnzipBytes-a.read):
		return &MemberError{Name: f.Name, Err: ErrZipBomb}
	case f.UncompressedSize64 > RatioGrace &&
		f.UncompressedSize64/uint64(a.lim.MaxZipRatio) > max(f.CompressedSize64, 1):
		return &MemberError{Name: f.Name, Err: ErrZipBomb}
	}
	return nil
}

// ReadFile reads the whole member called name within the limits.
func (a *Archive) ReadFile(name string) ([]byte, error) {
	rc, err := a.Open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var buf bytes.Buffer
	f := a.byName[canonical(name)]
	// Grow by the declared size only as a hint, capped: it is not trusted.
	buf.Grow(int(min(f.UncompressedSize64, 1<<20)))
	_, err = buf.ReadFrom(rc)
	return buf.Bytes(), err
}

// ReadXML reads the whole XML member called name within the limits, in
// UTF-8 as UTF8 decodes it, for a reader that looks at its bytes.
func (a *Archive) ReadXML(name string) ([]byte, error) {
	rc, err := a.Open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	u, _, err := UTF8(rc)
	if err != nil {
		return nil, &MemberError{Name: name, Err: err}
	}
	b, err := io.ReadAll(u)
	if err != nil && Member(err) == "" {
		err = &MemberError{Name: name, Err: err}
	}
	return b, err
}

// CheckAll inflates to nowhere, within the limits, every member not yet
// read to its end, and returns the errors met, one per bad member,
// stopping at the first limit (ErrZipBomb) since no later member could
// then be read. XML members (.xml, .rels, .vml) are also decoded as UTF8
// decodes them, measured for nesting against MaxXMLDepth, and must end
// with every element closed. It proves that the whole archive is intact,
// which callers need before handing it to a library that ignores read
// errors and limits no depth (excelize), and after reading the members
// they need, so that damage to the others (a byte flipped in an image, a
// part whose text cannot be decoded) is not passed over in silence.
func (a *Archive) CheckAll() []error {
	var errs []error
	buf := make([]byte, 32<<10)
	for _, f := range a.files {
		if strings.HasSuffix(f.Name, "/") || a.done[f] {
			continue
		}
		rc, err := a.Open(f.Name)
		if err == nil {
			var (
				w io.Writer = io.Discard
				r io.Reader = rc
			)
			scan := &depthScanner{max: a.lim.MaxXMLDepth}
			if IsXML(f.Name) {
				// Read as the readers read it: text that cannot be
				// decoded is not passed over either.
				w = scan
				r, _, err = UTF8(rc)
			}
			if err == nil {
				_, err = io.CopyBuffer(w, onlyReader{r}, buf)
			}
			rc.Close()
			if err == nil && IsXML(f.Name) {
				err = scan.finish()
			}
			if err != nil && Member(err) == "" { // the scanner's ErrTooDeep or ErrCorrupt
				err = &MemberError{Name: f.Name, Err: err}
			}
		}
		if err != nil {
			errs = append(errs, err)
			if errors.Is(err, ErrZipBomb) {
				break
			}
		}
	}
	return errs
}

// Starts calls fn with each start element of the XML member called name,
// in order, its depth bounded by maxDepth (NewXMLDecoder), and returns
// the error that ended the reading, or nil at the member's end. Readers
// that take what they need from elements' attributes (relationships,
// document variables) are a loop over it.
func (a *Archive) Starts(name string, maxDepth int, fn func(xml.StartElement)) error {
	rc, err := a.Open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	dec := NewXMLDecoder(rc, maxDepth)
	for {
		t, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if se, ok := t.(xml.StartElement); ok {
			fn(se)
		}
	}
}

// IsXML reports whether a member's name is that of an XML member of an
// OOXML package (.xml, .rels, .vml), which CheckAll measures for nesting
// and reads through UTF8.
func IsXML(name string) bool {
	name = strings.ToLower(name)
	return strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") || strings.HasSuffix(name, ".vml")
}

// onlyReader hides WriterTo/ReaderFrom so that io.CopyBuffer uses buf.
type onlyReader struct{ io.Reader }

// memberReader counts the bytes a member really inflates.
type memberReader struct {
	a        *Archive
	f        *zip.File
	rc       io.ReadCloser
	n        int64 // bytes inflated from this member
	verified bool  // read to its end before: archive/zip holds it to that size and checksum
}

func (r *memberReader) Read(p []byte) (int, error) {
	if r.verified {
		n, err := r.rc.Read(p)
		if err != nil && err != io.EOF {
			err = &MemberError{Name: r.f.Name, Err: ErrCorrupt}
		}
		return n, err
	}
	// Never inflate more than one byte past what the archive may still
	// read, whatever the member declares.
	room := r.a.lim.MaxUnzipBytes - r.a.read + 1
	if room <= 0 {
		return 0, &MemberError{Name: r.f.Name, Err: ErrZipBomb}
	}
	if int64(len(p)) > room {
		p = p[:room]
	}
	n, err := r.rc.Read(p)
	r.n += int64(n)
	r.a.read += int64(n)
	if r.a.read > r.a.lim.MaxUnzipBytes ||
		(r.n > RatioGrace && r.n/r.a.lim.MaxZipRatio > int64(max(r.f.CompressedSize64, 1))) {
		return 0, &MemberError{Name: r.f.Name, Err: ErrZipBomb}
	}
	if err != nil && err != io.EOF {
		return n, &MemberError{Name: r.f.Name, Err: ErrCorrupt}
	}
	if err == io.EOF {
		r.a.done[r.f] = true
	}
	return n, err
}

func (r *memberReader) Close() error { return r.rc.Close() }

// IsOLE2 reports whether data starts like an OLE2 compound file, the
// container of legacy .doc/.xls and of encrypted OOXML.
func IsOLE2(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
}

// encryptionInfo is "EncryptionInfo" in UTF-16LE, the name of the stream
// that an encrypted OOXML package carries.
var encryptionInfo = utf16le("EncryptionInfo")

func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

// IsEncryptedOOXML reports whether data is an OLE2 file holding an
// encrypted OOXML package (a password-protected .docx or .xlsx).
func IsEncryptedOOXML(data []byte) bool {
	return IsOLE2(data) && bytes.Contains(data, encryptionInfo)
}

// walkDirectory walks the central directory of the zip in data as
// archive/zip will, and counts its headers, stopping once it passes limit.
// The count is an upper bound of the files archive/zip will list: it
// checks less of each header, and when the directory's base is ambiguous
// (data before the zip) it walks both candidates and takes the larger.
// mismatch is the first entry whose local header does not carry the same
// name as its directory entry: one byte flipped in a name would otherwise
// hide a member from a reader that looks it up by name (checked only when
// nothing precedes the zip). ok is false when archive/zip will not find a
// directory either.
func walkDirectory(data []byte, limit int) (n int, mismatch string, ok bool) {
	const (
		endLen    = 22
		loc64Len  = 20
		end64Len  = 56
		headerLen = 46
		maxInt64  = 1<<63 - 1
	)
	le := binary.LittleEndian
	size := int64(len(data))
	if size < endLen {
		return 0, "", false
	}
	// The last end-of-directory record in the last 65 KiB, whose comment
	// fits in the file.
	endOff := int64(-1)
	for i := size - endLen; i >= max(0, size-65*1024); i-- {
		if data[i] == 'P' && data[i+1] == 'K' && data[i+2] == 5 && data[i+3] == 6 {
			if int64(le.Uint16(data[i+20:]))+endLen+i > size {
				return 0, "", false
			}
			endOff = i
			break
		}
	}
	if endOff < 0 {
		return 0, "", false
	}
	e := data[endOff:]
	records := uint64(le.Uint16(e[10:]))
	dirSize := uint64(le.Uint32(e[12:]))
	dirOff := uint64(le.Uint32(e[16:]))
	if records == 0xffff || dirSize == 0xffff || dirOff == 0xffffffff {
		// A zip64 locator, if there is a valid one, points to the zip64
		// end record, which must then be there.
		if loc := endOff - loc64Len; loc >= 0 && le.Uint32(data[loc:]) == 0x07064b50 &&
			le.Uint32(data[loc+4:]) == 0 && le.Uint32(data[loc+16:]) == 1 {
			p := le.Uint64(data[loc+8:])
			if size < end64Len || p > uint64(size-end64Len) || le.Uint32(data[p:]) != 0x06064b50 {
				return 0, "", false
			}
			endOff = int64(p)
			dirSize = le.Uint64(data[p+40:])
			dirOff = le.Uint64(data[p+48:])
		}
	}
	if dirSize > maxInt64 || dirOff > maxInt64 || dirSize > uint64(size) {
		return 0, "", false
	}
	start := endOff - int64(dirSize) // base + dirOff
	if start < 0 || start >= size {
		return 0, "", false
	}
	// walk counts the headers from off; check says to compare names
	// with the local headers, found at base + their offset.
	walk := func(off, base int64, check bool) (n int, mismatch string) {
		for ; off >= 0 && off+headerLen <= size && le.Uint32(data[off:]) == 0x02014b50; n++ {
			if n > limit {
				return n, mismatch
			}
			h := data[off:]
			nameLen := int64(le.Uint16(h[28:]))
			if off+headerLen+nameLen > size {
				break
			}
			name := data[off+headerLen : off+headerLen+nameLen]
			if local := le.Uint32(h[42:]); check && local != 0xffffffff && mismatch == "" && !localName(data, base+int64(local), name) {
				mismatch = string(name)
			}
			off += headerLen + nameLen + int64(le.Uint16(h[30:])) + int64(le.Uint16(h[32:]))
		}
		return n, mismatch
	}
	base := start - int64(dirOff)
	if base == 0 {
		n, mismatch = walk(start, 0, true)
		return n, mismatch, true
	}
	// archive/zip takes base 0 instead when a header parses at dirOff.
	n, _ = walk(start, base, false)
	if n0, _ := walk(int64(dirOff), 0, false); n0 > n {
		n = n0
	}
	return n, "", true
}

// localName says whether a local file header at off carries name.
func localName(data []byte, off int64, name []byte) bool {
	const localLen = 30
	if off < 0 || off+localLen > int64(len(data)) || binary.LittleEndian.Uint32(data[off:]) != 0x04034b50 {
		return false
	}
	n := int64(binary.LittleEndian.Uint16(data[off+26:]))
	return n == int64(len(name)) && off+localLen+n <= int64(len(data)) && bytes.Equal(data[off+localLen:off+localLen+n], name)
}
