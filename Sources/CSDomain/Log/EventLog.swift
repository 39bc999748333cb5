#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The desk's append-only event log: the single source of truth. Reading replays it;
/// writing happens only inside `append`, under an exclusive lock, against the state that
/// includes every earlier event, and never rewrites a byte already written.
public struct EventLog: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// Creates an empty log, owner-only, and its folder (0700) if missing. Returns false
    /// when a log is already there (nothing is touched then).
    public static func create(at path: String) throws(LogError) -> Bool {
        if access(path, F_OK) == 0 { return false }
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        if !folder.isEmpty && access(folder, F_OK) != 0 {
            guard mkdir(folder, 0o700) == 0 else {
                throw .unreadable(path: folder, reason: "cannot create folder: \(LogFile.errorText())")
            }
        }
        let file = try LogFile.open(path, create: true)
        file.close()
        return true
    }

    /// The whole log, mapped read-only for the duration of `body` (see `LogFile.withMappedBytes`).
    public func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) throws(LogError) -> T) throws(LogError) -> T {
        let file = try LogFile.openForReading(path)
        defer { file.close() }
        return try file.withMappedBytes(body)
    }

    public func replay() throws(LogError) -> Desk {
        let result = try replayTolerating()
        if let line = result.tornLastLine { throw .damaged(path: path, line: line, problem: .tornLastLine) }
        return result.desk
    }

    /// For reading commands: every whole line, and word of a torn last line if there is one;
    /// with `keepingEvents`, the decoded events too.
    public func replayTolerating(keepingEvents: Bool = false) throws(LogError) -> LogReader.TolerantReplay {
        try withBytes { (bytes) throws(LogError) in
            try LogReader.replayTolerating(bytes, path: path, keepingEvents: keepingEvents)
        }
    }

    /// What a writing command decided: the events to append (none for a no-op) and
    /// whatever it wants to report back.
    public struct Decision<Outcome> {
        public var events: [Event]
        public var outcome: Outcome

        public init(events: [Event], outcome: Outcome) {
            self.events = events
            self.outcome = outcome
        }
    }

    /// Locks the log, replays it, lets `decide` look at the desk (and the number of events,
    /// which seeds reproducible ids), appends what it returns as whole lines in one write, syncs,
    /// and unlocks. If `decide` throws, nothing is written.
    public func append<Outcome>(
        _ decide: (_ desk: Desk, _ eventCount: Int) throws -> Decision<Outcome>
    ) throws -> Outcome {
        let file = try LogFile.open(path, create: false)
        defer { file.close() }
        try file.lockExclusively()
        let desk = try file.withMappedBytes { (bytes) throws(LogError) in try LogReader.replay(bytes, path: path) }
        let decision = try decide(desk, desk.eventCount)
        guard !decision.events.isEmpty else { return decision.outcome }
        var output: [UInt8] = []
        for event in decision.events {
            output.append(contentsOf: LineChecksum.seal(event.encoded().bytes))
            output.append(0x0A)
        }
        try file.appendAndSync(output)
        return decision.outcome
    }

    public enum RepairOutcome: Equatable, Sendable {
        case nothingToRepair
        /// The last line was a whole, intact event missing only its newline: completed, kept.
        case completedLastLine(line: Int)
        /// The incomplete last line was cut; the original bytes are in `backup`.
        case cutTornLine(line: Int, bytes: Int, backup: String)
    }

    /// Mends what a crash mid-append leaves: a last line without its newline. Under the
    /// writers' lock, it saves the whole original file beside the log, then cuts the torn
    /// tail. It never removes a whole event, and refuses any other damage (see `cs verify`).
    public func repair(backupSuffix: String) throws(LogError) -> RepairOutcome {
        let file = try LogFile.open(path, create: false)
        defer { file.close() }
        try file.lockExclusively()
        let bytes = try file.readAll()
        let result = try LogReader.replayTolerating(bytes, path: path)
        guard let line = result.tornLastLine else { return .nothingToRepair }
        let tail = Array(bytes[result.wholeLength...])
        let whole = tail.withUnsafeBufferPointer { buffer in
            (try? LogReader.decodeLine(buffer, path: path, line: line)).map { event in
                var desk = result.desk
                return (try? desk.apply(event)) != nil
            } ?? false
        }
        if whole {
            try file.appendAndSync([0x0A])
            return .completedLastLine(line: line)
        }
        let backup = path + "." + backupSuffix + ".bak"
        let saved = try LogFile.open(backup, create: true)
        defer { saved.close() }
        guard try saved.readAll().isEmpty else {
            throw .unreadable(path: backup, reason: "a backup of that name exists already")
        }
        try saved.appendAndSync(bytes)
        try file.truncateAndSync(to: result.wholeLength)
        return .cutTornLine(line: line, bytes: tail.count, backup: backup)
    }
}
