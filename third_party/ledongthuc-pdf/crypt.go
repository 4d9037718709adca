// Copyright 2014 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// The standard security handler (PDF 32000-1:2008 §7.6 and ISO 32000-2
// §7.6.4): RC4 40 to 128 bits (V 1, 2), crypt filters with RC4 or AES-128
// (V 4), AES-256 (V 5, R 5 and 6). This file replaces the upstream
// handler, which accepted only V 1, 2 and 4 with one AESV2 filter, used a
// 16-byte object key for 40-bit files (Algorithm 1 step d cuts it to n+5
// bytes) and left the AES padding on strings and streams.

package pdf

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"io"
)

var passwordPad = []byte{
	0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
	0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
}

// PDF encryption parameters. See PDF 32000-1:2008, §7.6.
const (
	// minKeyBits and maxKeyBits bound the /Length value (in bits) of an
	// RC4 or AES-128 key.
	minKeyBits = 40
	maxKeyBits = 128

	// ouEntryLen is the byte length of the O and U entries for encryption
	// revisions 2 through 4; ouEntryLenV5 for revisions 5 and 6.
	ouEntryLen   = 32
	ouEntryLenV5 = 48

	// md5KeyIterations is the number of MD5 rounds used to derive the file
	// key for revisions >= 3 (Algorithm 2, step (b)).
	md5KeyIterations = 50

	// rc4UIterations is the number of RC4 rounds used to derive U for
	// revisions >= 3 (Algorithm 5).
	rc4UIterations = 19
)

// ErrInvalidPassword is returned when the password (for NewReader, the
// empty user password) does not open the file.
var ErrInvalidPassword = fmt.Errorf("encrypted PDF: invalid password")

// A cryptMethod is how one crypt filter encrypts strings or streams.
type cryptMethod int

const (
	cryptIdentity cryptMethod = iota // not encrypted
	cryptRC4                         // RC4 with a per-object key (V2)
	cryptAESV2                       // AES-128-CBC with a per-object key
	cryptAESV3                       // AES-256-CBC with the file key
)

// security holds what decrypting a file needs: the file key and the
// crypt filters chosen for strings, streams and embedded files.
type security struct {
	key             []byte
	str, stm, eff   cryptMethod
	filters         map[name]cryptMethod // named crypt filters, for /Crypt stream filters
	encryptMetadata bool
	encrypt         objptr // the encryption dictionary, whose strings are not encrypted
}

// initEncrypt sets up decryption with password as the user password.
func (r *Reader) initEncrypt(password string) error {
	ptr, _ := r.trailer["Encrypt"].(objptr)
	encrypt, _ := r.resolve(objptr{}, r.trailer["Encrypt"]).data.(dict)
	if encrypt["Filter"] != name("Standard") {
		return fmt.Errorf("unsupported PDF: encryption filter %v", objfmt(encrypt["Filter"]))
	}
	V, _ := encrypt["V"].(int64)
	R, _ := encrypt["R"].(int64)
	s := &security{encrypt: ptr, encryptMetadata: encrypt["EncryptMetadata"] != false}
	var err error
	switch {
	case V == 1 || V == 2:
		if R < 2 || R > 4 {
			return fmt.Errorf("malformed PDF: encryption revision R=%d for V=%d", R, V)
		}
		n := int64(minKeyBits)
		if V == 2 {
			if l, ok := encrypt["Length"].(int64); ok {
				n = l
			}
		}
		if n%8 != 0 || n > maxKeyBits || n < minKeyBits {
			return fmt.Errorf("malformed PDF: %d-bit encryption key", n)
		}
		s.str, s.stm, s.eff = cryptRC4, cryptRC4, cryptRC4
		s.key, err = r.keyR4(encrypt, password, R, int(n/8), true)
	case V == 4:
		if R != 4 {
			return fmt.Errorf("malformed PDF: encryption revision R=%d for V=4", R)
		}
		if err := s.cryptFilters(encrypt, false); err != nil {
			return err
		}
		n := int64(maxKeyBits)
		if cf, ok := encrypt["CF"].(dict); ok {
			if p, ok := cf[nameOr(encrypt["StmF"], "Identity")].(dict); ok {
				if l, ok := p["Length"].(int64); ok {
					n = l
				}
			}
		}
		if n > 0 && n <= maxKeyBits/8 {
			n *= 8 // in bytes, as ISO 32000-2 says; PDF 1.x producers wrote bits
		}
		if n%8 != 0 || n > maxKeyBits || n < minKeyBits {
			return fmt.Errorf("malformed PDF: %d-bit encryption key", n)
		}
		s.key, err = r.keyR4(encrypt, password, R, int(n/8), s.encryptMetadata)
	case V == 5:
		if R != 5 && R != 6 {
			return fmt.Errorf("unsupported PDF: encryption revision R=%d for V=5", R)
		}
		if err := s.cryptFilters(encrypt, true); err != nil {
			return err
		}
		s.key, err = keyR6(encrypt, password, R)
	default:
		return fmt.Errorf("unsupported PDF: encryption version V=%d", V)
	}
	if err != nil {
		return err
	}
	r.sec = s
	return nil
}

