#!/usr/bin/python3
# Generator for blind32 corpus: txt/csv/html/docx/xlsx and the HTML/DOCX sources of PDFs.
import os, json, zipfile, shutil, re
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
BUILD = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'build')
os.makedirs(BUILD, exist_ok=True)
LABELS = []

def idcard(first17):
    w = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
    s = sum(int(c)*w[i] for i, c in enumerate(first17))
    return first17 + '10X98765432'[s % 11]

def luhn(partial):
    digits = [int(c) for c in partial][::-1]
    tot = 0
    for i, d in enumerate(digits):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return partial + str((10 - tot % 10) % 10)

def label(f, v, cats, raw, note):
    LABELS.append({"file": f, "expect_verdict": v, "expect_categories": cats, "raw_values": raw, "note": note})

def w(name, text, enc='utf-8'):
    with open(os.path.join(OUT, name), 'w', encoding=enc, newline='') as fh:
        fh.write(text)

def wb(name, text):
    with open(os.path.join(BUILD, name), 'w', encoding='utf-8') as fh:
        fh.write(text)

ID1 = idcard('33078119850314402')
ID2 = idcard('33070219920721161')
ID3 = idcard('33072719781102053')
ID4 = idcard('33078119660930212')
CARD1 = luhn('621700158302744196')   # 19-digit UnionPay debit
CARD2 = luhn('622848097312658830')   # 19-digit
CARD3 = luhn('622202160803291')      # 16-digit
ORGACC = luhn('33050167382900001')   # 18-digit org settlement account (not 62)
json.dump({"ID1":ID1,"ID2":ID2,"ID3":ID3,"ID4":ID4,"CARD1":CARD1,"CARD2":CARD2,"CARD3":CARD3}, open(os.path.join(BUILD,'values.json'),'w'))

# ---------------- TXT / CSV ----------------
w('p01_yuandan_anquan_tongzhi.txt', """青溪县人民政府办公室
关于做好2027年元旦春节期间安全生产工作的通知

各乡镇人民政府、街道办事处，县政府各部门：
　　元旦、春节将至，为切实做好节日期间安全生产工作，现将有关事项通知如下：
　　一、压实各方责任。各乡镇（街道）要落实属地管理责任，主要负责人亲自部署。
　　二、开展隐患排查。重点排查燃气、消防、道路交通、建筑施工等领域。
　　三、加强值班值守。严格执行24小时值班和领导带班制度，值班电话：0579-86231100。
　　群众发现安全隐患可拨打12345政务服务便民热线或12350安全生产举报电话。

青溪县人民政府办公室
2026年12月7日
（此件公开发布）
""")
label('p01_yuandan_anquan_tongzhi.txt','pass',[],[],'TXT notice; agency landline, 12345 and 12350 hotlines')

w('p10_baomi_fa_xuanchuan.txt', """青溪县国家保密局关于开展保密法治宣传月活动的通知

　　为深入学习贯彻新修订的《中华人民共和国保守国家秘密法》，进一步增强全县机关干部保密意识，定于2026年12月开展保密法治宣传月活动。
　　《保守国家秘密法》规定，国家秘密的密级分为绝密、机密、秘密三级。机关、单位应当坚持“上网不涉密，涉密不上网”，严禁在互联网及其他公共信息网络发布涉及国家秘密的信息。
　　活动内容包括：专题讲座、保密知识答题、警示教育片观看等。知识答题可登录“青溪保密”微信公众号参加。
　　联系电话：0579-86235012。

青溪县国家保密局
2026年12月4日
""")
label('p10_baomi_fa_xuanchuan.txt','pass',[],[],'TXT; quotes 保守国家秘密法, names the three levels in running text, no marking')

w('p20_zhaobiao_gonggao.txt', """青溪县城区老旧小区改造工程（二期）招标公告

项目编号：QXZB-2026-1187
招标人：青溪县住房和城乡建设局
招标控制价：38652700.00元（大写：叁仟捌佰陆拾伍万贰仟柒佰元整）
工期：300日历天
投标截止时间：2027年1月5日9时30分
开标地点：青溪县公共资源交易中心第二开标室（县府大道168号）
招标代理机构：浙江恒信工程咨询有限公司，联系电话：0579-86119087
监督部门：青溪县公共资源交易管理办公室，电话：0579-86119000
""")
label('p20_zhaobiao_gonggao.txt','pass',[],[],'TXT tender notice; long amount in 元, project number, landlines')

