import CSDomain

enum PaymentCommand: Command {
    static let spec = CommandSpec(
        ["payment"], group: .writing,
        abstract: "record the payment a ticket concerns, which refunds draw on",
        discussion: "AMOUNT is in major units (50000 KRW, 12.50 USD). A payment can be corrected until the first refund.",
        positionals: [Context.ticketArgument, .required("REF", "the payment's reference (PG transaction id, order no.)"),
                      .required("AMOUNT", kind: .number, "the amount paid", acceptsDashWords: true)],
        options: [.value("currency", "CODE", "ISO 4217 currency; default KRW")],
        examples: ["cs payment K7M2 PAY-20261123-0042 59000", "cs payment K7M2 ord-77 12.50 --currency USD"])

    static func run(_ context: Context) throws {
        let invocation = context.invocation
        let currency = try ValueParsing.currency(invocation.value("currency"))
        let payment = Payment(ref: try ValueParsing.nonEmpty(invocation.argument("REF") ?? "", what: "REF"),
                              amount: try ValueParsing.amount(invocation.argument("AMOUNT") ?? "", in: currency))
        try context.changeTicket(done: { "recorded payment \(payment.ref) of \(payment.amount.formatted) on \($0.id)" },
                                 unchanged: { $0.id }) { decider, ticket in
            try decider.recordPayment(on: ticket, payment)
        }
    }
}
