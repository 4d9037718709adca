#!/usr/bin/python3
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from vals import V
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
import openpyxl
OUT=".."; TMP="gen/tmp"
L=[]
def lab(f,v,cats,raw,note): L.append({"file":f,"expect_verdict":v,"expect_categories":cats,"raw_values":raw,"note":note})
ORG="青溪市滨江区人民政府办公室"

def newdoc():
    d=Document()
    st=d.styles['Normal']; st.font.name='Noto Serif CJK SC'; st.font.size=Pt(14)
    st.element.rPr.rFonts.set(qn('w:eastAsia'),'Noto Serif CJK SC')
    return d
def paras(d, lines):
    for t in lines: d.add_paragraph(t)

# a01 clean notice quoting secrecy law
d=newdoc()
paras(d,["青溪市滨江区人民政府办公室文件","滨政办发〔2026〕12号","关于做好2026年政务公开工作的通知",
"各街道办事处，区政府各部门、各直属单位：",
"为深入贯彻《中华人民共和国政府信息公开条例》，进一步提升政务公开质量，现就有关事项通知如下。",
"一、严格落实发布前保密审查。各单位要坚持“上网不涉密，涉密不上网”原则，依据《中华人民共和国保守国家秘密法》及其实施条例，对拟公开信息逐件进行保密审查，审查记录留存备查。",
"二、做好个人信息保护。公示名单中涉及的身份证号、手机号码等个人信息应当进行脱敏处理，例如身份证号显示为330106********0018，手机号码显示为139****5678。",
"三、畅通咨询渠道。群众可拨打12345政务服务便民热线或登录区政府门户网站（https://www.binjiang.qingxi.gov.cn/zwgk/）咨询。",
"联系人：区政府办公室政务公开科，电话：0571-87012345。",
"青溪市滨江区人民政府办公室","2026年12月1日","（此件公开发布）"])
d.save(f"{OUT}/a01_zhengwu_gongkai_tongzhi.docx")
lab("a01_zhengwu_gongkai_tongzhi.docx","pass",[],[],"python-docx; clean 通知 quoting 保守国家秘密法 and 上网不涉密, masked ID/mobile examples, 12345, agency landline, public URL, 〔2026〕12号, （此件公开发布）")

# a02 定密 training handout with a table of levels
d=newdoc()
paras(d,["滨江区2026年度定密工作培训讲义","一、国家秘密的密级","根据《中华人民共和国保守国家秘密法》第十三条，国家秘密的密级分为绝密、机密、秘密三级。除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年。","二、密级和保密期限对照表"])
t=d.add_table(rows=4,cols=3); t.style='Table Grid'
for r,row in enumerate([("密级","保密期限（一般不超过）","标注形式"),("绝密","30年","绝密★（期限）"),("机密","20年","机密★（期限）"),("秘密","10年","秘密★（期限）")]):
    for c,v in enumerate(row): t.cell(r,c).text=v
paras(d,["三、定密责任人","定密责任人应当按照法定程序确定密级、保密期限和知悉范围，并对国家秘密载体作出标志。不属于国家秘密的工作事项，不得标注密级。","（培训讲义，供学员学习使用）"])
d.save(f"{OUT}/a02_dingmi_peixun_jiangyi.docx")
lab("a02_dingmi_peixun_jiangyi.docx","pass",[],[],"python-docx; 定密 training handout, a Table Grid of the three levels with periods and placeholder form 绝密★（期限）; no real marking")

# a03 subsidy list with one unmasked ID split over runs
d=newdoc()
paras(d,["滨江区2026年第四季度高龄津贴发放名单公示","根据《青溪市高龄老人津贴发放管理办法》，现将第四季度新增发放对象公示如下，公示期7天。"])
rows=[("1","张某某","330106********0018","西兴街道","300"),("2","李某某","330108********2217","长河街道","300"),("3","王某","",  "浦沿街道","500"),("4","陈某某","330102********4411","西兴街道","300")]
t=d.add_table(rows=1,cols=5); t.style='Table Grid'
for c,v in enumerate(["序号","姓名","身份证号","所属街道","金额（元）"]): t.rows[0].cells[c].text=v
for row in rows:
    cells=t.add_row().cells
    for c,v in enumerate(row):
        if c==2 and not v:
            p=cells[c].paragraphs[0]; p.add_run(V["id7"][:10]); p.add_run(V["id7"][10:])
        else: cells[c].text=v
paras(d,["公示期间如有异议，请拨打监督电话0571-87056789。","青溪市滨江区民政局","2026年12月2日"])
d.save(f"{OUT}/a03_gaoling_jintie_gongshi.docx")
lab("a03_gaoling_jintie_gongshi.docx","block",["id_card"],[V["id7"]],"python-docx; one unmasked ID (X check digit) in table row 3 among masked rows, split over two runs in the cell")

