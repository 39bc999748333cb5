import CSDomain

enum RateCommand: Command {
    static let spec = CommandSpec(
        ["rate"], group: .writing,
        abstract: "record the customer's satisfaction score, 1 to 5",
        positionals: [Context.ticketArgument, .required("SCORE", kind: .choice(["1", "2", "3", "4", "5"]), "1 (poor) to 5 (excellent)")],
        options: [.value("comment", "TEXT", "what the customer said")],
        examples: ["cs rate K7M2 5 --comment \"빠른 처리 감사합니다\""])

    static func run(_ context: Context) throws {
        let word = context.invocation.argument("SCORE") ?? ""
        guard let score = Int(word), (1...5).contains(score) else {
            throw UsageError.invalidValue(what: "SCORE", value: word, expected: "a whole number from 1 to 5")
        }
        let comment = try context.optionalText("comment")
        try context.changeTicket(done: { "recorded a rating of \(score)/5 on \($0.id)" }, unchanged: { $0.id }) { decider, ticket in
            decider.rate(ticket, score: score, comment: comment)
        }
    }
}
