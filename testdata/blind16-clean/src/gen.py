"""gen.py writes the sources of the blind16-clean corpus and its labels.json.

Usage: python3 gen.py OUTDIR BUILDDIR. Seeded (util.RNG): the same texts
and values every run. Text and HTML go straight to OUTDIR; .fodt/.fods,
print HTML and JSON for npm go to BUILDDIR for make.sh to convert.
"""
import json
import os
import sys

import content as C
import render as R
from util import RNG  # noqa: F401  (seeds every value)

OUT, BUILD = sys.argv[1], sys.argv[2]
for sub in ("lo_docx", "lo_pdf", "lo_xlsx", "chromium"):
    os.makedirs(os.path.join(BUILD, sub), exist_ok=True)

CT = C.CITIES
labels, docx_jobs, xlsx_jobs = [], [], []

PRODUCERS = {
    "txt": "Python, UTF-8 text", "txt-gb18030": "Python, GB 18030 text", "txt-crlf": "Python, UTF-8 text with CRLF",
    "html0": "Python, CMS page (Hanweb-style template)", "html1": "Python, CMS page (TRS-style table template)",
    "docx-npm": "npm docx", "docx-lo": "LibreOffice from .fodt", "pdf-lo": "LibreOffice writer_pdf_Export from .fodt",
    "pdf-chromium": "Chromium --print-to-pdf (Droid Sans Fallback TrueType, or Noto Serif CJK drawn as Type 3)", "xlsx-exceljs": "npm exceljs", "xlsx-lo": "LibreOffice calc from .fods",
}
EXT = {"txt": "txt", "txt-gb18030": "txt", "txt-crlf": "txt", "html0": "html", "html1": "html", "docx-npm": "docx",
       "docx-lo": "docx", "pdf-lo": "pdf", "pdf-chromium": "pdf", "xlsx-exceljs": "xlsx", "xlsx-lo": "xlsx"}
rows_readme = []


def emit(fid, kind, fmt, d, verdict="pass", cats=(), raw=(), note="", column="政府信息公开", date="2024-03-15", hidden_menu=False, sheets=None):
    fn = f"{fid}_{kind}.{EXT[fmt]}"
    path = os.path.join(OUT, fn)
    base = os.path.splitext(fn)[0]
    city = d.get("city", CT[0])
    if fmt == "txt":
        open(path, "w", encoding="utf-8").write(R.to_text(d))
    elif fmt == "txt-gb18030":
        open(path, "wb").write(R.to_text(d).encode("gb18030"))
    elif fmt == "txt-crlf":
        open(path, "w", encoding="utf-8", newline="").write(R.to_text(d, crlf=True))
    elif fmt in ("html0", "html1"):
        open(path, "w", encoding="utf-8").write(R.cms_html(d, city, column, date, 0 if fmt == "html0" else 1, hidden_menu))
    elif fmt == "docx-npm":
        docx_jobs.append({"out": path, "doc": {"title": d["title"], "blocks": d["blocks"], "creator": d.get("creator")}})
    elif fmt == "docx-lo":
        open(os.path.join(BUILD, "lo_docx", base + ".fodt"), "w", encoding="utf-8").write(R.to_fodt(d))
    elif fmt == "pdf-lo":
        open(os.path.join(BUILD, "lo_pdf", base + ".fodt"), "w", encoding="utf-8").write(R.to_fodt(d))
    elif fmt == "pdf-chromium":
        open(os.path.join(BUILD, "chromium", base + ".html"), "w", encoding="utf-8").write(R.print_html(d, d.get("font", "Droid Sans Fallback")))
    elif fmt == "xlsx-exceljs":
        xlsx_jobs.append({"out": path, "sheets": sheets})
    elif fmt == "xlsx-lo":
        open(os.path.join(BUILD, "lo_xlsx", base + ".fods"), "w", encoding="utf-8").write(
            R.to_fods([(s["name"], ([[s["title"]]] if s.get("title") else []) + s["rows"], s.get("numeric", [])) for s in sheets], d["title"]))
    labels.append({"file": fn, "expect_verdict": verdict, "expect_categories": list(cats), "raw_values": list(raw), "note": note})
    rows_readme.append((fn, kind, PRODUCERS[fmt], verdict))