# a04 meeting minutes with marking in page header
d=newdoc()
d.sections[0].header.paragraphs[0].text="秘密★1年"
paras(d,["区政府第42次常务会议纪要","2026年11月28日，区长主持召开区政府第42次常务会议，研究有关事项。","一、会议听取了区发改局关于2027年重大项目计划的汇报，原则同意。","二、会议研究了滨江新区征迁安置相关事项，请区征迁办按会议意见抓好落实。","出席：区政府领导班子成员","列席：区府办、区发改局、区财政局负责人"])
d.save(f"{OUT}/a04_changwuhui_jiyao.docx")
lab("a04_changwuhui_jiyao.docx","block",["classified_marking"],[],"python-docx; 秘密★1年 alone in the page header of 常务会议纪要; body clean")

# a05 tracked deletion
d=newdoc()
paras(d,["滨江区老旧小区改造实施方案（2026—2027年）","一、总体目标","到2027年底，完成2000年以前建成的老旧小区改造48个，惠及居民1.2万户。"])
p=d.add_paragraph("二、资金安排。改造资金由区财政统筹安排，")
p._p.append(parse_xml('<w:del %s w:id="11" w:author="区住建局 周某" w:date="2026-11-30T09:12:00Z"><w:r><w:delText>原定每户补助标准3000元，经与分管副区长沟通后拟下调至1800元，具体以常务会议定稿为准，此段不宜公开。</w:delText></w:r></w:del>' % nsdecls('w')))
p.add_run("按照市区两级1:1比例分担。")
paras(d,["三、实施步骤","（一）摸底调查阶段（2026年12月）；（二）组织实施阶段（2027年1月—10月）；（三）验收阶段（2027年11月—12月）。","青溪市滨江区住房和城乡建设局"])
d.save(f"{OUT}/a05_laojiu_xiaoqu_fangan.docx")
lab("a05_laojiu_xiaoqu_fangan.docx","review",["hidden_content"],[],"python-docx + raw w:del; tracked deletion inside 资金安排 paragraph holds an internal note about lowering the subsidy (此段不宜公开)")

# a10 secrecy work points, 工作秘密 in sentence
d=newdoc()
paras(d,["滨江区2026年保密工作要点","一、加强保密宣传教育。组织开展保密法治宣传月活动，推动《中华人民共和国保守国家秘密法》进机关、进社区。",
"二、严格定密管理。严格区分工作秘密与国家秘密，不得将工作秘密按国家秘密标注，也不得把应当公开的政府信息作为工作秘密不予公开。",
"三、规范内部资料管理。各单位编印内部资料应当履行审批程序，严禁在互联网上传播。",
"四、抓好网站信息发布审查。对门户网站拟发布信息实行“先审查、后公开”和“一事一审”。","中共青溪市滨江区委保密委员会办公室","2026年12月3日"])
d.save(f"{OUT}/a10_baomi_gongzuo_yaodian.docx")
lab("a10_baomi_gongzuo_yaodian.docx","pass",[],[],"python-docx; public 保密工作要点: 工作秘密 and 内部资料 as words of sentences about such matters, no label")

# a11 internal bulletin label
d=newdoc()
paras(d,["内部资料  注意保存","滨江区营商环境工作简报","第12期","区营商办编                 2026年12月4日","本周，区营商办牵头召开企业服务专员例会，梳理企业诉求37件，已办结29件。","下一步，将重点推进“一件事”集成改革，提升企业开办便利度。"])
d.save(f"{OUT}/a11_yingshang_jianbao.docx")
lab("a11_yingshang_jianbao.docx","review",["sensitive_term"],[],"python-docx; 内部资料 注意保存 label alone on the first line of a 工作简报 uploaded for publication")

# ---------- openpyxl
from openpyxl.styles import Font
wb=openpyxl.Workbook(); ws=wb.active; ws.title="一般公共预算支出"
ws.append(["滨江区2026年部门预算一般公共预算支出表"]); ws.append(["单位：万元"])
ws.append(["科目编码","科目名称","2025年预算数","2026年预算数","增减%"])
for r in [("201","一般公共服务支出",32145.6,33020.1,2.7),("205","教育支出",128760.0,134210.5,4.2),("208","社会保障和就业支出",45230.8,47102.3,4.1),("210","卫生健康支出",38621.2,39980.0,3.5),("212","城乡社区支出",67340.5,61288.9,-9.0)]: ws.append(list(r))
ws.append(["合计","",312098.1,315601.8,1.1]); ws.append(["注：本表数据经区人大常委会审议，统一社会信用代码11330108002487361K"])
wb.save(f"{OUT}/b01_bumen_yusuan.xlsx")
lab("b01_bumen_yusuan.xlsx","pass",[],[],"openpyxl; budget table, amounts, 科目编码, agency credit code in a note")

