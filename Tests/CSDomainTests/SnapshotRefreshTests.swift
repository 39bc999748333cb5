import Foundation
import Testing
import CSPlatform

@testable import CSDomain

/// When a new snapshot is written: every command replays the log's tail after the snapshot,
/// so the tail is kept short, but not so short that writing snapshots costs more than it saves.
@Suite struct SnapshotRefreshTests {
    @Test func theBoundGrowsAsTheSquareRootOfTheSnapshotWithinItsLimits() {
        let files = DerivedFiles.on
        #expect(files.tailBound(snapshotBytes: 0) == 64 << 10)
        // Ten million events (a 570 MB snapshot): about 190 KB, some 480 replies.
        #expect(files.tailBound(snapshotBytes: 570_000_000) == Int(8 * Double(570_000_000).squareRoot()))
        #expect(files.tailBound(snapshotBytes: 5_700_000_000) > files.tailBound(snapshotBytes: 570_000_000))
        #expect(files.tailBound(snapshotBytes: 1 << 40) == 1 << 20)
        #expect(DerivedFiles(enabled: true, fixedTailBound: 5).tailBound(snapshotBytes: 1 << 30) == 5)
    }

    static let opened = TicketOpened(
        subject: "결제 오류", customer: Customer(name: "김민수"), category: .payment, channel: .phone,
        priority: .high, tags: [], body: "두 번 결제되었어요", payment: nil)

    func scratchLog(derived: DerivedFiles = .on) throws -> String {
        let path = NSTemporaryDirectory() + "cs-refresh-\(UUID().uuidString).jsonl"
        _ = try EventLog.create(at: path)
        try append(
            Event(id: "E0", ticket: "T1", at: Timestamp(secondsSince1970: 0), by: "park", payload: Self.opened),
            to: path, derived: derived)
        return path
    }

    /// A note of about 3 KB.
    func append(_ event: Event? = nil, to path: String, derived: DerivedFiles = .on) throws {
        let note = Event(
            id: "E-\(UUID().uuidString.prefix(8))", ticket: "T1", at: Timestamp(secondsSince1970: 60), by: "park",
            payload: NoteAdded(body: String(repeating: "가", count: 1000)))
        _ = try EventLog(path: path, derived: derived).append { _, _ in
            EventLog.Decision(events: [event ?? note], outcome: ())
        }
    }

    func covered(_ path: String) -> Int? { DeskSnapshot.open(path + ".snapshot")?.stamp.coveredLength }

    func size(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    }

    @Test func aWriterRewritesTheSnapshotOnceItsTailPassesTheBoundCoveringItsOwnLines() throws {
        let path = try scratchLog()
        defer { for suffix in ["", ".snapshot", ".seen"] { unlink(path + suffix) } }
        let first = try #require(covered(path))
        // A snapshot this small allows the least tail, 64 KiB: 3 KB notes stay behind it
        // until one takes the tail past that, and that one is covered too.
        var appended = 0
        while try size(path) - first <= 64 << 10 {
            #expect(covered(path) == first, "written anew before its tail passed 64 KiB")
            try append(to: path)
            appended += 1
        }
        #expect(appended >= 20)
        #expect(covered(path) == (try size(path)), "the note that took the tail past 64 KiB")
    }

    @Test func aReaderRewritesTheSnapshotWhenItFindsTheTailPastTheBound() throws {
        // Appends that may leave any tail behind them, then a reader with the usual bound.
        let path = try scratchLog(derived: DerivedFiles(enabled: true, fixedTailBound: 1 << 30))
        defer { for suffix in ["", ".snapshot", ".seen"] { unlink(path + suffix) } }
        let first = try #require(covered(path))
        for _ in 1...30 { try append(to: path, derived: DerivedFiles(enabled: true, fixedTailBound: 1 << 30)) }
        #expect(covered(path) == first)
        let read = try EventLog(path: path).read()
        #expect(read.desk.eventCount == 31)
        #expect(covered(path) == (try size(path)))
    }

    /// The new snapshot is made while the log is locked and written once it is let go, so no
    /// other command waits on the write: the load only hands it over.
    @Test func aSnapshotIsWrittenOnlyOnceTheLockIsLetGo() throws {
        let path = try scratchLog(derived: DerivedFiles(enabled: true, fixedTailBound: 1 << 30))
        defer { for suffix in ["", ".snapshot", ".seen"] { unlink(path + suffix) } }
        for _ in 1...30 { try append(to: path, derived: DerivedFiles(enabled: true, fixedTailBound: 1 << 30)) }
        let first = try #require(covered(path))
        let loader = DeskLoader(path: path, derived: .on)
        let file = try LogFile.openLocked(path, exclusive: false)
        let loaded = try file.withMappedBytes { (bytes) throws(LogError) in
            try loader.load(bytes, identity: LogIdentity.of(descriptor: file.descriptor))
        }
        file.close()
        #expect(covered(path) == first, "written while the log was locked")
        let pending = try #require(loaded.pending)
        #expect(pending.write() != nil)
        #expect(covered(path) == (try size(path)))
    }
}
