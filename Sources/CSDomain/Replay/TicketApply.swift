extension Ticket {
    /// One event's change to the ticket, and what its history keeps of it: the one way a
    /// ticket event is applied (replay, a whole read, a report after a write). An event that
    /// breaks a rule in the order the log now has — two copies of the desk each did what was
    /// allowed alone, and git merged them — is applied all the same, marked as a conflict;
    /// a refund so marked is not counted.
    mutating func apply(_ payload: any TicketEventKind, by actor: String, at time: Timestamp, eventID: String) {
        let opens = type(of: payload).opensTicket
        let before = opens ? nil : (status: status, priority: priority)
        let changes = history.changes.count
        let threadLength = thread.count
        let rule = opens ? nil : payload.conflict(with: self)
        payload.apply(to: &self, by: actor, at: time, eventID: eventID)
        updatedAt = time
        lastEventID = eventID
        let reopens = history.reopenCount
        history.follow(payload, before: before, after: (status, priority), at: time)
        // Taking back a close or a solve is not a reopening: the resolution never happened.
        if payload is Undone { history.reopenCount = min(history.reopenCount, reopens) }
        if let rule {
            conflicts.append(Conflict(eventID: eventID, type: type(of: payload).type, at: time, by: actor, rule: rule))
            if let index = refunds.lastIndex(where: { $0.eventID == eventID }) { refunds[index].standing = .contested }
        }
        // A whole read also keeps which event made each change (`cs sla` shows them).
        guard keepsThread else { return }
        for index in threadLength..<thread.count { thread[index].eventID = eventID }
        let reference = EventReference(id: eventID, type: type(of: payload).type, at: time, by: actor)
        if history.changes.count != changes {
            if history.changes.count < changes { changeCauses.removeAll() }
            changeCauses.append(reference)
        }
        if type(of: payload).speaker == .agent, firstReply == nil { firstReply = reference }
    }
}
