#!/bin/sh
# mkfixtures.sh makes the archive fixtures with the tools offices use:
# Info-ZIP zip, p7zip (7z) and GNU tar + gzip (Debian: zip, p7zip-full).
# Each archive holds the same members: 通知.txt (a marking line),
# 名单.csv (a synthetic, check-digit valid ID), docs/clean.txt (nothing to
# find) and inner.zip (an archive in the archive: reported, not read).
# gbk.zip has a member whose name is GBK, as Windows zip tools write it;
# encrypted.* have password-protected members; bomb.* inflate 20 MB of
# zeros from a few KB. No RAR fixture file: RAR archives can only be
# written with non-free tools (rar_test.go writes a stored RAR 5 archive
# itself); damaged.rar is a damaged RAR header. Run from this
# folder: sh mkfixtures.sh
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/m/docs"
printf '秘密★1年\n关于开展年度工作检查的通知\n' > "$work/m/通知.txt"
printf '姓名,身份证号\n张三,110101199003074514\n' > "$work/m/名单.csv"
printf '欢迎广大市民踊跃参加全民健身运动会。\n' > "$work/m/docs/clean.txt"
(cd "$work/m" && zip -q -X ../inner.zip 通知.txt && mv ../inner.zip .)
touch -d 2024-01-01T00:00:00Z "$work/m" "$work/m"/* "$work/m/docs"/*
rm -f bundle.zip bundle.7z bundle.tar.gz encrypted.zip encrypted.7z encrypted-names.7z bomb.zip bomb.7z gbk.zip single.txt.gz
(cd "$work/m" && zip -q -X -r "$OLDPWD/bundle.zip" 通知.txt 名单.csv docs inner.zip)
(cd "$work/m" && 7z a -bd -bso0 "$OLDPWD/bundle.7z" 通知.txt 名单.csv docs inner.zip)
(cd "$work/m" && tar --sort=name --owner=0 --group=0 --numeric-owner -cf - 通知.txt 名单.csv docs inner.zip | gzip -9n > "$OLDPWD/bundle.tar.gz")
gzip -9n -c "$work/m/通知.txt" > single.txt.gz
(cd "$work/m" && zip -q -X -P secret "$OLDPWD/encrypted.zip" 名单.csv)
(cd "$work/m" && 7z a -bd -bso0 -psecret "$OLDPWD/encrypted.7z" 名单.csv)
(cd "$work/m" && 7z a -bd -bso0 -psecret -mhe=on "$OLDPWD/encrypted-names.7z" 名单.csv)
head -c 20000000 /dev/zero > "$work/zeros.bin"
(cd "$work" && zip -q -X -9 "$OLDPWD/bomb.zip" zeros.bin)
(cd "$work" && 7z a -bd -bso0 "$OLDPWD/bomb.7z" zeros.bin)
python3 - <<'PY'
import zipfile
# A Windows zip tool writes the name in GBK without the UTF-8 flag.
class GBKInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits
with zipfile.ZipFile("gbk.zip", "w") as z:
    z.writestr(GBKInfo("通知书.txt", (2024, 1, 1, 0, 0, 0)), "秘密★1年\n".encode())
open("damaged.rar", "wb").write(b"Rar!\x1a\x07\x01\x00" + bytes(range(64)))
PY
ls -l
