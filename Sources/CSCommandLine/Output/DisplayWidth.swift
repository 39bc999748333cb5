/// Terminal columns a text takes: Hangul, CJK and full-width forms take two, combining
/// marks and Hangul medial/final jamo none. Tables align by this, not by `count`.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { of(utf8: $0) }
    }

    /// The same, read from UTF-8 (valid, as a String's is) without making a String.
    public static func of(utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var width = 0
        var index = 0
        while index < utf8.count {
            let lead = utf8[index]
            // Printable ASCII, the most common case, is one column a byte.
            if lead >= 0x20 && lead < 0x7F {
                width += 1
                index += 1
                continue
            }
            // A scalar of 1 to 4 bytes: the lead byte says how many, and carries its top bits.
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            var value = UInt32(length == 1 ? lead : lead & (0xFF >> (length + 1)))
            for next in index + 1..<min(index + length, utf8.count) { value = value << 6 | UInt32(utf8[next] & 0x3F) }
            if let scalar = Unicode.Scalar(value) { width += self.width(of: scalar) }
            index += length
        }
        return width
    }

    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        // Combining marks, Hangul medial and final jamo, and the invisible formatting
        // characters (zero-width space and joiners, word joiner, byte order mark, interlinear
        // annotation, musical formatting, tags, variation selectors), as glibc's wcwidth.
        if (0x300...0x36F).contains(value) || (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value)
            || (0x200B...0x200F).contains(value) || (0x2060...0x2064).contains(value)
            || (0xFE00...0xFE0F).contains(value) || value == 0xFEFF || (0xFFF9...0xFFFB).contains(value)
            || (0x1D173...0x1D17A).contains(value) || (0xE0000...0xE0FFF).contains(value)
        {
            return 0
        }
        if (0x1100...0x115F).contains(value) || (0x2E80...0x303E).contains(value) || (0x3041...0x33FF).contains(value)
            || (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
            || (0xA000...0xA4CF).contains(value)
            || (0xA960...0xA97F).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value)
            || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value)
            || (0x1F300...0x1F64F).contains(value) || (0x1F900...0x1F9FF).contains(value)
            || (0x20000...0x3FFFD).contains(value)
        {
            return 2
        }
        return 1
    }

    /// Pads with spaces on the right to `columns` display columns.
    public static func pad(_ text: String, to columns: Int) -> String {
        let width = of(text)
        return width >= columns ? text : text + String(repeating: " ", count: columns - width)
    }

    /// Cuts to at most `columns` display columns, ending in "…" when something was cut.
    public static func truncate(_ text: String, to columns: Int) -> String {
        guard of(text) > columns else { return text }
        guard columns > 0 else { return "" }
        var result = ""
        var used = 0
        for character in text {
            let width = of(String(character))
            if used + width > columns - 1 { break }
            result.append(character)
            used += width
        }
        return result + "…"
    }
}
