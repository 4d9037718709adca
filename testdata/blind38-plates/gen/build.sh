#!/bin/bash
set -e
cd .
rm -rf .. tmp
mkdir -p ..
/usr/bin/python3 gen.py
node gen_node.js
/usr/bin/python3 - <<'EOF'
import json
a = json.load(open('labels_py.json')) + json.load(open('labels_node.json'))
a.sort(key=lambda l: l['file'])
json.dump(a, open('../labels.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
import collections, os
print(len(a), collections.Counter(l['expect_verdict'] for l in a))
missing = [l['file'] for l in a if not os.path.exists('../' + l['file'])]
print('missing', missing)
EOF
