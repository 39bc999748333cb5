/// Rows of cells printed in aligned columns, measured by display width. A cell may carry
/// a colour, applied after padding so escape codes never shift a column. The last column
/// is not padded, so lines carry no trailing spaces.
///
/// Cells are kept as UTF-8 one after another in one buffer, each measured once, and the
/// table is written as bytes: `cs list` of 25,000 tickets built 175,000 strings, an array a
/// row and the joined lines before this, a third of its time.
public struct TextTable {
    public struct Cell {
        public var text: String
        public var colour: String?

        public init(_ text: String, colour: String? = nil) {
            self.text = text
            self.colour = colour
        }
    }

    /// Where a cell's text lies in `texts`, its display width, and its colour (an index
    /// into `colours`, -1 for none).
    private struct Stored {
        var start: Int
        var length: Int32
        var width: Int32
        var colour: Int32
    }

    public let header: [String]
    private var texts: [UInt8] = []
    private var cells: [Stored] = []
    private var colours: [String] = []

    public init(header: [String]) { self.header = header }

    /// Makes room for `rows` more rows of about `bytes` each.
    public mutating func reserve(rows: Int, bytes: Int) {
        cells.reserveCapacity(cells.count + rows * header.count)
        texts.reserveCapacity(texts.count + rows * bytes)
    }

    /// Adds a row: one cell for each column of the header.
    public mutating func append(_ row: [Cell]) {
        precondition(row.count == header.count, "a row has a cell for each column")
        for cell in row { add(cell.text, colour: cell.colour) }
    }

    /// Adds the next cell, filling rows left to right (a row of `header.count` cells
    /// without building an array for it).
    public mutating func add(_ text: String, colour: String? = nil) {
        var text = text
        let start = texts.count
        let width = text.withUTF8 { DisplayWidth.of(utf8: $0) }
        text.withUTF8 { texts.append(contentsOf: $0) }
        var index = -1
        if let colour {
            index = colours.firstIndex(of: colour) ?? colours.count
            if index == colours.count { colours.append(colour) }
        }
        cells.append(
            Stored(start: start, length: Int32(texts.count - start), width: Int32(width), colour: Int32(index)))
    }

    /// Each column's width: the widest cell in it.
    public var columnWidths: [Int] {
        var widths = header.map { DisplayWidth.of($0) }
        for (index, cell) in cells.enumerated() {
            let column = index % header.count
            widths[column] = max(widths[column], Int(cell.width))
        }
        return widths
    }

    /// Cuts every cell of a column to at most `columns` display columns.
    public mutating func cut(column: Int, to columns: Int) {
        for index in stride(from: column, to: cells.count, by: header.count) where cells[index].width > columns {
            let cell = cells[index]
            let text = String(decoding: texts[cell.start..<cell.start + Int(cell.length)], as: UTF8.self)
            var cut = Terminal.truncate(text, to: columns)
            // Written over the old text when it fits there (the ellipsis takes three bytes,
            // so a cut ASCII text can be longer), else after every other text.
            cut.withUTF8 { utf8 in
                let start = utf8.count <= Int(cell.length) ? cell.start : texts.count
                if start == texts.count { texts.append(contentsOf: utf8) }
                for (offset, byte) in utf8.enumerated() { texts[start + offset] = byte }
                cells[index].start = start
                cells[index].length = Int32(utf8.count)
                cells[index].width = Int32(DisplayWidth.of(utf8: utf8))
            }
        }
    }

    /// The table as text, written straight into the string's own storage (a listing of
    /// 25,000 rows is 2 MB: no second buffer to copy from).
    public func render(style: Style = Style(enabled: false)) -> String {
        let widths = columnWidths
        let count = header.count
        let paints = colours.map { style.delimiters($0).map { (Array($0.start.utf8), Array($0.end.utf8)) } }
        // The exact length first: every piece below, counted.
        var size = 2 * (count - 1)
        for (column, title) in header.enumerated() {
            size += title.utf8.count + (column < count - 1 ? widths[column] - DisplayWidth.of(title) : 0)
        }
        for (index, cell) in cells.enumerated() {
            let column = index % count
            size += (column == 0 ? 1 : 2) + Int(cell.length)
            if column < count - 1 { size += widths[column] - Int(cell.width) }
            if cell.colour >= 0, let paint = paints[Int(cell.colour)] { size += paint.0.count + paint.1.count }
        }
        return String(unsafeUninitializedCapacity: size) { out in
            var at = 0
            func put<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
                for byte in bytes {
                    out[at] = byte
                    at += 1
                }
            }
            func spaces(_ count: Int) {
                for _ in 0..<count {
                    out[at] = 0x20
                    at += 1
                }
            }
            for (column, title) in header.enumerated() {
                if column > 0 { spaces(2) }
                put(title.utf8)
                if column < count - 1 { spaces(widths[column] - DisplayWidth.of(title)) }
            }
            texts.withUnsafeBufferPointer { texts in
                for (index, cell) in cells.enumerated() {
                    let column = index % count
                    if column == 0 {
                        out[at] = 0x0A
                        at += 1
                    } else {
                        spaces(2)
                    }
                    let paint = cell.colour >= 0 ? paints[Int(cell.colour)] : nil
                    if let paint { put(paint.0) }
                    let text = UnsafeBufferPointer(rebasing: texts[cell.start..<cell.start + Int(cell.length)])
                    UnsafeMutableBufferPointer(rebasing: out[at..<at + text.count]).initialize(fromContentsOf: text)
                    at += text.count
                    if let paint { put(paint.1) }
                    if column < count - 1 { spaces(widths[column] - Int(cell.width)) }
                }
            }
            return at
        }
    }
}

extension TextTable.Cell: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) { self.init(text) }
}
