import CSDomain

enum ShowCommand: Command {
    static let spec = CommandSpec(
        ["show"], group: .reading,
        abstract: "show a ticket's current state and its whole thread",
        positionals: [Context.ticketArgument],
        examples: ["cs show K7M2", "cs show K7M2 --json | jq .refundedTotal"])

    static func run(_ context: Context) throws {
        let desk = try context.readDesk()
        let ticket = try desk.ticket(matching: context.invocation.argument("TICKET") ?? "")
        if context.json {
            context.print(TicketJSON.text(ticket, thread: true))
        } else {
            context.page(TicketText(time: try context.humanTime(), style: context.style).render(ticket))
        }
    }
}

extension Context {
    func humanTime() throws -> HumanTime {
        HumanTime(now: try now(), timeZoneName: environment.variables["TZ"])
    }
}
