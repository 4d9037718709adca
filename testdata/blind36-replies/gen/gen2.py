#!/usr/bin/python3
"""Part 2: DOCX, XLSX and PDF files (python-docx, openpyxl, LibreOffice, Chromium, ReportLab)."""
import json, os, subprocess, zipfile, shutil, re
from gen import (OUT, SRC, LABELS, label, w, ID_A, ID_B, ID_C, ID_D, ID_E, ID_F, ID_BAD1, ID_BAD2,
                 CARD_A, M, PLATE_A, LANDLINE, LANDLINE2, new_doc, add_paras, chromium_pdf, lo_convert,
                 mask_id, mask_mobile)
import openpyxl
from docx.shared import Pt

del LABELS[:]  # part 1 labels are saved separately
ID_G = __import__("synth").id18("330106", "19540708", 62)
ID_H = __import__("synth").id18("330127", "19820214", 93)
ID_I = __import__("synth").id18("330106", "19970511", 14)

FOI = ["杭州市西湖区人民政府办公室",
       "政府信息公开申请答复书",
       "西政办依复〔2026〕第112号",
       "",
       "{app}：",
       "本机关于2026年11月3日收到您通过信函方式提出的政府信息公开申请，申请获取“2025年度西湖区老旧小区改造项目资金安排明细”。",
       "经审查，现答复如下：您申请获取的信息属于本机关已主动公开的政府信息，可通过杭州市西湖区人民政府门户网站“政府信息公开—财政预决算”栏目查阅。",
       "如对本答复不服，可以自收到本答复书之日起六十日内向杭州市西湖区人民政府申请行政复议，或者在六个月内向人民法院提起行政诉讼。",
       "{appinfo}",
       "经办人：许文华　联系电话：0571-87012396",
       "杭州市西湖区人民政府办公室",
       "2026年11月18日"]


def foi_doc(app, appinfo, author=""):
    d = new_doc(author)
    add_paras(d, [ln.format(app=app, appinfo=appinfo) for ln in FOI])
    return d


# 10 FOI reply with applicant's ID and mobile
d = foi_doc("林晓东", f"申请人信息：林晓东，身份证号{ID_G}，联系电话{M[12]}，通讯地址：杭州市西湖区北山街道某弄7号。")
d.save(f"{OUT}/10_foi_reply_applicant.docx")
label("10_foi_reply_applicant.docx", "block", ["id_card", "mobile_phone"], [ID_G, M[12]],
      "依申请公开答复书 addressed to the applicant, repeating his full ID and mobile")

# 11 masked twin
d = foi_doc("林某某", f"申请人信息：林某某，身份证号{mask_id(ID_G)}，联系电话{mask_mobile(M[12])}。")
d.save(f"{OUT}/11_foi_reply_masked.docx")
label("11_foi_reply_masked.docx", "pass", [], [],
      "twin of 10 with name, ID and mobile masked; 经办人 with office landline")

# 45 FOI reply with a Word comment holding the applicant's mobile
d = foi_doc("林某某", "")
d.save(f"{SRC}/45_plain.docx")


def add_comment(src, dst, comment_text, anchor_para_index=4):
    zin = zipfile.ZipFile(src)
    zout = zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED)
    for it in zin.infolist():
        data = zin.read(it.filename)
        if it.filename == "word/document.xml":
            s = data.decode("utf-8")
            paras = [m.start() for m in re.finditer(r"<w:p[ >]", s)]
            p0 = paras[anchor_para_index]
            # insert range start after the <w:p ...> open tag (skip pPr if present)
            gt = s.index(">", p0) + 1
            end = s.index("</w:p>", p0)
            s = (s[:gt] + '<w:commentRangeStart w:id="0"/>' + s[gt:end] +
                 '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>' + s[end:])
            data = s.encode("utf-8")
        elif it.filename == "word/_rels/document.xml.rels":
            s = data.decode("utf-8")
            s = s.replace("</Relationships>",
                          '<Relationship Id="rIdCmt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>')
            data = s.encode("utf-8")
        elif it.filename == "[Content_Types].xml":
            s = data.decode("utf-8")
            s = s.replace("</Types>",
                          '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
            data = s.encode("utf-8")
        zout.writestr(it, data)
    cx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:comment w:id="0" w:author="办公室" w:date="2026-11-17T10:00:00Z" w:initials="BGS">'
          f'<w:p><w:r><w:t>{comment_text}</w:t></w:r></w:p></w:comment></w:comments>')
    zout.writestr("word/comments.xml", cx)
    zout.close()


