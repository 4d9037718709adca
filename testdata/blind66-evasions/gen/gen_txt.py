#!/usr/bin/env python3
"""Plain-text files (UTF-8 and GB18030): characters that render like the plain form."""
from common import *

L = Labels("txt")
ZWSP, ZWNJ, ZWJ, WJ, BOM, SHY = "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"
LRM, RLO, PDF_ = "\u200e", "\u202e", "\u202c"


def notice(lines):
    return "\n".join(lines) + "\n"


HEAD = "关于公布2026年第一批城乡居民临时救助结果的公告"
TAIL = ["", "如有异议，请在公示期内向区民政局反映，监督电话：12345。", "", "某某区民政局", "2026年3月16日"]

# ---------------- zero-width and soft hyphen -----------------
v = ID["a"]
write_text("txt/t01_zwsp_id.txt", notice([HEAD, "",
    "经审核，以下申请人符合临时救助条件，现予公示：",
    "申请人：张某某，身份证号：" + v[:6] + ZWSP + v[6:14] + ZWSP + v[14:] + "，救助金额3000元。"] + TAIL))
L.add("txt/t01_zwsp_id.txt", "block", ["id_card"], [v],
      "UTF-8 text; a full ID after 身份证号 with U+200B between its region, birth date and order groups: the page shows the plain ID. " + Q["id"] + "; " + Q["zw"] + ".")

v = CARD["a"]
write_text("txt/t03_bom_card.txt", notice(["退付申请受理结果告知", "",
    "申请人李某某的社保费退付申请已受理，退付款将转入其本人银行卡。",
    "银行卡号：" + BOM.join([v[0:4], v[4:8], v[8:12], v[12:16], v[16:]]) + "（中国建设银行）",
    "", "某某区社会保险事业管理中心"]))
L.add("txt/t03_bom_card.txt", "block", ["bank_card"], [v],
      "A person's UnionPay card (Luhn-valid, 19 digits) after 银行卡号 with U+FEFF (a BOM pasted mid-text, zero-width no-break space) between groups of four. " + Q["card"] + "; " + Q["zw"] + ".")

write_text("txt/t05_zw_marking.txt", notice(["秘" + ZWSP + "密★" + ZWNJ + "1年",
    "关于做好重点项目前期工作的通知", "",
    "各有关单位：为加快推进重点项目建设，现就有关事项通知如下。",
    "一、抓紧完成可研报告编制。", "二、按时报送项目进展情况。", "", "某某市发展和改革委员会"]))
L.add("txt/t05_zw_marking.txt", "block", ["classified_marking"], [],
      "First line 秘密★1年 with U+200B inside the level word and U+200C after the star: renders exactly as the marking. " + Q["mark"] + "; " + Q["zw"] + ".")

v = MOBILE["h"]
write_text("txt/t07_rlo_mobile.txt", notice(["关于公布物业服务投诉受理渠道的通知", "",
    "各小区业主：物业服务投诉可拨打12345热线，或联系片区负责人。",
    "片区负责人：赵某，手机：" + RLO + v[::-1] + PDF_ + "。", "", "某某街道办事处"]))
L.add("txt/t07_rlo_mobile.txt", "review", ["mobile_phone"], [v],
      "The mobile is stored reversed inside U+202E RIGHT-TO-LEFT OVERRIDE … U+202C, so any bidi-aware viewer shows the plain mobile " + v[:3] + "… in its right order. " + Q["mob"] + "; " + Q["silent"] + " (bidi overrides).")

# ---------------- digits from other blocks -----------------
v = MOBILE["d"]
write_text("txt/t09_mathbold_mobile.txt", notice(["关于举办社区文化节的通知", "",
    "本次文化节设书法、摄影、戏曲三个项目，欢迎居民报名。",
    "报名咨询：周老师 手机 " + v.translate(MATH_BOLD), "", "某某社区居民委员会"]))
L.add("txt/t09_mathbold_mobile.txt", "review", ["mobile_phone"], [v],
      "A mobile after 手机 in MATHEMATICAL BOLD DIGITS (U+1D7CE…, what 'bold' text generators on social media paste): renders as bold digits. " + Q["silent"] + "; the 11-digit mobile after a phone label is what the reader sees (" + Q["mob"] + ").")

