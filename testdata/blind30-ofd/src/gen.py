#!/usr/bin/python3
"""Generate the blind30 OFD corpus. Run from anywhere: python3 src/gen.py  (needs Pillow, PyMuPDF).
Writes *.ofd and labels.json into the folder above src/."""
import io, os, json, random, zipfile, hashlib, base64, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ofdlib import Doc, docinfo, package, fmt, gid, NS, HDR
from xml.sax.saxutils import escape

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
random.seed(30)
LABELS = []


def label(f, v, cats, raw, note):
    LABELS.append({"file": f, "expect_verdict": v, "expect_categories": cats, "raw_values": raw, "note": note})


# ---------------- value helpers ----------------
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def rid(region, birth, seq):
    s = region + birth + seq
    c = sum(int(a) * b for a, b in zip(s, W)) % 11
    return s + '10X98765432'[c]


def luhn(prefix_wo_check):
    digits = [int(c) for c in prefix_wo_check]
    tot = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return prefix_wo_check + str((10 - tot % 10) % 10)


def luhn_ok(s):
    s = [int(c) for c in s]
    tot = 0
    for i, d in enumerate(reversed(s)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


USCC_CH = '0123456789ABCDEFGHJKLMNPQRTUWXY'
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17):
    t = sum(USCC_CH.index(c) * w for c, w in zip(body17, USCC_W))
    return body17 + USCC_CH[(31 - t % 31) % 31]


ID1 = rid('330106', '19870715', '002')   # Hangzhou Xihu
ID2 = rid('110105', '19920304', '317')
ID3 = rid('320102', '19780921', '045')
ID4 = rid('440305', '19950112', '268')
ID5 = rid('510107', '19830630', '151')
ID6 = rid('330102', '19690218', '024')
ID7 = rid('370202', '19901127', '383')
ID8 = rid('420106', '20010509', '066')
ID9 = rid('350203', '19850822', '219')
ID10 = rid('610113', '19760403', '437')
CARD1 = luhn('621700123456789012')   # 19 digits UnionPay
CARD2 = luhn('622848001234567891')   # 19
CARD3 = luhn('622588012345678')      # 16
ORGACC = luhn('331616010400012345')  # 19-digit org settlement account (not 62)
for c in (CARD1, CARD2, CARD3, ORGACC):
    assert luhn_ok(c)
MOB = ['13957112345', '18657104321', '15968123456', '13858061234', '13905718642', '17767092315', '15158826047']

# ---------------- layout helpers (GB/T 9704-ish, mm) ----------------
L, R = 27, 183
BODY = 5.64   # 三号 16pt in mm
TITLE = 7.76  # 二号 22pt


def hongtou(d, org='青川市人民政府办公室文件', y=35):
    # red 发文机关标志 + red rule, as a 公文 system writes into a template
    n = len(org)
    size = 11.0
    w = size * n
    x = (210 - w) / 2
    s = d.text(x, y, org, size=size, font=2, fill='255 0 0')
    s += d.rule(L, y + 26, R - L)
    return s


def wrap(t, n=28):
    return [t[i:i + n] for i in range(0, len(t), n)]


def body_lines(d, paras, y0=80, lead=9.8, font=1, size=BODY, style='g'):
    """style g: one TextObject per line, DeltaX 'g n v'; style chars: one TextCode per char (福昕-like);
    style list: DeltaX written out in full."""
    out = []
    y = y0
    for p in paras:
        first = True
        for ln in wrap(('　　' if p and not p.startswith('@') else '') + p.lstrip('@'), 28):
            if style == 'chars':
                codes = [(i * size, size * 0.85, ch, None, None) for i, ch in enumerate(ln)]
                out.append(d.text(L, y, ln, size=size, font=font, codes=codes))
            elif style == 'list':
                dx = ' '.join([fmt(size)] * (len(ln) - 1)) or None
                out.append(d.text(L, y, ln, size=size, font=font, dx=dx))
            else:
                out.append(d.text(L, y, ln, size=size, font=font))
            y += lead
    return ''.join(out), y


def title(d, t, y=62):
    w = len(t) * TITLE
    return d.text(max((210 - w) / 2, L), y, t, size=TITLE, font=2)


def simple_notice(d, ttl, paras, tpl=True, hong=True, style='g', docno='青府办发〔2026〕21号', pre='', post='', y0=None):
    tid = None
    if tpl and hong:
        tid = d.add_template(hongtou(d))
    s = pre
    if docno:
        s += d.text((210 - len(docno) * BODY) / 2, 52, docno, size=BODY, font=1)
    s += title(d, ttl, 70)
    b, y = body_lines(d, paras, y0 or 88, style=style)
    s += b + post
    return d.add_page(d.layer(s), tpl=tid), y


def save(name, docs, **kw):
    package(os.path.join(OUT, name), docs, **kw)


NOTICE_P = [
    '为进一步优化政务服务，方便群众办事，现将市政务服务中心2026年元旦期间办公安排通知如下。',
    '一、2026年1月1日至1月3日，政务服务中心综合窗口暂停对外办公，网上办事大厅正常受理。',
    '二、节假日期间如有紧急事项，请拨打12345政务服务便民热线，或拨打中心值班电话0816-3251234。',
    '三、1月4日起恢复正常办公，办公时间为工作日上午9:00至12:00，下午13:30至17:30。',
    '特此通知。',
]
SIGN = ['@青川市人民政府办公室', '@2026年12月1日']


# ================= PASS =================
def p01():
    d = Doc()
    simple_notice(d, '关于2026年元旦期间政务服务中心办公安排的通知', NOTICE_P + SIGN)
    save('p01_hongtou_tpl_notice.ofd', [d], infos=[docinfo(title='关于2026年元旦期间政务服务中心办公安排的通知', creator='SuwellFormSDK')])
    label('p01_hongtou_tpl_notice.ofd', 'pass', [], [], '公文 with 红头 (发文机关标志 and red rule) in a Background template page; DeltaX g-form; hotline 12345 and a landline; nothing to find')


def p02():
    d = Doc()
    paras = ['根据《中华人民共和国保守国家秘密法》和《中华人民共和国政府信息公开条例》有关规定，为做好2026年保密宣传月工作，现就有关事项通知如下。',
             '一、各单位要坚持“涉密不上网、上网不涉密”原则，严格落实信息公开保密审查制度，对拟公开的信息做到先审查、后公开。',
             '二、组织干部职工学习保守国家秘密法，开展保密知识测试和警示教育。',
             '三、宣传月活动总结请于12月25日前报送市国家保密局。'] + SIGN
    simple_notice(d, '关于开展2026年保密宣传月活动的通知', paras, style='chars', docno='青保发〔2026〕7号')
    save('p02_baomifa_notice.ofd', [d], infos=[docinfo(title='关于开展2026年保密宣传月活动的通知', creator='Foxit OFD Creator', creator_ver='2.0')])
    label('p02_baomifa_notice.ofd', 'pass', [], [], 'notice citing 保守国家秘密法 and 涉密不上网 (prose about secrecy, no marking); every character its own TextCode (Foxit style)')


