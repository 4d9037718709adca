import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")
os.makedirs(SRC, exist_ok=True)
V = json.load(open(os.path.join(HERE, "values.json"), encoding="utf-8"))
LABELS = []

def label(file, verdict, cats, raw, note):
    LABELS.append({"file": file, "expect_verdict": verdict, "expect_categories": cats,
                   "raw_values": raw, "note": note})

def write_text(name, text, enc="utf-8"):
    with open(os.path.join(OUT, name), "w", encoding=enc, newline="\n") as f:
        f.write(text)

SITE_FOOTER = """<div class="footer">
<p>主办单位：杭州市西湖区人民政府办公室　承办单位：杭州市西湖区数据资源管理局</p>
<p>地址：杭州市西湖区文三路169号　邮政编码：310012　联系电话：0571-87051234</p>
<p>网站标识码：3301060001　<a href="https://beian.miit.gov.cn/">浙ICP备05012345号-1</a>　<a href="https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33010602001234">浙公网安备 33010602001234号</a></p>
</div>"""

def html_page(title, body, head_extra="", pre_body=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}_杭州市西湖区人民政府门户网站</title>
<meta name="ArticleTitle" content="{title}">
<meta name="ColumnName" content="通知公告">
<style>
body{{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#333;background:#fff}}
.top{{background:#b50000;color:#fff;padding:12px 24px;font-size:22px}}
.nav a{{margin-right:18px;color:#b50000;text-decoration:none}}
.article{{width:900px;margin:20px auto}}
.article h1{{text-align:center;font-size:24px}}
table{{border-collapse:collapse}} td,th{{border:1px solid #999;padding:4px 8px}}
.footer{{border-top:2px solid #b50000;margin-top:40px;padding:12px;text-align:center;font-size:13px;color:#666}}
{head_extra}
</style>
</head>
<body>
{pre_body}<div class="top">杭州市西湖区人民政府</div>
<div class="nav"><a href="https://www.hzxh.gov.cn/">首页</a><a href="https://www.hzxh.gov.cn/col/col1229063/index.html">政务公开</a><a href="https://www.hzxh.gov.cn/col/col1229064/index.html">政务服务</a><a href="https://www.hzxh.gov.cn/col/col1229065/index.html">互动交流</a></div>
<div class="article">
{body}
</div>
{SITE_FOOTER}
</body>
</html>
"""
