import CSDomain

enum PaymentCommand: Command {
    static let ref = Argument.nonEmpty("REF", help: .paymentRef)
    static let amount = Argument.text("AMOUNT", kind: .number, help: .paymentAmount, acceptsDashWords: true)
    static let currency = Option.currency(help: .paymentCurrency)

    static let path = ["payment"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .paymentAbstract, discussion: .paymentDiscussion,
        arguments: [Common.ticket, ref, amount], options: [currency],
        examples: ["cs payment K7M2 PAY-20261123-0042 59000", "cs payment K7M2 ord-77 12.50 --currency USD"])

    static func run(_ context: Context) throws(Failure) {
        let invocation = context.invocation
        let currency = try invocation[Self.currency] ?? .krw
        let amountText = try invocation[amount]
        let payment = Payment(
            ref: try invocation[ref],
            amount: try Failure.catching(usage: ValueParsing.amount(amountText, in: currency, what: amount.spec.name)))
        try context.desk.changeTicket(done: {
            .paymentRecorded(ticket: $0.id, ref: payment.ref, amount: payment.amount)
        }) {
            (decider, ticket) throws(Failure) in
            try Failure.catching(refusal: decider.recordPayment(on: ticket, payment))
        }
    }
}
