/// Comma-separated values as RFC 4180 writes them and spreadsheet programs read them: a
/// header row, fields with a comma, quote or line break quoted (quotes doubled), every record
/// ending in CRLF, the last one too. `cs stats --csv` and `cs export --format csv` write it;
/// `cs import` reads it back (`CSVReader`).
enum CSV {
    static func text(_ rows: [[String]]) -> String {
        rows.map { record($0) }.joined()
    }

    static func record(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }

    /// Text a spreadsheet would run as a formula (`=HYPERLINK(...)`, `+cmd|...`, `-`, `@`, a
    /// leading tab or carriage return) is written after a `'`, which the spreadsheet shows
    /// as text: a customer's subject must never run on the agent's computer. `cs import`
    /// takes the `'` off again (`unguarded`).
    static func guarded(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    static func unguarded(_ text: String) -> String {
        guard text.hasPrefix("'"), let second = text.unicodeScalars.dropFirst().first,
            "=+-@\t\r".unicodeScalars.contains(second)
        else { return text }
        return String(text.dropFirst())
    }

    /// The byte order mark spreadsheet programs look for to read a file as UTF-8 (`--bom`).
    static let byteOrderMark = "\u{FEFF}"
}
