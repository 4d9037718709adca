#!/usr/bin/python3
import json, os, sys, subprocess
sys.path.insert(0, os.path.dirname(__file__))
from vals import V
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
OUT=".."; TMP="gen/tmp"
L=[]
def lab(f,v,cats,raw,note): L.append({"file":f,"expect_verdict":v,"expect_categories":cats,"raw_values":raw,"note":note})
def run(*a): subprocess.run(a,check=True,stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)

# ---------- ReportLab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
S=ParagraphStyle('b',fontName='STSong-Light',fontSize=12,leading=20,wordWrap='CJK')
H=ParagraphStyle('h',parent=S,fontSize=18,leading=28,alignment=1)
def rl(path,title,paras,table=None,after=None):
    doc=SimpleDocTemplate(path,pagesize=A4)
    st=[Paragraph(title,H),Spacer(1,8)]+[Paragraph(p,S) for p in paras]
    if table:
        tb=Table([[Paragraph(c,S) for c in r] for r in table])
        tb.setStyle(TableStyle([('GRID',(0,0),(-1,-1),0.5,colors.black)])); st+= [Spacer(1,6),tb]
    st+=[Paragraph(p,S) for p in (after or [])]
    doc.build(st)

rl(f"{OUT}/d05_zhaobiao_gonggao.pdf","滨江区智慧社区平台建设项目公开招标公告",
 ["项目编号：BJCG-2026-0387　　采购方式：公开招标　　预算金额：386.50万元",
  "一、采购人：青溪市滨江区民政局（统一社会信用代码：11330108002487401A），地址：滨江区江汉路1786号，联系电话：0571-87021234。",
  "二、采购代理机构：青溪市正信招标咨询有限公司，统一社会信用代码：91330100MA28K6Q31T。",
  "三、投标保证金缴纳账户："],
 [["户名","开户银行","账号"],["青溪市正信招标咨询有限公司","中国工商银行青溪滨江支行","1202 0264 0990 0158 736"]],
 ["四、投标截止时间：2026年12月28日9:30（北京时间）。","五、监督部门：青溪市滨江区财政局政府采购监管科，电话0571-87025678。"])
lab("d05_zhaobiao_gonggao.pdf","pass",[],[],"ReportLab STSong-Light; 招标公告 with procurement agency's settlement account in a ruled table, credit codes, 项目编号, budget")

rl(f"{TMP}/d06.pdf","关于区协同办公系统升级期间暂停服务的通知",
 ["各街道、各部门：","为提升系统安全防护能力，区大数据中心定于2026年12月12日20:00至12月13日8:00对区协同办公系统进行升级，升级期间系统暂停服务。",
  "升级完成后，请通过新地址 http://192.168.30.15:8080/oa/login 登录，原地址停止使用；公文交换附件临时存放于 \\\\10.20.1.8\\gwjh\\2026 共享目录。",
  "技术支持：区大数据中心，电话0571-87039999。"],None,["青溪市滨江区大数据发展中心","2026年12月5日"])
os.rename(f"{TMP}/d06.pdf",f"{OUT}/d06_xitong_shengji_tongzhi.pdf")
lab("d06_xitong_shengji_tongzhi.pdf","review",["internal_address"],[],"ReportLab; internal OA upgrade notice uploaded to the public site: private IP URL 192.168.30.15 and a UNC path \\\\10.20.1.8\\gwjh in body text")

rl(f"{TMP}/d13.pdf","行政处罚决定书",
 ["滨市监处罚〔2026〕215号"],
 [["当事人","郑某某"],["公民身份号码",V["id2"]],["经营场所","滨江区长河街道江虹路某号"]],
 ["经查，当事人在未取得食品经营许可的情况下从事食品销售活动，违反了《中华人民共和国食品安全法》第三十五条第一款的规定。","依据《中华人民共和国食品安全法》第一百二十二条第一款，决定没收违法所得1860元，并处罚款5000元。","青溪市滨江区市场监督管理局","2026年11月29日"])
run("qpdf","--linearize",f"{TMP}/d13.pdf",f"{OUT}/d13_xingzheng_chufa_jueding.pdf")
lab("d13_xingzheng_chufa_jueding.pdf","block",["id_card"],[V["id2"]],"ReportLab then qpdf --linearize; 行政处罚决定书 for an individual, full 公民身份号码 in a ruled table cell")