v = MOBILE["e"]
write_text("txt/t11_circled_mobile.txt", notice(["失物招领启事", "",
    "3月10日在区政务服务中心大厅拾到黑色钱包一个，请失主联系认领。",
    "认领请联系：马某 手机" + v.translate(CIRCLED), "", "某某区政务服务中心"]))
L.add("txt/t11_circled_mobile.txt", "review", ["mobile_phone"], [v],
      "A mobile after 手机 written in circled digits (①…⑨, ⓪): each renders as a digit in a ring, eleven of them after a phone label. " + Q["silent"] + "; a reviewer reads a mobile there.")

v = MOBILE["f"]
write_text("txt/t12_superscript_mobile.txt", notice(["关于更正招聘联系方式的说明", "",
    "原公告中的联系方式有误，现更正如下：",
    "联系人：郑某，手机：" + v.translate(SUPERSCRIPT) + "。", "", "某某区人力资源和社会保障局"]))
L.add("txt/t12_superscript_mobile.txt", "review", ["mobile_phone"], [v],
      "A mobile after 手机 in superscript digits (¹³⁵…, NFKC folds them to ASCII): renders as small raised digits. " + Q["silent"] + ".")

v = ID["g"]
write_text("txt/t13_arabicindic_id.txt", notice(["关于注销个体工商户营业执照的公告", "",
    "经营者：钱某某，经营者身份证号：" + v.translate(ARABIC_INDIC) + "。",
    "该个体工商户已申请注销登记，特此公告。", "", "某某区行政审批局"]))
L.add("txt/t13_arabicindic_id.txt", "block", ["id_card"], [v],
      "An ID after 身份证号 in ARABIC-INDIC DIGITS (U+0660–0669, decimal digits of Unicode category Nd): a reader of Arabic script reads the ID. " + Q["silent"] + "; " + Q["id"] + ".")

v = MOBILE["a"]
write_text("txt/t14_cnnumeral_mobile.txt", notice(["关于公布村级河长名单的公告", "",
    "某某村河长：冯某某，联系方式：一三九一七二六四五〇八（手机）。",
    "河长负责巡河、发现问题及时上报。", "", "某某镇人民政府"]))
L.add("txt/t14_cnnumeral_mobile.txt", "review", ["mobile_phone"], [v],
      "A person's mobile written in Chinese numerals (一三九…〇八) with （手机）: a Chinese reader dials it as written. " + Q["silent"] + " (Chinese numerals are not digits to the normaliser); labelled review as what a reviewer must see.")

v = MOBILE["g"]
write_text("txt/t15_cncapital_mobile.txt", notice(["关于设立防汛值守联系人的通知", "",
    "汛期值守联系人：褚某，手机号码：壹捌捌壹壹贰零柒叁玖伍。", "请各村保持通讯畅通。", "", "某某镇防汛抗旱指挥部"]))
L.add("txt/t15_cncapital_mobile.txt", "review", ["mobile_phone"], [v],
      "A mobile after 手机号码 in capital numerals (壹捌捌…): the reader converts it at a glance. " + Q["silent"] + "; labelled review as what a reviewer must see.")

# ---------------- marking lookalikes -----------------
def marked(first, title="关于加强重点区域安全防范工作的通知"):
    return notice([first, title, "",
        "各有关单位：为切实做好重点区域安全防范工作，现将有关要求通知如下。",
        "一、落实值守制度。", "二、加强巡查检查。", "三、及时报告情况。", "", "某某市应急管理局"])


