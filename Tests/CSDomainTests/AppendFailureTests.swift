import CSDomain
import Foundation
import Testing
import CSPlatform

/// A write that fails half way, or a sync that fails after the write: either way the log is
/// left byte for byte as it was, and the failure says nothing was appended. Injected here
/// through `LogIO`; `FullDiskTests` does the same with the kernel's own short writes.
@Suite struct AppendFailureTests {
    static let opened = TicketOpened(
        subject: "결제 오류", customer: Customer(name: "김민수"), category: .payment, channel: .phone,
        priority: .high, tags: [], body: String(repeating: "가", count: 5000), payment: nil)

    func scratchLog() throws -> String {
        let path = NSTemporaryDirectory() + "cs-append-\(UUID().uuidString).jsonl"
        _ = try EventLog.create(at: path)
        _ = try EventLog(path: path).append { _, _ in
            EventLog.Decision(
                events: [
                    Event(
                        id: "E0", ticket: "T1", at: Timestamp(secondsSince1970: 0), by: "park",
                        payload: Self.opened)
                ], outcome: ())
        }
        return path
    }

    func note(_ text: String) -> Event {
        Event(
            id: "E-\(UUID().uuidString.prefix(8))", ticket: "T1", at: Timestamp(secondsSince1970: 60), by: "park",
            payload: NoteAdded(body: text))
    }

    @Test(arguments: ["short write then ENOSPC", "sync fails (EIO)"])
    func aFailedAppendLeavesTheLogAsItWas(_ fault: String) throws {
        let path = try scratchLog()
        defer { unlink(path) }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let io: LogIO
        if fault.hasPrefix("short") {
            // Half the bytes land, then the disk is full: what a real full disk does.
            io = LogIO(
                write: { descriptor, bytes in
                    if bytes.count < 100 { errno = ENOSPC; return -1 }
                    return System.write(descriptor, bytes.baseAddress, bytes.count / 2)
                }, sync: { fsync($0) })
        } else {
            io = LogIO(
                write: { System.write($0, $1.baseAddress, $1.count) },
                sync: { _ in
                    errno = EIO; return -1
                })
        }
        #expect(throws: WorkError<Never>.self) {
            _ = try EventLog(path: path, io: io).append { _, _ in
                EventLog.Decision(events: [note(String(repeating: "나", count: 3000))], outcome: ())
            }
        }
        do {
            _ = try EventLog(path: path, io: io).append { _, _ in EventLog.Decision(events: [note("x")], outcome: ()) }
        } catch .log(.appendFailed(_, let reason)) {
            #expect(
                reason
                    == (fault.hasPrefix("short")
                        ? .system(.write, errorNumber: ENOSPC) : .system(.sync, errorNumber: EIO)),
                "\(reason)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "the log changed after a failed append")
        // And it is whole: the next append, on a healthy disk, works and replays.
        _ = try EventLog(path: path).append { _, _ in EventLog.Decision(events: [note("after")], outcome: ()) }
        #expect(try EventLog(path: path).replay().eventCount == 2)
    }
}
