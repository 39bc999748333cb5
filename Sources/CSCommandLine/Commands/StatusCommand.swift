import CSDomain

enum StatusCommand: Command {
    static let status = Argument<Status>.choice("STATUS", among: Status.settable, help: .statusStatus)
    static let followUp = Option.text("follow-up", "DURATION", help: .statusFollowUp)

    static let path = ["status"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .statusAbstract, discussion: .statusDiscussion,
        arguments: [Common.ticket, status], options: [followUp],
        examples: ["cs status K7M2 pending", "cs status K7M2 solved", "cs status K7M2 solved --follow-up 3d"])

    static func run(_ context: Context) throws(Failure) {
        let status = try context.invocation[Self.status]
        let delay = try context.invocation[followUp].map { (text) throws(Failure) in
            try Failure.catching(usage: ValueParsing.duration(text, option: followUp.spec.display))
        }
        let now = try context.clock.now()
        let time = try context.clock.humanTime()
        try context.desk.changeTicket(
            done: { after in
                guard let delay else { return .statusChanged(ticket: after.id, status: status) }
                return .statusChangedWithFollowUp(
                    ticket: after.id, status: status, due: time.format(now.adding(seconds: delay)))
            },
            unchanged: { .statusUnchanged(ticket: $0.id, status: status) },
            writing: { (decider, ticket) throws(Failure) in
                // The status and the follow-up are one decision: both are appended, or neither.
                var events = try Failure.catching(refusal: decider.setStatus(ticket, to: status).map { [$0] } ?? [])
                // Asked for a follow-up: scheduled even when the status was so already.
                if let delay {
                    events.append(decider.scheduleFollowUp(ticket, due: now.adding(seconds: delay), note: nil))
                }
                return events
            })
    }
}
