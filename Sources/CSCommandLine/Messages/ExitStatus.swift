/// What a script can rely on: every exit status cs uses, in one place. `cs help
/// exit-codes`, the overview, the man page and the README's table render from this list.
public enum ExitStatus: Int32, CaseIterable, Sendable {
    case success = 0
    case refused = 1
    case usage = 2
    case notFound = 3
    case damaged = 4
    /// The command's output could not be written (a full disk, an I/O error).
    case outputFailed = 5
    /// A bug in cs: an error no layer names. Worth a report.
    case internalError = 70
    /// The reader of standard output went away (`cs log | head`): as if killed by SIGPIPE.
    case brokenPipe = 141
}
