/// Strict UTF-8 decoding for the JSON parser. The standard library's
/// `String(validating:)` is generic and, unspecialised, spent a fifth of replay time
/// looking up type metadata. `String(decoding:)` is fast but repairs bad bytes into
/// U+FFFD; comparing its bytes with the input tells whether it had to.
enum UTF8Validation {
    /// The bytes as a String, or nil when they are not valid UTF-8.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        let unchanged = text.withUTF8 { decoded in
            decoded.count == bytes.count
                && (bytes.count == 0 || memcmp(decoded.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
        return unchanged ? text : nil
    }
}