def with_city(d, city):
    d["city"] = city
    return d


def serif(d):
    d["font"] = "Noto Serif CJK SC"
    return d


def gen(fn, city, *a, **k):
    return with_city(fn(city, *a, **k), city)


# ------------------------------------------------------------ clean: must pass
e = emit
e("c01", "annual_report", "html0", gen(C.annual_report, CT[0], 2023, "人民政府办公室"), note="政府信息公开年度报告，统计表（含“属于国家秘密”一行），CMS 页脚：网站标识码、ICP、公安备案、12345", column="政府信息公开年报")
e("c02", "annual_report", "docx-npm", gen(C.annual_report, CT[1], 2023, "交通运输局"), note="年度报告 DOCX（npm docx），表格")
e("c03", "annual_report", "pdf-lo", gen(C.annual_report, CT[2], 2024, "教育局"), note="年度报告 PDF（LibreOffice，无公文字体）")
e("c04", "annual_report", "pdf-chromium", gen(C.annual_report, CT[3], 2023, "生态环境局"), note="年度报告 PDF（Chromium），细线表格")
e("c05", "annual_report", "txt", gen(C.annual_report, CT[4], 2024, "卫生健康委员会"), note="年度报告纯文本，制表符分列")
e("c06", "annual_report", "docx-lo", gen(C.annual_report, CT[5], 2024, "市场监督管理局"), note="年度报告 DOCX（LibreOffice）")
e("c07", "secrecy_law_notice", "txt", gen(C.secrecy_law_notice, CT[0], 2024), note="引用《保守国家秘密法》，散文中解释定密、密级（绝密、机密、秘密）和保密期限；“（此件公开发布）”")
e("c08", "secrecy_law_notice", "html1", gen(C.secrecy_law_notice, CT[1], 2024, with_form=True), note="同上，并引述标志形式“密级★保密期限”（★前是“密级”二字，不是密级）", column="通知公告")
e("c09", "secrecy_law_notice", "docx-lo", gen(C.secrecy_law_notice, CT[2], 2024), note="保密法通知 DOCX（LibreOffice）")
e("c10", "secrecy_law_notice", "pdf-chromium", gen(C.secrecy_law_notice, CT[3], 2024, with_form=True), note="保密法通知 PDF（Chromium），含“密级★保密期限”的标志形式说明")
e("c11", "secrecy_month", "html0", gen(C.secrecy_month, CT[0], 2024), note="保密宣传月新闻；页面含 display:none 的移动端菜单副本（README：隐藏的菜单副本不算）", column="部门动态", hidden_menu=True)
e("c12", "secrecy_month", "txt-gb18030", gen(C.secrecy_month, CT[4], 2024), note="保密宣传月新闻，GB 18030 编码文本")
e("c13", "secrecy_month", "pdf-lo", gen(C.secrecy_month, CT[6], 2024), note="保密宣传月新闻 PDF（LibreOffice）")
e("c14", "personnel_training", "docx-npm", gen(C.personnel_training, CT[1], 2024), note="涉密人员管理培训讲稿（一般制度）；表格中一格单独写“秘密”（密级与保密期限表），不在文首也不在页眉")
e("c15", "personnel_training", "pdf-chromium", gen(C.personnel_training, CT[2], 2024), note="涉密人员培训讲稿 PDF（Chromium），含密级/期限表")
e("c16", "personnel_training", "pdf-lo", gen(C.personnel_training, CT[5], 2023), note="涉密人员培训讲稿 PDF（LibreOffice），含密级/期限表")
p17 = gen(C.procurement, CT[0], 2024, True)
e("c17", "procurement", "html0", p17, note=f"招标公告：代理机构统一社会信用代码、投标保证金对公账户 19 位（账号 {p17['acct']}，Luhn 有效，非 62 开头，户名为公司）、联系人与座机", column="政府采购")
p18 = gen(C.procurement, CT[3], 2024, False)
e("c18", "procurement", "txt", p18, note=f"招标公告：对公账户 19 位（{p18['acct']}，Luhn 无效）")
p19 = gen(C.procurement, CT[4], 2024, True, digits_only_uscc=True)
e("c19", "procurement", "docx-npm", p19, note=f"招标公告 DOCX：对公账户 19 位（{p19['acct']}，Luhn 有效），代理机构统一社会信用代码全为数字")
p20 = gen(C.procurement, CT[6], 2023, False)
e("c20", "procurement", "pdf-lo", p20, note=f"招标公告 PDF（LibreOffice）：对公账户 19 位（{p20['acct']}，Luhn 无效）")
p21 = gen(C.award_notice, CT[0], 2024, True)
e("c21", "award_notice", "html1", p21, note=f"中标结果公告：中标人统一社会信用代码（全数字 18 位）、代理服务费单位结算账户（{p21['acct']}，Luhn 有效）、代理机构 163 邮箱（info）", column="政府采购")
p22 = gen(C.award_notice, CT[5], 2023, False)
e("c22", "award_notice", "pdf-lo", p22, note=f"中标结果公告 PDF（LibreOffice）：结算账户（{p22['acct']}，Luhn 无效）")
e("c23", "penalty", "txt", gen(C.penalty, CT[1], 2024), note="行政处罚决定书：公司名称、统一社会信用代码、法定代表人姓名（公开）")
e("c24", "penalty", "docx-lo", gen(C.penalty, CT[2], 2024, digits_only=True), note="行政处罚决定书 DOCX：统一社会信用代码全为数字 18 位")
e("c25", "penalty", "pdf-chromium", gen(C.penalty, CT[3], 2023), note="行政处罚决定书 PDF（Chromium）")
e("c26", "penalty", "html0", gen(C.penalty, CT[6], 2024, digits_only=True), note="行政处罚决定书 CMS 页面：全数字统一社会信用代码", column="行政执法公示")
e("c27", "appointment", "html0", gen(C.appointment, CT[0], 2024), note="人事任免通知：姓名与职务（公开），版记抄送、印发日期", column="人事信息")
e("c28", "appointment", "docx-npm", gen(C.appointment, CT[4], 2024), note="人事任免通知 DOCX（npm docx），红头、发文字号、版记")
e("c29", "appointment", "pdf-lo", gen(C.appointment, CT[5], 2023), note="人事任免通知 PDF（LibreOffice）")
pa30 = gen(C.pre_appointment, CT[0], 2024)
e("c30", "pre_appointment", "html1", pa30, note="任职前公示：姓名、出生年月（1978年5月生），无身份证号；受理电话座机、12380", column="人事信息")
e("c31", "pre_appointment", "docx-lo", gen(C.pre_appointment, CT[1], 2024), note="任职前公示 DOCX（LibreOffice），一览表含出生年月 1978.05 形式")
e("c32", "pre_appointment", "pdf-chromium", gen(C.pre_appointment, CT[6], 2023), note="任职前公示 PDF（Chromium）")
pa33 = gen(C.pre_appointment, CT[2], 2024)
e("c33", "pre_appointment", "xlsx-exceljs", pa33, note="任职前公示一览表 XLSX（exceljs）：姓名、出生年月、参加工作时间",
  sheets=[{"name": "公示名单", "title": "拟任职人选情况一览表", "rows": [["姓名", "性别", "出生年月", "民族", "学历学位", "参加工作时间", "现任职务", "拟任职务"]] + pa33["rows"]}])
