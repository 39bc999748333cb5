/// Text made safe for one line of a terminal.
enum Terminal {
    /// Newlines and tabs become spaces; other control characters are dropped.
    static func singleLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.compactMap { scalar in
            if scalar == "\n" || scalar == "\t" || scalar == "\r" { return " " }
            return scalar.properties.generalCategory == .control ? nil : scalar
        }))
    }
}
