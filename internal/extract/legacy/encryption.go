package legacy

import (
	"bytes"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha1"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"unicode/utf16"

	"github.com/richardlehane/mscfb"
)

// Encryption is how a compound file says it is protected by an open
// password, or None.
type Encryption string

// The encryptions Encrypted recognizes.
const (
	None Encryption = ""
	// WordFIB: a Word 97 (or WPS 文字) document whose File Information
	// Block has fEncrypted set (RC4, RC4 CryptoAPI or XOR obfuscation).
	WordFIB Encryption = "word_fib"
	// ExcelFilePass: an Excel 97 (or WPS 表格) workbook whose globals
	// substream holds a FILEPASS record.
	ExcelFilePass Encryption = "excel_filepass"
	// PowerPointCrypt: a PowerPoint 97 (or WPS 演示) presentation whose
	// Current User stream carries the encrypted header token, or that has
	// an EncryptedSummary stream.
	PowerPointCrypt Encryption = "powerpoint_crypt"
	// OOXMLPackage: an OLE2 wrapper holding EncryptionInfo or
	// EncryptedPackage, which is what Office makes of an encrypted DOCX,
	// XLSX or PPTX.
	OOXMLPackage Encryption = "ooxml_package"
)

// ErrNotCFB means the data is not a compound file Encrypted can read.
var ErrNotCFB = errors.New("legacy: not a readable compound file")

// Bounds of what Encrypted reads. The fields it needs sit at the start of
// their streams; nothing past these is read whatever the file declares.
const (
	maxEntries       = 4096      // directory entries looked at
	maxWorkbookBytes = 256 << 10 // of the Workbook stream, for FILEPASS
	maxRecords       = 4096      // BIFF records walked
)

// Encrypted reads the compound file (OLE2) in data and says whether it
// is protected by an open password, and how, before anything converts
// it: LibreOffice cannot open such a file without the password and
// would report it only as a failed conversion. It reads the directory
// and the first bytes of the WordDocument, Workbook (or Book) and
// Current User streams; it never trusts a size the file declares beyond
// the data it has. ErrNotCFB (wrapped) when the compound file itself
// cannot be read; a file whose streams say nothing is None.
func Encrypted(data []byte) (enc Encryption, err error) {
	defer func() {
		// mscfb is fuzzed upstream, but a reader of untrusted bytes in
		// this package must not take the process down.
		if r := recover(); r != nil {
			enc, err = None, fmt.Errorf("%w: %v", ErrNotCFB, "internal error")
		}
	}()
	r, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return None, fmt.Errorf("%w: %v", ErrNotCFB, err)
	}
	streams := map[string]*mscfb.File{}
	for i := 0; i < maxEntries; i++ {
		f, err := r.Next()
		if err != nil {
			break
		}
		if len(f.Path) == 0 { // a stream or storage at the root
			if _, dup := streams[f.Name]; !dup {
				streams[f.Name] = f
			}
		}
	}
	switch {
	case streams["EncryptionInfo"] != nil || streams["EncryptedPackage"] != nil:
		return OOXMLPackage, nil
	case streams["WordDocument"] != nil:
		if wordEncrypted(streams["WordDocument"]) {
			return WordFIB, nil
		}
	case streams["Workbook"] != nil || streams["Book"] != nil:
		wb := streams["Workbook"]
		if wb == nil {
			wb = streams["Book"]
		}
		if workbookEncrypted(wb) {
			return ExcelFilePass, nil
		}
	case streams["PowerPoint Document"] != nil:
		if streams["EncryptedSummary"] != nil || currentUserEncrypted(streams["Current User"]) {
			return PowerPointCrypt, nil
		}
	}
	return None, nil
}

// wordEncrypted reads the FIB's base (MS-DOC 2.5.2): wIdent 0xA5EC, and
// fEncrypted, bit 8 of the flags at offset 10.
func wordEncrypted(f *mscfb.File) bool {
	var fib [12]byte
	if _, err := io.ReadFull(f, fib[:]); err != nil {
		return false
	}
	if binary.LittleEndian.Uint16(fib[0:]) != 0xA5EC {
		return false
	}
	return binary.LittleEndian.Uint16(fib[10:])&0x0100 != 0
}

// BIFF record types workbookEncrypted looks for.
const (
	biffFilePass = 0x002F
	biffEOF      = 0x000A
)

// workbookEncrypted walks the records of the workbook's globals
// substream (MS-XLS 2.1.4: a type and a size, each two bytes) up to its
// EOF record and reports a FILEPASS record among them, unless its
// password is Excel's default, VelvetSweatshop: Excel encrypts a
// workbook that has only a password to modify with it, and LibreOffice
// opens such a file without asking. Excel writes FILEPASS right after
// BOF; the walk does not depend on that.
func workbookEncrypted(f *mscfb.File) bool {
	b, _ := io.ReadAll(io.LimitReader(f, maxWorkbookBytes))
	for off, n := 0, 0; off+4 <= len(b) && n < maxRecords; n++ {
		typ := binary.LittleEndian.Uint16(b[off:])
		size := int(binary.LittleEndian.Uint16(b[off+2:]))
		switch typ {
		case biffFilePass:
			end := min(off+4+size, len(b))
			return !FilePassPassword(b[off+4:end], defaultPassword)
		case biffEOF:
			return false
		}
		off += 4 + size
	}
	return false
}

