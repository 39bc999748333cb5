import CSDomain

/// The one way through: argv → a parsed line → one command run → its exit status. The
/// only place that decides streams and exit statuses; nothing else calls `exit`.
public enum CommandLineTool {
    public static let version = "0.1.0"

    public static func run(environment: CommandEnvironment) -> Int32 {
        let catalogue = Catalogue(Language.from(environment.variables))
        var status = ExitStatus.success
        do {
            try runCommand(environment, catalogue: catalogue)
        } catch {
            let message = catalogue.describe(error, displayPath: environment.displayPath)
            // One line, and nothing in it that acts on a terminal (values can come from the log);
            // a value quoted from a file can be megabytes long: the line keeps its start (what is
            // wrong) and its end (the way out).
            environment.errors("cs: \(Self.shortened(Terminal.singleLine(message)))\n")
            status = error.exitStatus
        }
        // Output that never arrived is a failure even when the command did its work: a
        // script reading `cs list > file` on a full disk must not be told all is well.
        if let failure = environment.output.failure {
            if failure == EPIPE { return ExitStatus.brokenPipe.rawValue }
            environment.errors("cs: " + catalogue.outputFailed(errorNumber: failure) + "\n")
            if status == .success { status = .outputFailed }
        }
        return status.rawValue
    }

    private static func runCommand(_ environment: CommandEnvironment, catalogue: Catalogue) throws(Failure) {
        if let bad = environment.undecodableArgument {
            throw .usage(.argumentNotUTF8(position: bad.position, bytes: bad.bytes))
        }
        if let bad = environment.undecodableVariable {
            throw .usage(.variableNotUTF8(name: bad.name, bytes: bad.bytes))
        }
        let help = HelpText(catalogue: catalogue)
        switch try Failure.catching(
            usage: ArgumentParser.parse(environment.arguments, directory: CommandTable.directory))
        {
        case .version:
            environment.output("cs \(version)\n")
        case .help(let spec, _):
            environment.output((spec.map(help.command) ?? help.overview(CommandTable.specs)) + "\n")
        case .groupHelp(let group):
            environment.output(help.group(group, CommandTable.specs) + "\n")
        case .run(let invocation):
            if invocation.globals.version {
                environment.output("cs \(version)\n")
                return
            }
            do {
                try runAnsweringFromTheLogIfNeeded(invocation, environment)
            } catch .notFound(.noTicket(let typed)) {
                throw Self.subcommandMeant(typed, by: invocation) ?? .notFound(.noTicket(typed))
            }
        }
    }

    /// `cs sla polcy`: `sla` takes a ticket, so the parser took `polcy` for one. When no
    /// ticket matches and the word is close to one of the command's subcommands, that is
    /// what was meant far more likely than a ticket (exit 2, with the guess).
    private static func subcommandMeant(_ typed: String, by invocation: Invocation) -> Failure? {
        let path = invocation.command.path
        let subcommands = CommandTable.directory.paths.filter { $0.count == path.count + 1 && $0.starts(with: path) }
        guard invocation.arguments.values.contains(where: { $0.first == typed }),
            let suggestion = Suggestion.closest(to: typed, among: subcommands.map { $0[path.count] })
        else { return nil }
        return .usage(.neitherTicketNorSubcommand(typed, command: invocation.command.name, suggestion: suggestion))
    }

    /// Runs the command; if it read a record of a snapshot that failed its checksum, the
    /// snapshot is removed and the command run again, from the log, when that changes nothing
    /// already done: no event appended (a damaged read is refused before appending), no
    /// standard input read, and no output out of the buffer yet (else it says so, exit 4;
    /// a warning already on standard error may then be said twice). A snapshot that cannot be
    /// removed (a read-only folder, an immutable file) is not read again: the second run
    /// reads the log alone, as `CS_NO_DERIVED=1` does (it answered from the same damaged
    /// snapshot, an empty `cs list`, exit 0; found by a helper's trial).
    private static func runAnsweringFromTheLogIfNeeded(
        _ invocation: Invocation, _ environment: CommandEnvironment
    ) throws(Failure) {
        let command = CommandTable.command(for: invocation.command)
        let damage = DerivedDamageWatch()
        do {
            try command.run(Context(invocation: invocation, environment: environment, damage: damage))
        } catch {
            if damage.damagedLogs.isEmpty { throw error }
        }
        let damaged = damage.damagedLogs
        guard let first = damaged.first else { return }
        var again = environment
        for log in damaged where !log.discardDamagedSnapshot() { again.distrustsDerivedFiles = true }
        guard damage.mayRunAgain, environment.output.discardUnwritten() else {
            throw .log(.derivedStateDamaged(path: first.snapshotPath, when: damage.moment))
        }
        try command.run(Context(invocation: invocation, environment: again))
    }

    /// At most `limit` characters: the first and last parts, joined by " … ".
    static func shortened(_ line: String, limit: Int = 1000) -> String {
        guard line.count > limit else { return line }
        return String(line.prefix(limit * 3 / 5)) + " … " + String(line.suffix(limit * 2 / 5))
    }
}
