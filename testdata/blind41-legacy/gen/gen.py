#!/usr/bin/python3
"""Generate blind41-legacy: legacy, template, macro-enabled and variant office formats.

Run with Debian's /usr/bin/python3 (python3-docx, python3-openpyxl, python3-xlwt,
python3-msoffcrypto-tool, python3-uno) and LibreOffice 7.4, node with the npm
package xlsx (SheetJS) in NODE_PATH, pandoc.  All data is synthetic.
"""
import json, os, shutil, subprocess, sys, zipfile, io, re

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from vals import idcard, luhn, luhn_ok, uscc
from odf import fodt, fods, fodp, P, PX, table, annotation, hidden, sheet, slide, meta, E

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SRC = "/tmp/b41/src"
TMP = "/tmp/b41/conv"
for d in (OUT, SRC, TMP):
    os.makedirs(d, exist_ok=True)

LABELS = []


def label(f, verdict, cats, raws, note):
    LABELS.append({"file": f, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raws, "note": note})


def wsrc(name, text, enc="utf-8"):
    p = os.path.join(SRC, name)
    with open(p, "wb") as fh:
        fh.write(text.encode(enc) if isinstance(text, str) else text)
    return p


def soffice(src, target, outname):
    """Convert SRC with LibreOffice to TARGET ('ext' or 'ext:Filter'), store as OUT/outname."""
    ext = target.split(":")[0]
    d = os.path.join(TMP, re.sub(r"[^A-Za-z0-9]", "_", target))
    os.makedirs(d, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", d, src],
                   check=True, capture_output=True)
    got = os.path.join(d, os.path.splitext(os.path.basename(src))[0] + "." + ext)
    if not os.path.exists(got):
        raise SystemExit(f"conversion failed: {src} -> {target}")
    shutil.move(got, os.path.join(OUT, outname))


def to_out(name, data):
    with open(os.path.join(OUT, name), "wb") as fh:
        fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))


# ---------------------------------------------------------------- values
ID = {k: idcard(*v) for k, v in {
    "w03": ("420102", "19860314", 27), "w05": ("420106", "19790521", 113), "w09": ("430104", "19920817", 56),
    "w13": ("320106", "19850110", 32), "r02": ("440305", "19910605", 218), "x01a": ("420111", "19700102", 41),
    "x01b": ("420111", "19681230", 62), "x01c": ("420111", "19550718", 83), "x07a": ("510104", "19880909", 145),
    "x07b": ("510104", "19930228", 166), "x13": ("370102", "19750403", 19), "o01": ("350102", "19870624", 37),
    "o09": ("210102", "19940311", 52), "f03": ("610103", "19660915", 78), "f07": ("230103", "19810722", 94),
    "m01": ("130102", "19830506", 121), "m03": ("410105", "19900119", 33), "h01": ("500103", "19721108", 47),
    "t04": ("110105", "19890227", 69), "l03": ("330106", "19961004", 18), "w15": ("420984", "19770808", 125),
    "d2": ("420102", "19801111", 31),
}.items()}
CARD = {k: luhn(v) for k, v in {
    "r03": "622848001234567890", "x03a": "621700286000123456", "x03b": "622202160200345678",
    "x09": "622202320101887766", "o04": "622588012345678", "f08": "621483091234567",
    "l01": "622908357012345678", "p06": "621226190200456789",
}.items()}
for v in CARD.values():
    assert luhn_ok(v)
MOB = {"w06": "13972345618", "x04a": "15827163349", "x04b": "18671234590", "x08": "13507195562",
       "x11": "18907123348", "o06": "15972031846", "p02": "13476012385", "f05": "17771234096",
       "r02": "13647281905", "r07": "18162735049", "t01": "15071324498", "l04": "13886021733",
       "w14": "15927364810", "m05": "13971862254"}
USCC1 = uscc("91420100MA4K8N3P2")
USCC2 = uscc("11420000011043620")
FAKE18 = "420102198603140271"  # wrong check digit on purpose
assert FAKE18 != ID["w03"]

# common clean paragraphs
CLEAN_NOTICE = [
    "关于开展2025年度政务公开工作考核的通知",
    "各区人民政府，市政府各部门：",
    "为贯彻落实《中华人民共和国政府信息公开条例》，做好2025年度政务公开工作考核，现将有关事项通知如下。",
    "一、考核范围：各区政府及市直部门门户网站、政务新媒体。",
    "二、材料报送：请于2025年3月31日前将自评报告报送市政务公开办，电子版发送至邮箱 zwgk@wuhan.gov.cn。",
    "三、咨询电话：027-85771234（工作日 9:00—17:00），市民服务热线 12345。",
    "附：参评单位统一社会信用代码示例 " + USCC2 + "。",
    "武汉市人民政府办公厅",
    "2025年3月5日",
]

