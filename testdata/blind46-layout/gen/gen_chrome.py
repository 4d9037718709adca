#!/usr/bin/python3
# Chromium --headless --print-to-pdf from HTML written here
import os, subprocess, shutil, tempfile
from common import *
TMP = tempfile.mkdtemp(prefix='b46c_')
HEAD = '<!doctype html><html><head><meta charset="utf-8"><style>@page{size:A4;margin:20mm} body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:12pt;line-height:1.8} h1{font-size:18pt;text-align:center} table{border-collapse:collapse} td,th{border:1px solid #000;padding:3px 6px}%s</style></head><body>'
def pdf(name, css, body, verdict, cats, raw, note):
    h = os.path.join(TMP, name + '.html')
    open(h, 'w', encoding='utf-8').write(HEAD % css + body + '</body></html>')
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--print-to-pdf=' + os.path.join(OUT, name), 'file://' + h], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    add_label(name, verdict, cats, raw, note)

P = '<p>各乡镇人民政府，县直各有关单位：</p><p>为进一步做好春季农业生产工作，现将有关事项通知如下。一、各单位要高度重视，切实加强组织领导。二、请于本月底前将工作进展情况报县农业农村局。</p>'

pdf('c01_chrome_vertical_rl_marking.pdf', 'body{writing-mode:vertical-rl;height:240mm}',
    '<p>秘密★1年</p><h1>关于做好春季农业生产工作的通知</h1>' + P,
    'block', ['classified_marking'], [], 'Chromium: whole notice in writing-mode: vertical-rl (竖排); its first column is 秘密★1年: a first-line marking')
pdf('c02_chrome_vertical_rl_id.pdf', 'body{writing-mode:vertical-rl;height:240mm}',
    '<h1>关于赵国华同志申请公租房的公示</h1><p>经审核，申请人赵国华，身份证号：%s，符合公共租赁住房保障条件，现予公示。</p><p>公示期为七日。</p>' % ID[11],
    'block', ['id_card'], [ID[11]], 'Chromium: vertical-rl notice; the digits of an ID after 身份证号 run sideways in the vertical line: ID blocks')
pdf('c03_chrome_vertical_rl_clean.pdf', 'body{writing-mode:vertical-rl;height:240mm}',
    '<h1>关于赵某某同志申请公租房的公示</h1><p>经审核，申请人赵某某，身份证号：%s，符合公共租赁住房保障条件，现予公示。</p><p>咨询电话：12345。</p>' % mask_id(ID[11]),
    'pass', [], [], 'clean twin of c02: vertical-rl, ID masked 6+4, hotline 12345')
ROWS = ''.join('<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (i + 1, n, u, m) for i, (n, u, m) in enumerate(
    [('钱永刚', '安监站', MOB[2]), ('孙晓梅', '城管中队', MOB[3]), ('李德胜', '派出所', MOB[4])]))
pdf('c04_chrome_rotated_table_mobile.pdf', '.rot{transform:rotate(90deg);transform-origin:left top;position:absolute;left:170mm;top:10mm;width:240mm}',
    '<div class="rot"><h1>防汛值班人员安排表</h1><table><tr><th>序号</th><th>姓名</th><th>单位</th><th>手机号码</th></tr>%s</table></div>' % ROWS,
    'review', ['mobile_phone'], [MOB[2], MOB[3], MOB[4]], 'Chromium: landscape table turned with transform: rotate(90deg) on a portrait page, mobiles under 手机号码: review')
ROWSc = ''.join('<tr><td>%d</td><td>%s</td><td>%s</td></tr>' % (i + 1, u, m) for i, (u, m) in enumerate(
    [('县应急管理局', '0571-86012301'), ('县水利局', '0571-86012302'), ('县气象局', '0571-86012303')]))
pdf('c05_chrome_rotated_table_clean.pdf', '.rot{transform:rotate(90deg);transform-origin:left top;position:absolute;left:170mm;top:10mm;width:240mm}',
    '<div class="rot"><h1>防汛值班电话</h1><table><tr><th>序号</th><th>单位</th><th>值班电话</th></tr>%s</table><p>全天候服务热线：12345</p></div>' % ROWSc,
    'pass', [], [], 'clean twin of c04: rotated table of agency landlines and a hotline')
longp = '<p>' + '全县各级各部门要认真贯彻落实上级决策部署，扎实推进各项重点工作。' * 14 + '</p>'
pdf('c06_chrome_columns3_id.pdf', 'body{columns:3;column-gap:8mm;font-size:10.5pt}',
    '<h1 style="column-span:all">行政处罚决定书</h1>' + longp + '<p>当事人：何振东，身份证号：%s，住所：县城关镇解放路18号。</p>' % ID[12] + longp,
    'block', ['id_card'], [ID[12]], 'Chromium: three CSS columns; a paragraph with an ID after 身份证号 sits in the flow between the columns\' text: ID blocks')
