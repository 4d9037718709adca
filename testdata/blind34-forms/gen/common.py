import random, datetime
import os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the corpus folder
W = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
C = "10X98765432"
def id_check(s17): return C[sum(int(a)*b for a,b in zip(s17, W)) % 11]
def make_id(region="330106", birth="19850312", seq="041", valid=True):
    s = region + birth + seq
    c = id_check(s)
    if not valid:
        c = C[(C.index(c)+3) % 11]
    return s + c
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)
def make_card(prefix="622202", length=19, body=None):
    rnd = random.Random(prefix + str(length) + str(body))
    s = prefix + (body or "".join(str(rnd.randint(0,9)) for _ in range(length-len(prefix)-1)))
    return s + luhn_digit(s)
SENT = [
 "全区坚持稳中求进工作总基调，扎实推进高质量发展，经济运行总体平稳、稳中有进。",
 "持续优化营商环境，深化“放管服”改革，政务服务事项实现一网通办。",
 "统筹推进乡村振兴，农村人居环境整治提升行动取得阶段性成效。",
 "加强生态环境保护，空气质量优良天数比例保持在较高水平。",
 "民生保障持续加强，教育、医疗、养老等公共服务供给进一步丰富。",
 "深入推进法治政府建设，行政执法规范化水平不断提高。",
 "加快数字政府建设，推动政务数据共享开放和业务协同。",
 "强化安全生产责任落实，开展重点行业领域隐患排查整治。",
 "稳步推进城市更新，完成老旧小区改造项目若干个，惠及居民群众。",
 "围绕产业链部署创新链，支持企业加大研发投入，培育专精特新企业。",
 "持续推进就业优先政策，重点群体就业保持稳定。",
 "完善社会救助体系，困难群众基本生活得到有效保障。",
 "扎实开展招商引资，一批重大项目签约落地。",
 "推进文化惠民工程，公共文化服务体系更加健全。",
 "落实财政资金直达机制，提升资金使用绩效。",
]
def para(rnd, n=6):
    return "".join(rnd.choice(SENT) for _ in range(n))
