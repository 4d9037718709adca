"""Plain-text files (UTF-8 and GB18030) of blind61-disguises."""
from common import *

MASK_DOC = "findings.md: 'Not findings: masked values (330106********0018, 138****1234 …)'; README: normalisation folds full-width to ASCII"


def write(rel, text, enc="utf-8"):
    with open(out(rel), "wb") as f:
        f.write(text.encode(enc))


# t01 full-width ID digits behind 身份证号码：
v = V["ID_T01"]
write("txt/t01_fullwidth_id.txt", f"""关于补发第三代社会保障卡的公告

因制卡批次质量问题，下列人员的社会保障卡需重新制发，请本人携带原卡到区社保中心窗口办理。

申请人：王建新
身份证号码：{fullwidth(v)}
领卡地点：区市民服务中心二楼社保窗口

东城区社会保险事业管理中心
2026年3月12日
""")
label("txt/t01_fullwidth_id.txt", "block", ["id_card"], [fullwidth(v), v],
      "UTF-8 notice; an 18-digit ID typed in full-width digits after 身份证号码：. README: id_card block, valid GB 11643 check digit; normalisation folds full-width to ASCII (dictionaries section), mobile row even names full-width.")

# t02 twin: full-width masked values
write("txt/t02_fullwidth_masked.txt", f"""关于补发第三代社会保障卡的公告

因制卡批次质量问题，下列人员的社会保障卡需重新制发，请本人携带原卡到区社保中心窗口办理。

申请人：王某某
身份证号码：{fullwidth(mask_id(v))}
联系手机：{fullwidth(mask_mobile(V['M_T03']))}
领卡地点：区市民服务中心二楼社保窗口
咨询电话：12333

东城区社会保险事业管理中心
2026年3月12日
""")
label("txt/t02_fullwidth_masked.txt", "pass", [], [],
      "Twin of t01: the ID and a mobile masked, written with full-width digits and full-width asterisks (＊). " + MASK_DOC + "; 12333 is a hotline.")

# t03 mobile in 3-4-4 groups with spaces (GB18030)
m = V["M_T03"]
write("txt/t03_mobile_spaced.txt", f"""2026年春季植树活动志愿者招募启事

活动时间：3月21日（周六）上午8:30
集合地点：滨江公园北门广场
报名方式：请于3月18日前联系活动负责人陈晓梅报名，联系电话：{g(m,[3,4,4])}（微信同号）。

共青团滨江区委员会
""", "gb18030")
label("txt/t03_mobile_spaced.txt", "review", ["mobile_phone"], [g(m, [3, 4, 4]), m],
      "GB18030 text; a person's mobile written 3-4-4 with spaces after 联系电话：. README/findings.md mobile_phone (review): '11-digit mobiles in current 号段, grouped, with +86, full-width'.")

# t04 +86 and hyphens
m = V["M_T04"]
write("txt/t04_mobile_plus86_hyphen.txt", f"""招商引资项目对接会参会回执

单位名称：杭州某某智能装备有限公司
参会代表：刘海峰（总经理）
手机：+86 {g(m,[3,4,4],'-')}
随行人数：2人

请于3月25日前将回执发送至区投资促进局。
""")
label("txt/t04_mobile_plus86_hyphen.txt", "review", ["mobile_phone"], [g(m, [3, 4, 4], "-"), m],
      "A named person's mobile as '+86 139-2648-5173' after 手机：. findings.md mobile_phone: 'grouped, with +86'; severity review.")

# t05 dots between groups
m = V["M_T05"]
write("txt/t05_mobile_dots.txt", f"""失物招领信息

3月9日在区政务服务中心三楼自助区拾得黑色双肩包一个，内有笔记本电脑一台。
失主黄丽娟女士已与中心联系，本人手机 {g(m,[3,4,4],'.')}，请于工作日到一楼服务台认领。
""")
label("txt/t05_mobile_dots.txt", "review", ["mobile_phone"], [g(m, [3, 4, 4], "."), m],
      "A named person's mobile written 186.6723.9015 (dots between 3-4-4 groups) after 手机. findings.md: mobiles 'grouped' are found (the docs name no separator; a reader plainly sees a mobile); review.")

