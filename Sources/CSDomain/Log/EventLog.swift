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
    let io: LogIO

    public init(path: String, io: LogIO = .system) {
        self.path = path
        self.io = io
    }

    /// The desk's secret for digests of masked idempotency keys, made on first use.
    public func secret() throws(LogError) -> DeskSecret { try DeskSecretFile.load(forLog: path) }

    /// Creates an empty log, owner-only, and its folder (0700) if missing. Returns false
    /// when a log is already there (nothing is touched then).
    public static func create(at path: String) throws(LogError) -> Bool {
        var info = stat()
        if lstat(path, &info) == 0 {
            // Something is there: a log (nothing to do), or something that cannot be one.
            _ = try LogFile.openForReading(path).close()
            return false
        }
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

    /// What an append did: the decision's outcome, the events exactly as stored (masked:
    /// what a report must show), and which fields masking changed.
    public struct Appended<Outcome> {
        public var outcome: Outcome
        public var events: [Event]
        public var masked: [MaskedField]
    }

    /// Locks the log, replays it, lets `decide` look at the desk (and the number of events,
    /// which seeds reproducible ids), appends what it returns as whole lines in one write, syncs,
    /// and unlocks. Every event is encoded by a masking writer: no card or resident
    /// registration number reaches the log, whatever field it was typed in. If `decide`
    /// throws, or the write fails, nothing is appended.
    public func append<Outcome>(
        _ decide: (_ desk: Desk, _ eventCount: Int) throws -> Decision<Outcome>
    ) throws -> Appended<Outcome> {
        let file = try LogFile.open(path, create: false, io: io)
        defer { file.close() }
        try file.lockExclusively()
        let desk = try file.withMappedBytes { (bytes) throws(LogError) in try LogReader.replay(bytes, path: path) }
        let decision = try decide(desk, desk.eventCount)
        guard !decision.events.isEmpty else { return Appended(outcome: decision.outcome, events: [], masked: []) }
        let sealed = try Self.seal(decision.events, path: path)
        try file.appendAndSync(sealed.bytes)
        return Appended(outcome: decision.outcome, events: sealed.events, masked: sealed.masked)
    }

    /// The events as log lines, masked, and the events those lines decode to.
    static func seal(_ events: [Event], path: String) throws(LogError) -> (bytes: [UInt8], events: [Event], masked: [MaskedField]) {
        var output: [UInt8] = []
        var stored: [Event] = []
        var masked: [MaskedField] = []
        for event in events {
            let writer = event.encoded(masking: true)
            masked += writer.masked
            let line = LineChecksum.seal(writer.bytes)
            // Decoded back, so what is reported is what a later replay will read.
            stored.append(try line.withUnsafeBufferPointer { (buffer) throws(LogError) in
                try LogReader.decodeLine(buffer, path: path, line: 0)
            })
            output.append(contentsOf: line)
            output.append(0x0A)
        }
        return (output, stored, masked)
    }

    public enum RepairOutcome: Equatable, Sendable {
        case nothingToRepair
        /// The last line was a whole, intact event missing only its newline: completed, kept.
        case completedLastLine(line: Int)
        /// The incomplete last line was cut; its bytes are in `backup`, or nil when they could
        /// not be saved (`backupFailure` says why: a full disk must not stop a repair).
        case cutTornLine(line: Int, bytes: Int, backup: String?, backupFailure: String?)
    }

    /// Mends what a crash mid-append leaves: a last line without its newline. Under the
    /// writers' lock, it saves the torn bytes beside the log, then cuts them. It never
    /// removes a whole event, and refuses any other damage (see `cs verify`). Cutting needs
    /// no free space; saving the cut bytes does, and is given up (and said) when there is none.
    public func repair(backupPrefix: String) throws(LogError) -> RepairOutcome {
        let file = try LogFile.open(path, create: false)
        defer { file.close() }
        try file.lockExclusively()
        let (result, tail) = try file.withMappedBytes { (bytes) throws(LogError) in
            let result = try LogReader.replayTolerating(bytes, path: path)
            return (result, Array(bytes[result.wholeLength...]))
        }
        guard let line = result.tornLastLine else { return .nothingToRepair }
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
        let saved = Self.saveBackup(tail, prefix: path + "." + backupPrefix)
        try file.truncateAndSync(to: result.wholeLength)
        return .cutTornLine(line: line, bytes: tail.count, backup: saved.path, backupFailure: saved.failure)
    }

    /// Writes `bytes` to a new file `PREFIX.bak` (or `PREFIX-2.bak`, … when taken: two
    /// repairs in one second must not collide). A partial backup is removed.
    private static func saveBackup(_ bytes: [UInt8], prefix: String) -> (path: String?, failure: String?) {
        for attempt in 1...1000 {
            let candidate = prefix + (attempt == 1 ? "" : "-\(attempt)") + ".bak"
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor < 0 {
                if errno == EEXIST { continue }
                return (nil, LogFile.errorText())
            }
            let backup = LogFile(path: candidate, descriptor: descriptor)
            defer { backup.close() }
            do {
                try backup.appendAndSync(bytes)
                return (candidate, nil)
            } catch {
                let reason: String
                switch error {
                case .appendFailed(_, let why), .unreadable(_, let why): reason = why
                default: reason = "\(error)"
                }
                unlink(candidate)
                return (nil, reason)
            }
        }
        return (nil, "too many backups named \(prefix)-N.bak")
    }
}
