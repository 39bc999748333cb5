import CSDomain

/// Stored text made safe for a terminal. Text in the log is kept faithfully; only on its
/// way to a person's screen are the characters that would act rather than show made
/// visible: control characters (ESC above all) and the bidirectional controls (U+202E and
/// its kin reorder what is read, so `txt.exe` can show as `exe.txt`).
enum Terminal {
    /// For one line of a table or header: newlines and tabs become spaces, every other
    /// control character is shown escaped.
    /// Bytes as typed, with the ones that are not printable ASCII written `\xE9`.
    static func escapedBytes(_ bytes: [UInt8]) -> String {
        bytes.map { byte in
            guard byte < 0x20 || byte >= 0x7F else { return String(UnicodeScalar(byte)) }
            return "\\x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
        }.joined()
    }

    /// Cut to at most `columns` display columns, as `DisplayWidth.truncate`, but never inside
    /// an escape written here (`\u{202e}`, `^[`): half of one would read as text.
    static func truncate(_ text: String, to columns: Int) -> String {
        let cut = DisplayWidth.truncate(text, to: columns)
        guard cut != text, cut.hasSuffix("…") else { return cut }
        var kept = Substring(cut.dropLast())
        if let open = kept.ranges(of: "\\u{").last, !kept[open.upperBound...].contains("}") {
            kept = kept[..<open.lowerBound]
        } else if kept.hasSuffix("^") {
            kept = kept.dropLast()
        }
        return kept + "…"
    }

    static func singleLine(_ text: String) -> String {
        escaped(text, keepLayout: false)
    }

    /// For a body shown as written: newlines and tabs stay, everything else that acts is
    /// shown as `^[`, `\u{202e}`, so a customer's message cannot move the cursor, recolour a
    /// staff member's screen or reorder the text around it.
    static func safe(_ text: String) -> String {
        escaped(text, keepLayout: true)
    }

    /// A plain loop over the bytes (`contains(where:)` with a closure showed in `cs list`'s
    /// profile: it runs for three cells of every row).
    private static func mayAct(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            for byte in utf8 where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2 {
                return true
            }
            return false
        }
    }

    private static func escaped(_ text: String, keepLayout: Bool) -> String {
        // Most text has none of them: bytes below 0x20 or 0x7F, or the lead bytes of C1
        // controls (0xC2), U+061C (0xD8) and the bidirectional and line-separator
        // characters (0xE2). Such text is returned as it is, unscanned by scalar.
        if !mayAct(text) { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" || (scalar == "\r" && !keepLayout) {
                if keepLayout { result.unicodeScalars.append(scalar) } else { result += " " }
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                result += "^" + String(UnicodeScalar(UInt8(scalar.value ^ 0x40)))
            } else if (0x80..<0xA0).contains(scalar.value) || Names.isBidiControl(scalar)
                || scalar.value == 0x2028 || scalar.value == 0x2029
            {
                result += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
