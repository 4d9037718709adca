#!/usr/bin/python3
"""Variants written after the first run to narrow the failing classes (not in labels.json).
Writes into ../narrow/. Observed results with the blind binary are in ../README.md."""
import io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen
from ofdlib import Doc, package
from PIL import Image
OUT = os.path.join(gen.OUT, 'narrow')
os.makedirs(OUT, exist_ok=True)
P = lambda n: os.path.join(OUT, n)
png_mk = gen.scan_png(['关于加强边境管控工作的通知', '各有关单位：'], head='秘密★1年')
png_id = gen.scan_png(['入户调查登记表', '户主姓名：林某某', '身份证号：' + gen.ID8])


def jpg(png):
    im = Image.open(io.BytesIO(png)).convert('L'); b = io.BytesIO(); im.save(b, 'JPEG', quality=90); return b.getvalue()


d = Doc(); b, _ = gen.body_lines(d, ['经入户调查核实，现将低保申请人家庭情况调查登记表扫描件附后，请审核。'], 30)
r = d.add_image('image_1.png', png_id); d.add_page(d.layer(b + d.image(20, 60, 170, 240, r)))
package(P('v1_textpage_picture_id.ofd'), [d])
d = Doc(); r = d.add_image('image_1.jpg', jpg(png_mk), 'JPEG'); d.add_page(d.layer(d.image(0, 0, 210, 297, r)))
package(P('v2_jpeg_scan_marking.ofd'), [d])
d = Doc(); r = d.add_image('image_1.png', png_mk); tid = d.add_template(d.image(0, 0, 210, 297, r))
d.add_page(d.layer(d.text(27, 290, '- 1 -', size=4)), tpl=tid); package(P('v3_tpl_scan_marking.ofd'), [d])
d = Doc(); r = d.add_image('image_1.png', png_mk); tid = d.add_template(d.image(0, 0, 210, 297, r))
d.add_page(d.layer(''), tpl=tid); package(P('w1_tpl_image_empty_page.ofd'), [d])
d = Doc(); r = d.add_image('image_1.png', png_mk)
d.add_page(d.layer(d.image(0, 0, 210, 297, r), 'Background') + d.layer(d.text(27, 290, '- 1 -', size=4))); package(P('w2_bg_layer_image.ofd'), [d])
d = Doc(); r = d.add_image('image_1.png', png_id); cg = d.add_composite_unit(210, 297, d.image(0, 0, 210, 297, r))
d.add_page(d.layer(d.composite(0, 0, 210, 297, cg))); package(P('w3_composite_image.ofd'), [d])
d = Doc(); b, _ = gen.body_lines(d, ['经入户调查核实，现将低保申请人家庭情况予以公示，请群众监督。'], 30)
d.add_page(d.layer(b)); r = d.add_image('image_1.png', png_id)
d.add_annot(0, d.annot('Stamp', d.image(0, 0, 170, 240, r), boundary='20 50 170 240')); package(P('w4_annot_image.ofd'), [d])
d = Doc(); r = d.add_image('image_1.png', png_mk); tid = d.add_template(d.image(0, 0, 210, 60, r))
b, _ = gen.body_lines(d, ['现就边境管控工作提出如下要求，请各单位认真贯彻落实，确保各项措施落到实处。'], 80)
d.add_page(d.layer(b), tpl=tid); package(P('w5_tpl_image_text_page.ofd'), [d])
d = Doc(); d.add_page(d.layer(d.text(27, 40, '报名方式：发送至rsjjx@qingchuan.gov.cn', size=5))); package(P('v4_email_oneline.ofd'), [d])
d = Doc(); d.add_page(d.layer(d.text(27, 40, '报名方式：发送至rsjjx@qingchua', size=5) + d.text(27, 50, 'n.gov.cn，邮件主题注明岗位。', size=5)))
package(P('v5_email_wrapped.ofd'), [d])