def p03():
    d = Doc()
    paras = ['经个人申报、社区初审、街道审核，现将2026年度临时救助对象名单公示如下，公示期为7天。',
             '@1. 张某某，身份证号110105********1234，联系电话139****5678。',
             '@2. 李某，身份证号330106********0018，联系电话186****2210。',
             '@3. 王某某，身份证号320102********402X，联系电话158****9013。',
             '公示期间如有异议，请向街道社会事务办反映，电话0816-3257712。'] + ['@青川市城东街道办事处', '@2026年11月28日']
    simple_notice(d, '2026年度临时救助对象公示', paras, tpl=False, docno='')
    save('p03_masked_gongshi.ofd', [d], infos=[docinfo(title='2026年度临时救助对象公示')])
    label('p03_masked_gongshi.ofd', 'pass', [], [], 'public list with masked IDs (110105********1234) and masked mobiles; landline')


def p04():
    d = Doc()
    acc = ' '.join([ORGACC[i:i + 4] for i in range(0, len(ORGACC), 4)])
    paras = ['请各缴费单位于2026年12月20日前将年度培训费用汇至以下账户，汇款时请注明单位名称及“培训费”字样。',
             '@户　名：青川市财政局非税收入汇缴结算户',
             '@开户行：中国建设银行股份有限公司青川分行',
             '@账　号：' + acc,
             '联系人：市财政局综合科，电话0816-3252018。'] + ['@青川市财政局', '@2026年11月30日']
    simple_notice(d, '关于缴纳2026年度会计人员继续教育培训费的通知', paras, tpl=False, docno='')
    save('p04_org_account.ofd', [d])
    label('p04_org_account.ofd', 'pass', [], [], 'organisation settlement account (户名 is 财政局 account, Luhn-valid 19 digits, not 62) next to 账号: an organisation account, not a card')


def vertical(d, x, y, s, size=6.0, **kw):
    # vertical Chinese: one TextCode advancing down by DeltaY
    codes = [(size * 0.1, size * 0.85, s, None, gid(len(s) - 1, size * 1.1))]
    return d.text(x, y, s, size=size, codes=codes, w=size * 1.3, h=size * 1.1 * len(s) + 4,
                  attrs=' ReadDirection="90" CharDirection="0"', **kw)


def p05():
    d = Doc()
    s = vertical(d, 180, 30, '青川市第十二届全民阅读节', size=7, font=2)
    s += vertical(d, 168, 30, '书香青川　共享阅读', size=6)
    b, _ = body_lines(d, ['本届全民阅读节于2026年4月23日开幕，全市设分会场12个，开展读书分享、图书漂流、阅读征文等活动。',
                          '活动咨询：市图书馆读者服务部，电话0816-3256600。'], y0=40, size=5.0)
    s += b
    d.add_page(d.layer(s))
    save('p05_vertical_clean.ofd', [d])
    label('p05_vertical_clean.ofd', 'pass', [], [], 'vertical titles (ReadDirection=90, DeltaY g-form) and horizontal body, nothing to find')


def sign_files(prefix='Doc_0', page_content=b''):
    sig = HDR + ('<ofd:Signatures xmlns:ofd="%s"><ofd:MaxSignId>1</ofd:MaxSignId>'
                 '<ofd:Signature ID="1" Type="Seal" BaseLoc="Sign_0/Signature.xml"/></ofd:Signatures>' % NS)
    cv = base64.b64encode(hashlib.sha256(page_content).digest()).decode()
    one = HDR + ('<ofd:Signature xmlns:ofd="%s"><ofd:SignedInfo><ofd:Provider ProviderName="SES_Signer" Company="Shukesoft" Version="2.1"/>'
                 '<ofd:SignatureMethod>1.2.156.10197.1.501</ofd:SignatureMethod><ofd:SignatureDateTime>20261201093015Z</ofd:SignatureDateTime>'
                 '<ofd:References CheckMethod="1.2.156.10197.1.401"><ofd:Reference FileRef="/%s/Document.xml"><ofd:CheckValue>%s</ofd:CheckValue></ofd:Reference>'
                 '<ofd:Reference FileRef="/%s/Pages/Page_0/Content.xml"><ofd:CheckValue>%s</ofd:CheckValue></ofd:Reference></ofd:References>'
                 '<ofd:StampAnnot ID="1" PageRef="%s" Boundary="120 200 42 42"/></ofd:SignedInfo>'
                 '<ofd:SignedValue>/%s/Signs/Sign_0/SignedValue.dat</ofd:SignedValue></ofd:Signature>') % (NS, prefix, cv, prefix, cv, '{PID}', prefix)
    blob = bytes([0x30, 0x82, 0x03, 0x1a]) + bytes(random.getrandbits(8) for _ in range(790))
    return sig, one, blob


def signed(name, paras, ttl):
    d = Doc()
    pid, y = simple_notice(d, ttl, paras + SIGN)
    sig, one, blob = sign_files()
    one = one.replace('{PID}', str(pid))
    d.extra_files['Signs/Signatures.xml'] = sig
    d.extra_files['Signs/Sign_0/Signature.xml'] = one
    d.extra_files['Signs/Sign_0/SignedValue.dat'] = blob
    save(name, [d], signatures=['Doc_0/Signs/Signatures.xml'])


def p06():
    signed('p06_signed_clean.ofd', ['为做好冬季供暖保障工作，市住建局将于12月5日至12月7日开展供热管网巡查，期间部分小区可能短时停暖，请居民提前做好准备。',
                                     '供热服务热线：12345转2号键。'], '关于开展冬季供热管网巡查的通告')
    label('p06_signed_clean.ofd', 'pass', [], [], 'signed package (Signs/Signatures.xml, Sign_0/Signature.xml, SignedValue.dat; README: signatures are not verified), clean text')


def p07():
    d1 = Doc()
    simple_notice(d1, '青川市2026年第三季度空气质量状况', ['2026年第三季度，全市环境空气质量优良天数比例为91.3%，同比上升2.1个百分点。',
                                                      'PM2.5平均浓度为24微克/立方米，同比下降7.7%。'], tpl=False, docno='')
    d2 = Doc()
    simple_notice(d2, '附件：各县区空气质量排名', ['@1. 青川区　优良天数比例94.6%', '@2. 东河县　优良天数比例92.4%', '@3. 白水县　优良天数比例89.1%'], tpl=False, docno='')
    save('p07_multidoc_clean.ofd', [d1, d2], infos=[docinfo(title='空气质量状况'), docinfo(title='附件', docid='ab12cd34ef5678900000000000000001')])
    label('p07_multidoc_clean.ofd', 'pass', [], [], 'package with two DocBody elements (Doc_0, Doc_1), both clean')


