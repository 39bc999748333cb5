/// Text made safe for one line of a terminal.
enum Terminal {
    /// Newlines and tabs become spaces; other control characters are dropped.
    static func singleLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.compactMap { scalar in
            if scalar == "\n" || scalar == "\t" || scalar == "\r" { return " " }
            return scalar.properties.generalCategory == .control ? nil : scalar
        }))
    }

    /// Stored text as it may reach a terminal: newlines and tabs stay, every other control
    /// character (ESC above all) is shown as a visible `^[`-style escape, so a customer's
    /// message cannot move the cursor or recolour a staff member's screen.
    static func safe(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" {
                result.unicodeScalars.append(scalar)
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                result += "^" + String(UnicodeScalar(UInt8(scalar.value ^ 0x40)))
            } else if (0x80..<0xA0).contains(scalar.value) || scalar.properties.generalCategory == .control {
                result += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
