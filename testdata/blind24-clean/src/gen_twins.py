import sys
sys.path.insert(0, ".")
from common import *
ID = id_card("33010619850612341")
CARD = luhn("621700123456789012")
def w(n, t):
    with open(os.path.join(OUT, n), "w", encoding="utf-8") as f: f.write(t)
src = open(f"{OUT}/c01_tongji_gongbao_fixedwidth.txt", encoding="utf-8").read()
w("t01_txt_idcard.txt", src + f"联系人：赵某某（身份证号{ID}），统计\n局综合科。\n")
label("t01_txt_idcard.txt", "block", ["id_card"], [ID], note=f"TWIN of c01: the fixed-width bulletin plus a contact's full 身份证号 {ID[:6]}…{ID[-4:]} with a valid check digit; block")

h = open(f"{OUT}/h01_banner_owncss.html", encoding="utf-8").read()
w("t02_html_mobile.html", h.replace("<div class=\"tip\">", "<div>数据咨询：综合科 李晓明 13957186420</div><div class=\"tip\">"))
label("t02_html_mobile.html", "review", ["mobile_phone"], ["13957186420"], note="TWIN of h01: a named officer's personal mobile 13957186420 in the dark footer; review")

h = open(f"{OUT}/h04_nocss_tongji.html", "rb").read().decode("gb2312")
h = h.replace("<p>数据来源", '<p><span style="color:#ffffff">备注：竹笋产值含未经核实的乡镇上报数，请勿对外引用，待分管领导审定后再更新。</span></p><p>数据来源')
with open(f"{OUT}/t04_html_white_note.html", "wb") as f: f.write(h.encode("gb2312"))
label("t04_html_white_note.html", "review", ["hidden_content"], note="TWIN of h04 (page with no CSS, white canvas): a note in color:#ffffff on the white page; review")

csv = open(f"{OUT}/c03_fapiao_list.csv", encoding="utf-8").read().splitlines()
csv[0] += ",收款人,收款账号"
for i in range(1, len(csv)):
    csv[i] += ",杭州某某办公用品有限公司,33050161735300001234" if i != 5 else f",个人（周某某）,{CARD}"
w("t08_csv_bankcard.csv", "\n".join(csv) + "\n")
label("t08_csv_bankcard.csv", "block", ["bank_card"], [CARD], note="TWIN of c03: one row pays a person: UnionPay 62… Luhn-valid card under 收款账号; block")

md = open(f"{OUT}/c05_kaoshi_chengji.md", encoding="utf-8").read()
md += "\n备注：第3名考生为港澳台考生，护照号码E58231946，已完成资格复审。\n"
w("t09_md_passport.md", md)
label("t09_md_passport.md", "review", ["passport"], ["E58231946"], note="TWIN of c05: a candidate's 护照号码 E58231946 next to its keyword; review")
save_labels("twins")
