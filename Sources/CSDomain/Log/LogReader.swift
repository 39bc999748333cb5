#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Turns the log's bytes into events, one line at a time, naming the line of any damage.
public enum LogReader {
    /// Calls `body` with each event in order. Stops at the first damaged line.
    public static func forEachEvent(in bytes: [UInt8], path: String,
                                    _ body: (Event, _ line: Int) throws(LogError) -> Void) throws(LogError) {
        try bytes.withUnsafeBufferPointer { (all: UnsafeBufferPointer<UInt8>) throws(LogError) in
            var start = 0
            var line = 0
            while start < all.count {
                line += 1
                let end = LogReader.endOfLine(all, from: start)
                guard end < all.count else { throw .damaged(path: path, line: line, problem: .tornLastLine) }
                guard end > start else { throw .damaged(path: path, line: line, problem: .emptyLine) }
                let event = try decodeLine(UnsafeBufferPointer(rebasing: all[start..<end]), path: path, line: line)
                try body(event, line)
                start = end + 1
            }
        }
    }

    /// The index of the next newline at or after `start`, or `count` when there is none.
    static func endOfLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let found = memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start) else { return bytes.count }
        return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    public static func decodeLine(_ bytes: UnsafeBufferPointer<UInt8>, path: String, line: Int) throws(LogError) -> Event {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
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

    /// Replays every event into a desk. Large logs are decoded on every core at once
    /// (lines are independent); events are then applied strictly in log order.
    public static func replay(_ bytes: [UInt8], path: String) throws(LogError) -> Desk {
        var desk = Desk()
        for chunk in ParallelDecoder.decode(bytes, path: path) {
            for (offset, event) in chunk.events.enumerated() {
                do throws(ReplayError) {
                    try desk.apply(event)
                } catch {
                    throw .damaged(path: path, line: chunk.firstLine + offset, problem: .replay(error))
                }
            }
            if let failure = chunk.failure { throw failure }
        }
        return desk
    }
}
