import CSDomain

enum RateCommand: Command {
    /// The scores the domain accepts (`Rating.scores`), offered as words.
    static let score = Argument<Int>("SCORE", kind: .choice(Rating.scores.map(String.init)), help: .rateScore) {
        word, name throws(UsageError) in
        guard let score = Int(word), Rating.scores.contains(score) else {
            throw .invalidChoice(option: name, value: word, allowed: Rating.scores.map(String.init))
        }
        return score
    }
    static let comment = Option.text("comment", "TEXT", help: .rateComment)

    static let path = ["rate"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .rateAbstract, arguments: [Common.ticket, score], options: [comment],
        examples: ["cs rate K7M2 5 --comment \"빠른 처리 감사합니다\""])

    static func run(_ context: Context) throws(Failure) {
        let score = try context.invocation[Self.score]
        let comment = try context.input.text(Self.comment)
        try context.desk.changeTicket(done: { .rated(ticket: $0.id, score: score) }) {
            (decider, ticket) throws(Failure) in
            try Failure.catching(refusal: decider.rate(ticket, score: score, comment: comment))
        }
    }
}
