import CSDomain

enum RefundCommand: Command {
    static let spec = CommandSpec(
        ["refund"], group: .writing,
        abstract: "refund part or all of the ticket's payment",
        discussion: "AMOUNT is in major units of the payment's currency (unless --currency says otherwise). "
            + "The ticket needs a recorded payment in the same currency, and the total "
            + "refunded never exceeds it. A repeated --idempotency-key reports the original refund and refunds nothing.",
        positionals: [Context.ticketArgument, .required("AMOUNT", kind: .number, "how much to refund", acceptsDashWords: true)],
        options: [
            .value("reason", "TEXT", "why the money goes back (required)"),
            .value("currency", "CODE", "ISO 4217 currency; default the payment's currency"),
            .value("idempotency-key", "KEY", "a key that makes retrying this refund safe"),
        ],
        examples: ["cs refund K7M2 59000 --reason \"중복 결제\"",
                   "cs refund K7M2 10000 --reason \"partial cancel\" --idempotency-key ord-77-r1"])

    static func run(_ context: Context) throws {
        let invocation = context.invocation
        let reason = try context.requiredText("reason", valueName: "TEXT")
        let givenCurrency = try invocation.value("currency").map { (code) throws(UsageError) in try ValueParsing.currency(code) }
        let amountText = invocation.argument("AMOUNT") ?? ""
        // With --currency, checked before the log is locked: a typo is a usage error whatever the ticket.
        if let givenCurrency { _ = try ValueParsing.amount(amountText, in: givenCurrency) }
        let typedKey = try context.optionalText("idempotency-key")
        let log = try context.locateLog()
        let key = try typedKey.map { (typed) throws(LogError) in try IdempotencyKey(typed: typed, secret: log.secret) }
        let typed = invocation.argument("TICKET") ?? ""
        let written = try context.write { (decider: inout Decider) in
            let ticket = try decider.desk.ticket(matching: typed)
            // Without --currency, the refund is in the payment's currency (KRW without a payment).
            let currency = givenCurrency ?? ticket.payment?.amount.currency ?? .krw
            let amount = try ValueParsing.amount(amountText, in: currency)
            let outcome = try decider.refund(ticket, amount: amount, reason: reason, idempotencyKey: key)
            if case .issued(let event) = outcome { return (events: [event], outcome: (ticket, outcome, amount)) }
            return (events: [], outcome: (ticket, outcome, amount))
        }
        let ((before, outcome, amount), stored) = (written.outcome, written.stored)
        let after = context.applying(stored, to: before)
        switch outcome {
        case .issued:
            context.report(after, message: "refunded \(amount.formatted) on \(after.id); "
                + "refundable now \(after.refundable?.formatted ?? "-")")
        case .alreadyIssued(let refund):
            context.report(after, message: "refund with key '\(key?.stored ?? "")' was already issued on \(after.id) "
                + "(\(refund.amount.formatted) at \(refund.at.rfc3339)); nothing refunded again")
        }
    }
}
