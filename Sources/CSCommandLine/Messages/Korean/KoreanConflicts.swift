import CSDomain

/// The words for a merged desk's conflicts and `cs sync`, in Korean.
extension Korean {
    static func teamText(_ message: Message) -> String {
        switch message {
        case .conflictMark(let ticket, let conflict, let refund):
            guard !conflict.isOpen else {
                return "충돌 (이벤트 \(conflict.eventID)): \(describe(conflict)). 'cs resolve \(ticket)' 명령으로 정리하세요"
            }
            let standing = refund.map { $0 == .void ? ". 환불은 무효" : ". 환불은 합산함" } ?? ""
            return "충돌 (이벤트 \(conflict.eventID), 정리됨): \(describe(conflict, open: false))" + standing
        case .refundVoid: return "무효: 이 환불은 합산하지 않습니다 (정리됨)"
        case .conflictsSettled(let ticket, let settled, let refundable):
            return "\(ticket)의 충돌 \(settled)건을 정리했습니다"
                + (refundable.map { ". 남은 환불 가능 금액: \($0.formatted)" } ?? "")
        case .conflictAt(let ticket, let conflict):
            return "티켓 \(ticket)의 충돌, 이벤트 \(conflict.eventID) (\(conflict.by)의 \(conflict.type)): "
                + describe(conflict)
        case .conflictsFound(let conflicts, let tickets):
            return "미해결 충돌 \(conflicts)건 (티켓 \(tickets)개). 로그는 정상입니다. "
                + "'cs list --conflicts'로 확인하고 'cs resolve 티켓'으로 정리하세요"
        case .syncCommitted(let commit, let summary): return "커밋 \(commit): \(summary)"
        case .syncNothingToCommit: return "이 데스크에 커밋할 새 내용이 없습니다"
        case .syncNoRemote: return "가져오거나 올릴 원격 저장소가 없어 커밋은 이 저장소에만 있습니다"
        case .syncPulled(let events, let remote): return "\(remote)에서 새 이벤트 \(events)개를 가져왔습니다"
        case .syncPushed(let remote, let branch): return "\(remote)에 올렸습니다 (\(branch))"
        case .syncUpToDate(let remote): return "\(remote)에 새 내용이 없습니다"
        case .syncNothingToPush(let remote): return "올릴 것이 없습니다: \(remote)에 모든 커밋이 있습니다"
        case .syncOpenConflicts(let tickets):
            return "미해결 충돌이 있는 티켓 \(tickets)개: 'cs list --conflicts'"
        default: return ""
        }
    }

    static func describe(_ conflict: Conflict, open: Bool = true) -> String {
        let notCounted = open ? "이라 합산하지 않음" : ""
        switch conflict.rule {
        case .closed where conflict.type != RefundIssued.type:
            return "티켓이 종료된 뒤에 기록됨 (종료를 보지 못한 사본에서)"
        case .closed:
            return "티켓이 종료된 뒤의 환불\(notCounted) (종료를 보지 못한 사본에서)"
        case .overRefund(let refundable?, let counted):
            return "남은 환불 가능 금액(\(refundable.formatted))을 넘는 환불\(notCounted)"
                + (counted.isEmpty ? "" : " (먼저 합산된 환불: " + counted.joined(separator: ", ") + ")")
        case .overRefund(nil, _):
            return "해당 통화의 결제가 없는 환불\(notCounted)"
        case .repeatedKey(let original):
            return "환불 \(original)과(와) 같은 멱등 키를 다시 쓴 환불\(notCounted)"
        case .overwrote(let field, let lost, let won):
            let lostText = lost.isEmpty ? "없음" : lost
            return "\(fieldName(field)) \(won)이(가) \(lostText)을(를) 보지 못하고 덮어씀. \(won) 유지"
        }
    }

    static func fieldName(_ field: Conflict.Field) -> String {
        switch field {
        case .priority: return "우선순위"
        case .assignee: return "담당자"
        case .status: return "상태"
        case .tier: return "단계"
        case .followUp: return "후속 조치"
        }
    }
}
