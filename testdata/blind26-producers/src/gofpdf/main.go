// go-pdf/fpdf with a UTF-8 TrueType font (AR PL SungtiL GB)
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/go-pdf/fpdf"
)

const font = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"

func doc(name string, f func(p *fpdf.Fpdf)) {
	p := fpdf.New("P", "mm", "A4", "")
	b, _ := os.ReadFile(font)
	p.AddUTF8FontFromBytes("song", "", b)
	p.AddPage()
	p.SetFont("song", "", 11)
	f(p)
	out := filepath.Join("..", "..", name)
	if err := p.OutputFileAndClose(out); err != nil {
		fmt.Println(name, err)
		os.Exit(1)
	}
	fmt.Println("ok", name)
}

func main() {
	id := os.Args[1]
	doc("gf01_notice_clean.pdf", func(p *fpdf.Fpdf) {
		p.SetFontSize(15)
		p.CellFormat(0, 10, "关于公布2027年法定节假日值班安排的通知", "", 1, "C", false, 0, "")
		p.SetFontSize(11)
		p.MultiCell(0, 7, "各科室：根据国务院办公厅关于2027年部分节假日安排的通知，现将本局节假日值班安排公布如下。值班电话：0571-87067788，传真：0571-87067789。群众咨询请拨打12345政务服务便民热线。", "", "J", false)
	})
	doc("gf02_marking_topleft.pdf", func(p *fpdf.Fpdf) {
		p.SetFontSize(16)
		p.CellFormat(0, 9, "000086", "", 1, "L", false, 0, "")
		p.CellFormat(0, 9, "秘密★3年", "", 1, "L", false, 0, "")
		p.CellFormat(0, 9, "加急", "", 1, "L", false, 0, "")
		p.SetTextColor(200, 0, 0)
		p.SetFontSize(24)
		p.CellFormat(0, 16, "青川市应急管理局", "", 1, "C", false, 0, "")
		p.SetTextColor(0, 0, 0)
		p.SetFontSize(11)
		p.MultiCell(0, 7, "关于危险化学品企业安全风险评估结果的通报。各区县应急管理局：现将2026年度全市危险化学品企业安全风险评估结果通报如下，请各地督促企业落实整改措施。", "", "J", false)
	})
	doc("gf03_multicell_id.pdf", func(p *fpdf.Fpdf) {
		p.SetFontSize(15)
		p.CellFormat(0, 10, "失信被执行人信息公告", "", 1, "C", false, 0, "")
		p.SetFontSize(11)
		p.SetX(30)
		p.MultiCell(60, 7, "被执行人：潘国强，身份证号："+id+"，执行标的：人民币126,500元。", "1", "L", false)
	})
}