def p08():
    d = Doc()
    unit = d.text(0, 0, '青川市人民政府', size=8, font=2, fill='200 0 0') + d.path(0, 12, 60, 1, 'M 0 0.5 L 60 0.5', stroke='200 0 0')
    cg = d.add_composite_unit(60, 14, unit)
    s = d.composite(75, 25, 60, 14, cg)
    b, _ = body_lines(d, ['市政府常务会议研究通过了《青川市城市更新三年行动方案（2026—2028年）》，现予公布。',
                          '方案全文可在市政府门户网站“政策文件”栏目查阅。'], y0=60)
    s += b
    d.add_page(d.layer(s))
    save('p08_composite_clean.ofd', [d])
    label('p08_composite_clean.ofd', 'pass', [], [], 'CompositeObject referencing a CompositeGraphicUnit (logo text) in DocumentRes; clean')


def seal_appearance(d, txt='青川市人民政府办公室'):
    circle = 'M 0 20 A 20 20 0 1 1 40 20 A 20 20 0 1 1 0 20 Z'
    return d.path(0, 0, 40, 40, circle, stroke='255 0 0') + d.text(2, 26, txt, size=3.4, font=0, fill='255 0 0', w=38) + \
        d.text(16, 14, '★', size=8, font=0, fill='255 0 0')


def p09():
    d = Doc()
    pid, y = simple_notice(d, '关于公布2026年市级非物质文化遗产代表性项目名录的通知',
                           ['经专家评审、社会公示，市政府同意将“青川竹编技艺”等18个项目列入第六批市级非物质文化遗产代表性项目名录，现予公布。'] + SIGN, tpl=False, docno='青府发〔2026〕9号')
    d.add_annot(0, d.annot('Stamp', seal_appearance(d), boundary='118 140 40 40', creator='电子印章系统'))
    save('p09_stamp_annot_clean.ofd', [d])
    label('p09_stamp_annot_clean.ofd', 'pass', [], [], 'Stamp annotation (red circle, ★ and office name as an electronic seal); a lone ★ is no marking; clean')


def p10():
    d = Doc()
    pid, y = simple_notice(d, '关于征求《青川市养老服务条例（草案）》意见的公告',
                           ['为提高立法质量，现将条例草案全文向社会公开征求意见，征求意见截止日期为2026年12月31日。',
                            '草案全文请登录市人民政府门户网站查阅。'], tpl=False, docno='')
    link = d.path(27, 108, 90, 8, 'M 0 0 L 90 0 L 90 8 L 0 8 Z', stroke=None,
                  actions='<ofd:Actions><ofd:Action Event="CLICK"><ofd:URI URI="https://www.qingchuan.gov.cn/zwgk/zcjd/202612/t20261201_88231.html"/></ofd:Action></ofd:Actions>')
    d.add_annot(0, d.annot('Link', link, boundary='27 108 90 8'))
    save('p10_link_public.ofd', [d])
    label('p10_link_public.ofd', 'pass', [], [], 'Link annotation with a URI action to a public government site')


def outline(title, pid, actions=None, children=''):
    a = actions or '<ofd:Actions><ofd:Action Event="CLICK"><ofd:Goto><ofd:Dest Type="XYZ" PageID="%d" Left="0" Top="0" Zoom="1"/></ofd:Goto></ofd:Action></ofd:Actions>' % pid
    return '<ofd:OutlineElem Title="%s">%s%s</ofd:OutlineElem>' % (escape(title), a, children)


def p11():
    d = Doc()
    pid, y = simple_notice(d, '青川市2026年国民经济和社会发展统计公报', ['一、综合。初步核算，全年地区生产总值1862.4亿元，比上年增长5.6%。',
                                                             '二、农业。全年粮食播种面积312.5万亩，粮食总产量121.7万吨。'], tpl=False, docno='')
    d.outlines = outline('统计公报', pid, children=outline('一、综合', pid) + outline('二、农业', pid))
    save('p11_outline_clean.ofd', [d])
    label('p11_outline_clean.ofd', 'pass', [], [], 'Outlines with nested OutlineElem and Goto actions; statistics in 亿元/万吨')


def gw_tags(fields):
    x = '<fw:DocRoot xmlns:fw="http://www.gongwen.gov.cn/2016" xmlns:ofd="%s">' % NS
    for k, v in fields:
        x += '<fw:%s><ofd:ObjectRef PageRef="1">%d</ofd:ObjectRef>%s</fw:%s>' % (k, random.randint(10, 60), escape(v), k)
    return x + '</fw:DocRoot>'


def p12():
    d = Doc()
    simple_notice(d, '关于调整城乡居民基本医疗保险缴费标准的通知', ['经市政府同意，2027年度城乡居民基本医疗保险个人缴费标准调整为每人每年400元。',
                                                             '咨询电话：12393医保服务热线。'] + SIGN)
    d.customtags = ('http://www.gongwen.gov.cn/2016', gw_tags([('发文机关标志', '青川市人民政府办公室文件'), ('发文字号', '青府办发〔2026〕21号'),
                                                                ('公文标题', '关于调整城乡居民基本医疗保险缴费标准的通知'), ('成文日期', '2026年12月1日'), ('公开方式', '主动公开')]))
    save('p12_customtags_clean.ofd', [d])
    label('p12_customtags_clean.ofd', 'pass', [], [], 'CustomTags (公文 semantic tags GB/T 33482 style: 发文机关标志, 发文字号, 公文标题, 公开方式) all clean')


def p13():
    d = Doc()
    simple_notice(d, '关于公布2026年度市级文明单位名单的决定', ['经各地推荐、综合测评和社会公示，市委、市政府决定命名青川市档案馆等46个单位为2026年度市级文明单位。'] + SIGN)
    save('p13_docinfo_author.ofd', [d], infos=[docinfo(title='关于公布2026年度市级文明单位名单的决定', author='王晓梅', subject='文明单位', abstract='命名46个单位为市级文明单位',
                                                       keywords=('文明单位', '决定'), custom=(('发文字号', '青委发〔2026〕33号'), ('公开属性', '主动公开'), ('拟稿人', '王晓梅')))])
    label('p13_docinfo_author.ofd', 'pass', ['metadata'], [], 'DocInfo with Author/Subject/Abstract/Keywords/CustomDatas (a drafter name is metadata: info, passes)')


def p14():
    d = Doc()
    simple_notice(d, '关于申报2026年度市级科技计划项目的通知', ['请各单位按照申报指南要求组织项目申报，申报指南见附件。', '咨询电话：0816-3259901。'] + SIGN)
    txt = '2026年度市级科技计划项目申报指南\n一、支持方向：智能制造、生物医药、现代农业。\n二、申报条件：在本市注册的企业、高校和科研院所。\n三、受理时间：2026年12月1日至12月31日。\n联系电话：0816-3259901\n'.encode('utf-8')
    d.attachments.append(('申报指南', '申报指南.txt', 'txt', txt))
    save('p14_attach_txt_clean.ofd', [d])
    label('p14_attach_txt_clean.ofd', 'pass', [], [], 'Attachments.xml with a clean TXT attachment (申报指南.txt)')