w('f13_pinkun_xuesheng_zizhu.txt', f"""2026年秋季学期家庭经济困难学生资助名单公示

根据学生申请、学校评议，拟对以下学生给予国家助学金资助，现予公示：
1. 青溪县第二中学 高二（3）班 周子涵 一等 2000元
2. 青溪县第二中学 高一（7）班 吴昊然 二等 1500元 （监护人身份证号：{ID1}）
3. 青溪县职业中专 数控1班 郑佳怡 二等 1500元

公示期：2026年12月7日至12月13日。如有异议请向县教育局学生资助管理中心反映，电话：0579-86227140。
""")
label('f13_pinkun_xuesheng_zizhu.txt','block',['id_card'],[ID1],'TXT grant list; one full guardian ID (valid check digit) in parentheses in line 2 of list')

GAT = 'C56781234'
w('f21_yinzhao_rencai.txt', f"""青溪县2026年第四季度引进人才生活补贴拟发放人员公示

一、陈嘉乐，男，香港居民，入选县“青溪英才计划”B类，港澳居民来往内地通行证号码：H60813529，补贴标准每月3000元。
二、林晓，女，博士研究生，入选C类，补贴标准每月2000元。

公示期5个工作日。监督电话：0579-86223366。
""")
label('f21_yinzhao_rencai.txt','review',['passport'],['H60813529'],'TXT; a 港澳居民来往内地通行证 number next to its keyword in body text')

w('p03_xiangzhen_lianxi.csv', """单位,地址,办公电话,传真,邮政编码
青溪县人民政府办公室,县府大道1号,0579-86221001,0579-86221009,321400
溪口镇人民政府,溪口镇人民路18号,0579-86501234,0579-86501230,321401
白石乡人民政府,白石乡白石街2号,0579-86562210,0579-86562211,321402
城关街道办事处,解放路56号,0579-86213388,0579-86213380,321400
县政务服务中心,县府大道168号,0579-86119000,,321400
政务服务便民热线,,12345,,
""".replace('\n','\r\n'))
label('p03_xiangzhen_lianxi.csv','pass',[],[],'CSV contact list; office landlines, fax, 12345, postcodes')

w('p13_dibao_gongshi.csv', """序号,姓名,身份证号,家庭人口,保障金额（元/月）,联系电话,所在村（社区）
1,王某某,330781********2213,3,2130,138****4521,溪口村
2,李某,330781********0426,1,890,159****0032,白石村
3,赵某某,330781********111X,2,1420,0579-86501234,城东社区
4,钱某,330781********3617,4,2860,187****6650,城西社区
""")
label('p13_dibao_gongshi.csv','pass',[],[],'CSV 低保 list; masked IDs and masked mobiles, masked names')

w('f04_zhiyuanzhe_mingdan.csv', """序号,姓名,服务岗位,服务时间,手机号码
1,沈一鸣,文明交通劝导,12月8日,13967451203
2,何雨桐,文明交通劝导,12月8日,15824937716
3,韩振宇,图书馆导览,12月9日,18757021486
""")
label('f04_zhiyuanzhe_mingdan.csv','review',['mobile_phone'],['13967451203','15824937716','18757021486'],'CSV volunteer list; private mobiles in a 手机号码 column')

w('f20_butie_fafang.csv', f"""序号,姓名,补贴项目,金额（元）,开户行,银行卡号
1,徐建国,耕地地力保护补贴,1236.50,青溪县农商银行,{CARD1}
2,朱桂英,耕地地力保护补贴,842.00,青溪县农商银行,6217001583027****
""", enc='utf-8')
label('f20_butie_fafang.csv','block',['bank_card'],[CARD1],'CSV subsidy list; one full UnionPay card (Luhn-valid) in 银行卡号 column, second row masked')

# ---------------- HTML ----------------
HEAD = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{t}</title></head><body>'
def html(t, body):
    return HEAD.format(t=t) + body + '</body></html>'

w('p05_tufa_shijian_chuzhi.html', html('关于对违规占用耕地行为处理结果的公示', """
<h1>关于对违规占用耕地行为处理结果的公示</h1>
<p>经查，当事人张某某（身份证号：330781********5213）于2026年6月在溪口镇溪口村擅自占用耕地建房，违反了《中华人民共和国土地管理法》第七十八条规定。</p>
<p>依法责令退还非法占用的土地，限期拆除新建建筑物，并处罚款人民币26400元。</p>
<p>青溪县自然资源和规划局<br>2026年12月3日</p>
<p>政务服务便民热线：12345</p>
"""))
label('p05_tufa_shijian_chuzhi.html','pass',[],[],'HTML penalty notice; masked ID and 张某某')

