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
        let ticket = try context.readTicket(invocation.argument("TICKET") ?? "")
        let query = FAQSuggestions.query(for: ticket)
        let hits = try FAQSuggestions.find(query, limit: limit, lang: invocation.value("lang"), context: context)
        FAQText.show(hits, query: query, ticket: ticket.id, none: "no FAQ entry matches ticket \(ticket.id)", context: context)
    }
}
