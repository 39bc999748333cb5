import Dispatch

/// Decodes a log's lines on all cores. The log is cut into chunks at line ends; each
/// chunk decodes alone and stops at its first bad line, so the first failure in log order
/// is still the one reported, with its exact line number.
enum ParallelDecoder {
    struct Chunk: Sendable {
        var firstLine: Int
        var events: [Event] = []
        /// The chunk's first undecodable line; its events stop just before it.
        var failure: LogError?
    }

    /// Below this a single pass is faster than starting threads.
    static let parallelThreshold = 4 << 20

    static func decode(_ bytes: [UInt8], path: String) -> [Chunk] {
        bytes.withUnsafeBufferPointer { decode($0, path: path) }
    }

    static func decode(_ all: UnsafeBufferPointer<UInt8>, path: String) -> [Chunk] {
        let ranges = cut(all, into: all.count < parallelThreshold ? 1 : 16)
        // Lines before each chunk, so every chunk knows its first line's number.
        var counted: [Int] = []
        var line = 1
        for range in ranges {
            counted.append(line)
            line += countLines(all, range)
        }
        let firstLines = counted
        let results = Results(count: ranges.count)
        let input = SendableBuffer(buffer: all)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
            results.store(decodeChunk(input.buffer, ranges[index], firstLine: firstLines[index], path: path), at: index)
        }
        return results.chunks
    }

    private static func decodeChunk(_ all: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, firstLine: Int,
                                    path: String) -> Chunk {
        var chunk = Chunk(firstLine: firstLine)
        chunk.events.reserveCapacity(range.count / 200)
        var start = range.lowerBound
        var line = firstLine
        while start < range.upperBound {
            let end = LogReader.endOfLine(all, from: start)
            do throws(LogError) {
                guard end < all.count else { throw .damaged(path: path, line: line, problem: .tornLastLine) }
                guard end > start else { throw .damaged(path: path, line: line, problem: .emptyLine) }
                chunk.events.append(try LogReader.decodeLine(UnsafeBufferPointer(rebasing: all[start..<end]), path: path, line: line))
            } catch {
                chunk.failure = error
                return chunk
            }
            start = end + 1
            line += 1
        }
        return chunk
    }

    /// Up to `parts` ranges of about equal size, each ending just after a newline (or at the end).
    private static func cut(_ all: UnsafeBufferPointer<UInt8>, into parts: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        let size = max(1, all.count / parts)
        while start < all.count {
            let target = min(all.count, start + size)
            let end = target >= all.count ? all.count : min(all.count, LogReader.endOfLine(all, from: target) + 1)
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }

    private static func countLines(_ all: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        var start = range.lowerBound
        while start < range.upperBound {
            count += 1
            start = LogReader.endOfLine(all, from: start) + 1
        }
        return count
    }

    /// The input, shared read-only with the worker threads for the duration of `decode`.
    private struct SendableBuffer: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<UInt8>
    }

    /// One slot per chunk; each worker writes only its own slot.
    private final class Results: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<Chunk?>
        init(count: Int) { slots = .allocate(capacity: count); slots.initialize(repeating: nil) }
        deinit { slots.deinitialize(); slots.deallocate() }
        func store(_ chunk: Chunk, at index: Int) { slots[index] = chunk }
        var chunks: [Chunk] { slots.map { $0! } }
    }
}
