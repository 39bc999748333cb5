#!/usr/bin/env python3
"""Translate ../shared/bench/gen_workload.py's neutral events into cs's own log format.

Usage: translate_workload.py IN.jsonl OUT.jsonl
Ticket ids become 8-character Crockford ids derived from the generator's numbers; times
become UTC; customer replies become `received`, agent replies `replied`. Tickets that
will see a refund get a payment on opening, so the log is one cs itself could have written.
Standard library only."""
import datetime as dt, hashlib, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cslog import seal  # noqa: E402

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

def crockford(seed, length):
    digest = int.from_bytes(hashlib.sha256(seed.encode()).digest()[:10], "big")
    return "".join(ALPHABET[(digest >> (5 * i)) & 31] for i in range(length))

def utc(text):
    return dt.datetime.fromisoformat(text).astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

def main(src, dst):
    events = [json.loads(line) for line in open(src, encoding="utf-8")]
    refunded = {e["ticket"] for e in events if e["type"] == "refund"}
    totals = {}
    for e in events:
        if e["type"] == "refund":
            totals[e["ticket"]] = totals.get(e["ticket"], 0) + e["amount"]
    tier = {}
    with open(dst, "w", encoding="utf-8") as out:  # sealed: every line ends in cs's "sum" field
        for e in events:
            by = e["by"].split(":", 1)[-1]
            head = {"v": 1, "id": crockford(e["id"], 15), "type": None, "ticket": crockford(e["ticket"], 8),
                    "at": utc(e["at"]), "by": by}
            t = e["type"]
            if t == "open":
                head["type"] = "opened"
                head.update(subject=e["subject"], customer={"name": e["customer"]}, category=e["category"],
                            channel=e["channel"], priority=e["priority"])
                if e["ticket"] in refunded:
                    head["payment"] = {"ref": "PAY-" + e["ticket"], "amount": totals[e["ticket"]] * 2, "currency": "KRW"}
            elif t == "reply":
                head["type"] = "received" if e["by"].startswith("customer:") else "replied"
                head["body"] = e["body"]
            elif t == "note":
                head.update(type="noted", body=e["body"])
            elif t == "assign":
                head.update(type="assigned", agent=e["to"])
            elif t == "escalate":
                before = tier.get(e["ticket"], "L1")
                after = e["level"] if e["level"] > before else ("L3" if before == "L2" else "L2")
                if before == "L3":
                    head.update(type="noted", body="escalation requested: " + e["reason"])
                else:
                    tier[e["ticket"]] = after
                    head.update({"type": "escalated", "from": before, "to": after, "reason": e["reason"]})
            elif t == "refund":
                head.update(type="refunded", amount=e["amount"], currency="KRW", reason=e["reason"])
            elif t == "close":
                head.update(type="closed", reason=e["resolution"])
            else:
                sys.exit(f"unknown workload event type {t!r}")
            out.write(seal(json.dumps(head, ensure_ascii=False, separators=(",", ":"))).decode() + "\n")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
