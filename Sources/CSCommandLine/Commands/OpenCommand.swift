import CSDomain

enum OpenCommand: Command {
    static let spec = CommandSpec(
        ["open"], group: .writing,
        abstract: "open a ticket for a customer's problem and print its id",
        discussion: "The body, if any, is the customer's first message. With -q only the id is printed, for scripts. "
            + "The FAQ entries that may answer the ticket are suggested on standard error.",
        positionals: [.required("SUBJECT", "a one-line summary of the problem")],
        options: [
            .value("customer", "NAME", "the customer's name (required)"),
            .value("email", "ADDR", "the customer's email address"),
            .value("phone", "NUM", "the customer's phone number"),
            .choice("category", Category.self, "what the problem is about; default other"),
            .choice("channel", Channel.self, "how it reached the desk; default web"),
            .choice("priority", Priority.self, "how urgent it is; default normal"),
            .value("tag", "TAG", repeatable: true, "a tag for the ticket"),
            .value("payment", "REF", "the payment the ticket concerns (needs --amount)"),
            .value("amount", "N", kind: .number, "the payment's amount in major units (needs --payment)"),
            .value("currency", "CODE", "the payment's ISO 4217 currency; default KRW"),
            .value("body", "TEXT", "the customer's first message"),
            .value("body-file", "FILE", kind: .file, "read the first message from FILE, or - for standard input"),
        ],
        examples: [
            "cs open \"결제 오류\" --customer 김민수 --category payment --channel phone --priority high",
            "t=$(cs open \"Double charge\" --customer \"Jane Doe\" --payment PAY-1234 --amount 59000 -q)",
        ])

    static func run(_ context: Context) throws {
        let invocation = context.invocation
        let subject = try ValueParsing.nonEmpty(invocation.argument("SUBJECT") ?? "", what: "SUBJECT")
        guard let customerName = invocation.value("customer") else {
            throw UsageError.missingOption(option: "--customer NAME", command: "open")
        }
        let customer = Customer(name: try ValueParsing.nonEmpty(customerName, what: "--customer"),
                                email: try context.optionalText("email"), phone: try context.optionalText("phone"))
        let request = OpenRequest(
            subject: subject, customer: customer,
            category: invocation.value("category").flatMap(Category.init) ?? .other,
            channel: invocation.value("channel").flatMap(Channel.init) ?? .web,
            priority: invocation.value("priority").flatMap(Priority.init) ?? .normal,
            tags: try invocation.values("tag").map { (tag) throws(UsageError) in try ValueParsing.tag(tag, what: "--tag") },
            body: try openingBody(context),
            payment: try payment(invocation))
        let written = try context.write { (decider: inout Decider) in
            (events: [try decider.open(request)], outcome: ())
        }
        let stored = written.stored
        // Whole, thread and all: the customer's first message is what the FAQ hints match.
        let ticket = context.applying(stored, to: Ticket(id: stored[0].ticket, keepingThread: true))
        if context.quiet && !context.json {
            context.print(ticket.id)
        } else {
            context.report(ticket, message: "opened ticket \(ticket.id): \(ticket.subject)")
        }
        // -q asks for the id alone: no hints, not even on standard error.
        if !context.quiet { FAQSuggestions.offer(for: ticket, desk: written.desk, log: written.log, context: context) }
    }

    /// `--body`, `--body-file`, or on a terminal the editor. `--body ''` opens with no body.
    private static func openingBody(_ context: Context) throws -> String? {
        if let body = try context.body(inlineName: "--body") { return body }
        let given = context.invocation.value("body") != nil || context.invocation.value("body-file") != nil
        guard !given, context.canOpenEditor else { return nil }
        return try context.editText(what: "customer's first message",
                                    hint: "Opening: \(context.invocation.argument("SUBJECT") ?? ""). Use --body '' for none.")
    }

    private static func payment(_ invocation: Invocation) throws -> Payment? {
        let ref = invocation.value("payment")
        let amount = invocation.value("amount")
        switch (ref, amount) {
        case (nil, nil):
            if invocation.value("currency") != nil { throw UsageError.missingOption(option: "--payment REF --amount N", command: "open") }
            return nil
        case (let ref?, let amount?):
            let currency = try ValueParsing.currency(invocation.value("currency"))
            return Payment(ref: try ValueParsing.nonEmpty(ref, what: "--payment"),
                           amount: try ValueParsing.amount(amount, in: currency))
        case (nil, _):
            throw UsageError.missingOption(option: "--payment REF with --amount", command: "open")
        case (_, nil):
            throw UsageError.missingOption(option: "--amount N with --payment", command: "open")
        }
    }
}