rl(f"{OUT}/d17_jiemi_gonggao.pdf","滨江区档案馆2026年到期档案开放鉴定结果公告",
 ["根据《中华人民共和国档案法》和《中华人民共和国保守国家秘密法》有关规定，经鉴定，下列档案已解除密级或原不涉密，现向社会开放。"],
 [["档号","题名","原密级","形成年度","鉴定结论"],["J012-1-35","关于滨江乡水利建设的报告","秘密","1996","解密，开放"],["J012-1-48","滨江乡1997年工作总结","无","1997","开放"],["J015-2-07","关于撤乡建区的请示","机密","1996","解密，开放"]],
 ["查阅地点：滨江区档案馆查阅大厅，电话0571-87031122。","青溪市滨江区档案馆","2026年12月4日"])
lab("d17_jiemi_gonggao.pdf","pass",[],[],"ReportLab; 档案开放/解密 notice: a table column 原密级 with 秘密/机密 as table values for declassified files")

# ---------- HTML pages (CMS style)
def page(title,body,extra_head="",comment_top="<!-- TRS_AUTHOR_BEGIN --><!-- TRS_AUTHOR_END -->"):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_青溪市滨江区人民政府</title>
<meta name="SiteName" content="青溪市滨江区人民政府"><meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="2026-12-04 10:30">
<style>body{{font-family:'Noto Serif CJK SC',serif;margin:0}} .nav a{{margin:0 8px}} .foot{{font-size:12px;color:#555;border-top:1px solid #ccc;margin-top:30px}} td,th{{border:1px solid #333;padding:4px}} table{{border-collapse:collapse}} .m-menu{{display:none}}</style>{extra_head}</head>
<body>
<!-- 头部 开始 -->
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div>
<div class="m-menu"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a></div>
<!-- 头部 结束 -->
{comment_top}
<div class="article"><h1>{title}</h1>
<div class="info">发布时间：2026-12-04　来源：青溪市滨江区人民政府办公室　<span id="hits">浏览次数：<script>document.write(1234)</script></span></div>
<div class="TRS_Editor">
{body}
</div></div>
<!-- 底部 开始 -->
<div class="foot">主办单位：青溪市滨江区人民政府办公室　地址：滨江区江汉路1786号　邮编：310051<br>
网站标识码：3301080001　浙ICP备05012345号　浙公网安备33010802001234号<br>政府网站找错 <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html">我为政府网站找错</a></div>
<!-- 底部 结束 -->
</body></html>"""
def w(name,html): open(name,"w",encoding="utf-8").write(html)

w(f"{OUT}/g01_zhengce_jiedu.html",page("《滨江区促进楼宇经济高质量发展若干政策》解读",
"""<p>一、制定背景。为进一步优化营商环境，推动楼宇经济提质增效，区政府制定了本政策。</p>
<p>二、主要内容。对新引进的总部企业，按其实缴注册资本给予最高500万元的一次性落户奖励。</p>
<p>三、咨询方式。政策咨询：区商务局，电话0571-87056600；也可拨打12345热线。</p>
<p>相关文件：<a href="/art/2026/12/1/art_1229_5871234.html">滨政发〔2026〕18号</a></p>"""))
lab("g01_zhengce_jiedu.html","pass",[],[],"hand-written TRS-style CMS page: nav, a display:none copy of the menu, TRS markers and 头部/底部 comments, ICP/公网安备 numbers in footer, landline, 12345")

w(f"{OUT}/g02_tousu_banli.html",page("关于市民反映江虹路夜间施工噪声问题的办理情况",
"""<p>近日，有市民通过12345热线反映江虹路某工地夜间施工噪声扰民。</p>
<!-- 经办人备注：投诉人张建国坚持要求公开施工单位负责人信息，已解释，暂不回复，待周科长确认后再处理 -->
<p>经查，该工地系市政道路改造项目，已责令施工单位严格遵守夜间施工审批时段，并安装噪声在线监测设备。</p>
<p>区住建局将持续加强巡查，欢迎社会监督。</p>"""))
lab("g02_tousu_banli.html","review",["hidden_content"],[],"CMS page; an editor's HTML comment inside the article body with a note naming the complainant and internal handling (a sentence)")

idtab="".join(f"<tr><td>{i}</td><td>{n}</td><td>{d}</td><td>{p}</td></tr>" for i,(n,d,p) in enumerate([("黄某某","330106********0034","专业技术岗"),("林某","330108********2321","管理岗"),("何某某",V["id3"],"专业技术岗")],1))
w(f"{OUT}/g03_pinyong_gongshi.html",page("滨江区2026年下半年事业单位公开招聘拟聘用人员公示",
f"""<p>经笔试、面试、体检和考察，现将拟聘用人员名单公示如下：</p>
<table><tr><th>序号</th><th>姓名</th><th>身份证号</th><th>岗位</th></tr>{idtab}</table>
<p>公示期：2026年12月4日至12月10日。监督电话：0571-87012300。</p>"""))
lab("g03_pinyong_gongshi.html","block",["id_card"],[V["id3"]],"CMS page; 拟聘用公示 table, two masked IDs and the third row's ID unmasked")

w(f"{OUT}/g04_huodong_baodao.html",page("区民政局开展“敬老月”走访慰问活动",
"""<p>12月3日，区民政局组织工作人员走访慰问辖区高龄、困难老人32户，送去慰问金和慰问品。</p>
<p><img src="http://172.16.20.8/ueditor/php/upload/image/20261203/1701584123.jpg" alt="走访现场" width="600"></p>
<p>下一步，区民政局将持续完善居家养老服务体系。</p>"""))
lab("g04_huodong_baodao.html","review",["internal_address"],[],"CMS page; a picture pasted from the intranet editor: img src on a private 172.16.x address")

w(f"{OUT}/g05_tingdian_gonggao.html",page("2026年12月计划停电公告",
"""<p>因电网设备检修，以下区域将计划停电：</p>
<table><tr><th>停电时间</th><th>停电范围</th></tr><tr><td>12月9日 8:30-16:30</td><td>长河街道江虹社区部分区域</td></tr><tr><td>12月11日 9:00-15:00</td><td>浦沿街道东信大道沿线</td></tr></table>
<p>供电服务热线：95598。</p>
<div class="share" style="display:none">分享到：微信 微博</div>"""))
lab("g05_tingdian_gonggao.html","pass",[],[],"CMS page; outage table, 95598 hotline, hidden share widget and hidden mobile menu (platform furniture)")

w(f"{OUT}/g06_xiangmu_gongshi.html",page("滨江区2026年民生实事项目进展公示",
"""<p>截至11月底，区十大民生实事项目已完成8项，其余2项正在加紧推进。</p>
<p style="color:#ffffff">说明：第9项“老年食堂”实际只建成3家，原报数据为6家，发布前由办公室统一口径。</p>
<p>具体进展详见附表。</p>"""))
lab("g06_xiangmu_gongshi.html","review",["hidden_content"],[],"CMS page; a note in white text (color:#ffffff on the default white page) saying the figures were adjusted")

w(f"{OUT}/g07_lingdao_xinxiang.html",page("区长信箱来信选登",
"""<p><b>来信主题：</b>关于增设公交站点的建议</p><p><b>来信时间：</b>2026-11-26</p>
<p><b>来信内容：</b>建议在江虹路与长河路交叉口增设公交站点，方便周边居民出行。</p>
<p><b>回复单位：</b>区交通运输局　<b>回复时间：</b>2026-12-02</p>
<p><b>回复内容：</b>您好！您的建议已收悉。经实地踏勘，我局已将该站点纳入2027年公交线网优化方案，感谢您的关注。如有疑问，请致电0571-87060011，或发送邮件至jtj@binjiang.qingxi.gov.cn。</p>"""))
lab("g07_lingdao_xinxiang.html","pass",[],[],"CMS page; 区长信箱 reply with no personal data of the writer, agency landline and agency e-mail")

# ---------- Chromium PDFs
def chrome(html,pdf):
    hp=f"{TMP}/{os.path.basename(pdf)}.html"; w(hp,html)
    subprocess.run(["chromium","--headless","--no-sandbox","--disable-gpu","--no-pdf-header-footer",f"--print-to-pdf={pdf}",hp],check=True,stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)
simple=lambda t,b: f"<html><head><meta charset='utf-8'><style>body{{font-family:'Noto Serif CJK SC';font-size:15px;margin:40px}} td,th{{border:1px solid #000;padding:5px}} table{{border-collapse:collapse}} h1{{text-align:center}}</style></head><body><h1>{t}</h1>{b}</body></html>"
chrome(simple("滨江区2026年度政府信息公开工作年度报告（摘要）","""<p>一、总体情况。2026年，全区主动公开政府信息12,846条，其中规范性文件23件。</p>
<table><tr><th>项目</th><th>数量</th></tr><tr><td>收到政府信息公开申请</td><td>312件</td></tr><tr><td>予以公开</td><td>186件</td></tr><tr><td>不予公开（属于国家秘密）</td><td>2件</td></tr><tr><td>行政复议</td><td>5件</td></tr></table>
<p>二、存在的主要问题及改进情况。个别单位发布前保密审查把关不严，已组织专题培训。</p><p>本报告电子版可在区政府门户网站 https://www.binjiang.qingxi.gov.cn 下载。</p>"""),f"{OUT}/d03_nianbao_zhaiyao.pdf")
lab("d03_nianbao_zhaiyao.pdf","pass",[],[],"Chromium print-to-pdf; annual report abstract with a table row 不予公开（属于国家秘密） and counts")

chrome(simple("行政处罚决定书","""<p style="text-align:center">滨交罚〔2026〕1187号</p><table><tr><td>当事人</td><td>冯某某</td><td>性别</td><td>男</td></tr><tr><td>身份证号</td><td colspan=3>"""+V["id9"]+"""</td></tr><tr><td>住址</td><td colspan=3>青溪市滨江区西兴街道某小区</td></tr></table>
<p>当事人驾驶车辆超载运输，违反了《中华人民共和国道路交通安全法》第四十八条的规定，决定处以罚款2000元。</p><p style="text-align:right">青溪市滨江区交通运输局<br>2026年12月1日</p>"""),f"{OUT}/d04_jiaotong_chufa.pdf")
lab("d04_jiaotong_chufa.pdf","block",["id_card"],[V["id9"]],"Chromium print-to-pdf; 处罚决定书 with the individual's full ID in a bordered table cell (colspan)")

chrome(simple("滨江区2027年元旦春节期间“两节”市场保供方案","""<p>一、保供目标。确保节日期间粮油、肉禽蛋、蔬菜等重要民生商品供应充足、价格基本稳定。</p><p>二、工作措施。（一）加强产销对接；（二）强化储备投放；（三）加强价格监测，价格举报电话12315。</p><p>三、责任分工。区商务局牵头，区发改局、区市场监管局、区农业农村局配合。</p>"""),f"{TMP}/d12.pdf")
run("qpdf","--object-streams=generate",f"{TMP}/d12.pdf",f"{OUT}/d12_baogong_fangan.pdf")
lab("d12_baogong_fangan.pdf","pass",[],[],"Chromium then qpdf --object-streams=generate; clean 保供方案 with 12315")

chrome(simple("关于启用区工程建设项目审批管理系统的通知","""<p>各有关单位：</p><p>区工程建设项目审批管理系统已完成部署，自2026年12月15日起，相关事项一律网上申报。</p><p>系统入口：<a href="http://10.68.4.21:9080/gcjs/portal">点击进入申报系统</a></p><p>操作手册可在门户网站下载。</p>"""),f"{OUT}/d16_shenpi_xitong_qiyong.pdf")
lab("d16_shenpi_xitong_qiyong.pdf","review",["internal_address"],[],"Chromium; visible link text 点击进入申报系统, link target (URI annotation) is a private 10.68.4.21 intranet URL")

# ---------- LibreOffice PDFs and scans from python-docx sources
def newdoc():
    d=Document(); st=d.styles['Normal']; st.font.name='Noto Serif CJK SC'; st.font.size=Pt(15)
    st.element.rPr.rFonts.set(qn('w:eastAsia'),'Noto Serif CJK SC'); return d
def lo(lines,stem,fmt="pdf",size=15,first_big=None):
    d=newdoc()
    for i,t in enumerate(lines):
        p=d.add_paragraph(); r=p.add_run(t)
        if first_big and i==0: r.font.size=Pt(first_big)
    src=f"{TMP}/{stem}.docx"; d.save(src)
    run("soffice","--headless","--convert-to",fmt,"--outdir",TMP,src)
    return f"{TMP}/{stem}.{fmt.split(':')[0]}"

p=lo(["滨江区2026年度政府信息公开工作情况","滨政办〔2026〕31号","一、主动公开情况。全年主动公开各类政府信息12846条，公开规范性文件23件，政策解读56篇。","二、依申请公开情况。全年受理政府信息公开申请312件，按时办结率100%。","三、政府信息公开行政复议、行政诉讼情况。因政府信息公开被申请行政复议5件，维持4件，纠正1件。","四、下一步工作。严格落实信息发布前保密审查制度，做到“上网不涉密，涉密不上网”。","青溪市滨江区人民政府办公室","2026年12月5日"],"d01")
os.rename(p,f"{OUT}/d01_gongkai_gongzuo_qingkuang.pdf")
lab("d01_gongkai_gongzuo_qingkuang.pdf","pass",[],[],"LibreOffice PDF from python-docx; clean work report with 滨政办〔2026〕31号 and 上网不涉密 slogan")

p=lo(["机密★10年","青溪市滨江区人民政府","关于滨江新区重大基础设施布局调整的请示","市人民政府：","根据城市总体规划修编工作安排，现就滨江新区有关重大基础设施布局调整事项请示如下。","一、调整方案。……","二、资金测算。……","妥否，请批示。","青溪市滨江区人民政府","2026年12月3日"],"d02")
os.rename(p,f"{OUT}/d02_buju_tiaozheng_qingshi.pdf")
lab("d02_buju_tiaozheng_qingshi.pdf","block",["classified_marking"],[],"LibreOffice PDF from python-docx; 机密★10年 on the first line of a 请示 (GB/T 9704 position), uploaded by mistake")

p=lo(["青溪市滨江区人民政府办公室","关于调整区政府领导工作分工的通知","各街道办事处，区政府各部门：","经区政府研究，对区政府领导工作分工作如下调整：……","青溪市滨江区人民政府办公室","2026年12月2日","（此件不公开）"],"d11")
run("gs","-q","-dBATCH","-dNOPAUSE","-sDEVICE=pdfwrite",f"-sOutputFile={OUT}/d11_lingdao_fengong.pdf",p)
lab("d11_lingdao_fengong.pdf","review",["sensitive_term"],[],"LibreOffice PDF rewritten by Ghostscript pdfwrite; 公文 whose 公开属性 line reads （此件不公开） after the date, published anyway")

p=lo(["关于2026年冬季供暖价格的公告","根据《青溪市定价目录》，经区发改局核定，2026—2027年采暖季居民供暖价格维持不变，为每平方米建筑面积22元。","价格举报电话：12315。","青溪市滨江区发展和改革局","2026年12月1日"],"d14")
run("gs","-q","-dBATCH","-dNOPAUSE","-sDEVICE=pdfwrite","-dNoOutputFonts",f"-sOutputFile={OUT}/d14_gongnuan_jiage_outline.pdf",p)
lab("d14_gongnuan_jiage_outline.pdf","review",["unreadable"],[],"LibreOffice PDF re-written with gs -dNoOutputFonts (text as outlines, no text layer); clean content, so review only by the documented OCR-only rule")

# scans
def scan_src(lines,stem,dpi=250,first_big=None):
    p=lo(lines,stem,first_big=first_big)
    run("pdftoppm","-r",str(dpi),"-png","-singlefile",p,f"{TMP}/{stem}")
    return f"{TMP}/{stem}.png"
png=scan_src(["滨江区2026年冬季征兵公告","根据上级部署，2027年上半年征兵工作即将开始，现将有关事项公告如下：","一、征集对象：年满18至22周岁的男性青年，大学生可放宽至24周岁。","二、报名时间：2026年12月10日至2027年2月10日。","三、咨询电话：0571-87061234。","青溪市滨江区征兵办公室","2026年12月4日"],"e01")
run("img2pdf","--pagesize","A4","-o",f"{OUT}/e01_zhengbing_gonggao_scan.pdf",png)
lab("e01_zhengbing_gonggao_scan.pdf","review",["unreadable"],[],"pdftoppm 250 dpi of a LibreOffice page wrapped by img2pdf; clean scan, review only by the documented ocr_only rule")

png=scan_src(["秘密★1年","滨江区防汛防台应急预案修订情况的报告","区防指：","根据工作安排，现将预案修订有关情况报告如下。","一、修订背景。……","二、主要修订内容。调整了应急响应启动条件和物资储备点布局。","青溪市滨江区水利局","2026年11月30日"],"e02",dpi=300,first_big=18)
run("img2pdf","--pagesize","A4","-o",f"{OUT}/e02_fangxun_yuan_scan.pdf",png)
lab("e02_fangxun_yuan_scan.pdf","block",["classified_marking"],[],"scanned PDF (300 dpi PNG via img2pdf), 秘密★1年 on the first line at top-left, 18pt")

png=scan_src(["证　明","兹证明陈某某，公民身份号码"+V["id1"]+"，系我单位在编职工，自2015年7月起在我单位工作至今。","特此证明。","青溪市滨江区教育局","2026年12月2日"],"e03",dpi=200)
os.rename(png,f"{OUT}/e03_zaibian_zhengming.png")
lab("e03_zaibian_zhengming.png","block",["id_card"],[V["id1"]],"PNG 200 dpi picture of a 在编证明 with a full ID in the body line; uploaded as picture")

png=scan_src(["关于2026年12月道路临时交通管制的通告","因江南大道快速路改造工程施工需要，2026年12月8日至12月20日每日22:00至次日5:00，对江南大道（长河路至信诚路）实施临时交通管制。","请过往车辆提前绕行。","青溪市公安局交通警察支队滨江大队","2026年12月4日"],"e04",dpi=220)
run("convert",png,"-quality","90",f"{OUT}/e04_jiaotong_guanzhi.jpg") if subprocess.run(["which","convert"],stdout=subprocess.DEVNULL).returncode==0 else None
if not os.path.exists(f"{OUT}/e04_jiaotong_guanzhi.jpg"):
    from PIL import Image; Image.open(png).convert("RGB").save(f"{OUT}/e04_jiaotong_guanzhi.jpg",quality=90)
lab("e04_jiaotong_guanzhi.jpg","review",["unreadable"],[],"JPEG 220 dpi of a clean 交通管制通告; review only by the documented ocr_only rule for uploaded pictures")

# legacy
p=lo(["滨江区2026年冬季森林防火工作的通知","各街道、各有关单位：","进入冬季，气候干燥，森林火险等级持续升高，现就做好森林防火工作通知如下：","一、严格野外用火管理。","二、加强巡山护林。","森林火警电话：12119。","青溪市滨江区应急管理局","2026年12月3日"],"f01",fmt="doc")
os.rename(p,f"{OUT}/f01_senlin_fanghuo.doc")
lab("f01_senlin_fanghuo.doc","pass",[],[],"LibreOffice .doc (MS Word 97) from python-docx; clean 森林防火 notice with 12119 hotline")
p=lo(["绝密★长期","关于重要目标防护工作的实施意见","各有关单位：","（正文略）","青溪市滨江区人民防空办公室","2026年12月1日"],"f02",fmt="doc")
os.rename(p,f"{OUT}/f02_fanghu_shishi_yijian.doc")
lab("f02_fanghu_shishi_yijian.doc","block",["classified_marking"],[],"LibreOffice .doc from python-docx; 绝密★长期 on the first line")
p=lo(["滨江区2026年“最美家庭”推选结果公示","经推荐、评审，拟推选以下10户家庭为2026年度滨江区“最美家庭”：","张某某家庭（西兴街道）、李某家庭（长河街道）、王某某家庭（浦沿街道）等。","公示期为2026年12月5日至12月11日，联系电话0571-87066688。","滨江区妇女联合会"],"f03",fmt="odt")
os.rename(p,f"{OUT}/f03_zuimei_jiating.odt")
lab("f03_zuimei_jiating.odt","pass",[],[],"LibreOffice ODT from python-docx; 公示 with masked names 张某某, landline")

json.dump(L,open("gen/labels_py2.json","w"),ensure_ascii=False,indent=1)
print(len(L))
