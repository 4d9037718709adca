"""Shared helpers: deterministic Chinese report text and valid synthetic values."""
import os
import random

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CK = "10X98765432"


def gb11643(first17):
    s = sum(int(c) * w for c, w in zip(first17, W))
    return first17 + CK[s % 11]


def id_number(region="330106", birth="19880517", seq="003"):
    return gb11643(region + birth + seq)


def luhn(prefix_wo_check):
    digits = [int(c) for c in prefix_wo_check]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix_wo_check + str((10 - total % 10) % 10)


def luhn_ok(n):
    total = 0
    for i, c in enumerate(reversed(n)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def mask_id(v):
    return v[:6] + "*" * 8 + v[-4:]


def mask_mobile(v):
    return v[:3] + "****" + v[-4:]


def mask_card(v):
    return v[:6] + "*" * (len(v) - 10) + v[-4:]


SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
TOWNS = ["城关镇", "东湖街道", "西山镇", "南塘乡", "北岭镇", "清溪街道", "石桥镇", "白沙乡", "柳林镇", "青石街道", "新安镇", "河口乡"]

TOPICS = [
    "经济运行", "产业转型", "科技创新", "乡村振兴", "城市更新", "生态环境", "社会保障", "教育发展",
    "医疗卫生", "文化旅游", "营商环境", "民生实事", "安全生产", "基层治理", "对外开放", "交通建设",
]

SENT = [
    "全年{t}领域完成投资{a}亿元，同比增长{p}%，高于年初预期目标{q}个百分点。",
    "围绕{t}工作，全市新开工项目{n}个，竣工项目{m}个，带动就业岗位{k}个。",
    "{t}方面，我们坚持稳中求进工作总基调，统筹发展和安全，各项指标运行在合理区间。",
    "截至年底，{t}相关市场主体达到{k}户，比上年末增加{n}户，增长{p}%。",
    "持续深化{t}改革，出台配套政策{n}项，办理群众诉求{k}件，按期办结率{r}%。",
    "{t}专项资金到位{a}亿元，惠及群众{k}人次，群众满意度达到{r}%。",
    "我们把{t}摆在更加突出的位置，完善工作机制，强化督促落实，取得了明显成效。",
    "新建改建{t}设施{n}处，新增服务面积{k}平方米，覆盖{m}个乡镇（街道）。",
    "下一步，将继续推进{t}提质增效，力争全年增长{p}%左右，为高质量发展提供有力支撑。",
    "全年实现{t}相关收入{a}亿元，其中一季度{b}亿元、二季度{c}亿元，逐季向好。",
]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def sentence(self, topic=None):
        r = self.r
        t = topic or r.choice(TOPICS)
        return r.choice(SENT).format(
            t=t, a=f"{r.randint(3, 980)}.{r.randint(0, 9)}", b=f"{r.randint(1, 90)}.{r.randint(0, 9)}",
            c=f"{r.randint(1, 90)}.{r.randint(0, 9)}", p=f"{r.randint(1, 15)}.{r.randint(0, 9)}",
            q=f"{r.randint(0, 3)}.{r.randint(1, 9)}", n=r.randint(2, 480), m=r.randint(2, 60),
            k=r.randint(120, 98000), r=f"{r.randint(90, 99)}.{r.randint(0, 9)}")

    def paragraph(self, n=None, topic=None):
        n = n or self.r.randint(3, 6)
        return "".join(self.sentence(topic) for _ in range(n))

    def masked_name(self):
        return self.r.choice(SURNAMES) + "某某"

    def masked_mobile(self):
        r = self.r
        return r.choice(["138", "139", "150", "186", "135", "177", "199", "158"]) + "****" + f"{r.randint(0, 9999):04d}"

    def masked_id(self):
        r = self.r
        return r.choice(["330106", "330102", "330108", "330110"]) + "********" + f"{r.randint(0, 999):03d}" + r.choice("0123456789X")

    def amount(self):
        return f"{self.r.randint(200, 9800)}.{self.r.randint(0, 99):02d}"

    def town(self):
        return self.r.choice(TOWNS)


CN_NUM = "一二三四五六七八九十"


def cn(n):
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n - 10] if n > 10 else "")
    if n < 100:
        t, o = divmod(n, 10)
        return d[t] + "十" + (d[o] if o else "")
    h, rest = divmod(n, 100)
    if rest == 0:
        return d[h] + "百"
    if rest < 10:
        return d[h] + "百零" + d[rest]
    t, o = divmod(rest, 10)
    return d[h] + "百" + d[t] + "十" + (d[o] if o else "")


# The synthetic sensitive values used in the corpus (all valid by their checks)
ID_P01 = id_number("330106", "19880517", "003")    # gzbg120 page 97
ID_S02 = id_number("330102", "19760923", "015")
ID_O01 = id_number("440305", "19910214", "027")
ID_Z01 = id_number("510104", "19830611", "042")
CARD_P03 = luhn("622202120001234567")               # 19 digits, UnionPay
CARD_O02 = luhn("621700300018273645")
MOB_P02 = "13957182046"
MOB_X01 = "18657123904"
MOB_X02 = "15067281935"
MOB_W01 = "17757018263"
PASSPORT_C01 = "E38461927"

if __name__ == "__main__":
    for k, v in list(globals().items()):
        if k.isupper() and isinstance(v, str) and k not in ("OUT", "CK", "SURNAMES", "CN_NUM"):
            print(k, v)
    assert luhn_ok(CARD_P03) and luhn_ok(CARD_O02)
