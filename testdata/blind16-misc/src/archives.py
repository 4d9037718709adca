"""Builds the archives from members written here and the DOCX/PDF LibreOffice
made in BUILD_DIR. Fixed timestamps keep the output stable. Usage: archives.py BUILD_DIR OUT_DIR"""
import gzip
import io
import os
import sys
import tarfile
import zipfile

import values as v

T = (2026, 11, 1, 9, 0, 0)
CLEAN = "关于2026年元旦放假安排的通知\n\n2026年1月1日放假1天。咨询电话：0571-87654321。\n"


def zbytes(members, gbk=False):
    buf = io.BytesIO()
    swaps = []
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for i, (name, data) in enumerate(members):
            if gbk:
                # GBK bytes and no UTF-8 flag (bit 11), as Windows' built-in zipper writes them:
                # write an ASCII placeholder of the same length, then swap the bytes in.
                raw = name.encode("gbk")
                name = ("~%d" % i).ljust(len(raw), "_")
                swaps.append((name.encode("ascii"), raw))
            zi = zipfile.ZipInfo(name, T)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    out = buf.getvalue()
    for ph, raw in swaps:
        assert out.count(ph) == 2, ph
        out = out.replace(ph, raw)
    return out


def targz(members):
    tbuf = io.BytesIO()
    # gzip's own header time is fixed too, so the bytes do not change between runs.
    with gzip.GzipFile(fileobj=tbuf, mode="wb", mtime=1793523600) as gz, \
            tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as t:
        for name, text in members:
            data = text.encode("utf-8")
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            ti.mtime = 1793523600
            t.addfile(ti, io.BytesIO(data))
    return tbuf.getvalue()


def main(build, out):
    os.makedirs(out, exist_ok=True)

    def put(name, data):
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)

    put("zip_mixed_one_leak.zip", zbytes([
        ("附件1_通知.txt", CLEAN),
        ("附件2_统计表.csv", "月份,受理件数\n2026-09,1320\n2026-10,1411\n"),
        ("附件3_名单.txt", "救助对象名单\n陈某某　身份证号 %s　救助金额3200元\n" % v.ID_C),
    ]))
    put("zip_gbk_names.zip", zbytes([
        ("说明.txt", CLEAN.encode("gbk")),
        ("联系人名单.txt", ("联系人名单\r\n王某某　手机 %s\r\n" % v.MOB_E).encode("gbk")),
    ], gbk=True))
    inner = zbytes([("名单.txt", "身份证号 %s\n" % v.ID_A)])
    put("zip_nested.zip", zbytes([("说明.txt", CLEAN), ("材料/原始材料.zip", inner)]))
    with open(os.path.join(build, "zip_member_mobile.docx"), "rb") as f:
        docx = f.read()
    with open(os.path.join(build, "zip_member_marking.pdf"), "rb") as f:
        pdf = f.read()
    put("zip_docx_pdf.zip", zbytes([("征集公告.docx", docx), ("工作方案.pdf", pdf)]))
    put("zip_clean.zip", zbytes([("附件1_通知.txt", CLEAN),
                                 ("附件2_统计表.csv", "月份,受理件数,金额（元）\n2026-09,1320,125000.00\n")]))
    put("zip_gbk_names_clean.zip", zbytes([
        ("说明.txt", CLEAN.encode("gbk")),
        ("统计表.csv", "月份,受理件数\r\n2026-09,1320\r\n".encode("gbk")),
    ], gbk=True))
    put("targz_clean.tar.gz", targz([("说明.txt", CLEAN), ("统计表.csv", "月份,受理件数\n2026-09,1320\n")]))
    put("targz_card.tar.gz", targz([
        ("说明.txt", CLEAN),
        ("退款名单.csv", "姓名,开户银行,银行卡号,金额\n郑某某,中国银行,%s,560.00\n" % v.CARD_B)]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
