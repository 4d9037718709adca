"""Shared values and helpers for the blind16-pdf generators."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "values.json"), encoding="utf-8") as f:
    V = json.load(f)
OUT = os.path.abspath(os.path.join(HERE, ".."))
BUILD = os.environ.get("B16_BUILD", "/tmp/blind16-build")
os.makedirs(BUILD, exist_ok=True)
ID, BAD_ID, CARD, BAD_CARD = V["ids"], V["bad_ids"], V["cards"], V["bad_cards"]
MOB, PP, PLATE, IP, USCC = V["mobiles"], V["passports"], V["plates"], V["ips"], V["uscc"]
