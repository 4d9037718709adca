# HTML page templates for blind25
CSS = """<style>
@page{size:A4;margin:0}
body{margin:0;font-family:'Noto Serif CJK SC',serif;color:#111;background:#fff}
.pg{width:210mm;height:296mm;box-sizing:border-box;padding:30mm 26mm 25mm 28mm;position:relative;page-break-after:always;overflow:hidden}
.mk{font-family:'Noto Sans CJK SC',sans-serif;font-size:16pt;line-height:1.6}
.rt{color:#d00;text-align:center;font-size:27pt;font-weight:bold;letter-spacing:4pt;margin-top:8mm;font-family:'Noto Serif CJK SC'}
.wh{text-align:center;font-size:16pt;margin:6mm 0 2mm}
.rl{border-top:2px solid #d00;margin:2mm 0 8mm}
h1{font-size:21pt;text-align:center;font-weight:bold;margin:4mm 0 6mm;line-height:1.5}
p{font-size:15pt;line-height:1.65;text-indent:2em;margin:0}
.np{text-indent:0}
.sg{text-align:right;margin-top:12mm;font-size:15.5pt;line-height:1.75}
table{border-collapse:collapse;width:100%;font-size:13pt;margin:4mm 0}
td,th{border:1px solid #222;padding:2mm 2mm;text-align:center}
.ft{position:absolute;bottom:14mm;left:0;right:0;text-align:center;font-size:13pt}
</style>"""

def doc(pages):
    return "<!doctype html><html><head><meta charset='utf-8'>"+CSS+"</head><body>"+"".join(pages)+"</body></html>"

def gongwen(marking=True, neibu=False, num=1):
    top = ""
    if marking:
        top = "<div class='mk'>000127<br>机密★1年<br>特急</div>"
    elif neibu:
        top = "<div class='mk'>内部资料 注意保存</div>"
    else:
        top = "<div class='mk'>&nbsp;<br>&nbsp;<br>&nbsp;</div>"
    return f"""<div class='pg'>{top}
<div class='rt'>江阳市人民政府办公室文件</div>
<div class='wh'>江阳政办发〔2026〕{30+num}号</div><div class='rl'></div>
<h1>江阳市人民政府办公室<br>关于做好2026年冬春季森林防火工作的通知</h1>
<p class='np'>各县（市、区）人民政府，市政府各部门、各直属机构：</p>
<p>为切实做好今冬明春森林防火工作，有效预防和扑救森林火灾，保护人民群众生命财产安全，经市政府同意，现就有关事项通知如下。</p>
<p>一、压实防火责任。各地要严格落实森林防火行政首长负责制，层层签订责任书，把责任落实到山头地块和具体人员。</p>
<p>二、强化火源管控。进入防火紧要期后，各地要在重点林区入口设立检查站，严禁携带火种进山，严格审批野外生产用火。</p>
<p>三、做好应急准备。各级专业扑火队伍要实行二十四小时值班备勤，储备必要的扑火物资，确保一旦发生火情能够快速处置。</p>
<p>四、加强宣传教育。各地要通过广播、短信、宣传栏等多种方式，广泛宣传森林防火法律法规和安全常识。</p>
<div class='sg'>江阳市人民政府办公室<br>2026年11月20日</div>
<div class='ft'>— {num} —</div></div>"""

def gongshi(rows, title="江阳市东湖镇2026年度耕地地力保护补贴发放名单公示", num=1):
    trs = "".join(f"<tr><td>{i+1}</td><td>{n}</td><td>{idv}</td><td>{v}</td><td>{a}</td></tr>" for i,(n,idv,v,a) in enumerate(rows))
    return f"""<div class='pg'>
<h1>{title}</h1>
<p>根据《江阳市耕地地力保护补贴实施方案》，经村级申报、镇级审核，现将2026年度补贴发放对象予以公示，公示期为七天。</p>
<table><tr><th>序号</th><th>姓名</th><th>身份证号码</th><th>村组</th><th>补贴金额（元）</th></tr>{trs}</table>
<p>公示期内如有异议，请向东湖镇农业农村服务中心反映，监督电话：0830-3125678，也可拨打12345政务服务便民热线。</p>
<div class='sg'>江阳市东湖镇人民政府<br>2026年11月25日</div>
<div class='ft'>— {num} —</div></div>"""

def contact(phone_line, num=1, title="关于开展2026年度城乡居民医保集中参保缴费工作的通知"):
    return f"""<div class='pg'>
<h1>{title}</h1>
<p class='np'>各村（社区）、镇直各单位：</p>
<p>为做好2026年度城乡居民基本医疗保险集中参保缴费工作，确保应保尽保，现将有关事项通知如下。</p>
<p>一、缴费时间。集中缴费期为2026年9月1日至12月31日，参保人员可通过银行网点、手机银行和税务部门线上渠道缴纳。</p>
<p>二、缴费标准。个人缴费标准为每人每年400元，特困人员、低保对象等困难群体的个人缴费部分按规定给予资助。</p>
<p>三、工作要求。各村（社区）要明确专人负责，逐户宣传动员，做好参保信息核对，及时报送工作进度。</p>
<p>{phone_line}</p>
<div class='sg'>江阳市东湖镇人民政府办公室<br>2026年8月26日</div>
<div class='ft'>— {num} —</div></div>"""