# t06 full-width digits, ideographic spaces between groups (GB18030)
m = V["M_T06"]
write("txt/t06_mobile_fullwidth_ideospace.txt", f"""关于开展老旧小区加装电梯意愿征询的通知

各位业主：
为推进既有住宅加装电梯工作，社区将于本周六在3幢架空层设点征询意见。
楼道联络人：周建平（3幢2单元）
联系手机：{g(fullwidth(m),[3,4,4],'　')}

翠苑一区社区居民委员会
""", "gb18030")
label("txt/t06_mobile_fullwidth_ideospace.txt", "review", ["mobile_phone"], [g(fullwidth(m), [3, 4, 4], "　"), fullwidth(m), m],
      "GB18030; a resident's mobile in full-width digits with U+3000 ideographic spaces between the 3-4-4 groups after 联系手机：. findings.md mobile_phone: 'grouped … full-width'; review.")

# t07 twin: agency landlines and hotlines only (GB18030)
write("txt/t07_landline_hotline.txt", """2026年春季植树活动志愿者招募启事

活动时间：3月21日（周六）上午8:30
集合地点：滨江公园北门广场
报名方式：请于3月18日前致电团区委办公室报名，联系电话：0571-8765 4321，传真：（0571）8765 4322。
如有意见建议，可拨打政务服务便民热线12345。

共青团滨江区委员会
""", "gb18030")
label("txt/t07_landline_hotline.txt", "pass", [], [],
      "Twin of t03 with only an agency landline (spaced 0571-8765 4321), a fax and the 12345 hotline. README: 'nor are hotlines (12345, 12369), agency landlines'.")

# t08 ID cut by a fixed-width line wrap, after its label on the same line
v = V["ID_T08"]
para = ("经区见义勇为评审委员会评审，现将拟表彰人员情况公告如下：受表彰人员李建国，男，现住西湖区留下街道，"
        f"身份证号：{v}，2025年11月在西溪湿地勇救落水儿童两名，事迹突出，群众反映良好。"
        "公示期间如有异议，请以书面形式向区委政法委反映，并署真实姓名和联系方式。")
lines = wrap_inside(para, v)
write("txt/t08_id_wrapped_lines.txt", "关于拟表彰见义勇为人员的公示\n\n" + "\n".join(lines) + "\n\n西湖区见义勇为基金会\n2026年3月5日\n")
label("txt/t08_id_wrapped_lines.txt", "block", ["id_card"], [v],
      "A text exported at a fixed line width; the paragraph's hard wrap cuts the ID in two right after 身份证号：. README Tables: 'a number that a line break cuts in two is one number when its layout wrapped it: an ID or a card (checksums) after its label on the same line'; id_card block.")

# t09 card grouped by 4 and wrapped (GB18030)
c = V["C_T09"]
cg = g(c, [4, 4, 4, 4, 3])
para = ("经核实，申请人赵春燕符合2025年度困难职工生活救助条件，救助金3000元将于3月底前发放至其本人账户，"
        f"开户银行：中国工商银行杭州西湖支行，银行卡号：{cg}。如账户信息有误，请于3月20日前到区总工会权益保障部更正。")
lines = wrap_inside(para, cg)
write("txt/t09_card_grouped_wrapped.txt", "困难职工生活救助发放告知\n\n" + "\n".join(lines) + "\n", "gb18030")
label("txt/t09_card_grouped_wrapped.txt", "block", ["bank_card"], [cg, c],
      "GB18030; a person's ICBC card (Luhn-valid, 622202…) written in groups of four after 银行卡号：, and the fixed-width wrap cuts it. findings.md bank_card: 'Luhn-valid 16–19 digit … UnionPay (62…) or next to 卡号/账号/银行'; README: a card after its label cut by a layout wrap is one number; block.")

# t10 ID with lower-case x after 证件号
v = V["ID_T10"]
vl = v[:-1] + "x"
write("txt/t10_id_lowercase_x.txt", f"""不动产登记公告

经初步审定，下列不动产权利人申请的登记事项符合条件，现予公告。
权利人：郑晓光
证件号：{vl}
坐落：南山区粤海街道科技园路某号某栋1203室
公告期：15个工作日

深圳市不动产登记中心南山登记所
""")
label("txt/t10_id_lowercase_x.txt", "block", ["id_card"], [vl, v],
      "An ID whose check character X is typed lower-case (…018x) after 证件号：. README id_card: valid GB 11643 check digit; blind57 lists 'a lower-case x' among leaks the tool finds; block.")

