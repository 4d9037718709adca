"""ReportLab sources that Ghostscript, qpdf, pdftoppm, img2pdf and Tesseract then transform (make.sh)."""
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import ID, CARD, MOB, PLATE, BUILD

pdfmetrics.registerFont(TTFont("CJK", os.path.join(BUILD, "cjk.ttf")))
W, H = A4


def doc(name, title, lines, marking=None, org="江临市住房和城乡建设局", num="江建发〔2026〕63号", pages=None):
    c = canvas.Canvas(os.path.join(BUILD, name + ".pdf"), pagesize=A4, invariant=1)
    c.setTitle(title)
    for pg in (pages or [lines]):
        if marking:
            c.setFont("CJK", 18)
            c.drawRightString(W - 72, H - 72, marking)
            marking = None
        c.setFillColorRGB(0.8, 0, 0)
        c.setFont("CJK", 28)
        c.drawCentredString(W / 2, H - 140, org)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("CJK", 16)
        c.drawCentredString(W / 2, H - 175, num)
        c.setFont("CJK", 20)
        c.drawCentredString(W / 2, H - 225, title)
        c.setFont("CJK", 16)
        y = H - 275
        for ln in pg:
            c.drawString(72, y, ln)
            y -= 30
        c.showPage()
    c.save()


BODY = ["各县（市、区）住房和城乡建设局：",
        "　　为做好冬季建筑施工安全生产工作，现将有关事项通知如下。",
        "　　一、严格落实施工现场防冻、防滑、防火措施。",
        "　　二、加强对塔吊、脚手架等危险性较大工程的检查。"]

doc("src_g02", "关于开展建筑施工安全专项检查的通知", BODY + ["　　联系人：施明，身份证号%s" % ID[14]], marking="秘密★1年")
doc("src_g03", "关于查处违规运输建筑垃圾车辆的通报", BODY[:2] + ["　　驾驶员手机%s，车牌号%s。" % (MOB[9], PLATE[3])])
doc("src_q03", "关于开展物业服务质量评价的通知", BODY + ["　　联系人：陶红，手机%s。" % MOB[10]])
doc("src_q04", "关于公布2026年度建筑业企业资质核准结果的通知", BODY + ["　　咨询电话：0571-87061234。"])
doc("src_q05", "附件：保障性住房租金补贴退款名单", ["1　严冬梅　开户银行：中国邮政储蓄银行", "　　卡号：%s" % CARD[3]], org="江临市住房保障中心", num="")
doc("src_s01", "关于建筑市场专项整治工作的情况报告", BODY, marking="机密★1年")
doc("src_s02", "关于农民工工资支付情况的公示", ["　　经核查，下列人员工资已足额支付：",
    "　　1　朱大勇　身份证号%s" % ID[18], "　　联系电话%s" % MOB[11]])
doc("src_s03a", "关于城市更新重点项目推进情况的报告", ["（封面）"], marking="秘密★1年", org="江临市城市更新工作领导小组", num="")
doc("src_s03b", "关于城市更新重点项目推进情况的报告", [], pages=[BODY, ["　　三、做好项目资金保障。", "　　四、按月报送工作进展。"]])
doc("src_s04", "关于2027年元旦期间停水的通知", ["　　因管网改造，12月31日8时至18时城东片区停水。", "　　请居民提前储水。咨询电话：0571-87063456。",
    "　　服务热线：12345。", "　　江临市水务集团　2026年12月6日"], org="江临市水务集团有限公司", num="")
doc("src_s05", "关于困难职工帮扶资金发放的公示", ["　　1　金小兰　身份证号%s" % ID[19], "　　公示期5个工作日。"])
doc("src_s06", "关于公布全市公共厕所开放时间的公告", ["　　全市公厕实行24小时开放。", "　　监督电话：0571-87064567，12345。"], org="江临市城市管理局", num="")
doc("src_s07", "关于燃气入户安全检查的通知", BODY[:2] + ["　　检查员：秦刚，手机%s" % MOB[14]])
doc("src_s08", "关于2026年度住房公积金缴存基数调整的通知", ["　　缴存基数上限为35,256元，下限为2,490元。",
    "　　自2026年7月1日起执行。咨询电话：12329。"], org="江临市住房公积金管理中心", num="江房金〔2026〕9号")
doc("src_g06", "关于开展2026年度建筑业统计调查的通知", BODY + ["　　请于2027年1月15日前报送。咨询电话0571-87069876。"])
