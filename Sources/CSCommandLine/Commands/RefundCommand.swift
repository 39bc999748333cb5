import CSDomain

enum RefundCommand: Command {
    static let amount = Argument.text("AMOUNT", kind: .number, help: .refundAmount, acceptsDashWords: true)
    static let reason = Option.text("reason", "TEXT", help: .refundReason).required
    static let currency = Option.currency(help: .refundCurrency)
    static let idempotencyKey = Option.text("idempotency-key", "KEY", help: .refundIdempotencyKey)

    static let path = ["refund"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .refundAbstract, discussion: .refundDiscussion,
        arguments: [Common.ticket, amount], options: [reason, currency, idempotencyKey],
        examples: [
            "cs refund K7M2 59000 --reason \"중복 결제\"",
            "cs refund K7M2 10000 --reason \"partial cancel\" --idempotency-key ord-77-r1",
        ])

    static func run(_ context: Context) throws(Failure) {
        let invocation = context.invocation
        let reason = try context.input.text(Self.reason)
        let givenCurrency = try invocation[currency]
        let amountText = try invocation[amount]
        // With --currency, checked before the log is locked: a typo is a usage error whatever the ticket.
        if let givenCurrency {
            _ = try Failure.catching(usage: ValueParsing.amount(amountText, in: givenCurrency, what: amount.spec.name))
        }
        let typedKey = try context.input.text(idempotencyKey)
        let log = try context.desk.locateLog()
        let key = try typedKey.map { (typed) throws(Failure) in
            try Failure.catching(log: IdempotencyKey(typed: typed, secret: log.secret))
        }
        let typed = try invocation[Common.ticket]
        let written = try context.desk.write { (decider: inout Decider) throws(Failure) in
            let ticket = try Failure.catching(lookup: decider.desk.ticket(matching: typed))
            // Without --currency, the refund is in the payment's currency (KRW without a payment).
            let currency = givenCurrency ?? ticket.payment?.amount.currency ?? .krw
            let amount = try Failure.catching(
                usage: ValueParsing.amount(amountText, in: currency, what: Self.amount.spec.name))
            let outcome = try Failure.catching(
                refusal: decider.refund(ticket, amount: amount, reason: reason, idempotencyKey: key))
            if case .issued(let event) = outcome { return (events: [event], outcome: (ticket, outcome, amount)) }
            return (events: [], outcome: (ticket, outcome, amount))
        }
        let ((before, outcome, amount), stored) = (written.outcome, written.stored)
        let after = context.desk.applying(stored, to: before)
        switch outcome {
        case .issued:
            context.output.report(
                after, message: .refunded(ticket: after.id, amount: amount, refundable: after.refundable))
        case .alreadyIssued(let refund):
            context.output.report(
                after,
                message: .refundAlreadyIssued(
                    ticket: after.id, key: key?.stored ?? "", amount: refund.amount,
                    at: refund.at))
        }
    }
}
