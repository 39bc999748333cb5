#!/usr/bin/env python3
"""A small synthetic desk in cs's own log format, for when ../shared/bench's realistic
generator is not beside the repository (a CI machine with the repository alone).

Usage: small_workload.py EVENTS OUT.jsonl
About ten events a ticket: opened (with a payment for some), customer messages, replies,
notes, assignments, escalations, partial refunds, status changes, closes and ratings, in
Korean and English, at times one minute apart. Seeded: the same EVENTS give the same bytes.
Standard library only."""
import datetime as dt, hashlib, json, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cslog import seal  # noqa: E402

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SUBJECTS = ["결제 오류가 났어요", "환불이 아직 안 들어왔어요", "로그인이 안 됩니다", "Card declined at checkout",
            "Refund not received yet", "Double charge on my card", "비밀번호를 잊어버렸어요", "App crashes on start"]
AGENTS = ["park", "lee", "kim", "choi", "jung"]


def crockford(seed, length):
    digest = int.from_bytes(hashlib.sha256(seed.encode()).digest()[:10], "big")
    return "".join(ALPHABET[(digest >> (5 * i)) & 31] for i in range(length))


def main(count, out):
    rng = random.Random(42)
    start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    tickets = []  # [id, tier, refundable, closed]
    with open(out, "w", encoding="utf-8") as log:
        for n in range(count):
            at = (start + dt.timedelta(minutes=n)).strftime("%Y-%m-%dT%H:%M:%SZ")
            head = {"v": 1, "id": crockford(f"event-{n}", 15), "type": None, "ticket": None, "at": at,
                    "by": rng.choice(AGENTS)}
            open_ones = [t for t in tickets if not t[3]]
            if not open_ones or rng.random() < 0.1:
                ticket = [crockford(f"ticket-{n}", 8), "L1", 0, False]
                tickets.append(ticket)
                head.update(type="opened", ticket=ticket[0], subject=rng.choice(SUBJECTS),
                            customer={"name": f"고객{rng.randrange(500)}"}, category=rng.choice(["payment", "refund", "account"]),
                            channel=rng.choice(["phone", "chat", "email"]), priority=rng.choice(["low", "normal", "high", "urgent"]))
                if rng.random() < 0.3:
                    ticket[2] = 50000
                    head["payment"] = {"ref": f"PAY-{n}", "amount": 50000, "currency": "KRW"}
            else:
                ticket = rng.choice(open_ones[-200:])
                head["ticket"] = ticket[0]
                roll = rng.random()
                if roll < 0.3:
                    head.update(type="replied", body=f"안내드립니다 {n}. " * rng.randrange(1, 6))
                elif roll < 0.5:
                    head.update(type="received", body=f"Still waiting, message {n}. " * rng.randrange(1, 4))
                elif roll < 0.6:
                    head.update(type="noted", body=f"internal note {n}")
                elif roll < 0.7:
                    head.update(type="assigned", agent=rng.choice(AGENTS))
                elif roll < 0.75 and ticket[1] != "L3":
                    after = "L2" if ticket[1] == "L1" else "L3"
                    head.update({"type": "escalated", "from": ticket[1], "to": after, "reason": "확인 필요"})
                    ticket[1] = after
                elif roll < 0.8 and ticket[2] >= 10000:
                    ticket[2] -= 10000
                    head.update(type="refunded", amount=10000, currency="KRW", reason="부분 환불", idempotencyKey=f"k{n}")
                elif roll < 0.9:
                    head.update(type="status-changed", status=rng.choice(["open", "pending", "solved"]))
                else:
                    head.update(type="closed", reason="resolved")
                    ticket[3] = True
            log.write(seal(json.dumps(head, ensure_ascii=False, separators=(",", ":"))).decode() + "\n")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
