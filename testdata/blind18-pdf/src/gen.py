"""Generator of blind18-pdf. `gen.py stage1` makes the Chromium, LibreOffice,
ReportLab, hand-built and scanned files and the inputs of gen.js; `gen.py
stage2` makes the ghostscript and qpdf transforms and writes labels.json."""
import json
import os
import subprocess
import sys

from fontTools.ttLib import TTCollection
from PIL import Image, ImageDraw, ImageFont

import data
from common import L, LABELS, OUT, WORK, save


def stage1():
    import gen_chromium
    import gen_office
    import gen_rl
    gen_chromium.run()
    base = gen_office.run()
    gen_rl.run_reportlab()
    gen_rl.run_hand(base)
    gen_rl.run_scans()
    # Inputs of gen.js.
    TTCollection(gen_rl.ZEN).fonts[0].save(os.path.join(WORK, "zenhei.ttf"))
    img = gen_rl.render_page([("000077", 15, 25, 25, 20), ("秘密★5年", 15, 25, 33, 20),
                              ("附件：重点部位防护方案", 20, 45, 60, 20),
                              ("一、目标部位的安全防护由公安机关牵头负责。", 14, 25, 80, 20)])
    gen_rl.bilevel(img).save(os.path.join(WORK, "p05_scan.png"))
    ids = [data.id18() for _ in range(3)]
    nd = {
        "k02": [{"plate": data.plate(), "mobile": data.mobile()} for _ in range(3)],
        "k03": {"csv": "姓名,身份证号,金额\n" + "".join("%s,%s,600\n" % (data.name(), i) for i in ids), "raws": ids},
        "p03": data.id18(),
        "p04": data.mobile(),
        "n19": ["浙A***45", "浙A***7D", "苏E***12"],
        "n21": "区县,金额（万元）\n西湖区,320\n上城区,280\n拱墅区,260\n",
    }
    with open(os.path.join(WORK, "node_data.json"), "w", encoding="utf-8") as f:
        json.dump(nd, f, ensure_ascii=False)
    with open(os.path.join(WORK, "base.json"), "w", encoding="utf-8") as f:
        json.dump(base, f)
    save("labels_py1.json")


def run(*cmd):
    subprocess.run(list(cmd), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def stage2():
    base = json.load(open(os.path.join(WORK, "base.json")))
    w = lambda n: os.path.join(WORK, n)
    o = lambda n: os.path.join(OUT, n)
    gs = ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite"]

    # ghostscript
    run(*gs, "-sOutputFile=" + o("g01_gs_redistill_marking.pdf"), o("l01_gongwen_head.pdf"))
    L("g01_gs_redistill_marking.pdf", "block", ["classified_marking"], [],
      "ghostscript pdfwrite re-distilling the LibreOffice 公文 l01 (份号, 秘密★1年, 特急 at the top-left)")
    run(*gs, "-dNoOutputFonts", "-sOutputFile=" + o("g02_gs_outlines_id.pdf"), w("base_id.pdf"))
    L("g02_gs_outlines_id.pdf", "block", ["id_card"], [base["base_id"]],
      "ghostscript -dNoOutputFonts: every glyph of a LibreOffice page became a filled path, no text layer; an ID after 公民身份号码 (OCR must read it)")
    run(*gs, "-dPDFSETTINGS=/ebook", "-sOutputFile=" + o("n22_gs_clean.pdf"), w("base_clean.pdf"))
    L("n22_gs_clean.pdf", "pass", [], [], "clean, ghostscript /ebook re-distill of a LibreOffice fund notice with a landline")

    # qpdf
    run("qpdf", "--object-streams=generate", w("base_card.pdf"), o("q01_qpdf_objstm_card.pdf"))
    L("q01_qpdf_objstm_card.pdf", "block", ["bank_card"], [base["base_card"]],
      "qpdf --object-streams=generate of a LibreOffice page: a UnionPay card (622848…) after 银行卡，卡号")
    run("qpdf", "--qdf", "--object-streams=disable", w("base_marking.pdf"), o("q03_qpdf_qdf_marking.pdf"))
    L("q03_qpdf_qdf_marking.pdf", "block", ["classified_marking"], [], "qpdf --qdf of a LibreOffice page headed 机密★10年")
    run("qpdf", "--encrypt", "", "owner-18", "256", "--print=none", "--extract=n", "--", w("base_id.pdf"), o("q04_qpdf_aes256_id.pdf"))
    L("q04_qpdf_aes256_id.pdf", "block", ["id_card"], [base["base_id"]],
      "qpdf --encrypt with an empty user password, AES-256 (R6), printing and copying forbidden: opens without a password, must be read; an ID")
    run("qpdf", "--encrypt", "user-18", "owner-18", "128", "--use-aes=y", "--", w("base_clean.pdf"), o("q05_qpdf_user_password.pdf"))
    L("q05_qpdf_user_password.pdf", "review", ["unreadable"], [],
      "qpdf --encrypt with a user password (AES-128): cannot be opened, must be unreadable.encrypted, never pass")
    run("qpdf", "--allow-weak-crypto", "--encrypt", "", "owner-18", "40", "--", w("base_clean.pdf"), o("n23_qpdf_rc4_clean.pdf"))
    L("n23_qpdf_rc4_clean.pdf", "pass", [], [], "clean, qpdf RC4 40-bit with an empty user password of a clean LibreOffice page")
    run("qpdf", "--object-streams=generate", "--linearize", w("base_clean.pdf"), o("n24_qpdf_objstm_clean.pdf"))
    L("n24_qpdf_objstm_clean.pdf", "pass", [], [], "clean, qpdf object streams + linearized, clean LibreOffice page")
    run("qpdf", "--encrypt", "", "owner-18", "128", "--use-aes=y", "--", o("n06_lo_gongwen_clean.pdf"), o("n25_qpdf_aes128_gongwen_clean.pdf"))
    L("n25_qpdf_aes128_gongwen_clean.pdf", "pass", [], [], "clean, qpdf AES-128 empty user password of the clean LibreOffice 公文 n06")

    labels = []
    for n in ["labels_py1.json", "labels_node.json"]:
        labels += json.load(open(os.path.join(WORK, n), encoding="utf-8"))
    labels += LABELS
    labels.sort(key=lambda l: l["file"])
    missing = [l["file"] for l in labels if not os.path.exists(o(l["file"]))]
    if missing:
        sys.exit("missing: %s" % missing)
    with open(o("labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d files, %d must be caught, %d must pass" % (len(labels), sum(l["expect_verdict"] != "pass" for l in labels),
                                                          sum(l["expect_verdict"] == "pass" for l in labels)))


if __name__ == "__main__":
    {"stage1": stage1, "stage2": stage2}[sys.argv[1]]()
