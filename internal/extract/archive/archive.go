package archive

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bodgit/sevenzip"
	"github.com/nwaples/rardecode/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/mishen-gov/mishen/internal/doc"
	"github.com/mishen-gov/mishen/internal/extract/zipguard"
	"github.com/mishen-gov/mishen/internal/report"
)

// Formats read by Extract (the names package extract gives them).
const (
	Zip      = "zip"
	SevenZip = "7z"
	Rar      = "rar"
	Gzip     = "gzip"
	Tar      = "tar"
)

// Rules of the findings Extract makes.
const (
	RuleEncrypted  = "unreadable.encrypted"
	RuleCorrupt    = "unreadable.corrupt"
	RuleTooLarge   = "unreadable.too_large"
	RuleTooMany    = "unreadable.too_many_entries"
	RuleZipBomb    = "unreadable.zip_bomb"
	RuleTimeout    = "unreadable.timeout"
	RuleEmbedded   = "unreadable.embedded"
	RuleUnreadable = "unreadable.unsupported"
)

// maxRarDictionary bounds the window a RAR member may ask the decoder to
// allocate. WinRAR's default is 32 MB (RAR 5) or 4 MB (RAR 4); a member
// that asks for more is reported, not decoded.
const maxRarDictionary = 64 << 20

// errStop ends a walk early; the reason is already a finding.
var errStop = errors.New("archive: stop")

// Extract lists the members of the archive in data (format is one of Zip,
// SevenZip, Rar, Gzip, Tar) and returns them as d.Embedded, to be read by
// the dispatcher with their own extractors, one level deep. Member names
// are cleaned for display and never used as paths. What cannot be read
// (an encrypted or damaged member, one over the size limit, the members
// past the count or byte limit) is an unreadable finding naming the
// member. It returns an error only for a format it does not know.
func Extract(ctx context.Context, format string, data []byte, lim doc.Limits) (*doc.Document, error) {
	lim = zipguard.FillDefaults(lim)
	w := &walker{ctx: ctx, lim: lim, d: &doc.Document{Format: format}, size: int64(len(data)), skipped: map[string][]string{}}
	var err error
	switch format {
	case Zip:
		err = w.zip(data)
	case SevenZip:
		err = w.sevenZip(data)
	case Rar:
		err = w.rar(data)
	case Gzip:
		err = w.gzip(data)
	case Tar:
		err = w.tar(bytes.NewReader(data))
	default:
		return nil, fmt.Errorf("archive: unknown format %q", format)
	}
	if err != nil && !errors.Is(err, errStop) {
		w.whole(err)
	}
	w.report()
	return w.d, nil
}

// walker collects the members of one archive within the limits.
type walker struct {
	ctx      context.Context
	lim      doc.Limits
	d        *doc.Document
	size     int64 // the archive's own size, for the ratio
	inflated int64 // bytes read from all members so far
	members  int
	// skipped holds, for each rule, the members not read for it; each
	// rule becomes one finding naming the first and the count.
	skipped map[string][]string
}

// whole turns an error about the whole archive into a finding.
func (w *walker) whole(err error) {
	label := w.label()
	switch {
	case errors.Is(err, errEncrypted):
		w.d.Unreadable(RuleEncrypted, report.Location{}, label+"已加密（或其文件名列表已加密），无法读取，请解除密码后重新提交")
	case errors.Is(err, errBomb):
		// Already reported as a member finding.
	default:
		w.d.Unreadable(RuleCorrupt, report.Location{}, label+"已损坏或格式异常，未能读取全部内容，请重新压缩后提交，或由人工审查")
	}
}

var (
	errEncrypted = errors.New("archive: encrypted")
	errBomb      = errors.New("archive: over the decompressed size limit")
	errMember    = errors.New("archive: member over the size limit")
)

func (w *walker) label() string {
	switch w.d.Format {
	case Zip:
		return "ZIP 压缩包"
	case SevenZip:
		return "7z 压缩包"
	case Rar:
		return "RAR 压缩包"
	case Gzip:
		return "gzip 压缩文件"
	}
	return "tar 归档文件"
}

// skip notes a member not read for rule.
func (w *walker) skip(rule, name string) {
	w.skipped[rule] = append(w.skipped[rule], name)
}

// skipMessages say why members were not read: fmt verbs for the archive
// and the members ("a.doc 等3个").
var skipMessages = []struct{ rule, msg string }{
	{RuleEncrypted, "%s中的文件 %s 已加密，无法读取，请解除密码后重新提交"},
	{RuleTooLarge, "%s中的文件 %s 超过单个文件大小上限，未读取，请单独提交或由人工审查"},
	{RuleCorrupt, "%s中的文件 %s 已损坏，无法读取，请重新压缩后提交，或由人工审查"},
	{RuleUnreadable, "%s中的文件 %s 使用了不支持的压缩方式，无法读取，请用 ZIP 重新压缩后提交，或由人工审查"},
}

