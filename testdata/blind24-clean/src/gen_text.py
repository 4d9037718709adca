import sys, textwrap
sys.path.insert(0, ".")
from common import *

CC1 = credit_code("91330106MA2H7K3Q1")
CC2 = credit_code("91330100704201368")
CC3 = credit_code("12330000470012345")
CC4 = credit_code("91330108MA27YB5W0")

def w(name, text, enc="utf-8"):
    with open(os.path.join(OUT, name), "w", encoding=enc, newline="") as f:
        f.write(text)

def wrap_cjk(s, width):
    out = []
    for para in s.split("\n"):
        while len(para) > width:
            out.append(para[:width]); para = para[width:]
        out.append(para)
    return "\n".join(out)

# 1 fixed-width bulletin
bulletin = f"""临安区2025年国民经济和社会发展统计公报
临安区统计局  2026年3月18日
一、综合
全年全区实现地区生产总值（GDP）68732185400元，按可比价格计算，比上年增长6.3%。其中，第一产业增加值3981264700元，增长3.1%；第二产业增加值28913547200元，增长7.2%；第三产业增加值35837373500元，增长5.9%。三次产业结构为5.8:42.1:52.1。
全区户籍人口631245人，比上年末增加2316人。全年出生人口4218人，出生率6.69‰；死亡人口5031人，死亡率7.97‰。
二、财政
全年一般公共预算收入13562874300元，增长4.6%，其中税收收入11807215600元。一般公共预算支出15892340100元，增长3.2%。
三、重点项目
区重点项目“青山湖科技城基础设施提升工程”（项目编号2026110100012）完成投资1386420000元；承建单位杭州临科建设有限公司（统一社会信用代码{CC1}）。项目批复文号临发改投〔2025〕118号。
四、公共服务
全年政务服务热线12345受理群众诉求186213件，办结率99.87%。统计局咨询电话0571-63721058，传真0571-63721059。
注：本公报部分数据为初步统计数，各项数据因四舍五入原因存在总计与分项合计不等的情况。
"""
w("c01_tongji_gongbao_fixedwidth.txt", wrap_cjk(bulletin, 34))
label("c01_tongji_gongbao_fixedwidth.txt", note="python, UTF-8 text wrapped at 34 chars: amounts of 11 digits (13562874300元, 11807215600元) and 项目编号 2026110100012 and a 统一社会信用代码 cut by the line wrap; hotline 12345 and 0571 landlines. Amounts and serials, no personal data.")

# 2 budget CSV
rows = [("项目编号", "项目名称", "功能分类科目编码", "预算数（元）", "上年执行数（元）", "增减率（%）")]
import random
random.seed(24)
names = ["一般公共服务支出", "公共安全支出", "教育支出", "科学技术支出", "文化旅游体育与传媒支出", "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出", "住房保障支出"]
amts = [15823417600, 13904521800, 18622103500, 13577208900, 2481100300, 17053398200, 13865214700, 905172300, 21436610500, 15001237800, 6123450000, 14732158600]
for i, (n, a) in enumerate(zip(names, amts)):
    prev = int(a * random.uniform(0.9, 1.05))
    rows.append((f"33011{2026}{i+1:05d}", n, f"2{i+1:02d}01", f"{a}", f"{prev}", f"{(a-prev)/prev*100:.2f}"))
rows.append(("", "合计", "", str(sum(amts)), "", ""))
w("c02_yusuan_export.csv", "\n".join(",".join(r) for r in rows) + "\n")
label("c02_yusuan_export.csv", note="python CSV export of a budget: 项目编号 of 14 digits, amounts of 11 digits in columns headed 元 (13904521800, 13577208900, 13865214700, 15001237800, 14732158600 shaped like mobiles); must pass")

