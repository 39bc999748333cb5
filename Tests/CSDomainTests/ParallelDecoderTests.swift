@testable import CSDomain
import CSPlatform
import Testing

/// A log of megabytes is decoded in chunks on every core, each chunk found only as it is
/// taken: every line must still come once, in order, with its own number and offset, and a
/// damaged line must be reported with its exact number, wherever the chunks fall.
@Suite struct ParallelDecoderTests {
    static let at = Timestamp(rfc3339: "2026-11-23T09:30:00Z")!

    /// Lines of `count` tickets opened (subjects of `subjectLength` bytes), sealed and chained.
    static func log(count: Int, subjectLength: Int) throws -> [UInt8] {
        let subject = String(repeating: "a", count: subjectLength)
        // Numbers of one width: every line of a log is as long as the others.
        let events = (0..<count).map { number in
            let digits = String(100_000 + number)
            return Event(
                id: "E\(digits)", ticket: "T\(digits)", at: at, by: "park",
                payload: TicketOpened(subject: subject, customer: Customer(name: "C\(digits)")))
        }
        return try EventLog.seal(events, path: "test.jsonl", after: LineChecksum.genesis).bytes
    }

    /// Where each line starts, found by the simplest means.
    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        [0] + bytes.indices.filter { bytes[$0] == 0x0A && $0 + 1 < bytes.count }.map { $0 + 1 }
    }

    /// Every chunk's events, offsets and line numbers, as the consumer receives them, up to
    /// the first failure (a replay stops there).
    /// `slowly`: the consumer takes its time over each chunk, as a replay applying events
    /// does, so the workers run ahead as far as they may.
    static func decode(
        _ bytes: [UInt8], slowly: Bool = false
    ) -> (offsets: [Int], ids: [String], lines: [Int], failure: LogError?) {
        var (offsets, ids, lines): ([Int], [String], [Int]) = ([], [], [])
        do {
            try bytes.withUnsafeBufferPointer { (buffer) throws(LogError) in
                try ParallelDecoder.forEach(buffer, path: "test.jsonl", depth: .full) { (chunk) throws(LogError) in
                    #expect(chunk.firstLine == lines.count + 1, "chunks come in order, numbered on")
                    offsets += chunk.offsets
                    ids += chunk.events.map(\.id)
                    lines += chunk.events.indices.map { chunk.firstLine + $0 }
                    if let failure = chunk.failure { throw failure }
                    if slowly { usleep(30_000) }
                }
            }
        } catch {
            return (offsets, ids, lines, error)
        }
        return (offsets, ids, lines, nil)
    }

    @Test(arguments: [
        (count: 30_000, subjectLength: 200),  // 9 MB: chunks end mid-way through lines
        (count: 6, subjectLength: 1_500_000),  // lines longer than a chunk
        (count: 2, subjectLength: 3_000_000),
    ])
    func everyLineComesOnceInOrder(count: Int, subjectLength: Int) throws {
        let bytes = try Self.log(count: count, subjectLength: subjectLength)
        #expect(bytes.count > ParallelDecoder.parallelThreshold, "large enough to be decoded in parallel")
        let decoded = Self.decode(bytes)
        #expect(decoded.failure == nil)
        #expect(decoded.offsets == Self.lineStarts(bytes))
        #expect(decoded.ids == (0..<count).map { "E\(100_000 + $0)" })
        #expect(decoded.lines == Array(1...count))
    }

    /// Lines of 1 KiB, so every chunk's nominal end falls on the start of a line, and a log
    /// of exactly five chunks' worth: no line lost or doubled at a boundary, no empty chunk
    /// after the last.
    @Test func chunkEndsOnLineStartsLoseNothing() throws {
        let bare = try Self.log(count: 1, subjectLength: 1).count - 1
        let perChunk = ParallelDecoder.chunkSize / 1024
        let bytes = try Self.log(count: 5 * perChunk, subjectLength: 1024 - bare)
        #expect(bytes.count == 5 * ParallelDecoder.chunkSize)
        let decoded = Self.decode(bytes)
        #expect(decoded.failure == nil)
        #expect(decoded.offsets == Self.lineStarts(bytes))
        #expect(decoded.lines == Array(1...(5 * perChunk)))
    }

    /// A replay that stops at a damaged line while the workers hold chunks ahead of it (its
    /// consumer slower than the decoding, as applying events is) ends with that line's failure.
    /// The static release binary died of SIGILL here until the pipeline gave back the room of
    /// the chunks it never handed over; the libdispatch a debug build links does not trap, so
    /// the crash itself is shown by `BinaryTests.aLargeLogDamagedEarlyIsRefusedNotCrashed`,
    /// which CI also runs against the release binary.
    @Test(arguments: [5_000, 9_000])
    func aReplayStoppedEarlyEndsCleanly(damaged: Int) throws {
        var bytes = try Self.log(count: 30_000, subjectLength: 200)
        let starts = Self.lineStarts(bytes)
        bytes[starts[damaged - 1] + 40] ^= 0x01
        for _ in 0..<2 {
            guard case .damaged(_, let line, _)? = Self.decode(bytes, slowly: true).failure else {
                Issue.record("no failure reported")
                return
            }
            #expect(line == damaged)
        }
    }

    /// A line damaged in the middle of a 9 MB log is the failure reported, by its number.
    @Test func aDamagedLineDeepInALargeLogIsReportedByItsNumber() throws {
        var bytes = try Self.log(count: 30_000, subjectLength: 200)
        let starts = Self.lineStarts(bytes)
        let damaged = 21_345
        bytes[starts[damaged - 1] + 40] ^= 0x01
        let decoded = Self.decode(bytes)
        guard case .damaged(_, let line, _)? = decoded.failure else {
            Issue.record("no failure reported: \(String(describing: decoded.failure))")
            return
        }
        #expect(line == damaged)
        #expect(decoded.lines.last == damaged - 1, "every line before it, none after")
    }
}
