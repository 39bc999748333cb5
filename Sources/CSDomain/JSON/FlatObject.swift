/// One JSON object's fields found in a single pass over its bytes, each value kept as a
/// range of those bytes and decoded only when read. Replay reads a million event lines and
/// needs a few fields of each: building a tree of every value (strings, arrays, a boxed
/// enum per field) was most of its time. The whole object's syntax is still checked here;
/// a string's UTF-8 is checked when it is read (`cs verify` reads every one).
struct FlatObject {
    enum Kind: UInt8 { case string, number, literal, object, array }

    struct Field {
        /// The key's bytes, without quotes (a key with escapes never matches a plain name).
        var key: Range<Int>
        var keyHasEscapes: Bool
        /// The value's bytes; for a string, with its quotes.
        var value: Range<Int>
        var kind: Kind
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var fields: [Field] = []

    /// Parses `bytes` as one object; `closingImplied`: the closing brace was cut off on
    /// purpose (an event line read up to its checksum field).
    init(_ bytes: UnsafeBufferPointer<UInt8>, closingImplied: Bool = false) throws(JSONParseError) {
        self.bytes = bytes
        fields.reserveCapacity(12)
        var scanner = Scanner(bytes: bytes)
        scanner.skipSpace()
        guard scanner.index < bytes.count, bytes[scanner.index] == UInt8(ascii: "{") else {
            throw scanner.error(scanner.index < bytes.count ? .notAnObject : .unexpectedEnd)
        }
        scanner.index += 1
        scanner.skipSpace()
        if scanner.index < bytes.count, bytes[scanner.index] == UInt8(ascii: "}") {
            scanner.index += 1
        } else {
            while true {
                scanner.skipSpace()
                guard scanner.index < bytes.count, bytes[scanner.index] == UInt8(ascii: "\"") else {
                    throw scanner.error(.expectedFieldName)
                }
                let keyStart = scanner.index + 1
                let keyEscaped = try scanner.skipString()
                let key = keyStart..<(scanner.index - 1)
                scanner.skipSpace()
                guard scanner.index < bytes.count, bytes[scanner.index] == UInt8(ascii: ":") else {
                    throw scanner.error(.expectedColon)
                }
                scanner.index += 1
                scanner.skipSpace()
                let start = scanner.index
                let kind = try scanner.skipValue(depth: 1)
                fields.append(Field(key: key, keyHasEscapes: keyEscaped, value: start..<scanner.index, kind: kind))
                scanner.skipSpace()
                if scanner.index == bytes.count && closingImplied { return }
                guard scanner.index < bytes.count else { throw scanner.error(.unexpectedEnd) }
                if bytes[scanner.index] == UInt8(ascii: ",") { scanner.index += 1; continue }
                if bytes[scanner.index] == UInt8(ascii: "}") { scanner.index += 1; break }
                throw scanner.error(.expectedCommaOrBrace)
            }
        }
        scanner.skipSpace()
        guard scanner.index == bytes.count else { throw scanner.error(.trailingText) }
    }

    /// The field named `name`, the first if a name repeats.
    func field(_ name: String) -> Field? {
        var name = name
        return name.withUTF8 { wanted in
            for field in fields where !field.keyHasEscapes && field.key.count == wanted.count {
                if wanted.count == 0
                    || memoryEqual(bytes.baseAddress! + field.key.lowerBound, wanted.baseAddress!, wanted.count)
                {
                    return field
                }
            }
            return nil
        }
    }

    func slice(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[range]) }

    /// A string field's text, escapes decoded, UTF-8 checked.
    func string(_ field: Field) throws(JSONParseError) -> String {
        let inner = (field.value.lowerBound + 1)..<(field.value.upperBound - 1)
        if !slice(inner).contains(UInt8(ascii: "\\")) {
            guard let text = UTF8Validation.string(slice(inner)) else {
                throw .syntax(.invalidUTF8, offset: field.value.lowerBound)
            }
            return text
        }
        guard case .string(let text) = try JSONParser.parse(slice(field.value)) else {
            throw .syntax(.expectedString, offset: field.value.lowerBound)
        }
        return text
    }

    /// A value that is not an object, as the tree parser reads it.
    func value(_ field: Field) throws(JSONParseError) -> JSONValue {
        if field.kind == .string { return .string(try string(field)) }
        return try JSONParser.parse(slice(field.value))
    }

