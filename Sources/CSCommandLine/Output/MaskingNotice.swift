import CSDomain

/// What the masking writer changed, told on standard error: one line per kind of number
/// and field, naming the field as the person typed it.
extension Context {
    func reportMasking(_ masked: [MaskedField]) {
        var seen = Set<String>()
        for item in masked {
            let line = "masked a \(item.kind.rawValue) in \(Self.fieldName(item.field)) before writing it "
                + "(only the last four digits are kept)"
            if seen.insert(line).inserted { warn(line) }
        }
    }

    /// A stored field's name as a person knows it from the command line.
    static func fieldName(_ field: String) -> String {
        switch field {
        case "body": return "the text"
        case "subject": return "the subject"
        case "customer.name": return "the customer's name"
        case "customer.email": return "--email"
        case "customer.phone": return "--phone"
        case "ref", "payment.ref": return "the payment reference"
        case "tags", "added", "removed": return "a tag"
        case "agent": return "the agent's name"
        case "by": return "the acting staff name (--as, CS_AGENT)"
        case "reason": return "--reason"
        case "comment": return "--comment"
        case "idempotencyKey": return "--idempotency-key"
        case "question", "answer", "title", "category": return "the FAQ entry's \(field)"
        default: return "the field '\(field)'"
        }
    }
}
