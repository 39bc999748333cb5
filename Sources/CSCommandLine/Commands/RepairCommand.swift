import CSDomain

enum RepairCommand: Command {
    static let spec = CommandSpec(
        ["repair"], group: .setup,
        abstract: "cut a torn last line left by a crash, keeping a backup",
        discussion: "A crash or kill in the middle of an append can leave the last line incomplete. repair saves the "
            + "whole log beside it (events.jsonl.repair-TIME.bak), then cuts that line. It never removes a whole event: "
            + "a complete last event missing only its newline is completed instead. Other damage is refused; see 'cs verify'.",
        examples: ["cs repair", "cs verify && cs repair"])

    static func run(_ context: Context) throws {
        let log = try context.locateLog()
        let now = try context.now().rfc3339.filter { $0 != ":" && $0 != "-" }
        switch try log.repair(backupSuffix: "repair-" + now) {
        case .nothingToRepair:
            if !context.quiet { context.print("\(context.displayPath(log.path)): nothing to repair") }
        case .completedLastLine(let line):
            if !context.quiet {
                context.print("\(context.displayPath(log.path)):\(line): the last event was whole but lacked its newline; completed it")
            }
        case .cutTornLine(let line, let bytes, let backup):
            if !context.quiet {
                context.print("\(context.displayPath(log.path)):\(line): cut an incomplete last line (\(bytes) bytes); "
                    + "the original log is saved as \(context.displayPath(backup))")
            }
        }
    }
}