// defaultPassword is the password Excel encrypts a workbook with when it
// has a password to modify but none to open.
const defaultPassword = "VelvetSweatshop"

// FilePassPassword reports whether password opens a workbook whose
// FILEPASS record has the body rec: it checks the password verifier of
// RC4 encryption (MS-OFFCRYPTO 2.3.6) or RC4 CryptoAPI encryption
// (2.3.5), the two Excel 97 and later write. Any other kind (XOR
// obfuscation, a damaged record) is false.
func FilePassPassword(rec []byte, password string) bool {
	if len(rec) < 6 || binary.LittleEndian.Uint16(rec) != 1 {
		return false // XOR obfuscation, or not a FILEPASS record
	}
	major, minor := binary.LittleEndian.Uint16(rec[2:]), binary.LittleEndian.Uint16(rec[4:])
	pw := utf16LE(password)
	switch {
	case major == 1 && minor == 1:
		// RC4: Salt, EncryptedVerifier, EncryptedVerifierHash, 16 bytes each.
		if len(rec) < 6+48 {
			return false
		}
		salt, verifier, hash := rec[6:22], rec[22:38], rec[38:54]
		h0 := md5.Sum(pw)
		buf := make([]byte, 0, 16*21)
		for range 16 {
			buf = append(buf, h0[:5]...)
			buf = append(buf, salt...)
		}
		h1 := md5.Sum(buf)
		key := md5.Sum(append(h1[:5:5], 0, 0, 0, 0)) // block 0
		return verifies(key[:], verifier, hash, func(v []byte) []byte { s := md5.Sum(v); return s[:] })
	case (major == 2 || major == 3 || major == 4) && minor == 2:
		// RC4 CryptoAPI: Flags, HeaderSize, the EncryptionHeader, then
		// the EncryptionVerifier.
		if len(rec) < 14 {
			return false
		}
		hsize := int(binary.LittleEndian.Uint32(rec[10:]))
		if hsize < 32 || hsize > len(rec) {
			return false
		}
		h := rec[14:]
		if len(h) < hsize {
			return false
		}
		keyBits := int(binary.LittleEndian.Uint32(h[16:]))
		v := h[hsize:]
		if len(v) < 4+16+16+4+20 || binary.LittleEndian.Uint32(v) != 16 {
			return false
		}
		salt, verifier := v[4:20], v[20:36]
		hashSize := int(binary.LittleEndian.Uint32(v[36:]))
		if hashSize != 20 || len(v) < 40+20 {
			return false
		}
		if keyBits == 0 {
			keyBits = 40
		}
		if keyBits < 40 || keyBits > 128 || keyBits%8 != 0 {
			return false
		}
		h0 := sha1.Sum(append(append([]byte{}, salt...), pw...))
		hf := sha1.Sum(append(h0[:], 0, 0, 0, 0)) // block 0
		key := make([]byte, 16)
		copy(key, hf[:keyBits/8]) // a 40-bit key is padded to 128 bits with zeros
		if keyBits > 40 {
			key = hf[:keyBits/8]
		}
		return verifies(key, verifier, v[40:60], func(b []byte) []byte { s := sha1.Sum(b); return s[:] })
	}
	return false
}

// verifies decrypts the verifier and then its hash with one RC4 stream
// under key and reports whether the hash is the verifier's.
func verifies(key, verifier, hash []byte, sum func([]byte) []byte) bool {
	c, err := rc4.NewCipher(key)
	if err != nil {
		return false
	}
	v := make([]byte, len(verifier))
	c.XORKeyStream(v, verifier)
	got := make([]byte, len(hash))
	c.XORKeyStream(got, hash)
	want := sum(v)
	return len(want) <= len(got) && bytes.Equal(got[:len(want)], want)
}

func utf16LE(s string) []byte {
	var b []byte
	for _, r := range utf16.Encode([]rune(s)) {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

// currentUserEncrypted reads the CurrentUserAtom (MS-PPT 2.3.2): after
// an 8-byte record header and a 4-byte size, headerToken is 0xF3D1C4DF
// when the presentation is encrypted (0xE391C05F when it is not).
func currentUserEncrypted(f *mscfb.File) bool {
	if f == nil {
		return false
	}
	var atom [16]byte
	if _, err := io.ReadFull(f, atom[:]); err != nil {
		return false
	}
	return binary.LittleEndian.Uint32(atom[12:]) == 0xF3D1C4DF
}
