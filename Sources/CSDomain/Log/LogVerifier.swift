/// Checks every line rather than stopping at the first problem, for `cs verify`.
public enum LogVerifier {
    public struct Problem: Equatable, Sendable {
        public var line: Int
        public var problem: LogProblem
    }

    public struct Report: Sendable {
        public var eventCount = 0
        public var problems: [Problem] = []
        /// Lines of format version 1, whose sums stand alone: a line removed or moved among
        /// them would not show (`cs upgrade` chains them).
        public var unchainedLines = 0
        /// The conflicts a merge left open (see `Conflict`): not problems, the log is sound.
        public var conflicts: [Located] = []
    }

    /// An open conflict and the line of its event.
    public struct Located: Sendable {
        public var line: Int
        public var ticket: String
        public var conflict: Conflict
    }

    public static func verify(_ bytes: [UInt8], path: String) -> Report {
        bytes.withUnsafeBufferPointer { verify($0, path: path) }
    }

    /// `mapped`: `bytes` map the log file (see `ParallelDecoder.forEach`).
    public static func verify(_ bytes: UnsafeBufferPointer<UInt8>, path: String, mapped: Bool = false) -> Report {
        var (report, desk) = verifyLines(bytes, path: path, mapped: mapped)
        report.unchainedLines = countUnchained(bytes)
        // Which of the conflicts met on the way are still open at the end.
        report.conflicts = report.conflicts.compactMap { found in
            guard
                let conflict = desk.ticket(found.ticket)?.conflicts.first(where: {
                    $0.eventID == found.conflict.eventID
                }),
                conflict.isOpen
            else { return nil }
            return Located(line: found.line, ticket: found.ticket, conflict: conflict)
        }
        return report
    }

    private static func countUnchained(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var start = 0
        while start < bytes.count {
            let end = LogReader.endOfLine(bytes, from: start)
            if end > start, !LineChecksum.isChained(UnsafeBufferPointer(rebasing: bytes[start..<end])) { count += 1 }
            start = end + 1
        }
        return count
    }

    private static func verifyLines(
        _ bytes: UnsafeBufferPointer<UInt8>, path: String, mapped: Bool
    ) -> (Report, Desk) {
        // Fast path for the usual case, a healthy log: decode on every core while checking.
        var report = Report()
        var desk = Desk(expectedEvents: bytes.count / 400)
        do throws(LogError) {
            try ParallelDecoder.forEach(bytes, path: path, depth: .strict, mapped: mapped) { (chunk) throws(LogError) in
                if let failure = chunk.failure { throw failure }
                for (index, event) in chunk.events.enumerated() {
                    check(
                        event, line: chunk.firstLine + index, offset: chunk.offsets[index], desk: &desk, report: &report
                    )
                }
            }
            return (report, desk)
        } catch {
            return verifyLineByLine(bytes, path: path)
        }
    }

    /// Every line on its own, carrying on past damage, so each problem gets its line.
    static func verifyLineByLine(_ all: UnsafeBufferPointer<UInt8>, path: String) -> (Report, Desk) {
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
                    let event = try LogReader.decodeLine(
                        in: all, from: start, to: end, path: path, line: line, depth: .strict)
                    check(event, line: line, offset: start, desk: &desk, report: &report)
                } catch {
                    if case .damaged(_, _, let problem) = error {
                        report.problems.append(Problem(line: line, problem: problem))
                    }
                }
            }
        }
        return (report, desk)
    }

    /// The check past decoding: whether replay can apply the event.
    private static func check(_ event: Event, line: Int, offset: Int, desk: inout Desk, report: inout Report) {
        do throws(ReplayError) {
            try desk.apply(event, at: offset)
            report.eventCount += 1
            if event.isTicket, let conflict = desk.ticket(event.ticket)?.conflicts.last, conflict.eventID == event.id {
                report.conflicts.append(Located(line: line, ticket: event.ticket, conflict: conflict))
            }
        } catch {
            report.problems.append(Problem(line: line, problem: .replay(error)))
        }
    }
}
