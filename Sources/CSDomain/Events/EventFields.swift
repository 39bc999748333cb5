/// Typed access to an event line's fields, each failure naming the field at fault.
public struct EventFields: Sendable {
    public let object: JSONObject

    public init(_ object: JSONObject) { self.object = object }

    public func string(_ name: String) throws(EventDecodingError) -> String {
        guard let value = object[name] else { throw .missingField(name) }
        guard case .string(let text) = value else { throw .wrongType(field: name, expected: "a string") }
        return text
    }

    /// A required string that may not be empty (subjects, reasons, names).
    public func text(_ name: String) throws(EventDecodingError) -> String {
        let value = try string(name)
        guard !value.isEmpty else { throw .badValue(field: name, value: "") }
        return value
    }

    public func optionalString(_ name: String) throws(EventDecodingError) -> String? {
        switch object[name] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw .wrongType(field: name, expected: "a string")
        }
    }

    public func int(_ name: String) throws(EventDecodingError) -> Int64 {
        guard let value = object[name] else { throw .missingField(name) }
        guard case .int(let number) = value else { throw .wrongType(field: name, expected: "a whole number") }
        return number
    }

    public func strings(_ name: String) throws(EventDecodingError) -> [String] {
        switch object[name] {
        case nil, .null?: return []
        case .array(let items)?:
            var result: [String] = []
            for item in items {
                guard case .string(let text) = item else { throw .wrongType(field: name, expected: "a list of strings") }
                result.append(text)
            }
            return result
        default: throw .wrongType(field: name, expected: "a list of strings")
        }
    }

    public func optionalObject(_ name: String) throws(EventDecodingError) -> EventFields? {
        switch object[name] {
        case nil, .null?: return nil
        case .object(let inner)?: return EventFields(inner)
        default: throw .wrongType(field: name, expected: "an object")
        }
    }

    public func object(_ name: String) throws(EventDecodingError) -> EventFields {
        guard let inner = try optionalObject(name) else { throw .missingField(name) }
        return inner
    }

    public func value<Value: RawRepresentable>(_ name: String, as type: Value.Type) throws(EventDecodingError) -> Value
    where Value.RawValue == String {
        let raw = try string(name)
        guard let value = Value(rawValue: raw) else { throw .badValue(field: name, value: raw) }
        return value
    }

    public func money(_ amountField: String, currencyField: String = "currency") throws(EventDecodingError) -> Money {
        let amount = try int(amountField)
        let code = try string(currencyField)
        guard let currency = Currency(code: code) else { throw .badValue(field: currencyField, value: code) }
        return Money(minorUnits: amount, currency: currency)
    }
}
