"""Large text-like files.
t01: a ~3 MB UTF-8 统计公报; an intranet IP (10.36.8.21) in a note near the end; twin: the public site named instead.
c01: a 40,000-row CSV of 因公出国（境）人员 with masked passport numbers; row 37,312 (line 37,312) holds one whole.
h01: a ~1 MB HTML page (a 政府工作报告 全文 page); its footer carries a hidden (display:none) editor's note; twin: no note."""
import html
from common import Gen, OUT, cn, PASSPORT_C01

IND = ["地区生产总值", "第一产业增加值", "第二产业增加值", "第三产业增加值", "规模以上工业增加值", "社会消费品零售总额",
       "固定资产投资", "一般公共预算收入", "城镇居民人均可支配收入", "农村居民人均可支配收入", "进出口总额", "金融机构存款余额"]


def gongbao(leak):
    g = Gen(2101)
    out = ["2024年青溪市国民经济和社会发展统计公报", "", "青溪市统计局", "国家统计局青溪调查队", "（2025年3月20日）", ""]
    size = 0
    sec = 0
    while size < 3_000_000:
        sec += 1
        out.append(f"{cn(sec % 999 or 1)}、{g.r.choice(['综合', '农业', '工业和建筑业', '服务业', '固定资产投资', '国内贸易', '对外经济', '财政金融', '居民收入消费', '教育科技', '文化旅游', '卫生健康', '资源环境', '人口就业'])}")
        for _ in range(6):
            ind = g.r.choice(IND)
            line = (f"全年{ind}{g.r.randint(10, 9999)}.{g.r.randint(0, 9)}亿元，比上年增长{g.r.randint(1, 12)}.{g.r.randint(0, 9)}%。"
                    + g.paragraph(3))
            out.append(line)
            size += len(line.encode()) + 1
    note = ("本公报部分数据为初步统计数，各项统计数据均未包括开发区托管区域。详细数据可登录统计数据共享平台（10.36.8.21）查询。"
            if leak else "本公报部分数据为初步统计数，各项统计数据均未包括开发区托管区域。详细数据可登录青溪市统计局门户网站查询。")
    # the note sits before the last few paragraphs, ~99% into the file
    tail = out[-8:]
    out = out[:-8] + ["注释：", note] + tail
    out.append("")
    return "\n".join(out)


def csv_passport(leak):
    g = Gen(2201)
    lines = ["序号,姓名,工作单位,出访国家（地区）,护照号码,出访时间"]
    for i in range(40000):
        pp = g.r.choice("EGP") + f"{g.r.randint(1000, 9999)}****"
        if i + 2 == 37312:
            pp = PASSPORT_C01 if leak else PASSPORT_C01[:5] + "****"
        lines.append(f"{i + 1},{g.masked_name()},青溪市{g.r.choice(['商务局', '教育局', '科技局', '文广旅体局', '农业农村局'])},"
                     f"{g.r.choice(['德国', '日本', '新加坡', '法国', '澳大利亚', '阿联酋', '巴西'])},{pp},"
                     f"2024-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d}")
    return "\n".join(lines) + "\n"


def page(leak):
    g = Gen(2301)
    out = ["<!DOCTYPE html>", "<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">",
           "<title>2025年青溪市政府工作报告（全文）_青溪市人民政府</title>",
           "<meta name=\"keywords\" content=\"政府工作报告\"></head><body>",
           "<div class=\"top\"><a href=\"https://www.qingxi.gov.cn/\">首页</a> | <a href=\"https://www.qingxi.gov.cn/xxgk/\">政务公开</a> | "
           "<a href=\"https://www.qingxi.gov.cn/hdjl/\">互动交流</a></div>",
           "<h1>2025年青溪市政府工作报告（全文）</h1>", "<p>发布时间：2025-01-15 来源：市政府办公室</p>"]
    size = 0
    sec = 0
    while size < 1_000_000:
        sec += 1
        out.append(f"<h2>{cn(sec)}、{g.r.choice(['过去一年工作回顾', '今年工作总体要求', '着力扩大有效需求', '加快产业转型升级', '持续保障改善民生', '加强政府自身建设'])}</h2>")
        for _ in range(5):
            p = f"<p>{html.escape(g.paragraph(5))}</p>"
            out.append(p)
            size += len(p.encode())
    out.append("<div class=\"footer\"><p>主办：青溪市人民政府办公室　地址：青溪市府前路1号　电话：0571-87012345</p>"
               "<p>政府网站标识码：3301000001　浙ICP备05001234号　邮箱：qxzfb@qingxi.gov.cn</p>")
    if leak:
        out.append("<div style=\"display:none\">编辑备注：第四部分的数据还要等统计局复核，复核之前先不要推送到首页。</div>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    open(f"{OUT}/text/t01_tongjigongbao_3mb_intranet_ip_near_end.txt", "w", encoding="utf-8").write(gongbao(True))
    open(f"{OUT}/text/t01_tongjigongbao_3mb_clean.txt", "w", encoding="utf-8").write(gongbao(False))
    open(f"{OUT}/text/c01_chufang40k_passport_line37312.csv", "w", encoding="utf-8").write(csv_passport(True))
    open(f"{OUT}/html/h01_gzbg_1mb_hidden_footer_note.html", "w", encoding="utf-8").write(page(True))
    open(f"{OUT}/html/h01_gzbg_1mb_clean.html", "w", encoding="utf-8").write(page(False))
