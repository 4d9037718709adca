# part 3 of gen.py: flat and zipped ODF, 2003 XML, MHT, encodings, lying names, encrypted and damaged files

# ================================================================ flat ODF written by hand (kept as is)
to_out("f01_yemei_miji.fodt", fodt([P("关于加强汛期重点水库调度管理的通知"), P("各水库管理单位："),
                                    P("入汛以来，我市降雨偏多，现就水库调度管理提出如下要求。")], header="秘密★3年"))
label("f01_yemei_miji.fodt", "block", ["classified_marking"], [],
      "hand-written flat ODT (.fodt): 秘密★3年 in the master page header")

to_out("f02_clean.fodt", fodt([P(x) for x in CLEAN_NOTICE], footer="第 1 页"))
label("f02_clean.fodt", "pass", [], [], "clean twin, hand-written .fodt notice with landline, hotline, e-mail, credit code")

to_out("f03_yincang_hang.fods", fods([sheet("公示", [
    ["序号", "姓名", "身份证号", "补助（元）"], ["1", "韩某某", "610103********0789", "600"],
    ["2", "韩立平", ID["f03"], "600"], ["3", "何某", "610103********1234", "600"]], hidden_rows=(2,))]))
label("f03_yincang_hang.fods", "block", ["id_card", "hidden_content"], [ID["f03"]],
      "hand-written flat ODS (.fods): a hidden (collapsed) row holding a full ID, other rows masked")

to_out("f04_clean.fods", fods([sheet("预算", [
    ["单位：万元", "", ""], ["项目", "2024年", "2025年"], ["基本支出", "12860.45", "13210.30"], ["项目支出", "8620.12", "9012.88"]])]))
label("f04_clean.fods", "pass", [], [], "clean twin, hand-written .fods budget table")

# ODT with a hidden section, converted from FODT by LibreOffice
sec = ('<text:section text:name="内部" text:display="none"><text:p>' +
       E("内部联络：项目负责人高峰，手机" + MOB["f05"] + "（不公开）") + '</text:p></text:section>')
src = wsrc("f05_yincang_duan.fodt", fodt([P("关于2025年老旧小区改造项目开工的公告"), P("首批12个小区将于5月开工。"), sec,
                                          P("咨询电话：027-85561234。")]))
soffice(src, "odt", "f05_yincang_duan.odt")
label("f05_yincang_duan.odt", "review", ["hidden_content", "mobile_phone"], [MOB["f05"]],
      "LibreOffice .odt: a section with text:display=none holding a project lead's mobile")

src = xls_from_fods("f06_clean.ods", [sheet("统计", [["街道", "常住人口（人）", "面积（平方公里）"], ["花桥街", "86342", "4.2"],
                                                   ["二七街", "71238", "5.6"]])], target="ods")
label("f06_clean.ods", "pass", [], [], "clean twin, LibreOffice .ods: population table")

ppt_from_fodp("f07_beizhu_id.odp", [slide(["2025年度道德模范事迹展示", "第一位：唐淑芬"],
                                          notes=["唐淑芬 身份证号 " + ID["f07"] + "，照顾瘫痪婆婆二十年。"])], "odp")
label("f07_beizhu_id.odp", "block", ["id_card"], [ID["f07"]], "LibreOffice .odp: full ID only in the speaker notes")

to_out("f08_fodt_kahao.doc", fodt([P("关于退还保证金的通知"), P("袁志刚：你缴纳的保证金5,000元予以退还。"),
                                    P("退还至本人账户，银行卡号：" + CARD["f08"] + "（中国银行）。")]))
label("f08_fodt_kahao.doc", "block", ["bank_card"], [CARD["f08"]],
      "hand-written flat ODT saved under .doc (an OA export): a person's UnionPay card")

# ================================================================ Word 2003 XML and SpreadsheetML 2003
W03 = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
       '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
       'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint">'
       '<o:DocumentProperties><o:Author>办公室</o:Author></o:DocumentProperties><w:body>{}</w:body></w:wordDocument>\n')