func nameOr(x object, def name) name {
	if n, ok := x.(name); ok {
		return n
	}
	return def
}

// cryptFilters reads /CF, /StmF, /StrF and /EFF (V 4 and 5).
func (s *security) cryptFilters(encrypt dict, v5 bool) error {
	s.filters = map[name]cryptMethod{"Identity": cryptIdentity}
	cf, _ := encrypt["CF"].(dict)
	for n, p := range cf {
		pd, ok := p.(dict)
		if !ok {
			continue
		}
		var m cryptMethod
		switch pd["CFM"] {
		case nil, name("None"):
			m = cryptIdentity
		case name("V2"):
			m = cryptRC4
		case name("AESV2"):
			m = cryptAESV2
		case name("AESV3"):
			m = cryptAESV3
		default:
			return fmt.Errorf("unsupported PDF: crypt filter method %v", objfmt(pd["CFM"]))
		}
		if v5 != (m == cryptAESV3) && m != cryptIdentity {
			return fmt.Errorf("unsupported PDF: crypt filter method %v with V=%v", objfmt(pd["CFM"]), objfmt(encrypt["V"]))
		}
		if n != "Identity" {
			s.filters[n] = m
		}
	}
	pick := func(key string, def name) (cryptMethod, error) {
		n := nameOr(encrypt[name(key)], def)
		m, ok := s.filters[n]
		if !ok {
			return 0, fmt.Errorf("malformed PDF: encryption %s names unknown crypt filter %s", key, n)
		}
		return m, nil
	}
	var err error
	if s.stm, err = pick("StmF", "Identity"); err != nil {
		return err
	}
	if s.str, err = pick("StrF", "Identity"); err != nil {
		return err
	}
	s.eff, err = pick("EFF", nameOr(encrypt["StmF"], "Identity"))
	return err
}

// keyR4 computes the file key of n bytes from the user password
// (Algorithm 2) and checks it against /U (Algorithms 4 and 5).
func (r *Reader) keyR4(encrypt dict, password string, R int64, n int, encryptMetadata bool) ([]byte, error) {
	ids, ok := r.trailer["ID"].(array)
	if !ok || len(ids) < 1 {
		return nil, fmt.Errorf("malformed PDF: missing ID in trailer")
	}
	id, ok := ids[0].(string)
	if !ok {
		return nil, fmt.Errorf("malformed PDF: missing ID in trailer")
	}
	O, _ := encrypt["O"].(string)
	U, _ := encrypt["U"].(string)
	if len(O) < ouEntryLen || len(U) < ouEntryLen {
		return nil, fmt.Errorf("malformed PDF: missing O= or U= encryption parameters")
	}
	O, U = O[:ouEntryLen], U[:ouEntryLen]
	p, _ := encrypt["P"].(int64)
	P := uint32(p)

	pw := []byte(password)
	h := md5.New()
	if len(pw) >= len(passwordPad) {
		h.Write(pw[:len(passwordPad)])
	} else {
		h.Write(pw)
		h.Write(passwordPad[:len(passwordPad)-len(pw)])
	}
	h.Write([]byte(O))
	h.Write([]byte{byte(P), byte(P >> 8), byte(P >> 16), byte(P >> 24)})
	h.Write([]byte(id))
	if R >= 4 && !encryptMetadata {
		h.Write([]byte{0xff, 0xff, 0xff, 0xff})
	}
	key := h.Sum(nil)
	if R >= 3 {
		for i := 0; i < md5KeyIterations; i++ {
			h.Reset()
			h.Write(key[:n])
			key = h.Sum(key[:0])
		}
	} else {
		n = minKeyBits / 8
	}
	key = key[:n]

	c, err := rc4.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("malformed PDF: invalid RC4 key: %v", err)
	}
	var u []byte
	if R == 2 {
		u = make([]byte, len(passwordPad))
		c.XORKeyStream(u, passwordPad)
	} else {
		h.Reset()
		h.Write(passwordPad)
		h.Write([]byte(id))
		u = h.Sum(nil)
		c.XORKeyStream(u, u)
		key1 := make([]byte, len(key))
		for i := 1; i <= rc4UIterations; i++ {
			for j := range key1 {
				key1[j] = key[j] ^ byte(i)
			}
			c, _ = rc4.NewCipher(key1)
			c.XORKeyStream(u, u)
		}
	}
	if !bytes.HasPrefix([]byte(U), u) {
		return nil, ErrInvalidPassword
	}
	return key, nil
}

