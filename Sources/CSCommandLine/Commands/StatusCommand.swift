import CSDomain

enum StatusCommand: Command {
    static let status = Argument<Status>.choice("STATUS", among: Status.settable, help: .statusStatus)

    static let spec = CommandSpec(
        ["status"], group: .writing, abstract: .statusAbstract, discussion: .statusDiscussion,
        arguments: [Common.ticket, status], examples: ["cs status K7M2 pending", "cs status K7M2 solved"])

    static func run(_ context: Context) throws {
        let status = try context.invocation[Self.status]
        try context.desk.changeTicket(
            done: { .statusChanged(ticket: $0.id, status: status) },
            unchanged: { .statusUnchanged(ticket: $0.id, status: status) }
        ) { decider, ticket in
            try decider.setStatus(ticket, to: status)
        }
    }
}