add_comment(f"{SRC}/45_plain.docx", f"{OUT}/45_foi_reply_comment_mobile.docx",
            f"申请人来电催办，手机{M[13]}，已告知可网上查阅。")
label("45_foi_reply_comment_mobile.docx", "review", ["hidden_content", "mobile_phone"], [M[13]],
      "clean-looking FOI reply with a Word comment noting the applicant's mobile")

# 46 hidden text holding the applicant's ID
d = foi_doc("林某某", "")
p = d.paragraphs[8]
r = p.add_run(f"（内部核对：申请人林晓东，身份证{ID_G}）")
r.font.hidden = True
d.save(f"{OUT}/46_foi_reply_hidden_id.docx")
label("46_foi_reply_hidden_id.docx", "block", ["hidden_content", "id_card"], [ID_G],
      "FOI reply whose body is masked but a hidden-text run keeps the applicant's name and full ID")

# 47 clean reply with a person as author
d = foi_doc("林某某", "", author="许文华")
d.core_properties.comments = "信息公开科 许文华 起草"
d.save(f"{OUT}/47_foi_reply_metadata.docx")
label("47_foi_reply_metadata.docx", "pass", ["metadata"], [],
      "clean FOI reply; core properties name the drafting clerk (metadata is info)")

# 20 CPPCC proposal reply, clean; 21 with handler mobile
CPPCC = ["杭州市西湖区教育局",
         "关于区政协十一届三次会议第0123号提案的答复",
         "",
         "章立群委员：",
         "您提出的《关于优化中小学课后服务供给的提案》收悉。您作为区政协委员、浙江某大学附属中学教师，长期关注基础教育，提出的意见建议很有针对性。现答复如下：",
         "一、全区中小学课后服务覆盖率已达100%，引入非学科类社会资源课程217门。",
         "二、下一步将建立课后服务质量评价机制，加强经费保障。",
         "感谢您对教育工作的关心和支持。",
         "{contact}",
         "杭州市西湖区教育局",
         "2026年7月10日",
         "抄送：区政协提案委，区政府办公室"]
d = new_doc()
add_paras(d, [l.format(contact="联系单位及电话：区教育局基础教育科　孔丽　0571-87213360") for l in CPPCC])
d.save(f"{OUT}/20_cppcc_proposal_reply.docx")
label("20_cppcc_proposal_reply.docx", "pass", [], [],
      "政协委员提案答复: member's name and work unit, handler name and office landline only")

d = new_doc()
add_paras(d, [l.format(contact=f"联系人：孔丽　手机：{M[14]}") for l in CPPCC])
d.save(f"{OUT}/21_cppcc_proposal_reply_mobile.docx")
label("21_cppcc_proposal_reply_mobile.docx", "review", ["mobile_phone"], [M[14]],
      "twin of 20 giving the handler's personal mobile instead of the office landline")

# 24 consultation result
d = new_doc()
add_paras(d, ["关于《西湖区养老服务设施布局规划（征求意见稿）》公开征求意见采纳情况的说明",
              "2026年10月8日至11月7日，我局通过区政府门户网站公开征求社会公众意见，共收到意见建议46条，其中网站留言31条、电子邮件12条、信函3条。",
              "经梳理，采纳19条，部分采纳11条，未采纳16条。主要意见及采纳情况如下：",
              "一、关于增加社区助餐点的建议（采纳）。",
              "二、关于养老机构床位补贴标准的建议（部分采纳）。",
              "三、关于在景区内新建养老机构的建议（未采纳，理由：不符合风景名胜区规划）。",
              "感谢社会各界的关心和支持。",
              "杭州市西湖区民政局",
              "2026年11月20日"])
d.save(f"{OUT}/24_consultation_result.docx")
label("24_consultation_result.docx", "pass", [], [], "意见征集 results with counts only, no respondent data")

# 28 commendation list names only
d = new_doc()
add_paras(d, ["关于表彰2026年度西湖区优秀信访干部的决定（附件）", "2026年度西湖区优秀信访干部名单（共12名）"])
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["序号", "姓名", "单位及职务"]):
    c.text = h
for i, (n, u) in enumerate([("施文斌", "区信访局办信科科长"), ("邵婷婷", "北山街道信访办主任"), ("顾建明", "翠苑街道综治中心副主任"),
                            ("汤丽萍", "区住建局信访科科员"), ("孟凡宇", "三墩镇社会治理办公室主任"), ("薛佳琪", "区人社局办公室副主任")]):
    r = t.add_row().cells
    r[0].text, r[1].text, r[2].text = str(i + 1), n, u
