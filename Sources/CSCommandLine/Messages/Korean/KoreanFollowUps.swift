import CSDomain

/// The words for follow-ups, in Korean.
extension Korean {
    static func followUpText(_ message: Message) -> String {
        switch message {
        case .followUpScheduled(let ticket, let due): return "\(ticket)의 후속 조치를 \(due)에 예정했습니다"
        case .followUpDone(let ticket, let due): return "\(ticket)의 \(due) 후속 조치를 완료했습니다"
        case .followUpCancelled(let ticket, let due): return "\(ticket)의 \(due) 후속 조치를 취소했습니다"
        case .followUpEntry(let due, let note): return "후속 조치 예정 \(due)" + (note.map { ": \($0)" } ?? "")
        case .followUpClosedEntry(let due, let outcome):
            return "\(due) 후속 조치 " + (outcome == .done ? "완료" : "취소")
        case .openFollowUp(let due, let note): return due + (note.map { "  \"\($0)\"" } ?? "")
        case .undid(let ticket, let what): return "\(ticket)에서 되돌렸습니다: \(what)"
        case .undoneChange(let what): return "되돌림: \(what)"
        case .undoneNote: return "내부 메모 (철회)"
        case .undoneMark(let by): return "되돌림 (이벤트 \(by))"
        case .retractedMark(let by): return "철회됨 (이벤트 \(by)): 더 이상 티켓 기록의 일부가 아닙니다"
        case .hookFailed(let name, let status, let event):
            return "경고: 훅 \(name)이(가) 이벤트 \(event)에 대해 상태 \(status)로 끝났습니다. 이벤트는 기록되었습니다"
        case .hookTimedOut(let name, let seconds, let event):
            return "경고: 훅 \(name)이(가) 이벤트 \(event)에 대해 \(seconds)초를 넘겨 중지했습니다. 이벤트는 "
                + "기록되었습니다 (CS_HOOK_TIMEOUT으로 한도를 정합니다)"
        case .hookTimeoutIgnored(let value, let seconds):
            return "경고: CS_HOOK_TIMEOUT '\(value)'은(는) 0보다 큰 정수 초가 아니어서 훅에 \(seconds)초를 줍니다"
        case .hookNotStarted(let name, let number):
            return "경고: 훅 \(name)을(를) 시작하지 못했습니다 (\(System.describe(number))). 이벤트는 기록되었습니다"
        default: return ""
        }
    }
}