wb=openpyxl.Workbook(); ws=wb.active; ws.title="低保对象"
ws.append(["序号","户主姓名","身份证号码","家庭人口","保障金额（元/月）","街道"])
for i,(n,idv,k,a,s) in enumerate([("赵建华",V["id1"],3,2850,"西兴"),("钱秀英",V["id5"],1,1120,"长河"),("孙立新",V["id3"],2,1980,"浦沿")],1):
    ws.append([i,n,idv,k,a,s])
wb.save(f"{OUT}/b02_dibao_mingdan.xlsx")
lab("b02_dibao_mingdan.xlsx","block",["id_card"],[V["id1"],V["id5"],V["id3"]],"openpyxl; 低保 list with three full IDs stored as strings in column C under 身份证号码")

wb=openpyxl.Workbook(); ws=wb.active; ws.title="检查结果"
ws.append(["2026年第四季度食品安全监督抽检结果公示"])
ws.append(["序号","被检单位","统一社会信用代码","检查结果"])
ws.append([1,"青溪市滨江区味香餐饮店","92330108MA2H3K7P1Q","合格"]); ws.append([2,"青溪鲜丰超市有限公司","91330108MA27XY4D5B","合格"])
h=wb.create_sheet("联系人底稿"); h.sheet_state="hidden"
h.append(["单位","负责人","手机","备注"]); h.append(["味香餐饮店","许某","13605718820","店主不配合，下次重点检查"]); h.append(["鲜丰超市","冯某","19957160423",""])
wb.save(f"{OUT}/b03_shipin_choujian.xlsx")
lab("b03_shipin_choujian.xlsx","review",["hidden_content","mobile_phone"],[V["mob5"],V["mob6"]],"openpyxl; visible sheet clean; hidden sheet 联系人底稿 holds two shop owners' mobiles and an inspector's note")

wb=openpyxl.Workbook(); ws=wb.active; ws.title="密级与期限"
ws.append(["国家秘密密级与保密期限一览（培训用）"]); ws.append(["密级","含义","保密期限一般不超过"])
ws.append(["绝密","最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害","30年"])
ws.append(["机密","重要的国家秘密，泄露会使国家安全和利益遭受严重的损害","20年"])
ws.append(["秘密","一般的国家秘密，泄露会使国家安全和利益遭受损害","10年"])
ws.append(["依据：《中华人民共和国保守国家秘密法》"])
wb.save(f"{OUT}/b10_miji_qixian_yilan.xlsx")
lab("b10_miji_qixian_yilan.xlsx","pass",[],[],"openpyxl; training table of 绝密/机密/秘密 each in its own cell with meaning and period")

wb=openpyxl.Workbook(); ws=wb.active; ws.title="补助名单"
ws.append(["序号","姓名","所在村","身份证号","补助金额（元）"])
for i,(n,c,idv,a) in enumerate([("周某某","湖头村",V["id8"],1200),("吴某某","新联村",V["id9"],800),("郑某","湖头村",V["id2"],1200)],1): ws.append([i,n,c,idv,a])
ws.column_dimensions['D'].hidden=True
wb.save(f"{OUT}/b11_nongji_butie_yincang.xlsx")
lab("b11_nongji_butie_yincang.xlsx","block",["id_card","hidden_content"],[V["id8"],V["id9"],V["id2"]],"openpyxl; names masked but the 身份证号 column D was hidden instead of deleted: full IDs in a hidden column")

# ---------- plain text
t1="""滨江区政务服务“一网通办”常见问题解答

问：企业开办全流程需要多长时间？
答：在资料齐全的情况下，企业开办（含营业执照、刻章、发票申领、社保登记）1个工作日内办结。

问：办理中遇到问题可以向哪里咨询？
答：可拨打12345政务服务便民热线，或工作日拨打区政务服务中心咨询电话0571-86012345，也可发送邮件至zwfw@binjiang.qingxi.gov.cn。

问：网上办事入口在哪里？
答：登录浙里办APP或访问 https://www.zjzwfw.gov.cn 搜索“企业开办”。

发布日期：2026-12-03   信息来源：区政务服务中心   索引号：002487361/2026-01523
"""
open(f"{OUT}/h01_yiwang_tongban_wenda.txt","w",encoding="utf-8").write(t1)
lab("h01_yiwang_tongban_wenda.txt","pass",[],[],"UTF-8 text; FAQ with 12345, agency landline, agency e-mail, public URL, 索引号")