# 3 invoices CSV
inv = ["序号,发票代码,发票号码,开票日期,销售方名称,销售方统一社会信用代码,金额（元）,税额（元）"]
for i in range(1, 9):
    code = f"0330021001{10+i}"
    no = f"{random.randint(10000000, 99999999)}"
    inv.append(f"{i},{code},{no},2026-10-{i+3:02d},杭州某某办公用品有限公司,{CC2},{random.randint(1000,99999)}.00,{random.randint(100,9999)}.{random.randint(10,99)}")
for i in range(1, 4):
    inv.append(f"{8+i},,2633200000001{random.randint(1000000,9999999)},2026-11-0{i},浙江某某信息技术有限公司,{CC4},{random.randint(10000,99999)}.00,{random.randint(100,9999)}.00")
w("c03_fapiao_list.csv", "\n".join(inv) + "\n")
label("c03_fapiao_list.csv", note="python CSV of invoices: 12-digit 发票代码, 8-digit 发票号码, 20-digit 全电发票号码 and companies' 统一社会信用代码; must pass")

# 4 Markdown procurement result with <br>
md = f"""# 临安区教育局2026年度学生课桌椅采购项目中标结果公告

| 项目编号 | 项目名称 | 中标供应商 | 中标金额（元） | 联系方式 |
|---|---|---|---|---|
| LAZC-2026-<br>GK0187 | 学生课桌椅<br>采购（一标段） | 杭州临科教学设备有限公司<br>统一社会信用代码：<br>{CC1} | 1,386,420.00 | 0571-<br>63721058 |
| LAZC-2026-<br>GK0188 | 学生课桌椅<br>采购（二标段） | 浙江某某家具制造有限公司<br>统一社会信用代码：<br>{CC2} | 13,562,874.30 | 0571-<br>88012345 |
| 2026110100<br>012 | 多媒体教室<br>改造 | 浙江某某信息技术有限公司<br>{CC4} | 15823417600<br>（分三年支付） | 400-826-<br>1234 |

采购人：临安区教育局，地址：临安区锦城街道衣锦街398号，联系电话：0571-63722100。
采购代理机构：浙江某某招标咨询有限公司，联系电话：0571-87651234，传真：0571-87651235。
公告期限：自本公告发布之日起1个工作日。
"""
w("c04_zhongbiao_table.md", md)
label("c04_zhongbiao_table.md", note="Markdown pipe table with <br> inside cells splitting 项目编号, credit codes, amounts (15823417600 split across <br>) and landlines 0571-<br>63721058; must pass")

# 5 exam list MD
md = ["# 2026年临安区事业单位公开招聘笔试成绩公示", "", "| 序号 | 准考证号 | 姓名 | 报考岗位代码 | 笔试成绩 | 名次 |", "|---|---|---|---|---|---|"]
fam = "张王李赵刘陈杨黄吴周"
for i in range(1, 16):
    md.append(f"| {i} | 2611{random.randint(10,99)}0{i:02d}{random.randint(10000,99999)} | {fam[i%10]}某某 | 1101{i%4+1:02d} | {random.randint(600,850)/10:.1f} | {i} |")
md += ["", "咨询电话：0571-63721234（工作日 8:30—12:00，14:30—17:30）。监督电话：0571-63721235。"]
w("c05_kaoshi_chengji.md", "\n".join(md) + "\n")
label("c05_kaoshi_chengji.md", note="Markdown table of 准考证号 (15-digit serials), masked names 某某, scores; must pass")

# 6 phone directory
pd = """临安区人民政府部门办公电话一览（2026年11月更新）
单位                    办公室电话        传真
区政府办公室            0571-63722001     0571-63722002
区发展和改革局          0571-63722110     0571-63722111
区财政局                0571-63720351     0571-63720352
区人力社保局            (0571)63731066    (0571)63731067
区市场监管局            0571 6372 5080    0571 6372 5081
区卫生健康局            057163729012      057163729013
政务服务热线            12345
消费者投诉举报          12315
生态环境举报            12369
供电服务                95598
某某燃气客服            400-826-5588
某某水务客服            4008 202 365
区政务服务中心地址：临安区锦北街道农林大路55号，邮编311300。
"""
w("c06_dianhua_yilan.txt", pd)
label("c06_dianhua_yilan.txt", note="office phone directory: 0571 landlines in five shapes incl. 057163729012 run together, hotlines 12345/12315/12369/95598, 400 numbers, 邮编; must pass")