def wp(*runs):
    return "<w:p>" + "".join(f"<w:r>{'<w:rPr><w:b/></w:rPr>' if i % 2 else ''}<w:t>{E(r)}</w:t></w:r>" for i, r in enumerate(runs)) + "</w:p>"


i = ID["m01"]
to_out("m01_wordml_id.xml", W03.format(wp("关于补发残疾人两项补贴的公示") + wp("补发对象：冯德明，身份证号：", i[:6], i[6:14], i[14:]) +
                                        wp("补发金额1,080元。监督电话：0311-86681234。")))
label("m01_wordml_id.xml", "block", ["id_card"], [i],
      "hand-written Word 2003 XML (w:wordDocument): an ID split over three runs")

doc_from_fodt("m02_lo_wordml_clean.doc", [P(x) for x in CLEAN_NOTICE], target="xml:MS Word 2003 XML")
label("m02_lo_wordml_clean.doc", "pass", [], [],
      "clean twin, LibreOffice 'MS Word 2003 XML' export saved as .doc (as OA systems name it)")

i = ID["m03"]
ssml = ('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
        '<Worksheet ss:Name="名单"><Table>'
        '<Row><Cell><Data ss:Type="String">姓名</Data></Cell><Cell><Data ss:Type="String">身份证号</Data></Cell><Cell><Data ss:Type="String">类别</Data></Cell></Row>'
        f'<Row><Cell><Data ss:Type="String">侯振华</Data></Cell><Cell><Data ss:Type="String">{i}</Data></Cell><Cell><Data ss:Type="String">特困供养</Data></Cell></Row>'
        '</Table></Worksheet></Workbook>\n')
to_out("m03_ssml_id.xls", ssml)
label("m03_ssml_id.xls", "block", ["id_card"], [i],
      "hand-written SpreadsheetML 2003 under .xls (the 'XML 表格' old systems export): full ID in a cell")

src = wsrc("m04_src.fods", fods([sheet("统计", [["项目", "数量"], ["受理件数", "1286"], ["办结件数", "1279"],
                                               ["咨询电话", "027-85771234"]])]))
soffice(src, "xml:MS Excel 2003 XML", "m04_lo_ssml_clean.xml")
label("m04_lo_ssml_clean.xml", "pass", [], [], "clean twin, LibreOffice 'MS Excel 2003 XML' export (.xml)")

i = MOB["m05"]
w03c = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
        '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
        'xmlns:aml="http://schemas.microsoft.com/aml/2001/core" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint">'
        '<w:body><w:p><w:r><w:t>关于开展夏季送清凉活动的通知</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>请各工会小组于6月底前完成慰问。</w:t></w:r>'
        '<aml:annotation aml:id="0" w:type="Word.Comment" aml:author="工会" aml:createdate="2025-06-01T09:00:00Z">'
        f'<aml:content><w:p><w:r><w:t>物资对接：钟伟 {i}</w:t></w:r></w:p></aml:content></aml:annotation></w:p>'
        '</w:body></w:wordDocument>\n')
to_out("m05_wordml_pizhu.doc", w03c)
label("m05_wordml_pizhu.doc", "review", ["hidden_content", "mobile_phone"], [i],
      "hand-written Word 2003 XML under .doc: a mobile only in an aml:annotation comment")

# ================================================================ MHT (Word 单个文件网页) under .doc
import quopri


def mht(html, charset="gb2312"):
    body = quopri.encodestring(html.encode("gb18030")).decode("ascii")
    return ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01DB8F3A.5C2E1B40\"\r\n\r\n"
            "此文档为“单个文件网页”，也称为“Web 档案”文件。\r\n\r\n"
            "------=_NextPart_01DB8F3A.5C2E1B40\r\nContent-Location: file:///C:/8F3A5C2E/file.htm\r\n"
            f"Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"{charset}\"\r\n\r\n"
            + body.replace("\n", "\r\n") + "\r\n------=_NextPart_01DB8F3A.5C2E1B40--\r\n").encode("gb18030")