for fn, first, enc, what in [
    ("t16_mark_whitestar.txt", "秘密☆1年", "utf-8", "a white star ☆ (U+2606) for ★"),
    ("t18_mark_emojistar.txt", "绝密⭐启用前", "utf-8", "the emoji ⭐ (U+2B50) for ★, period in words 启用前"),
    ("t20_mark_fwasterisk_gb18030.txt", "机密＊10年", "gb18030", "a full-width asterisk ＊ for ★, GB18030 file"),
    ("t23_mark_ideospace.txt", "绝\u3000密\u3000★\u3000长期", "utf-8", "IDEOGRAPHIC SPACEs between the characters"),
    ("t24_mark_traditional.txt", "祕密★1年", "utf-8", "the traditional/variant 祕 for 秘"),
]:
    write_text("txt/" + fn, marked(first), enc)
    extra = ""
    if "ideospace" in fn:
        extra = "; " + Q["dictnorm"]
    if "traditional" in fn:
        extra = "; " + Q["dictnorm"] + " (祕 is the traditional form of 秘)"
    L.add("txt/" + fn, "block", ["classified_marking"], [],
          "First line of a notice is a level and its period written with " + what + ". " + Q["mark"] + extra + ".")

# ---------------- radicals and compatibility ideographs in terms -----------------
write_text("txt/t26_radical_neibuwenjian.txt", notice(["关于2026年度干部教育培训计划的说明", "内部\u2f42件　注意保存", "",
    "一、培训对象：全区科级以上干部。", "二、培训方式：集中轮训与网络学习相结合。", "", "中共某某区委组织部"]))
L.add("txt/t26_radical_neibuwenjian.txt", "review", ["sensitive_term"], [],
      "A label line 内部文件　注意保存 with 文 written as KANGXI RADICAL SCRIPT ⽂ (U+2F42). " + Q["radical"] + "; " + Q["term"] + ".")

# ---------------- country-code prefixes -----------------
for fn, prefix, key, what in [
    ("t28_prefix_0086.txt", "0086", "i", "0086 written straight before the mobile (no separator)"),
    ("t30_prefix_86dash.txt", "86-", "k", "86- with a hyphen"),
]:
    v = MOBILE[key]
    write_text("txt/" + fn, notice(["关于招募海外联络志愿者的公告", "",
        "为服务海外侨胞，现招募联络志愿者若干名。",
        "项目联系人：何某，手机：" + prefix + v + "。", "", "某某市外事办公室"]))
    L.add("txt/" + fn, "review", ["mobile_phone"], [v],
          "A mobile after 手机 with the country code as " + what + ". " + Q["mob"] + " (+86 is named; the other spellings of the same country code are labelled by the rendering: the same mobile).")

# ---------------- clean twins -----------------
a, m = ID["a"], MOBILE["b"]
write_text("txt/t40_zw_masked_twin.txt", notice([HEAD, "",
    "经审核，以下申请人符合临时救助条件，现予公示：",
    "申请人：张某某，身份证号：" + a[:6] + ZWSP + "********" + ZWSP + a[-4:] + "，救助金额3000元。",
    "联系人：刘某，手机：" + m[:3] + ZWJ + "****" + WJ + m[-4:] + "。"] + TAIL))
L.add("txt/t40_zw_masked_twin.txt", "pass", [], [],
      "Twin of t01 (and of docx/d02): the same ID and mobile masked (6+4, 3+4), still with zero-width characters between the groups. " + Q["mask"] + ".")

write_text("txt/t41_cnnumerals_twin_gb18030.txt", notice(["某某县人民政府办公室关于印发二〇二六年重点工作任务分解方案的通知", "",
    "文号：某政办发〔二〇二六〕一三号",
    "各乡镇人民政府，县政府各部门：",
    "现将《二〇二六年重点工作任务分解方案》印发给你们，共一百三十八项任务，请认真贯彻落实。",
    "专项资金预算人民币壹仟叁佰捌拾玖万贰仟元整（小写：13892000元）。",
    "完成时限：二〇二六年十二月三十一日前。", "", "某某县人民政府办公室", "二〇二六年三月十八日"]), "gb18030")
L.add("txt/t41_cnnumerals_twin_gb18030.txt", "pass", [], [],
      "GB18030 text. Twin of t14/t15: Chinese and capital numerals as documents really use them (dates, 文号, a count, an amount with 仟/万 units); no digit string of a mobile or ID. Nothing the docs list as a finding; " + Q["mask"] + " (amounts).")

