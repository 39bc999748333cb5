/// Checks every line rather than stopping at the first problem, for `cs verify`.
public enum LogVerifier {
    public struct Problem: Equatable, Sendable {
        public var line: Int
        public var problem: LogProblem
    }

    public struct Report: Sendable {
        public var eventCount = 0
        public var problems: [Problem] = []
    }

    public static func verify(_ bytes: [UInt8], path: String) -> Report {
        bytes.withUnsafeBufferPointer { verify($0, path: path) }
    }

    public static func verify(_ bytes: UnsafeBufferPointer<UInt8>, path: String) -> Report {
        // Fast path for the usual case, a healthy log: decode on every core, then check.
        let chunks = ParallelDecoder.decode(bytes, path: path)
        if chunks.allSatisfy({ $0.failure == nil }) {
            var report = Report()
            var desk = Desk(expectedEvents: bytes.count / 250)
            for chunk in chunks {
                for (offset, event) in chunk.events.enumerated() {
                    check(event, line: chunk.firstLine + offset, desk: &desk, report: &report)
                }
            }
            return report
        }
        return verifyLineByLine(bytes, path: path)
    }

    /// Every line on its own, carrying on past damage, so each problem gets its line.
    static func verifyLineByLine(_ all: UnsafeBufferPointer<UInt8>, path: String) -> Report {
        var report = Report()
        var desk = Desk()
        do {
            var start = 0
            var line = 0
            while start < all.count {
                line += 1
                let end = LogReader.endOfLine(all, from: start)
                defer { start = end + 1 }
                if end == all.count {
                    report.problems.append(Problem(line: line, problem: .tornLastLine))
                    continue
                }
                if end == start {
                    report.problems.append(Problem(line: line, problem: .emptyLine))
                    continue
                }
                do throws(LogError) {
                    let event = try LogReader.decodeLine(UnsafeBufferPointer(rebasing: all[start..<end]), path: path, line: line)
                    check(event, line: line, desk: &desk, report: &report)
                } catch {
                    if case .damaged(_, _, let problem) = error { report.problems.append(Problem(line: line, problem: problem)) }
                }
            }
        }
        return report
    }

    /// The check past decoding: whether replay can apply the event.
    private static func check(_ event: Event, line: Int, desk: inout Desk, report: inout Report) {
        do throws(ReplayError) {
            try desk.apply(event)
            report.eventCount += 1
        } catch {
            report.problems.append(Problem(line: line, problem: .replay(error)))
        }
    }
}
