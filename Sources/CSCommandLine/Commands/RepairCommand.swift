import CSDomain

enum RepairCommand: Command {
    static let spec = CommandSpec(
        ["repair"], group: .setup,
        abstract: "cut a torn last line left by a crash, keeping a backup",
        discussion: "A crash or kill in the middle of an append can leave the last line incomplete. repair saves that "
            + "line's bytes beside the log (events.jsonl.repair-TIME.bak; -2, -3, ... when taken), then cuts it. Cutting needs "
            + "no free space: on a full disk the bytes are cut unsaved, with a warning. It never removes a whole event: "
            + "a complete last event missing only its newline is completed instead. Other damage is refused; see 'cs verify'.",
        examples: ["cs repair", "cs verify && cs repair"])

    static func run(_ context: Context) throws {
        let log = try context.locateLog()
        let now = try context.now().rfc3339.filter { $0 != ":" && $0 != "-" }
        switch try log.repair(backupPrefix: "repair-" + now) {
        case .nothingToRepair:
            if !context.quiet { context.print("\(context.displayPath(log.path)): nothing to repair") }
        case .completedLastLine(let line):
            if !context.quiet {
                context.print("\(context.displayPath(log.path)):\(line): the last event was whole but lacked its newline; completed it")
            }
        case .cutTornLine(let line, let bytes, let backup?, _):
            if !context.quiet {
                context.print("\(context.displayPath(log.path)):\(line): cut an incomplete last line (\(bytes) bytes); "
                    + "the cut bytes are saved as \(context.displayPath(backup))")
            }
        case .cutTornLine(let line, let bytes, nil, let failure):
            // Cutting needs no room; a full disk must not keep the desk from working.
            context.warn("warning: could not save the \(bytes) cut bytes (\(failure ?? "unknown")); they were an incomplete "
                + "event that no command reported as written")
            if !context.quiet {
                context.print("\(context.displayPath(log.path)):\(line): cut an incomplete last line (\(bytes) bytes)")
            }
        }
    }
}
