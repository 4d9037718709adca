"""Writes the text for the Node generators (npm docx, exceljs, SheetJS, pptxgenjs)
to /tmp/long/*.json so that every producer draws from one text generator."""
import json, os
from common import Gen, cn, ID_S02, MOB_X02, mask_id

os.makedirs("/tmp/long", exist_ok=True)

# d02: npm docx, ~45 pages of 政策解读汇编; the last paragraph links to a document
g = Gen(202)
secs = []
for s in range(1, 55):
    secs.append({"h": f"{cn(s)}、{g.r.choice(['政策背景', '主要内容', '适用范围', '办理流程', '常见问题', '咨询方式'])}",
                 "ps": [g.paragraph(5) for _ in range(4)]})
json.dump({"title": "青溪市惠企政策解读汇编（2025年版）", "secs": secs}, open("/tmp/long/d02.json", "w"), ensure_ascii=False)

# x02: exceljs, 8 sheets of 3,000 rows; sheet 3 (row 2,518) holds the unmasked mobile
g = Gen(302)
sheets = []
names = ["城关镇", "东湖街道", "西山镇", "南塘乡", "北岭镇", "清溪街道", "石桥镇", "白沙乡"]
for si, nm in enumerate(names):
    rows = []
    for i in range(3000):
        rows.append([i + 1, g.masked_name(), g.masked_id(), g.masked_mobile(), g.r.choice(["一级", "二级", "三级"]), float(g.amount())])
    sheets.append({"name": nm, "rows": rows})
json.dump({"sheets": sheets, "leak_sheet": 2, "leak_row": 2517, "mobile": MOB_X02}, open("/tmp/long/x02.json", "w"), ensure_ascii=False)

# x03: SheetJS, 30,000 rows; row 29,990 hidden
g = Gen(303)
rows = []
for i in range(30000):
    rows.append([i + 1, f"QX2024{i + 1:06d}", g.r.choice(["城区道路维修", "农村饮水提升", "校舍改造", "绿化养护", "路灯更新", "河道清淤"]),
                 g.town(), float(g.amount()), g.r.choice(["已完工", "在建", "已验收"])])
json.dump({"rows": rows, "hidden_row": 29990}, open("/tmp/long/x03.json", "w"), ensure_ascii=False)

# s01/s02: pptxgenjs, 80 slides
g = Gen(401)
slides = []
for s in range(1, 81):
    slides.append({"title": f"{cn(s)}、{g.r.choice(['总体进展', '重点任务', '数据分析', '典型案例', '问题挑战', '下步安排'])}",
                   "bullets": [g.sentence() for _ in range(4)], "notes": "讲解要点：" + g.paragraph(2)})
json.dump({"slides": slides}, open("/tmp/long/s01.json", "w"), ensure_ascii=False)

g = Gen(402)
slides = []
for s in range(1, 81):
    sl = {"title": f"{cn(s)}、{g.r.choice(['表彰概况', '评选过程', '先进事迹', '经验做法', '推广应用'])}",
          "bullets": [g.sentence() for _ in range(4)]}
    if s in (68, 69, 70):
        rows = []
        for i in range(8):
            rows.append([str(i + 1), g.masked_name(), g.town(), g.masked_id()])
        sl["table"] = rows
    slides.append(sl)
json.dump({"slides": slides, "leak_slide": 70, "leak_row": 5, "id": ID_S02, "id_masked": mask_id(ID_S02)},
          open("/tmp/long/s02.json", "w"), ensure_ascii=False)