# ================================================================ Word family via hand-written flat ODT + LibreOffice
def doc_from_fodt(name, body, target="doc", header="", footer="", metaxml=None, tracked="", rename=None):
    src = wsrc(os.path.splitext(name)[0] + ".fodt", fodt(body, header=header, footer=footer, metaxml=metaxml, tracked=tracked))
    soffice(src, target, rename or name)


doc_from_fodt("w01_miji_banshou.doc", [P("000123"), P("机密★1年"), P("特急"),
    P("关于加强重点区域安保工作的通知"), P("各有关单位："), P("根据上级部署，现就近期重点区域安保工作提出如下要求。"),
    P("一、严格落实值守制度。二、加强信息报送。"), P("市公安局办公室"), P("2025年2月18日")])
label("w01_miji_banshou.doc", "block", ["classified_marking"], [],
      "LibreOffice MS Word 97 .doc from hand-written FODT: 份号 then 机密★1年 in the 版头 body lines")

doc_from_fodt("w02_clean_tongzhi.doc", [P(x) for x in CLEAN_NOTICE] +
    [table([["单位", "联系人", "联系电话"], ["市政务公开办", "王某某", "027-85771234"], ["市大数据中心", "李某", "027-85779876"]])])
label("w02_clean_tongzhi.doc", "pass", [], [],
      "clean twin, LibreOffice .doc: notice with landlines, hotline 12345, agency e-mail, 统一社会信用代码, masked names")

doc_from_fodt("w03_id_biaoge.doc", [P("2025年度城乡居民临时救助对象公示"), P("根据《社会救助暂行办法》，现将拟救助对象公示如下："),
    table([["序号", "姓名", "身份证号", "救助金额（元）"], ["1", "陈建国", ID["w03"], "2000"], ["2", "刘某某", "420102********1536", "1500"]]),
    P("公示期：2025年3月1日至3月7日。监督电话：027-82811234。")])
label("w03_id_biaoge.doc", "block", ["id_card"], [ID["w03"]],
      "LibreOffice .doc: full ID in a table cell of a 救助公示 (other row masked)")

doc_from_fodt("w04_yemei_miji.doc", [P("关于2025年防汛抗旱指挥部成员调整的通知"), P("各成员单位："),
    P("经研究，对市防汛抗旱指挥部成员作如下调整，请遵照执行。"), P("市防汛抗旱指挥部办公室"), P("2025年4月2日")],
    header="秘密★2年")
label("w04_yemei_miji.doc", "block", ["classified_marking"], [],
      "LibreOffice .doc: 秘密★2年 only in the page header")

doc_from_fodt("w05_pizhu_id.doc", [P("关于拟表彰2024年度优秀志愿者的公示"),
    PX("经各单位推荐、评审委员会评审，拟表彰优秀志愿者50名", ("x", annotation("请核对第12名周立新 身份证号" + ID["w05"] + " 是否与报名表一致", "科员")), "，现予公示。"),
    P("公示期5个工作日，联系电话：027-83561234。")])
label("w05_pizhu_id.doc", "block", ["id_card", "hidden_content"], [ID["w05"]],
      "LibreOffice .doc: full ID only inside a Word comment (annotation)")

doc_from_fodt("w06_yincang_shouji.doc", [P("关于2025年春季植树活动的安排"),
    PX("请各单位于3月12日上午9时在江滩公园集合。", ("x", hidden("联系人张卫东手机" + MOB["w06"] + "，暂不对外公布"))),
    P("咨询电话：027-82881234。")])
label("w06_yincang_shouji.doc", "review", ["hidden_content", "mobile_phone"], [MOB["w06"]],
      "LibreOffice .doc: mobile in hidden text (character hidden attribute)")

doc_from_fodt("w09_muban_id.dot", [P("行政许可决定书（模板）"), P("申请人：赵晓燕"), P("身份证号码：" + ID["w09"]),
    P("经审查，你提出的申请符合法定条件，决定准予许可。")], target="dot:MS Word 97 Vorlage")
label("w09_muban_id.dot", "block", ["id_card"], [ID["w09"]],
      "LibreOffice Word 97 template (.dot): a template left with a real applicant's ID")

