import CSDomain

enum InitCommand: Command {
    static let spec = CommandSpec(
        ["init"], group: .setup,
        abstract: "create a desk here: .cs/ holding an empty event log",
        discussion: "The folder is created owner-only (0700) and the log 0600. With --log PATH the log is created at PATH.",
        examples: ["cs init", "cs --log /srv/desk/events.jsonl init"])

    static func run(_ context: Context) throws {
        let given = context.invocation.globals.log ?? context.environment.variables["CS_LOG"].flatMap { $0.isEmpty ? nil : $0 }
        let shown = given ?? ".cs/events.jsonl"
        guard !shown.isEmpty else { throw UsageError.invalidValue(what: "--log", value: "", expected: "the path of the desk's log file") }
        let path = context.absolute(shown)
        try LogLocation.check(path, shownAs: shown, mustExist: false)
        if try EventLog.create(at: path) {
            if !context.quiet { context.print("created an empty desk at \(shown)") }
        } else if !context.quiet {
            context.print("a desk already exists at \(shown); nothing changed")
        }
    }
}
