/// The log cannot be trusted, read or written. `line` is 1-based; the command line turns
/// these into `path:line: what` and exit status 4.
public enum LogError: Error, Equatable, Sendable {
    case unreadable(path: String, reason: LogFailure)
    case damaged(path: String, line: Int, problem: LogProblem)
    /// An append failed and was cut back: the log is exactly as it was before.
    case appendFailed(path: String, reason: LogFailure)
    /// The path names a folder, a FIFO, a device: not a log file.
    case notAFile(path: String, kind: FileKind)
    /// Merging copies of a log: the event at `line` of `path` has the id of another copy's
    /// event with other contents. No merge by events can keep both.
    case mergeClash(path: String, line: Int, id: String)
    /// The snapshot beside the log (`path`) failed a checksum while a command read it, too
    /// late to answer again from the log (`when`). The snapshot was removed.
    case derivedStateDamaged(path: String, when: DamageMoment = .outputWritten)
}

/// Why a command that met a damaged snapshot could not simply be answered again.
public enum DamageMoment: Equatable, Sendable {
    /// Part of its output was already out.
    case outputWritten
    /// It had read standard input, which cannot be read twice; it changed nothing.
    case inputRead
    /// Its change was already appended (or, for `cs sync`, git's work done).
    case changeRecorded
}

/// Why the log, or a file cs keeps beside it, could not be used: facts the command line
/// words in the reader's language.
public indirect enum LogFailure: Equatable, Sendable {
    /// A system call failed: what cs was doing, and the error number it got.
    case system(LogOperation, errorNumber: Int32)
    /// The log is shorter than the snapshot beside it says (it was cut or replaced).
    case shorterThanSnapshot
    /// The desk's secret file holds something else than 64 hex digits.
    case notADeskSecret
    /// An append failed, and cutting its partial write back failed too: `cs repair` fixes it.
    case cutBackFailed(LogFailure, errorNumber: Int32)
    /// Every backup name `PREFIX-N.bak` up to a thousand is taken.
    case tooManyBackups(prefix: String)
}

/// What cs was doing when a system call failed.
public enum LogOperation: Sendable {
    case open, inspect, lock, read, map, write, sync, cutTornLine, createFolder, createSecret, writeSecret, createBackup
}

public enum LogProblem: Equatable, Sendable {
    case syntax(JSONSyntax)
    case event(EventDecodingError)
    case replay(ReplayError)
    case emptyLine
    case tornLastLine
    case missingChecksum
    /// The line ends in a carriage return: the file was saved with Windows line endings.
    case carriageReturn
    case checksumMismatch
    /// A chained line that does not follow from the line before it: changed, or a line
    /// before it removed, added or moved.
    case chainBroken
}