def bank(card_line, num=1):
    return f"""<div class='pg'>
<h1>关于发放2026年度困难残疾人生活补贴的通知</h1>
<p class='np'>各村（社区）：</p>
<p>经审核，现对符合条件的困难残疾人发放第四季度生活补贴。补贴资金通过社会保障卡金融账户发放，请各村（社区）通知到户。</p>
<p>补贴对象：李桂芳，东湖镇白塔村三组，补贴标准每月90元，本季度合计270元。</p>
<p>{card_line}</p>
<p>如对发放情况有疑问，请于工作日到镇民政办咨询，或拨打12345政务服务便民热线反映。</p>
<div class='sg'>江阳市东湖镇民政办公室<br>2026年10月15日</div>
<div class='ft'>— {num} —</div></div>"""

def intranet(url_line, num=1):
    return f"""<div class='pg'>
<h1>关于做好2026年度部门决算报送工作的通知</h1>
<p class='np'>市直各预算单位：</p>
<p>根据财政部和省财政厅统一部署，现就2026年度部门决算编报工作通知如下。</p>
<p>一、各单位要认真核对全年收支情况，确保决算数据真实、准确、完整，做到账表一致、表表一致。</p>
<p>二、{url_line}</p>
<p>三、报送时间为2027年1月20日前，逾期未报的将予以通报。</p>
<div class='sg'>江阳市财政局<br>2026年12月1日</div>
<div class='ft'>— {num} —</div></div>"""

def filler(num, topic="一"):
    return f"""<div class='pg'>
<h1>江阳市2026年度民生实事项目推进情况报告（{topic}）</h1>
<p>今年以来，市委、市政府聚焦群众急难愁盼问题，确定了教育、医疗、养老、交通等十个方面的民生实事项目。截至十月底，各项目总体进展顺利，累计完成投资十八点六亿元，占年度计划的百分之八十七。</p>
<p>在教育方面，新建、改扩建中小学和幼儿园十二所，新增学位六千余个；在医疗方面，完成十五个乡镇卫生院标准化改造，基层诊疗能力明显增强。</p>
<p>在养老方面，新建社区居家养老服务中心二十个，为三千余户特殊困难老年人家庭实施适老化改造；在交通方面，完成农村公路提档升级二百三十公里。</p>
<p>下一步，各牵头单位要对照年度目标，倒排工期、挂图作战，确保各项民生实事年底前全面完成，让群众有更多获得感、幸福感、安全感。</p>
<div class='ft'>— {num} —</div></div>"""

def chat(lines, title="东湖镇民政工作群(36)", scale_css=""):
    msgs = "".join(f"<div class='m {'me' if me else ''}'><div class='n'>{who}</div><div class='b'>{txt}</div></div>" for who,txt,me in lines)
    return f"""<!doctype html><html><head><meta charset='utf-8'><style>
body{{margin:0;background:#ededed;font-family:'Noto Sans CJK SC',sans-serif;font-size:13px}}
.h{{background:#f7f7f7;border-bottom:1px solid #ccc;padding:10px;text-align:center;font-size:14px}}
.m{{margin:10px 12px;max-width:330px}} .me{{margin-left:auto;text-align:right}}
.n{{color:#888;font-size:12px;margin-bottom:3px}}
.b{{display:inline-block;background:#fff;border-radius:4px;padding:7px 9px;text-align:left;line-height:1.45}}
.me .b{{background:#95ec69}}
</style></head><body><div class='h'>{title}</div>{msgs}</body></html>"""

def web(body_html, title):
    return f"""<!doctype html><html><head><meta charset='utf-8'><style>
body{{margin:0;font-family:'Noto Sans CJK SC',sans-serif;font-size:14px;color:#333;background:#f2f2f2}}
.top{{background:#b50f12;color:#fff;padding:14px 40px;font-size:22px;font-weight:bold}}
.nav{{background:#8e0b0e;color:#fff;padding:8px 40px;font-size:14px;word-spacing:18px}}
.main{{width:860px;margin:16px auto;background:#fff;padding:24px 36px;min-height:500px}}
.crumb{{font-size:12px;color:#777;margin-bottom:14px}}
h2{{text-align:center;font-size:20px;margin:8px 0 6px}} .meta{{text-align:center;color:#888;font-size:12px;border-bottom:1px solid #ddd;padding-bottom:10px;margin-bottom:14px}}
p{{line-height:1.8;text-indent:2em;margin:6px 0}}
</style></head><body><div class='top'>江阳市人民政府</div><div class='nav'>首页 政务公开 政务服务 互动交流 走进江阳</div>
<div class='main'><div class='crumb'>当前位置：首页 &gt; 政务公开 &gt; 通知公告</div><h2>{title}</h2>
<div class='meta'>发布时间：2026-11-28 &nbsp; 来源：江阳市东湖镇人民政府 &nbsp; 浏览次数：318</div>{body_html}</div></body></html>"""
