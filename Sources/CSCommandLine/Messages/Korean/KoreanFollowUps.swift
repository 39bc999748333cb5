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
        default: return ""
        }
    }
}