// keyR6 checks the user password against /U and returns the file key
// decrypted from /UE (ISO 32000-2 Algorithms 2.A, 2.B, 11; R 5 is the
// deprecated Adobe extension that hashes with SHA-256 only).
func keyR6(encrypt dict, password string, R int64) ([]byte, error) {
	U, _ := encrypt["U"].(string)
	UE, _ := encrypt["UE"].(string)
	if len(U) < ouEntryLenV5 || len(UE) < 32 {
		return nil, fmt.Errorf("malformed PDF: missing U= or UE= encryption parameters")
	}
	pw := []byte(password)
	if len(pw) > 127 {
		pw = pw[:127]
	}
	hash := hashR6
	if R == 5 {
		hash = hashR5
	}
	if !bytes.Equal(hash(pw, []byte(U[32:40])), []byte(U[:32])) {
		return nil, ErrInvalidPassword
	}
	ik := hash(pw, []byte(U[40:48]))
	block, err := aes.NewCipher(ik)
	if err != nil {
		return nil, fmt.Errorf("malformed PDF: %v", err)
	}
	key := []byte(UE[:32])
	cipher.NewCBCDecrypter(block, make([]byte, aes.BlockSize)).CryptBlocks(key, key)
	return key, nil
}

// hashR5 is the SHA-256 of password and salt (R 5, user password).
func hashR5(pw, salt []byte) []byte {
	h := sha256.New()
	h.Write(pw)
	h.Write(salt)
	return h.Sum(nil)
}

// hashR6 is Algorithm 2.B for a user password (no user data). It runs at
// least 64 rounds and stops once the last byte of a round's output is at
// most the round number minus 32, so at most 288 rounds.
func hashR6(pw, salt []byte) []byte {
	h := sha256.New()
	h.Write(pw)
	h.Write(salt)
	k := h.Sum(nil)
	var k1, e []byte
	for round := 0; ; round++ {
		k1 = k1[:0]
		for i := 0; i < 64; i++ {
			k1 = append(k1, pw...)
			k1 = append(k1, k...)
		}
		block, _ := aes.NewCipher(k[:16])
		if cap(e) < len(k1) {
			e = make([]byte, len(k1))
		}
		e = e[:len(k1)]
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		// The first 16 bytes as a number modulo 3 is the sum of the
		// bytes modulo 3 (256 = 1 mod 3).
		sum := 0
		for _, b := range e[:16] {
			sum += int(b)
		}
		switch sum % 3 {
		case 0:
			s := sha256.Sum256(e)
			k = s[:]
		case 1:
			s := sha512.Sum384(e)
			k = s[:]
		default:
			s := sha512.Sum512(e)
			k = s[:]
		}
		if round >= 63 && int(e[len(e)-1]) <= round+1-32 {
			break
		}
	}
	return k[:32]
}

// objectKey is the key for one object (Algorithm 1): the file key for
// AES-256, else the MD5 of the file key, the object number and
// generation (and "sAlT" for AES), cut to n+5 bytes, at most 16.
func (s *security) objectKey(m cryptMethod, ptr objptr) []byte {
	if m == cryptAESV3 {
		return s.key
	}
	h := md5.New()
	h.Write(s.key)
	h.Write([]byte{byte(ptr.id), byte(ptr.id >> 8), byte(ptr.id >> 16), byte(ptr.gen), byte(ptr.gen >> 8)})
	if m == cryptAESV2 {
		h.Write([]byte("sAlT"))
	}
	k := h.Sum(nil)
	if n := len(s.key) + 5; n < len(k) {
		k = k[:n]
	}
	return k
}

