import CSDomain

enum OpenCommand: Command {
    static let subject = Argument.nonEmpty("SUBJECT", help: .openSubject)
    static let customer = Option<String>("customer", "NAME", help: .openCustomer) { word, name throws(UsageError) in
        try ValueParsing.oneLine(word, what: name)
    }.required
    static let email = Option.text("email", "ADDR", help: .openEmail)
    static let phone = Option.text("phone", "NUM", help: .openPhone)
    static let category = Option<Category>.choice("category", help: .openCategory)
    static let channel = Option<Channel>.choice("channel", help: .openChannel)
    static let priority = Option<Priority>.choice("priority", help: .openPriority)
    static let tags = Option.tag("tag", help: .openTag).repeated
    static let payment = Option<String>("payment", "REF", help: .openPayment) { word, name throws(UsageError) in
        try ValueParsing.oneLine(word, what: name)
    }
    static let amount = Option.text("amount", "N", kind: .number, help: .openAmount)
    static let currency = Option.currency(help: .openCurrency)
    static let body = Option.text("body", "TEXT", help: .openBody)
    static let bodyFile = Option.text("body-file", "FILE", kind: .file, help: .openBodyFile)

    static let path = ["open"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .openAbstract, discussion: .openDiscussion, arguments: [subject],
        options: [
            customer, email, phone, category, channel, priority, tags, payment, amount, currency, body, bodyFile,
        ],
        examples: [
            "cs open \"결제 오류\" --customer 김민수 --category payment --channel phone --priority high",
            "t=$(cs open \"Double charge\" --customer \"Jane Doe\" --payment PAY-1234 --amount 59000 -q)",
        ])

    static func run(_ context: Context) throws(Failure) {
        let invocation = context.invocation
        let subject = try invocation[Self.subject]
        let customer = Customer(
            name: try invocation[customer], email: try context.input.text(email), phone: try context.input.text(phone))
        let opened = TicketOpened(
            subject: subject, customer: customer,
            category: try invocation[category] ?? .other, channel: try invocation[channel] ?? .web,
            priority: try invocation[priority] ?? .normal, tags: try invocation[tags],
            body: try openingBody(context, subject: subject), payment: try payment(invocation))
        let written = try context.desk.write { (decider: inout Decider) throws(Failure) in
            (events: [try Failure.catching(refusal: decider.open(opened))], outcome: ())
        }
        let stored = written.stored
        // Whole, thread and all: the customer's first message is what the FAQ hints match.
        let ticket = context.desk.applying(stored, to: Ticket(id: stored[0].ticket, keepingThread: true))
        if context.output.quiet && !context.output.json {
            context.output.print(ticket.id)
        } else {
            context.output.report(ticket, message: .opened(ticket: ticket.id, subject: ticket.subject))
        }
        // -q asks for the id alone: no hints, not even on standard error.
        if !context.output.quiet {
            FAQSuggestions.offer(for: ticket, desk: written.desk, log: written.log, context: context)
        }
    }

    /// `--body`, `--body-file`, or on a terminal the editor. `--body ''` opens with no body.
    private static func openingBody(_ context: Context, subject: String) throws(Failure) -> String? {
        let source = BodySource(context.invocation, inline: body, file: bodyFile)
        if let body = try context.input.body(source) { return body }
        guard !source.given, context.input.canOpenEditor else { return nil }
        return try context.input.editText(.firstMessage, hint: .editorHintOpening(subject: subject))
    }

    /// `--payment REF --amount N [--currency CODE]`: all or nothing.
    private static func payment(_ invocation: Invocation) throws(Failure) -> Payment? {
        let currency = try invocation[Self.currency]
        switch (try invocation[payment], try invocation[amount]) {
        case (nil, nil):
            if currency != nil {
                throw .usage(
                    .needsOther(
                        given: "--currency", needs: payment.spec.display + " " + amount.spec.display))
            }
            return nil
        case (let ref?, let amount?):
            return Payment(
                ref: ref,
                amount: try Failure.catching(usage: ValueParsing.amount(amount, in: currency ?? .krw, what: "--amount"))
            )
        case (nil, _):
            throw .usage(.needsOther(given: amount.spec.display, needs: payment.spec.display))
        case (_, nil):
            throw .usage(.needsOther(given: payment.spec.display, needs: amount.spec.display))
        }
    }
}
