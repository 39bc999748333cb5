import CSDomain

enum ReplyCommand: Command {
    static let text = Argument.text("TEXT", help: .replyText).optional
    static let bodyFile = Option.text("body-file", "FILE", kind: .file, help: .replyBodyFile)
    static let fromCustomer = Flag("from-customer", help: .replyFromCustomer)
    static let faq = Option.text("faq", "FAQ_ID", kind: .faq, help: .replyFAQ)

    static let path = ["reply"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .replyAbstract, discussion: .replyDiscussion,
        arguments: [Common.ticket, text], options: [bodyFile, fromCustomer, faq],
        examples: [
            "cs reply K7M2 \"카드사 승인 취소를 요청했습니다. 3영업일 내 반영됩니다.\"",
            "cs reply K7M2 --from-customer \"Still charged twice.\"",
            "cs reply K7M2 --body-file answer.txt",
            "cs reply K7M2 --faq refund-timing-ko",
        ])

    static func run(_ context: Context) throws(Failure) {
        let invocation = context.invocation
        let fromCustomer = invocation[Self.fromCustomer]
        let source = BodySource(invocation, inline: text, file: bodyFile)
        // With a FAQ entry, no text means the entry's answer: no editor, no error.
        if let faq = try invocation[Self.faq] {
            if fromCustomer {
                throw .usage(.conflictingOptions("--" + Self.fromCustomer.spec.long, "--" + Self.faq.spec.long))
            }
            let text = try context.input.body(source)
            try context.desk.changeTicket(done: { .repliedWithFAQ(ticket: $0.id, faq: faq) }) {
                (decider, ticket) throws(Failure) in
                let entry = try Failure.catching(lookup: FAQCatalog(desk: decider.desk).entry(faq))
                return try Failure.catching(
                    refusal: decider.reply(to: ticket, body: text ?? entry.answer, faq: entry.id))
            }
            return
        }
        let body = try context.input.requireBody(
            source, fromCustomer ? .customerMessage : .reply,
            hint: .editorHintTicket(try invocation[Common.ticket]))
        try context.desk.changeTicket(
            done: {
                fromCustomer ? .recordedCustomerMessage(ticket: $0.id, status: $0.status) : .replied(ticket: $0.id)
            }
        ) { (decider, ticket) throws(Failure) in
            fromCustomer
                ? try Failure.catching(refusal: decider.recordCustomerMessage(on: ticket, body: body))
                : try Failure.catching(refusal: decider.reply(to: ticket, body: body))
        }
    }
}
