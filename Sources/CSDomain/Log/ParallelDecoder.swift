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
        var line = firstLine
        func body(_ chunk: Chunk, _ range: Range<Int>) throws(LogError) {
            try consume(chunk)
            if mapped { LogFile.release(UnsafeBufferPointer(rebasing: all[range])) }
        }
        if all.count - start < parallelThreshold || Cores.count < 2 {
            var begin = start
            while let range = nextRange(all, from: begin) {
                let chunk = decodeChunk(all, range, firstLine: line, path: path, depth: depth)
                line += chunk.lineCount
                try body(chunk, range)
                begin = range.upperBound
            }
            return
        }
        let pipeline = Pipeline(
            all, from: start, most: (all.count - start + chunkSize - 1) / chunkSize, window: 4 * Cores.count)
        let input = SendableBuffer(buffer: all)
        let workers = DispatchGroup()
        for _ in 0..<Cores.count {
            DispatchQueue.global().async(group: workers) {
                while let (index, range) = pipeline.take() {
                    // Numbered from 1 within the chunk; the consumer knows where it starts.
                    pipeline.store(
                        decodeChunk(input.buffer, range, firstLine: 1, path: path, depth: depth), range: range,
                        at: index)
                }
            }
        }
        defer {
            // The workers read `all`: they must be done before it may go away.
            pipeline.cancel()
            workers.wait()
            pipeline.returnRoom()
        }
        var index = 0
        while let (chunk, range) = pipeline.wait(for: index) {
            var chunk = chunk
            chunk.firstLine = line
            if case .damaged(let file, let local, let problem)? = chunk.failure {
                chunk.failure = .damaged(path: file, line: line + local - 1, problem: problem)
            }
            line += chunk.lineCount
            try body(chunk, range)
            index += 1
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
        // Four lines at a time: their sums are computed side by side (`LineChecksum.of`).
        // The arrays are made once a chunk, not once a line.
        var lines: [Range<Int>] = []
        var checked: [Result<Int, LineChecksum.Failure>] = []
        lines.reserveCapacity(4)
        checked.reserveCapacity(4)
        while start < range.upperBound {
            lines.removeAll(keepingCapacity: true)
            var next = start
            while lines.count < 4 && next < range.upperBound {
                let end = LogReader.endOfLine(all, from: next)
                lines.append(next..<end)
                next = end + 1
            }
            Self.check(lines, in: all, into: &checked)
            for (place, bounds) in lines.enumerated() {
                do throws(LogError) {
                    guard bounds.upperBound < all.count else {
                        throw .damaged(path: path, line: line, problem: .tornLastLine)
                    }
                    guard !bounds.isEmpty else { throw .damaged(path: path, line: line, problem: .emptyLine) }
                    let event = try LogReader.decodeLine(
                        UnsafeBufferPointer(rebasing: all[bounds]), checked: checked[place], path: path, line: line,
                        depth: depth)
                    chunk.idHashes.append(DeskSnapshot.hash(ofEventID: event.id))
                    chunk.events.append(event)
                    chunk.offsets.append(bounds.lowerBound)
                } catch {
                    chunk.failure = error
                    return chunk
                }
                line += 1
            }
            start = next
        }
        chunk.lineCount = line - firstLine
        return chunk
    }

    /// Each line's checked sum, into `checked`: how many bytes come before its sum field, or
    /// why the sum does not hold; the sums of the (up to four) lines computed at once.
    private static func check(
        _ lines: [Range<Int>], in all: UnsafeBufferPointer<UInt8>,
        into checked: inout [Result<Int, LineChecksum.Failure>]
    ) {
        func claim(_ place: Int) -> Result<LineChecksum.Claim, LineChecksum.Failure>? {
            guard place < lines.count else { return nil }
            let bounds = lines[place]
            return Result { () throws(LineChecksum.Failure) in
                try LineChecksum.Claim(
                    UnsafeBufferPointer(rebasing: all[bounds]),
                    previous: LineChecksum.previousSum(before: bounds.lowerBound, in: all))
            }
        }
        let claims = (claim(0), claim(1), claim(2), claim(3))
        func lane(_ claim: Result<LineChecksum.Claim, LineChecksum.Failure>?) -> LineChecksum.Lane {
            guard case .success(let claim)? = claim else { return (UnsafeBufferPointer(start: nil, count: 0), nil) }
            return claim.lane
        }
        let sums = LineChecksum.of((lane(claims.0), lane(claims.1), lane(claims.2), lane(claims.3)))
        checked.removeAll(keepingCapacity: true)
        // One call a lane, not a loop over an array of them: an array made for every four lines.
        func add(_ claim: Result<LineChecksum.Claim, LineChecksum.Failure>?, _ sum: UInt64) {
            guard let claim else { return }
            checked.append(
                claim.flatMap { claim in Result { () throws(LineChecksum.Failure) in try claim.holds(sum) } })
        }
        add(claims.0, sums.0)
        add(claims.1, sums.1)
        add(claims.2, sums.2)
        add(claims.3, sums.3)
    }

    /// The range of about `chunkSize` bytes from `begin`, ending just after a newline (or at
    /// the end); nil at the end. Found as the chunks are taken, never all at first: finding
    /// every chunk's end up front touched a page of each mebibyte of the log, and a kernel
    /// that keeps the file in large folios then mapped nearly all of it at once (peak memory
    /// 440 MB for a replay of 470 MB that holds 130).
    static func nextRange(_ all: UnsafeBufferPointer<UInt8>, from begin: Int) -> Range<Int>? {
        guard begin < all.count else { return nil }
        let target = min(all.count, begin + chunkSize)
        let end = target >= all.count ? all.count : min(all.count, LogReader.endOfLine(all, from: target) + 1)
        return begin..<end
    }

    /// The input, shared read-only with the worker threads while `forEach` runs.
    private struct SendableBuffer: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<UInt8>
    }

    /// Chunks handed from the decoding workers to the one thread that applies them, at most
    /// `window` ahead of it.
    private final class Pipeline: @unchecked Sendable {
        private let all: UnsafeBufferPointer<UInt8>
        /// Each chunk and its range, once decoded; the slot after the last holds nil.
        private let slots: UnsafeMutableBufferPointer<(Chunk, Range<Int>)?>
        private let ready: [DispatchSemaphore]
        private let room: DispatchSemaphore
        private let lock = PosixMutex()
        private var next = 0
        /// Where the next chunk starts.
        private var cursor: Int
        private var cancelled = false
        private var finished = false
        /// Chunks taken and not yet handed over: each holds one of `room`'s permits.
        private var held = 0

        /// `most`: the most chunks there can be (each but the last is at least `chunkSize`).
        init(_ all: UnsafeBufferPointer<UInt8>, from start: Int, most: Int, window: Int) {
            self.all = all
            cursor = start
            slots = .allocate(capacity: most + 1)
            slots.initialize(repeating: nil)
            ready = (0...most).map { _ in DispatchSemaphore(value: 0) }
            room = DispatchSemaphore(value: window)
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        /// The next chunk to decode and its range, once there is room for it; nil when all
        /// are taken (the consumer is then told, after the last) or the consumer stopped.
        func take() -> (Int, Range<Int>)? {
            room.wait()
            lock.lock()
            defer { lock.unlock() }
            guard !cancelled, !finished, let range = nextRange(all, from: cursor) else {
                if !cancelled && !finished {
                    finished = true
                    ready[next].signal()
                }
                room.signal()
                return nil
            }
            precondition(next < slots.count - 1, "no more chunks than a log of this length can hold")
            cursor = range.upperBound
            next += 1
            held += 1
            return (next - 1, range)
        }

        func store(_ chunk: Chunk, range: Range<Int>, at index: Int) {
            slots[index] = (chunk, range)
            ready[index].signal()
        }

        /// Chunk `index` and its range, once decoded; nil after the last.
        func wait(for index: Int) -> (Chunk, Range<Int>)? {
            ready[index].wait()
            guard let chunk = slots[index] else { return nil }
            slots[index] = nil
            lock.withLock { held -= 1 }
            room.signal()
            return chunk
        }

        /// Gives back the permits of chunks taken but never handed over (the consumer stopped
        /// at a damaged line), once the workers are done: a semaphore freed with fewer permits
        /// than it started with stops the process (libdispatch traps: SIGILL, no message), and
        /// did, for any log over 4 MiB damaged in an early chunk.
        func returnRoom() {
            let count = lock.withLock { held }
            for _ in 0..<max(0, count) { room.signal() }
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
