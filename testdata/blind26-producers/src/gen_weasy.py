# WeasyPrint (Debian package) HTML/CSS -> PDF
import os
from weasyprint import HTML
from texts import *
H=os.path.dirname(os.path.abspath(__file__)); OUT=os.path.dirname(H)
CSS='''<style>@page{size:A4;margin:2.2cm} body{font-family:"AR PL SungtiL GB";font-size:12pt;line-height:1.7;text-align:justify}
h1{text-align:center;font-size:18pt} table{border-collapse:collapse} td,th{border:0.6pt solid #000;padding:3pt 5pt}</style>'''
def mk(name, body, css=''):
    html='<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'+CSS+'<style>'+css+'</style></head><body>'+body+'</body></html>'
    os.makedirs(os.path.join(H,'html'),exist_ok=True)
    open(os.path.join(H,'html',name+'.html'),'w').write(html)
    HTML(string=html).write_pdf(os.path.join(OUT,name+'.pdf')); print('ok',name)
mk('wp01_contacts_clean','<h1 style="letter-spacing:0.5em">政务服务咨询电话一览</h1><p>为方便群众办事，现将本局各业务窗口咨询电话公布如下。</p><table><tr><th>窗口</th><th>地址</th><th>电话</th></tr>'
   '<tr><td>环评审批窗口</td><td>市民中心B区3楼</td><td>0571-87051301</td></tr><tr><td>排污许可窗口</td><td>市民中心B区3楼</td><td>0571-87051302</td></tr>'
   '<tr><td>投诉举报</td><td>—</td><td>12369</td></tr><tr><td>政务服务便民热线</td><td>—</td><td>12345</td></tr></table>'
   '<p>单位账户信息：户名 青川市生态环境局；开户银行 中国建设银行青川分行；账号 3305 0161 6270 0000 0862。统一社会信用代码 %s。</p>'%USCC2)
mk('wp02_columns_id','<h1>2026年第四批公益性岗位拟录用人员公示</h1><div style="column-count:2;column-gap:1.5em"><p>%s</p><p>经资格审查、面试和体检，拟录用以下人员：胡晓燕，女，身份证号%s，拟安排至滨江街道社区服务岗位。</p><p>%s</p><p>%s</p></div>'%(P1,ID5,P2,P3))
mk('wp03_page_header_marking','<h1>关于全市防汛应急物资储备情况的报告</h1><p>%s</p><p>%s</p><p>%s</p>'%(P1,P2,P3), css='@page{@top-left{content:"机密★10年";font-family:"AR PL SungtiL GB";font-size:14pt}}')
mk('wp04_letterspaced_mobile','<h1>关于招募社区垃圾分类督导员的启事</h1><p>%s</p><p>报名联系人：郑晓东 手机：<span style="letter-spacing:0.3em">15067328814</span></p>'%P2)
mk('wp05_breakall_card','<h1>农机购置补贴资金兑付情况公示</h1><table style="width:60%%"><tr><th style="width:5em">购机者</th><th style="width:6em">补贴金额（元）</th><th style="width:5em">银行卡号</th></tr>'
   '<tr><td>马德福</td><td>18,600</td><td style="word-break:break-all">%s</td></tr></table><p>公示期7天，监督电话0571-87058901。</p>'%CARD1)
