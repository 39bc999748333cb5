import CSDomain

/// `cs upgrade`: a log written before chained checksums, rewritten chained.
enum UpgradeCommand: Command {
    static let path = ["upgrade"]
    static let spec = CommandSpec(
        path, group: .setup, abstract: .upgradeAbstract, discussion: .upgradeDiscussion,
        examples: ["cs upgrade", "cs verify && cs upgrade"])

    static func run(_ context: Context) throws(Failure) {
        let log = try context.desk.locateLog()
        let now = try context.clock.now().rfc3339.filter { $0 != ":" && $0 != "-" }
        let shown = context.output.displayPath(log.path)
        switch try Failure.catching(log: log.upgrade(backupPrefix: "upgrade-" + now)) {
        case .alreadyChained:
            if !context.output.quiet { context.output.print(.alreadyChained(path: shown)) }
        case .chained(let lines, let backup):
            if !context.output.quiet {
                context.output.print(.chained(path: shown, lines: lines, backup: context.output.displayPath(backup)))
            }
        }
    }
}
