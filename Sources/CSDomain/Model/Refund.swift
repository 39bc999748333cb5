/// Money returned against a ticket's payment, as the ticket keeps it.
public struct Refund: Equatable, Sendable {
    /// Whether it counts against the payment.
    public enum Standing: String, Sendable, CaseIterable {
        /// Counted: the usual case.
        case counted
        /// Marked as a conflict (see `Conflict`) and not counted, until settled.
        case contested
        /// Not counted: a settlement (`cs resolve`) found it does not stand.
        case void
    }

    public var eventID: String
    public var amount: Money
    public var reason: String
    public var idempotencyKey: String?
    /// What makes two keys one (see `IdempotencyKey.identity`).
    public var keyIdentity: String?
    public var at: Timestamp
    public var by: String
    public var standing = Standing.counted

    public init(
        eventID: String, amount: Money, reason: String, idempotencyKey: String?, keyIdentity: String?,
        at: Timestamp, by: String, standing: Standing = .counted
    ) {
        self.eventID = eventID
        self.amount = amount
        self.reason = reason
        self.idempotencyKey = idempotencyKey
        self.keyIdentity = keyIdentity
        self.at = at
        self.by = by
        self.standing = standing
    }
}