def p15():
    d = Doc()
    bg = d.layer(d.text(40, 150, '青川市人民政府', size=18, font=2, fill='235 235 235'), 'Background')
    b, _ = body_lines(d, ['2026年12月5日上午，全市优化营商环境工作推进会召开，会议总结了前三季度工作，部署了下一阶段重点任务。'], y0=40)
    body = d.layer(b)
    fg = d.layer(d.text(100, 280, '- 1 -', size=4.5, font=0), 'Foreground')
    d.add_page(bg + body + fg)
    wm = d.text(30, 10, '政务公开', size=20, font=3, fill='200 200 200', ctm='0.866 -0.5 0.5 0.866 0 40')
    d.add_annot(0, d.annot('Watermark', wm, boundary='20 100 170 80', creator='OFD Watermark'))
    save('p15_watermark_public.ofd', [d])
    label('p15_watermark_public.ofd', 'pass', [], [], 'Background/Body/Foreground layers and a Watermark annotation reading 政务公开; clean')


def cell_table(d, x0, y0, widths, rows, size=4.2, rh=8):
    s = ''
    y = y0
    for r in rows:
        x = x0
        for w, c in zip(widths, r):
            s += d.path(x, y, w, rh, 'M 0 0 L %s 0 L %s %s L 0 %s Z' % (fmt(w), fmt(w), rh, rh))
            if c:
                s += d.text(x + 1.5, y + 1.5, c, size=size, font=0)
            x += w
        y += rh
    return s


def p16():
    d = Doc()
    s = title(d, '2026年1—10月全市一般公共预算收支情况', 25)
    s += d.text(150, 40, '单位：万元', size=4.2)
    s += cell_table(d, 20, 48, [60, 40, 40, 30], [['项目', '本年累计', '上年同期', '增幅%'],
                                                   ['一般公共预算收入', '1,234,567.89', '1,170,211.35', '5.5'],
                                                   ['其中：税收收入', '905,412.06', '861,300.47', '5.1'],
                                                   ['一般公共预算支出', '2,018,773.40', '1,955,104.92', '3.3'],
                                                   ['民生支出', '1,613,020.18', '1,540,889.71', '4.7']])
    d.add_page(d.layer(s))
    save('p16_stats_table.ofd', [d])
    label('p16_stats_table.ofd', 'pass', [], [], 'budget table drawn as ruled cells (one TextObject per cell), amounts with separators')


def p17():
    d = Doc()
    code = uscc('91510800MA6' + '2K3Q7' + 'X')
    assert len(code) == 18, code
    paras = ['青川市第二人民医院门诊楼改造项目（项目编号QCZC-2026-0187）评标工作已经结束，现将中标结果公告如下。',
             '@中标人：青川宏远建设工程有限公司',
             '@统一社会信用代码：' + code,
             '@中标金额：人民币3,462,800.00元',
             '采购人联系方式：0816-3258120；代理机构邮箱：zbdl@qingchuan.gov.cn。']
    simple_notice(d, '青川市第二人民医院门诊楼改造项目中标结果公告', paras, tpl=False, docno='')
    save('p17_uscc_notice.ofd', [d])
    label('p17_uscc_notice.ofd', 'pass', ['email'], [], 'bid result with a company USCC (valid check char), amount, landline, agency mailbox (email is info)')


def p18():
    d = Doc()
    tid = d.add_template(d.text(L, 15, '公开属性：主动公开', size=4.5, font=0) + d.text(140, 15, '索引号：11510800MB1234567X/2026-00231', size=3.6, font=0))
    s = title(d, '青川市交通运输局2026年政府信息公开工作年度报告', 40)
    b, _ = body_lines(d, ['本报告依据《中华人民共和国政府信息公开条例》编制，经本单位保密审查，不涉及国家秘密，可以公开。',
                          '2026年，本局主动公开政府信息523条，受理依申请公开16件，全部按期答复。'], y0=60)
    d.add_page(d.layer(s + b), tpl=tid)
    save('p18_secret_sentence.ofd', [d])
    label('p18_secret_sentence.ofd', 'pass', [], [], '年报 saying 不涉及国家秘密; template page header 公开属性：主动公开 and an 索引号')


def p19():
    d = Doc()
    inner = d.text(0, 0, '青川市公共资源交易中心', size=6, font=3)
    inner2 = d.block(d.text(0, 12, '开标时间：2026年12月18日9时30分', size=5) + d.text(0, 22, '开标地点：公共资源交易中心第三开标室', size=5), ctm='1 0 0 1 0 0')
    s = d.block(inner + inner2, ctm='1 0 0 1 27 40')
    d.add_page(d.layer(s))
    save('p19_nested_blocks_clean.ofd', [d])
    label('p19_nested_blocks_clean.ofd', 'pass', [], [], 'nested PageBlocks with CTM translations; clean')


def p20():
    d = Doc()
    # post-scoring fix: the naive 28-character wrap had cut the address (rsjjx@qingchua / n.gov.cn); a real
    # producer keeps a Latin word whole, so each value now sits whole on its own line
    simple_notice(d, '青川市人力资源和社会保障局关于公开招聘见习人员的公告', ['报名方式：将报名表发送至以下邮箱，邮件主题注明“见习岗位+姓名”。',
                                                                      '@报名邮箱：rsjjx@qingchuan.gov.cn',
                                                                      '@咨询电话：0816-3251166', '@传　　真：0816-3251188', '@监督电话：12333'], tpl=False, docno='')
    save('p20_email_landline.ofd', [d])
    label('p20_email_landline.ofd', 'pass', ['email'], [], 'agency mailbox (info), landline, fax, 12333 hotline')


def p21():
    d = Doc()
    tid = d.add_template(d.text(L, 270, '抄送：市委办公室，市人大常委会办公室，市政协办公室。', size=4.9, font=1) +
                         d.text(L, 280, '青川市人民政府办公室　　　　　　　2026年12月2日印发', size=4.9, font=1), zorder='Foreground')
    b, _ = body_lines(d, ['各县（区）人民政府，市政府各部门：', '经市政府同意，现将《青川市2027年为民办实事项目》印发给你们，请认真组织实施。'], y0=60)
    d.add_page(d.layer(title(d, '青川市人民政府办公室关于印发2027年为民办实事项目的通知', 40) + b), tpl=tid)
    save('p21_banji_fg_tpl.ofd', [d])
    label('p21_banji_fg_tpl.ofd', 'pass', [], [], '版记 (抄送/印发) in a Foreground template page; clean')


def p22():
    d = Doc()
    simple_notice(d, '关于2026年第四批食品经营许可证注销的公告', ['以下经营者已申请注销食品经营许可，现予公告：',
                                                           '@青川市老街面馆　许可证编号JY25108020045671',
                                                           '@青川市百味副食店　许可证编号JY15108020013526',
                                                           '注销后，上述经营者不得继续从事食品经营活动。'], tpl=False, docno='')
    save('p22_license_serials.ofd', [d])
    label('p22_license_serials.ofd', 'pass', [], [], 'food licence serials JY + 14 digits (JY15108020013526 holds a 151… run longer than a mobile), no personal data')


