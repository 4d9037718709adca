#!/usr/bin/python3
# merge labels.part.*.json into labels.json, drop files left out, write README.md
import glob, json, os
from common import OUT
DROP = ['c11_chrome_topright_abs_marking.pdf', 'c15_chrome_skew_mobile.pdf', 'n03_npmdocx_even_header_marking.docx',
        'l04_lo_vertical_textbox_id.pdf', 'p26_rl_side_label_term.pdf']
labels = []
for p in sorted(glob.glob(os.path.join(OUT, 'labels.part.*.json'))):
    l = json.load(open(p, encoding='utf-8')); os.remove(p)
    if l['file'] in DROP:
        if os.path.exists(os.path.join(OUT, l['file'])): os.remove(os.path.join(OUT, l['file']))
        continue
    labels.append(l)
labels.sort(key=lambda l: l['file'])
json.dump(labels, open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
intro = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'corpus_intro.md'), encoding='utf-8').read()
rows = ['| file | verdict | categories | note |', '| --- | --- | --- | --- |']
for l in labels:
    rows.append('| %s | %s | %s | %s |' % (l['file'], l['expect_verdict'], ', '.join(l['expect_categories']) or '—', l['note'].replace('|', '/')))
open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8').write(intro + '\n' + '\n'.join(rows) + '\n')
print(len(labels), 'files;', {v: sum(l['expect_verdict'] == v for l in labels) for v in ('block', 'review', 'pass')})