doc_from_fodt("w10_muban_clean.dot", [P("行政许可决定书（模板）"), P("申请人：__________"), P("身份证号码：420102********____"),
    P("经审查，你提出的申请符合法定条件，决定准予许可。"), P("如不服本决定，可在六十日内申请行政复议。咨询电话：12345。")],
    target="dot:MS Word 97 Vorlage")
label("w10_muban_clean.dot", "pass", [], [],
      "clean twin, LibreOffice .dot template with blanks and a masked ID placeholder")

doc_from_fodt("w11_neiwang.wps", [P("关于启用新版公文交换系统的通知"), P("各科室："),
    P("新版公文交换系统已部署，请通过 http://10.21.4.15/oa/gw/login.jsp 登录，原地址停止使用。"), P("信息中心"), P("2025年1月6日")])
label("w11_neiwang.wps", "review", ["internal_address"], [],
      "MS Word 97 binary from LibreOffice saved under the WPS name .wps: intranet URL on 10.21.x.x")

doc_from_fodt("w12_clean.wps", [P("关于公布2025年第一批政务服务事项清单的通知"), P("各区政务服务中心："),
    P("现将第一批政务服务事项清单予以公布，网上办理入口：https://zwfw.hubei.gov.cn。"),
    P("办事咨询：027-87231234，政务服务热线12345。"), P("网络地址分配示例中的保留网段 10.0.0.0/8 不对外使用。")])
label("w12_clean.wps", "pass", [], [],
      "clean twin, .doc binary named .wps: public URL, landline, hotline, reserved range written whole")

doc_from_fodt("w13_shuxing_id.doc", [P("2025年第一季度信访工作情况通报"), P("一季度共受理群众来信来访312件次，办结率98.7%。")],
    metaxml=meta(title="信访通报", subject="来访人 孙卫民 " + ID["w13"], keywords="信访;" + ID["w13"], author="信访局"))
label("w13_shuxing_id.doc", "block", ["id_card"], [ID["w13"]],
      "LibreOffice .doc: full ID only in document properties (subject and keywords), body clean")

doc_from_fodt("w14_yejiao_shouji.doc", [P("关于组织参加全市安全生产培训的通知"), P("请各单位于4月10日前报名。")],
    footer="联系人：黄丽 手机：" + MOB["w14"])
label("w14_yejiao_shouji.doc", "review", ["mobile_phone"], [MOB["w14"]],
      "LibreOffice .doc: personal mobile only in the page footer")

tracked = ('<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info>'
           '<dc:creator>李科长</dc:creator><dc:date>2025-03-02T10:00:00</dc:date></office:change-info>'
           f'<text:p>（举报人：吴海涛，身份证号{ID["w15"]}）</text:p></text:deletion></text:changed-region></text:tracked-changes>')
doc_from_fodt("w15_xiuding_id.doc", [P("关于某小区违建问题的处理情况说明"),
    PX("经查，群众反映的问题属实", ("x", '<text:change text:change-id="ct1"/>'), "，已责令限期拆除。")], tracked=tracked)
label("w15_xiuding_id.doc", "block", ["id_card", "hidden_content"], [ID["w15"]],
      "LibreOffice .doc with a tracked deletion holding a whistle-blower's ID")

# ---------------------------------------------------------------- RTF
doc_from_fodt("r01_lo_yemei.rtf", [P("关于2025年度重点工程进度的报告"), P("市政府："), P("现将重点工程进展情况报告如下。")],
    target="rtf", header="机密★")
label("r01_lo_yemei.rtf", "block", ["classified_marking"], [],
      "LibreOffice RTF: 机密★ in the page header ({\\header})")

md = ("# 关于拖欠农民工工资投诉的处理回复\n\n投诉人：郑志强，身份证号 " + ID["r02"] + "，联系电话 " + MOB["r02"] +
      "。\n\n经核查，相关企业已于2025年3月10日足额支付工资。\n")
p = wsrc("r02.md", md)
subprocess.run(["pandoc", "-s", "-f", "markdown", "-t", "rtf", "-o", os.path.join(OUT, "r02_pandoc_id.rtf"), p], check=True)
label("r02_pandoc_id.rtf", "block", ["id_card", "mobile_phone"], [ID["r02"], MOB["r02"]],
      "pandoc standalone RTF (\\uN? escapes): complainant's ID and mobile in body")

md = ("# 2025年一季度政务公开工作情况\n\n一季度主动公开政府信息1,236条，办理依申请公开43件。\n\n"
      "示例：身份证号 420102\\*\\*\\*\\*\\*\\*\\*\\*0276，手机 139\\*\\*\\*\\*5618。\n\n"
      "咨询电话 027-85771234，热线 12345、12369。\n")
