package extract

// unsupported describes, for each format mishen cannot read yet, what it is
// (in Chinese, as a submitter knows it) and what to do instead.
type unsupported struct {
	label  string // 旧版 Word (.doc)
	advice string // 请另存为 DOCX 后重新提交
	rule   string
}

const (
	adviseDOCX  = "请另存为 DOCX 后重新提交，或由人工审查"
	adviseXLSX  = "请另存为 XLSX 后重新提交，或由人工审查"
	advisePDF   = "请另存为 PDF 后重新提交，或由人工审查"
	adviseImage = "图片中的文字无法自动识别，需人工审查"
	adviseUnzip = "请解压后逐个提交其中的文件，或由人工审查"
	adviseHuman = "需人工审查"
)

var unsupportedFormats = map[string]unsupported{
	FormatDOC:  {"旧版 Word (.doc)", adviseDOCX, "unreadable.unsupported"},
	FormatXLS:  {"旧版 Excel (.xls)", adviseXLSX, "unreadable.unsupported"},
	FormatPPT:  {"旧版 PowerPoint (.ppt)", advisePDF, "unreadable.unsupported"},
	FormatWPS:  {"WPS 文字 (.wps)", adviseDOCX, "unreadable.unsupported"},
	FormatET:   {"WPS 表格 (.et)", adviseXLSX, "unreadable.unsupported"},
	FormatDPS:  {"WPS 演示 (.dps)", advisePDF, "unreadable.unsupported"},
	FormatODT:  {"OpenDocument 文本 (.odt)", adviseDOCX, "unreadable.unsupported"},
	FormatODS:  {"OpenDocument 表格 (.ods)", adviseXLSX, "unreadable.unsupported"},
	FormatXLSB: {"Excel 二进制工作簿 (.xlsb)", adviseXLSX, "unreadable.unsupported"},
	FormatODP:  {"OpenDocument 演示文稿 (.odp)", advisePDF, "unreadable.unsupported"},
	FormatRTF:  {"RTF 文档 (.rtf)", adviseDOCX, "unreadable.unsupported"},
	FormatOLE2: {"未知的 Office 复合文档", adviseHuman, "unreadable.unsupported"},
	FormatXPS:  {"XPS 文档 (.xps/.oxps，Windows 的“打印到 XPS”)", "请另存为或打印为 PDF 后重新提交，或由人工审查", "unreadable.unsupported"},
	FormatPNG:  {"PNG 图片", adviseImage, "unreadable.image"},
	FormatJPEG: {"JPEG 图片", adviseImage, "unreadable.image"},
	FormatGIF:  {"GIF 图片", adviseImage, "unreadable.image"},
	FormatTIFF: {"TIFF 图片", adviseImage, "unreadable.image"},
	FormatBMP:  {"BMP 图片", adviseImage, "unreadable.image"},
	FormatWEBP: {"WebP 图片", adviseImage, "unreadable.image"},
	FormatBinary: {"无法识别的文件类型", "请确认文件格式（支持 TXT、HTML、PDF、DOCX、XLSX、PPTX、OFD、图片、DOC、XLS、WPS 及压缩包）后重新提交，或由人工审查",
		"unreadable.unsupported"},
}

// formatLabels name the readable formats in messages.
var formatLabels = map[string]string{
	FormatText: "文本", FormatHTML: "HTML", FormatPDF: "PDF", FormatDOCX: "Word (.docx)", FormatXLSX: "Excel (.xlsx)", FormatPPTX: "PowerPoint (.pptx)",
	FormatZIP: "ZIP 压缩包", FormatRAR: "RAR 压缩包", Format7Z: "7z 压缩包", FormatGZIP: "gzip 压缩文件", FormatTAR: "tar 归档文件",
	FormatOFD: "OFD 版式文件 (.ofd)",
	FormatMHT: "单个网页文件 (.mht)",
	FormatEML: "电子邮件 (.eml)",

	FormatFODT: "OpenDocument 单文件文本 (.fodt)", FormatFODS: "OpenDocument 单文件表格 (.fods)", FormatFODP: "OpenDocument 单文件演示文稿 (.fodp)",
	FormatSpreadsheetML: "Excel 2003 XML 表格", FormatWordML: "Word 2003 XML 文档",
}

// Label is how a person names format f, in Chinese ("旧版 Word (.doc)").
func Label(f string) string {
	if l, ok := formatLabels[f]; ok {
		return l
	}
	if u, ok := unsupportedFormats[f]; ok {
		return u.label
	}
	if f == FormatOOXMLEncrypted {
		return "加密的 Office 文档"
	}
	return f
}
