# pandoc: Markdown -> DOCX / ODT / HTML / PDF (xelatex)
import os, subprocess
from texts import *
H=os.path.dirname(os.path.abspath(__file__)); OUT=os.path.dirname(H)
def run(name, md, fmt, extra=()):
    p=os.path.join(H,'md',name+'.md'); open(p,'w').write(md)
    out=os.path.join(OUT,name+'.'+fmt)
    cmd=['pandoc',p,'-o',out,'--standalone']+list(extra)
    if fmt=='pdf': cmd+=['--pdf-engine=xelatex','-V','CJKmainfont=AR PL SungtiL GB','-V','geometry:margin=2.5cm']
    env=dict(os.environ,TEXINPUTS=os.path.join(H,'md')+'//:')  # md/lmodern.sty is an empty stand-in (package not installed)
    r=subprocess.run(cmd,capture_output=True,text=True,cwd=os.path.join(H,'md'),env=env)
    print(name,'ok' if r.returncode==0 else 'FAILED '+r.stderr[-800:])
tbl='| 指标 | 数值 | 同比增长（%） |\n|---|---:|---:|\n'+''.join('| %s | %s | %s |\n'%r for r in STATS)
run('pd01_report_clean', '---\ntitle: %s\n---\n\n%s\n\n%s\n\n%s\n\n%s\n\n统一社会信用代码：%s\n'%(R_TITLE,R1,R2,tbl,R3,USCC2),'docx')
run('pd02_table_mobile', '---\ntitle: 2026年冬季清雪志愿者联络表\n---\n\n各志愿服务队按下表联系对接。\n\n| 服务队 | 队长 | 联系方式 |\n|---|---|---|\n| 滨江一队 | 钱志刚 | 0571-87056789 |\n| 滨江二队 | 许文静 | 186 2145 9037 |\n\n统一调度热线：12345。\n','docx')
run('pd03_notice_clean', '# %s\n\n%s\n\n%s\n\n%s\n\n%s\n\n%s\n\n2026年12月3日\n'%(NOTICE_TITLE,P1,P2,P3,CONTACT_CLEAN,ORG),'odt')
run('pd04_odt_id', '# 行政处罚决定书\n\n青环罚〔2026〕118号\n\n当事人：冯德胜，身份证号码：%s，住所：青川市望江路66号。\n\n经查，当事人经营的汽修作坊未配套建设漆雾收集处理设施，违反《中华人民共和国大气污染防治法》第四十五条规定。依据该法第一百零八条，决定罚款人民币二万元。\n'%ID4,'odt')
run('pd05_html_clean', '---\ntitle: 政府信息公开指南\n---\n\n# 政府信息公开指南\n\n%s\n\n| 受理机构 | 地址 | 电话 |\n|---|---|---|\n| 市生态环境局办公室 | 青川市滨江路88号 | 0571-87051230 |\n| 市政务服务中心 | 青川市市民大道1号 | 12345 |\n\n电子邮箱：gk@qcsthj.gov.cn\n'%R1,'html')
run('pd06_html_intranet', '---\ntitle: 关于做好年度考核材料报送的通知\n---\n\n# 关于做好年度考核材料报送的通知\n\n各处室：请于12月20日前通过[考核填报系统](http://192.168.31.205:8088/kaohe/login)完成个人总结填报。逾期系统将自动关闭。\n\n联系电话：0571-87057890\n','html')
run('pd07_stats_clean', '---\ntitle: 2026年1—11月青川市经济运行简况\n---\n\n%s\n\n全年一般公共预算支出累计完成9,837,245万元，其中民生支出7,512,336万元，占比76.4%%。全市共有各类市场主体326,418户，新设市场主体41,227户。\n\n%s\n'%(tbl,R2),'pdf')
run('pd08_marking_pdf', '秘密★1年\n\n# 关于调整部分重点工程建设计划的请示\n\n%s\n\n%s\n'%(P2,P3),'pdf')
