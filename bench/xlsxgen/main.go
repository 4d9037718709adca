// Command xlsxgen writes a workbook of one sheet for the spreadsheet
// benchmark (bench/xlsx.sh): a header row, then rows of a staff list whose
// columns are a number, a name, a mobile number, a department, an amount
// and a remark, repeated to the number of columns asked for. Every mobile
// number is synthetic (a 139 prefix and a row counter), so a sheet of
// 20,000 rows holds 20,000 mobiles: the dense case that must stay linear.
// With -emails the remarks are e-mail addresses, values that read like
// labels (letters, no long number) under their column's heading. With
// -formats the amounts are styled "#,##0.00" and the numbers of the first
// column are dates ("yyyy-mm-dd"), as a real ledger is, so that each is
// read formatted (what Excel shows).
package main

import (
	"flag"
	"fmt"
	"log"

	"github.com/xuri/excelize/v2"
)

func main() {
	rows := flag.Int("rows", 20000, "data rows")
	cols := flag.Int("cols", 6, "columns")
	out := flag.String("out", "sheet.xlsx", "output file")
	emails := flag.Bool("emails", false, "remarks are e-mail addresses (cells that read as labels)")
	formats := flag.Bool("formats", false, "amounts as #,##0.00 and the first column as dates")
	flag.Parse()
	f := excelize.NewFile()
	defer f.Close()
	dateFmt := "yyyy-mm-dd"
	amount, err := f.NewStyle(&excelize.Style{NumFmt: 4})
	if err != nil {
		log.Fatal(err)
	}
	date, err := f.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt})
	if err != nil {
		log.Fatal(err)
	}
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		log.Fatal(err)
	}
	heads := []string{"序号", "姓名", "手机号码", "所在部门", "金额（元）", "备注"}
	depts := []string{"办公室", "财务科", "人事科", "法规科", "信息中心"}
	row := make([]any, *cols)
	for c := range row {
		row[c] = heads[c%len(heads)]
	}
	if err := sw.SetRow("A1", row); err != nil {
		log.Fatal(err)
	}
	for r := 1; r <= *rows; r++ {
		for c := range row {
			switch c % len(heads) {
			case 0:
				row[c] = r
				if *formats {
					row[c] = excelize.Cell{StyleID: date, Value: 45000 + r%2000}
				}
			case 1:
				row[c] = fmt.Sprintf("张%d", r)
			case 2:
				row[c] = fmt.Sprintf("139%08d", r)
			case 3:
				row[c] = depts[r%len(depts)]
			case 4:
				row[c] = float64(r%9000) + 0.5
				if *formats {
					row[c] = excelize.Cell{StyleID: amount, Value: float64(r%9000) + 0.5}
				}
			case 5:
				row[c] = "按时完成"
				if *emails {
					row[c] = fmt.Sprintf("zhang%d@example.com", r)
				}
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, r+1)
		if err := sw.SetRow(cell, row); err != nil {
			log.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := f.SaveAs(*out); err != nil {
		log.Fatal(err)
	}
}
