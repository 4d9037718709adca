#!/usr/bin/env python3
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from vals import ID, CARD
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/b43out"
P, R, B = "pass", "review", "block"
L = [
("w2_01_huiyi_tongzhi.txt", P, [], [], "UTF-8 会议通知 with 文号, agency landline and fax, （此件公开发布）"),
("w2_02_tingshui_gonggao.txt", P, [], [], "GB18030 停水公告: hotlines 96390/12345, company credit code, DN800"),
("w2_03_miji_tongzhi.txt", B, ["classified_marking"], [], "GB18030 通知 with 秘密★1年 on the first line (GB/T 9704 版头)"),
("w2_04_chufa_geren_tuomin.txt", P, [], [], "行政处罚决定书 of a person: masked name and ID, masked plate 浙A·***45, amounts, 12315"),
("w2_05_chufa_mobile.txt", R, ["mobile_phone"], ["13958627413"], "行政处罚决定书: ID masked but the party's mobile left whole after 联系电话"),
("w2_06_baomi_xuanchuan.txt", P, [], [], "保密宣传 article: 上网不涉密, the three levels named, 工作秘密 defined, a question about 内部资料 in quotes"),
("w2_07_jianbao_gongzuomimi.txt", R, ["sensitive_term"], [], "工作简报 declaring itself: 本简报属工作秘密，仅限…不得对外公开"),
("w2_08_renqian_gongshi.txt", P, [], [], "任前公示: names, birth months, 12380 and a landline, postcode"),
("w2_09_fangxun_tongzhi_bugongkai.txt", R, ["sensitive_term"], [], "印发通知 ending with （此件不公开）"),
("w2_10_yusuan_shuoming.txt", P, [], [], "预算公开说明: 11-digit amounts starting 158/135 followed by 元 (15823460000元, 13572400000元), landline"),
("w2_11_gangao_tongzhi_big5.txt", P, ["email"], [], "Big5 港澳 internship notice: agency mailbox (info), spaced landline (0571) 8673 2206, HK landline (852) 2528 6310"),
("w2_12_taiwan_mingdan_big5.txt", R, ["passport"], ["08231947", "05716238", "07425913"], "Big5 list of Taiwan visitors with 台灣居民來往大陸通行證號碼：8 digits"),
("w2_13_jiuye_tongji.csv", P, [], [], "CSV employment statistics, unit 人, landline in a note"),
("w2_14_gengdi_butie_id.csv", B, ["id_card"], ID[2:8], "GB18030 CSV subsidy list with six whole IDs in a 身份证号 column"),
("w2_15_yanglao_gongshi.csv", P, [], [], "CSV pension list with masked IDs (6+8*+4) and masked cards, landline and 12345"),
("w2_16_gaoling_jintie.csv", R, ["mobile_phone"], ["13705817264", "15968143027", "18857196530", "13867428051"], "CSV 高龄津贴 list with recipients' mobiles whole in 联系电话"),
("w2_17_nianbao.md", P, ["email"], [], "Markdown 政府信息公开年度报告 with pipe tables (不予公开——属于国家秘密/内部事务信息 rows), agency email (info)"),
("w2_18_butie_zhanghao.md", B, ["bank_card"], [CARD[1], CARD[2]], "Markdown 农机补贴 table: two persons' Luhn-valid cards under 兑付账号 (a cooperative's 20-digit account beside them)"),
("w2_19_xinxi_zhinan.md", P, ["email"], [], "Markdown 政府信息公开指南: 条例 第十四/十五/十六条, landline, fax, agency email, postcode"),
("w2_20_jianbao.html", P, [], [], "CMS HTML 工作简报 with platform comments (栏目：工作动态 id=2031, /栏目), ICP/公安备案 footer, hotline, landline"),
("w2_21_neibu_ziliao.html", R, ["sensitive_term"], [], "CMS HTML economic analysis headed 内部资料 注意保存"),
("w2_22_chuguo_gongshi.html", R, ["passport"], ["E73615284"], "CMS HTML 出国团组公示 with a member's 护照号：E73615284 in a table cell"),
("w2_23_lingdao_huodong.html", P, [], [], "CMS HTML 领导活动报道 with a picture path of digits"),
("w2_24_baomi_wenda.html", P, [], [], "CMS HTML 保密知识问答: numbered questions on 工作秘密 and 内部资料 with answers, 12339"),
("w2_25_zhaobiao.html", P, ["email"], [], "CMS HTML 招标公告: 项目代码, credit code, the trading centre's 20-digit account, landlines, agent's email (info)"),
("w2_26_tuanzu_comment.html", R, ["hidden_content"], [], "CMS HTML 公示 with an HTML comment note: 待区委宣传部审定后再发，名单中第3人尚有争议，暂勿公开"),
("w2_27_xitong_tupian.html", R, ["internal_address"], [], "CMS HTML notice whose <img src> points at an upload path on host 192.168.20.31 port 8080"),
("w2_28_banshi_zhinan_link.html", R, ["internal_address"], [], "CMS HTML 办事指南 whose download link goes to the intranet host oa.qhzf.lan"),
("w2_29_changwuhui_jiyao.docx", P, [], [], "python-docx 常务会议纪要: 保守国家秘密法实施条例 studied, 国家秘密、工作秘密和可公开信息 as prose"),
("w2_30_zhengqian_jiyao_header.docx", B, ["classified_marking"], [], "python-docx 会议纪要 with 机密★1年 only in the page header"),
("w2_31_bdc_xitong_intranet.docx", R, ["internal_address"], [], "python-docx 通知 with a system address on host 10.32.4.18 port 8080 in the body"),
("w2_32_wangge_hidden.docx", R, ["hidden_content"], ["13605718264"], "python-docx 公告 with a hidden run (w:vanish) about a dismissed 网格员 holding his mobile"),
("w2_33_bdc_banshi_zhinan.docx", P, [], [], "python-docx 办事指南: blank 身份证号：____, example values masked (110101********0011, 138****0000), fees, landline"),
("w2_34_zhengwu_jiyao_comment.docx", R, ["hidden_content"], [], "python-docx 会议纪要 with a Word comment (comments.xml added by hand) questioning a figure"),
("w2_35_weiwenjin_tuomin.xlsx", P, [], [], "openpyxl 慰问金名单 with masked IDs and masked mobiles, landline"),
("w2_36_duban_taizhang.xlsx", P, [], [], "openpyxl 督办台账: 文号, dates, officials' titles, landline"),
("w2_37_rexian_hidden_sheet.xlsx", R, ["hidden_content"], ["13757126094", "18968021573"], "openpyxl 12345 statistics with a hidden sheet 重复投诉人 (names masked, mobiles whole)"),
("w2_38_tongji_gongbao.pdf", P, [], [], "ReportLab STSong-Light 统计公报, amounts and percentages, landline"),
("w2_39_canji_butie_id.pdf", B, ["id_card"], [ID[6]], "ReportLab table 护理补贴名单: one row's ID whole between masked rows"),
("w2_40_yishenqing_dafu_rl.pdf", P, [], [], "ReportLab 依申请公开答复: 潘某某, 条例第十六条 quoted (内部管理信息)"),
("w2_41_saomiao_tonggao.pdf", R, ["unreadable"], [], "PIL-rendered scan of a clean 通告 wrapped in a PDF: image only, read only by OCR (unreadable.ocr_only)"),
("w2_42_yishenqing_dafu_id.docx", B, ["id_card"], [ID[0]], "npm docx 依申请公开答复书 with the applicant's ID whole"),
("w2_43_yishenqing_dafu_tuomin.docx", P, ["email"], [], "npm docx 依申请公开答复书: masked ID, 条例 第十四条/第十六条 quoted (国家秘密, 内部事务信息), agency email (info)"),
("w2_44_huodong_tongzhi_revision.docx", R, ["hidden_content"], [], "npm docx 通知 with a tracked deletion and insertion left in"),
("w2_45_diaoyan_baogao_footer.docx", R, ["sensitive_term"], [], "npm docx 调研报告 whose footer says 仅供内部参考"),
("w2_46_lingdao_fengong.docx", P, [], [], "npm docx 领导分工 with a header 青湖区人民政府, landline and fax, （此件公开发布）"),
("w2_47_zhongliang_butie_card.xlsx", B, ["bank_card"], [CARD[0], CARD[3], CARD[4]], "exceljs 种粮大户补贴 with 开户银行 and three persons' Luhn-valid 银行卡号"),
("w2_48_xiangmu_qingdan_header.xlsx", B, ["classified_marking"], [], "exceljs project list whose print header is &C秘密★1年"),
("w2_49_touzi_xiangmu_gongshi.xlsx", P, [], [], "exceljs 投资项目公示: 项目代码, credit codes, amounts in 元, 文号, landline"),
("w2_50_zhengwu_huibao.pptx", P, [], [], "pptxgenjs slides with harmless notes, landline"),
("w2_51_fangxun_bushu_notes.pptx", R, ["mobile_phone"], ["18757139026"], "pptxgenjs slides whose speaker notes hold an official's mobile"),
("w2_52_weiwen_fenxi_miji.pdf", B, ["classified_marking"], [], "Chromium PDF with 秘密★1年 at the top left of page 1"),
("w2_53_baomi_peixun_tongzhi.pdf", P, ["email"], [], "Chromium PDF 保密审查培训通知: 国家秘密、工作秘密 in the syllabus, 密级标志识别, masking rule described, agency email"),
("w2_54_canji_butie_tuomin.pdf", P, [], [], "Chromium PDF ruled table of masked names and IDs, landline, 12345"),
("w2_55_anjian_chufa_qiye.pdf", P, [], [], "Chromium PDF 行政处罚 of a company: credit code, 法定代表人 masked, amount"),
("w2_56_gongwuche_plate.pdf", R, ["license_plate"], ["浙A·D73519", "浙AD73519"], "Chromium PDF 公务用车 table: one new-energy plate whole, two masked"),
("w2_57_zhujian_chufa_id.pdf", B, ["id_card"], [ID[3]], "LibreOffice PDF (from DOCX) 行政处罚决定书 with the party's ID whole"),
("w2_58_huanjing_chufa_qiye.pdf", P, [], [], "LibreOffice PDF 行政处罚 of a company: credit code, GB 16297—1996, amounts"),
("w2_59_yibao_tonggao.pdf", P, [], [], "LibreOffice PDF 通告 with a header 青湖区人民政府办公室文件, 12393, landline"),
("w2_60_zhongbiao_gonggao.doc", P, [], [], "legacy .doc by LibreOffice: 中标结果公告 with 项目编号, credit code, 注册编号 浙233151612345, amount"),
("w2_61_jineng_butie_id.xls", B, ["id_card"], [ID[4]], "legacy .xls by LibreOffice: training subsidy list, one ID whole, two masked"),
]
labels = [{"file": f, "expect_verdict": v, "expect_categories": c, "raw_values": r, "note": n} for f, v, c, r, n in L]
missing = [l["file"] for l in labels if not os.path.exists(os.path.join(OUT, l["file"]))]
extra = sorted(set(os.listdir(OUT)) - {l["file"] for l in labels} - {"labels.json", "README.md"})
assert not missing and not extra, (missing, extra)
json.dump(labels, open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
from collections import Counter
print(len(labels), Counter(l["expect_verdict"] for l in labels))
