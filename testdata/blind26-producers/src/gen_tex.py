# XeLaTeX + ctex generator: writes .tex, compiles with xelatex into ../
import os, subprocess, shutil, tempfile
from texts import *
OUT=os.path.abspath(os.path.join(os.path.dirname(__file__),'..'))
PRE=r'''\documentclass[a4paper,12pt%s]{ctexart}
\usepackage[margin=2.5cm]{geometry}
\usepackage{xcolor,graphicx,fancyhdr,array,seqsplit,booktabs,fontspec}
\setCJKmainfont{AR PL SungtiL GB}[AutoFakeBold=2]
\xeCJKDeclareCharClass{CJK}{"2605}
%s\pagestyle{plain}
'''
def build(name, body, opts='', extra=''):
    fam='' if 'keep_fandol' in extra else '\\setCJKsansfont{AR PL SungtiL GB}[AutoFakeBold=2]\\setCJKfamilyfont{zhhei}{AR PL SungtiL GB}[AutoFakeBold=2]\n'
    src=PRE%(opts,fam)+extra+'\\begin{document}\n'+body+'\n\\end{document}\n'
    d=tempfile.mkdtemp()
    with open(os.path.join(d,'x.tex'),'w') as f: f.write(src)
    with open(os.path.join(os.path.dirname(__file__),'tex',name+'.tex'),'w') as f: f.write(src)
    r=subprocess.run(['xelatex','-interaction=nonstopmode','-halt-on-error','x.tex'],cwd=d,capture_output=True,text=True)
    if r.returncode: print(name,'FAILED',r.stdout[-1500:]); return
    shutil.copy(os.path.join(d,'x.pdf'),os.path.join(OUT,name+'.pdf')); print('ok',name)