# ================= PROBLEMS =================
def b01():
    d = Doc()
    tid = d.add_template(hongtou(d))
    s = d.text(L, 22, '机密★1年', size=5.64, font=3)
    s += d.text(160, 22, '特急', size=5.64, font=3)
    s += title(d, '关于做好重大活动安保工作的通知', 70)
    b, _ = body_lines(d, ['各有关单位：', '为做好重大活动期间安全保卫工作，现将有关要求通知如下。'], 88)
    d.add_page(d.layer(s + b), tpl=tid)
    save('b01_marking_p1_topleft.ofd', [d])
    label('b01_marking_p1_topleft.ofd', 'block', ['classified_marking'], [], '机密★1年 at the top-left of page 1 (page Body layer) of a 公文 with 红头 template')


def b02():
    d = Doc()
    tid = d.add_template(d.text(L, 20, '秘密★6个月', size=5.64, font=3) + hongtou(d))
    b, _ = body_lines(d, ['各县（区）公安局：', '现将近期专项行动部署情况通报如下，请结合实际抓好落实。'], 88)
    d.add_page(d.layer(title(d, '关于专项行动部署情况的通报', 70) + b), tpl=tid)
    save('b02_marking_in_tpl.ofd', [d])
    label('b02_marking_in_tpl.ofd', 'block', ['classified_marking'], [], '秘密★6个月 only in the template page (Tpls/Tpl_0), top-left; page body clean')


def b03():
    d = Doc()
    simple_notice(d, '关于印发应急处置预案的通知', ['现将《青川市突发事件应急处置预案》印发给你们，请遵照执行。'] + SIGN, tpl=False, docno='')
    wm = d.text(10, 10, '机密★10年', size=22, font=3, fill='210 210 210', ctm='0.819 -0.574 0.574 0.819 0 60')
    d.add_annot(0, d.annot('Watermark', wm, boundary='20 110 170 100', creator='OFD Watermark'))
    save('b03_marking_watermark_annot.ofd', [d])
    label('b03_marking_watermark_annot.ofd', 'block', ['classified_marking'], [], '机密★10年 as a Watermark annotation (Annots/Page_0/Annotation.xml), rotated by CTM')


def b04():
    d = Doc()
    sz = 5.64
    # 秘密 first, 1年 second, ★ last in its own TextObject at the right place
    s = d.text(L, 20, '秘密1年', size=sz, font=3, codes=[(0, sz * .85, '秘密', gid(1, sz), None), (3 * sz, sz * .85, '1年', gid(1, sz * .6), None)], w=40)
    s += title(d, '关于调整部分干部职务的通知', 70)
    b, _ = body_lines(d, ['各乡镇党委，市直各部门：', '经研究决定，调整以下同志职务。'], 88)
    s += b
    s += d.text(L + 2 * sz, 20, '★', size=sz, font=0)
    d.add_page(d.layer(s))
    save('b04_marking_star_late.ofd', [d])
    label('b04_marking_star_late.ofd', 'block', ['classified_marking'], [], '秘密★1年 at page head: 秘密 and 1年 in two TextCodes, ★ drawn last in its own TextObject placed between them')


def b05():
    d = Doc()
    v = ID1
    sz = 5.0
    lab = '当事人：赵某，身份证号：'
    x0 = L
    xnum = x0 + len(lab) * sz
    dw = sz * 0.5
    s = title(d, '行政处罚决定书', 40)
    # right half drawn first
    s += d.text(xnum + 10 * dw, 60, v[10:], size=sz, dx=gid(len(v[10:]) - 1, dw), w=60)
    s += d.text(x0, 60, lab + v[:10], size=sz, dx=' '.join([fmt(sz)] * len(lab) + [fmt(dw)] * 9), w=130)
    b, _ = body_lines(d, ['违法事实：当事人于2026年10月12日在城区主干道违规设置户外广告。'], 72)
    d.add_page(d.layer(s + b))
    save('b05_id_two_objects_reversed.ofd', [d])
    label('b05_id_two_objects_reversed.ofd', 'block', ['id_card'], [v], 'ID split over two TextObjects, its last 8 digits drawn first (right part first), label in the second object')


def b06():
    d = Doc()
    v = ID2
    line = '申请人刘某某（身份证号' + v + '）于2026年11月提出申请。'
    n1 = line.index(v)
    sz = BODY
    dx = 'g %d %s g %d %s g %d %s' % (n1, fmt(sz), len(v), fmt(sz * 0.5), len(line) - n1 - len(v) - 1, fmt(sz))
    s = title(d, '政府信息公开申请答复书', 40)
    s += d.text(L, 60, line, size=sz, dx=dx, w=160)
    d.add_page(d.layer(s))
    save('b06_id_gdelta.ofd', [d])
    label('b06_id_gdelta.ofd', 'block', ['id_card'], [v], 'ID inside a sentence in one TextCode whose DeltaX mixes several g groups (half-width digits)')


def b07():
    d = Doc()
    v = ID3
    pid, y = simple_notice(d, '关于王某某同志任职前公示的公告', ['经组织考察，拟任命王某某同志为市档案馆副馆长，现予公示。', '公示期间如有意见，请向市委组织部反映，电话0816-3250012。'], tpl=False, docno='')
    d.pages[0] = (d.pages[0][0], d.pages[0][1].replace('</ofd:Layer>', d.text(L, 200, '身份证号：' + v, size=4, fill='255 255 255') + '</ofd:Layer>'), None, None)
    save('b07_id_white_text.ofd', [d])
    label('b07_id_white_text.ofd', 'block', ['id_card'], [v], 'ID in white text (FillColor 255 255 255) on the white page, below the body')


def b08():
    d = Doc()
    v = ID4
    inner = d.block(d.text(0, 0, '联系人：孙某', size=5) + d.text(0, 10, '身份证号码：' + v, size=5), ctm='1 0 0 1 10 10')
    s = title(d, '青川市居家养老服务补贴发放名单', 40) + d.block(inner, ctm='1 0 0 1 17 50')
    d.add_page(d.layer(s))
    save('b08_id_nested_block_ctm.ofd', [d])
    label('b08_id_nested_block_ctm.ofd', 'block', ['id_card'], [v], 'ID inside nested PageBlocks, each with a translating CTM')


def b09():
    d = Doc()
    v = ID5
    s = vertical(d, 170, 20, '申请人身份证号' + v, size=5)
    b, _ = body_lines(d, ['经审核，申请人符合城乡低保条件，自2026年12月起享受低保待遇。'], 40, size=5)
    d.add_page(d.layer(s + b))
    save('b09_id_vertical.ofd', [d])
    label('b09_id_vertical.ofd', 'block', ['id_card'], [v], 'ID in a vertical column (ReadDirection=90, DeltaY g-form)')


def b10():
    d = Doc()
    v = CARD1
    simple_notice(d, '关于发放2026年度见义勇为奖励金的公示', ['经评审，拟对以下人员给予见义勇为奖励，奖励金将打入本人银行卡。',
                                                          '@获奖人：周建国，工商银行卡号：' + v, '公示期5个工作日。'], tpl=False, docno='')
    save('b10_card_body.ofd', [d])
    label('b10_card_body.ofd', 'block', ['bank_card'], [v], 'UnionPay 62 Luhn-valid card after 卡号 in the body')