d.save(f"{OUT}/28_commendation_list.docx")
label("28_commendation_list.docx", "pass", [], [], "表彰名单 with names, units and posts only")

# 60 petition report with a marking on the first line
d = new_doc()
add_paras(d, ["秘密★1年", "关于2026年第三季度重点信访事项化解情况的报告",
              "区委、区政府：", "第三季度，全区共排查重点信访事项27件，已化解19件……",
              "附：重点信访人员稳控情况表（略）", "西湖区信访局", "2026年10月9日"])
d.save(f"{OUT}/60_petition_report_marking.docx")
label("60_petition_report_marking.docx", "block", ["classified_marking"], [],
      "信访 situation report uploaded to the reply column by mistake, 秘密★1年 on its first line")

# 61 internal-term label
d = new_doc()
add_paras(d, ["内部资料 注意保存", "信访工作动态（第21期）", "西湖区信访局编　2026年11月25日",
              "一、11月全区共受理群众来信来访612件次，同比下降5.1%。",
              "二、领导信箱办理工作持续规范，按期办结率100%。"])
d.save(f"{OUT}/61_petition_bulletin_internal.docx")
label("61_petition_bulletin_internal.docx", "review", ["sensitive_term"], [],
      "信访工作动态 headed by the label 内部资料 注意保存 (a label standing alone)")

# ---------- LibreOffice PDFs
REVIEW = ["杭州市西湖区人民政府", "行政复议决定书", "西政复〔2026〕101号", "",
          "申请人：{app}，男，1975年生，住杭州市西湖区文新街道。",
          "身份证号：{idv}　联系电话：{tel}",
          "被申请人：杭州市西湖区某街道办事处，住所地杭州市西湖区文一西路某号。",
          "申请人对被申请人作出的《政府信息公开申请答复书》不服，于2026年9月20日向本机关申请行政复议，本机关依法予以受理。",
          "经审理查明：……",
          "本机关认为：被申请人在法定期限内作出答复，答复内容并无不当。",
          "根据《中华人民共和国行政复议法》第六十八条的规定，本机关决定：维持被申请人作出的答复。",
          "申请人如不服本决定，可以自收到本决定书之日起15日内向人民法院提起行政诉讼。",
          "杭州市西湖区人民政府", "2026年11月25日"]
os.makedirs(f"{SRC}/lo", exist_ok=True)
d = new_doc()
add_paras(d, [l.format(app="金某某", idv=mask_id(ID_H), tel=M[3]) for l in REVIEW])
d.save(f"{SRC}/lo/14_review_decision_mobile.docx")
d = new_doc()
add_paras(d, [l.format(app="金某某", idv=mask_id(ID_H), tel=mask_mobile(M[3])) for l in REVIEW])
d.save(f"{SRC}/lo/15_review_decision_masked.docx")

TRAFFIC = ["杭州市公安局交通警察支队西湖大队", "公安交通管理简易程序处罚决定书", "编号：330106202611003256", "",
           "被处罚人：叶某某　驾驶证号：{idv}",
           "机动车号牌：{plate}　车辆类型：小型普通客车",
           "违法时间：2026年11月6日08时15分　违法地点：文三路与学院路交叉口",
           "违法行为：机动车违反禁令标志指示的（代码1344）",
           "依据《中华人民共和国道路交通安全法》第九十条的规定，决定处以罚款人民币100元，记3分。",
           "持本决定书在十五日内到指定银行缴纳罚款。逾期不缴纳的，每日按罚款数额的3%加处罚款。",
           "如不服本决定，可以在收到本决定书之日起六十日内向杭州市西湖区人民政府申请行政复议；或者在六个月内向杭州市西湖区人民法院提起行政诉讼。",
           "杭州市公安局交通警察支队西湖大队", "2026年11月6日"]
d = new_doc()
add_paras(d, [l.format(idv=mask_id(ID_I), plate=PLATE_A) for l in TRAFFIC])
d.save(f"{SRC}/lo/48_traffic_penalty_plate.docx")

d = foi_doc("宋某某", f"申请人信息：宋某某，身份证号{ID_BAD2}，联系电话{mask_mobile(M[9])}。")
d.save(f"{SRC}/lo/59_foi_reply_badcheck.docx")
for n in ["14_review_decision_mobile", "15_review_decision_masked", "48_traffic_penalty_plate", "59_foi_reply_badcheck"]:
    lo_convert(f"{SRC}/lo/{n}.docx", "pdf", OUT)
label("14_review_decision_mobile.pdf", "review", ["mobile_phone"], [M[3], ID_H],
      "LibreOffice PDF of a 行政复议决定书: applicant's ID masked but the mobile beside it left whole")
