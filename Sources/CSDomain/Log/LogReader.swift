/// Turns the log's bytes into events, one line at a time, naming the line of any damage.
public enum LogReader {
    /// The index of the next newline at or after `start`, or `count` when there is none.
    public static func endOfLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let found = memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start) else { return bytes.count }
        return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The 1-based number of the line that starts at `offset`.
    static func lineNumber(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var start = 0
        while start < offset {
            start = endOfLine(bytes, from: start) + 1
            line += 1
        }
        return line
    }

    /// How much of a line is read: `summary` leaves the conversation's text undecoded
    /// (replay for the desk), `full` reads all an event holds, `strict` also parses every
    /// value, so a string nothing reads is checked too (`cs verify`).
    public enum Depth: Sendable {
        case summary, full, strict
    }

    /// Decodes the line of `all` from `start` to `end` (its newline, or the end), checking its
    /// sum — chained to the line before it, read from `all`, when the line is of version 2.
    public static func decodeLine(
        in all: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, path: String, line: Int,
        depth: Depth = .full
    ) throws(LogError) -> Event {
        try decodeLine(
            UnsafeBufferPointer(rebasing: all[start..<end]), previous: LineChecksum.previousSum(before: start, in: all),
            path: path, line: line, depth: depth)
    }

    /// Decodes one line; `previous` is the sum of the line before it (`LineChecksum.genesis`
    /// for the first), nil when unknown.
    public static func decodeLine(
        _ bytes: UnsafeBufferPointer<UInt8>, previous: UInt64?, path: String, line: Int,
        depth: Depth = .full
    ) throws(LogError) -> Event {
        try decodeLine(
            bytes,
            checked: Result { () throws(LineChecksum.Failure) in try LineChecksum.check(bytes, previous: previous) },
            path: path, line: line, depth: depth)
    }

    /// Decodes one line whose sum was checked already: `checked` holds how many bytes come
    /// before its sum field, or why the sum does not hold.
    static func decodeLine(
        _ bytes: UnsafeBufferPointer<UInt8>, checked: Result<Int, LineChecksum.Failure>, path: String, line: Int,
        depth: Depth
    ) throws(LogError) -> Event {
        let content: Int
        do throws(LineChecksum.Failure) {
            content = try checked.get()
        } catch {
            // A line that is not even a JSON object is reported as what it is; one that only
            // gained a carriage return (an editor saving Windows line endings), as that.
            if error == LineChecksum.Failure.missing, bytes.last == 0x0D {
                throw .damaged(path: path, line: line, problem: .carriageReturn)
            }
            if error == LineChecksum.Failure.missing {
                switch try? JSONParser.parse(bytes) {
                case nil: throw .damaged(path: path, line: line, problem: .syntax(syntaxProblem(bytes)))
                case .object?: break
                default: throw .damaged(path: path, line: line, problem: .event(.notAnObject))
                }
            }
            let problem: LogProblem
            switch error {
            case .missing: problem = .missingChecksum
            case .mismatch: problem = .checksumMismatch
            case .chainBroken: problem = .chainBroken
            }
            throw .damaged(path: path, line: line, problem: problem)
        }
        let object: FlatObject
        do {
            // Up to the checksum field only: the sum is checked already and never decoded.
            object = try FlatObject(UnsafeBufferPointer(rebasing: bytes[0..<content]), closingImplied: true)
        } catch {
            guard case .syntax(let what, _) = error else { fatalError("unreachable") }
            throw .damaged(
                path: path, line: line, problem: what == .notAnObject ? .event(.notAnObject) : .syntax(what))
        }
        if depth == .strict {
            do throws(JSONParseError) {
                _ = try JSONParser.parse(UnsafeBufferPointer(rebasing: bytes[0..<content]), closingImplied: true)
            } catch {
                guard case .syntax(let what, _) = error else { fatalError("unreachable") }
                throw .damaged(path: path, line: line, problem: .syntax(what))
            }
        }
        do {
            return try Event(decoding: EventFields(object, readsThreadText: depth != .summary))
        } catch .syntax(let what) {
            throw .damaged(path: path, line: line, problem: .syntax(what))
        } catch {
            throw .damaged(path: path, line: line, problem: .event(error))
        }
    }

    private static func syntaxProblem(_ bytes: UnsafeBufferPointer<UInt8>) -> JSONSyntax {
        do {
            _ = try JSONParser.parse(bytes)
            return .unreadable
        } catch {
            guard case .syntax(let what, _) = error else { return .unreadable }
            return what
        }
    }

    /// Replays every event into a desk; any damage, a torn last line included, throws.
    /// Writers use this: nothing is appended after a line that was cut off.
    public static func replay(_ bytes: [UInt8], path: String) throws(LogError) -> Desk {
        try bytes.withUnsafeBufferPointer { (all) throws(LogError) in try replay(all, path: path) }
    }

    public static func replay(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws(LogError) -> Desk {
        let result = try replayTolerating(bytes, path: path)
        if let line = result.tornLastLine { throw .damaged(path: path, line: line, problem: .tornLastLine) }
        return result.desk
    }

    /// What a reader gets from a log whose last write may have been cut off by a crash.
    public struct TolerantReplay: Sendable {
        public var desk: Desk
        /// The incomplete last line, left out of `desk`; nil when the log ends cleanly.
        public var tornLastLine: Int?
        /// How many bytes the whole lines take (the log's size when nothing is torn).
        public var wholeLength: Int
        /// Every event in log order, when asked for (`cs log` prints them).
        public var events: [Event] = []
    }

    public static func replayTolerating(_ bytes: [UInt8], path: String) throws(LogError) -> TolerantReplay {
        try bytes.withUnsafeBufferPointer { (all) throws(LogError) in try replayTolerating(all, path: path) }
    }

    /// Replays every whole line. A torn last line (no newline: the only damage a crash
    /// mid-append can leave) is left out and reported; any other damage throws. Lines are
    /// decoded on every core while they are applied, strictly in log order.
    public static func replayTolerating(
        _ bytes: UnsafeBufferPointer<UInt8>, path: String,
        keepingEvents: Bool = false, mapped: Bool = false
    ) throws(LogError) -> TolerantReplay {
        // Ids are checked all at once at the end (see `Desk.applyCollectingID`); if two may
        // repeat, the replay is run again checking each, to name the line.
        var desk = Desk(expectedEvents: 0)
        desk.startCollectingIDs()
        var result = try replayTolerating(
            bytes, into: &desk, from: 0, firstLine: 1, path: path, keepingEvents: keepingEvents,
            mapped: mapped)
        if result.desk.checkCollectedIDs() { return result }
        var exact = Desk(expectedEvents: bytes.count / 400)
        result = try replayTolerating(
            bytes, into: &exact, from: 0, firstLine: 1, path: path, keepingEvents: keepingEvents,
            mapped: mapped)
        return result
    }

    /// Replays the lines from `start` (line number `firstLine`) into `desk`.
    static func replayTolerating(
        _ bytes: UnsafeBufferPointer<UInt8>, into desk: inout Desk, from start: Int, firstLine: Int,
        path: String, keepingEvents: Bool = false, mapped: Bool = false
    ) throws(LogError) -> TolerantReplay {
        var torn: Int?
        var kept: [Event] = []
        try ParallelDecoder.forEach(
            bytes, from: start, firstLine: firstLine, path: path,
            depth: keepingEvents ? .full : .summary, mapped: mapped
        ) { (chunk) throws(LogError) in
            if keepingEvents { kept += chunk.events }
            for index in chunk.events.indices {
                do throws(ReplayError) {
                    if desk.collectingIDs {
                        try desk.applyCollectingID(
                            chunk.events[index], at: chunk.offsets[index], idHash: chunk.idHashes[index])
                    } else {
                        try desk.apply(chunk.events[index], at: chunk.offsets[index])
                    }
                } catch {
                    throw .damaged(path: path, line: chunk.firstLine + index, problem: .replay(error))
                }
            }
            if let failure = chunk.failure {
                guard case .damaged(_, let line, .tornLastLine) = failure else { throw failure }
                torn = line
            }
        }
        let whole = torn == nil ? bytes.count : (bytes.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)
        return TolerantReplay(desk: desk, tornLastLine: torn, wholeLength: max(whole, start), events: kept)
    }
}
