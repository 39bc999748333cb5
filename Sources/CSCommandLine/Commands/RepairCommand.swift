import CSDomain

enum RepairCommand: Command {
    static let path = ["repair"]
    static let spec = CommandSpec(
        path, group: .setup, abstract: .repairAbstract, discussion: .repairDiscussion,
        examples: ["cs repair", "cs repair && cs verify"])

    static func run(_ context: Context) throws(Failure) {
        let log = try context.desk.locateLog()
        let now = try context.clock.now().rfc3339.filter { $0 != ":" && $0 != "-" }
        let shown = context.output.displayPath(log.path)
        let outcome = try Failure.catching(log: log.repair(backupPrefix: "repair-" + now))
        if case .cutTornLine(_, let bytes, nil, let failure) = outcome {
            // Cutting needs no room; a full disk must not keep the desk from working.
            context.output.warn(
                .cutBytesNotSaved(bytes: bytes, reason: failure ?? .system(.createBackup, errorNumber: EIO)))
        }
        guard !context.output.quiet else { return }
        switch outcome {
        case .nothingToRepair:
            context.output.print(.nothingToRepair(path: shown))
        case .completedLastLine(let line):
            context.output.print(.completedLastLine(path: shown, line: line))
        case .cutTornLine(let line, let bytes, let backup, _):
            context.output.print(
                .cutTornLine(path: shown, line: line, bytes: bytes, backup: backup.map(context.output.displayPath)))
        }
    }
}
