@testable import CSDomain
import Testing

/// The order the merge driver writes: time then id, but never an event before its ticket's
/// opening or before the event it was written after.
@Suite struct CanonicalOrderTests {
    static let second = Timestamp(rfc3339: "2026-11-24T10:00:00Z")!

    static func entry(
        _ id: String, _ subject: String?, at: Timestamp = second, creates: Bool = false, after: String? = nil
    )
        -> LogMerge.Entry
    {
        LogMerge.Entry(
            id: id, at: at, subject: subject.map { "ticket " + $0 }, creates: creates, after: after, content: [])
    }

    @Test func oneCopysEventsInOneSecondKeepTheOrderTheyWereWrittenIn() {
        // Solved, then closed, in the same second: the ids would put closed first.
        let events = [
            Self.entry(
                "Z-opened", "T", at: Timestamp(secondsSince1970: Self.second.secondsSince1970 - 60), creates: true),
            Self.entry("M-solved", "T", after: "Z-opened"), Self.entry("B-closed", "T", after: "M-solved"),
            Self.entry("A-note-from-another-copy", "T", after: "Z-opened"),
        ]
        let order = LogMerge.canonicalOrder(events).map(\.id)
        #expect(order == ["Z-opened", "A-note-from-another-copy", "M-solved", "B-closed"])
        // The same whatever order the events come in.
        #expect(LogMerge.canonicalOrder(events.reversed()).map(\.id) == order)
    }

    @Test func withoutLinksItIsTimeThenIDWithEachEventAfterItsOpening() {
        let later = Timestamp(secondsSince1970: Self.second.secondsSince1970 + 5)
        let events = [
            Self.entry("R1", "T"), Self.entry("O1", "T", at: later, creates: true), Self.entry("X", nil),
            Self.entry("R0", "T"), Self.entry("S", "U"),
        ]
        // R0 and R1 wait for T's opening, keeping their order; S's ticket is never opened.
        #expect(LogMerge.canonicalOrder(events).map(\.id) == ["X", "O1", "R0", "R1", "S"])
    }

    @Test func aLoopOfLinksEndsLastRatherThanLost() {
        let events = [
            Self.entry("O", "T", creates: true), Self.entry("A", "T", after: "B"), Self.entry("B", "T", after: "A"),
        ]
        #expect(LogMerge.canonicalOrder(events).map(\.id) == ["O", "A", "B"])
    }
}
