/// A strict JSON parser over UTF-8 bytes, written by hand because replay decodes a
/// million lines and Foundation's JSONDecoder is four times too slow for that.
public enum JSONParseError: Error, Equatable, Sendable {
    /// `offset` is the byte offset in the input where the problem was noticed.
    case syntax(JSONSyntax, offset: Int)
}

/// What is wrong with JSON text: facts the command line words in the reader's language.
public enum JSONSyntax: Sendable, Equatable, CaseIterable {
    case controlCharacter, expectedCommaOrBracket, expectedCommaOrBrace, expectedColon, expectedFieldName
    case invalidUnicodeEscape, invalidEscape, malformedNumber, nestedTooDeeply, unexpectedCharacter, unexpectedEnd
    case trailingText, unpairedSurrogate, unterminatedString, expectedString, invalidUTF8, numberOutOfRange
    case notAnObject
    /// The line could not be read as JSON, and no parser said why.
    case unreadable
}

public struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index: Int
    /// The input is an object whose closing brace was cut off on purpose (an event line
    /// read up to its checksum field): reaching the end inside it closes it.
    private var closingImplied = false

    /// Parses one complete JSON document; trailing non-space bytes are an error.
    public static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, closingImplied: Bool = false
    ) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(bytes: bytes, index: 0, closingImplied: closingImplied)
        parser.skipSpace()
        let value = try parser.parseValue(depth: 0)
        parser.skipSpace()
        if parser.index != bytes.count { throw parser.error(.trailingText) }
        return value
    }

    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        var copy = Array(text.utf8)
        return try copy.withUnsafeMutableBufferPointer { buffer throws(JSONParseError) in
            try parse(UnsafeBufferPointer(buffer))
        }
    }

    private static let maxDepth = 64

    /// Bytes that need no attention inside a string: not a quote, backslash or control.
    private static let plainStringByte: [Bool] = (0...255).map { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }

    private func error(_ what: JSONSyntax) -> JSONParseError { .syntax(what, offset: index) }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth < Self.maxDepth else { throw error(.nestedTooDeeply) }
        guard index < bytes.count else { throw error(.unexpectedEnd) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return .object(try parseObject(depth: depth))
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error(.unexpectedCharacter)
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONParseError) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw error(.unexpectedEnd) }
        let start = word.utf8Start
        for offset in 0..<count where bytes[index + offset] != start[offset] {
            throw error(.unexpectedCharacter)
        }
        index += count
    }

    private mutating func parseObject(depth: Int) throws(JSONParseError) -> JSONObject {
        index += 1
        var fields: [(key: String, value: JSONValue)] = []
        fields.reserveCapacity(12)
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return JSONObject(fields) }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error(.expectedFieldName) }
            let key = try parseString()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error(.expectedColon) }
            index += 1
            skipSpace()
            let value = try parseValue(depth: depth + 1)
            fields.append((key, value))
            skipSpace()
            if index == bytes.count && closingImplied && depth == 0 { return JSONObject(fields) }
            guard index < bytes.count else { throw error(.unexpectedEnd) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return JSONObject(fields) }
            throw error(.expectedCommaOrBrace)
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONParseError) -> JSONValue {
        index += 1
        var items: [JSONValue] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try parseValue(depth: depth + 1))
            skipSpace()
            guard index < bytes.count else { throw error(.unexpectedEnd) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
            throw error(.expectedCommaOrBracket)
        }
    }

    private mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        var isInteger = true
        var sawDigit = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                sawDigit = true
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            {
                isInteger = false
            } else {
                break
            }
            index += 1
        }
        guard sawDigit else { throw error(.malformedNumber) }
        if isInteger {
            let negative = bytes[start] == UInt8(ascii: "-")
            let digitsStart = negative ? start + 1 : start
            guard index - digitsStart == 1 || bytes[digitsStart] != UInt8(ascii: "0") else {
                throw JSONParseError.syntax(.malformedNumber, offset: start)
            }
            var value: Int64 = 0
            for position in digitsStart..<index {
                let digit = Int64(bytes[position] - UInt8(ascii: "0"))
                let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (next, overflow2) =
                    negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
                guard !overflow1 && !overflow2 else {
                    throw JSONParseError.syntax(.numberOutOfRange, offset: start)
                }
                value = next
            }
            return .int(value)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw JSONParseError.syntax(.malformedNumber, offset: start)
        }
        return .double(value)
    }

    private mutating func parseString() throws(JSONParseError) -> String {
        index += 1
        let start = index
        // Fast path: no escapes, so the bytes between the quotes are the string.
        while index < bytes.count {
            let byte = bytes[index]
            if JSONParser.plainStringByte[Int(byte)] { index += 1; continue }
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                guard let text = UTF8Validation.string(slice) else {
                    throw JSONParseError.syntax(.invalidUTF8, offset: start)
                }
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error(.controlCharacter) }
            index += 1
        }
        var scratch = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                let decoded = scratch.withUnsafeBufferPointer { UTF8Validation.string($0) }
                guard let text = decoded else {
                    throw JSONParseError.syntax(.invalidUTF8, offset: start)
                }
                return text
            case UInt8(ascii: "\\"):
                index += 1
                try appendEscape(to: &scratch)
            case 0..<0x20:
                throw error(.controlCharacter)
            default:
                scratch.append(byte)
                index += 1
            }
        }
        throw error(.unterminatedString)
    }

    private mutating func appendEscape(to scratch: inout [UInt8]) throws(JSONParseError) {
        guard index < bytes.count else { throw error(.unterminatedString) }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): scratch.append(0x22)
        case UInt8(ascii: "\\"): scratch.append(0x5C)
        case UInt8(ascii: "/"): scratch.append(0x2F)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try parseHex4()
            if (0xD800..<0xDC00).contains(scalar) {
                // A high surrogate must be followed by an escaped low surrogate.
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else {
                    throw error(.unpairedSurrogate)
                }
                index += 2
                let low = try parseHex4()
                guard (0xDC00..<0xE000).contains(low) else { throw error(.unpairedSurrogate) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(scalar) {
                throw error(.unpairedSurrogate)
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw error(.invalidUnicodeEscape) }
            scratch.append(contentsOf: String(Character(unicode)).utf8)
        default:
            throw error(.invalidEscape)
        }
    }

    private mutating func parseHex4() throws(JSONParseError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error(.invalidUnicodeEscape) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error(.invalidUnicodeEscape)
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }
}