w('p12_lanmu_liebiao.html', html('通知公告 - 青溪县人民政府', """
<!-- #BeginLibraryItem "/Library/top_nav.lbi" -->
<div class="nav"><a href="/index.html">首页</a> <a href="/col/col1229/index.html">政务公开</a> <a href="/col/col1230/index.html">通知公告</a></div>
<!-- #EndLibraryItem -->
<!-- list begin -->
<ul>
<li><a href="/art/2026/12/7/art_1230_58812.html">关于2027年元旦放假期间办事大厅开放时间的通知</a> 2026-12-07</li>
<li><a href="/art/2026/12/5/art_1230_58790.html">青溪县2026年冬季征兵工作圆满完成</a> 2026-12-05</li>
<li><a href="https://www.zjzwfw.gov.cn/">浙江政务服务网</a></li>
</ul>
<!-- list end -->
<div style="display:none">{{pageNav}}</div>
<p>主办：青溪县人民政府办公室 联系电话：0579-86221001 浙ICP备05012345号</p>
"""))
label('p12_lanmu_liebiao.html','pass',[],[],'HTML CMS list page; platform comments (#BeginLibraryItem, list begin), template expression in hidden div, ICP number')

w('p19_lingdao_xinxiang.html', html('领导信箱回复选登', """
<h2>领导信箱回复选登（2026年11月）</h2>
<table border="1"><tr><th>来信主题</th><th>办理单位</th><th>回复摘要</th></tr>
<tr><td>关于城东路段路灯不亮的问题</td><td>县综合执法局</td><td>已于11月20日完成维修。如再有故障请拨打12345。</td></tr>
<tr><td>关于河道污水排放问题</td><td>市生态环境局青溪分局</td><td>已立案调查，环保投诉可拨打12369。</td></tr>
<tr><td>关于小区加装电梯补助</td><td>县住建局</td><td>补助标准为每台20万元，咨询电话0579-86229105。</td></tr>
</table>
<p>来信人信息已作隐去处理。回复单位邮箱：qxzjj@qingxi.gov.cn</p>
"""))
label('p19_lingdao_xinxiang.html','pass',[],[],'HTML table of letters answered; 12345/12369, landline, agency mailbox (info only)')

w('f07_xitong_shangxian.html', html('关于“青溪办”政务服务平台升级上线的公告', """
<h1>关于“青溪办”政务服务平台升级上线的公告</h1>
<p>为提升办事体验，“青溪办”政务服务平台将于2026年12月10日完成升级。升级后，企业和群众可通过浙江政务服务网或“浙里办”APP办理业务。</p>
<p>操作手册请<a href="http://192.168.31.20:8080/qxb/docs/manual_v3.pdf">点击下载</a>。</p>
<p>技术支持电话：0579-86119020</p>
"""))
label('f07_xitong_shangxian.html','review',['internal_address'],[],'HTML; link target (href) to a 192.168.x.x intranet host; visible link text innocuous')

w('f11_tongji_gongbao.html', html('2026年1-10月青溪县国民经济运行情况', """
<h1>2026年1-10月青溪县国民经济运行情况</h1>
<p>1-10月，全县实现规模以上工业增加值86.3亿元，同比增长7.2%；固定资产投资同比增长5.8%。</p>
<p style="display:none">编者注：工业增加值数据统计局尚未最终核定，领导要求先按7.2%发，如有出入再更正。</p>
<p>社会消费品零售总额124.6亿元，同比增长4.9%。</p>
<p>青溪县统计局 2026年11月28日</p>
"""))
label('f11_tongji_gongbao.html','review',['hidden_content'],[],'HTML; editor note in a display:none paragraph')

w('f22_weiting_gaozhi.html', html('机动车违停告知', """
<h2>城区机动车违法停车告知（第48期）</h2>
<table border="1"><tr><th>序号</th><th>号牌号码</th><th>违停地点</th><th>时间</th></tr>
<tr><td>1</td><td>浙G7K2M5</td><td>解放路与人民路交叉口</td><td>2026-12-01 09:12</td></tr>
<tr><td>2</td><td>浙GD83561</td><td>县府大道168号门口</td><td>2026-12-02 15:40</td></tr>
</table>
<p>请上述车辆所有人于15日内到县公安局交警大队接受处理。</p>
"""))
label('f22_weiting_gaozhi.html','review',['license_plate'],['浙G7K2M5','浙GD83561'],'HTML table of plates (one ordinary, one new-energy)')

