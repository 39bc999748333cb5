/// Money returned against a ticket's payment, as the ticket keeps it.
public struct Refund: Equatable, Sendable {
    public var eventID: String
    public var amount: Money
    public var reason: String
    public var idempotencyKey: String?
    public var at: Timestamp
    public var by: String
}
