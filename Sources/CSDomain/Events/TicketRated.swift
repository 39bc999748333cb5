/// The customer's satisfaction score (1–5). A later rating replaces an earlier one.
public struct TicketRated: TicketEventKind, Equatable {
    public static let type = "rated"

    public var score: Int
    public var comment: String?

    public init(score: Int, comment: String?) {
        self.score = score
        self.comment = comment
    }

    public init(from fields: EventFields) throws(EventDecodingError) {
        let value = try fields.int("score")
        guard Rating.scores.contains(Int(clamping: value)) else {
            throw .badValue(field: "score", value: String(value))
        }
        score = Int(value)
        comment = try fields.optionalString("comment")
    }

    public func encode(into writer: inout JSONWriter) {
        writer.int("score", Int64(score))
        writer.stringIfPresent("comment", comment)
    }

    public func apply(to ticket: inout Ticket, by actor: String, at time: Timestamp, eventID: String) {
        ticket.rating = Rating(score: score, comment: comment)
        ticket.record(ThreadEntry(by: ticket.customer.name, at: time, content: .rating(score, comment: comment)))
    }
}

public struct Rating: Equatable, Sendable {
    /// 1 (poor) to 5 (excellent).
    public static let scores = 1...5

    public var score: Int
    public var comment: String?
}
