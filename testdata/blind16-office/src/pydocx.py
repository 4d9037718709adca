"""DOCX files made by python-docx (Debian python3-docx)."""
import json
import sys

from docx import Document

V = json.load(open(sys.argv[1], encoding="utf-8"))
out = sys.argv[2]

d = Document()
d.add_paragraph("困难家庭学生资助名单")
outer = d.add_table(rows=1, cols=2)
outer.rows[0].cells[0].text = "第一批"
inner = outer.rows[0].cells[1].add_table(rows=2, cols=2)
inner.rows[0].cells[0].text = "姓名"
inner.rows[0].cells[1].text = "身份证号"
inner.rows[1].cells[0].text = "秦某某"
inner.rows[1].cells[1].text = V["id24"]
d.save(f"{out}/pydocx-nested-table-id.docx")

d = Document()
d.core_properties.title = "2026年度工作要点"
d.core_properties.subject = "年度工作"
d.core_properties.keywords = "此件不公开"
d.core_properties.author = "办公室"
d.add_paragraph("2026年度工作要点")
d.add_paragraph("一、深化政务公开。二、优化营商环境。")
d.save(f"{out}/pydocx-keywords-term.docx")

d = Document()
d.add_paragraph("关于调整工作专班成员的通知")
p = d.add_paragraph("专班联络员：办公室")
r = p.add_run(f"（手机{V['mob20']}）")
r.font.hidden = True
d.save(f"{out}/pydocx-hidden-run-mobile.docx")

d = Document()
d.core_properties.author = "张某某"
d.core_properties.comments = "终稿"
d.add_paragraph("关于公布政务服务事项清单的通知")
d.add_paragraph("根据《中华人民共和国保守国家秘密法》和有关规定，本清单不含涉密事项。")
t = d.add_table(rows=3, cols=3)
for i, row in enumerate([["事项", "窗口电话", "备注"], ["户籍办理", "0571-87007777", "工作日受理"],
                         ["档案查询", "0571-87008888", f"登记号{V['badid3']}"]]):
    for j, v in enumerate(row):
        t.rows[i].cells[j].text = v
d.add_paragraph(f"缴费账户示例：卡号{V['badcard3']}（示例，未通过校验）。门户网站 https://www.gov.cn 。")
d.save(f"{out}/pydocx-clean.docx")
