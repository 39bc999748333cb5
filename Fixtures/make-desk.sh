#!/usr/bin/env bash
# Builds Fixtures/desk.jsonl by driving cs itself, one command at a time, under CS_NOW so
# every id and time is reproducible: running it twice gives the same bytes.
#   Fixtures/make-desk.sh [PATH_TO_CS] [OUTPUT]
set -euo pipefail
cs=${1:-.build/release/cs}
out=${2:-Fixtures/desk.jsonl}
cs=$(cd "$(dirname "$cs")" && pwd)/$(basename "$cs")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CS_LOG="$work/events.jsonl" TZ=UTC
unset CS_AGENT
"$cs" init -q

base=$(date -u -d 2026-11-01T00:00:00Z +%s)
clock=$base
at() { clock=$((base + $1)); export CS_NOW=$(date -u -d "@$clock" +%Y-%m-%dT%H:%M:%SZ); }
later() { at $((clock - base + $1)); }

ko_subjects=("결제 오류 — 카드 승인 거절" "중복 결제가 되었어요" "환불이 아직 안 들어왔어요" "비밀번호를 잊어버렸어요"
  "로그인이 안 됩니다" "해외 결제 수수료 문의" "포인트 적립이 안 됐어요" "본인인증 문자가 오지 않아요"
  "결제 취소 요청" "모르는 로그인 알림을 받았어요" "앱이 계속 종료됩니다" "자동결제 해지 방법"
  "휴대폰 번호 변경" "계좌 등록 오류" "쿠폰이 적용되지 않아요" "영수증 발급 요청" "개인정보 유출이 걱정돼요"
  "결제 한도 초과 메시지" "교통카드 충전 오류" "탈퇴 후 재가입 문의" "부분 환불 가능한가요" "가맹점 결제 실패"
  "간편비밀번호 잠김" "이중 출금 확인 요청" "고객센터 운영 시간 문의")
en_subjects=("Card declined at checkout" "Charged twice for one order" "Refund not received yet" "Cannot log in after update"
  "Reset my password" "Suspicious login from abroad" "How do I cancel a subscription" "Wrong amount charged"
  "Verification code never arrives" "App crashes on payment screen" "Change my registered phone" "Points missing"
  "Request a receipt" "Coupon not applied" "Partial refund request" "Account locked after failed attempts"
  "Bank account link failed" "Foreign transaction fee question" "Delete my personal data" "Merchant says payment failed"
  "Top-up did not arrive" "Two-factor setup help" "Update billing address" "Business hours question" "Chargeback status")
ko_names=(김민수 이서연 박지훈 최유진 정하늘 강도윤 조수아 윤서준 장예린 임하준)
en_names=("Jane Doe" "John Smith" "Emily Clark" "Michael Brown" "Sarah Lee" "David Kim" "Olivia Park" "James Wilson")
categories=(payment payment refund account account usage usage account payment security usage payment)
channels=(phone email chat web visit)
priorities=(normal high normal low normal urgent high normal)
agents=(park lee choi kang)

for i in $(seq 0 55); do
  at $((i * 10800))
  if (( i % 2 == 0 )); then
    subject=${ko_subjects[$(( (i / 2) % ${#ko_subjects[@]} ))]}; name=${ko_names[$((i % ${#ko_names[@]}))]}
    body="${subject}. 확인 부탁드립니다."; reply="불편을 드려 죄송합니다. 확인 후 바로 안내드리겠습니다."
    more="아직 해결이 안 됐어요. 다시 확인해 주세요."; note="PG사 거래 내역 확인 필요"
  else
    subject=${en_subjects[$(( (i / 2) % ${#en_subjects[@]} ))]}; name=${en_names[$((i % ${#en_names[@]}))]}
    body="Hello, ${subject,,}. Please help."; reply="Sorry for the trouble. We are looking into it now."
    more="This is still not fixed, please check again."; note="Checked the gateway logs; waiting on the issuer."
  fi
  agent=${agents[$((i % ${#agents[@]}))]}
  export CS_AGENT=$agent
  args=(--customer "$name" --category "${categories[$((i % ${#categories[@]}))]}"
        --channel "${channels[$((i % ${#channels[@]}))]}" --priority "${priorities[$((i % ${#priorities[@]}))]}")
  (( i % 3 == 0 )) && args+=(--email "customer$i@example.com")
  (( i % 4 == 1 )) && args+=(--phone "010-$((1000 + i))-$((5000 + i))")
  (( i % 5 == 0 )) && args+=(--tag vip)
  (( i % 8 == 2 )) && args+=(--payment "PAY-2026-$((7000 + i))" --amount $(( (i + 1) * 11000 )))
  t=$("$cs" open "$subject" "${args[@]}" --body "$body" -q)
  case $(( i % 8 )) in
    0) ;;  # new: waiting for the first response
    1) later 900; "$cs" reply "$t" "$reply" -q ;;
    2) later 600; "$cs" assign "$t" "$agent" -q; later 1200; "$cs" reply "$t" "$reply" -q
       later 300; "$cs" refund "$t" $(( (i + 1) * 5000 )) --reason "부분 취소 (partial cancel)" --idempotency-key "r-$i" -q
       later 300; "$cs" status "$t" solved -q; later 86400; "$cs" close "$t" -q; later 3600; "$cs" rate "$t" 5 --comment "빠른 처리 감사합니다" -q ;;
    3) later 1800; "$cs" reply "$t" "$reply" -q; later 60; "$cs" status "$t" pending -q
       later 7200; "$cs" reply "$t" --from-customer "$more" -q; later 120; "$cs" note "$t" "$note" -q ;;
    4) later 300; "$cs" note "$t" "$note" -q; later 300; "$cs" escalate "$t" --reason "L2 확인 필요 (needs L2)" -q
       later 600; "$cs" priority "$t" urgent -q; later 600; "$cs" reply "$t" "$reply" -q; later 60; "$cs" status "$t" pending -q ;;
    5) later 2400; "$cs" reply "$t" "$reply" -q; later 600; "$cs" tag "$t" +follow-up -vip -q
       later 3600; "$cs" status "$t" solved -q; later 7200; "$cs" rate "$t" 2 --comment "too slow" -q ;;
    6) later 600; "$cs" payment "$t" "ORD-$((9000 + i))" "$(( 12 + i )).50" --currency USD -q
       later 600; "$cs" reply "$t" "$reply" -q; later 600; "$cs" refund "$t" "$(( 12 + i )).50" --currency USD --reason "full refund" -q
       later 600; "$cs" close "$t" --reason "refunded in full" -q; later 86400; "$cs" reopen "$t" --reason "customer disputes the refund" -q
       later 600; "$cs" escalate "$t" --to "${agents[0]}" --reason "supervisor requested" -q ;;
    7) later 1200; "$cs" assign "$t" "$agent" -q; later 600; "$cs" reply "$t" "$reply" -q; later 600
       "$cs" escalate "$t" --to L3 --reason "suspected fraud; security team" -q; later 600; "$cs" close "$t" --reason "handled by security" -q ;;
  esac
done
cp "$CS_LOG" "$out"
echo "wrote $(wc -l < "$out") events to $out"
