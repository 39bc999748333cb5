/// The desk's append-only event log: the single source of truth. Reading replays it;
/// writing happens only inside `append`, under an exclusive lock, against the state that
/// includes every earlier event, and never rewrites a byte already written.
public struct EventLog: Sendable {
    public let path: String
    let io: LogIO
    /// The snapshot and the other files beside the log that make commands fast.
    public var derived: DerivedFiles

    public init(path: String, io: LogIO = .system, derived: DerivedFiles = .on) {
        self.path = path
        self.io = io
        self.derived = derived
    }

    var loader: DeskLoader { DeskLoader(path: path, derived: derived) }

    /// The snapshot beside the log (`LOG.snapshot`).
    public var snapshotPath: String { loader.snapshotPath }

    /// Removes a snapshot a command found damaged. When it cannot be removed (a read-only
    /// folder, an immutable file), `LOG.seen` is removed where it can be, so that no later
    /// command believes it; the caller must then not read it either. Whether it is gone.
    public func discardDamagedSnapshot() -> Bool {
        if unlink(snapshotPath) == 0 || errno == ENOENT { return true }
        SeenFile.forget(forLog: path)
        return false
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
                throw .unreadable(path: folder, reason: .system(.createFolder, errorNumber: errno))
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

    /// The log's size in bytes when cs last read it whole or appended to it here (`LOG.seen`),
    /// nil when unknown. A log shorter than that lost lines from its end, or was checked out
    /// or reset to an older state: the chain of checksums cannot tell a cut at the end.
    public var sizeWhenLastSeen: UInt64? { SeenFile.read(forLog: path)?.identity.size }

    public func replay() throws(LogError) -> Desk {
        let result = try read()
        if let line = result.tornLastLine { throw .damaged(path: path, line: line, problem: .tornLastLine) }
        return result.desk
    }

    /// What a reading command works from.
    public struct Read: Sendable {
        public var desk: Desk
        /// An incomplete last line (a crash mid-append), left out of the desk.
        public var tornLastLine: Int?
        /// How many bytes the whole lines take.
        public var wholeLength: Int
    }

    /// The desk for a reading command: from the snapshot and the lines after it when they
    /// can be believed, else from the whole log (see `DeskLoader`). A torn last line is left
    /// out and reported; any other damage throws.
    public func read() throws(LogError) -> Read {
        let loaded = try readLocked()
        loaded.pending?.write()
        return Read(desk: loaded.desk, tornLastLine: loaded.tornLastLine, wholeLength: loaded.wholeLength)
    }

    private func readLocked() throws(LogError) -> DeskLoader.Loaded {
        let file = try LogFile.openLocked(path, exclusive: false)
        defer { file.close() }
        // Shared with other readers; a writer's append is all or nothing to us.
        let identity = LogIdentity.of(descriptor: file.descriptor)
        return try file.withMappedBytes { (bytes) throws(LogError) in try loader.load(bytes, identity: identity) }
    }

    /// The desk as it stood at `time`: the whole log replayed, each event at or before `time`
    /// applied and the later ones left out (a ticket opened later does not exist yet). No
    /// derived file is read or written: time travel is rare, and costs one full replay.
    public func read(asOf time: Timestamp) throws(LogError) -> Read {
        let (desk, torn, whole) = try eachEvent(depth: .summary) { (desk, event, offset, line, _) throws(LogError) in
            guard event.at <= time else { return }
            do throws(ReplayError) {
                try desk.apply(event, at: offset)
            } catch .unknownTicket {
                // Its opening is later than `time` (logs written with a fixed clock).
            } catch {
                throw .damaged(path: path, line: line, problem: .replay(error))
            }
        }
        return Read(desk: desk, tornLastLine: torn, wholeLength: whole)
    }

    /// Every event in log order with its line as stored, checked as replay checks them,
    /// handed over as it is decoded (`cs log` prints a million without holding them). A torn
    /// last line is left out; its number is returned.
    public func forEachEvent(_ body: (Event, UnsafeBufferPointer<UInt8>) -> Void) throws(LogError) -> Int? {
        try eachEvent(depth: .full) { (desk, event, offset, line, stored) throws(LogError) in
            do throws(ReplayError) {
                try desk.apply(event, at: offset)
            } catch {
                throw .damaged(path: path, line: line, problem: .replay(error))
            }
            body(event, stored)
        }.torn
    }

    /// The whole log decoded on every core, under a reader's lock, each event handed over in
    /// log order with a desk to fold it into (sized for the log), its offset, line number and
    /// bytes; the desk, the torn last line's number, if any, and the length of the whole lines.
    private func eachEvent(
        depth: LogReader.Depth,
        _ body: (inout Desk, Event, Int, Int, UnsafeBufferPointer<UInt8>) throws(LogError) -> Void
    ) throws(LogError) -> (desk: Desk, torn: Int?, whole: Int) {
        let file = try LogFile.openLocked(path, exclusive: false)
        defer { file.close() }
        return try file.withMappedBytes { (bytes) throws(LogError) in
            var desk = Desk(expectedEvents: bytes.count / 400)
            var torn: Int?
            var whole = 0
            try ParallelDecoder.forEach(bytes, path: path, depth: depth, mapped: true) { (chunk) throws(LogError) in
                for (index, event) in chunk.events.enumerated() {
                    let start = chunk.offsets[index]
                    let end = LogReader.endOfLine(bytes, from: start)
                    try body(
                        &desk, event, start, chunk.firstLine + index, UnsafeBufferPointer(rebasing: bytes[start..<end]))
                    whole = min(end + 1, bytes.count)
                }
                if let failure = chunk.failure {
                    guard case .damaged(_, let line, .tornLastLine) = failure else { throw failure }
                    torn = line
                }
            }
            return (desk, torn, whole)
        }
    }

    /// One ticket read whole — its summary and its thread — from its own lines only, found
    /// by the offsets the desk keeps.
    /// `asOf`: only its events at or before that moment.
    public func readTicket(_ ticket: Ticket, asOf time: Timestamp? = nil) throws(LogError) -> Ticket {
        var whole = Ticket(id: ticket.id, keepingThread: true)
        for (event, _) in try events(at: ticket.eventOffsets) where time.map({ event.at <= $0 }) ?? true {
            event.apply(to: &whole)
        }
        whole.eventOffsets = ticket.eventOffsets
        return whole
    }

    /// The events whose lines start at `offsets`, each with its line as stored.
    public func events(at offsets: [Int]) throws(LogError) -> [(event: Event, line: [UInt8])] {
        try withBytes { (bytes) throws(LogError) in
            var result: [(Event, [UInt8])] = []
            for offset in offsets {
                guard offset < bytes.count else { throw .unreadable(path: path, reason: .shorterThanSnapshot) }
                let end = LogReader.endOfLine(bytes, from: offset)
                let line = UnsafeBufferPointer(rebasing: bytes[offset..<end])
                // The line number is not kept with the offset; counting the lines before it
                // costs a pass over the log, so it is only done for the message of a damaged one.
                do throws(LogError) {
                    let event = try LogReader.decodeLine(in: bytes, from: offset, to: end, path: path, line: 0)
                    result.append((event, Array(line)))
                } catch {
                    guard case .damaged(_, _, let problem) = error else { throw error }
                    throw .damaged(path: path, line: LogReader.lineNumber(of: offset, in: bytes), problem: problem)
                }
            }
            return result
        }
    }
}
