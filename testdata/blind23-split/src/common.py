import json, os
OUT='..'
W=[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
def idnum(first17):
    s=sum(int(a)*b for a,b in zip(first17,W))
    return first17+'10X98765432'[s%11]
def luhn(prefix, length):
    body=prefix
    import random
    r=random.Random(prefix)
    while len(body)<length-1: body+=str(r.randint(0,9))
    digits=[int(c) for c in body]
    tot=0
    for i,d in enumerate(reversed(digits)):
        if i%2==0:
            d*=2
            if d>9: d-=9
        tot+=d
    return body+str((10-tot%10)%10)
def luhn_ok(n):
    tot=0
    for i,c in enumerate(reversed(n)):
        d=int(c)
        if i%2==1:
            d*=2
            if d>9:d-=9
        tot+=d
    return tot%10==0
LABELS=[]
def label(file, verdict, cats, raw, note):
    LABELS.append(dict(file=file, expect_verdict=verdict, expect_categories=cats, raw_values=raw, note=note))
def save(name):
    with open(f'gen/labels_{name}.json','w') as f: json.dump(LABELS,f,ensure_ascii=False,indent=1)