b34 = gen(C.budget_tables, CT[0], 2024, "人力资源和社会保障局")
e("c34", "budget", "xlsx-lo", b34, note="部门预算一般公共预算支出表 XLSX（LibreOffice），单位万元，7 位功能科目编码",
  sheets=[{"name": "一般公共预算支出表", "title": "2024年一般公共预算支出表（单位：万元）", "rows": [["功能分类科目编码", "科目名称", "合计", "基本支出", "项目支出"]] + b34["table"], "numeric": [2, 3, 4]}])
b35 = gen(C.budget_tables, CT[1], 2024, "交通运输局", unit="元")
e("c35", "budget", "xlsx-exceljs", b35, note="部门预算 XLSX（exceljs），单位元，金额为数值单元格（可达 11 位整数，#,##0.00 格式）",
  sheets=[{"name": "支出表", "title": "2024年一般公共预算支出表（单位：元）", "rows": [["功能分类科目编码", "科目名称", "合计", "基本支出", "项目支出"]] + b35["table"], "numeric": [2, 3, 4], "note": "注：本表金额单位为元。"},
          {"name": "说明", "rows": [["项目", "说明"], ["编制依据", "《中华人民共和国预算法》及其实施条例"], ["公开时间", "2024年2月6日"]]}])
e("c36", "budget", "pdf-lo", gen(C.budget_tables, CT[3], 2023, "住房和城乡建设局", unit="元"), note="部门预算 PDF（LibreOffice），单位元，千分位金额")
e("c37", "budget", "html0", gen(C.budget_tables, CT[5], 2024, "教育局"), note="部门预算 CMS 页面，单位万元", column="财政预决算")
e("c38", "stat_bulletin", "txt", gen(C.stat_bulletin, CT[0], 2023), note="统计公报：大量数字、百分比、20231231 式日期")
e("c39", "stat_bulletin", "html1", gen(C.stat_bulletin, CT[2], 2023), note="统计公报 CMS 页面", column="统计信息")
e("c40", "stat_bulletin", "pdf-lo", gen(C.stat_bulletin, CT[4], 2024), note="统计公报 PDF（LibreOffice）")
e("c41", "stat_bulletin", "docx-npm", gen(C.stat_bulletin, CT[6], 2023), note="统计公报 DOCX（npm docx）")
e("c42", "policy_interpretation", "txt", gen(C.policy_interpretation, CT[1], 2024), note="政策解读：内部控制、内部审计，《××省工作秘密管理办法》作为法规名称")
e("c43", "policy_interpretation", "html0", gen(C.policy_interpretation, CT[3], 2024), note="政策解读 CMS 页面：《××省工作秘密管理办法》", column="政策解读")
e("c44", "policy_interpretation", "docx-lo", gen(C.policy_interpretation, CT[5], 2023), note="政策解读 DOCX（LibreOffice）")
e("c45", "inspection_news", "html0", gen(C.inspection_news, CT[0], 2024), note="新闻：开展保密自查自评", column="部门动态")
e("c46", "inspection_news", "txt-crlf", gen(C.inspection_news, CT[2], 2023), note="保密自查自评新闻，CRLF 文本")
e("c47", "official_doc", "docx-lo", gen(C.official_doc, CT[1], 2024), note="公文：红头“××市人民政府文件”、发文字号、无密级，版记抄送与印发日期，（此件公开发布）")
e("c48", "official_doc", "pdf-lo", gen(C.official_doc, CT[3], 2024), note="公文 PDF（LibreOffice，无公文字体），红头与版记")
e("c49", "contact_page", "html0", gen(C.contact_page, CT[0], 2024), note="关于本站：公网 IPv4/IPv6 地址、webmaster@ 与 zwgk@ 政府邮箱（info）、网站标识码", column="关于本站")
e("c50", "official_doc", "docx-npm", gen(C.official_doc, CT[5], 2023, banji=False), note="公文 DOCX（npm docx），红头、发文字号、（此件公开发布），无版记")
d51 = gen(C.official_doc, CT[6], 2024)
d51["blocks"].insert(2, ("line", "公开属性：主动公开"))
e("c51", "official_doc", "txt", d51, note="公文纯文本，文首“公开属性：主动公开”，版记")
e("c52", "recruitment", "html1", gen(C.recruitment, CT[4], 2024), note="事业单位招聘公告：岗位代码（8 位数字）、咨询座机", column="人事信息")
e("c53", "consultation", "pdf-chromium", gen(C.consultation, CT[0], 2024), note="征求意见公告 PDF（Chromium）：政府邮箱、座机")
e("c54", "foi_qa", "html0", gen(C.foi_qa, CT[1], 2024), note="政府信息公开问答：国家秘密、工作秘密、商业秘密在问答中作为概念出现", column="政府信息公开指南")
a55 = gen(C.annual_report, CT[2], 2023, "人民政府")
t = [b for b in a55["blocks"] if b[0] == "table"]
e("c55", "annual_report", "xlsx-lo", a55, note="年度报告统计表 XLSX（LibreOffice），每表一张工作表，含“属于国家秘密”一行",
  sheets=[{"name": f"表{i + 1}", "rows": [tb[2]] + tb[3]} for i, tb in enumerate(t)])

