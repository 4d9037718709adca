from common import *
import subprocess
def page(title, body, style=''):
    return f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title><style>body{{font-family:"Noto Serif CJK SC",serif;font-size:16px;margin:40px}}{style}</style></head><body><h1>{title}</h1>{body}</body></html>'
def w(name, html):
    open(OUT+'/'+name,'w',encoding='utf-8').write(html)
def chrome(name, html):
    tmp='gen/'+name.replace('.pdf','.html')
    open(tmp,'w',encoding='utf-8').write(html)
    subprocess.run(['chromium','--headless','--no-sandbox','--disable-gpu','--no-pdf-header-footer','--print-to-pdf='+OUT+'/'+name,'file://'+tmp],capture_output=True,timeout=120)
ID11='230103198711094436'
ID11=idnum(ID11[:17])
w('e01_html_span_split_id.html',page('关于拟认定见义勇为人员的公示',f'<p>拟认定人员：<b>卢某某</b>，身份证号：<span class="a">{ID11[:6]}</span><span class="b">{ID11[6:14]}</span><em>{ID11[14:]}</em>，事迹简介：勇救落水儿童。</p>'))
label('e01_html_span_split_id.html','block',['id_card'],[ID11],'hand-written HTML; ID after 身份证号： split by <span>…</span><span>…</span><em>…</em> (no whitespace between)')
MOB9='13387654210'
w('e02_html_nbsp_wbr_mobile.html',page('关于开展垃圾分类入户宣传的通知',f'<p>各小区物业：请于本周内完成入户宣传。联系人：崔某某，手机：{MOB9[:3]}&nbsp;{MOB9[3:7]}<wbr>&nbsp;{MOB9[7:]}。</p>'))
label('e02_html_nbsp_wbr_mobile.html','review',['mobile_phone'],[MOB9],'hand-written HTML; mobile as 133&nbsp;8765<wbr>&nbsp;4210 after 手机：')
ID12=idnum('45010319920614205')
zw='\u200b'
w('e03_html_zero_width_id.html',page('关于发放临时生活补助的公示',f'<p>补助对象：黄某某，身份证号：{zw.join(ID12)}，补助金额：800元。</p>'))
label('e03_html_zero_width_id.html','block',['id_card'],[ID12],'hand-written HTML; U+200B ZERO WIDTH SPACE between every digit of the ID after 身份证号：')
w('e04_html_zero_width_uscc_clean.html',page('关于发放临时生活补助的公示',f'<p>补助对象：黄某某，身份证号：450103********{ID12[-4:]}，补助金额：800元。承办单位统一社会信用代码：{zw.join("12450100MB0X12345K")}。</p>'))
label('e04_html_zero_width_uscc_clean.html','pass',[],[],'Twin of e03: masked ID; an 18-character USCC with U+200B between every character')
MOB10='15567891234'
w('e05_html_white_text_mobile.html',page('关于规范城市道路停车管理的通告',f'<p>为规范停车秩序，现通告如下。</p><p style="color:#ffffff">起草人贺某某个人手机{MOB10}，定稿后删除</p><p>本通告自发布之日起施行。</p>'))
label('e05_html_white_text_mobile.html','review',['hidden_content','mobile_phone'],[MOB10],'hand-written HTML, white page; a paragraph in color:#ffffff (invisible) holding a drafter note with a mobile')
ID13=idnum('35020319801230004')
w('e06_html_fontsize0_id.html',page('关于表彰优秀志愿者的决定',f'<p>经研究，决定对以下同志予以表彰：倪某某（思明区志愿者协会）<span style="font-size:0">身份证{ID13}</span>。</p>'))
label('e06_html_fontsize0_id.html','block',['id_card','hidden_content'],[ID13],'hand-written HTML; a span with font-size:0 holds 身份证 + the ID right after the honoree name')
w('e07_html_css_before_marking.html',f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于调整防疫物资储备的通知</title><style>.mj::before{{content:"机密\\2605 3年";font-weight:bold;font-size:18px}}</style></head><body><div class="mj"></div><h1>关于调整防疫物资储备的通知</h1><p>各区卫生健康委：现就调整防疫物资储备有关事项通知如下。</p></body></html>')
label('e07_html_css_before_marking.html','block',['classified_marking'],[],'hand-written HTML; the page head is an empty div whose ::before content draws 机密★3年 (★ written as CSS escape \\2605)')
MOB11='19912345670'
w('e08_html_alt_title_mobile.html',page('社区便民服务点一览',f'<p>便民服务点分布如下图。</p><img src="map.png" alt="便民服务点地图，负责人汤某某手机{MOB11}" title="负责人汤某某 {MOB11[:3]} {MOB11[3:7]} {MOB11[7:]}" width="300" height="200"><p>服务时间：每日8:30-17:30。</p>'))
label('e08_html_alt_title_mobile.html','review',['mobile_phone'],[MOB11],'hand-written HTML; mobile only in an <img> alt attribute and (spaced) in its title attribute')
ID14=idnum('50010319910722183')
w('e09_html_td_br_id.html',page('2026年度危房改造补助对象公示',f'<table border="1" style="width:360px"><tr><th>姓名</th><th style="width:90px">身份证号</th><th>补助金额（元）</th></tr><tr><td>毛某某</td><td>{ID14[:8]}<br>{ID14[8:16]}<br>{ID14[16:]}</td><td>15,000</td></tr></table>'))
label('e09_html_td_br_id.html','block',['id_card'],[ID14],'hand-written HTML table; the ID cell under 身份证号 has the number cut by <br> into 8+8+2 digits')
w('e10_html_td_br_order_clean.html',page('2026年度危房改造补助对象公示',f'<table border="1" style="width:360px"><tr><th>姓名</th><th style="width:90px">合同编号</th><th>补助金额（元）</th></tr><tr><td>毛某某</td><td>20261207<br>00451388<br>76</td><td>15,000</td></tr><tr><td>邓某某</td><td>500103<br>********<br>1836</td><td>12,000</td></tr></table>'))
label('e10_html_td_br_order_clean.html','pass',[],[],'Twin of e09: an 18-digit 合同编号 cut by <br> 8+8+2; a masked ID cut by <br>')
w('e11_html_span_split_ip.html',page('关于启用新版公文流转系统的通知',f'<p>新版系统访问地址：http://<span>192</span>.<span>168</span>.<b>20</b>.<i>15</i>:8080/oa，请各科室于12月10日前完成账号激活。</p>'))
label('e11_html_span_split_ip.html','review',['internal_address'],[],'hand-written HTML; intranet URL http://192.168.20.15:8080/oa with each octet in its own span/b/i')
w('e12_html_public_url_clean.html',page('关于启用新版政务服务网的通知',f'<p>新版访问地址：https://<span>www</span>.<b>gov</b>.cn/<i>fuwu</i>，政务服务热线<span>123</span><span>45</span>，办公电话<span>010-</span><span>5563</span><span>0000</span>。</p>'))
label('e12_html_public_url_clean.html','pass',[],[],'Twin of e11: public URL split in spans; hotline 12345 and an agency landline split in spans')

# Chromium PDFs
ID15=idnum('31010419890815263')
chrome('a14_chromium_narrow_td_id.pdf',page('2026年度公益性岗位人员公示',f'<table border="1" style="border-collapse:collapse;width:420px"><tr><th>姓名</th><th>身份证号</th><th>岗位</th></tr><tr><td>罗某某</td><td style="width:70px;word-break:break-all">{ID15}</td><td>保洁员</td></tr></table>'))
label('a14_chromium_narrow_td_id.pdf','block',['id_card'],[ID15],'Chromium print-to-pdf; ID in a 70px table cell with word-break:break-all, wraps over 3 lines inside the ruled cell')
chrome('a15_chromium_narrow_td_order_clean.pdf',page('2026年度公益性岗位人员公示',f'<table border="1" style="border-collapse:collapse;width:420px"><tr><th>姓名</th><th>合同编号</th><th>岗位</th></tr><tr><td>罗某某</td><td style="width:70px;word-break:break-all">202612070045318876</td><td>保洁员</td></tr><tr><td>邓某某</td><td style="width:70px;word-break:break-all">310104********2635</td><td>绿化员</td></tr></table>'))
label('a15_chromium_narrow_td_order_clean.pdf','pass',[],[],'Twin of a14: 18-digit 合同编号 and a masked ID wrapped in 70px ruled cells')
MOB12='13765432108'
chrome('a16_chromium_letterspacing_mobile.pdf',page('关于做好2027年元旦春节期间走访慰问工作的通知',f'<p style="letter-spacing:0.6em;text-align:justify">各街道：请于12月底前完成走访慰问。联系人：潘某某，联系电话：{MOB12}。</p>'))
label('a16_chromium_letterspacing_mobile.pdf','review',['mobile_phone'],[MOB12],'Chromium print-to-pdf; paragraph with letter-spacing:0.6em and justify, mobile after 联系电话')
chrome('a17_chromium_abs_marking.pdf',f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{{font-family:"Noto Serif CJK SC";margin:60px}}.mj{{position:absolute;top:20px;left:40px;font-family:"Noto Sans CJK SC";font-size:18px}}</style></head><body><h1 style="text-align:center;color:#c00">关于做好重大活动安保工作的通知</h1><p>各分局：为确保活动期间安全稳定，现就有关工作通知如下。</p><div class="mj">绝密★长期</div></body></html>')
label('a17_chromium_abs_marking.pdf','block',['classified_marking'],[],'Chromium print-to-pdf; 绝密★长期 in an absolutely positioned div placed at the top-left, written last in the HTML (after the body)')
chrome('a18_chromium_abs_public_clean.pdf',f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{{font-family:"Noto Serif CJK SC";margin:60px}}.mj{{position:absolute;top:20px;left:40px;font-family:"Noto Sans CJK SC";font-size:18px}}</style></head><body><h1 style="text-align:center;color:#c00">关于做好重大活动安保工作的通知</h1><p>各分局：为确保活动期间安全稳定，现就有关工作通知如下。密级划分按照绝密、机密、秘密三级管理的有关规定执行。</p><div class="mj">公开方式：主动公开</div></body></html>')
label('a18_chromium_abs_public_clean.pdf','pass',[],[],'Twin of a17: top-left positioned div 公开方式：主动公开; body sentence mentions 绝密、机密、秘密三级 in prose')
ID16=idnum('22010219781003571')
chrome('a19_chromium_two_column_wrap_id.pdf',page('关于公布2026年度法律援助律师名单的通知',f'<div style="column-count:2;column-gap:30px;width:600px;text-align:justify;font-size:15px;word-break:break-all"><p>根据工作安排，现公布名单如下。受援人代理律师：陶某某，执业证号：12201202610123456；当事人：姜某某，身份证号：{ID16}，案由：劳动争议。</p><p>{"各律师事务所应加强对援助律师的管理，确保案件办理质量。"*5}</p></div>'))
label('a19_chromium_two_column_wrap_id.pdf','block',['id_card'],[ID16],'Chromium print-to-pdf; CSS column-count:2 justified; the ID after 身份证号： in the left column with word-break:break-all, so the ID is cut at the column edge')
save('html')