def docx_bytes(paras):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr/></w:body></w:document>' % body)
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', ct)
        z.writestr('_rels/.rels', rels)
        z.writestr('word/document.xml', doc)
    return bio.getvalue()


def b11():
    d = Doc()
    v = CARD2
    simple_notice(d, '关于拨付2026年度农机购置补贴资金的通知', ['补贴资金发放明细见附件。'] + SIGN)
    d.attachments.append(('补贴发放明细', '补贴发放明细.docx', 'docx', docx_bytes(['农机购置补贴发放明细', '受益人：陈大勇　农业银行卡号：' + v + '　补贴金额：12,600元'])))
    save('b11_card_attach_docx.ofd', [d])
    label('b11_card_attach_docx.ofd', 'block', ['bank_card'], [v], 'card number only in a DOCX attachment (Attachs/补贴发放明细.docx)')


def b12():
    d = Doc()
    v = MOB[0]
    simple_notice(d, '关于举办2026年青川市职工运动会的通知', ['运动会定于12月15日在市体育中心举行，请各单位于12月8日前报名。',
                                                          '联系人：刘强，手机：' + v + '。'], tpl=False, docno='')
    save('b12_mobile_body.ofd', [d])
    label('b12_mobile_body.ofd', 'review', ['mobile_phone'], [v], 'a person\'s mobile after 手机 in the body')


def b13():
    d = Doc()
    v = MOB[1]
    simple_notice(d, '关于开展冬季消防安全检查的通知', ['各单位要于12月20日前完成自查自改，并将自查报告报市消防救援支队。'] + SIGN, tpl=False, docno='')
    hl = d.path(27, 88, 150, 7, 'M 0 0 L 150 0 L 150 7 L 0 7 Z', stroke=None, fill='255 255 0')
    d.add_annot(0, d.annot('Highlight', hl, remark='请与联系人老吴核实，电话' + v, boundary='27 88 150 7', creator='吴科员'))
    save('b13_mobile_highlight_remark.ofd', [d])
    label('b13_mobile_highlight_remark.ofd', 'review', ['mobile_phone'], [v], 'Highlight annotation whose Remark holds a mobile (reviewer note left in the package)')


def b14():
    d = Doc()
    v = MOB[2]
    simple_notice(d, '关于公布2026年度农村公路养护考核结果的通报', ['经考核，青川区等3个县区考核等次为优秀。'] + SIGN)
    save('b14_mobile_docinfo.ofd', [d], infos=[docinfo(title='农村公路养护考核结果', author='交通局', custom=(('拟稿人', '何某'), ('拟稿人电话', v)))])
    label('b14_mobile_docinfo.ofd', 'review', ['mobile_phone'], [v], 'mobile only in DocInfo CustomDatas (拟稿人电话)')


def b15():
    d = Doc()
    v = 'E68273915'
    simple_notice(d, '关于外籍专家来青交流的备案公示', ['根据工作安排，邀请专家来我市开展技术交流。', '@随行翻译：韩某，护照号码：' + v], tpl=False, docno='')
    save('b15_passport.ofd', [d])
    label('b15_passport.ofd', 'review', ['passport'], [v], 'passport number after 护照号码')


def b16():
    d = Doc()
    v = '浙A·D52871'
    simple_notice(d, '关于车辆停放问题的情况通报', ['近期发现有车辆长期占用消防通道，现予通报。', '@车主：钱某，车牌号：' + v + '，停放位置：市民中心北门。'], tpl=False, docno='')
    save('b16_plate.ofd', [d])
    label('b16_plate.ofd', 'review', ['license_plate'], [v], 'new-energy plate with · after 车牌号 and an owner name')


def b17():
    d = Doc()
    url = 'http://10.32.1.15:8080/oa/docview.jsp?docid=20261188'
    simple_notice(d, '关于报送2026年度工作总结的通知', ['请各单位于12月25日前报送年度工作总结，报送模板请点击此处下载。'] + SIGN, tpl=False, docno='')
    link = d.path(27, 88, 150, 8, 'M 0 0 L 150 0 L 150 8 L 0 8 Z', stroke=None,
                  actions='<ofd:Actions><ofd:Action Event="CLICK"><ofd:URI URI="%s"/></ofd:Action></ofd:Actions>' % escape(url))
    d.add_annot(0, d.annot('Link', link, boundary='27 88 150 8'))
    save('b17_intranet_link_annot.ofd', [d])
    label('b17_intranet_link_annot.ofd', 'review', ['internal_address'], [], 'Link annotation whose URI action targets a private-IP OA host (' + url + ')')


def b18():
    d = Doc()
    pid, y = simple_notice(d, '青川市2026年政务数据共享目录', ['本目录列明了市级部门可共享的数据资源。'], tpl=False, docno='')
    u = 'http://192.168.10.25/share/数据目录.xlsx'
    d.outlines = outline('共享目录', pid) + outline('目录原始表', pid, actions='<ofd:Actions><ofd:Action Event="CLICK"><ofd:URI URI="%s"/></ofd:Action></ofd:Actions>' % escape(u))
    save('b18_outline_intranet_uri.ofd', [d])
    label('b18_outline_intranet_uri.ofd', 'review', ['internal_address'], [], 'bookmark (OutlineElem) whose URI action points at a 192.168 host')


def b19():
    d = Doc()
    v = ID6
    simple_notice(d, '行政许可决定书', ['经审查，你提出的申请符合法定条件，决定准予行政许可。'] + SIGN, tpl=False, docno='青审许〔2026〕118号')
    d.customtags = ('http://www.gongwen.gov.cn/2016', gw_tags([('公文标题', '行政许可决定书'), ('主送机关', '申请人马某'), ('申请人身份证号', v), ('成文日期', '2026年11月30日')]))
    save('b19_id_customtags.ofd', [d])
    label('b19_id_customtags.ofd', 'block', ['id_card'], [v], 'ID only in the CustomTags file (Tags/CustomTag.xml, a 申请人身份证号 tag)')


def b20():
    d = Doc()
    v = ID7
    simple_notice(d, '关于2026年度退役士兵安置计划的通知', ['安置对象名单见附件。'] + SIGN)
    txt = ('2026年度退役士兵安置对象名单\n序号\t姓名\t身份证号\t安置去向\n1\t邓某某\t' + v + '\t市公路事业发展中心\n').encode('utf-8')
    d.attachments.append(('安置对象名单', '安置对象名单.txt', 'txt', txt))
    save('b20_id_attach_txt.ofd', [d])
    label('b20_id_attach_txt.ofd', 'block', ['id_card'], [v], 'ID only in a TXT attachment (tab-separated list)')


def pdf_bytes(lines):
    import fitz
    doc = fitz.open()
    page = doc.new_page()
    y = 72
    for ln in lines:
        page.insert_text((72, y), ln, fontname='china-s', fontsize=12)
        y += 20
    return doc.tobytes()


