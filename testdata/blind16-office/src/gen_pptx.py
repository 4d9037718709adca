"""Hand-written PPTX packages: hidden slides and shapes, layouts, groups, tables, charts, alt text."""
import io

from PIL import Image, ImageDraw

from ooxml import XML_DECL, a_paras, pptx, q, sp, t
from values import V


def png_bars():
    im = Image.new("RGB", (240, 160), "white")
    d = ImageDraw.Draw(im)
    for i, h in enumerate([60, 110, 80, 130]):
        d.rectangle([20 + i * 55, 150 - h, 55 + i * 55, 150], fill=(68, 114, 196))
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def table_frame(rows):
    grid = "".join('<a:gridCol w="2700000"/>' for _ in rows[0])
    trs = "".join('<a:tr h="370840">' + "".join(
        f'<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{a_paras([c])}</a:txBody><a:tcPr/></a:tc>' for c in r) + "</a:tr>"
        for r in rows)
    return ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="20" name="表格 19"/><p:cNvGraphicFramePr>'
            '<a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
            '<p:xfrm><a:off x="457200" y="2743200"/><a:ext cx="8100000" cy="1112520"/></p:xfrm><a:graphic>'
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1" bandRow="1"/>'
            f'<a:tblGrid>{grid}</a:tblGrid>{trs}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>')


def group(shapes):
    return ('<p:grpSp><p:nvGrpSpPr><p:cNvPr id="30" name="组合 29"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
            '<p:grpSpPr><a:xfrm><a:off x="457200" y="1371600"/><a:ext cx="8229600" cy="1200000"/>'
            '<a:chOff x="457200" y="1371600"/><a:chExt cx="8229600" cy="1200000"/></a:xfrm></p:grpSpPr>'
            f'{shapes}</p:grpSp>')


def chart_xml(labels):
    C = 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    pts = "".join(f'<c:pt idx="{i}"><c:v>{t(x)}</c:v></c:pt>' for i, x in enumerate(labels))
    nums = "".join(f'<c:pt idx="{i}"><c:v>{5 + i * 3}</c:v></c:pt>' for i in range(len(labels)))
    n = len(labels)
    return (XML_DECL + f'<c:chartSpace {C}><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>各联络员来电次数</a:t></a:r></a:p>'
            '</c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>'
            '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/>'
            '<c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>来电次数</c:v></c:pt></c:strCache></c:strRef></c:tx>'
            f'<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${n + 1}</c:f><c:strCache><c:ptCount val="{n}"/>{pts}</c:strCache></c:strRef></c:cat>'
            f'<c:val><c:numRef><c:f>Sheet1!$B$2:$B${n + 1}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="{n}"/>{nums}</c:numCache></c:numRef></c:val>'
            '</c:ser><c:axId val="111"/><c:axId val="222"/></c:barChart>'
            '<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="222"/></c:catAx>'
            '<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="111"/></c:valAx>'
            '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>')


