import CSDomain

enum InitCommand: Command {
    static let path = ["init"]
    static let spec = CommandSpec(
        path, group: .setup, abstract: .initAbstract, discussion: .initDiscussion,
        examples: ["cs init", "cs --log /srv/desk/events.jsonl init"])

    static func run(_ context: Context) throws(Failure) {
        let given =
            context.invocation.globals.log ?? context.environment.variables["CS_LOG"].flatMap { $0.isEmpty ? nil : $0 }
        let shown = given ?? ".cs/events.jsonl"
        guard !shown.isEmpty else { throw .usage(.invalidValue(what: "--log", value: "", expected: .logPath)) }
        let path = context.environment.absolute(shown)
        try LogLocation.check(path, shownAs: shown, mustExist: false)
        let created = try Failure.catching(log: EventLog.create(at: path))
        if !context.output.quiet {
            context.output.print(created ? .deskCreated(path: shown) : .deskExists(path: shown))
        }
        // In a git work tree, the desk is shared through git: git must merge it by events.
        // Again in every fresh clone, since git does not copy the driver's config.
        if let root = try GitDesk.register(log: path, variables: context.environment.variables) {
            GitDesk.restrictModes(log: path)
            if !context.output.quiet { context.output.print(.gitRegistered(root: root)) }
        }
    }
}
