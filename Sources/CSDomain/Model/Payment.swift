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

    /// A payment nested as the object `"payment"` (`opened`, `absorbed`), when there is one.
    static func nested(in fields: EventFields) throws(EventDecodingError) -> Payment? {
        try fields.optionalObject("payment").map { (inner) throws(EventDecodingError) in try Payment(from: inner) }
    }

    static func encodeNested(_ payment: Payment?, into writer: inout JSONWriter) {
        guard let payment else { return }
        writer.key("payment")
        writer.beginObject()
        payment.encode(into: &writer)
        writer.endObject()
    }
}
