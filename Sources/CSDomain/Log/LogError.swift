/// The log cannot be trusted, read or written. `line` is 1-based; the command line turns
/// these into `path:line: what` and exit status 4.
public enum LogError: Error, Equatable, Sendable {
    case unreadable(path: String, reason: String)
    case damaged(path: String, line: Int, problem: LogProblem)
    /// An append failed and was cut back: the log is exactly as it was before.
    case appendFailed(path: String, reason: String)
    /// The path names a folder, a FIFO, a device: not a log file.
    case notAFile(path: String, kind: FileKind)
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
