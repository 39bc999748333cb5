import Dispatch

/// Decodes a log's lines on every core and hands them over in log order, chunk by chunk, as
/// they are done: replay applies one chunk while the next ones decode, and the whole log's
/// events are never held at once. Each chunk stops at its first bad line, so the first
/// failure in log order is the one reported, with its exact line number.
enum ParallelDecoder {
    struct Chunk {
        /// 1-based number of the chunk's first line in the whole log.
        var firstLine: Int
        var events: [Event] = []
        /// Where each event's line starts in the log.
        var offsets: [Int] = []
        /// Each event id's hash (`DeskSnapshot.hash(ofEventID:)`), made here off the thread
        /// that applies the events.
        var idHashes: [UInt64] = []
        /// The chunk's first undecodable line (its events stop just before it).
        var failure: LogError?
        /// Lines in the chunk (when it has no failure).
        var lineCount = 0
    }

    /// A chunk's worth of log: large enough to amortise a thread hop, small enough that a
    /// few in flight hold little memory.
    static let chunkSize = 1 << 20
    /// Below this a single pass is faster than starting threads.
    static let parallelThreshold = 4 << 20

    /// Every whole line from `start` on, in order, to `body`. Lines are numbered from `firstLine`.
    /// `depth`: how much of each line to read (see `LogReader.Depth`). `mapped`: `all` is a
    /// mapping of the log file, whose pages are handed back once their chunk is applied, so
    /// a 4.6 GB log is read in constant memory (they come back from the page cache if read
    /// again). Never for bytes in ordinary memory, which that would wipe.
    static func forEach(
        _ all: UnsafeBufferPointer<UInt8>, from start: Int = 0, firstLine: Int = 1, path: String,
        depth: LogReader.Depth, mapped: Bool = false,
        _ consume: (Chunk) throws(LogError) -> Void
    ) throws(LogError) {
        let ranges = cut(all, from: start, size: chunkSize)
        var line = firstLine
        func body(_ chunk: Chunk, _ range: Range<Int>) throws(LogError) {
            try consume(chunk)
            if mapped { LogFile.release(UnsafeBufferPointer(rebasing: all[range])) }
        }
        if all.count - start < parallelThreshold || ranges.count < 2 || Cores.count < 2 {
            for range in ranges {
                let chunk = decodeChunk(all, range, firstLine: line, path: path, depth: depth)
                line += chunk.lineCount
                try body(chunk, range)
            }
            return
        }
        let pipeline = Pipeline(count: ranges.count, window: 4 * Cores.count)
        let input = SendableBuffer(buffer: all)
        let workers = DispatchGroup()
        for _ in 0..<Cores.count {
            DispatchQueue.global().async(group: workers) {
                while let index = pipeline.take() {
                    // Numbered from 1 within the chunk; the consumer knows where it starts.
                    pipeline.store(
                        decodeChunk(input.buffer, ranges[index], firstLine: 1, path: path, depth: depth), at: index)
                }
            }
        }
        defer {
            // The workers read `all`: they must be done before it may go away.
            pipeline.cancel()
            workers.wait()
        }
        for index in ranges.indices {
            var chunk = pipeline.wait(for: index)
            chunk.firstLine = line
            if case .damaged(let file, let local, let problem)? = chunk.failure {
                chunk.failure = .damaged(path: file, line: line + local - 1, problem: problem)
            }
            line += chunk.lineCount
            try body(chunk, ranges[index])
        }
    }

    private static func decodeChunk(
        _ all: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, firstLine: Int, path: String,
        depth: LogReader.Depth
    ) -> Chunk {
        var chunk = Chunk(firstLine: firstLine)
        chunk.events.reserveCapacity(range.count / 300)
        chunk.offsets.reserveCapacity(range.count / 300)
        var start = range.lowerBound
        var line = firstLine
        while start < range.upperBound {
            let end = LogReader.endOfLine(all, from: start)
            do throws(LogError) {
                guard end < all.count else { throw .damaged(path: path, line: line, problem: .tornLastLine) }
                guard end > start else { throw .damaged(path: path, line: line, problem: .emptyLine) }
                let event = try LogReader.decodeLine(
                    in: all, from: start, to: end, path: path, line: line, depth: depth)
                chunk.idHashes.append(DeskSnapshot.hash(ofEventID: event.id))
                chunk.events.append(event)
                chunk.offsets.append(start)
            } catch {
                chunk.failure = error
                return chunk
            }
            start = end + 1
            line += 1
        }
        chunk.lineCount = line - firstLine
        return chunk
    }

    /// Ranges of about `size` bytes from `start`, each ending just after a newline (or at the end).
    private static func cut(_ all: UnsafeBufferPointer<UInt8>, from start: Int, size: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var begin = start
        while begin < all.count {
            let target = min(all.count, begin + size)
            let end = target >= all.count ? all.count : min(all.count, LogReader.endOfLine(all, from: target) + 1)
            ranges.append(begin..<end)
            begin = end
        }
        return ranges
    }

    /// The input, shared read-only with the worker threads while `forEach` runs.
    private struct SendableBuffer: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<UInt8>
    }

    /// Chunks handed from the decoding workers to the one thread that applies them, at most
    /// `window` ahead of it.
    private final class Pipeline: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<Chunk?>
        private let ready: [DispatchSemaphore]
        private let room: DispatchSemaphore
        private let lock = PosixMutex()
        private var next = 0
        private var cancelled = false

        init(count: Int, window: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
            ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
            room = DispatchSemaphore(value: window)
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        /// The next chunk to decode, once there is room for it; nil when all are taken or
        /// the consumer stopped.
        func take() -> Int? {
            room.wait()
            lock.lock()
            defer { lock.unlock() }
            guard !cancelled, next < slots.count else {
                room.signal()
                return nil
            }
            next += 1
            return next - 1
        }

        func store(_ chunk: Chunk, at index: Int) {
            slots[index] = chunk
            ready[index].signal()
        }

        func wait(for index: Int) -> Chunk {
            ready[index].wait()
            let chunk = slots[index]!
            slots[index] = nil
            room.signal()
            return chunk
        }

        func cancel() {
            lock.lock()
            cancelled = true
            lock.unlock()
            // Wake any worker waiting for room, so it can see it is done.
            for _ in 0..<Cores.count { room.signal() }
        }
    }
}
