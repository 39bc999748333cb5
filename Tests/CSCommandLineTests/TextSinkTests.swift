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