t2=f"""滨江区行政调解协议书（公开版）

申请人：刘某某，男，汉族，身份证号{V['id4']}，住滨江区长河街道。
被申请人：青溪市滨江区某物业服务有限公司，统一社会信用代码91330108MA2CFE0X8R。
经调解，双方自愿达成如下协议：被申请人于2026年12月15日前退还申请人多收物业费人民币2400元。

青溪市滨江区司法局长河司法所
2026年12月2日
"""
open(f"{OUT}/h02_tiaojie_xieyi_gbk.txt","w",encoding="gb18030").write(t2)
lab("h02_tiaojie_xieyi_gbk.txt","block",["id_card"],[V["id4"]],"GB18030 text; '公开版' 调解协议 where the applicant's name is masked but his full ID was left in the same line")

t3="""滨江区2026年11月份空气质量状况通报

11月，全区环境空气质量优良天数27天，优良率90.0%，同比上升3.3个百分点。PM2.5月均浓度为28微克/立方米，同比下降6.7%。
各街道排名：1.浦沿街道；2.长河街道；3.西兴街道。
举报电话：12369环保热线。

青溪市生态环境局滨江分局
2026年12月4日
"""
open(f"{OUT}/h03_kongqi_zhiliang_gbk.txt","w",encoding="gb18030").write(t3)
lab("h03_kongqi_zhiliang_gbk.txt","pass",[],[],"GB18030 text; air quality bulletin with percentages and 12369 hotline")

csv="报名序号,姓名,报考岗位,笔试成绩,联系电话\n2026001,王某某,综合文字岗,78.5,0571-87012345\n2026002,刘某,财务管理岗,81.0,"+V["mob3"]+"\n2026003,陈某某,综合文字岗,75.5,0571-87012345\n"
open(f"{OUT}/h04_zhaopin_bishi_chengji.csv","w",encoding="utf-8-sig").write(csv)
lab("h04_zhaopin_bishi_chengji.csv","review",["mobile_phone"],[V["mob3"]],"UTF-8-BOM CSV; 笔试成绩 list, one candidate's mobile left in the 联系电话 column where the others show the office landline")

csv2="序号,行政相对人名称,统一社会信用代码,许可事项,许可决定书文号,许可日期\n1,青溪市滨江区启航教育咨询有限公司,91330108MA2J8L3W4U,食品经营许可,滨市监许〔2026〕1523号,2026-12-01\n2,青溪恒瑞医疗器械有限公司,91330108MA2B7N5Q0E,第二类医疗器械经营备案,滨市监械备20260412号,2026-12-02\n"
open(f"{OUT}/h05_xingzheng_xuke.csv","w",encoding="utf-8").write(csv2)
lab("h05_xingzheng_xuke.csv","pass",[],[],"UTF-8 CSV; 行政许可 双公示 rows with company credit codes and document numbers")

# ---------- RTF
def rtf(s):
    o=[]
    for ch in s:
        if ch=="\n": o.append("\\par\n")
        elif ord(ch)>127: o.append("\\u%d?"%(ord(ch) if ord(ch)<32768 else ord(ch)-65536))
        else: o.append(ch)
    return "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\f0\\fs28 "+"".join(o)+"\\par}"
open(f"{OUT}/f04_xinfang_dafu.rtf","w").write(rtf(f"信访事项答复意见书\n滨信复〔2026〕87号\n信访人：孙某某（身份证号：{V['id6']}）\n你于2026年11月20日反映的小区噪声扰民问题，经调查核实，现答复如下：区城管局已责令相关商户限期整改，并加强夜间巡查。\n如对本答复意见不服，可自收到之日起30日内向青溪市滨江区人民政府申请复查。\n青溪市滨江区城市管理局\n2026年12月3日"))
lab("f04_xinfang_dafu.rtf","block",["id_card"],[V["id6"]],"hand-written RTF with \\uN escapes; 信访答复 with the petitioner's full ID in brackets after a masked name")
open(f"{OUT}/f05_tingshui_tongzhi.rtf","w").write(rtf("停水通知\n因供水管网改造，2026年12月10日8:00至18:00，滨江区江南大道（长河路至信诚路段）沿线区域暂停供水。\n请有关单位和居民提前做好储水准备。\n咨询电话：96390（供水服务热线）\n青溪市滨江水务有限公司\n2026年12月5日"))
lab("f05_tingshui_tongzhi.rtf","pass",[],[],"hand-written RTF; 停水通知 with a utility hotline and dates")

json.dump(L,open("gen/labels_py.json","w"),ensure_ascii=False,indent=1)
print(len(L))