def b21():
    d = Doc()
    v = MOB[4]
    simple_notice(d, '关于组织参加全省技能大赛的通知', ['报名回执见附件。'] + SIGN)
    d.attachments.append(('报名回执', '报名回执.pdf', 'pdf', pdf_bytes(['全省技能大赛报名回执', '领队：黄某某', '领队手机：' + v])))
    save('b21_mobile_attach_pdf.ofd', [d])
    label('b21_mobile_attach_pdf.ofd', 'review', ['mobile_phone'], [v], 'mobile only in a PDF attachment (PyMuPDF, china-s font)')


def b22():
    d = Doc()
    unit = d.text(0, 0, '绝密★长期', size=5.64, font=3)
    cg = d.add_composite_unit(40, 8, unit)
    s = d.composite(L, 18, 40, 8, cg)
    s += title(d, '关于重要目标防护工作的通知', 70)
    b, _ = body_lines(d, ['各有关单位：', '现就重要目标防护工作提出如下要求。'], 88)
    d.add_page(d.layer(s + b))
    save('b22_marking_composite.ofd', [d])
    label('b22_marking_composite.ofd', 'block', ['classified_marking'], [], '绝密★长期 drawn only by a CompositeObject whose CompositeGraphicUnit (DocumentRes) holds the TextObject, placed at page head')


def scan_png(lines, head=None):
    from PIL import Image, ImageDraw, ImageFont
    W_, H_ = 1240, 1754
    img = Image.new('L', (W_, H_), 255)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 40, index=2)
    fb = ImageFont.truetype('/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', 46, index=2)
    y = 120
    if head:
        dr.text((160, y), head, font=fb, fill=0)
        y += 140
    for ln in lines:
        dr.text((160, y), ln, font=f, fill=0)
        y += 75
    bio = io.BytesIO()
    img.save(bio, 'PNG')
    return bio.getvalue()


def scanned(name, lines, head=None):
    d = Doc()
    r = d.add_image('image_1.png', scan_png(lines, head))
    d.add_page(d.layer(d.image(0, 0, 210, 297, r)))
    save(name, [d], infos=[docinfo(creator='Scan2OFD', creator_ver='1.0')])


def b23():
    scanned('b23_scan_marking.ofd', ['关于加强边境管控工作的通知', '各有关单位：', '现就边境管控工作提出如下要求。', '一、加强巡逻力量。'], head='秘密★1年')
    # post-scoring relabel: README's OFD row says scanned pages are `unreadable`; OCR is promised for PDF, pictures and Office files, not OFD
    label('b23_scan_marking.ofd', 'review', ['unreadable'], [], 'scanned page (only an ImageObject PNG) with 秘密★1年 at the head; OFD scanned pages are unreadable (README OFD row), not OCR-read')


def b24():
    v = ID8
    scanned('b24_scan_id.ofd', ['入户调查登记表', '户主姓名：林某某', '身份证号：' + v, '家庭住址：青川市东河县白水镇'])
    # post-scoring relabel, as b23
    label('b24_scan_id.ofd', 'review', ['unreadable'], [v], 'scanned page (ImageObject only) whose picture shows an ID after 身份证号; OFD scanned pages are unreadable (README OFD row)')


def b25():
    v = ID9
    d1 = Doc()
    simple_notice(d1, '关于2026年度高层次人才认定结果的公告', ['经评审认定，以下人员为2026年度市级高层次人才。'], tpl=False, docno='')
    d2 = Doc()
    simple_notice(d2, '附件：人才认定名单', ['@1. 郑某某　身份证号' + v + '　青川职业技术学院'], tpl=False, docno='')
    save('b25_multidoc_id_second.ofd', [d1, d2], infos=[docinfo(title='公告'), docinfo(title='附件', docid='ab12cd34ef5678900000000000000002')])
    label('b25_multidoc_id_second.ofd', 'block', ['id_card'], [v], 'two DocBody package; the ID is only in the second document (Doc_1)')


def b26():
    d = Doc()
    simple_notice(d, '关于2026年第四季度重点工作安排的通知', ['一、抓好项目建设。', '二、抓好安全生产。'], tpl=False, docno='')
    d.add_page(d.layer(d.text(L, 30, '三、抓好民生保障。', size=BODY)))
    d.broken_missing_page = 1
    save('b26_missing_content.ofd', [d])
    label('b26_missing_content.ofd', 'review', ['unreadable'], [], 'damaged: Document.xml lists Pages/Page_1/Content.xml, which is not in the zip (README: damaged packages are unreadable)')


def b27():
    d = Doc()
    simple_notice(d, '关于开展城市环境卫生整治的通知', ['各街道要组织开展背街小巷环境卫生整治。'], tpl=False, docno='')
    save('b27_wrong_docroot.ofd', [d], docroots=['Doc_0/Doc.xml'])
    label('b27_wrong_docroot.ofd', 'review', ['unreadable'], [], 'damaged: OFD.xml DocRoot names Doc_0/Doc.xml, which does not exist (Document.xml is there)')


def b28():
    d = Doc()
    simple_notice(d, '内部通报', ['此处为加密内容。'], tpl=False, docno='')
    files_skip = []
    enc = HDR + ('<ofd:Encryptions xmlns:ofd="%s"><ofd:Encryption EncryptID="enc1" Relative="Doc_0">'
                 '<ofd:Provider ProviderName="SK_Encrypt" Version="1.0" Company="Shukesoft"/>'
                 '<ofd:EncryptScope>Doc</ofd:EncryptScope><ofd:DecryptSeed>Doc_0/Encrypt/DecryptSeed.xml</ofd:DecryptSeed>'
                 '<ofd:EntriesMap>Doc_0/Encrypt/EntriesMap.xml</ofd:EntriesMap></ofd:Encryption></ofd:Encryptions>') % NS
    ent = HDR + ('<ofd:EntriesMap xmlns:ofd="%s"><ofd:MediaEntry PathRef="/Doc_0/Pages/Page_0/Content.xml" EncryptedPath="/Doc_0/Pages/Page_0/Content.xml"/></ofd:EntriesMap>' % NS)
    seed = HDR + ('<ofd:DecryptSeed xmlns:ofd="%s" ID="1"><ofd:Seed>%s</ofd:Seed></ofd:DecryptSeed>' % (NS, base64.b64encode(bytes(random.getrandbits(8) for _ in range(64))).decode()))
    enc_page = bytes(random.getrandbits(8) for _ in range(2048))
    d.extra_files['Encrypt/EntriesMap.xml'] = ent
    d.extra_files['Encrypt/DecryptSeed.xml'] = seed
    # override the page with ciphertext
    orig_files = d.files

    def files(prefix='Doc_0', broken=None):
        f = orig_files(prefix, broken)
        f[prefix + '/Pages/Page_0/Content.xml'] = enc_page
        return f
    d.files = files
    save('b28_encrypted.ofd', [d], extra={'Encryptions.xml': enc})
    label('b28_encrypted.ofd', 'review', ['unreadable'], [], 'encrypted package: root Encryptions.xml with EntriesMap; the page Content.xml is ciphertext (README: encrypted packages are unreadable)')