w('f18_rencai_shenbao.html', html('人才申报名单', f"""
<h2>2026年度“青溪工匠”拟认定名单</h2>
<ul>
<li data-sfz="{ID2}">叶文杰 青溪县精工机械有限公司 数控车工</li>
<li>黄丽萍 青溪县妇幼保健院 护理</li>
</ul>
<p>公示期7天，联系电话：0579-86223366。</p>
"""))
label('f18_rencai_shenbao.html','block',['id_card'],[ID2],'HTML; full ID in a data-* attribute of a list item (exported by CMS)')

# ---------------- DOCX helpers ----------------
def set_cn(doc):
    st = doc.styles['Normal']
    st.font.name = 'Noto Serif CJK SC'
    st.element.rPr.rFonts.set(qn('w:eastAsia'), '宋体')
    st.font.size = Pt(14)

def newdoc():
    d = Document(); set_cn(d)
    d.core_properties.author = '县府办信息科'
    return d

def para(d, t, bold=False, center=False):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = bold
    if center: p.alignment = 1
    return p

# p04 docx quoting the law
d = newdoc()
para(d, '青溪县机关单位保密自查自评工作方案', True, True)
para(d, '　　根据《中华人民共和国保守国家秘密法》及其实施条例，为全面掌握全县机关单位保密工作情况，制定本方案。')
para(d, '　　一、自查范围。县级各部门、各乡镇（街道），重点检查定密管理、涉密载体管理、网站信息发布审查等。')
para(d, '　　二、自查内容。（一）是否落实“谁公开谁审查、谁审查谁负责”；（二）是否存在将国家秘密、工作秘密在互联网上传播的情形；（三）涉密计算机是否违规连接互联网。')
para(d, '　　三、时间安排。12月15日前完成自查，12月25日前将自查报告报送县国家保密局。')
para(d, '　　联系人：县国家保密局 童科长，电话：0579-86235012。')
d.save(os.path.join(OUT, 'p04_baomi_zicha_fangan.docx'))
label('p04_baomi_zicha_fangan.docx','pass',[],[],'DOCX; cites 保守国家秘密法, mentions 国家秘密/工作秘密 as subject matter in body')

# p11 docx meeting notice with agency email
d = newdoc()
para(d, '关于召开全县2026年度政务公开工作推进会的通知', True, True)
para(d, '各乡镇人民政府、街道办事处，县政府各部门：')
para(d, '　　定于2026年12月11日（星期五）下午2:30在县行政中心三楼第一会议室召开全县政务公开工作推进会。请各单位分管领导和政务公开工作人员参加。')
para(d, '　　请于12月9日前将参会回执发送至县政务公开办邮箱 qxzwgk@qingxi.gov.cn，联系电话：0579-86221035。')
para(d, '青溪县政务公开工作领导小组办公室')
para(d, '2026年12月7日')
d.core_properties.author = '政务公开办'
d.core_properties.comments = '会议通知终稿'
d.save(os.path.join(OUT, 'p11_zhengwu_gongkai_huiyi.docx'))
label('p11_zhengwu_gongkai_huiyi.docx','pass',[],[],'DOCX meeting notice; agency mailbox, landline, author metadata (info only)')

# p17 red-head document
d = newdoc()
para(d, '青溪县人民政府办公室文件', True, True)
para(d, '青政办发〔2026〕58号', False, True)
para(d, '青溪县人民政府办公室关于印发《青溪县农村生活污水治理设施运维管理办法》的通知', True, True)
para(d, '各乡镇人民政府、街道办事处，县政府各部门：')
para(d, '　　《青溪县农村生活污水治理设施运维管理办法》已经县政府同意，现印发给你们，请认真贯彻执行。')
t = d.add_table(rows=4, cols=3); t.style = 'Table Grid'
for i, row in enumerate([('项目','标准（元/吨）','备注'),('日常运维','0.85','含巡检'),('设备维修','按实结算','单次不超过5000元'),('水质检测','1200元/次','每季度一次')]):
    for j, v in enumerate(row): t.cell(i, j).text = v
