/// Rows of cells printed in aligned columns, measured by display width. A cell may carry
/// a colour, applied after padding so escape codes never shift a column. The last column
/// is not padded, so lines carry no trailing spaces.
public struct TextTable {
    public struct Cell {
        public var text: String { didSet { width = DisplayWidth.of(text) } }
        public var colour: String?
        /// The text's display width, measured once (a table of thousands of rows measures
        /// every cell twice: for the column widths, then for padding).
        public private(set) var width: Int

        public init(_ text: String, colour: String? = nil) {
            self.text = text
            self.colour = colour
            width = DisplayWidth.of(text)
        }
    }

    public var header: [String]
    public var rows: [[Cell]] = []

    public init(header: [String]) { self.header = header }

    /// Each column's width: the widest cell in it.
    public var columnWidths: [Int] {
        var widths = header.map { DisplayWidth.of($0) }
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.width) }
        }
        return widths
    }

    /// Cuts every cell of a column to at most `columns` display columns.
    public mutating func cut(column: Int, to columns: Int) {
        for index in rows.indices where rows[index][column].width > columns {
            rows[index][column].text = DisplayWidth.truncate(rows[index][column].text, to: columns)
        }
    }

    public func render(style: Style = Style(enabled: false)) -> String {
        let widths = columnWidths
        let all = [header.map { Cell($0) }] + rows
        return all.map { row in
            row.enumerated().map { column, cell in
                let padding = column == row.count - 1 ? 0 : widths[column] - cell.width
                return style.paint(cell.text, cell.colour) + String(repeating: " ", count: padding)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}

extension TextTable.Cell: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) { self.init(text) }
}
