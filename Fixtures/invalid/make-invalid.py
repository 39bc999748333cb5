#!/usr/bin/env python3
"""Writes Fixtures/invalid/*.jsonl: one log per kind of damage. Healthy lines are sealed
with the same checksum cs writes (see Sources/CSDomain/Log/LineChecksum.swift), so each
file is damaged in exactly one way. Run from anywhere: python3 Fixtures/invalid/make-invalid.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench"))
from cslog import seal  # noqa: E402  (the checksum cs writes)

OPENED = ('{"v":1,"id":"E00000000000001","type":"opened","ticket":"AAAA1111","at":"2026-11-01T00:00:00Z","by":"park",'
          '"subject":"결제 오류","customer":{"name":"김민수"},"category":"payment","channel":"phone","priority":"high",'
          '"payment":{"ref":"P1","amount":1000,"currency":"KRW"}}')
REPLY = ('{"v":1,"id":"E00000000000002","type":"replied","ticket":"AAAA1111","at":"2026-11-01T00:05:00Z","by":"park",'
         '"body":"확인하겠습니다"}')
REFUND = ('{"v":1,"id":"E00000000000004","type":"refunded","ticket":"AAAA1111","at":"2026-11-01T00:05:00Z","by":"park",'
          '"amount":500,"currency":"KRW","reason":"x"}')

def lines(*items):
    return b"".join(item + b"\n" for item in items)

CASES = {
    "bad-json": lines(seal(OPENED), b'{"v":1,"id":"E00000000000002","type":"replied" "ticket":"AAAA1111"}'),
    "not-an-object": lines(b'["not","an","event"]'),
    "unknown-type": lines(seal(OPENED), seal(REFUND.replace('"refunded"', '"refnd"'))),
    "unknown-version": lines(seal(OPENED), seal(REPLY.replace('"v":1', '"v":9'))),
    "before-open": lines(seal(REPLY), seal(OPENED)),
    "opened-twice": lines(seal(OPENED), seal(OPENED.replace("E00000000000001", "E00000000000003"))),
    "missing-field": lines(seal(OPENED.replace('"subject":"결제 오류",', ""))),
    "wrong-type": lines(seal(OPENED), seal(REFUND.replace('"amount":500', '"amount":"500"'))),
    "bad-value": lines(seal(OPENED.replace('"priority":"high"', '"priority":"asap"'))),
    "bad-time": lines(seal(OPENED.replace("2026-11-01T00:00:00Z", "2026-13-01T00:00:00Z"))),
    "bad-currency": lines(seal(OPENED.replace('"currency":"KRW"', '"currency":"WON"'))),
    "empty-line": lines(seal(OPENED), b"", seal(REPLY)),
    "torn-tail": lines(seal(OPENED)) + seal(REPLY)[:60],
    "invalid-utf8": lines(seal(OPENED.encode().replace("결제 오류".encode(), b"\xff\xfe"))),
    "control-character": lines(seal(OPENED.replace("결제 오류", "a\x01b"))),
    "missing-checksum": lines(seal(OPENED), REPLY.encode()),
    # Edited by hand into other valid JSON: the refund's amount changed, its sum not.
    "edited-line": lines(seal(OPENED), seal(REFUND).replace(b'"amount":500', b'"amount":900')),
    "duplicate-event-id": lines(seal(OPENED), seal(REPLY), seal(REPLY.replace("확인하겠습니다", "again"))),
    # Saved by an editor with Windows line endings: a carriage return after a line's sum.
    "crlf": lines(seal(OPENED), seal(REPLY) + b"\r"),
}

here = os.path.dirname(os.path.abspath(__file__))
for name, data in CASES.items():
    with open(os.path.join(here, name + ".jsonl"), "wb") as out:
        out.write(data)
