import CSDomain

/// The words for follow-ups, in English.
extension English {
    static func followUpText(_ message: Message) -> String {
        switch message {
        case .followUpScheduled(let ticket, let due): return "follow-up on \(ticket) due \(due)"
        case .followUpDone(let ticket, let due): return "follow-up on \(ticket) due \(due) done"
        case .followUpCancelled(let ticket, let due): return "follow-up on \(ticket) due \(due) cancelled"
        case .followUpEntry(let due, let note): return "follow-up due \(due)" + (note.map { ": \($0)" } ?? "")
        case .followUpClosedEntry(let due, let outcome):
            return "follow-up due \(due) " + (outcome == .done ? "done" : "cancelled")
        case .openFollowUp(let due, let note): return due + (note.map { "  \"\($0)\"" } ?? "")
        default: return ""
        }
    }
}