    private func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        for offset in 0..<count where a[offset] != b[offset] { return false }
        return true
    }

    /// Skips over values, checking their syntax, without building them.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        static let maxDepth = 64
        /// Bytes that need no attention inside a string: not a quote, backslash or control.
        static let plain: [Bool] = (0...255).map { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }

        func error(_ what: JSONSyntax) -> JSONParseError { .syntax(what, offset: index) }

        mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        /// From an opening quote to just past the closing one; whether there were escapes.
        mutating func skipString() throws(JSONParseError) -> Bool {
            index += 1
            var escaped = false
            let raw = UnsafeRawBufferPointer(bytes)
            while index < bytes.count {
                // Eight bytes at a time while none is a quote, a backslash or a control byte:
                // message bodies are most of a log's bytes.
                while index + 8 <= bytes.count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if Scanner.needsAttention(word) { break }
                    index += 8
                }
                guard index < bytes.count else { break }
                let byte = bytes[index]
                if Scanner.plain[Int(byte)] { index += 1; continue }
                if byte == UInt8(ascii: "\"") { index += 1; return escaped }
                if byte < 0x20 { throw error(.controlCharacter) }
                // A backslash: check the escape's form; the tree parser decodes it when read.
                escaped = true
                index += 1
                guard index < bytes.count else { break }
                switch bytes[index] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 1
                case UInt8(ascii: "u"):
                    guard index + 4 < bytes.count,
                        (1...4).allSatisfy({ Scanner.isHex(bytes[index + $0]) })
                    else { throw error(.invalidUnicodeEscape) }
                    index += 5
                default:
                    throw error(.invalidEscape)
                }
            }
            throw error(.unterminatedString)
        }

        private static let ones: UInt64 = 0x0101_0101_0101_0101
        private static let highs: UInt64 = 0x8080_8080_8080_8080

        /// Whether any byte of `word` is `"`, `\` or below 0x20 (it may say so of a word with
        /// none: the byte loop then looks closer).
        @inline(__always) static func needsAttention(_ word: UInt64) -> Bool {
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            let zeroInQuote = (quote &- ones) & ~quote
            let zeroInBackslash = (backslash &- ones) & ~backslash
            let control = (word &- ones &* 0x20) & ~word
            return (zeroInQuote | zeroInBackslash | control) & highs != 0
        }

        static func isHex(_ byte: UInt8) -> Bool {
            (byte >= 48 && byte <= 57) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
        }

        mutating func skipValue(depth: Int) throws(JSONParseError) -> Kind {
            guard depth < Scanner.maxDepth else { throw error(.nestedTooDeeply) }
            guard index < bytes.count else { throw error(.unexpectedEnd) }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                _ = try skipString()
                return .string
            case UInt8(ascii: "{"):
                try skipContainer(close: UInt8(ascii: "}"), keyed: true, depth: depth)
                return .object
            case UInt8(ascii: "["):
                try skipContainer(close: UInt8(ascii: "]"), keyed: false, depth: depth)
                return .array
            case UInt8(ascii: "t"): try skipWord("true"); return .literal
            case UInt8(ascii: "f"): try skipWord("false"); return .literal
            case UInt8(ascii: "n"): try skipWord("null"); return .literal
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let start = index
                while index < bytes.count {
                    switch bytes[index] {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                        UInt8(ascii: "e"), UInt8(ascii: "E"):
                        index += 1
                    default:
                        // Leading zeros, lone signs and the like: the number parser says what is wrong.
                        _ = try JSONParser.parse(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                        return .number
                    }
                }
                _ = try JSONParser.parse(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                return .number
            default:
                throw error(.unexpectedCharacter)
            }
        }

        mutating func skipWord(_ word: StaticString) throws(JSONParseError) {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { throw error(.unexpectedEnd) }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
                throw error(.unexpectedCharacter)
            }
            index += count
        }

        mutating func skipContainer(close: UInt8, keyed: Bool, depth: Int) throws(JSONParseError) {
            index += 1
            skipSpace()
            if index < bytes.count, bytes[index] == close { index += 1; return }
            while true {
                skipSpace()
                if keyed {
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                        throw error(.expectedFieldName)
                    }
                    _ = try skipString()
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error(.expectedColon) }
                    index += 1
                    skipSpace()
                }
                _ = try skipValue(depth: depth + 1)
                skipSpace()
                guard index < bytes.count else { throw error(.unexpectedEnd) }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == close { index += 1; return }
                throw error(keyed ? .expectedCommaOrBrace : .expectedCommaOrBracket)
            }
        }
    }
}