// decryptString decrypts a string of object ptr. An AES string shorter
// than its initialisation vector cannot hold text and decrypts to "";
// a trailing partial block is dropped; valid padding is removed.
func (s *security) decryptString(ptr objptr, x string) string {
	if ptr == s.encrypt {
		return x
	}
	m := s.str
	switch m {
	case cryptIdentity:
		return x
	case cryptRC4:
		c, _ := rc4.NewCipher(s.objectKey(m, ptr))
		data := []byte(x)
		c.XORKeyStream(data, data)
		return string(data)
	}
	if len(x) < 2*aes.BlockSize {
		return ""
	}
	block, _ := aes.NewCipher(s.objectKey(m, ptr))
	data := []byte(x[aes.BlockSize:])
	data = data[:len(data)/aes.BlockSize*aes.BlockSize]
	cipher.NewCBCDecrypter(block, []byte(x[:aes.BlockSize])).CryptBlocks(data, data)
	return string(unpad(data))
}

// unpad removes PKCS#7 padding from data if it is valid.
func unpad(data []byte) []byte {
	if len(data) == 0 {
		return data
	}
	k := int(data[len(data)-1])
	if k < 1 || k > aes.BlockSize || k > len(data) {
		return data
	}
	for _, b := range data[len(data)-k:] {
		if int(b) != k {
			return data
		}
	}
	return data[:len(data)-k]
}

// streamMethod is how the stream with header hdr is encrypted: a /Crypt
// first in its filters names its crypt filter; cross-reference streams
// are not encrypted, nor metadata when /EncryptMetadata is false;
// embedded files use /EFF.
func (s *security) streamMethod(hdr dict) cryptMethod {
	if hdr["Type"] == name("XRef") {
		return cryptIdentity
	}
	f := hdr["Filter"]
	parm := hdr["DecodeParms"]
	if a, ok := f.(array); ok && len(a) > 0 {
		f = a[0]
		if pa, ok := parm.(array); ok && len(pa) > 0 {
			parm = pa[0]
		} else {
			parm = nil
		}
	}
	if f == name("Crypt") {
		p, _ := parm.(dict)
		m, ok := s.filters[nameOr(p["Name"], "Identity")]
		if !ok {
			panic(fmt.Errorf("malformed PDF: stream names unknown crypt filter %v", objfmt(p["Name"])))
		}
		return m
	}
	switch {
	case hdr["Type"] == name("Metadata") && !s.encryptMetadata:
		return cryptIdentity
	case hdr["Type"] == name("EmbeddedFile"):
		return s.eff
	}
	return s.stm
}

// decryptStream returns the decrypted data of the stream at ptr.
func (s *security) decryptStream(m cryptMethod, ptr objptr, rd io.Reader) io.Reader {
	switch m {
	case cryptIdentity:
		return rd
	case cryptRC4:
		c, _ := rc4.NewCipher(s.objectKey(m, ptr))
		return &cipher.StreamReader{S: c, R: rd}
	}
	cb, err := aes.NewCipher(s.objectKey(m, ptr))
	if err != nil {
		panic("AES: " + err.Error())
	}
	iv := make([]byte, aes.BlockSize)
	if _, err := io.ReadFull(rd, iv); err != nil {
		return &errorReadCloser{fmt.Errorf("malformed PDF: AES stream shorter than its initialisation vector")}
	}
	return &cbcReader{cbc: cipher.NewCBCDecrypter(cb, iv), rd: rd}
}

// cbcReader decrypts an AES-CBC stream, holding its last block back until
// the end is known so that the padding can go.
type cbcReader struct {
	cbc  cipher.BlockMode
	rd   io.Reader
	buf  []byte // decrypted; its last block is held back
	pend []byte
	err  error
}

// cbcChunk is how many bytes cbcReader decrypts at a time.
const cbcChunk = 4096

func (r *cbcReader) Read(b []byte) (int, error) {
	for len(r.pend) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		if r.buf == nil {
			r.buf = make([]byte, 0, aes.BlockSize+cbcChunk)
		}
		held := 0
		if len(r.buf) >= aes.BlockSize {
			copy(r.buf, r.buf[len(r.buf)-aes.BlockSize:])
			held = aes.BlockSize
		}
		r.buf = r.buf[:cap(r.buf)]
		n, err := io.ReadFull(r.rd, r.buf[held:])
		n = n / aes.BlockSize * aes.BlockSize // a partial last block (a wrong /Length) is dropped
		r.cbc.CryptBlocks(r.buf[held:held+n], r.buf[held:held+n])
		r.buf = r.buf[:held+n]
		if err == nil {
			r.pend = r.buf[:len(r.buf)-aes.BlockSize]
			continue
		}
		r.err = io.EOF
		if err != io.EOF && err != io.ErrUnexpectedEOF {
			r.err = err
		}
		r.pend = unpad(r.buf)
		r.buf = r.buf[:0]
	}
	n := copy(b, r.pend)
	r.pend = r.pend[n:]
	return n, nil
}
