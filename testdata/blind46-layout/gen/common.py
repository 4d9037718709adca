import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..'))
W = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
def gb_id(base17):
    s = sum(int(c)*w for c, w in zip(base17, W)) % 11
    return base17 + '10X98765432'[s]
def luhn(base):
    digits = [int(c) for c in base]
    tot = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return base + str((10 - tot % 10) % 10)
ID = [gb_id(b) for b in ['11010119880315231','33010619750822402','32010219920107153','44030519860430672',
      '51010420010912345','37010219790228118','42010619950611509','61011319830725276','21010219900101034',
      '35020319870519627','43010219680809251','23010319910214568','13010219850623117','45010319770312489']]
CARD = [luhn('621700123456789012'), luhn('622202160201123458'), luhn('621226100300456789')]
MOB = ['13912873465','15867321904','18625403179','17739216548','13577241683','19916258734','15258619307']
def mask_id(v): return v[:6] + '********' + v[-4:]
def add_label(file, verdict, cats, raw, note):
    p = os.path.join(OUT, 'labels.part.' + file.replace('/', '_') + '.json')
    with open(p, 'w', encoding='utf-8') as f:
        json.dump({"file": file, "expect_verdict": verdict, "expect_categories": cats, "raw_values": raw, "note": note}, f, ensure_ascii=False)
