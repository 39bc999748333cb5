import CSDomain

/// Reads comma-separated values as spreadsheet programs write them (RFC 4180): a UTF-8 byte
/// order mark is skipped, records end in CRLF or LF, a quoted field may hold commas, doubled
/// quotes and line breaks. Each record comes with the line it starts on, for messages.
enum CSVReader {
    enum Problem: Error, Equatable {
        case unterminatedQuote(line: Int)
        case strayQuote(line: Int)
        /// A field longer than `TextLimit` (its record's line).
        case fieldTooLarge(line: Int)
    }

    /// The separator a file uses: a comma, unless its first line has none but has tabs or
    /// semicolons (a TSV, or a CSV from a spreadsheet set to a comma-decimal locale).
    static func separator(of text: String) -> Unicode.Scalar {
        let firstLine = text.unicodeScalars.prefix { $0 != "\n" }
        if firstLine.contains(",") { return "," }
        if firstLine.contains("\t") { return "\t" }
        if firstLine.contains(";") { return ";" }
        return ","
    }

    static func records(_ text: String) throws(Problem) -> [(line: Int, fields: [String])] {
        let separator = separator(of: text)
        var records: [(Int, [String])] = []
        var fields: [String] = []
        var field = ""
        var line = 1, recordLine = 1
        var quoted = false, wasQuoted = false
        // Walked in place: an array of the scalars would take four bytes for each byte read.
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        if index < scalars.endIndex && scalars[index] == "\u{FEFF}" { index = scalars.index(after: index) }
        func next(is wanted: Unicode.Scalar) -> Bool { index < scalars.endIndex && scalars[index] == wanted }
        func endRecord() {
            fields.append(field)
            // A blank line is no record.
            if !(fields.count == 1 && fields[0].isEmpty && !wasQuoted) { records.append((recordLine, fields)) }
            (fields, field, wasQuoted) = ([], "", false)
        }
        func take(_ scalar: Unicode.Scalar) throws(Problem) {
            field.unicodeScalars.append(scalar)
            // A field is at most what `cs note --body-file` takes.
            if field.utf8.count > TextLimit.bytes { throw .fieldTooLarge(line: recordLine) }
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if quoted {
                if scalar == "\"" {
                    if next(is: "\"") {
                        try take("\"")
                        index = scalars.index(after: index)
                    } else {
                        quoted = false
                    }
                } else if scalar == "\r" && next(is: "\n") {
                    // A line break inside a quoted field is kept as a newline, however written.
                    continue
                } else {
                    if scalar == "\n" { line += 1 }
                    try take(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty && !wasQuoted else { throw .strayQuote(line: line) }
                (quoted, wasQuoted) = (true, true)
            case separator:
                fields.append(field)
                (field, wasQuoted) = ("", false)
            case "\r" where next(is: "\n"):
                continue
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                guard !wasQuoted else { throw .strayQuote(line: line) }
                try take(scalar)
            }
        }
        if quoted { throw .unterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
        return records
    }
}
