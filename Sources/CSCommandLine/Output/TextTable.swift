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

    /// Where a cell's text lies in its block's `texts`, its display width, and its colour
    /// (an index into the block's `colours`, -1 for none).
    private struct Stored {
        var start: Int
        var length: Int32
        var width: Int32
        var colour: Int32
    }

    /// Rows built together: their cells' text one after another in one buffer. A table built
    /// in parts (a part of the rows on each core) keeps each part's block as it is, so
    /// joining them copies nothing.
    private struct Block {
        var texts: [UInt8] = []
        var cells: [Stored] = []
        var colours: [String] = []

        /// Cuts the cell at `index` to at most `columns` display columns.
        mutating func cut(_ index: Int, to columns: Int) {
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

    public let header: [String]
    /// Never empty: cells are added to the last block.
    private var blocks = [Block()]

    public init(header: [String]) { self.header = header }

    /// Makes room for `rows` more rows of about `bytes` each.
    public mutating func reserve(rows: Int, bytes: Int) {
        blocks[blocks.count - 1].cells.reserveCapacity(blocks[blocks.count - 1].cells.count + rows * header.count)
        blocks[blocks.count - 1].texts.reserveCapacity(blocks[blocks.count - 1].texts.count + rows * bytes)
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
        let last = blocks.count - 1
        let start = blocks[last].texts.count
        let width = text.withUTF8 { DisplayWidth.of(utf8: $0) }
        text.withUTF8 { blocks[last].texts.append(contentsOf: $0) }
        var index = -1
        if let colour {
            index = blocks[last].colours.firstIndex(of: colour) ?? blocks[last].colours.count
            if index == blocks[last].colours.count { blocks[last].colours.append(colour) }
        }
        blocks[last].cells.append(
            Stored(
                start: start, length: Int32(blocks[last].texts.count - start), width: Int32(width),
                colour: Int32(index)))
    }

    /// Adds every row of `other`, a table of the same columns built apart (a part of the
    /// rows on each core), without copying them.
    public mutating func append(rowsOf other: TextTable) {
        precondition(other.header.count == header.count, "tables joined have the same columns")
        precondition(blocks[blocks.count - 1].cells.count % header.count == 0, "a table joined has whole rows")
        blocks += other.blocks.filter { !$0.cells.isEmpty }
    }

    /// Each column's width: the widest cell in it.
    public var columnWidths: [Int] {
        var widths = header.map { DisplayWidth.of($0) }
        for block in blocks {
            for (index, cell) in block.cells.enumerated() {
                let column = index % header.count
                widths[column] = max(widths[column], Int(cell.width))
            }
        }
        return widths
    }

    /// Cuts every cell of a column to at most `columns` display columns.
    public mutating func cut(column: Int, to columns: Int) {
        for place in blocks.indices {
            for index in stride(from: column, to: blocks[place].cells.count, by: header.count)
            where blocks[place].cells[index].width > columns {
                blocks[place].cut(index, to: columns)
            }
        }
    }

    /// The table as text (a small table: `cs blame`, `cs faq list`, the figures of `stats`).
    public func render(style: Style = Style(enabled: false)) -> String {
        var bytes: [UInt8] = []
        render(style: style) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The table as UTF-8, handed to `emit` a piece of at most 64 KiB at a time: a listing of
    /// 25,000 rows is 2 MB, never held whole a second time (nor checked again as a string).
    public func render(style: Style = Style(enabled: false), _ emit: (UnsafeRawBufferPointer) -> Void) {
        withoutActuallyEscaping(emit) { render(style: style, into: Piece($0)) }
    }

    private func render(style: Style, into piece: consuming Piece) {
        let widths = columnWidths
        let count = header.count
        defer { piece.flush() }
        for (column, title) in header.enumerated() {
            if column > 0 { piece.spaces(2) }
            piece.put(Array(title.utf8))
            if column < count - 1 { piece.spaces(widths[column] - DisplayWidth.of(title)) }
        }
        for block in blocks {
            let paints = block.colours.map {
                style.delimiters($0).map { (Array($0.start.utf8), Array($0.end.utf8)) }
            }
            block.texts.withUnsafeBufferPointer { texts in
                for (index, cell) in block.cells.enumerated() {
                    let column = index % count
                    if column == 0 { piece.put(byte: 0x0A) } else { piece.spaces(2) }
                    let paint = cell.colour >= 0 ? paints[Int(cell.colour)] : nil
                    if let paint { piece.put(paint.0) }
                    piece.put(UnsafeBufferPointer(rebasing: texts[cell.start..<cell.start + Int(cell.length)]))
                    if let paint { piece.put(paint.1) }
                    if column < count - 1 { piece.spaces(widths[column] - Int(cell.width)) }
                }
            }
        }
    }

    /// Bytes gathered into a buffer of 64 KiB that goes out whenever it fills.
    private struct Piece: ~Copyable {
        static let size = 64 * 1024
        let emit: (UnsafeRawBufferPointer) -> Void
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: size)
        var count = 0

        init(_ emit: @escaping (UnsafeRawBufferPointer) -> Void) { self.emit = emit }

        deinit { buffer.deallocate() }

        mutating func put(_ more: UnsafeBufferPointer<UInt8>) {
            if count + more.count > Self.size { flush() }
            guard more.count <= Self.size else { return emit(UnsafeRawBufferPointer(more)) }
            _ = UnsafeMutableBufferPointer(rebasing: buffer[count..<count + more.count]).initialize(
                fromContentsOf: more)
            count += more.count
        }

        mutating func put(_ more: [UInt8]) { more.withUnsafeBufferPointer { put($0) } }

        mutating func put(byte: UInt8) {
            if count == Self.size { flush() }
            buffer[count] = byte
            count += 1
        }

        mutating func spaces(_ spaces: Int) {
            var left = spaces
            while left > 0 {
                if count == Self.size { flush() }
                let now = min(left, Self.size - count)
                UnsafeMutableBufferPointer(rebasing: buffer[count..<count + now]).initialize(repeating: 0x20)
                (count, left) = (count + now, left - now)
            }
        }

        mutating func flush() {
            guard count > 0 else { return }
            emit(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: buffer[..<count])))
            count = 0
        }
    }
}

extension TextTable.Cell: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) { self.init(text) }
}
