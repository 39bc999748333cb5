import CSDomain

enum VerifyCommand: Command {
    static let spec = CommandSpec(
        ["verify"], group: .reading,
        abstract: "check every line of the log and say where it is damaged",
        discussion: "Prints one line per problem as FILE:LINE: what, and exits 4 if there is any.",
        examples: ["cs verify"])

    static func run(_ context: Context) throws {
        let log = try context.locateLog()
        let report = LogVerifier.verify(try log.readBytes(), path: log.path)
        let shown = context.displayPath(log.path)
        if context.json {
            var writer = JSONWriter()
            writer.beginObject()
            writer.int("events", Int64(report.eventCount))
            writer.key("problems")
            writer.beginArray()
            for problem in report.problems {
                writer.beginObject()
                writer.int("line", Int64(problem.line))
                writer.string("problem", ErrorText.describe(problem.problem))
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
            context.print(writer.text)
        } else {
            for problem in report.problems { context.print("\(shown):\(problem.line): \(ErrorText.describe(problem.problem))") }
            if report.problems.isEmpty && !context.quiet { context.print("\(shown): \(report.eventCount) events, no problems") }
        }
        if !report.problems.isEmpty { throw VerifyFailed(count: report.problems.count) }
    }
}

/// `cs verify` found damage: its lines were printed already; exit 4 with a summary.
struct VerifyFailed: Error {
    let count: Int
}

extension Context {
    func displayPath(_ path: String) -> String {
        let folder = environment.currentDirectory.hasSuffix("/") ? environment.currentDirectory : environment.currentDirectory + "/"
        return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
    }
}
