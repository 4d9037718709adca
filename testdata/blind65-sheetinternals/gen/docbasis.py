"""Quotations from the README and docs/ used as the basis of labels."""
XLSX = ('README "What is read", XLSX: "every sheet incl. hidden sheets, rows and columns, print headers/footers '
        '(&C秘密★1年 is a header marking), hyperlinks, data-validation lists, defined names, comments and threaded '
        'comments, shapes, charts, ..., properties"')
FORMULA = ('README XLSX row: "the strings formulas join (CONCATENATE(\\"110101\\",\\"1990…\\"), read joined as '
           'source_text, for files that leave the value to be computed)"')
NUMFMT = ('README XLSX row: "a number cell shows what its format shows and, when the format hides digits of a stored '
          'integer of 11 or more (a mobile shown as 1.35E+10, nothing shown under ;;;), the stored digits beside it"')
PRINCIPLE = ('README "What is read": "Everything a reader of the published file can see or open is read ... Nothing is '
             'passed unread."')
ID = ('findings.md id_card (block): "居民身份证号 with a valid GB 11643 check digit, a real birth date and region ...; '
      'an 18-character ID standing whole is one under any label"')
CARD = ('findings.md bank_card (block): "Luhn-valid 16–19 digit card numbers that are UnionPay (62…) or stand next to '
        '卡号/账号/银行, whole or in groups"')
MOBILE = 'findings.md mobile_phone (review): "11-digit mobiles in current 号段, grouped ..."'
HIDDEN = ('findings.md hidden_content (review): "tracked changes, comments ..., hidden text, hidden sheets, rows, '
          'columns and slides"')
META = ('findings.md metadata (info): "author, company and other document properties"; "A file with only info '
        'findings passes."')
MARK = 'findings.md classified_marking (block): "秘密★1年 ... in a page header"'
TERM = ('findings.md sensitive_term (review unless the dictionary says otherwise): "内部资料 注意保存"; README: '
        'internal-marking terms "are labels when they stand alone"')
ADDR = ('findings.md internal_address (review): "private ... IPv4 ..., URLs of intranet hosts (localhost, single-label '
        'hosts, .local/.lan/.intranet/.internal/.corp …, private IPs) wherever a file holds them — link targets ... '
        'included — and UNC paths"')
MASKED = ('findings.md: "Not findings: masked values (330106********0018, 138****1234, ...)"')
LEGACY = ('README: ".doc .xls .ppt ... .ods ... converted by LibreOffice ... to DOCX/XLSX/PPTX and read like those"')
CSV = ('README: "text, CSV/TSV ...: CSV and tab-separated cells carry their row and column"')
