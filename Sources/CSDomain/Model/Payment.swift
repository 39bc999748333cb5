/// The payment a ticket is about and refunds draw on.
public struct Payment: Equatable, Sendable {
    public var ref: String
    public var amount: Money

    public init(ref: String, amount: Money) {
        self.ref = ref
        self.amount = amount
    }

    /// `ref`, `amount` and `currency`: the same fields in `opened` (nested) and `payment-recorded`.
    init(from fields: EventFields) throws(EventDecodingError) {
        ref = try fields.text("ref")
        amount = try fields.money("amount")
    }

    func encode(into writer: inout JSONWriter) {
        writer.string("ref", ref)
        writer.money("amount", amount)
    }
}
