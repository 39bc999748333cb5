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
        let file = try LogFile.openLocked(path, exclusive: false)
        defer { file.close() }
        // Shared with other readers; a writer's append is all or nothing to us.
        let identity = LogIdentity.of(descriptor: file.descriptor)
        let loaded = try file.withMappedBytes { (bytes) throws(LogError) in try loader.load(bytes, identity: identity) }
        return Read(desk: loaded.desk, tornLastLine: loaded.tornLastLine, wholeLength: loaded.wholeLength)
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
        /// The desk with the new events: what a command that reads on after writing uses.
        public var desk: Desk
    }

    /// Locks the log, replays it, lets `decide` look at the desk (and the number of events,
    /// which seeds reproducible ids), appends what it returns as whole lines in one write, syncs,
    /// and unlocks. Every event is encoded by a masking writer: no card or resident
    /// registration number reaches the log, whatever field it was typed in. If `decide`
    /// throws, or the write fails, nothing is appended.
    public func append<Outcome, Refusal: Error>(
        _ decide: (_ desk: Desk, _ eventCount: Int) throws(Refusal) -> Decision<Outcome>
    ) throws(WorkError<Refusal>) -> Appended<Outcome> {
        let file = try WorkError<Refusal>.logging(LogFile.openLocked(path, exclusive: true, io: io))
        defer { file.close() }
        let loader = self.loader
        let (loaded, size, lastSum) = try WorkError<Refusal>.logging(
            file.withMappedBytes { (bytes) throws(LogError) in
                let loaded = try loader.load(bytes, identity: LogIdentity.of(descriptor: file.descriptor))
                if let line = loaded.tornLastLine { throw .damaged(path: path, line: line, problem: .tornLastLine) }
                // What the new lines chain from: the last line's sum (read and checked by the load).
                return (
                    loaded, bytes.count,
                    LineChecksum.previousSum(before: bytes.count, in: bytes) ?? LineChecksum.genesis
                )
            })
        let decision: Decision<Outcome>
        do throws(Refusal) { decision = try decide(loaded.desk, loaded.desk.eventCount) } catch { throw .work(error) }
        guard !decision.events.isEmpty else {
            return Appended(outcome: decision.outcome, events: [], masked: [], desk: loaded.desk)
        }
        let sealed = try WorkError<Refusal>.logging(Self.seal(decision.events, path: path, after: lastSum))
        // A new id that clashes with one on the desk would make the log unreadable: refused
        // here, before anything is written (cs's ids are random: this does not happen).
        var desk = loaded.desk
        var offset = size
        for (index, event) in sealed.events.enumerated() {
            do throws(ReplayError) {
                try desk.apply(event, at: offset)
            } catch {
                throw .log(.damaged(path: path, line: desk.eventCount + 1, problem: .replay(error)))
            }
            offset += sealed.lineLengths[index]
        }
        do throws(LogError) {
            try file.appendAndSync(sealed.bytes)
        } catch {
            // Cut back, the log is as it was: but its change time moved, so say so.
            recordSeen(file, epoch: loaded.epoch)
            throw .log(error)
        }
        recordSeen(file, epoch: loaded.epoch)
        if derived.enabled, offset - (desk.base?.stamp.coveredLength ?? 0) > derived.tailBound {
            try? file.withMappedBytes { (bytes) throws(LogError) in
                if let identity = LogIdentity.of(descriptor: file.descriptor), bytes.count == offset {
                    loader.saveSnapshot(desk, bytes: bytes, length: offset, epoch: loaded.epoch, identity: identity)
                }
            }
        }
        return Appended(outcome: decision.outcome, events: sealed.events, masked: sealed.masked, desk: desk)
    }

    /// Holds the writers' lock while `body` runs: `cs sync` keeps this clone's writers out
    /// while git commits and merges the log (they then find the file git wrote).
    public func holdingWritersLock<T, Work: Error>(_ body: () throws(Work) -> T) throws(WorkError<Work>) -> T {
        let file = try WorkError<Work>.logging(LogFile.openLocked(path, exclusive: true))
        defer { file.close() }
        do throws(Work) { return try body() } catch { throw .work(error) }
    }

    /// After cs changed the log (under the writers' lock), `LOG.seen` records its new
    /// identity: the log is still one cs has checked and only appended to since.
    private func recordSeen(_ file: LogFile, epoch: UInt64) {
        guard derived.enabled, let identity = LogIdentity.of(descriptor: file.descriptor) else { return }
        SeenFile.write(SeenFile.Record(epoch: epoch, identity: identity), forLog: path)
    }

    /// The events as log lines, masked and chained from `previous` (the sum of the line they
    /// follow), and the events those lines decode to.
    static func seal(
        _ events: [Event], path: String, after previous: UInt64
    ) throws(LogError)
        -> (bytes: [UInt8], events: [Event], masked: [MaskedField], lineLengths: [Int])
    {
        var output: [UInt8] = []
        var stored: [Event] = []
        var masked: [MaskedField] = []
        var lengths: [Int] = []
        var previous = previous
        for event in events {
            let writer = event.encoded(masking: true)
            masked += writer.masked
            let line = LineChecksum.seal(writer.bytes, previous: previous)
            // Decoded back, so what is reported is what a later replay will read.
            stored.append(
                try line.withUnsafeBufferPointer { (buffer) throws(LogError) in
                    defer { previous = LineChecksum.storedSum(ofLineEndingAt: buffer.count, in: buffer) ?? previous }
                    return try LogReader.decodeLine(buffer, previous: previous, path: path, line: 0)
                })
            output.append(contentsOf: line)
            output.append(0x0A)
            lengths.append(line.count + 1)
        }
        return (output, stored, masked, lengths)
    }

    public enum RepairOutcome: Equatable, Sendable {
        case nothingToRepair
        /// The last line was a whole, intact event missing only its newline: completed, kept.
        case completedLastLine(line: Int)
        /// The incomplete last line was cut; its bytes are in `backup`, or nil when they could
        /// not be saved (`backupFailure` says why: a full disk must not stop a repair).
        case cutTornLine(line: Int, bytes: Int, backup: String?, backupFailure: LogFailure?)
    }

    /// Mends what a crash mid-append leaves: a last line without its newline. Under the
    /// writers' lock, it saves the torn bytes beside the log, then cuts them. It never
    /// removes a whole event, and refuses any other damage (see `cs verify`). Cutting needs
    /// no free space; saving the cut bytes does, and is given up (and said) when there is none.
    public func repair(backupPrefix: String) throws(LogError) -> RepairOutcome {
        let file = try LogFile.openLocked(path, exclusive: true)
        defer { file.close() }
        // The log changes other than by an append: no snapshot of it may be believed.
        defer { SeenFile.forget(forLog: path) }
        let (result, tail, previous) = try file.withMappedBytes { (bytes) throws(LogError) in
            let result = try LogReader.replayTolerating(bytes, path: path)
            return (
                result, Array(bytes[result.wholeLength...]),
                LineChecksum.previousSum(before: result.wholeLength, in: bytes)
            )
        }
        guard let line = result.tornLastLine else { return .nothingToRepair }
        let whole = tail.withUnsafeBufferPointer { buffer in
            (try? LogReader.decodeLine(buffer, previous: previous, path: path, line: line)).map { event in
                var desk = result.desk
                return (try? desk.apply(event, at: result.wholeLength)) != nil
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

    public enum UpgradeOutcome: Equatable, Sendable {
        /// Every line chains already.
        case alreadyChained
        /// `lines` lines were written chained; the log as it was is kept in `backup`.
        case chained(lines: Int, backup: String)
    }

    /// Rewrites a log whose lines were written before chained checksums (format version 1)
    /// so every line is of version 2 and chained — the same events, byte for byte but for
    /// `v` and `sum`, so the file keeps its length and is written over in place, under the
    /// writers' lock, after the original is saved beside it. A damaged log is refused.
    public func upgrade(backupPrefix: String) throws(LogError) -> UpgradeOutcome {
        let file = try LogFile.openLocked(path, exclusive: true)
        defer { file.close() }
        let original = try file.readAll()
        let (upgraded, changed) = try original.withUnsafeBufferPointer { (bytes) throws(LogError) in
            // Whole and sound, or nothing is touched.
            _ = try LogReader.replay(bytes, path: path)
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var previous = LineChecksum.genesis
            var changed = 0
            var start = 0
            while start < bytes.count {
                let end = LogReader.endOfLine(bytes, from: start)
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                var content = Array(line[0..<(line.count - LineChecksum.suffixLength)]) + [UInt8(ascii: "}")]
                // Lines as cs writes them start `{"v":1,`; one written otherwise (by hand) keeps
                // its own sum, and the chain goes on from it.
                if content.starts(with: LineChecksum.unchainedStart) {
                    content.replaceSubrange(0..<LineChecksum.chainedStart.count, with: LineChecksum.chainedStart)
                }
                let sealed =
                    LineChecksum.isChained(content) ? LineChecksum.seal(content, previous: previous) : Array(line)
                if !sealed.elementsEqual(line) { changed += 1 }
                previous = sealed.withUnsafeBufferPointer { LineChecksum.storedSum(ofLineEndingAt: $0.count, in: $0) }!
                output += sealed
                output.append(0x0A)
                start = end + 1
            }
            return (output, changed)
        }
        guard changed > 0 else { return .alreadyChained }
        let saved = Self.saveBackup(original, prefix: path + "." + backupPrefix)
        guard let backup = saved.path else {
            throw .unreadable(path: path, reason: saved.failure ?? .system(.createBackup, errorNumber: EIO))
        }
        // The log changes other than by an append: no snapshot of it may be believed.
        SeenFile.forget(forLog: path)
        try file.overwriteAndSync(upgraded)
        return .chained(lines: changed, backup: backup)
    }

    /// Writes `bytes` to a new file `PREFIX.bak` (or `PREFIX-2.bak`, … when taken: two
    /// repairs in one second must not collide). A partial backup is removed.
    private static func saveBackup(_ bytes: [UInt8], prefix: String) -> (path: String?, failure: LogFailure?) {
        for attempt in 1...1000 {
            let candidate = prefix + (attempt == 1 ? "" : "-\(attempt)") + ".bak"
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor < 0 {
                if errno == EEXIST { continue }
                return (nil, .system(.createBackup, errorNumber: errno))
            }
            let backup = LogFile(path: candidate, descriptor: descriptor)
            defer { backup.close() }
            do {
                try backup.appendAndSync(bytes)
                return (candidate, nil)
            } catch {
                let reason: LogFailure
                switch error {
                case .appendFailed(_, let why), .unreadable(_, let why): reason = why
                case .damaged, .notAFile, .mergeClash: reason = .system(.write, errorNumber: EIO)
                }
                unlink(candidate)
                return (nil, reason)
            }
        }
        return (nil, .tooManyBackups(prefix: prefix))
    }
}