para(d, '（此件公开发布）')
para(d, '抄送：县委办，县人大办，县政协办。')
d.save(os.path.join(OUT, 'p17_wushui_yunwei_banfa.docx'))
label('p17_wushui_yunwei_banfa.docx','pass',[],[],'DOCX red-head style document with 发文字号 and 此件公开发布; table of unit prices')

# f01 marking top-left
d = newdoc()
p = d.add_paragraph(); p.add_run('机密★1年')
para(d, '青溪县应急管理局', True, True)
para(d, '关于森林防火重点区域兵力部署调整的报告', True, True)
para(d, '县政府：')
para(d, '　　根据今冬明春森林防火形势，拟对白石乡、溪口镇重点林区扑火队伍部署作如下调整……')
para(d, '青溪县应急管理局  2026年12月2日')
d.save(os.path.join(OUT, 'f01_senlin_fanghuo_baogao.docx'))
label('f01_senlin_fanghuo_baogao.docx','block',['classified_marking'],[],'DOCX; 机密★1年 as first paragraph, left aligned')

# f08 内部资料 label in header
d = newdoc()
hdr = d.sections[0].header.paragraphs[0]
hdr.text = '内部资料　注意保存'
hdr.alignment = 2
para(d, '青溪县2026年三季度经济形势分析', True, True)
para(d, '　　三季度，全县经济运行总体平稳，工业生产稳中有进，投资结构持续优化，消费市场逐步回暖。')
para(d, '　　下一步，要聚焦重大项目攻坚，加快专项债券资金使用进度。')
d.save(os.path.join(OUT, 'f08_jingji_xingshi_fenxi.docx'))
label('f08_jingji_xingshi_fenxi.docx','review',['sensitive_term'],[],'DOCX; 内部资料 注意保存 in page header (verdict per dictionary; guessed review)')

# f10 hidden text
d = newdoc()
para(d, '青溪县2027年民生实事项目候选清单征求意见公告', True, True)
para(d, '　　为广泛听取社会各界意见，现将2027年民生实事项目候选清单予以公布，共15项。')
p = d.add_paragraph()
p.add_run('　　一、新建城东幼儿园，新增学位360个。')
r = p.add_run('【编辑注：此项资金来源尚未落实，财政局意见是暂缓，先不要对外说。】')
r.font.hidden = True
para(d, '　　二、改造提升农贸市场3个。')
para(d, '　　意见反馈邮箱：qxfgj@qingxi.gov.cn，截止时间2026年12月20日。')
d.save(os.path.join(OUT, 'f10_minsheng_shishi_zhengqiu.docx'))
label('f10_minsheng_shishi_zhengqiu.docx','review',['hidden_content'],[],'DOCX; editor note as hidden text (w:vanish) run mid-paragraph')

# f05 passport in table
d = newdoc()
para(d, '青溪县因公临时出国（境）任务公示', True, True)
para(d, '　　根据有关规定，现将以下因公出国（境）任务予以公示：')
t = d.add_table(rows=2, cols=5); t.style = 'Table Grid'
for j, v in enumerate(['团组名称','出访国家','人员','护照号码','天数']): t.cell(0, j).text = v
for j, v in enumerate(['青溪县经贸考察团','德国、奥地利','方立新（县商务局局长）','EJ4720815','8']): t.cell(1, j).text = v
para(d, '　　公示期5个工作日，监督电话：0579-86221080。')
d.save(os.path.join(OUT, 'f05_yingong_chuguo_gongshi.docx'))
label('f05_yingong_chuguo_gongshi.docx','review',['passport'],['EJ4720815'],'DOCX; passport number in a table column headed 护照号码')

# f17 ID in footer table
d = newdoc()
para(d, '青溪县个体工商户年度报告公示提醒', True, True)
para(d, '　　请全县个体工商户于2027年6月30日前通过国家企业信用信息公示系统报送年度报告。')
ft = d.sections[0].footer
ft.paragraphs[0].text = f'经办人：金晓燕  身份证：{ID3}  （县市场监管局个私科）'
d.save(os.path.join(OUT, 'f17_geti_nianbao_tixing.docx'))
label('f17_geti_nianbao_tixing.docx','block',['id_card'],[ID3],'DOCX; full ID of the clerk in the page footer')