# t11 ID written in 6-8-4 groups
v = V["ID_T11"]
vg = g(v, [6, 8, 4])
write("txt/t11_id_grouped.txt", f"""遗失声明

本人孙卫东，身份证号码：{vg}，于2026年3月2日不慎遗失南京市玄武区残疾人联合会核发的助残服务证一本，特此声明作废。
""")
label("txt/t11_id_grouped.txt", "block", ["id_card"], [vg, v],
      "A 遗失声明 with the ID typed in 6-8-4 groups (as people group region/birth/tail) after 身份证号码：. findings.md id_card: a 居民身份证号 with a valid GB 11643 check digit is block; a reader sees the whole unmasked number (spacing is not masking).")

# t12 twin: order, invoice, credit codes (not personal data)
write("txt/t12_order_invoice_codes.txt", f"""政府采购合同公告

一、合同编号：XHCG-2026-0318-017
二、采购人：杭州市西湖区机关事务管理局（统一社会信用代码：{V['USCC2']}）
三、供应商：杭州某某办公设备有限公司（统一社会信用代码：{V['USCC1']}）
四、订单号：202603181045227719
五、发票代码：033002100111　发票号码：04826173
六、电子发票号码：26332000000041187524
七、合同金额：人民币 486,300.00 元
八、联系方式：采购人联系电话 0571-87051234
""")
label("txt/t12_order_invoice_codes.txt", "pass", [], [],
      "Long numbers next to labels that are not personal data: 统一社会信用代码 (valid check characters), an 18-digit 订单号 that is no ID (no real region/birth date), a 12-digit 发票代码, an 8-digit 发票号码, a 20-digit 全电发票号码, an agency landline. README: 'nor are … a company's 统一社会信用代码'; findings.md: serial numbers are not findings.")

# t13 legacy 15-digit ID next to 身份证 (GB18030)
v = V["LEG_T13"]
write("txt/t13_legacy15.txt", f"""关于补办一代身份证遗留户籍信息更正的公示

经查，居民钱国庆户籍登记信息中的出生日期有误，现予更正公示。
原登记一代身份证：{v}
户籍地：西湖区北山街道
公示期：2026年3月10日至3月16日

西湖区公安分局北山派出所
""", "gb18030")
label("txt/t13_legacy15.txt", "block", ["id_card"], [v],
      "GB18030; a 15-digit first-generation ID after 一代身份证：. README id_card: '15-digit legacy IDs next to 身份证' (id_card.legacy15); block.")

# t14 marking spaced with an ideographic space and full-width digit
write("txt/t14_marking_spaced_fullwidth.txt", """秘　密★１年
关于做好2026年防汛应急物资储备工作的通知

各镇（街道）、区级有关部门：
现将区防汛应急物资储备点位及调拨方案印发给你们，请严格落实。

区防汛抗旱指挥部办公室
""")
label("txt/t14_marking_spaced_fullwidth.txt", "block", ["classified_marking"], [],
      "First line 秘　密★１年 (an ideographic space between the level's characters, a full-width 1). README: classified_marking 秘密★1年 block; dictionaries: 'full-width → ASCII … spacing next to CJK removed, so 秘 密 matches 秘密'.")

# t15 level + ＊ + period on the first line (GB18030)
write("txt/t15_marking_fw_asterisk.txt", """机密＊２年
关于重点目标单位安全防范情况的通报

各有关单位：
现将近期重点目标单位安全防范检查发现的问题通报如下，请认真整改。
""", "gb18030")
label("txt/t15_marking_fw_asterisk.txt", "block", ["classified_marking"], [],
      "GB18030; first line 机密＊２年 (full-width asterisk for the star). README: 'On a document's first line … a level and its period alone are a marking whatever stands for the star'; block.")

