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
        case .undid(let ticket, let what): return "undid on \(ticket): \(what)"
        case .undoneChange(let what): return "undid: \(what)"
        case .undoneNote: return "the internal note (retracted)"
        case .undoneMark(let by): return "undone (event \(by))"
        case .retractedMark(let by): return "retracted (event \(by)): not part of the ticket's record any more"
        case .hookFailed(let name, let status, let event):
            return "warning: hook \(name) exited with status \(status) for event \(event); the event is recorded"
        case .hookTimedOut(let name, let seconds, let event):
            return "warning: hook \(name) ran past \(seconds)s for event \(event) and was stopped; the event is "
                + "recorded (CS_HOOK_TIMEOUT sets the limit)"
        case .hookTimeoutIgnored(let value, let seconds):
            return "warning: CS_HOOK_TIMEOUT '\(value)' is not a whole number of seconds above 0; hooks get \(seconds)s"
        case .hookNotStarted(let name, let number):
            return "warning: hook \(name) could not be started (\(System.describe(number))); the event is recorded"
        default: return ""
        }
    }
}