label("15_review_decision_masked.pdf", "pass", [], [ID_H, M[3]],
      "twin of 14 with ID and mobile masked")
label("48_traffic_penalty_plate.pdf", "review", ["license_plate"], [PLATE_A, ID_I],
      "traffic 简易程序处罚决定书 for a person: name and licence number masked, vehicle plate left whole. 编号 330106202611003256 is a serial")
label("59_foi_reply_badcheck.pdf", "pass", [], [ID_BAD2],
      "LibreOffice FOI reply: applicant's 18-digit number has a wrong check digit (not an ID per docs), mobile masked. AMBIGUOUS: a careful reviewer would still look")

# ---------- Chromium PDFs
DOC_CSS = """body{font-family:'Noto Serif CJK SC',serif;font-size:16pt;margin:2.5cm 2cm;line-height:1.7}
h1{text-align:center;font-size:22pt} table{border-collapse:collapse} td,th{border:1px solid #000;padding:4px}"""


def docpage(title, body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{DOC_CSS}</style></head><body><h1>{title}</h1>{body}</body></html>"


PET = """<p style="text-align:center">西信处〔2026〕第215号</p>
<p>{name}：</p>
<p>您于2026年10月21日反映的“要求解决宅基地确权纠纷”的信访事项（{idline}），本机关依法受理。经调查核实，现提出处理意见如下：</p>
<p>经调查，您与邻户的宅基地纠纷系历史遗留问题，双浦镇人民政府已组织双方调解两次。根据《信访工作条例》第三十二条的规定，
本机关认为：该事项应通过土地权属争议调处程序解决，建议您向镇人民政府申请调处。</p>
<p>如对本处理意见不服，可自收到本意见书之日起30日内向杭州市西湖区人民政府信访局请求复查。</p>
<p style="text-align:right">杭州市西湖区双浦镇人民政府<br>2026年11月19日</p>
<p>（联系人：镇信访办 唐国华，电话0571-87166021）</p>"""
os.makedirs(f"{SRC}/chromium", exist_ok=True)
w("12.html", docpage("信访事项处理意见书", PET.format(name="李建国", idline=f"信访人李建国，身份证号{ID_B}")), d=f"{SRC}/chromium")
w("13.html", docpage("信访事项处理意见书", PET.format(name="李某某", idline=f"信访人李某某，身份证号{mask_id(ID_B)}")), d=f"{SRC}/chromium")
chromium_pdf(f"{SRC}/chromium/12.html", f"{OUT}/12_petition_opinion_id.pdf")
chromium_pdf(f"{SRC}/chromium/13.html", f"{OUT}/13_petition_opinion_masked.pdf")
label("12_petition_opinion_id.pdf", "block", ["id_card"], [ID_B],
      "Chromium PDF of a 信访事项处理意见书 naming the petitioner with full valid ID")
label("13_petition_opinion_masked.pdf", "pass", [], [ID_B],
      "twin of 12: 李某某 and masked ID; township petition office contact with landline")

body37 = f"""<p>2026年11月下旬网民留言办理情况汇总（节选）</p>
<table><tr><th style="width:60px">序号</th><th style="width:90px">留言人</th><th style="width:62px">联系电话</th><th>留言摘要</th><th style="width:110px">办理单位</th></tr>
<tr><td>1</td><td>杜女士</td><td style="word-break:break-all">{M[10]}</td><td>反映小区电梯频繁故障，要求物业维修。</td><td>文新街道</td></tr>
<tr><td>2</td><td>匿名</td><td style="word-break:break-all">—</td><td>建议优化公交线路。</td><td>区交通局</td></tr>
<tr><td>3</td><td>戴先生</td><td style="word-break:break-all">{mask_mobile(M[11])}</td><td>咨询灵活就业人员社保缴费。</td><td>区人社局</td></tr></table>"""
w("37.html", docpage("网民留言办理情况", body37), d=f"{SRC}/chromium")
chromium_pdf(f"{SRC}/chromium/37.html", f"{OUT}/37_message_table_wrapped_mobile.pdf")
label("37_message_table_wrapped_mobile.pdf", "review", ["mobile_phone"], [M[10], M[11]],
      "Chromium PDF of a ruled message table: one full mobile wrapped inside a narrow 联系电话 cell, another masked")

body50 = FOI_HTML = "".join(f"<p>{l}</p>" for l in [x.format(app="周某某", appinfo="") for x in FOI[2:]] if l)
w("50.html", docpage("政府信息公开申请答复书", body50), d=f"{SRC}/chromium")
chromium_pdf(f"{SRC}/chromium/50.html", f"{OUT}/50_foi_reply_clean.pdf")
label("50_foi_reply_clean.pdf", "pass", [], [], "Chromium PDF of an FOI reply to 周某某 with the clerk's office landline")

# ---------- ReportLab PDFs
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def rl_pdf(path, lines, size=13):
    c = canvas.Canvas(path, pagesize=A4)
    c.setAuthor("")
    c.setTitle("")
    c.setCreator("")
    y = 800
    for ln in lines:
        c.setFont("STSong-Light", size)
        c.drawString(60, y, ln)
        y -= size * 1.9
    c.save()


rl_pdf(f"{OUT}/27_hearing_notice_party_id.pdf", [
    "杭州市西湖区自然资源和规划分局", "行政处罚听证公告", "",
    "当事人许志华（身份证号：" + ID_A + "）不服我局拟作出的",
    "责令退还非法占用土地、罚款人民币48600元的行政处罚，",
    "依法申请听证。我局定于2026年12月18日上午9时在分局三楼",
    "听证室举行听证会。", "听证主持人：蒋文博　听证员：孔令宇",
    "旁听报名电话：0571-87983320", "", "杭州市西湖区自然资源和规划分局", "2026年12月5日"])
label("27_hearing_notice_party_id.pdf", "block", ["id_card"], [ID_A],
      "ReportLab (STSong-Light) 听证公告 naming the individual party with full valid ID")

names52 = ["施文斌", "邵婷婷", "顾建明", "汤丽萍", "孟凡宇", "薛佳琪", "庞志远", "卫小红", "严家豪", "尹晓梅"]
rl_pdf(f"{OUT}/52_volunteer_commendation.pdf", [
    "关于表彰2026年度“12345热线”优秀志愿者的通报", "",
    "经各街道推荐、区12345分中心审核，决定对以下10名同志予以通报表彰：", "",
    "　".join(names52[:5]), "　".join(names52[5:]), "",
    "希望受表彰的同志珍惜荣誉，再接再厉。", "", "西湖区12345政务服务热线分中心", "2026年11月28日"])
label("52_volunteer_commendation.pdf", "pass", [], [], "ReportLab 表彰通报 with ten names only and the 12345 hotline")

# ---------- XLSX
wb = openpyxl.Workbook()
wb.properties.creator = ""
ws = wb.active
ws.title = "慰问名单"
ws.append(["2027年春节困难群众慰问名单"])
ws.append(["序号", "姓名", "性别", "所在村（社区）", "困难类别", "慰问金（元）"])
for i, (n, s, v, k) in enumerate([("沈阿大", "男", "汤家埠村", "低保"), ("钱桂花", "女", "绕城村", "特困"),
                                  ("朱志明", "男", "西溪社区", "低边"), ("何美娟", "女", "凌家桥社区", "残疾"),
                                  ("蒋小毛", "男", "屏基社区", "低保")]):
    ws.append([i + 1, n, s, v, k, 800])
ws.append(["合计", "", "", "", "", 4000])
wb.save(f"{OUT}/29_condolence_list.xlsx")
label("29_condolence_list.xlsx", "pass", [], [], "慰问名单 XLSX with names, sex, village, category and 800 元 each")

wb = openpyxl.Workbook()
wb.properties.creator = ""
ws = wb.active
ws.title = "慰问名单"
ws.append(["序号", "姓名", "所在村（社区）", "联系电话", "慰问金（元）"])
ppl = [("沈阿大", "汤家埠村", M[5], ID_C), ("钱桂花", "绕城村", M[6], ID_D), ("朱志明", "西溪社区", M[7], ID_E)]
for i, (n, v, tel, _) in enumerate(ppl):
    ws.append([i + 1, n, v, tel, 800])
h = wb.create_sheet("原始数据")
h.append(["姓名", "身份证号", "开户行"])
for n, v, tel, idv in ppl:
    h.append([n, idv, "农商银行"])
h.sheet_state = "hidden"
wb.save(f"{OUT}/30_condolence_list_phones_hidden.xlsx")
label("30_condolence_list_phones_hidden.xlsx", "block", ["hidden_content", "id_card", "mobile_phone"],
      [M[5], M[6], M[7], ID_C, ID_D, ID_E],
      "慰问名单 XLSX with a 联系电话 column of mobiles (strings) and a hidden sheet 原始数据 of full IDs")

json.dump(LABELS, open(os.path.join(SRC, "labels_part2.json"), "w"), ensure_ascii=False, indent=1)
print(len(LABELS))