# ---------------- DOCX with comment (manual XML) ----------------
d = newdoc()
para(d, '青溪县2026年政府投资项目计划调整公告', True, True)
para(d, '　　经县人大常委会审议通过，对2026年政府投资项目计划作如下调整：')
para(d, '　　一、调增县人民医院迁建工程投资1.2亿元。')
para(d, '　　二、调减城南片区道路工程投资3000万元。')
src = os.path.join(BUILD, 'f09_tmp.docx'); d.save(src)
def add_comment(src, dst, anchor_text, comment_text, author='李科长'):
    zin = zipfile.ZipFile(src)
    zout = zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'word/document.xml':
            s = data.decode('utf-8')
            i = s.find(anchor_text)
            rs = s.rfind('<w:r>', 0, i)
            if rs < 0: rs = s.rfind('<w:r ', 0, i)
            re_ = s.find('</w:r>', i) + len('</w:r>')
            s = s[:rs] + '<w:commentRangeStart w:id="0"/>' + s[rs:re_] + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>' + s[re_:]
            data = s.encode('utf-8')
        elif item.filename == '[Content_Types].xml':
            s = data.decode('utf-8').replace('</Types>', '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
            data = s.encode('utf-8')
        elif item.filename == 'word/_rels/document.xml.rels':
            s = data.decode('utf-8').replace('</Relationships>', '<Relationship Id="rIdCmt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>')
            data = s.encode('utf-8')
        zout.writestr(item, data)
    cx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          f'<w:comment w:id="0" w:author="{author}" w:date="2026-12-04T10:00:00Z" w:initials="L"><w:p><w:r><w:t>{comment_text}</w:t></w:r></w:p></w:comment></w:comments>')
    zout.writestr('word/comments.xml', cx)
    zout.close()
add_comment(src, os.path.join(OUT, 'f09_touzi_jihua_tiaozheng.docx'), '调减城南片区', '这3000万实际是挪去还隐性债务的，公告里不要写原因，口径和财政局对一下。')
label('f09_touzi_jihua_tiaozheng.docx','review',['hidden_content'],[],'DOCX; reviewer comment (word/comments.xml) anchored on item 二')

# ---------------- XLSX ----------------
wbk = openpyxl.Workbook(); ws = wbk.active; ws.title = '部门预算'
ws.append(['青溪县2027年部门收支预算总表'])
ws.append(['单位：元'])
ws.append(['项目', '预算数（元）', '上年预算数（元）', '增减（元）'])
rows = [('一般公共预算拨款', 13586217400, 12986021500, 600195900),
        ('政府性基金预算拨款', 1863450000, 2104500000, -241050000),
        ('国有资本经营预算拨款', 15700000, 14200000, 1500000),
        ('事业收入', 18734500000, 17650210000, 1084290000),
        ('合计', 33490867400, 32755016700, 735850700)]
for r in rows: ws.append(list(r))
for c in 'BCD':
    ws.column_dimensions[c].width = 20
wbk.save(os.path.join(OUT, 'p02_bumen_yusuan_zongbiao.xlsx'))
label('p02_bumen_yusuan_zongbiao.xlsx','pass',[],[],'XLSX budget; 11-digit amounts beginning 135/187 in columns headed 预算数（元） under 单位：元')

wbk = openpyxl.Workbook(); ws = wbk.active; ws.title = '名录'
ws.append(['序号', '企业名称', '统一社会信用代码', '法定代表人', '注册资本（万元）', '企业电话'])
ws.append([1, '青溪县恒达建材有限公司', '91330781MA2HK3W61F', '程某', 500, '0579-86551203'])
ws.append([2, '浙江青溪绿源农业开发有限公司', '91330781MA29P0RT4C', '蒋某某', 1200, '0579-86508871'])
ws.append([3, '青溪县溪口镇白云农家乐', '92330781MA2E7LQ80K', '陆某', 10, '0579-86502299'])
wbk.save(os.path.join(OUT, 'p09_zhuanjingtexin_mingdan.xlsx'))
label('p09_zhuanjingtexin_mingdan.xlsx','pass',[],[],'XLSX enterprise list; 统一社会信用代码, masked legal reps, company landlines')

wbk = openpyxl.Workbook(); ws = wbk.active; ws.title = '项目库'
ws.append(['项目编号', '项目名称', '总投资（万元）', '建设年限'])
ws.append(['13020261207', '县城供水管网改造', 8600, '2027-2028'])
ws.append(['13020261208', '白石乡美丽乡村精品线', 3200, '2027'])
ws.append(['15020261103', '城东学校新建工程', 21500, '2027-2029'])
wbk.save(os.path.join(OUT, 'p16_zhongdian_xiangmu_ku.xlsx'))
label('p16_zhongdian_xiangmu_ku.xlsx','pass',[],[],'XLSX project list; 11-digit project numbers 130…/150… in column 项目编号')

