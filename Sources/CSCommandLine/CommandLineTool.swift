/// The one way through: argv → a parsed line → one command run → its exit status. The
/// only place that decides streams and exit statuses; nothing else calls `exit`.
public enum CommandLineTool {
    public static let version = "0.1.0"

    public static func run(environment: CommandEnvironment) -> Int32 {
        do {
            switch try ArgumentParser.parse(environment.arguments, table: CommandTable.specs) {
            case .version:
                environment.output("cs \(version)\n")
            case .help(let spec, _):
                environment.output((spec.map(HelpText.command) ?? HelpText.overview(CommandTable.specs)) + "\n")
            case .run(let invocation):
                if invocation.globals.version {
                    environment.output("cs \(version)\n")
                    return ErrorText.ExitStatus.success
                }
                let context = Context(invocation: invocation, environment: environment)
                try CommandTable.command(for: invocation.command).run(context)
            }
            return ErrorText.ExitStatus.success
        } catch {
            let (message, status) = ErrorText.describe(error, displayPath: environment.displayPath)
            environment.errors("cs: \(message)\n")
            return status
        }
    }
}
