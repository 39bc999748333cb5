import CSDomain

enum RepairCommand: Command {
    static let spec = CommandSpec(
        ["repair"], group: .setup, abstract: .repairAbstract, discussion: .repairDiscussion,
        examples: ["cs repair", "cs verify && cs repair"])

    static func run(_ context: Context) throws {
        let log = try context.locateLog()
        let now = try context.now().rfc3339.filter { $0 != ":" && $0 != "-" }
        let shown = context.displayPath(log.path)
        let outcome = try log.repair(backupPrefix: "repair-" + now)
        if case .cutTornLine(_, let bytes, nil, let failure) = outcome {
            // Cutting needs no room; a full disk must not keep the desk from working.
            context.warn(.cutBytesNotSaved(bytes: bytes, reason: failure ?? .system(.createBackup, errorNumber: EIO)))
        }
        guard !context.quiet else { return }
        switch outcome {
        case .nothingToRepair:
            context.print(.nothingToRepair(path: shown))
        case .completedLastLine(let line):
            context.print(.completedLastLine(path: shown, line: line))
        case .cutTornLine(let line, let bytes, let backup, _):
            context.print(.cutTornLine(path: shown, line: line, bytes: bytes, backup: backup.map(context.displayPath)))
        }
    }
}