os.makedirs(os.path.join(os.path.dirname(__file__),'tex'),exist_ok=True)
T=lambda s: s.replace('%','\\%')
# 1 clean notice
build('tex01_notice_clean', r'''\begin{center}{\zihao{2}\bfseries %s}\end{center}
%s\par %s\par %s\par %s\par\vspace{2em}\hfill %s\par\hfill 2026年12月3日'''%(NOTICE_TITLE,T(P1),T(P2),T(P3),CONTACT_CLEAN,ORG))
# 2 GB/T 9704 marking top-left of first page
build('tex02_gongwen_marking', r'''\thispagestyle{empty}\noindent{\heiti\zihao{3} 000137}\par
\noindent{\zihao{3}\bfseries 机密★1年}\par\noindent{\heiti\zihao{3} 特急}\par\vspace{1em}
\begin{center}{\color{red}\zihao{1}\bfseries 青川市生态环境局文件}\end{center}
\begin{center}青环发〔2026〕41号\end{center}{\color{red}\rule{\textwidth}{1pt}}
\begin{center}{\zihao{2}关于重点排污单位在线监测数据核查情况的通报}\end{center}
%s\par %s'''%(T(P1),T(P2)), extra='%keep_fandol\n')
# 3 bare 秘密 in running header
build('tex03_header_secret', r'''\pagestyle{fancy}\fancyhf{}\fancyhead[R]{秘密}\fancyfoot[C]{-\thepage-}
\begin{center}{\zihao{2}关于2026年冬季供暖保障工作的安排}\end{center}
%s\par %s\par %s\newpage %s'''%(T(P1),T(P2),T(P3),T(R1)))
# 4 ID in a narrow table cell that wraps the digits (seqsplit)
build('tex04_table_id_wrap', r'''\begin{center}{\zihao{3}2026年度生态环境监督员聘任名单}\end{center}
\begin{tabular}{|p{2cm}|p{3cm}|p{2.4cm}|p{4cm}|}\hline 姓名&工作单位&身份证号&聘任岗位\\\hline
周慧敏&东城区环保协会&\seqsplit{%s}&社会监督员\\\hline
陈立军&西湖街道办&\seqsplit{330106********0018}&社会监督员\\\hline\end{tabular}
\par\vspace{1em}以上人员聘期三年，自2027年1月1日起计算。'''%ID2)
# 5 mobile in a footnote
build('tex05_footnote_mobile', r'''\begin{center}{\zihao{2}关于征集“美丽青川”摄影作品的公告}\end{center}
为展示全市生态文明建设成果，现面向社会公开征集摄影作品\footnote{作品报送联系人：刘晓峰，手机%s，工作日9:00—17:00。}。
投稿作品须为原创，每人限投5幅，截止日期为2027年2月28日。\par %s'''%('13957112468',CONTACT_CLEAN))
# 6 two-column clean annual report with statistics
rows='\\\\\n'.join('%s&%s&%s'%r for r in STATS)
build('tex06_twocol_report_clean', r'''\twocolumn[\begin{center}{\zihao{3}\bfseries %s}\end{center}]
%s\par %s\par %s\par
\begin{tabular}{p{3.2cm}rr}\toprule 指标&数值&增长(\%%)\\\midrule %s\\\bottomrule\end{tabular}\par
单位地址：青川市滨江路88号，邮编：311200，统一社会信用代码：%s，政府信息公开咨询电话：0571-87051230。\par %s'''%(R_TITLE,T(R1),T(R2),T(R3),rows,USCC2,T(R1)))
# 7 letter-spaced justified bank card of a person
build('tex07_letterspace_card', r'''\begin{center}{\zihao{2}困难群众临时救助资金发放公示}\end{center}
经街道审核、区民政局审批，同意对以下对象给予临时救助。救助资金已通过社保卡发放。
申请人赵桂兰，救助金额3,000元，收款银行卡号{\addfontfeature{LetterSpace=25}%s}，开户行中国银行青川支行。
公示期为2026年12月8日至12月14日，如有异议请拨打监督电话0571-87052345。'''%CARD3)
# 8 ligatures around an intranet URL in roman text
build('tex08_ligature_intranet', r'''\setmainfont{Latin Modern Roman}[Ligatures={Common,TeX}]
\begin{center}{\zihao{2}关于启用公文流转系统的说明}\end{center}
各科室：新版office file flow系统已完成部署，访问地址为 http://10.18.4.27/official/files/，
请各科室于12月10日前完成账号激活。使用中遇到问题请联系信息中心，电话0571-87053456。''')
# 9 small caps label with a passport number
build('tex09_smallcaps_passport', r'''\setmainfont{Latin Modern Roman}
\begin{center}{\zihao{2}因公出国（境）任务公示}\end{center}
根据工作需要，拟派员赴德国参加环境监测技术交流，团组人员：孙海涛（团长），
护照号码 \textsc{passport no.} E12873465，出访时间2027年3月10日至3月17日，经费由部门预算列支。
公示期5个工作日，联系电话0571-87054567。''')
# 10 rotated plate
build('tex10_rotated_plate', r'''\begin{center}{\zihao{2}关于渣土运输车辆违规行为的处理通报}\end{center}
近期执法检查中发现部分渣土运输车辆未密闭运输，现通报如下：\par\vspace{1em}
\noindent\begin{tabular}{|c|c|c|}\hline 序号&\rotatebox{90}{车牌号码}&处理结果\\\hline
1&\rotatebox{90}{浙A8K2M5}&罚款2000元\\\hline\end{tabular}\par
请各运输企业引以为戒，严格落实密闭运输要求。''')
# 11 clean text quoting the secrecy law
build('tex11_secrecy_law_clean', r'''\begin{center}{\zihao{2}保密宣传月知识问答（节选）}\end{center}
问：什么是国家秘密？\par 答：根据《中华人民共和国保守国家秘密法》，国家秘密是关系国家安全和利益，依照法定程序确定，
在一定时间内只限一定范围的人员知悉的事项。国家秘密的密级分为绝密、机密、秘密三级。\par
问：政府信息公开前为什么要进行保密审查？\par 答：《中华人民共和国政府信息公开条例》规定，行政机关应当建立健全政府信息公开审查机制，
坚持“涉密不上网、上网不涉密”，公开的政府信息不得涉及国家秘密。\par 本局保密工作咨询电话：0571-87055678。''')
# 12 ID broken across a line in running text
build('tex12_linebreak_id', r'''\begin{center}{\zihao{2}不动产登记更正公告}\end{center}
经申请人申请，本中心对青川市滨江路18号1幢302室不动产登记簿记载事项进行更正。原登记的权利人为吴志明，身份证号\seqsplit{%s}，
现更正为吴志明、黄丽娟共同共有。利害关系人如有异议，请自公告之日起15个工作日内向本中心书面提出。'''%ID3)
