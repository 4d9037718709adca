#!/usr/bin/python3
"""Check every labelled file exists (and nothing unlabelled), write labels.json and README.md."""
import json
import os
import sys

OUT, WORK = sys.argv[1], sys.argv[2]
labels = json.load(open(os.path.join(WORK, "labels_py.json")))
labels.sort(key=lambda l: l["file"])
names = {l["file"] for l in labels}
files = {f for f in os.listdir(OUT) if f not in ("labels.json", "README.md")}
missing = names - files
extra = files - names
if missing or extra:
    sys.exit("missing %s extra %s" % (sorted(missing), sorted(extra)))
json.dump(labels, open(os.path.join(OUT, "labels.json"), "w"), ensure_ascii=False, indent=1)

SECT = {"jy": "教育局", "wj": "卫生健康委", "jj": "公安交警", "rs": "人社局/医保局", "mz": "民政局", "zj": "住建局", "sj": "市场监管局"}
rows = []
for l in labels:
    rows.append("| `%s` | %s | %s | %s | %s |" % (l["file"], SECT[l["file"][:2]], l["expect_verdict"],
                                                 ", ".join(l["expect_categories"]) or "—", l["note"].replace("|", "\\|")))
n = len(labels)
npass = sum(1 for l in labels if l["expect_verdict"] == "pass")
nrev = sum(1 for l in labels if l["expect_verdict"] == "review")
nblk = n - npass - nrev
readme = f"""# blind44-sectors — uploads of a city's sector departments

{n} files ({npass} must pass, {nrev} review, {nblk} block) that the sector departments of an invented city (澄川市) hand to
its government portal: the education bureau's exam papers marked 绝密★启用前 before the exam and the same papers
after it, 考务 notices that talk about secrecy, 考场安排, 录取 and 成绩复核 lists with 11-digit 准考证号 that look like
mobiles, 学籍异动 with 学籍号 (G + ID, masked and whole), 助学金 lists; the health commission's 疫苗接种, 体检 and
健康证明 lists, 医师执业注册 and 港澳医师 公示, an epidemic report in its header-marked form; the traffic police's
违停曝光 (whole and masked plates), 逾期未检验 and 驾驶证注销 notices, a 简易程序处罚决定书, a 寻找目击证人 notice,
a vehicle auction with VINs; the human-resources and medical-insurance offices' 创业补贴 and 社保补贴 lists with bank
accounts masked and whole, a 工资花名册, a company's 工资专用账户, 交易流水号 that start 62, a statistics bulletin
with 11-digit amounts in 元, a 征求意见稿 with a comment, 慢特病 lists with 社会保障号码; civil affairs' 婚姻登记 and
殡葬 publications; housing's 公租房/保租房/安居房 allocation lists (one with a hidden sheet, one with a hidden table);
market regulation's 行政处罚 for a company and for an individual business, 双随机 lists, 食品经营许可, and a marked
inspection plan. Each clean document carries the look-alikes its office really prints (masked values, hotlines,
agency landlines and mailboxes, 统一社会信用代码, 许可证编号, 文号, amounts, dates, serials); each problem file has one
leak (or one leak type). Formats: text in UTF-8 and GB18030, CMS HTML, python-docx and npm docx, openpyxl and
exceljs, ReportLab (STSong-Light), Chromium and LibreOffice PDFs, legacy .doc/.xls from LibreOffice, and three
PIL-rendered 300-dpi scans. Labels follow README.md and docs/*.md of mishen only; all values are invented
(IDs with valid GB 11643 check digits, cards Luhn-valid). Generators: gen/ (README.txt).

| file | office | expect | categories that must be found | note |
| --- | --- | --- | --- | --- |
""" + "\n".join(rows) + "\n"
open(os.path.join(OUT, "README.md"), "w").write(readme)
print("labels.json:", n, "files;", npass, "pass,", nrev, "review,", nblk, "block")
