import CSDomain
import Testing

@testable import CSCommandLine

/// `cs list` builds its table in a part on each core and writes it a piece at a time: what
/// a person reads must be the table built whole and written at once, byte for byte.
@Suite struct TextTableTests {
    static let header = ["ID", "STATUS", "NAME", "SUBJECT"]
    static let coloured = Style(enabled: true)

    @Test func aCutCellLongerInBytesLeavesItsNeighboursAlone() {
        // "abcde" cut to 4 columns is "abc…": 6 bytes where there were 5.
        var table = TextTable(header: ["A", "B", "C"])
        table.append(["x", "abcde", "tail"])
        table.append(["y", "결제 오류", "end"])
        table.cut(column: 1, to: 4)
        #expect(table.render() == "A  B     C\nx  abc…  tail\ny  결…   end")
    }

    /// A cut never leaves half of an escape the table shows for a control character.
    @Test func aCutNeverSplitsAnEscape() {
        var table = TextTable(header: ["NAME", "X"])
        table.append([.init(Terminal.singleLine("ab\u{202E}cdef")), "1"])
        table.append([.init(Terminal.singleLine("abcd\u{1B}xyz")), "2"])
        table.cut(column: 0, to: 6)
        #expect(table.render() == "NAME   X\nab…    1\nabcd…  2")
    }

    @Test func coloursWrapTheTextNotThePadding() {
        var table = TextTable(header: ["ID", "STATUS", "X"])
        table.append([.init("1"), .init("new", colour: "36"), .init("z")])
        let painted = table.render(style: Style(enabled: true))
        #expect(painted == "ID  STATUS  X\n1   \u{1B}[36mnew\u{1B}[0m     z")
    }

    /// Row `number`: colours met in a different order in different rows, names and
    /// subjects of varied widths (Hangul is two columns wide).
    static func add(_ number: Int, to table: inout TextTable) {
        let statuses: [(String, String)] = [("open", "green"), ("pending", "yellow"), ("urgent", "red")]
        let (status, colour) = statuses[(number * 7) % 3]
        table.add("T\(number)")
        table.add(status, colour: number % 5 == 0 ? nil : colour)
        table.add(String(repeating: number % 2 == 0 ? "김" : "k", count: number % 23))
        table.add("subject \(number) " + String(repeating: "환불", count: number % 40))
    }

    static func table(_ numbers: Range<Int>) -> TextTable {
        var table = TextTable(header: header)
        for number in numbers { add(number, to: &table) }
        return table
    }

    @Test(arguments: [[0..<1_000], [0..<400, 400..<1_000], [0..<1, 1..<2, 2..<999, 999..<1_000], [0..<0, 0..<10]])
    func aTableJoinedFromPartsIsTheTableBuiltWhole(parts: [Range<Int>]) {
        var whole = Self.table(0..<parts.last!.upperBound)
        var joined = Self.table(parts[0])
        for part in parts.dropFirst() { joined.append(rowsOf: Self.table(part)) }
        #expect(joined.render(style: Self.coloured) == whole.render(style: Self.coloured))
        // Cut afterwards, as a terminal's width asks: the same in every part.
        whole.cut(column: 2, to: 9)
        whole.cut(column: 3, to: 15)
        joined.cut(column: 2, to: 9)
        joined.cut(column: 3, to: 15)
        #expect(joined.columnWidths == whole.columnWidths)
        #expect(joined.render(style: Self.coloured) == whole.render(style: Self.coloured))
    }

    @Test func aLargeTableIsWrittenInPiecesThatJoinToTheWhole() {
        let table = Self.table(0..<20_000)
        var pieces: [[UInt8]] = []
        table.render(style: Self.coloured) { pieces.append(Array($0)) }
        let text = table.render(style: Self.coloured)
        #expect(pieces.count > 10)
        #expect(pieces.allSatisfy { $0.count <= 64 * 1024 })
        #expect(String(decoding: pieces.joined(), as: UTF8.self) == text)
    }

    /// A cell far wider than a piece, in a padded column: the padding of the other rows
    /// spans pieces.
    @Test func aCellWiderThanAPieceIsPaddedAcrossPieces() {
        var table = TextTable(header: ["A", "B"])
        let wide = String(repeating: "x", count: 150_000)
        for text in [wide, "y"] {
            table.add(text)
            table.add("end")
        }
        var bytes: [UInt8] = []
        table.render { bytes += $0 }
        let expected =
            "A" + String(repeating: " ", count: 149_999) + "  B\n" + wide + "  end\ny"
            + String(repeating: " ", count: 149_999) + "  end"
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }
}

/// Work split into a part a core comes back whole and in order.
@Suite struct ParallelPartsTests {
    @Test(arguments: [0, 1, 2, 99, 100, 101, 10_001])
    func thePartsCoverEveryItemOnceInOrder(count: Int) {
        let parts = ParallelParts.map(count, minimum: 100) { Array($0) }
        #expect(Array(parts.joined()) == Array(0..<count))
        #expect(parts.count == (count >= 100 && Cores.count > 1 ? 2 : 1))
    }
}
