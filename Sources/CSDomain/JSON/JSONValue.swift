/// A parsed JSON value. Objects keep their fields in file order as a small array:
/// event objects have about ten fields, so a linear scan beats hashing.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

public struct JSONObject: Equatable, Sendable {
    public var fields: [(key: String, value: JSONValue)]

    public init(_ fields: [(key: String, value: JSONValue)] = []) {
        self.fields = fields
    }

    public subscript(key: String) -> JSONValue? {
        for field in fields where field.key == key { return field.value }
        return nil
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.fields.count == rhs.fields.count
            && zip(lhs.fields, rhs.fields).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}

extension JSONValue {
    /// The longest string in the value, in UTF-8 bytes (keys included): what a text limit
    /// is checked against.
    public var longestText: Int {
        switch self {
        case .string(let text): return text.utf8.count
        case .array(let items): return items.map(\.longestText).max() ?? 0
        case .object(let object):
            return object.fields.map { max($0.key.utf8.count, $0.value.longestText) }.max() ?? 0
        default: return 0
        }
    }
}