wbk = openpyxl.Workbook(); ws = wbk.active; ws.title = '公示'
ws.append(['序号', '姓名', '性别', '身份证号码', '安置类型', '安置面积（㎡）'])
ws.append([1, '潘志强', '男', ID4, '货币安置', 120])
ws.append([2, '邵美华', '女', '330781********0828', '产权调换', 90])
ws.column_dimensions['D'].width = 22
wbk.save(os.path.join(OUT, 'f02_zhengqian_anzhi.xlsx'))
label('f02_zhengqian_anzhi.xlsx','block',['id_card'],[ID4],'XLSX relocation list; one full ID in column 身份证号码 (the other masked)')

wbk = openpyxl.Workbook(); ws = wbk.active; ws.title = '值班表'
ws.append(['日期', '带班领导', '值班人员', '联系电话'])
ws.append(['2027-01-01', '县应急局 王局长', '邱海波', 13805794416])
ws.append(['2027-01-02', '县应急局 刘副局长', '蔡明', '0579-86231100'])
wbk.save(os.path.join(OUT, 'f24_yuandan_zhiban.xlsx'))
label('f24_yuandan_zhiban.xlsx','review',['mobile_phone'],['13805794416'],'XLSX duty roster; one private mobile stored as a number in column 联系电话')

wbk = openpyxl.Workbook(); ws = wbk.active; ws.title = '汇总'
ws.append(['乡镇（街道）', '完成户数', '完成率'])
ws.append(['溪口镇', 1320, '98.5%']); ws.append(['白石乡', 860, '97.1%'])
ws2 = wbk.create_sheet('原始台账')
ws2.append(['备注'])
ws2.append(['白石乡数据为估算，实际入户不足六成，请勿外传'])
ws2.sheet_state = 'hidden'
wbk.save(os.path.join(OUT, 'f12_nongcun_gaizao_tongji.xlsx'))
label('f12_nongcun_gaizao_tongji.xlsx','review',['hidden_content'],[],'XLSX; hidden sheet 原始台账 holds a note that the figures are estimates')

wbk = openpyxl.Workbook(); ws = wbk.active; ws.title = '进度'
ws.oddHeader.left.text = '秘密★6个月'
ws.append(['工程名称', '完成投资（万元）', '形象进度'])
ws.append(['县城防洪堤加固', 4210, '85%'])
ws.append(['溪口水库除险加固', 1980, '60%'])
wbk.save(os.path.join(OUT, 'f15_shuili_gongcheng_jindu.xlsx'))
label('f15_shuili_gongcheng_jindu.xlsx','block',['classified_marking'],[],'XLSX; print header &L秘密★6个月 on the sheet')

# ---------------- Sources for PDFs ----------------
d = newdoc()
para(d, '青溪县2027年度事业单位公开招聘工作人员公告', True, True)
para(d, '　　经研究，决定面向社会公开招聘事业单位工作人员46名。')
para(d, '　　一、报名时间：2027年1月4日至1月8日。')
para(d, '　　二、报名方式：登录青溪县人民政府门户网站人事考试专栏网上报名。')
para(d, '　　三、咨询电话：县人力社保局 0579-86226613；监督电话：0579-86226600。')
para(d, '　　附件：招聘岗位计划表')
d.save(os.path.join(BUILD, 'p14_shiye_zhaopin.docx'))

d = newdoc()
para(d, '青溪县行政服务中心物业服务项目中标结果公告', True, True)
para(d, '　　中标供应商：浙江安居物业服务有限公司（统一社会信用代码：91330702MA28F6Q43P）')
para(d, '　　中标金额：2386400.00元')
para(d, '　　采购人：青溪县机关事务服务中心')
para(d, f'　　采购人开户银行：中国工商银行股份有限公司青溪支行　户名：青溪县机关事务服务中心　账号：{ORGACC}')
para(d, '　　联系电话：0579-86221506')
d.save(os.path.join(BUILD, 'p06_wuye_zhongbiao.docx'))

