package zipguard

import (
	"encoding/xml"
	"errors"
	"fmt"

	"github.com/mishen-gov/mishen/internal/doc"
)

// Describe maps an error from this package (or from encoding/xml reading a
// member) to the rule and the Chinese message of an unreadable finding.
// what names the place in words a person understands ("页眉
// word/header1.xml"); empty means the whole file.
func Describe(err error, what string, lim doc.Limits) (rule, msg string) {
	lim = FillDefaults(lim)
	place := "文件"
	if what != "" {
		place = "文件中的" + what
	}
	var syn *xml.SyntaxError
	switch {
	case errors.Is(err, ErrTooLarge):
		return "unreadable.too_large", fmt.Sprintf("文件大小超过上限（%s），未读取，请拆分后提交或人工审查", Size(lim.MaxFileBytes))
	case errors.Is(err, ErrEncrypted):
		return "unreadable.encrypted", place + "已加密，无法读取内容，请解除密码保护后重新提交"
	case errors.Is(err, ErrNotZip):
		return "unreadable.corrupt", "文件已损坏（ZIP结构无效），无法读取，请重新导出后提交或人工审查"
	case errors.Is(err, ErrTooManyEntries):
		return "unreadable.too_many_entries", fmt.Sprintf("文件内部成员超过上限（%d个），疑似恶意构造，未读取，请人工审查", lim.MaxZipEntries)
	case errors.Is(err, ErrDuplicate):
		return "unreadable.corrupt", fmt.Sprintf("文件内含重名成员（%s），不同软件可能读出不同内容，未读取，请重新导出后提交或人工审查", Member(err))
	case errors.Is(err, ErrZipBomb):
		return "unreadable.zip_bomb", fmt.Sprintf("%s解压后体积异常（超过%s或压缩比超过%d:1，疑似压缩炸弹），已停止读取，请人工审查",
			place, Size(lim.MaxUnzipBytes), lim.MaxZipRatio)
	case errors.Is(err, ErrTooDeep):
		return "unreadable.too_deep", fmt.Sprintf("%s的XML嵌套层级超过上限（%d层），疑似恶意构造，已停止读取，请人工审查", place, lim.MaxXMLDepth)
	case errors.Is(err, ErrUnsupported):
		return "unreadable.corrupt", place + "使用了不支持的压缩方式，无法读取，请用常用办公软件重新导出后提交"
	case errors.Is(err, ErrCharset):
		return "unreadable.unsupported", place + "使用了无法识别的字符编码，未能读取，请用常用办公软件另存为（UTF-8编码）后提交，或人工审查"
	case errors.Is(err, ErrBadText):
		return "unreadable.corrupt", place + "有不符合其字符编码的字节，部分文字无法识别，请用常用办公软件重新导出后提交，或人工审查"
	case errors.Is(err, ErrNotFound):
		return "unreadable.corrupt", place + "缺失，文件不完整，请重新导出后提交或人工审查"
	case errors.As(err, &syn):
		return "unreadable.corrupt", fmt.Sprintf("%s已损坏（XML第%d行格式错误），该部分无法完整读取，请重新导出后提交或人工审查", place, syn.Line)
	}
	return "unreadable.corrupt", place + "已损坏，无法完整读取，请重新导出后提交或人工审查"
}

// Size writes a byte count for people: 256MB, 64KB, 12字节.
func Size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1fMB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%dKB", n>>10)
	}
	return fmt.Sprintf("%d字节", n)
}
