#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Turns the log's bytes into events, one line at a time, naming the line of any damage.
public enum LogReader {
    /// The index of the next newline at or after `start`, or `count` when there is none.
    public static func endOfLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let found = memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start) else { return bytes.count }
        return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    public static func decodeLine(_ bytes: UnsafeBufferPointer<UInt8>, path: String, line: Int) throws(LogError) -> Event {
        let content: Int
        do throws(LineChecksum.Failure) {
            content = try LineChecksum.check(bytes)
        } catch {
            // A line that is not even a JSON object is reported as what it is.
            if error == LineChecksum.Failure.missing {
                switch try? JSONParser.parse(bytes) {
                case nil: throw .damaged(path: path, line: line, problem: .syntax(syntaxProblem(bytes)))
                case .object?: break
                default: throw .damaged(path: path, line: line, problem: .event(.notAnObject))
                }
            }
            throw .damaged(path: path, line: line, problem: error == LineChecksum.Failure.missing ? .missingChecksum : .checksumMismatch)
        }
        let value: JSONValue
        do {
            // Up to the checksum field only: the sum is checked already and never decoded.
            value = try JSONParser.parse(UnsafeBufferPointer(rebasing: bytes[0..<content]), closingImplied: true)
        } catch {
            guard case .syntax(let what, _) = error else { fatalError("unreachable") }
            throw .damaged(path: path, line: line, problem: .syntax(what))
        }
        guard case .object(let object) = value else {
            throw .damaged(path: path, line: line, problem: .event(.notAnObject))
        }
        do {
            return try Event(decoding: object)
        } catch {
            throw .damaged(path: path, line: line, problem: .event(error))
        }
    }

    private static func syntaxProblem(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        do {
            _ = try JSONParser.parse(bytes)
            return "unreadable"
        } catch {
            guard case .syntax(let what, _) = error else { return "unreadable" }
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

    /// Replays every whole line. A torn last line (no newline: the only damage a crash
    /// mid-append can leave) is left out and reported; any other damage throws. Large logs
    /// are decoded on every core at once; events are applied strictly in log order.
    public static func replayTolerating(_ bytes: [UInt8], path: String) throws(LogError) -> TolerantReplay {
        try bytes.withUnsafeBufferPointer { (all) throws(LogError) in try replayTolerating(all, path: path) }
    }

    public static func replayTolerating(_ bytes: UnsafeBufferPointer<UInt8>, path: String,
                                        keepingEvents: Bool = false) throws(LogError) -> TolerantReplay {
        var desk = Desk(expectedEvents: bytes.count / 250)
        var torn: Int?
        var kept: [Event] = []
        for chunk in ParallelDecoder.decode(bytes, path: path) {
            if keepingEvents { kept += chunk.events }
            for (offset, event) in chunk.events.enumerated() {
                do throws(ReplayError) {
                    try desk.apply(event)
                } catch {
                    throw .damaged(path: path, line: chunk.firstLine + offset, problem: .replay(error))
                }
            }
            if let failure = chunk.failure {
                guard case .damaged(_, let line, .tornLastLine) = failure else { throw failure }
                torn = line
            }
        }
        let whole = torn == nil ? bytes.count : (bytes.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)
        return TolerantReplay(desk: desk, tornLastLine: torn, wholeLength: whole, events: kept)
    }
}