def build(outdir, L):
    p = lambda n: f"{outdir}/{n}"
    title = sp(2, "标题 1", ["2026年度重点工作推进情况汇报"])

    pptx(p("hand-pptx-hidden-slide.pptx"), [
        {"shapes": title},
        {"shapes": sp(2, "文本框 1", ["备用联系方式", f"项目联络人 手机 {V['mob6']}"]), "show": False},
        {"shapes": sp(2, "文本框 1", ["谢谢！"])}])
    L("hand-pptx-hidden-slide.pptx", "review", ["hidden_content", "mobile_phone"], [V["mob6"]],
      "hand XML: mobile only on slide 2, which is <p:sld show=\"0\"> (hidden slide)")

    pptx(p("hand-pptx-layout-marking.pptx"), [{"shapes": title}, {"shapes": sp(2, "文本框 1", ["一、总体情况"])}],
         layout_shapes=sp(5, "文本框 4", ["秘密★1年"], x=228600, y=76200, cx=2286000, cy=457200))
    L("hand-pptx-layout-marking.pptx", "block", ["classified_marking"], [],
      "hand XML: 秘密★1年 only as a non-placeholder text box at top-left of slideLayout1.xml, which every slide uses")

    shapes = (title + group(sp(31, "矩形 30", ["车辆登记：公务用车"], y=1371600, cx=4000000) +
                            sp(32, "矩形 31", [f"车牌号 {V['plate1']}"], x=4572000, y=1371600, cx=4000000)) +
              table_frame([["姓名", "身份证号", "职务"], ["冯某某", V["id9"], "驾驶员"]]))
    pptx(p("hand-pptx-group-table.pptx"), [{"shapes": shapes}])
    L("hand-pptx-group-table.pptx", "block", ["id_card", "license_plate"], [V["id9"]],
      "hand XML: plate in a p:sp inside p:grpSp; ID in an a:tbl cell of a p:graphicFrame under a 身份证号 column")

    pic = ('<p:pic><p:nvPicPr><p:cNvPr id="4" name="图片 3" '
           'descr=' + q("数据来源：http://10.8.1.15/tongji/2026q4.xlsx （内网统计平台导出）") + '/>'
           '<p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>'
           '<p:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>'
           '<p:spPr><a:xfrm><a:off x="1828800" y="1828800"/><a:ext cx="4572000" cy="3048000"/></a:xfrm>'
           '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>')
    pptx(p("hand-pptx-alt-intranet.pptx"),
         [{"shapes": title + pic, "rels": [("rId2", "image", "../media/image1.png", False)]}],
         extra=[("ppt/media/image1.png", png_bars(), None)])
    L("hand-pptx-alt-intranet.pptx", "review", ["internal_address"], [],
      "hand XML: private-IP URL only in p:pic/p:cNvPr/@descr (alt text) of a bar-chart picture without text")

    gf = ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="6" name="图表 5"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>'
          '<p:xfrm><a:off x="457200" y="1371600"/><a:ext cx="8229600" cy="4572000"/></p:xfrm><a:graphic>'
          '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
          '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId3"/></a:graphicData></a:graphic></p:graphicFrame>')
    pptx(p("hand-pptx-chart-mobile.pptx"),
         [{"shapes": title + gf, "rels": [("rId3", "chart", "../charts/chart1.xml", False)]}],
         extra=[("ppt/charts/chart1.xml", chart_xml(["综合科", f"联络员{V['mob7']}", "法规科"]),
                 "application/vnd.openxmlformats-officedocument.drawingml.chart+xml")])
    L("hand-pptx-chart-mobile.pptx", "review", ["mobile_phone"], [V["mob7"]],
      "hand XML: mobile only in a chart category label (c:cat/c:strCache/c:pt/c:v of ppt/charts/chart1.xml), no embedded workbook")

    pptx(p("hand-pptx-hidden-shape.pptx"),
         [{"shapes": title + sp(8, "文本框 7", ["此件不公开，仅供内部参考"], y=5486400, hidden=True)}])
    L("hand-pptx-hidden-shape.pptx", "review", ["hidden_content", "sensitive_term"], [],
      "hand XML: 此件不公开/仅供内部参考 only in a shape with p:cNvPr hidden=\"1\"")

    pptx(p("hand-pptx-clean.pptx"),
         [{"shapes": title + sp(3, "文本框 2", ["一、政务公开工作总体情况", "全年主动公开政府信息1200余条。"], y=1828800),
           "notes": ["讲解时说明：咨询电话0571-87001234，政务服务热线12345。"]}],
         master_shapes=sp(9, "文本框 8", ["某某市人民政府办公室"], y=6217920, cx=4572000, cy=457200))
    L("hand-pptx-clean.pptx", "pass", [], [],
      "hand XML: clean control: master text (agency name), speaker notes with a landline and 12345")
