/// Mending the log: a torn last line cut (its bytes kept), an old format rewritten.
extension EventLog {
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
                case .damaged, .notAFile, .mergeClash, .derivedStateDamaged: reason = .system(.write, errorNumber: EIO)
                }
                unlink(candidate)
                return (nil, reason)
            }
        }
        return (nil, .tooManyBackups(prefix: prefix))
    }
}
