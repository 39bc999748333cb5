import CSDomain

enum ShowCommand: Command {
    static let path = ["show"]
    static let spec = CommandSpec(
        path, group: .reading, abstract: .showAbstract, arguments: [Common.ticket], options: [Common.asOf],
        examples: ["cs show K7M2", "cs show K7M2 --json | jq .refundedTotal", "cs show K7M2 --as-of 2026-11-20"])

    static func run(_ context: Context) throws(Failure) {
        let view = try context.desk.view()
        let (ticket, named) = try view.ticketWithDuplicates(try context.invocation[Common.ticket])
        if context.output.json {
            context.output.print(TicketJSON.text(ticket, thread: true))
        } else {
            let time = context.clock.humanTime(at: view.now)
            // A duplicate's id leads to the ticket it was merged into: say so first.
            let redirect = named.map {
                context.output.say(.mergedRedirect(duplicate: $0.id, survivor: ticket.id)) + "\n"
            }
            context.output.page(
                (redirect ?? "")
                    + TicketText(time: time, style: context.output.style, catalogue: context.catalogue).render(ticket))
        }
    }
}
