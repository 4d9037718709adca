#!/usr/bin/python3
"""ReportLab PDFs (CID font STSong-Light, UniGB-UCS2-H)."""
from common import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
body = ParagraphStyle("b", fontName="STSong-Light", fontSize=12, leading=20, wordWrap="CJK")
head = ParagraphStyle("h", fontName="STSong-Light", fontSize=18, leading=28, alignment=1)

def build(path, title, items):
    doc = SimpleDocTemplate(path, pagesize=A4, title=title, author="", creator="", leftMargin=60, rightMargin=60)
    story = [Paragraph(title, head), Spacer(1, 8)]
    for it in items:
        if isinstance(it, list):
            t = Table(it, repeatRows=1)
            t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "STSong-Light", 10),
                                   ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story += [t, Spacer(1, 8)]
        else:
            story.append(Paragraph(it, body))
    doc.build(story)

def nianbao(internal=False):
    items = []
    if internal:
        items.append("内部资料　注意保存")
    items += [
        "本报告依据《中华人民共和国政府信息公开条例》编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。",
        "一、总体情况。2025年，全区主动公开政府信息32,156条，开展信息发布前保密审查32,156条次，涉密信息上网0起；政府门户网站全年访问量1,386,500次。",
        "二、主动公开政府信息情况",
        [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
         ["规章", "0", "0", "0"], ["行政规范性文件", "12", "3", "86"]],
        "三、收到和处理政府信息公开申请情况",
        [["申请情况", "自然人", "法人或其他组织", "总计"],
         ["本年新收政府信息公开申请数量", "215", "18", "233"],
         ["不予公开：1.属于国家秘密", "2", "0", "2"],
         ["不予公开：2.其他法律行政法规禁止公开", "1", "0", "1"],
         ["不予公开：3.危及“三安全一稳定”", "0", "0", "0"],
         ["不予公开：5.属于三类内部事务信息", "3", "1", "4"],
         ["不予公开：6.属于四类过程性信息", "5", "0", "5"]],
        "四、存在的主要问题及改进情况。部分单位对涉密信息、工作秘密与可公开信息的界定把握不准，2026年将组织保密审查专题培训，严格落实“上网不涉密、涉密不上网”。",
        "五、其他需要报告的事项。本年度共收取信息处理费0元。",
        "杭州市西湖区人民政府办公室　2026年1月25日",
    ]
    return items

build(os.path.join(OUT, "p20_nianbao_reportlab.pdf"), "杭州市西湖区人民政府2025年政府信息公开工作年度报告", nianbao())
label("p20_nianbao_reportlab.pdf", "pass", [], [],
      "ReportLab PDF (STSong-Light CID font) 政务公开年度报告 with counts of 涉密信息上网 and the standard rows 不予公开：1.属于国家秘密 2 / 5.属于三类内部事务信息 4; "
      "prose 涉密信息、工作秘密与可公开信息的界定. README: internal terms 'as a word of a sentence about such matters' are prose, not labels; no ★ marking.")
build(os.path.join(OUT, "n14_nianbao_internal.pdf"), "杭州市西湖区人民政府2025年政府信息公开工作年度报告", nianbao(True))
label("n14_nianbao_internal.pdf", "review", ["sensitive_term"], [],
      "Sibling of p20 with the label 内部资料　注意保存 alone on its line under the title. findings.md sensitive_term: '内部资料 注意保存'; README: terms 'are labels when they stand alone'; "
      "README's dictionary example gives 内部资料 severity review.")

build(os.path.join(OUT, "p39_dizhi_gps.pdf"), "西湖区2026年地质灾害隐患点及风险防范区名录", [
    "根据《地质灾害防治条例》，现将我区2026年地质灾害隐患点及风险防范区名录公布如下，请相关镇街落实群测群防措施。",
    [["统一编号", "名称", "类型", "经度", "纬度", "威胁人数", "监测责任单位及电话"],
     ["330106010001", "转塘街道龙坞茶村滑坡", "滑坡", "120.081532", "30.192467", "36", "转塘街道 0571-87051311"],
     ["330106010002", "留下街道小和山崩塌", "崩塌", "120.043918", "30.246105", "12", "留下街道 0571-87051322"],
     ["330106020003", "双浦镇灵山泥石流沟", "泥石流", "120.056274", "30.135580", "58", "双浦镇 0571-87051333"],
     ["330106030004", "三墩镇风险防范区", "风险区", "120.094361", "30.331206", "105", "三墩镇 0571-87051344"]],
    "坐标系：CGCS2000，经纬度单位为度。汛期（5月1日至9月30日）实行24小时值班，值班电话0571-87051234，地质灾害报灾热线12336。",
    "杭州市西湖区自然资源和规划局　2026年3月10日",
])
label("p39_dizhi_gps.pdf", "pass", [], [],
      "ReportLab PDF table of 地质灾害隐患点 with 12-digit 统一编号 beginning 330106, GPS coordinates (120.081532, 30.192467 …), counts, landlines and the 12336 hotline. "
      "Nothing of findings.md's categories (no 11-digit mobile, no 18-char ID, landlines and hotlines are not findings).")

if __name__ == "__main__":
    json.dump(LABELS, open(os.path.join(HERE, "labels_reportlab.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(LABELS), "reportlab labels")