p = wsrc("r06.md", md)
subprocess.run(["pandoc", "-s", "-f", "markdown", "-t", "rtf", "-o", os.path.join(OUT, "r06_pandoc_clean.rtf"), p], check=True)
label("r06_pandoc_clean.rtf", "pass", [], [],
      "clean twin, pandoc RTF: masked ID and mobile, landline, hotlines 12345/12369")


def gbk_rtf(text):
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append({"\\": "\\\\", "{": "\\{", "}": "\\}", "\n": "\\par\n"}.get(ch, ch))
        else:
            out.append("".join("\\'%02x" % b for b in ch.encode("gbk")))
    return "".join(out)


def uni_rtf(text):
    out = []
    for ch in text:
        o = ord(ch)
        if o < 128:
            out.append({"\\": "\\\\", "{": "\\{", "}": "\\}", "\n": "\\par\n"}.get(ch, ch))
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


RTF_HEAD = ("{\\rtf1\\ansi\\ansicpg936\\deff0\\deflang1033\\deflangfe2052{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}"
            "{\\f1\\fswiss\\fcharset0 Arial;}}\n{\\*\\generator Msftedit 5.41.21.2510;}\\viewkind4\\uc1\\pard\\lang2052\\f0\\fs28 ")

t = ("关于发放2025年耕地地力保护补贴的公告\n补贴对象：种粮农户李明华，补贴面积12.6亩，补贴金额1,512.00元。\n"
     "开户银行：中国农业银行某支行，卡号：" + CARD["r03"] + "\n咨询电话：0716-8221234\n")
to_out("r03_gbk_kahao.rtf", RTF_HEAD + gbk_rtf(t) + "}\n")
label("r03_gbk_kahao.rtf", "block", ["bank_card"], [CARD["r03"]],
      "hand-written RTF, \\ansicpg936 with \\'xx GBK bytes (WordPad style): a farmer's card number after 卡号")

t = "机密★5年\n关于某重大项目选址论证情况的汇报\n项目选址已完成初步论证，拟于下月提交常务会议研究。\n"
to_out("r04_uni_miji.rtf", "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\uc1\\pard\\f0\\fs32 " + uni_rtf(t) + "}\n")
label("r04_uni_miji.rtf", "block", ["classified_marking"], [],
      "hand-written RTF with \\uN? escapes only (ansicpg1252): 机密★5年 on the first line")

t = ("关于2025年度城市道路维修工程中标结果的公告\n中标单位：某市政工程有限公司，统一社会信用代码：" + USCC1 +
     "\n中标金额：3,862,400.00元\n工期：120日历天\n联系人：刘工，电话：027-86651234\n监督电话：12345\n")
to_out("r05_gbk_clean.rtf", RTF_HEAD + gbk_rtf(t) + "}\n")
label("r05_gbk_clean.rtf", "pass", [], [],
      "clean twin, hand-written GBK RTF: company credit code, amount, landline, hotline")

t1 = "关于组织开展2025年消防安全检查的通知\n请各单位于4月底前完成自查。"
t2 = "（内部联系人：何俊，手机" + MOB["r07"] + "）"
to_out("r07_hidden_v.rtf", RTF_HEAD + gbk_rtf(t1) + "{\\v " + gbk_rtf(t2) + "}" + gbk_rtf("\n市应急管理局\n") + "}\n")
label("r07_hidden_v.rtf", "review", ["hidden_content", "mobile_phone"], [MOB["r07"]],
      "hand-written GBK RTF: mobile inside {\\v ...} hidden text")

t = "关于退还多缴税款的说明\n经核实，应退还纳税人税款共计3,200.00元。"
ann = "{\\*\\atnid WL}{\\*\\atnauthor " + gbk_rtf("王磊") + "}\\chatn{\\*\\annotation\\pard " + gbk_rtf("退税账户：户名马晓丽，账号" + CARD["p06"]) + "}"
to_out("r08_pizhu_kahao.rtf", RTF_HEAD + gbk_rtf(t) + ann + gbk_rtf("\n市税务局\n") + "}\n")
label("r08_pizhu_kahao.rtf", "block", ["bank_card", "hidden_content"], [CARD["p06"]],
      "hand-written GBK RTF: a person's card number only in an \\annotation comment")

json.dump(LABELS, open(os.path.join(SRC, "labels_part1.json"), "w"), ensure_ascii=False, indent=1)
print("part1", len(LABELS))
exec(open(os.path.join(HERE, "gen2.py"), encoding="utf-8").read())