# ------------------------------------------------------------ near misses: must not pass
e("n01", "marked_notice", "txt", gen(C.nm_marked, CT[0], 2024, "秘密★1年"), "block", ["classified_marking"], note="版头份号下一行“秘密★1年”（GB/T 9704 密级标志）")
e("n02", "marked_notice", "docx-npm", gen(C.nm_marked, CT[1], 2024, "机密★5年"), "block", ["classified_marking"], note="DOCX 正文首部“机密★5年”")
e("n03", "marked_notice", "pdf-lo", gen(C.nm_marked, CT[2], 2024, "秘密★5年"), "block", ["classified_marking"], note="LibreOffice PDF 首部“秘密★5年”（无公文字体）")
e("n04", "internal_news", "pdf-chromium", serif(gen(C.nm_internal, CT[3], 2024, "内部资料　注意保存", short=True)), "review", ["sensitive_term"], note="Chromium PDF（Noto Serif CJK，Type 3），标题下单独一行“内部资料 注意保存”")
e("n05", "internal_news", "txt", gen(C.nm_internal, CT[4], 2024, "工作秘密"), "review", ["sensitive_term"], note="标题下单独一行“工作秘密”标志")
d = gen(C.nm_publicity_ids, CT[0], 2024)
e("n06", "publicity_ids", "html0", d, "block", ["id_card"], d["raw"], note="低保公示表中 18 位身份证号（校验位有效）", column="公示公告")
d = gen(C.nm_publicity_ids, CT[1], 2024)
e("n07", "publicity_ids", "xlsx-exceljs", d, "block", ["id_card"], d["raw"], note="XLSX 公示名单中身份证号（校验位有效，文本单元格）",
  sheets=[{"name": "公示名单", "title": d["title"], "rows": [tb[2]] + tb[3]} for tb in [b for b in d["blocks"] if b[0] == "table"]])
