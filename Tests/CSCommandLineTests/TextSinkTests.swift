@testable import CSCommandLine
import CSPlatform
import Testing

/// Standard output to a file or pipe is buffered; these pin down when it goes out.
@Suite struct TextSinkTests {
    /// What reached each descriptor, in the order it arrived.
    final class Recorder: @unchecked Sendable {
        var writes: [(stream: String, text: String)] = []
        func sink(_ stream: String, buffered: Bool = false, after: TextSink? = nil) -> TextSink {
            TextSink(buffered: buffered, after: after) { bytes in
                self.writes.append((stream, String(decoding: bytes, as: UTF8.self)))
                return 0
            }
        }
    }

    @Test func bufferedOutputGoesOutBeforeAnErrorSoTheirOrderIsKept() {
        let recorder = Recorder()
        let output = recorder.sink("out", buffered: true)
        let errors = recorder.sink("err", after: output)
        output("one\n")
        output("two\n")
        #expect(recorder.writes.isEmpty, "held until something else is written")
        errors("cs: warning\n")
        output("three\n")
        #expect(output.failure == nil)
        #expect(recorder.writes.map(\.stream) == ["out", "err", "out"])
        #expect(recorder.writes.map(\.text).joined() == "one\ntwo\ncs: warning\nthree\n")
    }

    @Test func aLargeOutputIsWrittenInPiecesAsItGrows() {
        let recorder = Recorder()
        let output = recorder.sink("out", buffered: true)
        let line = String(repeating: "x", count: 1023) + "\n"
        for _ in 0..<200 { output(line) }
        #expect(!recorder.writes.isEmpty, "written before the end, not held whole")
        output.flush()
        #expect(recorder.writes.map(\.text).joined() == String(repeating: line, count: 200))
    }

    @Test func aTextLargerThanTheBufferGoesOutWholeAfterWhatIsPending() {
        let recorder = Recorder()
        let output = recorder.sink("out", buffered: true)
        let table = String(repeating: "row\n", count: 40_000)
        output("before\n")
        output(table)
        output("after\n")
        output.flush()
        #expect(recorder.writes.map(\.text) == ["before\n", table, "after\n"])
    }

    @Test func aFailedWriteIsReportedAndNothingMoreIsTried() {
        var attempts = 0
        let output = TextSink(buffered: true) { _ in
            attempts += 1
            return ENOSPC
        }
        output("lost\n")
        #expect(output.failure == ENOSPC)
        output("also lost\n")
        output.flush()
        #expect(attempts == 1)
    }
}

@Suite struct TextTableTests {
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
}
