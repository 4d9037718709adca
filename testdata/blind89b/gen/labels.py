#!/usr/bin/python3
"""labels.py writes labels.json (the format scripts/score.py reads) for the blind89b corpus."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data import ID, MOB  # noqa: E402

L = [
    ("p01_fangxun_jimi_lo_nofont.pdf", "block", ["classified_marking"], [],
     "LibreOffice PDF without the 公文 fonts (方正小标宋/仿宋_GB2312/黑体 fall back): 机密★5年 heads page 1"),
    ("p02_jiuzhu_gongshi_chromium.pdf", "block", ["id_card"], [ID["yuexiu"]],
     "Chromium print-to-pdf 救助公示: one unmasked ID (ending X) wrapped over 3 lines in a narrow 身份证号 cell; others masked"),
    ("p03_chufa_reportlab_aes256.pdf", "block", ["id_card", "mobile_phone"], [ID["xihu"], MOB[1]],
     "ReportLab + embedded DroidSansFallback subset, qpdf AES-256 (R6) owner-password only: 处罚决定书 with the person's ID (wrapped at a line end) and mobile"),
    ("p04_bianjing_juemi_pdflib.pdf", "block", ["classified_marking"], [],
     "pdf-lib + embedded Noto Sans CJK SC subset, object streams: 绝密★长期 drawn ★ first, then 绝密, then 长期"),
    ("p05_ducha_mimi_gs.pdf", "block", ["classified_marking"], [],
     "LibreOffice PDF rewritten by ghostscript pdfwrite: 秘密★1年 right-aligned at the head of page 1"),
    ("p06_hecha_outline_gs.pdf", "block", ["classified_marking", "id_card"], [ID["wuchang"]],
     "gs -dNoOutputFonts: no text layer; 秘密★3年 at the head and an ID in prose are visible only as outlines (OCR)"),
    ("p07_anquan_saomiao_mimi.pdf", "block", ["classified_marking"], [],
     "scanned notice (pdftoppm 150 dpi grey, rotated 0.6°, JPEG, img2pdf): 秘密★1年 top left"),
    ("p08_chuangye_gongshi.png", "block", ["id_card"], [ID["shinan"], ID["xuhui"]],
     "PNG screenshot (Chromium) of a 创业补贴公示 with two unmasked IDs"),
    ("p09_jingji_fenxi_shuiyin.docx", "review", ["sensitive_term"], [],
     "npm docx with a Word VML watermark (v:textpath string=内部资料) in the header; body is clean"),
    ("p10_xinxihua_neiwang_lianjie.docx", "review", ["internal_address"], [],
     "npm docx: intranet URL http://10.46.12.8:8080/… exists only as a hyperlink target ('点击此处下载')"),
    ("p11_jianyi_yongwei_zhaiwei.docx", "block", ["id_card"], [ID["wuhou"]],
     "npm docx: narrow 身份证号 column, one unmasked ID typed as two runs (10+8 digits) in one cell"),
    ("p12_yusuan_yemei_mimi.xlsx", "block", ["classified_marking"], [],
     "exceljs: print header &L&\"黑体,常规\"&12秘密★1年 only; cells are clean"),
    ("p13_nongchang_shouji_sheetjs.xlsx", "review", ["mobile_phone"], [MOB[0], MOB[4]],
     "SheetJS 示范场名单: 联系电话 column with a grouped mobile (139 5214 6708) and a plain one; names masked; one landline"),
    ("p14_tuiyi_beizhu.pptx", "block", ["id_card", "mobile_phone"], [ID["wuchang"], MOB[5]],
     "pptxgenjs: speaker notes of slide 2 carry a named person's ID and mobile; slides are clean"),
    ("p15_xinfang_hidden_input.html", "block", ["id_card", "hidden_content"], [ID["yuexiu"]],
     "信访 result page: hidden <input name=xfr_sfzh> with the writer's ID and a hidden name field"),
    ("p16_zhaoshang_muban_jimi.ofd", "block", ["classified_marking"], [],
     "OFD (GB/T 33190 structure, make.py): 机密★1年 in the template page, '★1年' TextObject before '机密' in stream order"),
    ("p17_fanpin_neibu.doc", "review", ["sensitive_term", "mobile_phone"], [MOB[6]],
     "LibreOffice-saved .doc: 内部资料 alone as a label at the head (right), a contact mobile in prose"),
    ("p18_weifang_mingdan.xls", "block", ["id_card"], [ID["nanshan"], ID["xuanwu"]],
     "LibreOffice-saved .xls (from exceljs): 危房改造 roster with two unmasked IDs as text cells"),
    ("p19_xinfang_fujian.zip", "review", ["mobile_phone"], [MOB[2]],
     "zip of attachments: a clean scanned PDF + a DOCX reply quoting the citizen's mobile grouped 3-4-4"),
    ("p20_renmian_rc4_40.pdf", "block", ["classified_marking"], [],
     "LibreOffice PDF, qpdf RC4-40 (R2) owner-password only: 秘密★6个月 at the head"),
    ("c01_baomifa_jiedu_lo.pdf", "pass", ["email"], [],
     "LibreOffice PDF with Noto CJK: 保密法 explainer (密级分为绝密、机密、秘密三级, 商业秘密 then a ★★★ line, 三、关于工作秘密, 工作秘密是指…), agency email"),
    ("c02_gaoling_tuomin_chromium.pdf", "pass", [], [],
     "Chromium 高龄津贴公示 with masked IDs (narrow wrapped column), 张某某, masked mobile 139****6708, landline"),
    ("c03_chufa_qiye_reportlab.pdf", "pass", [], [],
     "ReportLab 处罚决定书 against a company: 统一社会信用代码, 16-digit 缴款书编号, 商业秘密 sentence, 12369 and a landline"),
    ("c04_feiyi_aes256.pdf", "pass", [], [],
     "Chromium notice, qpdf AES-256 owner-password only (empty user password): must open and pass"),
    ("c05_duanwu_saomiao.pdf", "pass", [], [],
     "scanned clean holiday notice (pdftoppm + img2pdf), 12345 hotline"),
    ("c06_dibao_tuomin.jpg", "pass", [], [],
     "JPG screenshot of a 低保边缘 公示 with masked IDs and names"),
    ("c07_jiuye_tongji.docx", "pass", [], [],
     "npm docx statistics in a narrow table (330106 | 2024 | 0630 in neighbouring cells), link to stats.gov.cn"),
    ("c08_banjian_linjie.xlsx", "pass", [], [],
     "exceljs: neighbouring cells 330106 | 1988 | 0730 | 6622 would glue into a valid ID; print header 政务服务办件统计（公开）"),
    ("c09_zhongbiao_bianhao_sheetjs.xlsx", "pass", [], [],
     "SheetJS 中标结果: 11-digit 项目编号 starting 132/152 under 项目编号, amounts in a 元 column"),
    ("c10_baomi_peixun.pptx", "pass", [], [],
     "pptxgenjs 保密 training: 三、关于工作秘密 heading, 工作秘密是指…, 保守国家秘密法 quote, a question about 内部资料, notes 商业秘密"),
    ("c11_cms_zhengce.html", "pass", [], [],
     "CMS page: #BeginEditable template comments, data-docid/data-channel, aria-label, hidden _csrf and pageId inputs, noscript, hidden share menu"),
    ("c12_guihua_ofd.ofd", "pass", [], [],
     "OFD clean 停车收费 notice with a red 红头 template and 发文字号"),
    ("c13_zhaosheng_tongzhi.doc", "pass", [], [],
     "LibreOffice-saved .doc clean 招生 notice, landline and 12345"),
    ("c14_bozhong_mianji.xls", "pass", [], [],
     "LibreOffice-saved .xls of crop statistics"),
    ("c15_qiye_mingdan_fujian.zip", "pass", [], [],
     "zip of a clean Chromium PDF and an XLSX of company names with 统一社会信用代码"),
    ("c16_nianbao_gs.pdf", "pass", [], [],
     "ghostscript /ebook rewrite of a LibreOffice 年度报告: 商业秘密 sentence then a ★ ★ ★ decoration line, 上网不涉密，涉密不上网"),
]

out = [{"file": f, "expect_verdict": v, "expect_categories": c, "raw_values": r, "note": n} for f, v, c, r, n in L]
with open(os.path.join(os.path.dirname(HERE), "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