// report turns the skipped members into findings, one per rule.
func (w *walker) report() {
	for _, s := range skipMessages {
		names := w.skipped[s.rule]
		if len(names) == 0 {
			continue
		}
		what := names[0]
		if len(names) > 1 {
			what = fmt.Sprintf("%s 等%d个", names[0], len(names))
		}
		w.d.Unreadable(s.rule, report.Location{Part: doc.Body, File: names[0]}, fmt.Sprintf(s.msg, w.label(), what))
	}
}

// add reads one member from r (its declared size, -1 when unknown) and
// keeps it, or notes why not. It returns errStop when no further member
// may be read.
func (w *walker) add(name string, declared int64, open func() (io.ReadCloser, error)) error {
	if err := w.ctx.Err(); err != nil {
		w.d.Unreadable(RuleTimeout, report.Location{}, w.label()+"中的文件较多，解析超时，其余文件未读取，需人工审查")
		return errStop
	}
	w.members++
	if w.members > w.lim.MaxZipEntries {
		w.d.Unreadable(RuleTooMany, report.Location{}, fmt.Sprintf(
			"%s中的文件超过上限（%d个），其余文件未读取，请拆分后重新提交，或由人工审查", w.label(), w.lim.MaxZipEntries))
		return errStop
	}
	if declared > w.lim.MaxFileBytes {
		w.skip(RuleTooLarge, name)
		return nil
	}
	rc, err := open()
	if err != nil {
		return w.memberError(name, err)
	}
	data, err := w.read(rc)
	rc.Close()
	if err != nil {
		return w.memberError(name, err)
	}
	w.d.Embedded = append(w.d.Embedded, doc.Embedded{Name: name, Data: data})
	return nil
}

// memberError notes why a member was not read, and whether to go on.
func (w *walker) memberError(name string, err error) error {
	switch {
	case errors.Is(err, errBomb), errors.Is(err, zipguard.ErrZipBomb):
		w.d.Unreadable(RuleZipBomb, report.Location{Part: doc.Body, File: name}, fmt.Sprintf(
			"%s解压后体积异常（超过%s或压缩比超过%d:1，疑似压缩炸弹），已停止读取，请人工审查",
			w.label(), zipguard.Size(w.lim.MaxUnzipBytes), w.lim.MaxZipRatio))
		return errStop
	case errors.Is(err, errMember):
		w.skip(RuleTooLarge, name)
	case isEncrypted(err):
		w.skip(RuleEncrypted, name)
	case errors.Is(err, zipguard.ErrUnsupported):
		w.skip(RuleUnreadable, name)
	default:
		w.skip(RuleCorrupt, name)
	}
	return nil
}

func isEncrypted(err error) bool {
	// sevenzip returns its ReadError both as a value and as a pointer.
	var re sevenzip.ReadError
	var rp *sevenzip.ReadError
	return errors.Is(err, errEncrypted) || errors.Is(err, zipguard.ErrEncrypted) ||
		errors.Is(err, rardecode.ErrArchiveEncrypted) || errors.Is(err, rardecode.ErrArchivedFileEncrypted) ||
		errors.As(err, &re) && re.Encrypted || errors.As(err, &rp) && rp != nil && rp.Encrypted
}

// read reads a member within the limits: MaxFileBytes for the member,
// MaxUnzipBytes for the archive, and MaxZipRatio of the archive's size
// once RatioGrace bytes have come out. Declared sizes are not trusted.
func (w *walker) read(r io.Reader) ([]byte, error) {
	var buf bytes.Buffer
	chunk := make([]byte, 32<<10)
	for {
		n, err := r.Read(chunk)
		if n > 0 {
			w.inflated += int64(n)
			if w.inflated > w.lim.MaxUnzipBytes ||
				w.inflated > zipguard.RatioGrace && w.inflated/w.lim.MaxZipRatio > max(w.size, 1) {
				return nil, errBomb
			}
			if int64(buf.Len()+n) > w.lim.MaxFileBytes {
				// Drain the rest through the budget so that the
				// archive's limits still hold, then skip it.
				for {
					m, err := r.Read(chunk)
					w.inflated += int64(m)
					if w.inflated > w.lim.MaxUnzipBytes {
						return nil, errBomb
					}
					if err != nil {
						break
					}
				}
				return nil, errMember
			}
			buf.Write(chunk[:n])
		}
		if err == io.EOF {
			return buf.Bytes(), nil
		}
		if err != nil {
			return nil, err
		}
	}
}

