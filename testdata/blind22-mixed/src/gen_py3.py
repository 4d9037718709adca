#!/usr/bin/python3
import json, os, sys, subprocess, zipfile, shutil
sys.path.insert(0, os.path.dirname(__file__))
from vals import V
import openpyxl
from docx import Document
OUT=".."; TMP="gen/tmp"
L=[]
def lab(f,v,cats,raw,note): L.append({"file":f,"expect_verdict":v,"expect_categories":cats,"raw_values":raw,"note":note})
def run(*a): subprocess.run(a,check=True,stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)
def conv(src,fmt):
    run("soffice","--headless","--convert-to",fmt,"--outdir",TMP,src)
    return os.path.splitext(src)[0]+"."+fmt

wb=openpyxl.Workbook(); ws=wb.active; ws.title="发放明细"
ws.append(["2026年11月困难残疾人生活补贴发放明细"])
ws.append(["序号","姓名","残疾类别","发放银行","银行卡号","金额（元）"])
ws.append([1,"沈某某","肢体","农业银行","6228********1234",150])
ws.append([2,"韩立军","视力","工商银行",V["card3"],150])
ws.append([3,"杨某","智力","农业银行","6228********5678",300])
src=f"{TMP}/b08.xlsx"; wb.save(src); p=conv(src,"xls"); shutil.move(p,f"{OUT}/b08_canji_butie_fafang.xls")
lab("b08_canji_butie_fafang.xls","block",["bank_card"],[V["card3"]],"openpyxl -> LibreOffice .xls (BIFF8); 发放明细 with masked cards and one full 62 UnionPay card in the 银行卡号 column of row 2 (name unmasked too)")

wb=openpyxl.Workbook(); ws=wb.active; ws.title="月报"
ws.append(["滨江区2026年1—11月主要经济指标"]); ws.append(["指标","单位","1—11月","同比增长%"])
for r in [("地区生产总值","亿元",2215.3,6.9),("规上工业增加值","亿元",612.8,6.8),("社会消费品零售总额","亿元",688.1,5.2),("一般公共预算收入","亿元",198.45,4.6)]: ws.append(list(r))
ws.append(["资料来源：青溪市滨江区统计局，咨询电话0571-87051234"])
src=f"{TMP}/b09.xlsx"; wb.save(src); p=conv(src,"ods"); shutil.move(p,f"{OUT}/b09_jingji_zhibiao.ods")
lab("b09_jingji_zhibiao.ods","pass",[],[],"openpyxl -> LibreOffice ODS; economic indicators table, clean")

# zips
d=Document(); d.add_paragraph("滨江区2026年第二批科技型中小企业名单公告"); d.add_paragraph("经企业自评、区科技局审核，以下42家企业入库为科技型中小企业（名单见附件2）。"); d.add_paragraph("咨询电话：0571-87060123")
d.save(f"{TMP}/附件1_公告.docx")
open(f"{TMP}/附件2_名单.txt","w",encoding="utf-8").write("序号\t企业名称\t统一社会信用代码\n1\t青溪云帆科技有限公司\t91330108MA2H7K3L6N\n2\t青溪数智物联有限公司\t91330108MA2G5J1R8T\n")
with zipfile.ZipFile(f"{OUT}/z01_keji_qiye_gonggao.zip","w",zipfile.ZIP_DEFLATED) as z:
    z.write(f"{TMP}/附件1_公告.docx","附件1_公告.docx"); z.write(f"{TMP}/附件2_名单.txt","附件2_名单.txt")
lab("z01_keji_qiye_gonggao.zip","pass",[],[],"Python zipfile (UTF-8 names): a python-docx notice and a TSV-like text of company names and credit codes")

open(f"{TMP}/申报指南.txt","w",encoding="utf-8").write("滨江区2027年度农业产业化项目申报指南\n申报时间：2026年12月10日至2027年1月10日。\n咨询电话：0571-87065432。\n")
wb=openpyxl.Workbook(); ws=wb.active; ws.title="申报汇总"
ws.append(["序号","申报主体","法定代表人","法定代表人身份证号","申报项目"])
ws.append([1,"滨江区湖头家庭农场","俞某某",V["id8"],"设施大棚改造"])
ws.append([2,"青溪新联果蔬专业合作社","蒋某","330108********5543","冷链仓储"])
wb.save(f"{TMP}/申报汇总.xlsx")
with zipfile.ZipFile(f"{OUT}/z02_nongye_xiangmu_shenbao.zip","w",zipfile.ZIP_DEFLATED) as z:
    z.write(f"{TMP}/申报指南.txt","申报指南.txt"); z.write(f"{TMP}/申报汇总.xlsx","申报汇总.xlsx")
lab("z02_nongye_xiangmu_shenbao.zip","block",["id_card"],[V["id8"]],"zip of a clean text guide and an openpyxl sheet where the first row's 法定代表人身份证号 is unmasked (second row masked)")
json.dump(L,open("gen/labels_py3.json","w"),ensure_ascii=False,indent=1); print(len(L))