# 7 express tracking
ex = ["寄递日期,快递公司,快递单号,收件单位,件数"]
couriers = [("顺丰速运", lambda: "SF" + str(random.randint(10**12, 10**13-1))), ("中国邮政EMS", lambda: "11" + str(random.randint(10**10, 10**11-1))), ("中通快递", lambda: "7" + str(random.randint(10**13, 10**14-1))), ("京东物流", lambda: "JDVA" + str(random.randint(10**10, 10**11-1)))]
for i in range(12):
    c, f = couriers[i % 4]
    ex.append(f"2026-11-{i+1:02d},{c},{f()},临安区{['财政局','统计局','教育局','卫健局'][i%4]},{random.randint(1,5)}")
w("c07_kuaidi_dengji.csv", "\n".join(ex) + "\n")
label("c07_kuaidi_dengji.csv", note="CSV of 快递单号 (SF+13 digits, EMS 13 digits starting 11, 中通 14 digits, JDVA+11) sent to agencies; must pass")

# 8 GB18030 TSV
ts = ["科目编码\t科目名称\t年初预算数（元）\t调整预算数（元）\t决算数（元）\t完成率"]
for i, (n, a) in enumerate(zip(names[:8], amts[:8])):
    ts.append(f"2{i+1:02d}\t{n}\t{a}\t{a+random.randint(-10**8,10**8)}\t{a-random.randint(0,10**8)}\t{random.randint(9000,10100)/100:.2f}%")
w("c08_juesuan_gb18030.tsv", "\n".join(ts) + "\n", enc="gb18030")
label("c08_juesuan_gb18030.tsv", note="GB 18030 tab-separated 决算 table, 11-digit amounts under 元 headings; must pass")

# 9 dates/times
dt = """临安区2026年度“双随机、一公开”抽查计划执行情况公示
公示期：2026年11月01日09时00分至2026年11月07日17时00分
生成时间戳：20261101090000（系统流水号 202611010900000123）
数据截至：2026-10-31T23:59:59+08:00
抽查批次号：LA-SJ-20261031-0017
本次共抽取市场主体1328户，检查合格1297户，合格率97.67%。
发现问题31户，已全部责令整改，整改完成率100%。
抽查日期分布：10月08日 213户；10月15日 356户；10月22日 401户；10月29日 358户。
监督电话：0571-63725080
"""
w("c09_riqi_shijian.txt", dt)
label("c09_riqi_shijian.txt", note="long dates and times: 14-digit timestamp, 18-digit 系统流水号, ISO datetime, 批次号; must pass")

# c10 CSV population single digits
pp = ["乡镇（街道）,户数,户籍人口,男,女,0-14岁占比,65岁及以上占比,村（社区）数,新增,撤并"]
towns = ["锦城街道","锦北街道","锦南街道","玲珑街道","青山湖街道","高虹镇","太湖源镇","於潜镇","天目山镇","太阳镇","潜川镇","昌化镇","河桥镇","湍口镇","清凉峰镇","岛石镇","龙岗镇","板桥镇"]
for t in towns:
    p = random.randint(15000, 90000); m = p//2 + random.randint(-900, 900)
    pp.append(f"{t},{p//3},{p},{m},{p-m},{random.randint(90,160)/10}%,{random.randint(150,260)/10}%,{random.randint(5,30)},{random.randint(0,2)},{random.randint(0,1)}")
w("c10_renkou_tongji.csv", "\n".join(pp) + "\n")
label("c10_renkou_tongji.csv", note="CSV population by township: columns of single digits, percentages; must pass")

save_labels("text")