def b29():
    d = Doc()
    tid = d.add_template(hongtou(d))
    b, _ = body_lines(d, ['各县（区）人民政府：', '现将有关情况通报如下，请认真研究落实。'], 88)
    body = d.layer(title(d, '关于有关情况的通报', 70) + b)
    fg = d.layer(d.text(L, 20, '秘密★', size=5.64, font=3, ctm='1 0 0 1 0 0'), 'Foreground')
    d.add_page(body + fg, tpl=tid)
    save('b29_marking_foreground_layer.ofd', [d])
    label('b29_marking_foreground_layer.ofd', 'block', ['classified_marking'], [], '秘密★ at page top-left in a Foreground Layer written after the Body layer')


def b30():
    d = Doc()
    simple_notice(d, '关于近期舆情处置情况的报告', ['本材料属工作秘密，请勿外传。', '近期我市网络舆情总体平稳，重点关注事项已妥善处置。'], tpl=False, docno='')
    save('b30_work_secret.ofd', [d])
    label('b30_work_secret.ofd', 'review', ['sensitive_term'], [], '本材料属工作秘密 declared of the text (README example: review)')


def b31():
    d = Doc()
    v = MOB[3]
    tid = d.add_template(d.text(L, 280, '联系人：陈丽　　联系电话：' + v, size=4.5, font=1))
    b, _ = body_lines(d, ['各学校：', '请于12月10日前报送2027年春季学期教材征订计划。'], 60)
    d.add_page(d.layer(title(d, '关于报送2027年春季教材征订计划的通知', 40) + b), tpl=tid)
    save('b31_mobile_tpl_footer.ofd', [d])
    label('b31_mobile_tpl_footer.ofd', 'review', ['mobile_phone'], [v], 'mobile only in a template page footer (联系电话)')


def b32():
    d = Doc()
    v = ID10
    line = '身份证号：' + v
    sz = 5.0
    pos = []
    x = 0
    for ch in line:
        pos.append((x, ch))
        x += sz if ord(ch) > 255 else sz * 0.5
    random.shuffle(pos)
    codes = [(px, sz * .85, ch, None, None) for px, ch in pos]
    s = title(d, '不动产登记信息更正公告', 40) + d.text(L, 60, line, size=sz, codes=codes, w=120)
    b, _ = body_lines(d, ['权利人姓名：罗某某，坐落：青川区滨江路18号2幢1单元501室。'], 72)
    d.add_page(d.layer(s + b))
    save('b32_id_chars_shuffled.ofd', [d])
    label('b32_id_chars_shuffled.ofd', 'block', ['id_card'], [v], 'label and ID one TextCode per character, the TextCodes written in shuffled order (positions by X)')


def b33():
    v = rid('330106', '19730508', '121')
    signed('b33_signed_with_id.ofd', ['经审核，同意下列人员的困难补助申请：', '@申请人：叶某某，身份证号' + v], '关于困难职工补助审批结果的通知')
    label('b33_signed_with_id.ofd', 'block', ['id_card'], [v], 'signed package (signatures not verified, content still read) with an ID in the body')


def b34():
    d = Doc()
    url = 'http://172.16.8.20/kq/attendance?dept=zfb'
    act = '<ofd:Actions><ofd:Action Event="CLICK"><ofd:URI URI="%s"/></ofd:Action></ofd:Actions>' % escape(url)
    s = title(d, '关于规范考勤管理的通知', 40)
    b, _ = body_lines(d, ['请各处室按月报送考勤情况。'], 60)
    s += b + d.text(L, 75, '考勤系统入口', size=BODY, fill='0 0 255', actions=act)
    d.add_page(d.layer(s))
    save('b34_intranet_textobj_action.ofd', [d])
    label('b34_intranet_textobj_action.ofd', 'review', ['internal_address'], [], 'TextObject with a CLICK URI action to ' + url + ' (link target)')


def b35():
    d = Doc()
    v = MOB[5]
    # Yozo-like: glyph positions in a 10-unit design space, scaled by the TextObject CTM
    line = '报名联系人：吴老师，手机' + v
    dx = ' '.join(['10'] * 12 + ['5'] * (len(v)))
    s = title(d, '关于举办青少年科技创新大赛的通知', 40)
    s += d.text(L, 60, line, size=10, dx=dx, ctm='0.5 0 0 0.5 0 0', w=300, h=14)
    b, _ = body_lines(d, ['大赛面向全市中小学生，作品提交截止时间为2027年3月31日。'], 75)
    d.add_page(d.layer(s + b))
    save('b35_mobile_ctm_scaled.ofd', [d])
    label('b35_mobile_ctm_scaled.ofd', 'review', ['mobile_phone'], [v], 'mobile in a TextObject whose CTM scales by 0.5 (Size 10, DeltaX in unscaled units)')


def b36():
    d = Doc()
    v = MOB[6]
    sz = 5.0
    parts = ['联系人：许某　手机：', v[:3], v[3:7], v[7:]]
    x = L
    s = title(d, '关于开展社区义诊活动的通知', 40)
    for ptxt in parts:
        w = sum(sz if ord(c) > 255 else sz * 0.5 for c in ptxt)
        dx = ' '.join(fmt(sz if ord(c) > 255 else sz * 0.5) for c in ptxt[:-1]) or None
        s += d.text(x, 60, ptxt, size=sz, dx=dx, w=w + 1)
        x += w
    b, _ = body_lines(d, ['义诊时间为2026年12月12日上午，地点为城东社区卫生服务中心。'], 72)
    d.add_page(d.layer(s + b))
    save('b36_mobile_three_objects.ofd', [d])
    label('b36_mobile_three_objects.ofd', 'review', ['mobile_phone'], [v], 'mobile written as three adjacent TextObjects (3+4+4, no gap) after a 手机 label, as a per-run exporter writes it')


def p23():
    d = Doc()
    line = '青府函〔2026〕88号　　2026年12月3日'
    s = title(d, '青川市人民政府关于同意设立青川经济开发区管理委员会的批复', 40)
    s += d.text(L, 60, line, size=10, dx=' '.join(['10' if ord(c) > 255 else '5' for c in line[:-1]]), ctm='0.5 0 0 0.5 0 0', w=300, h=14)
    b, _ = body_lines(d, ['你委《关于设立青川经济开发区管理委员会的请示》收悉。经研究，同意设立青川经济开发区管理委员会。'], 75)
    d.add_page(d.layer(s + b))
    save('p23_ctm_scaled_clean.ofd', [d])
    label('p23_ctm_scaled_clean.ofd', 'pass', [], [], 'CTM-scaled TextObject (Size 10, CTM 0.5) with a 文号 and a date; clean')


ALL = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p20, p21, p22,
       b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19, b20, b21, b22,
       b23, b24, b25, b26, b27, b28, b29, b30, b31, b32, b33, b34, b35, b36, p23]

if __name__ == '__main__':
    for fn in ALL:
        fn()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1)
    print(len(LABELS), 'files;', sum(1 for l in LABELS if l['expect_verdict'] == 'pass'), 'pass')