HT = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
      '<head><meta http-equiv=Content-Type content="text/html; charset=gb2312"><meta name=Generator content="Microsoft Word 15">'
      '<title>{t}</title></head>\n<body lang=ZH-CN><div class=WordSection1>\n{b}\n</div></body></html>\n')
b = ("<p class=MsoNormal>关于拟确认2025年度退役军人优待证发放对象的公示</p>\n"
     "<p class=MsoNormal>经审核，拟为以下人员发放优待证：</p>\n"
     f"<table class=MsoTableGrid border=1><tr><td>姓名</td><td>身份证号</td></tr><tr><td>蒋卫国</td><td>{ID['h01']}</td></tr></table>\n"
     "<p class=MsoNormal>公示期7天。</p>")
to_out("h01_mht_id.doc", mht(HT.format(t="公示", b=b)))
label("h01_mht_id.doc", "block", ["id_card"], [ID["h01"]],
      "Word 单个文件网页 (MHT, quoted-printable GB2312) saved under .doc: ID in a table")

b = "".join(f"<p class=MsoNormal>{E(x)}</p>\n" for x in CLEAN_NOTICE)
to_out("h02_mht_clean.doc", mht(HT.format(t="通知", b=b)))
label("h02_mht_clean.doc", "pass", [], [], "clean twin, MHT under .doc: the clean notice")

# ================================================================ text in other encodings
t = "关于招募2025年社区志愿者的公告\r\n报名请联系社区工作人员谭丽，手机 " + MOB["t01"] + "。\r\n"
to_out("t01_utf16le_shouji.txt", b"\xff\xfe" + t.encode("utf-16-le"))
label("t01_utf16le_shouji.txt", "review", ["mobile_phone"], [MOB["t01"]], "UTF-16 LE with BOM (Notepad 'Unicode'): a mobile")

t = "\n".join(CLEAN_NOTICE) + "\n"
to_out("t02_utf16be_clean.txt", b"\xfe\xff" + t.encode("utf-16-be"))
label("t02_utf16be_clean.txt", "pass", [], [], "clean twin, UTF-16 BE with BOM")

t = "机密★1年\n关于调整部分干部职务的通知\n经研究决定，对以下同志职务予以调整。\n"
to_out("t03_gb18030_miji.txt", t.encode("gb18030"))
label("t03_gb18030_miji.txt", "block", ["classified_marking"], [], "GB18030 text: 机密★1年 on the first line")

t = "關於發放高齡津貼的公告\n申請人：鄭美玲，身分證號：" + ID["t04"] + "，津貼每月300元。\n"
to_out("t04_big5_id.txt", t.encode("big5"))
label("t04_big5_id.txt", "block", ["id_card"], [ID["t04"]], "Big5 text in traditional characters: ID after 身分證號")

t = "關於發放高齡津貼的公告\n申請人：鄭某某，身分證號：110105********0690，津貼每月300元。\n諮詢電話：010-68521234，熱線12345。\n"
to_out("t05_big5_clean.txt", t.encode("big5"))
label("t05_big5_clean.txt", "pass", [], [], "clean twin, Big5: masked ID, landline, hotline")

# ================================================================ names that lie
p = os.path.join(OUT, "l01_docx_kahao.doc")
pydocx(p, ["关于发放见义勇为奖励金的通知", "获奖人：石磊", "发放账户：中国建设银行 卡号 " + CARD["l01"], "奖励金额：20,000元"])
label("l01_docx_kahao.doc", "block", ["bank_card"], [CARD["l01"]], "a DOCX (python-docx) named .doc: card after 卡号")

p = os.path.join(OUT, "l02_docx_clean.doc")
pydocx(p, CLEAN_NOTICE)
label("l02_docx_clean.doc", "pass", [], [], "clean twin, DOCX named .doc")

html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<table border="1"><tr><td>姓名</td><td>身份证号</td><td>补贴（元）</td></tr>'
        f'<tr><td>钱秀珍</td><td style="mso-number-format:\'\\@\'">{ID["l03"]}</td><td>500</td></tr></table></body></html>\n')
