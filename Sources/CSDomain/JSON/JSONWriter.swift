/// Writes compact JSON with fields in the order they are given, so an event encodes to
/// the same bytes every time (fixture logs are compared byte for byte).
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = []
    /// The field names of the containers being written and of the last key, so a masked
    /// value can be reported by its field (`customer.name`).
    private var containerKeys: [String] = []
    private var lastKey: String?

    /// When set, every string is masked (card and resident registration numbers) before it
    /// is written. Events reach the log only through a masking writer: one path for every
    /// stored text field, whatever the command or the field.
    public var masksSensitiveData = false
    /// What masking changed, by field, in the order written.
    public private(set) var masked: [MaskedField] = []

    public init() { bytes.reserveCapacity(256) }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        needsComma.append(false)
        containerKeys.append(lastKey ?? "")
        lastKey = nil
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma.removeLast()
        lastKey = containerKeys.popLast()
    }

    /// Writes a field name; the value written next belongs to it.
    public mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        lastKey = name
        bytes.append(UInt8(ascii: ":"))
        // The value that follows must not write a comma of its own.
        if !needsComma.isEmpty { needsComma[needsComma.count - 1] = false }
    }

    public mutating func string(_ value: String) {
        separate()
        guard masksSensitiveData else { return appendQuoted(value) }
        let result = SensitiveData.mask(value)
        if !result.masked.isEmpty {
            let field = (containerKeys.filter { !$0.isEmpty } + [lastKey].compactMap { $0 }).joined(separator: ".")
            masked += result.masked.map { MaskedField(field: field, kind: $0) }
        }
        appendQuoted(result.text)
    }
    public mutating func int(_ value: Int64) { separate(); bytes.append(contentsOf: String(value).utf8) }
    public mutating func int(_ value: Int) { int(Int64(value)) }
    public mutating func bool(_ value: Bool) { separate(); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    public mutating func null() { separate(); bytes.append(contentsOf: "null".utf8) }

    public mutating func string(_ name: String, _ value: String) { key(name); string(value) }
    public mutating func int(_ name: String, _ value: Int64) { key(name); int(value) }
    public mutating func bool(_ name: String, _ value: Bool) { key(name); bool(value) }
    public mutating func optionalInt(_ name: String, _ value: Int64?) {
        key(name)
        if let value { int(value) } else { null() }
    }
    /// A number that may be fractional (a rate, a mean), or null; at most four decimals.
    public mutating func optionalNumber(_ name: String, _ value: Double?) {
        key(name)
        guard let value else { return null() }
        if value == value.rounded(), abs(value) < 1e15 { return int(Int64(value)) }
        self.value(.double((value * 10_000).rounded() / 10_000))
    }
    public mutating func optionalString(_ name: String, _ value: String?) {
        key(name)
        if let value { string(value) } else { null() }
    }
    /// Writes the field only when there is a value: event lines stay short.
    public mutating func stringIfPresent(_ name: String, _ value: String?) {
        if let value { string(name, value) }
    }
    /// A value cs made itself that holds nothing personal (a digest): written as it is, never
    /// masked, since a run of its digits can look like a card number.
    public mutating func digest(_ name: String, _ value: String) {
        key(name)
        separate()
        appendQuoted(value)
    }
    /// Money as every event and every JSON output stores it: an integer of minor units under
    /// `name`, and its ISO 4217 code under `currency`.
    public mutating func money(_ name: String, _ money: Money) {
        int(name, money.minorUnits)
        string("currency", money.currency.code)
    }

    public mutating func strings(_ name: String, _ values: [String]) {
        key(name)
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .int(let number): int(number)
        case .double(let number): separate(); bytes.append(contentsOf: "\(number)".utf8)
        case .string(let text): string(text)
        case .array(let items):
            beginArray()
            for item in items { self.value(item) }
            endArray()
        case .object(let object):
            beginObject()
            for field in object.fields { key(field.key); self.value(field.value) }
            endObject()
        }
    }

    private mutating func separate() {
        guard !needsComma.isEmpty else { return }
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20, 0x7F:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// A stored field whose text was masked on its way to the log.
public struct MaskedField: Equatable, Sendable {
    /// The field's name in the event, nested names joined by dots (`customer.name`).
    public var field: String
    public var kind: SensitiveData.Kind
}
