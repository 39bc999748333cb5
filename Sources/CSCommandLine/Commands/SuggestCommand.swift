import CSDomain

enum SuggestCommand: Command {
    static let spec = CommandSpec(
        ["suggest"], group: .reading,
        abstract: "list the FAQ entries that may answer a ticket",
        discussion: "Searches the FAQ with the ticket's subject and the customer's messages, in the ticket's language "
            + "(Korean when it has Hangul) unless --lang says otherwise; answer with 'cs reply TICKET --faq ID'.",
        positionals: [Context.ticketArgument],
        options: [
            .value("limit", "N", kind: .number, "show at most N entries (default 5)"),
            .value("lang", "LANG", kind: .choice(FAQEntry.languages), "only entries in this language"),
        ],
        examples: ["cs suggest K7M2", "cs suggest K7M2 --json | jq -r '.results[0].id'"])

    static func run(_ context: Context) throws {
        let invocation = context.invocation
        let limit = try ValueParsing.limit(invocation) ?? 5
        let (desk, log) = try context.readLog()
        let ticket = try log.readTicket(try desk.ticket(matching: invocation.argument("TICKET") ?? ""))
        let query = FAQSuggestions.query(for: ticket)
        let hits = FAQSuggestions.find(query, limit: limit, lang: invocation.value("lang"), searcher: FAQSearcher.load(desk: desk, log: log))
        FAQText.show(hits, query: query, ticket: ticket.id, none: "no FAQ entry matches ticket \(ticket.id)", context: context)
    }
}
