/// Strict UTF-8 decoding for the JSON parser. The standard library's
/// `String(validating:)` is generic and, unspecialised, spent a fifth of replay time
/// looking up type metadata. `String(decoding:)` is fast but repairs bad bytes into
/// U+FFFD; comparing its bytes with the input tells whether it had to.
public enum UTF8Validation {
    /// The bytes as a String, or nil when they are not valid UTF-8.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        let unchanged = text.withUTF8 { decoded in
            decoded.count == bytes.count
                && (bytes.count == 0 || memcmp(decoded.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
        return unchanged ? text : nil
    }

    /// The first line (1-based) of a file that is not UTF-8: where a reader's error points.
    public static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
