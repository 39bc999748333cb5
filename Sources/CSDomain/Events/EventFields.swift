/// Typed access to an event line's fields, each failure naming the field at fault. Backed
/// by a parsed tree (FAQ files, tests) or by the line's own bytes, read on demand (replay).
public struct EventFields {
    enum Storage {
        case tree(JSONObject)
        case flat(FlatObject)
    }

    let storage: Storage
    /// False when replay builds summaries: the conversation's text (`threadText`) is then
    /// checked to be there but not decoded, which was a fifth of a large replay.
    var readsThreadText = true

    public init(_ object: JSONObject) { storage = .tree(object) }

    init(_ flat: FlatObject, readsThreadText: Bool = true) {
        storage = .flat(flat)
        self.readsThreadText = readsThreadText
    }

    /// The text of a message, reply or note: required and not empty. Empty when the thread
    /// is not being read (see `readsThreadText`).
    public func threadText(_ name: String) throws(EventDecodingError) -> String {
        guard !readsThreadText, case .flat(let flat) = storage else { return try text(name) }
        guard let field = flat.field(name) else { throw .missingField(name) }
        guard field.kind == .string else { throw .wrongType(field: name, expected: .string) }
        guard field.value.count > 2 else { throw .badValue(field: name, value: "") }
        return ""
    }

    /// An optional message text (the opening one), under the same rule as `threadText`.
    public func optionalThreadText(_ name: String) throws(EventDecodingError) -> String? {
        guard !readsThreadText, case .flat(let flat) = storage else { return try optionalString(name) }
        guard let field = flat.field(name), field.kind != .literal else { return nil }
        guard field.kind == .string else { throw .wrongType(field: name, expected: .string) }
        return ""
    }

    /// The field's value; objects are not read this way (see `optionalObject`).
    private func raw(_ name: String) throws(EventDecodingError) -> JSONValue? {
        switch storage {
        case .tree(let object):
            return object[name]
        case .flat(let flat):
            guard let field = flat.field(name) else { return nil }
            if field.kind == .object || field.kind == .array { return .object(JSONObject()) }  // a marker: not a scalar
            do throws(JSONParseError) {
                return try flat.value(field)
            } catch {
                guard case .syntax(let what, _) = error else { return nil }
                throw .syntax(what)
            }
        }
    }

    public func string(_ name: String) throws(EventDecodingError) -> String {
        guard let value = try raw(name) else { throw .missingField(name) }
        guard case .string(let text) = value else { throw .wrongType(field: name, expected: .string) }
        return text
    }

    /// A required string that may not be empty (subjects, reasons, names).
    public func text(_ name: String) throws(EventDecodingError) -> String {
        let value = try string(name)
        guard !value.isEmpty else { throw .badValue(field: name, value: "") }
        return value
    }

    public func optionalString(_ name: String) throws(EventDecodingError) -> String? {
        switch try raw(name) {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw .wrongType(field: name, expected: .string)
        }
    }

    public func int(_ name: String) throws(EventDecodingError) -> Int64 {
        guard let value = try raw(name) else { throw .missingField(name) }
        guard case .int(let number) = value else { throw .wrongType(field: name, expected: .wholeNumber) }
        return number
    }

    public func optionalInt(_ name: String) throws(EventDecodingError) -> Int64? {
        guard let value = try raw(name) else { return nil }
        guard case .int(let number) = value else { throw .wrongType(field: name, expected: .wholeNumber) }
        return number
    }

    public func strings(_ name: String) throws(EventDecodingError) -> [String] {
        let items: [JSONValue]
        switch storage {
        case .tree(let object):
            switch object[name] {
            case nil, .null?: return []
            case .array(let values)?: items = values
            default: throw .wrongType(field: name, expected: .listOfStrings)
            }
        case .flat(let flat):
            guard let field = flat.field(name) else { return [] }
            switch field.kind {
            case .literal where flat.slice(field.value).elementsEqual("null".utf8): return []
            case .array:
                guard case .array(let values)? = try? JSONParser.parse(flat.slice(field.value)) else {
                    throw .wrongType(field: name, expected: .listOfStrings)
                }
                items = values
            default: throw .wrongType(field: name, expected: .listOfStrings)
            }
        }
        var result: [String] = []
        for item in items {
            guard case .string(let text) = item else { throw .wrongType(field: name, expected: .listOfStrings) }
            result.append(text)
        }
        return result
    }

    public func optionalObject(_ name: String) throws(EventDecodingError) -> EventFields? {
        switch storage {
        case .tree(let object):
            switch object[name] {
            case nil, .null?: return nil
            case .object(let inner)?: return EventFields(inner)
            default: throw .wrongType(field: name, expected: .object)
            }
        case .flat(let flat):
            guard let field = flat.field(name) else { return nil }
            switch field.kind {
            case .literal where flat.slice(field.value).elementsEqual("null".utf8): return nil
            case .object:
                guard let inner = try? FlatObject(flat.slice(field.value)) else {
                    throw .wrongType(field: name, expected: .object)
                }
                return EventFields(inner)
            default: throw .wrongType(field: name, expected: .object)
            }
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

    /// A time, RFC 3339 in UTC as cs writes them.
    public func timestamp(_ name: String) throws(EventDecodingError) -> Timestamp {
        guard let time = try optionalTimestamp(name) else { throw .missingField(name) }
        return time
    }

    public func optionalTimestamp(_ name: String) throws(EventDecodingError) -> Timestamp? {
        guard let text = try optionalString(name) else { return nil }
        guard let time = Timestamp(rfc3339: text) else { throw .badValue(field: name, value: text) }
        return time
    }

    /// A word the field may leave out.
    public func optionalValue<Value: RawRepresentable>(
        _ name: String, as type: Value.Type
    ) throws(EventDecodingError) -> Value? where Value.RawValue == String {
        guard let raw = try optionalString(name) else { return nil }
        guard let value = Value(rawValue: raw) else { throw .badValue(field: name, value: raw) }
        return value
    }

    /// Money as stored: an integer of minor units in `amountField`, beside its ISO 4217 code
    /// in `currency` (see `JSONWriter.money`).
    public func money(_ amountField: String, currencyField: String = "currency") throws(EventDecodingError) -> Money {
        let amount = try int(amountField)
        let code = try string(currencyField)
        guard let currency = Currency(code: code) else { throw .badValue(field: currencyField, value: code) }
        return Money(minorUnits: amount, currency: currency)
    }
}
