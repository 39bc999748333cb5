import CSDomain
/// The one way through: argv → a parsed line → one command run → its exit status. The
/// only place that decides streams and exit statuses; nothing else calls `exit`.
public enum CommandLineTool {
    public static let version = "0.1.0"

    public static func run(environment: CommandEnvironment) -> Int32 {
        var status: Int32
        do {
            try runCommand(environment)
            status = ErrorText.ExitStatus.success
        } catch {
            let (message, code) = ErrorText.describe(error, displayPath: environment.displayPath)
            // One line, and nothing in it that acts on a terminal (values can come from the log).
            environment.errors("cs: \(Terminal.singleLine(message))\n")
            status = code
        }
        // Output that never arrived is a failure even when the command did its work: a
        // script reading `cs list > file` on a full disk must not be told all is well.
        if let failure = environment.output.failure {
            if failure == EPIPE { return ErrorText.ExitStatus.brokenPipe }
            environment.errors("cs: " + ErrorText.describe(OutputFailed(errorNumber: failure)) + "\n")
            if status == ErrorText.ExitStatus.success { status = ErrorText.ExitStatus.outputFailed }
        }
        return status
    }

    private static func runCommand(_ environment: CommandEnvironment) throws {
        if let bad = environment.undecodableArgument {
            throw UsageError.argumentNotUTF8(position: bad.position, bytes: bad.bytes)
        }
        switch try ArgumentParser.parse(environment.arguments, table: CommandTable.specs) {
        case .version:
            environment.output("cs \(version)\n")
        case .help(let spec, _):
            environment.output((spec.map(HelpText.command) ?? HelpText.overview(CommandTable.specs)) + "\n")
        case .groupHelp(let group):
            environment.output(HelpText.group(group, CommandTable.specs) + "\n")
        case .run(let invocation):
            if invocation.globals.version {
                environment.output("cs \(version)\n")
                return
            }
            let context = Context(invocation: invocation, environment: environment)
            try CommandTable.command(for: invocation.command).run(context)
        }
    }
}