nums = ''.join('<p>第%d项　完成投资%d万元，占年度计划的%d%%。</p>' % (i + 1, 1380 + i * 7, 60 + i) for i in range(40))
pdf('c07_chrome_columns2_numbers_clean.pdf', 'body{columns:2;column-gap:6mm;font-size:10.5pt}',
    '<h1 style="column-span:all">2024年重点项目投资完成情况</h1>' + nums + '<p>咨询电话：12345</p>',
    'pass', [], [], 'clean: two CSS columns of short lines with amounts in 万元 side by side at the gutter; nothing personal')
pdf('c08_chrome_letterspacing_marking.pdf', '.mk{letter-spacing:0.5em;font-size:16pt}',
    '<p class="mk">秘密★1年</p><h1>关于做好春季农业生产工作的通知</h1>' + P,
    'block', ['classified_marking'], [], 'Chromium: first-line marking with CSS letter-spacing: 0.5em (秘 密 ★ 1 年)')
pdf('c09_chrome_letterspacing_mobile.pdf', '.sp{letter-spacing:0.6em}',
    '<h1>关于征集农村人居环境整治意见的公告</h1><p>欢迎社会各界提出意见建议。</p><p class="sp">联系人：许志远　手机：%s</p>' % MOB[5],
    'review', ['mobile_phone'], [MOB[5]], 'Chromium: a contact line letter-spaced 0.6em with a mobile after 手机: mobile review')
pdf('c10_chrome_letterspacing_clean.pdf', '.sp{letter-spacing:0.8em;text-align:center;font-size:16pt}',
    '<p class="sp">县人民政府办公室文件</p><p class="sp">县政办发〔2025〕12号</p><h1>关于做好春季农业生产工作的通知</h1>' + P + '<p class="sp">2025年3月18日</p>',
    'pass', [], [], 'clean: letter-spaced 红头, 文号 and date (0.8em), no marking or personal data')
pdf('c11_chrome_topright_abs_marking.pdf', '.mk{position:absolute;right:0;top:0;font-size:14pt}',
    '<div class="mk">绝密★长期</div><h1 style="margin-top:20mm">关于做好春季农业生产工作的通知</h1>' + P,
    'block', ['classified_marking'], [], 'Chromium: 绝密★长期 positioned absolutely in the top-right corner, written in the HTML after nothing else: a full marking')
pdf('c12_chrome_narrow_cell_id.pdf', '.n{width:5em;word-break:break-all}',
    '<h1>2025年高龄津贴发放名单</h1><table><tr><th>序号</th><th>姓名</th><th class="n">身份证号</th><th>发放金额（元）</th></tr><tr><td>1</td><td>秦玉珍</td><td class="n">%s</td><td>300</td></tr></table>' % ID[13],
    'block', ['id_card'], [ID[13]], 'Chromium table: an ID wrapped over several lines of a narrow cell under 身份证号: one number, ID blocks')
def longtable(unmask):
    rows = ''
    for i in range(70):
        v = ID[(i % 13) + 1]
        rows += '<tr><td>%d</td><td>%s某</td><td>%s</td><td>东风村</td></tr>' % (i + 1, '赵钱孙李周吴郑王冯陈'[i % 10], v if i == unmask else mask_id(v))
    return '<h1>2025年城乡居民养老保险待遇领取人员名单</h1><table><thead><tr><th>序号</th><th>姓名</th><th>身份证号</th><th>所在村</th></tr></thead>%s</table>' % rows
pdf('c13_chrome_table_pages_id.pdf', '', longtable(55), 'block', ['id_card'], [ID[(55 % 13) + 1]],
    'Chromium: a 70-row table over several pages with its thead repeated; row 56 (page 2) shows an ID unmasked')
pdf('c14_chrome_table_pages_clean.pdf', '', longtable(None), 'pass', [], [], 'clean twin of c13: every ID masked 6+4')
pdf('c15_chrome_skew_mobile.pdf', '.sk{transform:skewX(-20deg);display:inline-block}',
    '<h1>寻物启事</h1><p class="sk">本人于3月5日在县政务服务中心遗失黑色公文包一个，拾到者请联系失主，手机：%s，必有酬谢。</p>' % MOB[6],
    'review', ['mobile_phone'], [MOB[6]], 'Chromium: paragraph skewed by transform: skewX(-20deg) with a mobile after 手机: review')
pdf('c16_chrome_vertical_side_term.pdf', '.side{position:absolute;left:0;top:40mm;writing-mode:vertical-rl;font-size:14pt} .main{margin-left:15mm}',
    '<div class="side">内部资料　注意保存</div><div class="main"><h1>全县安全生产形势分析</h1><p>今年以来，全县安全生产形势总体平稳。</p></div>',
    'review', ['sensitive_term'], [], 'Chromium: 内部资料 注意保存 as a vertical (writing-mode) side label in the left margin: a standalone label, sensitive_term review')
shutil.rmtree(TMP)