to_out("l03_html_id.xls", html)
label("l03_html_id.xls", "block", ["id_card"], [ID["l03"]],
      "an HTML table named .xls (the 'export to Excel' of old systems): full ID in a cell")

csv = "序号,姓名,联系电话,人数\r\n1,段志明," + MOB["l04"] + ",3\r\n2,赵某,027-85321234,2\r\n"
to_out("l04_csv_shouji.xls", csv.encode("gbk"))
label("l04_csv_shouji.xls", "review", ["mobile_phone"], [MOB["l04"]], "a GBK CSV named .xls: a full mobile in a 联系电话 column")

csv = "序号,项目名称,中标单位,统一社会信用代码,金额（元）\r\n1,道路维修,某市政工程有限公司," + USCC1 + ",3862400.00\r\n"
to_out("l05_csv_clean.xls", csv.encode("gbk"))
label("l05_csv_clean.xls", "pass", [], [], "clean twin, GBK CSV named .xls: credit code and amount")

# ================================================================ encrypted and damaged
import uno_encrypt  # noqa: E402  (helper module beside this file)
src = wsrc("e01.fodt", fodt([P("关于印发内部考核办法的通知"), P("（正文略）")]))
uno_encrypt.save_encrypted(src, os.path.join(OUT, "e01_mima.doc"), "MS Word 97", "b41pass")
label("e01_mima.doc", "review", ["unreadable"], [], "LibreOffice .doc saved with an open password (encrypted FIB)")
src = wsrc("e02.fods", fods([sheet("S", [["a", "b"], ["1", "2"]])]))
uno_encrypt.save_encrypted(src, os.path.join(OUT, "e02_mima.xls"), "MS Excel 97", "b41pass")
label("e02_mima.xls", "review", ["unreadable"], [], "LibreOffice .xls saved with an open password (FILEPASS)")
shutil.copy(os.path.join(OUT, "e02_mima.xls"), os.path.join(OUT, "e03_mima.et"))
label("e03_mima.et", "review", ["unreadable"], [], "the password-protected .xls under the WPS name .et")

plain = os.path.join(SRC, "e04_plain.docx")
pydocx(plain, ["关于2025年度预算调整的说明", "（正文略）"])
subprocess.run(["node", os.path.join(HERE, "ooxml_encrypt.js"), plain, os.path.join(OUT, "e04_mima_ooxml.doc"), "b41pass"],
               check=True, env=dict(os.environ, NODE_PATH="/tmp/b41env/node_modules"))
label("e04_mima_ooxml.doc", "review", ["unreadable"], [],
      "npm officecrypto-tool: a python-docx DOCX agile-encrypted in an OLE2 wrapper (EncryptedPackage), named .doc")

data = open(os.path.join(OUT, "x01_lo_mingdan.xls"), "rb").read()
to_out("e05_jieduan.xls", data[: len(data) // 2])
label("e05_jieduan.xls", "review", ["unreadable"], [], "LibreOffice .xls truncated to half")

data = open(os.path.join(OUT, "p01_miji_huibao.ppt"), "rb").read()
to_out("e06_jieduan.dps", data[:4096])
label("e06_jieduan.dps", "review", ["unreadable"], [], "a .ppt cut after its first 4 KiB, under the WPS name .dps")

# keep the corpus near its intended size: these cases are generated (for the record) but left out
DROP = {"e03_mima.et", "e06_jieduan.dps", "x13_xlwt_id.xls", "m05_wordml_pizhu.doc", "l04_csv_shouji.xls",
        "w14_yejiao_shouji.doc", "x11_et_shouji.et", "f08_fodt_kahao.doc", "r01_lo_yemei.rtf", "w01_miji_banshou.doc",
        "o06_openpyxl_shouji.xltm"}
for f in DROP:
    os.remove(os.path.join(OUT, f))
LABELS[:] = [l for l in LABELS if l["file"] not in DROP]
json.dump(LABELS, open(os.path.join(OUT, "labels.json"), "w"), ensure_ascii=False, indent=1)
print("total", len(LABELS), "pass", sum(1 for l in LABELS if l["expect_verdict"] == "pass"))
