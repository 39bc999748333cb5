import CSDomain

enum ReplyCommand: Command {
    static let spec = CommandSpec(
        ["reply"], group: .writing,
        abstract: "send a public reply to the customer, or record the customer's message",
        discussion: "The first agent reply is the ticket's first response and moves a new ticket to open. "
            + "With --from-customer the text is the customer's; it moves a pending or solved ticket back to open. "
            + "With --faq ID and no text, the FAQ entry's answer is sent; with text, the text is sent and the entry "
            + "recorded as its source. 'cs show' lists the entries used.",
        positionals: [Context.ticketArgument, .optional("TEXT", "the reply; - reads standard input")],
        options: [
            .value("body-file", "FILE", kind: .file, "read the reply from FILE, or - for standard input"),
            .flag("from-customer", "record a message from the customer instead of a reply to them"),
            .value("faq", "FAQ_ID", kind: .faq, "answer with this FAQ entry (its answer, unless TEXT is given)"),
        ],
        examples: [
            "cs reply K7M2 \"카드사 승인 취소를 요청했습니다. 3영업일 내 반영됩니다.\"",
            "cs reply K7M2 --from-customer \"Still charged twice.\"",
            "cs reply K7M2 --body-file answer.txt",
            "cs reply K7M2 --faq refund-timing-ko",
        ])

    static func run(_ context: Context) throws {
        let fromCustomer = context.invocation.flag("from-customer")
        if fromCustomer, context.invocation.value("faq") != nil {
            throw UsageError.conflictingOptions("--from-customer", "--faq")
        }
        // With a FAQ entry, no text means the entry's answer: no editor, no error.
        if let faq = context.invocation.value("faq") {
            let text = try context.body()
            try context.changeTicket(done: { "replied on \($0.id) with FAQ entry \(faq)" }, unchanged: { $0.id }) { decider, ticket in
                let entry = try FAQCatalog(desk: decider.desk).entry(faq)
                return try decider.reply(to: ticket, body: text ?? entry.answer, faq: entry.id)
            }
            return
        }
        let body = try context.requireBody(what: fromCustomer ? "message text" : "reply text")
        try context.changeTicket(
            done: { fromCustomer ? "recorded the customer's message on \($0.id) (now \($0.status.rawValue))" : "replied on \($0.id)" },
            unchanged: { $0.id }
        ) { decider, ticket in
            fromCustomer ? try decider.recordCustomerMessage(on: ticket, body: body) : try decider.reply(to: ticket, body: body)
        }
    }
}
