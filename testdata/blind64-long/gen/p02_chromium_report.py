"""p02: a ~100-page 政府信息公开工作年度报告 printed by Chromium from HTML; one
contact's unmasked mobile near page 92; twin: masked.  Chromium is run by the
shell lines at the bottom (see build.sh)."""
import html, sys
from common import Gen, OUT, MOB_P02, mask_mobile, cn


def page(leak):
    g = Gen(4402)
    out = ["<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>青溪市2024年政府信息公开工作年度报告</title>",
           "<style>body{font-family:'Noto Serif CJK SC','Noto Sans CJK SC';font-size:15px;line-height:1.7;margin:0 40px}"
           "h1{text-align:center;font-size:24px}h2{font-size:18px}table{border-collapse:collapse;width:100%}"
           "td,th{border:1px solid #000;padding:3px 6px;font-size:13px}</style></head><body>",
           "<h1>青溪市2024年政府信息公开工作年度报告</h1>"]
    nsec = 132
    for s in range(1, nsec + 1):
        out.append(f"<h2>{cn(s)}、{g.r.choice(['主动公开政府信息情况', '依申请公开办理情况', '政府信息管理', '平台建设', '监督保障', '重点领域信息公开'])}</h2>")
        for _ in range(4):
            out.append(f"<p>{html.escape(g.paragraph(5))}</p>")
        if s % 3 == 0:
            out.append("<table><tr><th>事项</th><th>本年新制作数量</th><th>本年新公开数量</th><th>对外公开总数量</th></tr>")
            for _ in range(8):
                out.append(f"<tr><td>{g.r.choice(['规章', '行政规范性文件', '行政许可', '行政处罚', '行政强制', '行政事业性收费'])}</td>"
                           f"<td>{g.r.randint(0, 400)}</td><td>{g.r.randint(0, 400)}</td><td>{g.r.randint(0, 9000)}</td></tr>")
            out.append("</table>")
        if s == 121:
            v = MOB_P02 if leak else mask_mobile(MOB_P02)
            out.append(f"<p>依申请公开事项受理后，由承办科室确定专人跟踪办理。本年度负责依申请公开答复复核的工作人员为赵某某，"
                       f"联系手机：{v}，办公电话：0571-87012345。</p>")
    out.append("<p style='text-align:right'>青溪市人民政府办公室</p></body></html>")
    return "\n".join(out)


if __name__ == "__main__":
    open("/tmp/p02_leak.html", "w").write(page(True))
    open("/tmp/p02_clean.html", "w").write(page(False))
