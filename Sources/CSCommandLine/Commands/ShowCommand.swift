import CSDomain

enum ShowCommand: Command {
    static let spec = CommandSpec(
        ["show"], group: .reading, abstract: .showAbstract, arguments: [Common.ticket],
        examples: ["cs show K7M2", "cs show K7M2 --json | jq .refundedTotal"])

    static func run(_ context: Context) throws {
        let ticket = try context.desk.readTicket(try context.invocation[Common.ticket])
        if context.output.json {
            context.output.print(TicketJSON.text(ticket, thread: true))
        } else {
            context.output.page(
                TicketText(
                    time: try context.clock.humanTime(), style: context.output.style, catalogue: context.catalogue
                ).render(
                    ticket))
        }
    }
}
