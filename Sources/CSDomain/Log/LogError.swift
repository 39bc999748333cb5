/// The log cannot be trusted or read. `line` is 1-based; the command line turns these
/// into `path:line: what` and exit status 4.
public enum LogError: Error, Equatable, Sendable {
    case unreadable(path: String, reason: String)
    case damaged(path: String, line: Int, problem: LogProblem)
}

public enum LogProblem: Equatable, Sendable {
    case syntax(String)
    case event(EventDecodingError)
    case replay(ReplayError)
    case emptyLine
    case tornLastLine
    case missingChecksum
    case checksumMismatch
}
