#!/usr/bin/env bash
# Makes the SM2 interoperability fixture: a key pair and a signature made
# by OpenSSL (an implementation independent of gmsm), with the default
# user id of GB/T 32918.2 (1234567812345678). TestSM2OpenSSL checks that
# mishen's SM2 verifier accepts it and rejects it changed.
set -euo pipefail
cd "$(dirname "$0")"
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:SM2 -out key.pem
openssl pkey -in key.pem -pubout -out pub.pem
printf 'mishen-audit\n42\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n' > msg.txt
openssl pkeyutl -sign -in msg.txt -inkey key.pem -rawin -digest sm3 -pkeyopt distid:1234567812345678 -out msg.sig
rm key.pem