func (w *walker) zip(data []byte) error {
	a, err := zipguard.Open(data, w.lim)
	if err != nil {
		rule, msg := zipguard.Describe(err, "", w.lim)
		if errors.Is(err, zipguard.ErrEncrypted) {
			return errEncrypted
		}
		w.d.Unreadable(rule, report.Location{}, strings.Replace(msg, "文件", w.label(), 1))
		return errStop
	}
	for _, raw := range a.Names() {
		if strings.HasSuffix(raw, "/") {
			continue
		}
		name := CleanName(raw)
		if err := w.add(name, -1, func() (io.ReadCloser, error) { return a.Open(raw) }); err != nil {
			return err
		}
	}
	return nil
}

func (w *walker) sevenZip(data []byte) error {
	r, err := sevenzip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if isEncrypted(err) {
			return errEncrypted
		}
		return err
	}
	for _, f := range r.File {
		if f.FileInfo().IsDir() {
			continue
		}
		if err := w.add(CleanName(f.Name), int64(min(f.UncompressedSize, 1<<62)), f.Open); err != nil {
			return err
		}
	}
	return nil
}

func (w *walker) rar(data []byte) error {
	r, err := rardecode.NewReader(bytes.NewReader(data), rardecode.MaxDictionarySize(maxRarDictionary))
	if err != nil {
		return err
	}
	for {
		h, err := r.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if isEncrypted(err) {
				return errEncrypted
			}
			return err
		}
		if h.IsDir {
			continue
		}
		name := CleanName(h.Name)
		if h.Encrypted {
			w.skip(RuleEncrypted, name)
			continue
		}
		declared := h.UnPackedSize
		if h.UnKnownSize {
			declared = -1
		}
		if err := w.add(name, declared, func() (io.ReadCloser, error) { return io.NopCloser(r), nil }); err != nil {
			return err
		}
	}
}

func (w *walker) gzip(data []byte) error {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return err
	}
	defer zr.Close()
	br := bufio.NewReaderSize(zr, 1024)
	if h, _ := br.Peek(512); isTar(h) {
		return w.tar(br)
	}
	name := CleanName(zr.Name)
	if zr.Name == "" {
		name = "gzip 压缩内容"
	}
	return w.add(name, -1, func() (io.ReadCloser, error) { return io.NopCloser(br), nil })
}

// isTar recognises a tar header block: "ustar" at offset 257 (POSIX and
// GNU tar both write it).
func isTar(h []byte) bool {
	return len(h) >= 262 && string(h[257:262]) == "ustar"
}

func (w *walker) tar(r io.Reader) error {
	// A tar stream inside gzip inflates as it is walked, member data
	// skipped or not: count it all against the limits.
	cr := &countingReader{r: r, w: w}
	tr := tar.NewReader(cr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if errors.Is(err, errBomb) {
				return w.memberError("", err)
			}
			return err
		}
		if h.Typeflag != tar.TypeReg && h.Typeflag != tar.TypeRegA {
			continue // directories, links and devices have no content
		}
		err = w.add(CleanName(h.Name), h.Size, func() (io.ReadCloser, error) {
			return io.NopCloser(uncounted{tr, cr}), nil
		})
		if err != nil {
			return err
		}
	}
}

// countingReader counts the bytes of a tar stream that are not member
// data read through add (headers, padding, skipped members) against the
// walker's limits.
type countingReader struct {
	r      io.Reader
	w      *walker
	paused bool
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if !c.paused {
		c.w.inflated += int64(n)
		if c.w.inflated > c.w.lim.MaxUnzipBytes ||
			c.w.inflated > zipguard.RatioGrace && c.w.inflated/c.w.lim.MaxZipRatio > max(c.w.size, 1) {
			return n, errBomb
		}
	}
	return n, err
}

// uncounted reads member data that add counts itself.
type uncounted struct {
	r io.Reader
	c *countingReader
}

func (u uncounted) Read(p []byte) (int, error) {
	u.c.paused = true
	defer func() { u.c.paused = false }()
	return u.r.Read(p)
}

// maxNameRunes bounds a member name as shown.
const maxNameRunes = 200

// CleanName makes a member name safe to show and to use as a label: GBK
// names (what Windows zip tools write for Chinese names) decoded, slashes
// made forward, empty, "." and ".." elements and control characters
// dropped, and the length bounded. The name is never used as a path.
func CleanName(raw string) string {
	s := raw
	if !utf8.ValidString(s) {
		if out, err := simplifiedchinese.GB18030.NewDecoder().String(s); err == nil {
			s = out
		} else {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
	}
	s = strings.ReplaceAll(s, `\`, "/")
	var parts []string
	for _, p := range strings.Split(s, "/") {
		p = strings.Map(func(r rune) rune {
			if unicode.IsControl(r) || r == '!' {
				return -1
			}
			return r
		}, p)
		if p == "" || p == "." || p == ".." {
			continue
		}
		parts = append(parts, p)
	}
	s = strings.Join(parts, "/")
	if s == "" {
		return "（未命名文件）"
	}
	if utf8.RuneCountInString(s) > maxNameRunes {
		r := []rune(s)
		s = string(r[:maxNameRunes]) + "…"
	}
	return s
}
