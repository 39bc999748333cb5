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

    /// The byte order mark spreadsheet programs look for to read a file as UTF-8 (`--bom`).
    static let byteOrderMark = "\u{FEFF}"
}