# t16 份号 then a level with ☆ and period
write("txt/t16_fenhao_whitestar.txt", """000031
机密☆5年
特急

关于调整部分区域应急指挥通信频点的通知

各成员单位：
根据省应急管理厅要求，自4月1日起调整应急指挥通信频点，具体方案另行下发。
""")
label("txt/t16_fenhao_whitestar.txt", "block", ["classified_marking"], [],
      "A 份号 line, then 机密☆5年, then the urgency 特急. README: '绝密☆长期' is a marking; 'On a document's first line (after a 份号 or an urgency at most) … a level and its period alone are a marking whatever stands for the star'; block.")

# t17 bare 秘密级 heading the document
write("txt/t17_marking_level_ji.txt", """秘密级

2026年第一季度社会稳定风险研判情况

一、总体情况
一季度全区社会大局总体平稳，重点领域风险可控。
二、需关注的问题
部分征迁项目信访总量有所上升，需提前研判。
""")
label("txt/t17_marking_level_ji.txt", "block", ["classified_marking"], [],
      "A bare 秘密级 alone heading the document. README classified_marking: 'a bare 秘密/秘密级/【秘密】 heading a document'; block.")

# t18 twin of the marking files: an open-attribute heading
write("txt/t18_open_attribute.txt", """公开属性：主动公开

关于做好2026年防汛应急物资储备工作的通知

各镇（街道）、区级有关部门：
现将区防汛应急物资储备点位及调拨方案印发给你们，请严格落实。储备点位向社会公布，便于群众就近获取。

区防汛抗旱指挥部办公室
""")
label("txt/t18_open_attribute.txt", "pass", [], [],
      "Twin of t14: the first line is 公开属性：主动公开 (an open document's attribute), no level word. findings.md classified_marking needs a level (秘密/机密/绝密); nothing else found.")

# t19 certificate-number range that starts like a mobile
write("txt/t19_cert_range.txt", """关于注销部分建筑施工特种作业操作资格证书的公告

根据《建筑施工特种作业人员管理规定》，现将证书编号 13512340001 至 13512340050 的批次证书予以注销，注销原因为培训机构资质撤销。
上述证书持有人可于6月30日前参加补考后重新取证。
咨询电话：0571-85170231
""")
label("txt/t19_cert_range.txt", "pass", [], [],
      "An 11-digit 证书编号 range starting 135 (looks like mobiles). findings.md: 'serial numbers (编号 … and the end of a range of them: 证书编号 A 至 B, when B is as long as A and begins as A does)' are not findings; landline is an agency's.")

# t20 an 11-digit amount followed by 元 (GB18030)
write("txt/t20_amount_yuan.txt", """2025年全区固定资产投资完成情况

2025年全区完成固定资产投资 13512344300 元，同比增长6.2%，其中工业投资 3862150000 元。
重点项目完成投资占比达到百分之五十八。

区统计局
""", "gb18030")
label("txt/t20_amount_yuan.txt", "pass", [], [],
      "GB18030; an 11-digit figure 13512344300 followed by 元 across a space. README mobile_phone: not amounts 'followed by their unit as a word of its own (13512344300元, also across a space or line break)'.")

# t21 mobile after its label cut between groups by the fixed-width wrap
m = V["M_T21"]
mg = g(m, [3, 4, 4])
para = ("为方便群众办理居住证签注业务，社区警务室自3月起实行预约服务，每周二、周四下午集中受理，"
        f"社区民警吴志刚，联系电话：{mg}，请提前一天预约，携带本人身份证件及租房合同原件。"
        "节假日期间暂停受理，恢复时间另行通知，给您带来的不便敬请谅解。")
i = para.index(mg)
# choose a width whose break falls between the groups
for w in range(24, 40):
    cut = [k * w for k in range(1, len(para) // w + 1)]
    if any(b in (i + 4, i + 9) for b in cut):
        lines = wrap_fixed(para, w)
        break
write("txt/t21_mobile_wrapped.txt", "居住证签注预约服务公告\n\n" + "\n".join(l.rstrip() for l in lines) + "\n")
label("txt/t21_mobile_wrapped.txt", "review", ["mobile_phone"], [mg, m],
      "A fixed-width export whose wrap cuts a mobile between its 3-4-4 groups right after 联系电话：. README Tables: 'a mobile after a phone label (电话, 手机, 联系…) either between its 3-4-4 groups or anywhere when its line is as long as the text's longest'; review.")

dump_labels("txt")
