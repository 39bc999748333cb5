import CSDomain

/// What a command must know to be run again from the log when a snapshot it stood on turns
/// out damaged halfway (a record that fails its checksum, `DeskSnapshot`): the desks it
/// read, whether it appended, and whether it read standard input (which cannot be read twice).
final class DerivedDamageWatch: @unchecked Sendable {
    private let lock = PosixMutex()
    private var desks: [(desk: Desk, log: EventLog)] = []
    private var appended = false
    private var readInput = false

    func watch(_ desk: Desk, log: EventLog) { lock.withLock { desks.append((desk, log)) } }

    /// The command changed something beyond its output: appended events, or ran git.
    func noteAppend() { lock.withLock { appended = true } }
    func noteInputRead() { lock.withLock { readInput = true } }

    /// Whether a damaged record has been met.
    var seen: Bool { lock.withLock { desks.contains { $0.desk.derivedStateDamaged } } }

    /// The logs whose snapshots a damaged record was met in.
    var damagedLogs: [EventLog] {
        lock.withLock { desks.filter(\.desk.derivedStateDamaged).map(\.log) }
    }

    /// Whether running the command again from the log changes nothing already done.
    var mayRunAgain: Bool { lock.withLock { !appended && !readInput } }

    /// Why the command cannot be answered again (when `mayRunAgain` is false, or output is out).
    var moment: DamageMoment {
        lock.withLock { appended ? .changeRecorded : readInput ? .inputRead : .outputWritten }
    }
}
