import CSDomain

enum RefundCommand: Command {
    static let spec = CommandSpec(
        ["refund"], group: .writing,
        abstract: "refund part or all of the ticket's payment",
        discussion: "AMOUNT is in major units. The ticket needs a recorded payment in the same currency, and the total "
            + "refunded never exceeds it. A repeated --idempotency-key reports the original refund and refunds nothing.",
        positionals: [Context.ticketArgument, .required("AMOUNT", kind: .number, "how much to refund", acceptsDashWords: true)],
        options: [
            .value("reason", "TEXT", "why the money goes back (required)"),
            .value("currency", "CODE", "ISO 4217 currency; default KRW"),
            .value("idempotency-key", "KEY", "a key that makes retrying this refund safe"),
        ],
        examples: ["cs refund K7M2 59000 --reason \"중복 결제\"",
                   "cs refund K7M2 10000 --reason \"partial cancel\" --idempotency-key ord-77-r1"])

    static func run(_ context: Context) throws {
        let invocation = context.invocation
        let reason = try context.requiredText("reason", valueName: "TEXT")
        let currency = try ValueParsing.currency(invocation.value("currency"))
        let amount = try ValueParsing.amount(invocation.argument("AMOUNT") ?? "", in: currency)
        let key = try context.optionalText("idempotency-key")
        let typed = invocation.argument("TICKET") ?? ""
        let (before, outcome) = try context.write { (decider: inout Decider) in
            let ticket = try decider.desk.ticket(matching: typed)
            let outcome = try decider.refund(ticket, amount: amount, reason: reason, idempotencyKey: key)
            if case .issued(let event) = outcome { return (events: [event], outcome: (ticket, outcome)) }
            return (events: [], outcome: (ticket, outcome))
        }
        var after = before
        switch outcome {
        case .issued(let event):
            event.apply(to: &after)
            context.report(after, message: "refunded \(amount.formatted) on \(after.id); "
                + "refundable now \(after.refundable?.formatted ?? "-")")
        case .alreadyIssued(let refund):
            context.report(after, message: "refund with key '\(key ?? "")' was already issued on \(after.id) "
                + "(\(refund.amount.formatted) at \(refund.at.rfc3339)); nothing refunded again")
        }
    }
}