write_text("txt/t42_fancydigits_twin.txt", notice(["𝟐𝟎𝟐𝟔年政务公开工作要点", "",
    "① 深化重点领域信息公开；",
    "② 优化政府网站集约化平台，新增栏目𝟏𝟐个；",
    "③ 办好“政府开放日”活动，全年不少于⑥场。",
    "全区公共绿地面积达到1.2万m²，人均绿地面积12.6m²。", "", "某某区人民政府办公室"]))
L.add("txt/t42_fancydigits_twin.txt", "pass", [], [],
      "Twin of t09/t11/t12: mathematical bold, circled and superscript digits as decoration and units (a year, list markers, counts, m²); no personal number. Nothing the docs list as a finding.")

write_text("txt/t43_stars_spaced_twin.txt", notice(["企业服务满意度测评结果", "",
    "★★★ 五星服务窗口：不动产登记窗口、社保窗口 ★★★",
    "服务评价：☆☆☆☆☆（满分五星）",
    "本次测评涉及企业 商 业 秘 密 的内容均已删除。",
    "星级评定标准见附件*。", "", "某某区营商环境建设局"]))
L.add("txt/t43_stars_spaced_twin.txt", "pass", [], [],
      "Twin of t16–t20: stars and asterisks as decoration, 商业秘密 spaced out in a sentence; no level word before any star. " + Q["decor"] + "; " + Q["allow"] + ".")

write_text("txt/t44_traditional_law_twin.txt", notice(["保密宣传月活动简报", "",
    "3月，局机关组织学习《中華人民共和國保守國家祕密法》，",
    "并开展“涉密不上网、上网不涉密”主题宣传。", "", "某某局办公室"]))
L.add("txt/t44_traditional_law_twin.txt", "pass", [], [],
      "Twin of t24: the secrecy law's name in traditional characters (祕密, 國家) inside a sentence. " + Q["allow"] + "; " + Q["dictnorm"] + ".")

write_text("txt/t45_prefix_masked_twin.txt", notice(["对外联络方式", "",
    "外事办公室值班电话：+86-10-6512 3456（境外拨打：0086-10-65123456）",
    "传真：(+86) 10-6512 3457",
    "联络员：何某，手机：+86 " + mask_mobile(MOBILE["i"]) + "，境外请拨0086-" + mask_mobile(MOBILE["j"]) + "。",
    "24小时服务热线：12345。", "", "某某市外事办公室"]))
L.add("txt/t45_prefix_masked_twin.txt", "pass", [], [],
      "Twin of t28/t30: country-code prefixes on an agency landline and fax, and on masked mobiles. " + Q["mask"] + ".")

write_text("txt/t46_zw_codes_twin.txt", notice(["关于某某科技有限公司行政许可的公示", "",
    "企业名称：某某科技有限公司",
    "统一社会信用代码：" + USCC[:8] + ZWSP + USCC[8:],
    "许可文号：某审批许〔2026〕0" + ZWSP + "318号",
    "咨询电话：" + "１２３４５".replace("", ZWSP)[1:-1] + "。", "", "某某区行政审批局"]))
L.add("txt/t46_zw_codes_twin.txt", "pass", [], [],
      "Twin: zero-width characters inside a company's credit code, a 文号 and a full-width hotline 12345. " + Q["mask"] + ".")

on = "202603171530248817"   # 18-digit order number: no region code, wrong check digit, fails Luhn
write_text("txt/t47_orderno_twin.txt", notice(["网上商城订单退款处理结果", "",
    "订单编号：" + ZWSP.join([on[:6], on[6:12], on[12:]]).translate(FW),
    "退款金额：128.00元，已原路退回。", "", "某某区消费者权益保护委员会"]))
L.add("txt/t47_orderno_twin.txt", "pass", [], [],
      "Twin of t01 and of the full-width values elsewhere: an 18-digit order number (full-width, zero-width between groups) which starts with no region code (2026…), has a wrong GB 11643 check digit and fails Luhn, after 订单编号. findings.md: 'not serial numbers (编号 …)'; id_card needs 'a valid GB 11643 check digit'.")

L.save()