d = newdoc()
p = d.add_paragraph(); p.add_run('秘密★1年')
para(d, '青溪县信访局', True, True)
para(d, '关于元旦期间重点信访人员稳控工作的情况报告', True, True)
para(d, '　　为确保元旦期间社会大局稳定，我局会同各乡镇对重点人员开展了逐一排查……')
d.save(os.path.join(BUILD, 'f19_xinfang_baogao.docx'))

d = newdoc()
para(d, '2026年第四批“就业见习补贴”发放公示', True, True)
t = d.add_table(rows=3, cols=4); t.style = 'Table Grid'
for i, row in enumerate([('姓名','见习单位','补贴金额（元）','发放卡号'),('龚乐怡','青溪县图书馆','4800', CARD2),('袁哲','县人民医院','4800','622848********8830')]):
    for j, v in enumerate(row): t.cell(i, j).text = v
para(d, '青溪县人力资源和社会保障局  2026年12月6日')
d.save(os.path.join(BUILD, 'f03_jianxi_butie.docx'))

wb('p08_nianbao.html', html('青溪县人民政府2026年政府信息公开工作年度报告（摘要）', """
<h1>青溪县人民政府政府信息公开工作年度报告（摘要）</h1>
<h3>一、主动公开情况</h3>
<table border="1" style="border-collapse:collapse"><tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>23</td><td>5</td><td>148</td></tr></table>
<h3>二、依申请公开情况</h3>
<p>本年度共收到政府信息公开申请87件，均在法定期限内答复。</p>
<p>行政事业性收费金额：0元。</p>
"""))

wb('f14_tousu_banjie.html', html('投诉办结情况', """
<h1>12345热线投诉件办结情况反馈</h1>
<p>工单编号：QX202612030117</p>
<p>投诉人：何先生，联系电话：13967451290</p>
<p>投诉内容：城西农贸市场周边夜间噪音扰民。</p>
<p>办理结果：县综合执法局已约谈相关商户，限期整改。</p>
"""))

wb('f23_wenjian_gongxiang.html', html('公文处理系统使用说明', """
<h1>关于规范县级部门公文电子交换的通知</h1>
<p>各单位：自2027年1月1日起，县级部门公文统一通过电子公文交换系统流转。</p>
<p>系统客户端安装包存放于 \\\\10.18.6.3\\gongwen\\client\\setup.exe，请各单位信息员自行下载。</p>
<p>青溪县机要保密局 联系电话：0579-86235010</p>
"""))

# p15 docx -> pdf via chromium? no: a plain docx pass with masked IDs in table
d = newdoc()
para(d, '青溪县2026年度见义勇为人员表彰决定', True, True)
para(d, '　　经评审，决定授予以下同志“青溪县见义勇为先进个人”称号：')
t = d.add_table(rows=3, cols=3); t.style = 'Table Grid'
for i, row in enumerate([('姓名','身份证号','事迹'),('骆某某','330781********6518','勇救落水儿童'),('俞某','330702********2025','协助抓获抢劫嫌疑人')]):
    for j, v in enumerate(row): t.cell(i, j).text = v
d.save(os.path.join(OUT, 'p15_jianyiyongwei_biaozhang.docx'))
label('p15_jianyiyongwei_biaozhang.docx','pass',[],[],'DOCX; masked IDs and names in a table')

# p21 html: org bank account for donations
w('p21_cishan_juanzeng.html', html('慈善募捐公告', f"""
<h1>青溪县慈善总会“春风行动”募捐公告</h1>
<p>户名：青溪县慈善总会</p>
<p>开户银行：青溪农商银行营业部</p>
<p>账号：201000184532761</p>
<p>捐赠热线：0579-86222520</p>
"""))
label('p21_cishan_juanzeng.html','pass',[],[],'HTML; charity (organisation) account 15 digits with 户名/开户银行')

# p22 txt with long amounts and dates
w('p22_zhuanxiang_zhaiquan.txt', """青溪县2026年新增专项债券资金使用情况公开

债券名称：2026年浙江省政府专项债券（十二期）
发行金额：150000000元
发行利率：2.31%
期限：10年
项目名称：青溪县城乡供水一体化工程
项目总投资：386520000元，其中专项债券资金150000000元，已支出132860400元。
信息公开联系人：县财政局债务科，电话：0579-86224019
""")
label('p22_zhuanxiang_zhaiquan.txt','pass',[],[],'TXT; 9-digit amounts in 元, rates, landline')

json.dump(LABELS, open(os.path.join(BUILD, 'labels_py.json'), 'w'), ensure_ascii=False, indent=1)
print(len(LABELS), 'labels')