d = gen(C.nm_publicity_mobiles, CT[2], 2024)
e("n08", "publicity_mobiles", "docx-npm", d, "review", ["mobile_phone"], d["raw"], note="公示名单“联系电话”列为个人手机号")
d = gen(C.nm_publicity_mobiles, CT[3], 2023)
e("n09", "publicity_mobiles", "txt", d, "review", ["mobile_phone"], d["raw"], note="纯文本公示名单中个人手机号")
e("n10", "intranet_notice", "html1", gen(C.nm_intranet, CT[4], 2024, "http://10.32.6.18:8080/czyth/"), "review", ["internal_address"], note="正文给出内网地址 http://10.32.6.18:8080/（RFC 1918）", column="通知公告")
e("n11", "intranet_notice", "pdf-lo", gen(C.nm_intranet, CT[5], 2024, "http://192.168.20.15/czyth/"), "review", ["internal_address"], note="PDF 正文给出内网地址 http://192.168.20.15/")
d = gen(C.nm_subsidy_cards, CT[6], 2024)
e("n12", "subsidy_cards", "html0", d, "block", ["bank_card"], d["raw"], note="补贴公示中农户银行卡号（6217 开头 19 位，Luhn 有效）", column="公示公告")
d = gen(C.official_doc, CT[0], 2024, public_note=False)
d["blocks"].insert(-1, ("note", "（此件不公开）"))
e("n13", "not_public_doc", "docx-lo", d, "review", ["sensitive_term"], note="公文附注“（此件不公开）”")

json.dump(docx_jobs, open(os.path.join(BUILD, "docx.json"), "w"), ensure_ascii=False)
json.dump(xlsx_jobs, open(os.path.join(BUILD, "xlsx.json"), "w"), ensure_ascii=False)
json.dump(labels, open(os.path.join(OUT, "labels.json"), "w"), ensure_ascii=False, indent=1)
with open(os.path.join(BUILD, "table.md"), "w") as f:
    for r in rows_readme:
        f.write("| " + " | ".join(r) + " |\n")
print(f"{len(labels)} documents", file=sys.stderr)
